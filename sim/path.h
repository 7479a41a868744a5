/* path.h - file path text for the scenario I/O: joining a relative path to the directory of
 * the file that names it, the directory part of a path, and the path of one file relative to
 * a directory (for saving a weather-file reference next to a new scenario file). */
#ifndef VUDONG_PATH_H
#define VUDONG_PATH_H

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

#endif
