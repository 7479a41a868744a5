/* report_csv.c - the season report as CSV: `#` provenance and warning lines, then the header
 * row of the chosen table and its rows (RFC 4180 quoting, '.' decimals, empty = missing). */
#include "report_impl.h"

#include <string.h>

#include "report_outlook.h"

void report_csv_field(strbuf *sb, const char *s)
{
	if (!s)
		return;
	if (!s[0] || !strpbrk(s, ",\"\r\n")) {
		strbuf_append(sb, s);
		return;
	}
	strbuf_append_char(sb, '"');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			strbuf_append_char(sb, '"');
		strbuf_append_char(sb, *p);
	}
	strbuf_append_char(sb, '"');
}

void report_csv_header(strbuf *sb, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_append_char(sb, ',');
		strbuf_append(sb, names[i]);
	}
	strbuf_append_char(sb, '\n');
}

void report_csv_row(strbuf *sb, const report_row *row)
{
	char num[64];
	for (size_t i = 0; i < row->n; i++) {
		const report_cell *c = &row->cells[i];
		if (i)
			strbuf_append_char(sb, ',');
		if (c->kind == CELL_STR)
			report_csv_field(sb, c->s);
		else
			strbuf_append(sb, report_fmt_num(c->v, c->dec, num, sizeof num));
	}
	strbuf_append_char(sb, '\n');
}

/* Text for a `#` line: control characters (a newline in a name) become spaces. */
static void comment_text(strbuf *sb, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		strbuf_append_char(sb, *p < 0x20 || *p == 0x7f ? ' ' : (char)*p);
}

static void comment(strbuf *sb, const char *key, const char *value)
{
	strbuf_append(sb, "# ");
	strbuf_append(sb, key);
	strbuf_append(sb, ": ");
	comment_text(sb, value);
	strbuf_append_char(sb, '\n');
}

void report_csv_provenance(strbuf *sb, const report_provenance *p, const char *table)
{
	char buf[512], d1[11], d2[11];
	strbuf_appendf(sb, "# vudong %s\n", p->version);
	comment(sb, "scenario", p->scenario_path);
	comment(sb, "scenario_name", p->scenario_name);
	comment(sb, "scenario_hash", p->hash);
	comment(sb, "weather", report_weather_description(p, LANG_EN, buf, sizeof buf));
	strbuf_appendf(sb, "# season: %s to %s\n", report_fmt_date(p->season_start, d1),
		       report_fmt_date(p->season_end, d2));
	if (p->weather_first != DATE_NONE)
		strbuf_appendf(sb, "# weather_days: %s to %s\n",
			       report_fmt_date(p->weather_first, d1),
			       report_fmt_date(p->weather_last, d2));
	comment(sb, "table", table);
}

void report_csv_comment(strbuf *sb, const char *key, const char *value)
{
	comment(sb, key, value);
}

bool report_write_csv(strbuf *sb, const scenario *s, const weather_series *w,
		      const season_result *r, const report_options *o,
		      const report_daily *daily)
{
	report_provenance p;
	report_provenance_init(&p, s, w);
	report_csv_provenance(sb, &p, report_table_name(o->table));
	strbuf_append(sb, "# units: area ha, yield t/ha, output t, money million VND, water mm\n");
	char text[1024];
	comment(sb, "example_season", report_example_season(s, w, o->lang, text, sizeof text));
	for (size_t i = 0; i < r->n_warnings; i++) {
		const season_warning *wn = &r->warnings[i];
		strbuf_appendf(sb, "# %s: %s: ", wn->is_error ? "error" : "warning",
			       report_warning_code(wn->kind));
		comment_text(sb, report_warning_text(s, w, r, wn, o->lang, text, sizeof text));
		strbuf_append_char(sb, '\n');
	}
	size_t ncol;
	const char *const *cols = report_columns(o->table, &ncol);
	report_csv_header(sb, cols, ncol);
	if (o->table == REPORT_DAILY) {
		report_row row;
		for (size_t i = 0; daily && i < daily->n; i++) {
			report_row_daily(s, &daily->days[i], &row);
			report_csv_row(sb, &row);
		}
	} else {
		size_t n = report_row_count(o->table, s, r);
		report_row row;
		for (size_t i = 0; i < n; i++) {
			report_row_fill(o->table, s, r, i, &row);
			report_csv_row(sb, &row);
		}
	}
	return !sb->oom && !(daily && o->table == REPORT_DAILY && daily->oom);
}
