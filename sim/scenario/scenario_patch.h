/* scenario_patch.h - saving an edited scenario into the text it was loaded from: the
 * differences between the loaded and the edited scenario become text edits (a value replaced
 * where it stands, a list item or key inserted or deleted in place), so comments, key order,
 * quoting and `extends:` stay as the user wrote them. A file that extends another keeps only
 * what differs from its base. */
#ifndef VUDONG_SCENARIO_PATCH_H
#define VUDONG_SCENARIO_PATCH_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"

/* The text the scenario was loaded from: its bytes, its name in messages and the folder its
 * relative paths (extends, weather file) are read from ("" = the current folder). */
typedef struct {
	const char *text;
	size_t len;
	const char *name;
	const char *dir;
} scenario_source;

/* The text of `edited` as `src` patched with its differences from what src loads to, for a
 * file at to_path (relative paths are rewritten when the folder changes). The result is
 * loaded back and compared with `edited`; NULL (with an error in dl) when src does not load,
 * when a difference cannot be written into it (a key the base file gives removed) or when
 * the patched text would not load to `edited`. malloc'd, NUL-terminated. */
char *scenario_patch_text(const scenario *edited, const scenario_source *src,
			  const char *to_path, size_t *len, diag_list *dl);

/* Saves `edited` to path: src patched (scenario_patch_text) when src is not NULL; when src is
 * NULL, or the patch is not possible, the whole scenario (scenario_to_yaml, a weather file
 * named relative to path) with a warning in dl saying why. flags are atomic_file.h's
 * ATOMIC_OVERWRITE and ATOMIC_READ_ONLY_OK. When saved and `saved` is not NULL, the text
 * written is given there (malloc'd). */
bool scenario_save_patched(const scenario *edited, const scenario_source *src, const char *path,
			   unsigned flags, char **saved, size_t *saved_len, diag_list *dl);

#endif
