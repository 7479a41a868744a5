/* scenario_rename.h - ids renamed in the interface, written into the text the scenario was
 * loaded from before it is patched (scenario_patch.c): a soil, crop, commune or land unit
 * whose id differs from its src_id (scenario.h) gets its new id where the text names it, and
 * so does every reference to it (a land unit's soil, a plan item's crop and land, a price
 * shock's crop). Only the id scalars change: comments, order and quoting stay. */
#ifndef VUDONG_SCENARIO_RENAME_H
#define VUDONG_SCENARIO_RENAME_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"

/* The text with the renames of `edited` written in; NULL when there is nothing to rename
 * (or the text cannot be parsed, or it `extends:` another file: an item may live in the base
 * there, and the patch then writes the renamed item whole), with *oom set on out of memory.
 * malloc'd, NUL-terminated, its length in *len. */
char *scenario_rename_text(const scenario *edited, const char *text, size_t len, size_t *out_len,
			   bool *oom);

#endif
