/* diag.c - the diagnostic list: collecting, formatting and ordering problems as values. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_list_init(diag_list *dl)
{
	memset(dl, 0, sizeof *dl);
}

void diag_list_fini(diag_list *dl)
{
	if (!dl)
		return;
	for (size_t i = 0; i < dl->count; i++) {
		free(dl->items[i].file);
		free(dl->items[i].message);
	}
	free(dl->items);
	diag_list_init(dl);
}


bool diag_add(diag_list *dl, diag_severity sev, const char *file, int line, int col,
	      const char *fmt, ...)
{
	if (dl->count == dl->cap) {
		size_t cap = dl->cap ? dl->cap * 2 : 16;
		diag *items = realloc(dl->items, cap * sizeof *items);
		if (!items) {
			dl->out_of_memory = true;
			return false;
		}
		dl->items = items;
		dl->cap = cap;
	}
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *msg = n >= 0 ? malloc((size_t)n + 1) : NULL;
	char *f = file ? strdup(file) : NULL;
	if (!msg || (file && !f)) {
		free(msg);
		free(f);
		dl->out_of_memory = true;
		return false;
	}
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	dl->items[dl->count++] = (diag){ .severity = sev, .file = f, .line = line, .col = col,
					 .message = msg };
	if (sev == DIAG_ERROR)
		dl->errors++;
	else if (sev == DIAG_WARNING)
		dl->warnings++;
	return true;
}

static const char *severity_name(diag_severity s)
{
	switch (s) {
	case DIAG_ERROR: return "error";
	case DIAG_WARNING: return "warning";
	default: return "note";
	}
}

char *diag_format(const diag *d, char *buf, size_t size)
{
	const char *file = d->file ? d->file : "vudong";
	if (d->line > 0 && d->col > 0)
		snprintf(buf, size, "%s:%d:%d: %s: %s", file, d->line, d->col,
			 severity_name(d->severity), d->message);
	else if (d->line > 0)
		snprintf(buf, size, "%s:%d: %s: %s", file, d->line, severity_name(d->severity),
			 d->message);
	else
		snprintf(buf, size, "%s: %s: %s", file, severity_name(d->severity), d->message);
	return buf;
}

static int compare_position(const diag *a, const diag *b)
{
	int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return 0;
}

void diag_list_sort(diag_list *dl)
{
	/* Insertion sort: stable, and lists are short. */
	for (size_t i = 1; i < dl->count; i++) {
		diag d = dl->items[i];
		size_t j = i;
		while (j > 0 && compare_position(&dl->items[j - 1], &d) > 0) {
			dl->items[j] = dl->items[j - 1];
			j--;
		}
		dl->items[j] = d;
	}
}

const diag *diag_list_first_problem(const diag_list *dl)
{
	for (size_t i = 0; i < dl->count; i++)
		if (dl->items[i].severity == DIAG_ERROR)
			return &dl->items[i];
	return dl->count ? &dl->items[0] : NULL;
}
