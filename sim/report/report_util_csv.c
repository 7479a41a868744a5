/* report_util_csv.c - the pieces every CSV report is made of: fields quoted by RFC 4180 when
 * they need it, the header and a row of typed cells, `#` comment and provenance lines. */
#include "report_util.h"

#include <string.h>

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

void report_csv_comment(strbuf *sb, const char *key, const char *value)
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
	report_csv_comment(sb, "scenario", p->scenario_path);
	report_csv_comment(sb, "scenario_name", p->scenario_name);
	report_csv_comment(sb, "scenario_hash", p->hash);
	report_csv_comment(sb, "weather", report_weather_description(p, LANG_EN, buf, sizeof buf));
	strbuf_appendf(sb, "# season: %s to %s\n", report_fmt_date(p->season_start, d1),
		       report_fmt_date(p->season_end, d2));
	if (p->weather_first != DATE_NONE)
		strbuf_appendf(sb, "# weather_days: %s to %s\n",
			       report_fmt_date(p->weather_first, d1),
			       report_fmt_date(p->weather_last, d2));
	report_csv_comment(sb, "table", table);
}
