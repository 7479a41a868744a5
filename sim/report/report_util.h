/* report_util.h - what the report writers share inside sim/ (not for tui/), so no writer calls
 * back into the entry point that chose it: the format dispatch under LC_NUMERIC "C",
 * provenance, number formatting that never prints NaN (report_util.c); CSV, JSON and text
 * pieces (report_util_csv.c, report_util_json.c, report_util_text.c); and table rows as
 * typed cells, one list of binding column names per table, written by the CSV and JSON
 * writers alike (report_table.c). */
#ifndef VUDONG_REPORT_UTIL_H
#define VUDONG_REPORT_UTIL_H

#include <locale.h>
#include <stdbool.h>
#include <stddef.h>

#include "labour.h"
#include "numtext.h"
#include "report.h"

/* The writers format numbers with LC_NUMERIC "C" on the calling thread (uselocale), so a
 * program that set a decimal-comma locale still gets '.' in its files. begin returns false
 * when the locale object cannot be made (out of memory). */
typedef struct {
	locale_t c, old;
} report_numeric_c;
bool report_numeric_c_begin(report_numeric_c *g);
void report_numeric_c_end(report_numeric_c *g);

/* One writer of a report: appends to sb what `job` (the report's own struct) describes;
 * false on failure (out of memory). */
typedef bool (*report_writer)(strbuf *sb, const void *job);
typedef struct {
	report_writer text, csv, json;
} report_writers;
/* Every report's entry point: the writer of `format` (text for any other value) run with
 * LC_NUMERIC "C". False when the writer failed or sb ran out of memory (also when the C
 * locale could not be made: sb->oom is then set). */
bool report_dispatch(strbuf *sb, report_format format, const report_writers *w,
		     const void *job);

/* Where a report comes from (DESIGN §6). */
typedef struct {
	const char *version;            /* VUDONG_VERSION */
	const char *scenario_path;      /* s->path */
	const char *scenario_name;
	char hash[17];                  /* scenario_hash as 16 hex digits */
	weather_source source;
	const char *weather_file;       /* as written in the scenario (WEATHER_FILE) */
	unsigned long seed;             /* generator seed (normals, station) */
	vd_date season_start, season_end;
	vd_date weather_first, weather_last;   /* DATE_NONE without a series */
	vd_date prepared;               /* the day the report is written; DATE_NONE: not said */
	bool builtin;                   /* the built-in scenario (no file) */
	const char *district;           /* s->site.name ("" when the scenario has none) */
} report_provenance;

void report_provenance_init(report_provenance *p, const scenario *s, const weather_series *w);
/* "file weather/x.csv", "inline daily", "generated from monthly normals, seed 2020",
 * translated. Returns buf. */
char *report_weather_description(const report_provenance *p, lang l, char *buf, size_t size);
/* "weather_file", "daily", "normals" or "none". */
const char *report_weather_source_name(weather_source src);

/* One cell of a table row. */
typedef enum { CELL_STR, CELL_NUM } cell_kind;
typedef struct {
	cell_kind kind;
	const char *s;      /* CELL_STR; NULL = missing (empty / null) */
	double v;           /* CELL_NUM (non-finite = missing) */
	int dec;            /* CELL_NUM: digits after the '.' */
} report_cell;

#define REPORT_MAX_COLS 32

/* A row and the storage its string cells point into. */
typedef struct {
	report_cell cells[REPORT_MAX_COLS];
	size_t n;
	char status[160];
	char date1[11], date2[11];
	char scratch[32];
} report_row;

/* report_warning_text for the CSV comments and the JSON "message": the sentence in language
 * l with numbers and dates in the machine form ('.', ISO dates). */
char *report_warning_text_machine(const scenario *s, const weather_series *w,
				  const season_result *r, const season_warning *wn, lang l,
				  char *buf, size_t size);

/* The binding column names of a table (DESIGN §6); *n gets their number. */
const char *const *report_columns(report_table t, size_t *n);
/* Rows of the table for r (daily rows come from the collector, not from here). */
size_t report_row_count(report_table t, const scenario *s, const season_result *r);
/* Fills row i of table t. */
void report_row_fill(report_table t, const scenario *s, const season_result *r, size_t i,
		     report_row *row);
/* The row of one day of the daily trace. */
void report_row_daily(const scenario *s, const season_day *d, report_row *row);
/* Appends one day of `vudong weather` (date, tmax_c … et0_mm, DESIGN §6) to row's cells
 * (report_weather.c). */
void report_row_weather_day(const weather_day *d, report_row *row);
/* The row of one commune's half-month of labour (`--table labour`). */
void report_row_labour(const scenario *s, const labour_period *p, report_row *row);

/* v with dec decimals and '.', "" when not finite; "-0.00" prints as "0.00". Returns buf. */
char *report_fmt_num(double v, int dec, char *buf, size_t size);
/* Like report_fmt_num with a '+' before a positive value that is not zero at dec decimals;
 * "-" when not finite. Returns buf. */
