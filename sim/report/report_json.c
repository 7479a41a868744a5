/* report_json.c - the season report as JSON: {"meta": provenance, "table": name,
 * "rows": [objects keyed by the binding column names], "warnings": [...]}. Strings are
 * escaped (quotes, backslash, control characters; UTF-8 passes through); numbers use '.',
 * and NaN or infinities are null. */
#include "report_impl.h"

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

static void key(strbuf *sb, const char *k)
{
	report_json_string(sb, k);
	strbuf_append(sb, ": ");
}

static void date_value(strbuf *sb, vd_date t)
{
	char d[11];
	report_json_string(sb, t == DATE_NONE ? NULL : report_fmt_date(t, d));
}

/* The separator sep (none when NULL), then "k": */
static void member(strbuf *sb, const char *sep, const char *k)
{
	if (sep)
		strbuf_append(sb, sep);
	key(sb, k);
}

static void str_member(strbuf *sb, const char *sep, const char *k, const char *v)
{
	member(sb, sep, k);
	report_json_string(sb, v);
}

static void date_member(strbuf *sb, const char *sep, const char *k, vd_date t)
{
	member(sb, sep, k);
	date_value(sb, t);
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
	str_member(sb, META_SEP, "version", p->version);
	str_member(sb, META_SEP, "scenario", p->scenario_path);
	str_member(sb, META_SEP, "scenario_name", p->scenario_name);
	str_member(sb, META_SEP, "scenario_hash", p->hash);
	member(sb, META_SEP, "weather");
	strbuf_append_char(sb, '{');
	str_member(sb, NULL, "source", report_weather_source_name(p->source));
	str_member(sb, INLINE_SEP, "file", p->source == WEATHER_FILE || p->source == WEATHER_STATION ?
		   p->weather_file : NULL);
	member(sb, INLINE_SEP, "seed");
	if (weather_source_generated(p->source))
		strbuf_appendf(sb, "%lu", p->seed);
	else
		strbuf_append(sb, "null");
	str_member(sb, INLINE_SEP, "description",
		   report_weather_description(p, LANG_EN, buf, sizeof buf));
	strbuf_append_char(sb, '}');
	for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
		date_member(sb, META_SEP, dates[i].key, dates[i].date);
	str_member(sb, META_SEP, "table", table);
	str_member(sb, META_SEP, "lang", l == LANG_EN ? "en" : "vi");
	member(sb, META_SEP, "units");
	strbuf_append(sb, "{\"area\": \"ha\", \"yield\": \"t/ha\", \"output\": \"t\", "
		      "\"money\": \"million VND\", \"water\": \"mm\"}\n  }");
}

static void json_warning(strbuf *sb, const scenario *s, const weather_series *w,
			 const season_result *r, const season_warning *wn, lang l)
{
	char text[1024];
	const commune *c = wn->commune >= 0 ? &s->communes[wn->commune] : NULL;
	const plan_item *it = c && wn->item >= 0 ? &c->plan[wn->item] : NULL;
	int land = it ? it->land : wn->land;
	strbuf_append_char(sb, '{');
	str_member(sb, NULL, "severity", wn->is_error ? "error" : "warning");
	str_member(sb, INLINE_SEP, "code", report_warning_code(wn->kind));
	str_member(sb, INLINE_SEP, "commune", c ? c->id : NULL);
	str_member(sb, INLINE_SEP, "land", c && land >= 0 ? c->land[land].id : NULL);
	str_member(sb, INLINE_SEP, "crop", it ? s->crops[it->crop].id : NULL);
	date_member(sb, INLINE_SEP, "sow", it ? it->sow : DATE_NONE);
	date_member(sb, INLINE_SEP, "date", wn->date);
	member(sb, INLINE_SEP, "value");
	report_json_number(sb, wn->value, 4);
	str_member(sb, INLINE_SEP, "message",
		   report_warning_text(s, w, r, wn, l, text, sizeof text));
	strbuf_append_char(sb, '}');
}

bool report_write_json(strbuf *sb, const scenario *s, const weather_series *w,
		       const season_result *r, const report_options *o,
		       const report_daily *daily)
{
	report_provenance p;
	report_provenance_init(&p, s, w);
	const char *table = report_table_name(o->table);
	strbuf_append(sb, "{\n  \"meta\": ");
	report_json_meta(sb, &p, table, o->lang);
	str_member(sb, ",\n  ", "table", table);
	strbuf_append(sb, ",\n  \"rows\": [");
	size_t ncol;
	const char *const *cols = report_columns(o->table, &ncol);
	report_row row;
	size_t n = o->table == REPORT_DAILY ? (daily ? daily->n : 0)
					    : report_row_count(o->table, s, r);
	for (size_t i = 0; i < n; i++) {
		if (o->table == REPORT_DAILY)
			report_row_daily(s, &daily->days[i], &row);
		else
			report_row_fill(o->table, s, r, i, &row);
		strbuf_append(sb, i ? ",\n    " : "\n    ");
		report_json_object(sb, cols, &row);
	}
	strbuf_append(sb, n ? "\n  ],\n  \"warnings\": [" : "],\n  \"warnings\": [");
	for (size_t i = 0; i < r->n_warnings; i++) {
		strbuf_append(sb, i ? ",\n    " : "\n    ");
		json_warning(sb, s, w, r, &r->warnings[i], o->lang);
	}
	strbuf_append(sb, r->n_warnings ? "\n  ]\n}\n" : "]\n}\n");
	return !sb->oom && !(daily && o->table == REPORT_DAILY && daily->oom);
}
