/* diag.h - diagnostics as values: file, line, column, severity, message.
 * sim/ never prints; it collects diagnostics in a list and the caller shows them. */
#ifndef VUDONG_DIAG_H
#define VUDONG_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "i18n.h"

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } diag_severity;

typedef struct {
	diag_severity severity;
	char *file;        /* owned; may be NULL for "no file" (built-in scenario uses "<built-in>") */
	int line, col;     /* 1-based; 0 when unknown (then the printer leaves them out) */
	char *message;     /* owned, UTF-8, no trailing newline: the English text */
	char *message_vi;  /* owned; the Vietnamese text, NULL when it is the English one */
} diag;

typedef struct {
	diag *items;
	size_t count, cap;
	size_t errors, warnings;
	bool out_of_memory;  /* set when an add failed; the list is then incomplete */
} diag_list;

void diag_list_init(diag_list *dl);
void diag_list_fini(diag_list *dl);
/* printf-style; copies file and the formatted message. The format is also the catalogue key
 * of the Vietnamese text (sim/base/i18n_diag.c, same conversions in the same order): both are
 * kept, and an argument of an unquoted %s that is itself a catalogue entry (a phrase such as
 * "a number", not a key or id the file wrote, which messages quote) is translated in the
 * Vietnamese text. Numbers stay printf's ('.' decimals, as the files write them). Returns
 * false on out of memory. */
bool diag_add(diag_list *dl, diag_severity sev, const char *file, int line, int col,
	      const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 6, 7)))
#endif
	;
/* Adds a copy of d (its file, place and both languages' messages) to dl; false on out of
 * memory. */
bool diag_list_copy(diag_list *dl, const diag *d);
/* diag_add with a va_list (the loader's and checker's own reporting functions). */
bool diag_vadd(diag_list *dl, diag_severity sev, const char *file, int line, int col,
	       const char *fmt, va_list ap);
/* Formats "FILE:LINE:COL: error: message" (omits LINE/COL when 0) into buf; returns buf. */
char *diag_format(const diag *d, char *buf, size_t size);
/* The same in language l: the Vietnamese message with "lỗi:" / "cảnh báo:" / "ghi chú:". */
char *diag_format_in(const diag *d, lang l, char *buf, size_t size);
/* The message alone in language l. */
const char *diag_message(const diag *d, lang l);
/* The Vietnamese text of a diagnostic format or phrase, NULL when the catalogue has none. */
const char *diag_tr_vi(const char *en);
/* Sorts by file, line, column (stable), so a user reads problems top to bottom. */
void diag_list_sort(diag_list *dl);

/* The first error in dl, else its first diagnostic of any kind; NULL when dl is empty. */
const diag *diag_list_first_problem(const diag_list *dl);

#endif
