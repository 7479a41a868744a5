/* csv_table.c - reads the program's CSV inputs against a schema object: the header names the
 * columns, each data row becomes one struct with its file:line mark, numbers and dates are
 * parsed and range-checked as the scenario's own values are. A byte-order mark and CRLF line
 * ends (a file saved by Excel on Windows) read as the plain file; at most spec->max_rows
 * rows, held in one allocation sized from the line count. */
#include "csv_table.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "text_fold.h"
#include "scenario.h"
#include "schema.h"

#define MAX_COLUMNS 16
#define MAX_ROW_ERRORS 50

struct csv_row {
	const char *name;
	diag_list *dl;
	int errors;
	int line;
	int ncols;
	char sep;             /* ',' or ';' (then ',' is the decimal mark) */
	const schema_field *col[MAX_COLUMNS];
	int ccol[MAX_COLUMNS];
};

static void vrow_error(csv_row *c, int line, int col, const char *fmt, va_list ap)
{
	if (c->errors++ == MAX_ROW_ERRORS) {
		diag_add(c->dl, DIAG_ERROR, c->name, line, col, "too many errors; the rest are not listed");
		return;
	}
	if (c->errors > MAX_ROW_ERRORS)
		return;
	diag_vadd(c->dl, DIAG_ERROR, c->name, line, col, fmt, ap);
}

static void csv_err(csv_row *c, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 4, 5)))
#endif
	;
static void csv_err(csv_row *c, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vrow_error(c, line, col, fmt, ap);
	va_end(ap);
}

void csv_row_error(csv_row *r, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vrow_error(r, r->line, col, fmt, ap);
	va_end(ap);
}

void csv_row_warning(csv_row *r, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(r->dl, DIAG_WARNING, r->name, r->line, col, fmt, ap);
	va_end(ap);
}

int csv_row_line(const csv_row *r)
{
	return r->line;
}

int csv_row_col(const csv_row *r, const char *key)
{
	for (int i = 0; i < r->ncols; i++)
		if (r->col[i] && strcmp(r->col[i]->key, key) == 0)
			return r->ccol[i];
	return 1;
}

/* Splits line[0..len) at commas into cells (trimmed of blanks); returns the number of cells,
 * or -1 when there are more than max. */
static int split(const char *line, size_t len, char sep, const char **cell, size_t *clen,
		 int *ccol, int max)
{
	int n = 0;
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && line[i] != sep)
			continue;
		if (n == max)
			return -1;
		size_t a = start, b = i;
		while (a < b && (line[a] == ' ' || line[a] == '\t'))
			a++;
		while (b > a && (line[b - 1] == ' ' || line[b - 1] == '\t'))
			b--;
		cell[n] = line + a;
		clen[n] = b - a;
		/* the column counts characters, as in the scenario's marks */
		ccol[n] = 1;
		for (size_t j = 0; j < a; j++)
			ccol[n] += ((unsigned char)line[j] & 0xC0) != 0x80;
		n++;
		start = i + 1;
	}
	return n;
}

static bool blank_or_comment(const char *line, size_t len)
{
	size_t i = 0;
	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	return i == len || line[i] == '#';
}

/* The cell as NUL-terminated text for a message (cut at 63 bytes). */
static const char *cell_text(char *buf, const char *cell, size_t len)
{
	size_t n = len < 63 ? len : 63;
	memcpy(buf, cell, n);
	buf[n] = 0;
	return buf;
}

