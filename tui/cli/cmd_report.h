/* cmd_report.h - what `vudong run` and `vudong weather` share: loading the scenario and its
 * weather with diagnostics on stderr, the report options from the command line, and writing
 * the finished report (stdout, or -o atomically). */
#ifndef VUDONG_CMD_REPORT_H
#define VUDONG_CMD_REPORT_H

#include "cli.h"
#include "report.h"
#include "scenario.h"
#include "strbuf.h"
#include "weather.h"

/* Refuses early when -o names an existing file without --force (prints why). Returns
 * EXIT_OK or EXIT_BAD_INPUT. */
int cmd_report_check_output(const cli_options *o);
/* Refuses an existing -o without --force (cmd_report_check_output), then loads the command's
 * scenario: its first file, the built-in without one (`mode`: what the file must hold);
 * prints every diagnostic. On EXIT_OK, s is filled (the caller fini's it). */
int cmd_report_load(const cli_options *o, scenario_load_mode mode, scenario *s);
/* cmd_report_load, then builds the scenario's weather; prints every diagnostic. On EXIT_OK, s and w are filled (the caller fini's both);
 * otherwise they are empty. */
int cmd_report_prepare(const cli_options *o, scenario_load_mode mode, scenario *s,
		       weather_series *w);
report_options cmd_report_options(const cli_options *o);
/* Writes the finished buffer (or says "out of memory" when ok is false). */
int cmd_report_emit(const cli_options *o, const strbuf *sb, bool ok);

#endif
