/* cmd_run.c - `vudong run [FILE]`: simulate the season and write the report (text, CSV or
 * JSON; --table for CSV/JSON, and `daily` for text too). The text report (but for the daily
 * trace) and JSON lead with the outlook over many seasons (outlook.h: the scenario's
 * `ensemble: {seasons}`, its seed, one thread per CPU); the season itself is one example
 * season, and CSV holds only it; --format xlsx -o FILE.xlsx writes every table and the
 * outlook as a workbook (xlsx_reports.h). Warnings go to stderr as FILE:LINE:COL diagnostics and into the report. An immature crop (the weather ends before
 * it matures) is an error: the report is still written, and the exit status is 2. */
#include <stdio.h>

#include "cli.h"
#include "cmd_report.h"
#include "cmd_study.h"
#include "outlook.h"
#include "report.h"
#include "season.h"
#include "xlsx_reports.h"

int cmd_run(const cli_options *o)
{
	if (o->format == FORMAT_PDF)
		return cmd_run_pdf(o);
	scenario s;
	weather_series w;
	int status = cmd_report_prepare(o, SCENARIO_LOAD_FULL, &s, &w);
	if (status != EXIT_OK)
		return status;

	report_options ro = cmd_report_options(o);
	report_daily daily;
	report_daily_init(&daily);
	season_result r;
	season_result_init(&r);
	bool want_daily = ro.table == REPORT_DAILY;
	if (!season_run(&s, &w, &r, want_daily ? report_daily_on_day : NULL, &daily)) {
		fputs("vudong: error: out of memory while simulating the season\n", stderr);
		status = EXIT_RUNTIME;
		goto out;
	}

	/* The outlook's own warnings (observed weather covering one season) are not the
	 * season's: only a failure is reported. */
	outlook ol;
	bool xlsx = o->format == FORMAT_XLSX;
	bool want_outlook = ro.format == REPORT_JSON || xlsx ||
			    (ro.format == REPORT_TEXT && ro.table != REPORT_DAILY);
	if (want_outlook) {
		diag_list odl;
		diag_list_init(&odl);
		bool ok = outlook_run(&s, 0, &ol, &odl);
		if (!ok) {
			cli_print_diags(&odl);
			status = cmd_study_failure(&odl);
		}
		diag_list_fini(&odl);
		if (!ok)
			goto out;
		ro.outlook = &ol;
	}

	diag_list dl;
	diag_list_init(&dl);
	report_warnings_to_diags(&s, &w, &r, o->lang, &dl);
	cli_print_diags(&dl);
	diag_list_fini(&dl);

	if (xlsx) {
		diag_list xdl;
		diag_list_init(&xdl);
		bool ok = xlsx_write_season(o->output, &s, &w, &r, &ro, o->force, &xdl);
		status = cli_finish_file(o, ok, &xdl);
		diag_list_fini(&xdl);
	} else {
		strbuf sb;
		strbuf_init(&sb);
		bool ok = report_write(&sb, &s, &w, &r, &ro, want_daily ? &daily : NULL);
		status = cmd_report_emit(o, &sb, ok);
		strbuf_fini(&sb);
	}
	if (status == EXIT_OK && report_has_errors(&r))
		status = EXIT_BAD_INPUT;
out:
	season_result_fini(&r);
	report_daily_fini(&daily);
	weather_series_fini(&w);
	scenario_fini(&s);
	return status;
}
