/* cmd_handout.c - `vudong run --format pdf -o FILE`: the season and the outlook's ensemble
 * (outlook_seasons: the scenario's `ensemble: seasons`, else 200, the seasons `vudong run`
 * and `vudong ensemble` use), then the A4 handout (sim/report/report_pdf.c) written
 * atomically to FILE. Never to a terminal or stdout: the command table refuses
 * --format pdf without -o. */
#include <stdio.h>

#include "cli.h"
#include "cmd_report.h"
#include "ensemble.h"
#include "outlook.h"
#include "report.h"
#include "report_pdf.h"
#include "season.h"


int cmd_run_pdf(const cli_options *o)
{
	scenario s;
	weather_series w;
	int status = cmd_report_prepare(o, SCENARIO_LOAD_FULL, &s, &w);
	if (status != EXIT_OK)
		return status;
	season_result r;
	season_result_init(&r);
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	strbuf sb;
	strbuf_init(&sb);
	if (!season_run(&s, &w, &r, NULL, NULL)) {
		fputs("vudong: error: out of memory while simulating the season\n", stderr);
		status = EXIT_RUNTIME;
		goto out;
	}
	report_warnings_to_diags(&s, &w, &r, o->lang, &dl);
	ensemble_options eo = { .seasons = outlook_seasons(&s) };
	bool have_er = ensemble_run(&s, &eo, &er, &dl);
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	diag_list_init(&dl);
	if (!report_write_pdf(&sb, &s, &w, &r, have_er ? &er : NULL, o->lang, &dl)) {
		cli_print_diags(&dl);
		status = EXIT_RUNTIME;
		goto out;
	}
	status = cmd_report_emit(o, &sb, true);
	if (status == EXIT_OK && report_has_errors(&r))
		status = EXIT_BAD_INPUT;
out:
	report_pdf_release_fonts();
	strbuf_fini(&sb);
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	season_result_fini(&r);
	weather_series_fini(&w);
	scenario_fini(&s);
	return status;
}
