/* report_csv.c - the season report as CSV: `#` provenance and warning lines, then the header
 * row of the chosen table and its rows (RFC 4180 quoting, '.' decimals, empty = missing). */
#include "report_season.h"

#include <stdio.h>

#include "report_outlook.h"

bool report_write_csv(strbuf *sb, const void *season)
{
	const report_season *job = season;
	const scenario *s = job->s;
	const season_result *r = job->r;
	const report_options *o = job->o;
	report_csv_provenance(sb, &job->p, report_table_name(o->table));
	strbuf_append(sb, "# units: area ha, yield t/ha, output t, money million VND, water mm\n");
	char text[1024];
	report_csv_comment(sb, "example_season", report_example_season(s, job->w, o->lang, text, sizeof text));
	for (size_t i = 0; i < r->n_warnings; i++) {
		const season_warning *wn = &r->warnings[i];
		char line[sizeof text + 64];
		snprintf(line, sizeof line, "%s: %s", report_warning_code(wn->kind),
			 report_warning_text_machine(s, job->w, r, wn, o->lang, text, sizeof text));
		report_csv_comment(sb, wn->is_error ? "error" : "warning", line);
	}
	size_t ncol;
	const char *const *cols = report_columns(o->table, &ncol);
	report_csv_header(sb, cols, ncol);
	if (o->table == REPORT_LABOUR) {
		report_row row;
		for (size_t i = 0; job->labour && i < job->labour->n; i++) {
			report_row_labour(s, &job->labour->periods[i], &row);
			report_csv_row(sb, &row);
		}
	} else if (o->table == REPORT_DAILY) {
		report_row row;
		for (size_t i = 0; job->daily && i < job->daily->n; i++) {
			report_row_daily(s, &job->daily->days[i], &row);
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
	return !sb->oom && !(job->daily && o->table == REPORT_DAILY && job->daily->oom);
}
