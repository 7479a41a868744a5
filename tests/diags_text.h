/* diags_text.h - the diagnostics of a list, sorted, one formatted line each, for the tests
 * that compare a loader's or a reader's messages exactly. */
#ifndef VUDONG_DIAGS_TEXT_H
#define VUDONG_DIAGS_TEXT_H

#include <string.h>

#include "diag.h"

/* The text of dl's diagnostics after sorting them (a static buffer: valid until the next
 * call). */
static inline const char *diags_text(diag_list *dl)
{
	static char out[8192];
	char buf[1024];
	out[0] = 0;
	diag_list_sort(dl);
	for (size_t i = 0; i < dl->count; i++) {
		strncat(out, diag_format(&dl->items[i], buf, sizeof buf), sizeof out - strlen(out) - 2);
		strcat(out, "\n");
	}
	return out;
}

#endif
