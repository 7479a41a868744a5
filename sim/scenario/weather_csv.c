/* weather_csv.c - reads daily weather CSV files: the header names columns from the schema's
 * `daily` keys, each row becomes one weather_obs with its file:line mark. A byte-order mark
 * and CRLF line ends (a file saved by Excel on Windows) read as the plain file; at most
 * WEATHER_CSV_MAX_DAYS rows, held in one allocation sized from the line count. */
#include "weather_csv.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "text_file.h"

#define MAX_COLUMNS 16
#define MAX_ROW_ERRORS 50

typedef struct {
	const char *name;
	int file;
	diag_list *dl;
	int errors;
} csv_ctx;

static void csv_err(csv_ctx *c, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 4, 5)))
#endif
	;
static void csv_err(csv_ctx *c, int line, int col, const char *fmt, ...)
{
	if (c->errors++ == MAX_ROW_ERRORS) {
		diag_add(c->dl, DIAG_ERROR, c->name, line, col, "too many errors; the rest are not listed");
		return;
	}
	if (c->errors > MAX_ROW_ERRORS)
		return;
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_add(c->dl, DIAG_ERROR, c->name, line, col, "%s", msg);
}

/* Splits line[0..len) at commas into cells (trimmed of blanks); returns the number of cells,
 * or -1 when there are more than max. */
