/* cmd_study.h - what `vudong ensemble`, `sensitivity` and `compare` share: their report
 * options from the command line (--table names a level of rows, or is refused), and the exit
 * status of a study that failed. */
#ifndef VUDONG_CMD_STUDY_H
#define VUDONG_CMD_STUDY_H

#include <stdbool.h>

#include "cli.h"
#include "diag.h"
#include "report_study.h"

/* Fills so from o. `levels` lists the --table values the command accepts (NULL: none);
 * another --table prints a usage error naming the command and returns EXIT_BAD_INPUT. */
int cmd_study_options(const cli_options *o, const char *command, const report_table *levels,
		      int n_levels, study_options *so);
/* EXIT_RUNTIME when dl says memory ran out, else EXIT_BAD_INPUT. */
int cmd_study_failure(const diag_list *dl);

#endif
