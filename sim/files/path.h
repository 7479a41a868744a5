/* path.h - file path text for the scenario I/O: joining a relative path to the directory of
 * the file that names it, the directory part of a path, and the path of one file relative to
 * a directory (for saving a weather-file reference next to a new scenario file), and finding
 * a shipped file in the data directory. */
#ifndef VUDONG_PATH_H
#define VUDONG_PATH_H

#include <stdbool.h>
#include <stddef.h>

/* dir + "/" + rel, or rel alone when rel is absolute or dir is NULL, "" or ".". malloc'd;
 * NULL on out of memory. */
char *path_join(const char *dir, const char *rel);
/* The directory part of path: "" when it has no '/', "/" for a file in the root. malloc'd;
 * NULL on out of memory. */
char *path_dir(const char *path);
/* The path of the existing file target relative to the existing directory dir ("" = the
 * current directory), both resolved with realpath. malloc'd; NULL when either cannot be
 * resolved or on out of memory (the caller then keeps the path it has). */
char *path_relative(const char *target, const char *dir);
/* Where a file the user names by a relative path is, for a program installed away from its
 * source tree: name itself when it is absolute, exists from the working directory, or
 * data_dir is NULL or ""; else data_dir/name when that exists; else name again (so the error
 * names what was typed). The caller passes the data directory (the interface: VUDONG_DATADIR,
 * where `make install` puts scenarios/). malloc'd; NULL on out of memory. */
char *path_find_data(const char *name, const char *data_dir);
/* True when path ends with suffix, ASCII letters compared without case (".CSV" = ".csv"). */
bool path_has_suffix(const char *path, const char *suffix);
/* The length of path without a final ".yaml" or ".yml" (any case): where a derived name's
 * own suffix goes ("plan.yaml" → "plan" + ".csv"). */
size_t path_stem_length(const char *path);

#endif