static int split(const char *line, size_t len, const char **cell, size_t *clen, int *ccol, int max)
{
	int n = 0;
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && line[i] != ',')
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
		ccol[n] = (int)a + 1;
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
static size_t rows_bound(const char *text, size_t len)
{
	size_t lines = 1;
	for (const char *p = text, *end = text + len;
	     lines <= WEATHER_CSV_MAX_DAYS && (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		lines++;
	return lines;
}

bool weather_csv_parse(const char *name, int file_index, const char *text, size_t len,
		       weather_obs **days, size_t *n, diag_list *dl)
{
	csv_ctx c = { .name = name, .file = file_index, .dl = dl };
	*days = NULL;
	*n = 0;
	const schema_field *col[MAX_COLUMNS];
	int ncols = 0;
	bool header = false;
	size_t cap = 0, count = 0, rows = 0;
	weather_obs *out = NULL;
	const char *cell[MAX_COLUMNS];
	size_t clen[MAX_COLUMNS];
	int ccol[MAX_COLUMNS];
	int line = 0;
	/* Every row starts from the defaults (missing optional values are NAN). */
	weather_obs blank;
	memset(&blank, 0, sizeof blank);
	schema_apply_defaults("daily", &blank);
	size_t start = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	for (size_t pos = start; pos < len;) {
		const char *l = text + pos;
		const char *nl = memchr(l, '\n', len - pos);
		size_t ll = nl ? (size_t)(nl - l) : len - pos;
		pos += ll + (nl != NULL);
		line++;
		if (ll && l[ll - 1] == '\r')
			ll--;
		if (memchr(l, 0, ll)) {
			csv_err(&c, line, 1, "a NUL byte in the line; is this a text file?");
			continue;
		}
		if (blank_or_comment(l, ll))
			continue;
		int k = split(l, ll, cell, clen, ccol, MAX_COLUMNS);
		if (!header) {
			header = true;
			if (k < 0) {
				csv_err(&c, line, 1, "too many columns in the header (more than %d)", MAX_COLUMNS);
				break;
			}
			bool seen_required[3] = { false, false, false };
			for (int i = 0; i < k; i++) {
				char key[64];
				snprintf(key, sizeof key, "%.*s", (int)(clen[i] < 63 ? clen[i] : 63), cell[i]);
				const schema_field *f = schema_find("daily", key);
				if (!f) {
					const char *hint = schema_suggest_key("daily", key);
					char h[96] = "";
					if (hint)
						snprintf(h, sizeof h, "; did you mean `%s`?", hint);
					csv_err(&c, line, ccol[i], "unknown column '%s'%s", key, h);
					col[i] = NULL;
					continue;
				}
				for (int j = 0; j < i; j++)
					if (col[j] == f) {
						csv_err(&c, line, ccol[i], "column '%s' appears twice", key);
						f = NULL;
						break;
					}
				col[i] = f;
				if (f && (f->flags & SFF_REQUIRED)) {
					if (strcmp(key, "date") == 0) seen_required[0] = true;
					if (strcmp(key, "tmax_c") == 0) seen_required[1] = true;
					if (strcmp(key, "tmin_c") == 0) seen_required[2] = true;
				}
			}
			static const char *const required[3] = { "date", "tmax_c", "tmin_c" };
			for (int r = 0; r < 3; r++)
				if (!seen_required[r])
					csv_err(&c, line, 1, "missing column '%s' (the header needs %s)",
						required[r], "date, tmax_c and tmin_c");
			if (c.errors)
				break;
			ncols = k;
			continue;
		}
		if (k != ncols) {
			if (k < 0)
				csv_err(&c, line, 1, "the row has more than %d cells, the header has %d",
					MAX_COLUMNS, ncols);
			else
				csv_err(&c, line, 1, "the row has %d cells, the header has %d", k, ncols);
			continue;
		}
		if (++rows > WEATHER_CSV_MAX_DAYS) {
			csv_err(&c, line, 1, "more than %d rows; a weather file holds at most %d days (over 500 years)",
				WEATHER_CSV_MAX_DAYS, WEATHER_CSV_MAX_DAYS);
			break;
		}
		if (!out) {
			cap = rows_bound(text + pos, len - pos) + 1;
			if (cap > WEATHER_CSV_MAX_DAYS)
				cap = WEATHER_CSV_MAX_DAYS;
			out = malloc(cap * sizeof *out);
			if (!out) {
				diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
				return false;
			}
		}
		weather_obs *o = &out[count];
		*o = blank;
		o->mark = (src_mark){ .file = file_index, .line = line, .col = 1 };
		bool ok = true;
		for (int i = 0; i < k; i++) {
			const schema_field *f = col[i];
			char v[64];
			if (clen[i] == 0) {
				if (f->flags & SFF_REQUIRED) {
					csv_err(&c, line, ccol[i], "'%s' is empty; every row needs a value",
						f->key);
					ok = false;
				}
				continue;
			}
			if (f->type == SF_DATE) {
				if (clen[i] > 10 || !date_parse(cell_text(v, cell[i], clen[i]), &o->date)) {
					csv_err(&c, line, ccol[i], "'date' must be a day that exists, as YYYY-MM-DD, not '%s'",
						cell_text(v, cell[i], clen[i]));
					ok = false;
				}
				continue;
			}
			double d;
			num_status st = clen[i] > 63 ? NUM_SYNTAX : schema_parse_number(cell[i], clen[i], &d);
			char msg[128];
			if (st == NUM_NONFINITE) {
				csv_err(&c, line, ccol[i], "'%s' must be a finite number, not '%s'", f->key,
					cell_text(v, cell[i], clen[i]));
				ok = false;
			} else if (st != NUM_OK) {
				csv_err(&c, line, ccol[i], "'%s' must be a number, not '%s'", f->key,
					cell_text(v, cell[i], clen[i]));
				ok = false;
			} else if (!schema_check_number(f, d, msg, sizeof msg)) {
				csv_err(&c, line, ccol[i], "'%s' %s, not %s", f->key, msg,
					cell_text(v, cell[i], clen[i]));
				ok = false;
			} else {
				*(double *)((char *)o + f->offset) = d;
			}
		}
		if (ok)
			count++;
	}
	if (!header && !c.errors)
		csv_err(&c, 1, 1, "the weather file is empty; it needs a header row (date,tmax_c,tmin_c,...)");
	if (c.errors) {
		free(out);
		return false;
	}
	*days = out;
	*n = count;
	return true;
}

bool weather_csv_read(const char *path, int file_index, weather_obs **days, size_t *n,
		      diag_list *dl)
{
	char *text;
	size_t len;
	*days = NULL;
	*n = 0;
	int e = text_file_read(path, WEATHER_CSV_MAX_BYTES, &text, &len);
	if (e) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot read the weather file: %s",
			 e == EFBIG ? "larger than 16 MiB" : text_file_strerror(e));
		return false;
	}
	bool ok = weather_csv_parse(path, file_index, text, len, days, n, dl);
	free(text);
	return ok;
}
