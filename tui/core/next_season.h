/* next_season.h - next season's scenario file from this one, for `vudong scenario --next
 * FILE` and the interface's "new season from this one": the outlook of this season run,
 * next season's scenario made from it (sim/study/scenario_next.h), saved into this file's
 * own text (scenario_patch.h: comments, order and `extends:` kept) under a comment block
 * saying where the new economy baseline comes from and what to check. No curses. */
#ifndef VUDONG_NEXT_SEASON_H
#define VUDONG_NEXT_SEASON_H

#include <stddef.h>

#include <stdbool.h>

#include "diag.h"
#include "i18n.h"
#include "scenario.h"
#include "scenario_patch.h"

/* The text of next season's scenario of s, loaded from src (NULL: written whole), for a file
 * at to_path (NULL: the folder of src). malloc'd, NUL-terminated; NULL with the reason in dl
 * (the outlook could not run, out of memory). The comment block is in English: it is the
 * file's own text, like the shipped scenarios' comments. */
char *next_season_text(const scenario *s, const scenario_source *src, const char *to_path,
		       size_t *len, diag_list *dl);

/* The interface's "new season from this one" (key Y): next season's scenario of s, in the
 * text src_path was loaded from (src_text; NULL: written whole; src_path NULL: the
 * built-in), written to path, never replacing a file. Writes what happened, translated, to
 * msg for the status line; returns whether it was written. */
bool next_season_write(const scenario *s, const char *src_text, size_t src_len,
		       const char *src_path, const char *path, lang l, char *msg, size_t size);

#endif
