/* diag.c - the diagnostic list: collecting, formatting and ordering problems as values. */
#include "diag.h"

#include <stddef.h>

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
		free(dl->items[i].message_vi);
	}
	free(dl->items);
	diag_list_init(dl);
}


const char *diag_tr_vi(const char *en)
{
	for (const tr_entry *e = tr_catalogue_diag; e->en; e++)
		if (strcmp(e->en, en) == 0)
			return e->vi;
	return NULL;
}

/* One printf conversion of a format: where it starts and ends, and its argument's type. */
typedef struct {
	const char *at, *end;
	char conv;
	char length[3];
	int stars;            /* '*' widths and precisions: int arguments before the value */
} conversion;

/* The next conversion at or after p (skipping "%%"), false at the end of fmt. */
static bool conversion_next(const char *p, conversion *c)
{
	for (; (p = strchr(p, '%')) != NULL; p += 2) {
		if (p[1] == '%')
			continue;
		memset(c, 0, sizeof *c);
		c->at = p++;
		p += strspn(p, "-+ #0");
		for (int part = 0; part < 2; part++) {
			if (part == 1 && *p != '.')
				break;
			p += part;
			if (*p == '*') {
				c->stars++;
				p++;
			}
			p += strspn(p, "0123456789");
		}
		size_t nl = 0;
		while (*p && strchr("hlLzjt", *p) && nl < 2)
			c->length[nl++] = *p++;
		if (!*p || !strchr("diouxXfFeEgGaAcsp", *p))
			return false;
		c->conv = *p;
		c->end = p + 1;
		return true;
	}
	return false;
}

#define DIAG_MAX_ARGS 16

/* Renders each conversion of fmt with its argument (in order) into a malloc'd string. */
static int render_pieces(const char *fmt, va_list ap, char **pieces, const char **at)
{
	conversion c;
	int n = 0;
	for (const char *p = fmt; conversion_next(p, &c); p = c.end) {
		if (n == DIAG_MAX_ARGS)
			return -1;
		char spec[48];
		int stars[2] = { 0, 0 };
		for (int i = 0; i < c.stars; i++)
			stars[i] = va_arg(ap, int);
		size_t len = (size_t)(c.end - c.at);
		if (len >= sizeof spec)
			return -1;
		memcpy(spec, c.at, len);
		spec[len] = 0;
		char out[1100];
		const char *L = c.length;
		/* The spec is the caller's own (checked by the format attribute of diag_add). */
#define ONE(T) (c.stars == 2 ? snprintf(out, sizeof out, spec, stars[0], stars[1], va_arg(ap, T)) : \
		c.stars == 1 ? snprintf(out, sizeof out, spec, stars[0], va_arg(ap, T)) : \
		snprintf(out, sizeof out, spec, va_arg(ap, T)))
		switch (c.conv) {
		case 'd': case 'i':
			!strcmp(L, "l") ? ONE(long) : !strcmp(L, "ll") ? ONE(long long) :
			!strcmp(L, "z") || !strcmp(L, "t") ? ONE(ptrdiff_t) : ONE(int);
			break;
		case 'o': case 'u': case 'x': case 'X':
			!strcmp(L, "l") ? ONE(unsigned long) : !strcmp(L, "ll") ? ONE(unsigned long long) :
			!strcmp(L, "z") ? ONE(size_t) : ONE(unsigned);
			break;
		case 'c':
			ONE(int);
			break;
		case 's':
			if (len == 2) {
				/* a plain %s may be longer than the buffer: copied whole */
				const char *str = va_arg(ap, const char *);
				pieces[n] = strdup(str ? str : "(null)");
				at[n] = c.at;
				if (!pieces[n++])
					return -1;
				continue;
			}
			ONE(const char *);
			break;
		case 'p':
			ONE(void *);
			break;
		default:
			!strcmp(L, "L") ? ONE(long double) : ONE(double);
		}
#undef ONE
		pieces[n] = strdup(out);
		at[n] = c.at;
		if (!pieces[n])
			return -1;
		n++;
	}
	return n;
}

/* fmt's literal text with the pieces in place of its conversions (exactly n of them, "%%"
 * as "%"); with vi, an unquoted %s piece that the catalogue knows in Vietnamese. NULL when
 * fmt does not have n conversions, or on out of memory. */
