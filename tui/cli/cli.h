/* cli.h - the command line (DESIGN §5): parsed options, the commands, and the helpers every
 * command shares (load a scenario and show its diagnostics, write output atomically). */
#ifndef VUDONG_CLI_H
#define VUDONG_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "i18n.h"
#include "scenario.h"
#include "scenario_load.h"

#include "exit_status.h"

/* FORMAT_PDF: the handout (`run` only); FORMAT_XLSX: a workbook (sim/xlsx), for run,
 * ensemble, sensitivity and compare; both to -o only. */
typedef enum { FORMAT_TEXT, FORMAT_CSV, FORMAT_JSON, FORMAT_PDF, FORMAT_XLSX } report_format_opt;
typedef enum {
	TABLE_ITEMS, TABLE_COMMUNES, TABLE_CROPS, TABLE_DISTRICT, TABLE_DAILY,
	TABLE_SEASONS,               /* `ensemble` only (main.c refuses it elsewhere) */
	TABLE_LABOUR                 /* `run` only */
} report_table_opt;

struct cmd_entry;

typedef struct {
	const struct cmd_entry *cmd; /* the command (cmd_table.h); the interface without a word */
	unsigned given;             /* the options given: OPT_BIT()s of cmd_table.h */
	const char *files[2];       /* positional files (NULL = built-in scenario) */
	int n_files;
	report_format_opt format;
	report_table_opt table;
	const char *output;         /* -o FILE, NULL = stdout */
	bool force;
	lang lang;
	bool lang_given;            /* --lang given (else the remembered one, else the environment) */
	bool no_color, ascii;
	int theme;                  /* --theme: theme_id, -1 = not given */
	bool present, demo;         /* --present, --demo (the interface) */
	const char *story;          /* --story FILE: tell this story (the interface) */
	int seasons;                /* --seasons, 0 = not given */
	long seed;                  /* --seed, -1 = not given */
	int threads;                /* --threads (ensemble), 0 = not given: one per CPU */
	double step_pct;            /* --step, 0 = not given */
	bool record;                /* --record (weather, ensemble): the station record's winters */
	int year_from, year_to;     /* --years A-B (with --record), 0 = not given */
	const char *next;           /* scenario --next FILE: next season's scenario of FILE */
} cli_options;

/* Commands: each returns an exit status. */
int cmd_check(const cli_options *o);     /* tui/cli/cmd_check.c */
int cmd_scenario(const cli_options *o);  /* tui/cli/cmd_scenario.c */
int cmd_next(const cli_options *o);      /* tui/cli/cmd_next.c: `scenario --next FILE` */
int cmd_run(const cli_options *o);       /* tui/cli/cmd_run.c */
int cmd_run_pdf(const cli_options *o);   /* tui/cli/cmd_handout.c: run --format pdf -o FILE */
int cmd_weather(const cli_options *o);   /* tui/cli/cmd_weather.c */
/* `weather --seasons N` or `--record`: several seasons (tui/cli/cmd_weather_seasons.c). */
int cmd_weather_seasons(const cli_options *o);
int cmd_ensemble(const cli_options *o);  /* tui/cli/cmd_ensemble.c */
int cmd_sensitivity(const cli_options *o); /* tui/cli/cmd_sensitivity.c */
int cmd_compare(const cli_options *o);   /* tui/cli/cmd_compare.c: files[0] and files[1] */
int cmd_interface(const cli_options *o); /* tui/cli/cmd_interface.c: loads, then tui_main */

/* Prints every diagnostic to stderr as FILE:LINE:COL: severity: message, sorted, in the
 * language cli_set_diag_lang chose (main.c: --lang, else the environment). */
void cli_print_diags(const diag_list *dl);
void cli_set_diag_lang(lang l);
/* Loads `file` (NULL = the built-in scenario; a relative path that does not exist here is
 * looked up in the installed data folder, data_dir.h; out->path is the file read), prints its
 * diagnostics. Returns EXIT_OK with *out loaded, or EXIT_BAD_INPUT (out empty). */
int cli_load_scenario(const char *file, scenario *out);
/* The same with what the file must hold (scenario_load.h: `weather` needs no crops). */
int cli_load_scenario_mode(const char *file, scenario_load_mode mode, scenario *out);
/* Writes data to o->output atomically (honouring --force; atomic_file.h) or to stdout.
 * Returns an exit status: EXIT_BAD_INPUT when the file exists without --force, EXIT_RUNTIME
 * on I/O errors (the old file is then untouched). */
int cli_write_output(const cli_options *o, const char *data, size_t len);
/* Before any work: refuses (message, EXIT_BAD_INPUT) an -o target that is not a regular
 * file, exists without --force, or is read-only; `-` and /dev/stdout are standard output. */
int cli_check_output(const cli_options *o);
/* After a writer that wrote o->output itself (the workbook): prints dl and returns EXIT_OK,
 * EXIT_BAD_INPUT when the file was refused (as cli_write_output) or EXIT_RUNTIME. */
int cli_finish_file(const cli_options *o, bool ok, const diag_list *dl);
/* Language from LANGUAGE, LC_ALL, LC_MESSAGES, LANG; Vietnamese when none names vi or en. */
lang cli_lang_from_env(void);

#endif
