/* xlsx_book.c - tables as CSV text into an .xlsx workbook through libxlsxwriter, written
 * atomically (see xlsx_book.h); part of vudong-draw.so (draw_lib.h), reached through
 * vudong_xlsx_book_ops (the program calls xlsx_draw.c). */
#include "xlsx_book.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "atomic_file.h"
#include "textwidth.h"

#define MAX_COLS 64
#define MAX_FIELD 4096
#define MIN_WIDTH 6.0
#define MAX_WIDTH 60.0

/* One parsed CSV record: the fields point into `text`. */
typedef struct {
	char text[MAX_FIELD * 4];
	const char *f[MAX_COLS];
	size_t n;
} csv_record;

/* Reads the record at *p (RFC 4180 quoting) and moves *p past its line end. False at the end. */
static bool csv_next(const char **p, csv_record *r)
{
	const char *s = *p;
	if (!*s)
		return false;
	size_t o = 0;
	r->n = 0;
	r->f[r->n++] = r->text;
	bool quoted = false;
	for (; *s; s++) {
		char c = *s;
		if (quoted) {
			if (c == '"' && s[1] == '"') {
				s++;
			} else if (c == '"') {
				quoted = false;
				continue;
			}
		} else if (c == '"') {
			quoted = true;
			continue;
		} else if (c == ',') {
			if (o + 1 < sizeof r->text)
				r->text[o++] = 0;
			if (r->n < MAX_COLS)
				r->f[r->n++] = r->text + o;
			continue;
		} else if (c == '\n' || c == '\r') {
			if (c == '\r' && s[1] == '\n')
				s++;
			s++;
			break;
		}
		if (o + 1 < sizeof r->text)
			r->text[o++] = c;
	}
	r->text[o < sizeof r->text ? o : sizeof r->text - 1] = 0;
	*p = s;
	return true;
}

static bool parse_number(const char *s, double *v)
{
	if (!*s)
		return false;
	char *end;
	errno = 0;
	*v = strtod(s, &end);
	return *end == 0 && errno == 0 && isfinite(*v) && strspn(s, "+-0123456789.eE") == strlen(s);
}

static bool parse_date(const char *s, lxw_datetime *d)
{
	int y, m, day;
	char tail;
	if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &day, &tail) != 3)
		return false;
	*d = (lxw_datetime){ .year = y, .month = m, .day = day };
	return m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The number format of a column by the kind of quantity its name says. */
static const char *number_format(const char *col)
{
	if (ends_with(col, "_t_ha") || ends_with(col, "_pct") || !strcmp(col, "kc") ||
	    !strcmp(col, "ks") || !strncmp(col, "f_", 2) || !strcmp(col, "land_use_coefficient") ||
	    ends_with(col, "_kpa") || ends_with(col, "_m_s") || ends_with(col, "_mj_m2") ||
	    ends_with(col, "_m") || !strncmp(col, "p_", 2))
		return "0.00";
	if (ends_with(col, "_pp"))
		return "0.000";
	if (ends_with(col, "_ha"))
		return "#,##0.00";
	if (ends_with(col, "_t") || ends_with(col, "_mvnd") || ends_with(col, "_mm") ||
	    ends_with(col, "_c") || !strcmp(col, "gdd"))
		return "#,##0.0";
	if (!strncmp(col, "labour_days", 11))
		return "#,##0";
	if (!strcmp(col, "days") || !strcmp(col, "das") || !strcmp(col, "items") ||
	    !strcmp(col, "rank") || !strcmp(col, "season") || !strcmp(col, "year") ||
	    !strncmp(col, "warnings_", 9))
		return "0";
	return "#,##0.00";
}

typedef struct {
	lxw_workbook *wb;
	lxw_format *bold, *date, *text;
	lxw_format *num[MAX_COLS];
	lang l;
} book_state;

/* Fits a column to the widest text it shows. */
static void widen(double *w, const char *s)
{
	double x = (double)text_width(s) + 2.0;
	if (x > *w)
		*w = x;
}

static double clamp_width(double w)
{
	return w < MIN_WIDTH ? MIN_WIDTH : w > MAX_WIDTH ? MAX_WIDTH : w;
}

/* The kinds of the columns, from every data row: a column is numeric when each non-empty
 * cell is a number, a date when each is an ISO date. */
