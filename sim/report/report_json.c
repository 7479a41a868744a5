/* report_json.c - the season report as JSON: {"meta": provenance, "table": name,
 * "rows": [objects keyed by the binding column names], "warnings": [...]}. Strings are
 * escaped (quotes, backslash, control characters; UTF-8 passes through); numbers use '.',
 * and NaN or infinities are null. */
#include "report_season.h"

#include "report_outlook.h"

#define INLINE_SEP ", "   /* between the members of an inline object */

static void json_warning(strbuf *sb, const scenario *s, const weather_series *w,
			 const season_result *r, const season_warning *wn, lang l)
{
	char text[1024];
	const commune *c = wn->commune >= 0 ? &s->communes[wn->commune] : NULL;
	const plan_item *it = c && wn->item >= 0 ? &c->plan[wn->item] : NULL;
	int land = it ? it->land : wn->land;
	strbuf_append_char(sb, '{');
	report_json_str_member(sb, NULL, "severity", wn->is_error ? "error" : "warning");
	report_json_str_member(sb, INLINE_SEP, "code", report_warning_code(wn->kind));
	report_json_str_member(sb, INLINE_SEP, "commune", c ? c->id : NULL);
	report_json_str_member(sb, INLINE_SEP, "land", c && land >= 0 ? c->land[land].id : NULL);
	report_json_str_member(sb, INLINE_SEP, "crop", it ? s->crops[it->crop].id : NULL);
	report_json_date_member(sb, INLINE_SEP, "sow", it ? it->sow : DATE_NONE);
	report_json_date_member(sb, INLINE_SEP, "date", wn->date);
	report_json_member(sb, INLINE_SEP, "value");
	report_json_number(sb, wn->value, 4);
	report_json_str_member(sb, INLINE_SEP, "message",
		   report_warning_text_machine(s, w, r, wn, l, text, sizeof text));
	strbuf_append_char(sb, '}');
}

bool report_write_json(strbuf *sb, const void *season)
{
	const report_season *job = season;
	const scenario *s = job->s;
	const weather_series *w = job->w;
	const season_result *r = job->r;
	const report_options *o = job->o;
	const report_daily *daily = job->daily;
	const char *table = report_table_name(o->table);
	strbuf_append(sb, "{\n  \"meta\": ");
	report_json_meta(sb, &job->p, table, o->lang);
	strbuf_append(sb, ",\n  \"outlook\": ");
	report_outlook_json(sb, o->outlook);
	strbuf_append(sb, ",\n  \"example_season\": ");
	report_example_json(sb, s, w, o->lang);
	report_json_str_member(sb, ",\n  ", "table", table);
	strbuf_append(sb, ",\n  \"rows\": [");
	size_t ncol;
	const char *const *cols = report_columns(o->table, &ncol);
	report_row row;
	const labour_plan *lp = job->labour;
	size_t n = o->table == REPORT_DAILY ? (daily ? daily->n : 0)
		 : o->table == REPORT_LABOUR ? (lp ? lp->n : 0)
		 : report_row_count(o->table, s, r);
	for (size_t i = 0; i < n; i++) {
		if (o->table == REPORT_LABOUR)
			report_row_labour(s, &lp->periods[i], &row);
		else if (o->table == REPORT_DAILY)
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
