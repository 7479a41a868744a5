/* cmd_study.h - what `vudong ensemble`, `sensitivity` and `compare` share: their report
 * options from the command line (--table names a level of rows, or is refused), the check
 * of -o, the exit status of a study that failed, and writing the finished report. */
#ifndef VUDONG_CMD_STUDY_H
#define VUDONG_CMD_STUDY_H

#include <stdbool.h>

#include "cli.h"
#include "diag.h"
#include "report_study.h"
#include "scenario.h"
#include "strbuf.h"

/* Fills so from o. `levels` lists the --table values the command accepts (NULL: none);
 * another --table prints a usage error naming the command and returns EXIT_BAD_INPUT. Then
 * refuses an existing -o without --force (cmd_report_check_output). */
int cmd_study_prepare(const cli_options *o, const char *command, const report_table *levels,
		      int n_levels, study_options *so);
/* cmd_study_prepare, then loads the command's scenario (its first file, the built-in
 * without one; cmd_report_load). On EXIT_OK, s is filled (the caller fini's it). */
int cmd_study_load(const cli_options *o, const char *command, const report_table *levels,
		   int n_levels, study_options *so, scenario *s);
/* EXIT_RUNTIME when dl says memory ran out, else EXIT_BAD_INPUT. */
int cmd_study_failure(const diag_list *dl);
/* Prints dl. When the study ran (ok), writes sb, which `written` says holds the whole report
 * (cmd_report_emit); otherwise returns cmd_study_failure(dl). */
int cmd_study_finish(const cli_options *o, const diag_list *dl, bool ok, const strbuf *sb,
		     bool written);

#endif