char *report_fmt_signed(double v, int dec, char *buf, size_t size);
/* "YYYY-MM-DD", "" for DATE_NONE. Returns buf (11 bytes). */
char *report_fmt_date(vd_date t, char *buf);

/* CSV pieces (RFC 4180 quoting when a field needs it). */
void report_csv_field(strbuf *sb, const char *s);
void report_csv_row(strbuf *sb, const report_row *row);
void report_csv_header(strbuf *sb, const char *const *names, size_t n);
/* JSON pieces: a string with escapes (UTF-8 passes through; NULL is null), a number or
 * null, an object of a row's cells keyed by names; a date string or null (DATE_NONE). */
void report_json_string(strbuf *sb, const char *s);
void report_json_number(strbuf *sb, double v, int dec);
void report_json_object(strbuf *sb, const char *const *names, const report_row *row);
void report_json_date(strbuf *sb, vd_date t);
/* `"k": `; then the same after the separator sep (none when NULL); then with a string or
 * a date value. */
void report_json_key(strbuf *sb, const char *k);
void report_json_member(strbuf *sb, const char *sep, const char *k);
void report_json_str_member(strbuf *sb, const char *sep, const char *k, const char *v);
void report_json_date_member(strbuf *sb, const char *sep, const char *k, vd_date t);

/* The CSV `#` provenance lines and the JSON "meta" object, shared with the weather report. */
void report_csv_provenance(strbuf *sb, const report_provenance *p, const char *table);
void report_json_meta(strbuf *sb, const report_provenance *p, const char *table, lang l);

/* A `# key: value` line like the provenance lines (control characters become spaces). */
void report_csv_comment(strbuf *sb, const char *key, const char *value);

/* Text blocks: the title underlined with '=' and the line "KIND, vudong VERSION"; "Label: value" lines
 * with the labels (given without their colon) aligned; a heading (blank line, title, a rule
 * of '-'); a number in at most `cols` columns ("-" when not finite, fewer decimals when
 * it is too wide). */
void report_text_title(strbuf *sb, const char *title, const char *kind, const char *version,
		       lang l);
void report_text_fields(strbuf *sb, const char *const *labels, const char *const *values,
			size_t n);
void report_text_heading(strbuf *sb, const char *title);
/* The fields of a report's title block, fit for a district document: district, season,
 * scenario (its file, or "kịch bản có sẵn Bình Liêu"), the date prepared, the weather (given
 * in words), the shocks applied, the economy figures that are estimates, the extra fields
 * given, and the scenario's fingerprint; labels and values point into the struct or are the
 * caller's. report_text_document writes them under the title and KIND line; the workbook
 * (sim/xlsx) writes them as its provenance sheet. */
enum { REPORT_DOC_FIELDS = 16 };
typedef struct {
	const char *labels[REPORT_DOC_FIELDS], *values[REPORT_DOC_FIELDS];
	size_t n;
	char season[64], source[600], prepared[11], shocks[2048], est[600];
} report_document;
void report_document_fill(report_document *d, const scenario *s, const report_provenance *p,
			  lang l, const char *weather, const char *const *labels,
			  const char *const *values, size_t n);
void report_text_document(strbuf *sb, const scenario *s, const report_provenance *p, lang l,
			  const char *kind, const char *weather, const char *const *labels,
			  const char *const *values, size_t n);
/* Where the scenario comes from in words: its path, or "the built-in Bình Liêu scenario". */
char *report_text_scenario_source(const report_provenance *p, lang l, char *buf, size_t size);
char *report_text_num(double v, int dec, int cols, lang l, char *buf, size_t size);
/* The text a person reads in language l (sim/base/numtext.h: Vietnamese 3.645,5 and
 * 25/10/2020, English 3645.5 and 2020-10-25): a signed number ("+0,35", "-" when not
 * finite), a date (11 bytes; "" for DATE_NONE) and strbuf_appendf with numtext_format. */
char *report_text_signed(double v, int dec, lang l, char *buf, size_t size);
char *report_text_date(vd_date t, lang l, char *buf);
bool report_text_appendf(strbuf *sb, lang l, const char *fmt, ...);

/* Text layout helpers: n spaces (none when n <= 0); s padded (or cut with "…") to `cols`
 * display columns. */
void report_text_spaces(strbuf *sb, int n);
void report_text_cell(strbuf *sb, const char *s, int cols, bool right);
/* "  label value": the label padded to `label_cols` columns, the value wrapped under itself. */
void report_text_kv(strbuf *sb, const char *label, const char *value, int label_cols);
/* Appends s wrapped at `width` columns, each line after the first indented by `indent`
 * spaces and the first by `first_indent`; ends with a newline. */
void report_text_wrap(strbuf *sb, const char *s, int first_indent, int indent, int width);

#endif