static void column_kinds(const char *body, size_t ncol, bool *numeric, bool *date)
{
	csv_record *r = malloc(sizeof *r);
	if (!r)
		return;
	for (size_t c = 0; c < ncol; c++)
		numeric[c] = date[c] = true;
	const char *p = body;
	while (csv_next(&p, r)) {
		for (size_t c = 0; c < ncol && c < r->n; c++) {
			double v;
			lxw_datetime d;
			if (!r->f[c][0])
				continue;
			numeric[c] = numeric[c] && parse_number(r->f[c], &v);
			date[c] = date[c] && parse_date(r->f[c], &d);
		}
	}
	free(r);
}

static bool write_table(book_state *st, const xlsx_book *b, const xlsx_sheet *sh)
{
	lxw_worksheet *ws = workbook_add_worksheet(st->wb, sh->name);
	if (!ws)
		return false;
	const char *p = sh->csv;
	while (*p == '#') {                        /* the comment lines */
		const char *nl = strchr(p, '\n');
		p = nl ? nl + 1 : p + strlen(p);
	}
	csv_record *head = malloc(sizeof *head), *r = malloc(sizeof *r);
	if (!head || !r) {
		free(head);
		free(r);
		return false;
	}
	bool ok = true;
	if (!csv_next(&p, head)) {
		free(head);
		free(r);
		return true;
	}
	size_t ncol = head->n;
	bool numeric[MAX_COLS], date[MAX_COLS];
	double width[MAX_COLS];
	column_kinds(p, ncol, numeric, date);
	for (size_t c = 0; c < ncol; c++) {
		const char *h = b->header ? b->header(head->f[c], st->l) : NULL;
		h = h ? h : head->f[c];
		width[c] = MIN_WIDTH;
		widen(&width[c], h);
		ok = ok && worksheet_write_string(ws, 0, (lxw_col_t)c, h, st->bold) == LXW_NO_ERROR;
		if (numeric[c] && !date[c]) {
			st->num[c] = workbook_add_format(st->wb);
			format_set_num_format(st->num[c], number_format(head->f[c]));
		}
	}
	/* the figure/metric column names a quantity by its column name: say it in words too */
	int named_col = -1;
	for (size_t c = 0; c < ncol; c++)
		if (!strcmp(head->f[c], "metric") || !strcmp(head->f[c], "figure"))
			named_col = (int)c;
	lxw_row_t row = 1;
	while (ok && csv_next(&p, r)) {
		for (size_t c = 0; c < ncol && c < r->n; c++) {
			const char *f = r->f[c];
			double v;
			lxw_datetime d;
			lxw_error e = LXW_NO_ERROR;
			char shown[64];
			if (!f[0]) {
				continue;
			} else if (date[c] && parse_date(f, &d)) {
				e = worksheet_write_datetime(ws, row, (lxw_col_t)c, &d, st->date);
				widen(&width[c], "00/00/0000");
			} else if (numeric[c] && parse_number(f, &v)) {
				e = worksheet_write_number(ws, row, (lxw_col_t)c, v, st->num[c]);
				snprintf(shown, sizeof shown, "%.2f", v);
				widen(&width[c], shown);
				if (fabs(v) >= 1000.0)
					width[c] += 0.5;        /* the thousands separators */
			} else {
				const char *h = (int)c == named_col && b->header ? b->header(f, st->l) : NULL;
				e = worksheet_write_string(ws, row, (lxw_col_t)c, h ? h : f, st->text);
				widen(&width[c], h ? h : f);
			}
			ok = e == LXW_NO_ERROR;
		}
		row++;
	}
	for (size_t c = 0; c < ncol; c++)
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, clamp_width(width[c]), NULL);
	worksheet_freeze_panes(ws, 1, 0);
	free(head);
	free(r);
	return ok;
}

