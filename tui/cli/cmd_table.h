/* cmd_table.h - the command line as two tables (after tmux's cmd_entry): every option with
 * its names, the value it needs and how that value is read; every command with its usage
 * line, the files it takes, the options it uses, a one-line summary and its handler.
 * Parsing, the checks of which option goes with which command, dispatch and --help all read
 * these tables (cmd_args.c); the man page's SYNOPSIS is checked against them (test_cli). */
#ifndef VUDONG_CMD_TABLE_H
#define VUDONG_CMD_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cli.h"

typedef enum {
	OPT_FORMAT, OPT_TABLE, OPT_SEASONS, OPT_SEED, OPT_RECORD, OPT_YEARS, OPT_THREADS, OPT_STEP,
	OPT_OUTPUT,
	OPT_FORCE, OPT_LANG, OPT_NO_COLOR, OPT_ASCII, OPT_THEME, OPT_PRESENT, OPT_DEMO, OPT_STORY, OPT_HELP, OPT_VERSION, OPT_NEXT,
	OPT_COUNT
} cli_opt;

#define OPT_BIT(id) (1u << (id))

typedef struct {
	cli_opt id;
	const char *name;          /* "--format", "-o" */
	const char *alias;         /* another name ("--output", "-h"), or NULL */
	const char *value;         /* the value as --help shows it ("text|csv|json"); NULL: a flag */
	const char *help;          /* --help's text; '\n' continues it on the next line */
	/* Which commands take it, in a misuse message, when more than one does: "the commands
	 * that write a report"; NULL: the message names the command or says "does not apply". */
	const char *applies;
	/* Reads the value (NULL for a flag) into o. Returns NULL, or the message (a printf
	 * format with one %s, the value) that says why the value is refused. */
	const char *(*set)(cli_options *o, const char *value);
	/* An option that acts at once instead of running a command (--help, --version: the
	 * parser prints and exits, cmd_args.c); false for the others. */
	bool act;
} cli_option_entry;

typedef struct cmd_entry {
	const char *name;          /* the command word; NULL: the interface (no command word) */
	const char *usage;         /* what follows "vudong NAME" on --help's usage line */
	const char *summary;       /* --help's one line */
	int files_min, files_max;  /* how many scenario files it takes */
	unsigned options;          /* OPT_BIT()s it uses: --help, the SYNOPSIS */
	unsigned ignored;          /* OPT_BIT()s it accepts and ignores (they change nothing) */
	int (*exec)(const cli_options *o);   /* returns the exit status */
} cmd_entry;

extern const cli_option_entry cli_option_table[];
extern const size_t cli_option_count;
extern const cmd_entry cmd_table[];        /* the interface first, then --help's order */
extern const size_t cmd_table_count;

static inline bool cli_option_given(const cli_options *o, cli_opt id)
{
	return (o->given & OPT_BIT(id)) != 0;
}

/* The command named `name`, or the interface for NULL; NULL when there is none. */
const cmd_entry *cmd_find(const char *name);
/* The option named `name` (or its alias), or NULL. */
const cli_option_entry *cli_option_find(const char *name);

/* --help: the usage lines from the command table, the options from the option table, the
 * exit statuses. */
void cli_usage(FILE *f, lang l);
/* Reads argv into o (o->cmd is the interface when no command word is given). Returns -1
 * when the program goes on, else the exit status (--help, --version, a usage error, which
 * is printed). */
int cli_parse_args(int argc, char **argv, cli_options *o);
/* The checks of the command table: the number of files and the options o->cmd does not
 * take. Returns -1 when they pass, else EXIT_BAD_INPUT after printing why. */
int cli_check_args(const cli_options *o);

#endif