static char *assemble(const char *fmt, char **pieces, int n, const char *en_fmt,
		      const char **en_at, bool vi)
{
	size_t size = strlen(fmt) + 1;
	for (int i = 0; i < n; i++)
		size += strlen(pieces[i]) * 3 + 64;
	char *out = malloc(size);
	if (!out)
		return NULL;
	size_t o = 0;
	int i = 0;
	conversion c;
	const char *p = fmt;
	for (;;) {
		bool more = conversion_next(p, &c);
		const char *stop = more ? c.at : p + strlen(p);
		for (; p < stop; p++) {
			out[o++] = *p;
			if (*p == '%' && p[1] == '%')
				p++;
		}
		if (!more)
			break;
		if (i == n) {
			free(out);
			return NULL;
		}
		/* "%.0s" in a translation leaves the piece out (an English plural 's') */
		const char *piece = (size_t)(c.end - c.at) == 4 && !strncmp(c.at, "%.0s", 4) ? "" : pieces[i];
		bool quoted = en_at[i] > en_fmt && strchr("'`\"", en_at[i][-1]);
		if (vi && c.conv == 's' && !quoted && diag_tr_vi(piece))
			piece = diag_tr_vi(piece);
		size_t len = strlen(piece);
		if (o + len + 1 > size) {
			free(out);
			return NULL;
		}
		memcpy(out + o, piece, len);
		o += len;
		i++;
		p = c.end;
	}
	out[o] = 0;
	if (i != n) {
		free(out);
		return NULL;
	}
	return out;
}

/* The English and Vietnamese texts of fmt with ap; *vi NULL when it equals the English. */
static bool render(const char *fmt, va_list ap, char **en, char **vi)
{
	char *pieces[DIAG_MAX_ARGS];
	const char *at[DIAG_MAX_ARGS];
	*en = *vi = NULL;
	va_list copy;
	va_copy(copy, ap);
	int n = render_pieces(fmt, copy, pieces, at);
	va_end(copy);
	if (n < 0) {
		/* too many arguments for the pieces: English only */
		va_copy(copy, ap);
		int len = vsnprintf(NULL, 0, fmt, copy);
		va_end(copy);
		*en = len >= 0 ? malloc((size_t)len + 1) : NULL;
		if (*en)
			vsnprintf(*en, (size_t)len + 1, fmt, ap);
		return *en != NULL;
	}
	*en = assemble(fmt, pieces, n, fmt, at, false);
	const char *vfmt = diag_tr_vi(fmt);
	*vi = vfmt ? assemble(vfmt, pieces, n, fmt, at, true) : NULL;
	if (!*vi)
		*vi = assemble(fmt, pieces, n, fmt, at, true);
	if (*en && *vi && strcmp(*en, *vi) == 0) {
		free(*vi);
		*vi = NULL;
	}
	for (int i = 0; i < n; i++)
		free(pieces[i]);
	return *en != NULL;
}

bool diag_vadd(diag_list *dl, diag_severity sev, const char *file, int line, int col,
	       const char *fmt, va_list ap)
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
	char *msg, *msg_vi;
	bool ok = render(fmt, ap, &msg, &msg_vi);
	char *f = file ? strdup(file) : NULL;
	if (!ok || (file && !f)) {
		free(msg);
		free(msg_vi);
		free(f);
		dl->out_of_memory = true;
		return false;
	}
	dl->items[dl->count++] = (diag){ .severity = sev, .file = f, .line = line, .col = col,
					 .message = msg, .message_vi = msg_vi };
	if (sev == DIAG_ERROR)
		dl->errors++;
	else if (sev == DIAG_WARNING)
		dl->warnings++;
	return true;
}

bool diag_add(diag_list *dl, diag_severity sev, const char *file, int line, int col,
	      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	bool ok = diag_vadd(dl, sev, file, line, col, fmt, ap);
	va_end(ap);
	return ok;
}

bool diag_list_copy(diag_list *dl, const diag *d)
{
	if (!diag_add(dl, d->severity, d->file, d->line, d->col, "%s", d->message))
		return false;
	diag *c = &dl->items[dl->count - 1];
	free(c->message_vi);
	c->message_vi = NULL;
	if (d->message_vi && !(c->message_vi = strdup(d->message_vi))) {
		dl->out_of_memory = true;
		return false;
	}
	return true;
}

const char *diag_message(const diag *d, lang l)
{
	return l == LANG_VI && d->message_vi ? d->message_vi : d->message;
}

static const char *severity_name(diag_severity s, lang l)
{
	switch (s) {
	case DIAG_ERROR: return l == LANG_VI ? "lỗi" : "error";
	case DIAG_WARNING: return l == LANG_VI ? "cảnh báo" : "warning";
	default: return l == LANG_VI ? "ghi chú" : "note";
	}
}

char *diag_format_in(const diag *d, lang l, char *buf, size_t size)
{
	const char *file = d->file ? d->file : "vudong";
	const char *sev = severity_name(d->severity, l), *msg = diag_message(d, l);
	if (d->line > 0 && d->col > 0)
		snprintf(buf, size, "%s:%d:%d: %s: %s", file, d->line, d->col, sev, msg);
	else if (d->line > 0)
		snprintf(buf, size, "%s:%d: %s: %s", file, d->line, sev, msg);
	else
		snprintf(buf, size, "%s: %s: %s", file, sev, msg);
	return buf;
}

char *diag_format(const diag *d, char *buf, size_t size)
{
	return diag_format_in(d, LANG_EN, buf, size);
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
