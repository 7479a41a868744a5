/* config.h - the user's remembered settings: the theme and the language, in
 * $XDG_CONFIG_HOME/vudong/config (else ~/.config/vudong/config), a small `key = value` file
 * (docs/workshop.md). Read but never trusted: a bad line is a warning with file:line and is
 * skipped; the file is written atomically. No curses, no printing: problems are diagnostics. */
#ifndef VUDONG_CONFIG_H
#define VUDONG_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

#define CONFIG_MAX_BYTES 65536   /* a longer file is not read (a warning says so) */

typedef struct {
	int theme;   /* theme_id (theme_spec.h), -1: not set */
	int lang;    /* lang (i18n.h), -1: not set */
} vd_config;

void config_init(vd_config *c);
/* The config file's path from $XDG_CONFIG_HOME (when absolute) or $HOME; malloc'd, NULL
 * when neither is usable. */
char *config_path(const char *xdg_config_home, const char *home);
/* Parses text (len bytes) as the file `file`: known keys set fields of c; a line without
 * '=', an unknown key or a bad value adds a warning FILE:LINE and is skipped. */
void config_parse(const char *text, size_t len, const char *file, vd_config *c, diag_list *dl);
/* Reads path into c. A missing file is not a problem (c keeps its values); a file that
 * cannot be read adds a warning. */
void config_load(const char *path, vd_config *c, diag_list *dl);
/* The file's text for c (with its comment header); malloc'd, NULL on out of memory. */
char *config_format(const vd_config *c);
/* Writes c to path atomically, creating the vudong folder when needed. False (with an
 * error in dl) when it could not be written. */
bool config_save(const char *path, const vd_config *c, diag_list *dl);

#endif
