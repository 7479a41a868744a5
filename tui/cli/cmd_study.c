/* cmd_study.c - report options, the -o check, failure status and report output shared by
 * ensemble, sensitivity, compare. */
#include "cmd_study.h"

#include <stdio.h>
#include <string.h>

#include "cmd_report.h"
#include "cmd_table.h"
#include "i18n.h"

/* The --table part of cmd_study_prepare. */
static int study_options_fill(const cli_options *o, const char *command,
			      const report_table *levels, int n_levels, study_options *so)
{
	report_options ro = cmd_report_options(o);
	memset(so, 0, sizeof *so);
	so->format = ro.format;
	so->lang = ro.lang;
	so->has_prepared = ro.has_prepared;
	so->prepared = ro.prepared;
	if (!cli_option_given(o, OPT_TABLE))
		return EXIT_OK;
	for (int i = 0; i < n_levels; i++) {
		if (levels[i] == ro.table) {
			so->has_level = true;
			so->level = ro.table;
			return EXIT_OK;
		}
	}
	lang l = o->lang;
	fputs(tr(l, "vudong: error: "), stderr);
	if (n_levels == 0) {
		fprintf(stderr, tr(l, "--table does not apply to `%s`"), command);
	} else {
		char names[128] = "";
		size_t used = 0;
		for (int i = 0; i < n_levels && used < sizeof names; i++)
			used += (size_t)snprintf(names + used, sizeof names - used, "%s%s",
						 i == 0 ? "" : i + 1 < n_levels ? ", " : tr(l, " or "),
						 report_table_name(levels[i]));
		fprintf(stderr, tr(l, "--table for `%s` must be %s, not '%s'"), command, names,
			report_table_name(ro.table));
	}
	fprintf(stderr, "\n%s\n", tr(l, "Try 'vudong --help'."));
	return EXIT_BAD_INPUT;
}

int cmd_study_prepare(const cli_options *o, const char *command, const report_table *levels,
		      int n_levels, study_options *so)
{
	int status = study_options_fill(o, command, levels, n_levels, so);
	return status == EXIT_OK ? cmd_report_check_output(o) : status;
}

int cmd_study_load(const cli_options *o, const char *command, const report_table *levels,
		   int n_levels, study_options *so, scenario *s)
{
	int status = study_options_fill(o, command, levels, n_levels, so);
	return status == EXIT_OK ? cmd_report_load(o, SCENARIO_LOAD_FULL, s) : status;
}

int cmd_study_failure(const diag_list *dl)
{
	if (dl->out_of_memory)
		return EXIT_RUNTIME;
	for (size_t i = 0; i < dl->count; i++)
		if (dl->items[i].message && strstr(dl->items[i].message, "out of memory"))
			return EXIT_RUNTIME;
	return EXIT_BAD_INPUT;
}

int cmd_study_finish(const cli_options *o, const diag_list *dl, bool ok, const strbuf *sb,
		     bool written)
{
	cli_print_diags(dl);
	return ok ? cmd_report_emit(o, sb, written) : cmd_study_failure(dl);
}