/* An upper bound of the data rows: the lines of the text, capped one past the limit. */
static size_t rows_bound(const char *text, size_t len, int max_rows)
{
	size_t lines = 1;
	for (const char *p = text, *end = text + len;
	     lines <= (size_t)max_rows && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		lines++;
	return lines;
}

/* The separator of a header line: ';' when it has more of them than ',' (Excel in a
 * language whose decimal mark is the comma), else ','. */
static char header_separator(const char *line, size_t len)
{
	size_t semi = 0, comma = 0;
	for (size_t i = 0; i < len; i++) {
		semi += line[i] == ';';
		comma += line[i] == ',';
	}
	return semi > comma ? ';' : ',';
}

/* The key an alias names: the header cell folded, a "(unit)" at its end left out. */
static const schema_field *column_by_alias(const csv_table_spec *spec, const char *cell)
{
	if (!spec->aliases)
		return NULL;
	char folded[96];
	text_fold(cell, folded, sizeof folded);
	char *paren = strchr(folded, '(');
	if (paren)
		*paren = 0;
	size_t n = strlen(folded);
	while (n && (folded[n - 1] == ' ' || folded[n - 1] == '\t'))
		folded[--n] = 0;
	for (const csv_alias *a = spec->aliases; a->name; a++)
		if (strcmp(a->name, folded) == 0)
			return schema_find(spec->object, a->key);
	return NULL;
}

/* The header: each cell a key of the object, none twice, every required column there.
 * Returns false when it has errors. */
static bool read_header(const csv_table_spec *spec, csv_row *c, const char **cell,
			const size_t *clen, const int *ccol, int k)
{
	if (k < 0) {
		csv_err(c, c->line, 1, "too many columns in the header (more than %d)", MAX_COLUMNS);
		return false;
	}
	for (int i = 0; i < k; i++) {
		char key[64];
		snprintf(key, sizeof key, "%.*s", (int)(clen[i] < 63 ? clen[i] : 63), cell[i]);
		const schema_field *f = schema_find(spec->object, key);
		if (!f)
			f = column_by_alias(spec, key);
		c->col[i] = NULL;
		c->ccol[i] = ccol[i];
		if (!f) {
			const char *hint = schema_suggest_key(spec->object, key);
			if (c->sep == ';' && spec->columns_hint)
				csv_err(c, c->line, ccol[i], "unknown column '%s' in a file with ';' between cells, decimal commas and dates as dd/mm/yyyy or YYYY-MM-DD; the columns it may have: %s",
					key, spec->columns_hint);
			else if (hint)
				csv_err(c, c->line, ccol[i], "unknown column '%s'; did you mean `%s`?", key, hint);
			else
				csv_err(c, c->line, ccol[i], "unknown column '%s'", key);
			continue;
		}
		for (int j = 0; j < i; j++)
			if (c->col[j] == f) {
				csv_err(c, c->line, ccol[i], "column '%s' appears twice", key);
				f = NULL;
				break;
			}
		c->col[i] = f;
	}
	for (const char *const *r = spec->required; *r; r++) {
		bool seen = false;
		for (int i = 0; i < k; i++)
			seen |= c->col[i] && strcmp(c->col[i]->key, *r) == 0;
		if (!seen)
			csv_err(c, c->line, 1, "missing column '%s' (the header needs %s)", *r,
				spec->header_hint);
	}
	c->ncols = k;
	return c->errors == 0;
}

/* One cell into the row; false (with an error) when it is not a valid value. */
static bool read_cell(csv_row *c, const schema_field *f, const char *cell, size_t len, int col,
		      void *row)
{
	char v[64];
	if (len == 0) {
		if (f->flags & SFF_REQUIRED) {
			csv_err(c, c->line, col, "'%s' is empty; every row needs a value", f->key);
			return false;
		}
		return true;
	}
	if (f->type == SF_DATE) {
		vd_date *out = (vd_date *)((char *)row + f->offset);
		if (len <= 10 && (date_parse(cell_text(v, cell, len), out) || date_parse_dmy(v, out)))
			return true;
		if (c->sep == ';')
			csv_err(c, c->line, col, "'%s' must be a day that exists, as dd/mm/yyyy or YYYY-MM-DD, not '%s'",
				f->key, cell_text(v, cell, len));
		else
			csv_err(c, c->line, col, "'%s' must be a day that exists, as YYYY-MM-DD, not '%s'",
				f->key, cell_text(v, cell, len));
		return false;
	}
	double d;
	char point[64];
	const char *num = cell;
	size_t nlen = len;
	if (c->sep == ';' && len < sizeof point && memchr(cell, ',', len)) {
		/* 1.234,5 -> 1234.5: the decimal comma of a file separated by ';' */
		nlen = 0;
		for (size_t i = 0; i < len; i++)
			if (cell[i] != '.')
				point[nlen++] = cell[i] == ',' ? '.' : cell[i];
		num = point;
	}
	num_status st = nlen > 63 ? NUM_SYNTAX : schema_parse_number(num, nlen, &d);
	char msg[128];
	if (st == NUM_NONFINITE) {
		csv_err(c, c->line, col, "'%s' must be a finite number, not '%s'", f->key,
			cell_text(v, cell, len));
		return false;
	}
	if (st != NUM_OK) {
		csv_err(c, c->line, col, "'%s' must be a number, not '%s'", f->key, cell_text(v, cell, len));
		return false;
	}
	if (!schema_check_number(f, d, msg, sizeof msg)) {
		char lo[32], hi[32];
		if (strncmp(msg, "must be between", 15) == 0)
			csv_err(c, c->line, col, "'%s' must be between %s and %s, not %s", f->key,
				schema_format_number(f->min, lo), schema_format_number(f->max, hi),
				cell_text(v, cell, len));
		else
			csv_err(c, c->line, col, "'%s' %s, not %s", f->key, msg, cell_text(v, cell, len));
		return false;
	}
	if (f->type == SF_INT)
		*(int *)((char *)row + f->offset) = (int)d;
	else
		*(double *)((char *)row + f->offset) = d;
	return true;
}

bool csv_table_parse(const csv_table_spec *spec, const char *name, int file_index,
		     const char *text, size_t len, void **rows, size_t *n, diag_list *dl)
{
	csv_row c = { .name = name, .dl = dl, .sep = ',' };
	*rows = NULL;
	*n = 0;
	bool header = false;
	size_t cap = 0, count = 0, nrows = 0;
	char *out = NULL;
	const char *cell[MAX_COLUMNS];
	size_t clen[MAX_COLUMNS];
	int ccol[MAX_COLUMNS];
	/* Every row starts from the defaults (missing optional values are NAN). */
	char blank[512];
	if (spec->row_size > sizeof blank) {
		diag_add(dl, DIAG_ERROR, name, 0, 0, "internal: CSV row struct too large");
		return false;
	}
	memset(blank, 0, spec->row_size);
	schema_apply_defaults(spec->object, blank);
	size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	for (size_t pos = start; pos < len;) {
		const char *l = text + pos;
		const char *nl = memchr(l, '\n', len - pos);
		size_t ll = nl ? (size_t)(nl - l) : len - pos;
		pos += ll + (nl != NULL);
		c.line++;
		if (ll && l[ll - 1] == '\r')
			ll--;
		if (memchr(l, 0, ll)) {
			csv_err(&c, c.line, 1, "a NUL byte in the line; is this a text file?");
			continue;
		}
		if (blank_or_comment(l, ll))
			continue;
		if (!header)
			c.sep = header_separator(l, ll);
		int k = split(l, ll, c.sep, cell, clen, ccol, MAX_COLUMNS);
		if (!header) {
			header = true;
			if (!read_header(spec, &c, cell, clen, ccol, k))
				break;
			continue;
		}
		if (k != c.ncols) {
			if (k < 0)
				csv_err(&c, c.line, 1, "the row has more than %d cells, the header has %d",
					MAX_COLUMNS, c.ncols);
			else
				csv_err(&c, c.line, 1, "the row has %d cells, the header has %d", k, c.ncols);
			continue;
		}
		if (++nrows > (size_t)spec->max_rows) {
			char why[160];
			snprintf(why, sizeof why, spec->too_many, spec->max_rows);
			csv_err(&c, c.line, 1, "more than %d rows; %s", spec->max_rows, why);
			break;
		}
		if (!out) {
			cap = rows_bound(text + pos, len - pos, spec->max_rows) + 1;
			if (cap > (size_t)spec->max_rows)
				cap = (size_t)spec->max_rows;
			out = malloc(cap * spec->row_size);
			if (!out) {
				diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
				return false;
			}
		}
		void *o = out + count * spec->row_size;
		memcpy(o, blank, spec->row_size);
		*(src_mark *)((char *)o + spec->mark_offset) =
			(src_mark){ .file = file_index, .line = c.line, .col = 1 };
		/* The cells' columns in this row, for check_row. */
		memcpy(c.ccol, ccol, sizeof(int) * (size_t)k);
		bool ok = true;
		for (int i = 0; i < k; i++)
			ok &= read_cell(&c, c.col[i], cell[i], clen[i], ccol[i], o);
		if (ok && spec->check_row)
			ok = spec->check_row(&c, o, spec->user);
		if (ok)
			count++;
	}
	if (!header && !c.errors)
		csv_err(&c, 1, 1, "%s", spec->empty_hint);
	if (c.errors) {
		free(out);
		return false;
	}
	*rows = out;
	*n = count;
	return true;
}
