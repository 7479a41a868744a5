/* diag.h - diagnostics as values: file, line, column, severity, message.
 * sim/ never prints; it collects diagnostics in a list and the caller shows them. */
#ifndef VUDONG_DIAG_H
#define VUDONG_DIAG_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } diag_severity;

typedef struct {
	diag_severity severity;
	char *file;        /* owned; may be NULL for "no file" (built-in scenario uses "<built-in>") */
	int line, col;     /* 1-based; 0 when unknown (then the printer leaves them out) */
	char *message;     /* owned, UTF-8, no trailing newline */
} diag;

typedef struct {
	diag *items;
	size_t count, cap;
	size_t errors, warnings;
	bool out_of_memory;  /* set when an add failed; the list is then incomplete */
} diag_list;

void diag_list_init(diag_list *dl);
void diag_list_fini(diag_list *dl);
/* printf-style; copies file and the formatted message. Returns false on out of memory. */
bool diag_add(diag_list *dl, diag_severity sev, const char *file, int line, int col,
	      const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 6, 7)))
#endif
	;
/* Formats "FILE:LINE:COL: error: message" (omits LINE/COL when 0) into buf; returns buf. */
char *diag_format(const diag *d, char *buf, size_t size);
/* Sorts by file, line, column (stable), so a user reads problems top to bottom. */
void diag_list_sort(diag_list *dl);

/* The first error in dl, else its first diagnostic of any kind; NULL when dl is empty. */
const diag *diag_list_first_problem(const diag_list *dl);

#endif
