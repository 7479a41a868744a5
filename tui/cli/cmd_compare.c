/* cmd_compare.c - `vudong compare A.yaml B.yaml`: both scenarios run on their own weather;
 * district figures and output and value by commune and crop side by side with B − A and the
 * change in %. Warnings of the runs are not repeated here (`vudong run` shows them); an
 * immature crop in either run is a warning on stderr. */
#include <stdio.h>

#include "cli.h"
#include "cmd_report.h"
#include "cmd_study.h"
#include "compare.h"
#include "report_study.h"
#include "xlsx_reports.h"
#include "season.h"
#include "weather.h"

/* Loads and runs one scenario into s and r (both to be fini'd by the caller on EXIT_OK). */
static int load_and_run(const char *file, scenario *s, season_result *r)
{
	season_result_init(r);
	int status = cli_load_scenario(file, s);
	if (status != EXIT_OK)
		return status;
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = weather_build(s, 0, &w, &dl);
	if (ok && !season_run(s, &w, r, NULL, NULL)) {
		diag_add(&dl, DIAG_ERROR, s->path ? s->path : "<built-in>", 0, 0,
			 "out of memory while simulating the season");
		ok = false;
	}
	if (ok && report_has_errors(r))
		diag_add(&dl, DIAG_WARNING, s->path ? s->path : "<built-in>", 0, 0,
			 "a crop does not mature before the weather ends (see `vudong run`)");
	cli_print_diags(&dl);
	status = ok ? EXIT_OK : cmd_study_failure(&dl);
	diag_list_fini(&dl);
	weather_series_fini(&w);
	if (!ok) {
		season_result_fini(r);
		scenario_fini(s);
	}
	return status;
}

int cmd_compare(const cli_options *o)
{
	static const report_table levels[] = { REPORT_DISTRICT, REPORT_COMMUNES, REPORT_CROPS };
	study_options so;
	int status = cmd_study_prepare(o, "compare", levels,
				       (int)(sizeof levels / sizeof levels[0]), &so);
	if (status != EXIT_OK)
		return status;
	scenario a, b;
	season_result ra, rb;
	status = load_and_run(o->files[0], &a, &ra);
	if (status != EXIT_OK)
		return status;
	status = load_and_run(o->files[1], &b, &rb);
	if (status != EXIT_OK) {
		season_result_fini(&ra);
		scenario_fini(&a);
		return status;
	}
	compare_result c;
	compare_result_init(&c);
	if (!compare_build(&a, &ra, &b, &rb, &c)) {
		fputs("vudong: error: out of memory while comparing the scenarios\n", stderr);
		status = EXIT_RUNTIME;
	} else if (o->format == FORMAT_XLSX) {
		diag_list xdl;
		diag_list_init(&xdl);
		status = cli_finish_file(o, xlsx_write_compare(o->output, &a, &b, &c, &so, o->force,
							       &xdl), &xdl);
		diag_list_fini(&xdl);
	} else {
		strbuf sb;
		strbuf_init(&sb);
		bool written = report_write_compare(&sb, &a, &b, &c, &so);
		status = cmd_report_emit(o, &sb, written);
		strbuf_fini(&sb);
	}
	compare_result_fini(&c);
	season_result_fini(&ra);
	season_result_fini(&rb);
	scenario_fini(&a);
	scenario_fini(&b);
	return status;
}