/* The provenance and assumptions: label, value; then the first CSV's '#' lines. */
static bool write_fields(book_state *st, const xlsx_book *b)
{
	lxw_worksheet *ws = workbook_add_worksheet(st->wb, b->fields_sheet);
	if (!ws)
		return false;
	double w0 = MIN_WIDTH, w1 = MIN_WIDTH;
	bool ok = worksheet_write_string(ws, 0, 0, tr(st->l, "What"), st->bold) == LXW_NO_ERROR &&
		  worksheet_write_string(ws, 0, 1, tr(st->l, "Value"), st->bold) == LXW_NO_ERROR;
	widen(&w0, tr(st->l, "What"));
	lxw_row_t row = 1;
	for (size_t i = 0; ok && i < b->n_fields; i++, row++) {
		ok = worksheet_write_string(ws, row, 0, b->fields[i].label, st->bold) == LXW_NO_ERROR &&
		     worksheet_write_string(ws, row, 1, b->fields[i].value, st->text) == LXW_NO_ERROR;
		widen(&w0, b->fields[i].label);
		widen(&w1, b->fields[i].value);
	}
	if (ok && b->n_sheets > 0 && b->sheets[0].csv[0] == '#') {
		row++;
		ok = worksheet_write_string(ws, row++, 0, tr(st->l, "Technical record"), st->bold) == LXW_NO_ERROR;
		for (const char *p = b->sheets[0].csv; ok && *p == '#'; row++) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			char line[MAX_FIELD];
			snprintf(line, sizeof line, "%.*s", (int)n, p);
			char *text = line + 1 + (line[1] == ' ');
			char *colon = strstr(text, ": ");
			if (colon) {
				*colon = 0;
				ok = worksheet_write_string(ws, row, 0, text, NULL) == LXW_NO_ERROR &&
				     worksheet_write_string(ws, row, 1, colon + 2, NULL) == LXW_NO_ERROR;
				widen(&w0, text);
				widen(&w1, colon + 2);
			} else {
				ok = worksheet_write_string(ws, row, 0, text, NULL) == LXW_NO_ERROR;
			}
			p = nl ? nl + 1 : p + n;
		}
	}
	worksheet_set_column(ws, 0, 0, clamp_width(w0), NULL);
	worksheet_set_column(ws, 1, 1, clamp_width(w1), st->text);
	worksheet_freeze_panes(ws, 1, 0);
	return ok;
}

/* A temporary name beside path: PATH.tmp-xlsx.XXXXXX, created empty (mkstemp). */
static char *temp_beside(const char *path)
{
	size_t n = strlen(path) + 32;
	char *t = malloc(n);
	if (!t)
		return NULL;
	snprintf(t, n, "%s.tmp-xlsx.XXXXXX", path);
	int fd = mkstemp(t);
	if (fd < 0) {
		free(t);
		return NULL;
	}
	close(fd);
	return t;
}

static bool read_whole(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	struct stat st;
	bool ok = fstat(fileno(f), &st) == 0 && st.st_size > 0;
	*data = ok ? malloc((size_t)st.st_size) : NULL;
	ok = ok && *data && fread(*data, 1, (size_t)st.st_size, f) == (size_t)st.st_size;
	*len = ok ? (size_t)st.st_size : 0;
	fclose(f);
	if (!ok) {
		free(*data);
		*data = NULL;
	}
	return ok;
}

static bool book_write(const char *path, const xlsx_book *b, bool overwrite, diag_list *dl)
{
	if (!overwrite && file_exists(path)) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "file exists (use --force to replace it)");
		return false;
	}
	char *tmp = temp_beside(path);
	if (!tmp) {
		/* the folder is missing or not writable: atomic_write_file says which */
		atomic_write_file(path, "", 0, overwrite, dl);
		if (dl->count == 0)
			diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(errno));
		return false;
	}
	book_state st = { .l = b->lang };
	lxw_workbook_options opt = { .constant_memory = 0, .tmpdir = NULL };
	st.wb = workbook_new_opt(tmp, &opt);
	bool ok = st.wb != NULL;
	if (ok) {
		lxw_doc_properties props = { .title = (char *)b->title, .author = (char *)"vudong" };
		workbook_set_properties(st.wb, &props);
		st.bold = workbook_add_format(st.wb);
		format_set_bold(st.bold);
		format_set_text_wrap(st.bold);
		format_set_align(st.bold, LXW_ALIGN_VERTICAL_TOP);
		st.date = workbook_add_format(st.wb);
		format_set_num_format(st.date, b->lang == LANG_VI ? "dd/mm/yyyy" : "yyyy-mm-dd");
		st.text = workbook_add_format(st.wb);
		format_set_align(st.text, LXW_ALIGN_VERTICAL_TOP);
		for (size_t i = 0; ok && i < b->n_sheets; i++)
			ok = write_table(&st, b, &b->sheets[i]);
		ok = ok && write_fields(&st, b);
		lxw_error e = workbook_close(st.wb);
		if (ok && e != LXW_NO_ERROR) {
			diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write the workbook: %s",
				 lxw_strerror(e));
			ok = false;
		} else if (!ok) {
			diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write the workbook");
		}
	} else {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write the workbook: out of memory");
	}
	char *data = NULL;
	size_t len = 0;
	if (ok && !read_whole(tmp, &data, &len)) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot read back the workbook: %s", strerror(errno));
		ok = false;
	}
	unlink(tmp);
	free(tmp);
	ok = ok && atomic_write_file(path, data, len, overwrite, dl);
	free(data);
	return ok;
}

const xlsx_book_ops vudong_xlsx_book_ops = { book_write };
