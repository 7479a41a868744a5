/* cmd_sensitivity.c - `vudong sensitivity [FILE] [--step PCT]`: the one-at-a-time runs
 * (±PCT %, default 10, on price, potential yield, area, Ky, Kc mid; ±1 °C; ±20 % rain) and
 * the tornado table as text, CSV or JSON. */
#include <stdio.h>

#include "cli.h"
#include "cmd_study.h"
#include "report_study.h"
#include "xlsx_reports.h"
#include "sensitivity.h"

#define DEFAULT_STEP_PCT 10.0

int cmd_sensitivity(const cli_options *o)
{
	study_options so;
	int status = cmd_study_prepare(o, "sensitivity", NULL, 0, &so);
	if (status != EXIT_OK)
		return status;
	scenario s;
	status = cli_load_scenario(o->n_files ? o->files[0] : NULL, &s);
	if (status != EXIT_OK)
		return status;

	sensitivity_result sr;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = sensitivity_run(&s, o->step_pct > 0 ? o->step_pct : DEFAULT_STEP_PCT, &sr, &dl);
	strbuf sb;
	strbuf_init(&sb);
	if (ok && o->format == FORMAT_XLSX) {
		cli_print_diags(&dl);
		diag_list xdl;
		diag_list_init(&xdl);
		status = cli_finish_file(o, xlsx_write_sensitivity(o->output, &s, &sr, &so, o->force,
								   &xdl), &xdl);
		diag_list_fini(&xdl);
	} else {
		bool written = ok && report_write_sensitivity(&sb, &s, &sr, &so);
		status = cmd_study_finish(o, &dl, ok, &sb, written);
	}
	strbuf_fini(&sb);
	diag_list_fini(&dl);
	scenario_fini(&s);
	return status;
}
