/* cmd_check.c - `vudong check FILE.yaml`: load and validate a scenario, warn of values
 * outside their plausible range (a price of 8 VND/kg: "did you mean 8000?"), then build the
 * weather and run the season once to report the plan's land, calendar and labour warnings
 * that `run` reports (not the example winter's cold damage), so an over-allocated plot is caught before a run. Prints only the
 * diagnostics (stderr); exit 0 when there is no error (warnings allowed), 2 otherwise. */
#include <stdio.h>

#include "cli.h"
#include "report.h"
#include "season.h"
#include "weather.h"

/* Keeps the warnings about the plan itself (land, calendar, labour, the economy's shares):
 * cold damage and a missed target are what one example winter did, for `run` to report. */
static void keep_plan_warnings(season_result *r)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_warnings; i++) {
		warning_kind k = r->warnings[i].kind;
		if (k != WARN_COLD_DAMAGE && k != WARN_FROST_KILLED && k != WARN_TARGET_MISSED)
			r->warnings[n++] = r->warnings[i];
	}
	r->n_warnings = n;
}

/* The season's plan warnings and errors (an immature crop is an error, as in `run`). */
static int check_season(const cli_options *o, const scenario *s)
{
	weather_series w;
	weather_series_init(&w);
	diag_list dl;
	diag_list_init(&dl);
	int status = EXIT_OK;
	season_result r;
	season_result_init(&r);
	if (!weather_build(s, 0, &w, &dl) || dl.out_of_memory) {
		status = EXIT_BAD_INPUT;
	} else if (!season_run(s, &w, &r, NULL, NULL)) {
		fputs("vudong: error: out of memory while simulating the season\n", stderr);
		status = EXIT_RUNTIME;
	} else {
		keep_plan_warnings(&r);
		report_warnings_to_diags(s, &w, &r, o->lang, &dl);
		if (report_has_errors(&r))
			status = EXIT_BAD_INPUT;
	}
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	season_result_fini(&r);
	weather_series_fini(&w);
	return status;
}

int cmd_check(const cli_options *o)
{
	scenario s;
	int status = cli_load_scenario_mode(o->files[0], SCENARIO_LOAD_CHECK, &s);
	if (status != EXIT_OK)
		return status;
	status = check_season(o, &s);
	scenario_fini(&s);
	return status;
}
