/* cmd_report.c - loading, option mapping and output shared by `run` and `weather`. */
#include "cmd_report.h"

#include <stdio.h>

#include "atomic_file.h"
#include "clock.h"

int cmd_report_check_output(const cli_options *o)
{
	return cli_check_output(o);
}

int cmd_report_load(const cli_options *o, scenario_load_mode mode, scenario *s)
{
	int status = cmd_report_check_output(o);
	if (status != EXIT_OK)
		return status;
	return cli_load_scenario_mode(o->n_files ? o->files[0] : NULL, mode, s);
}

int cmd_report_prepare(const cli_options *o, scenario_load_mode mode, scenario *s,
		       weather_series *w)
{
	weather_series_init(w);
	int status = cmd_report_load(o, mode, s);
	if (status != EXIT_OK)
		return status;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = weather_build(s, 0, w, &dl);
	cli_print_diags(&dl);
	if (ok && dl.out_of_memory)
		ok = false;
	diag_list_fini(&dl);
	if (!ok) {
		weather_series_fini(w);
		scenario_fini(s);
		return EXIT_BAD_INPUT;
	}
	return EXIT_OK;
}

report_options cmd_report_options(const cli_options *o)
{
	static const report_format formats[] = {
		[FORMAT_TEXT] = REPORT_TEXT, [FORMAT_CSV] = REPORT_CSV, [FORMAT_JSON] = REPORT_JSON,
		[FORMAT_XLSX] = REPORT_CSV,   /* the workbook's sheets are the CSV tables */
	};
	static const report_table tables[] = {
		[TABLE_ITEMS] = REPORT_ITEMS, [TABLE_COMMUNES] = REPORT_COMMUNES,
		[TABLE_CROPS] = REPORT_CROPS, [TABLE_DISTRICT] = REPORT_DISTRICT,
		[TABLE_DAILY] = REPORT_DAILY,
		[TABLE_SEASONS] = REPORT_DISTRICT,   /* never reached: main.c keeps it to `ensemble` */
		[TABLE_LABOUR] = REPORT_LABOUR,
	};
	report_options ro = { .format = formats[o->format], .table = tables[o->table], .lang = o->lang };
	ro.prepared = clock_today();
	ro.has_prepared = ro.prepared != DATE_NONE;
	return ro;
}

int cmd_report_emit(const cli_options *o, const strbuf *sb, bool ok)
{
	if (!ok || sb->oom) {
		fputs("vudong: error: out of memory while writing the report\n", stderr);
		return EXIT_RUNTIME;
	}
	return cli_write_output(o, strbuf_str(sb), sb->len);
}
