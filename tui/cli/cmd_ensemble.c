/* cmd_ensemble.c - `vudong ensemble [FILE] [--seasons N] [--seed S] [--threads T]`: N seasons
 * under generated weather (N from --seasons, else the scenario's `ensemble: {seasons}`, else
 * 200: outlook_seasons, so that without options it runs the seasons of `vudong run`'s
 * outlook; seeds S … S+N−1, S from --seed, else the scenario's generator seed), or every season an
 * observed weather file covers, or with --record [--years A-B] every winter of the station
 * record, replayed; their distributions as text, CSV or JSON, or with --table seasons one row
 * per season (report_seasons.h). --threads only changes the speed. How often a crop failed to
 * mature is a warning on stderr, not an error: it is one of the results. */
#include <stdio.h>

#include "cli.h"
#include "cmd_table.h"
#include "cmd_study.h"
#include "ensemble.h"
#include "outlook.h"
#include "report_seasons.h"
#include "report_study.h"
#include "xlsx_reports.h"

int cmd_ensemble(const cli_options *o)
{
	static const report_table levels[] = {
		REPORT_DISTRICT, REPORT_COMMUNES, REPORT_CROPS, REPORT_ITEMS,
	};
	study_options so;
	bool rows = cli_option_given(o, OPT_TABLE) && o->table == TABLE_SEASONS;
	cli_options levels_only = *o;
	if (rows)
		levels_only.given &= ~OPT_BIT(OPT_TABLE);
	scenario s;
	int status = cmd_study_load(&levels_only, "ensemble", levels,
				    (int)(sizeof levels / sizeof levels[0]), &so, &s);
	if (status != EXIT_OK)
		return status;

	ensemble_options eo = {
		.seasons = o->seasons > 0 ? o->seasons : outlook_seasons(&s),
		.seed_given = o->seed >= 0,
		.seed = o->seed >= 0 ? (unsigned long)o->seed : 0,
		.threads = o->threads,
		.record = o->record,
		.year_from = o->year_from,
		.year_to = o->year_to,
		.season_rows = rows,
	};
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	bool ok = ensemble_run(&s, &eo, &er, &dl);
	size_t immature = ok ? er.warning_seasons[WARN_IMMATURE] : 0;
	if (immature)
		diag_add(&dl, DIAG_WARNING, s.path ? s.path : "<built-in>", 0, 0,
			 "in %zu of %d seasons a crop does not mature before the weather ends",
			 immature, er.seasons);
	strbuf sb;
	strbuf_init(&sb);
	if (ok && o->format == FORMAT_XLSX) {
		/* The workbook's own diagnostics join the run's. */
		bool written = xlsx_write_ensemble(o->output, &s, &er, &so, o->force, &dl);
		status = cli_finish_file(o, written, &dl);
	} else {
		bool written = ok && (rows ? report_write_ensemble_seasons(&sb, &s, &er, &so)
					   : report_write_ensemble(&sb, &s, &er, &so));
		status = cmd_study_finish(o, &dl, ok, &sb, written);
	}
	strbuf_fini(&sb);
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	scenario_fini(&s);
	return status;
}
