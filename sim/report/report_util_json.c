/* report_util_json.c - the pieces every JSON report is made of: strings escaped (UTF-8 passes
 * through), numbers with '.' or null, objects of typed cells, members, the "meta" object. */
#include "report_util.h"

#include <stdio.h>

void report_json_string(strbuf *sb, const char *s)
{
	if (!s) {
		strbuf_append(sb, "null");
		return;
	}
	strbuf_append_char(sb, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': strbuf_append(sb, "\\\""); break;
		case '\\': strbuf_append(sb, "\\\\"); break;
		case '\b': strbuf_append(sb, "\\b"); break;
		case '\f': strbuf_append(sb, "\\f"); break;
		case '\n': strbuf_append(sb, "\\n"); break;
		case '\r': strbuf_append(sb, "\\r"); break;
		case '\t': strbuf_append(sb, "\\t"); break;
		default:
			if (*p < 0x20)
				strbuf_appendf(sb, "\\u%04x", *p);
			else
				strbuf_append_char(sb, (char)*p);
		}
	}
	strbuf_append_char(sb, '"');
}

void report_json_number(strbuf *sb, double v, int dec)
{
	char num[64];
	report_fmt_num(v, dec, num, sizeof num);
	strbuf_append(sb, num[0] ? num : "null");
}

void report_json_object(strbuf *sb, const char *const *names, const report_row *row)
{
	strbuf_append_char(sb, '{');
	for (size_t i = 0; i < row->n; i++) {
		const report_cell *c = &row->cells[i];
		if (i)
			strbuf_append(sb, ", ");
		report_json_string(sb, names[i]);
		strbuf_append(sb, ": ");
		if (c->kind == CELL_STR)
			report_json_string(sb, c->s && c->s[0] ? c->s : NULL);
		else
			report_json_number(sb, c->v, c->dec);
	}
	strbuf_append_char(sb, '}');
}

void report_json_key(strbuf *sb, const char *k)
{
	report_json_string(sb, k);
	strbuf_append(sb, ": ");
}

void report_json_date(strbuf *sb, vd_date t)
{
	char d[11];
	report_json_string(sb, t == DATE_NONE ? NULL : report_fmt_date(t, d));
}

/* The separator sep (none when NULL), then "k": */
void report_json_member(strbuf *sb, const char *sep, const char *k)
{
	if (sep)
		strbuf_append(sb, sep);
	report_json_key(sb, k);
}

void report_json_str_member(strbuf *sb, const char *sep, const char *k, const char *v)
{
	report_json_member(sb, sep, k);
	report_json_string(sb, v);
}

void report_json_date_member(strbuf *sb, const char *sep, const char *k, vd_date t)
{
	report_json_member(sb, sep, k);
	report_json_date(sb, t);
}

/* Between the members of the meta object, and between those of an inline object. */
#define META_SEP ",\n    "
#define INLINE_SEP ", "

void report_json_meta(strbuf *sb, const report_provenance *p, const char *table, lang l)
{
	char buf[512];
	const struct {
		const char *key;
		vd_date date;
	} dates[] = {
		{ "season_start", p->season_start },
		{ "season_end", p->season_end },
		{ "weather_first", p->weather_first },
		{ "weather_last", p->weather_last },
	};
	strbuf_append(sb, "{\n    \"program\": \"vudong\"");
	report_json_str_member(sb, META_SEP, "version", p->version);
	report_json_str_member(sb, META_SEP, "scenario", p->scenario_path);
	report_json_str_member(sb, META_SEP, "scenario_name", p->scenario_name);
	report_json_str_member(sb, META_SEP, "scenario_hash", p->hash);
	report_json_member(sb, META_SEP, "weather");
	strbuf_append_char(sb, '{');
	report_json_str_member(sb, NULL, "source", report_weather_source_name(p->source));
	report_json_str_member(sb, INLINE_SEP, "file",
			       p->source == WEATHER_FILE || p->source == WEATHER_STATION ? p->weather_file : NULL);
	report_json_member(sb, INLINE_SEP, "seed");
	if (weather_source_generated(p->source))
		strbuf_appendf(sb, "%lu", p->seed);
	else
		strbuf_append(sb, "null");
	report_json_str_member(sb, INLINE_SEP, "description",
		   report_weather_description(p, LANG_EN, buf, sizeof buf));
	strbuf_append_char(sb, '}');
	for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
		report_json_date_member(sb, META_SEP, dates[i].key, dates[i].date);
	report_json_str_member(sb, META_SEP, "table", table);
	report_json_str_member(sb, META_SEP, "lang", l == LANG_EN ? "en" : "vi");
	report_json_member(sb, META_SEP, "units");
	strbuf_append(sb, "{\"area\": \"ha\", \"yield\": \"t/ha\", \"output\": \"t\", "
		      "\"money\": \"million VND\", \"water\": \"mm\"}\n  }");
}
