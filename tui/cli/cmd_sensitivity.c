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
	scenario s;
	int status = cmd_study_load(o, "sensitivity", NULL, 0, &so, &s);
	if (status != EXIT_OK)
		return status;

	sensitivity_result sr;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = sensitivity_run(&s, o->step_pct > 0 ? o->step_pct : DEFAULT_STEP_PCT, &sr, &dl);
	strbuf sb;
	strbuf_init(&sb);
	if (ok && o->format == FORMAT_XLSX) {
		/* The workbook's own diagnostics join the run's. */
		bool written = xlsx_write_sensitivity(o->output, &s, &sr, &so, o->force, &dl);
		status = cli_finish_file(o, written, &dl);
	} else {
		bool written = ok && report_write_sensitivity(&sb, &s, &sr, &so);
		status = cmd_study_finish(o, &dl, ok, &sb, written);
	}
	strbuf_fini(&sb);
	diag_list_fini(&dl);
	scenario_fini(&s);
	return status;
}
