/* cmd_args.c - the command line read through the tables of cmd_table.c: argv into
 * cli_options, the checks of the files and options a command takes, and --help. */
#include "cmd_table.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "textwidth.h"

#define USAGE_COL 34    /* --help: "vudong NAME USAGE" padded to this, then the summary */
#define OPTION_COL 26   /* --help: "--name VALUE" padded to this, then its text */

/* A usage error in language l: fmt is the English message, looked up in the catalogue. */
static int bad_usage(lang l, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs(tr(l, "vudong: error: "), stderr);
	vfprintf(stderr, tr(l, fmt), ap);
	fputs("\n", stderr);
	fputs(tr(l, "Try 'vudong --help'."), stderr);
	fputs("\n", stderr);
	va_end(ap);
	return EXIT_BAD_INPUT;
}

void cli_usage(FILE *f, lang l)
{
	for (size_t i = 0; i < cmd_table_count; i++) {
		const cmd_entry *c = &cmd_table[i];
		char left[128];
		snprintf(left, sizeof left, "vudong%s%s%s%s", c->name ? " " : "",
			 c->name ? c->name : "", c->usage[0] ? " " : "", c->usage);
		const char *lead = tr(l, "Usage: ");
		if (i == 0)
			fputs(lead, f);
		else
			fprintf(f, "%*s", text_width(lead), "");
		fprintf(f, "%-*s %s\n", USAGE_COL, left, tr(l, c->summary));
	}
	fputs("\n", f);
	fputs(tr(l, "Options:"), f);
	fputs("\n", f);
	for (size_t i = 0; i < cli_option_count; i++) {
		const cli_option_entry *e = &cli_option_table[i];
		char left[128];
		snprintf(left, sizeof left, "%s%s%s", e->name, e->value ? " " : "",
			 e->value ? e->value : "");
		if ((int)strlen(left) > OPTION_COL)
			fprintf(f, "  %s\n%*s", left, OPTION_COL + 3, "");
		else
			fprintf(f, "  %-*s ", OPTION_COL, left);
		for (const char *h = tr(l, e->help); *h;) {
			size_t n = strcspn(h, "\n");
			fprintf(f, "%.*s\n", (int)n, h);
			h += n;
			if (*h == '\n' && *++h)
				fprintf(f, "%*s", OPTION_COL + 3, "");
		}
	}
	fputs("\n", f);
	fputs(tr(l, "Exit status: 0 success (warnings allowed), 1 run-time failure (I/O), 2 bad usage or input;\n"
		    "the interface stopped by signal N: 128+N, its unsaved edits kept in a recovery file\n"
		    "under $XDG_STATE_HOME/vudong (else ~/.local/state/vudong) and offered at the next start.\n"),
	      f);
}

/* One option argument at argv[*i] ("--opt", "--opt VALUE", "--opt=VALUE"). Returns -1 when
 * it was read, else the exit status. */
static int parse_option(int argc, char **argv, int *i, cli_options *o)
{
	const char *a = argv[*i];
	const char *eq = strchr(a, '=');
	int len = (int)(eq ? (size_t)(eq - a) : strlen(a));
	char name[64];
	snprintf(name, sizeof name, "%.*s", len, a);
	const cli_option_entry *e = (size_t)len < sizeof name ? cli_option_find(name) : NULL;
	if (!e || (eq && !e->value))
		return bad_usage(o->lang, "unknown option '%.*s'", len, a);
	if (e->act && e->id == OPT_HELP) {
		cli_usage(stdout, o->lang);
		return EXIT_OK;
	}
	if (e->act) {
		printf("vudong %s\n", VUDONG_VERSION);
		return EXIT_OK;
	}
	const char *val = NULL;
	if (e->value) {
		if (eq)
			val = eq + 1;
		else if (*i + 1 < argc)
			val = argv[++*i];
		else
			return bad_usage(o->lang, "option '%s' needs a value", a);
	}
	const char *why = e->set(o, val);
	if (why)
		return bad_usage(o->lang, why, val);
	o->given |= OPT_BIT(e->id);
	return -1;
}

int cli_parse_args(int argc, char **argv, cli_options *o)
{
	bool options_done = false;
	o->cmd = NULL;
	/* --help and the usage errors speak the language asked for wherever --lang stands */
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *v = strncmp(argv[i], "--lang=", 7) == 0 ? argv[i] + 7 :
				strcmp(argv[i], "--lang") == 0 && i + 1 < argc ? argv[i + 1] : NULL;
		int l = v ? lang_parse(v) : -1;
		if (l >= 0)
			o->lang = (lang)l;
	}
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!options_done && a[0] == '-' && a[1] != 0) {
			if (strcmp(a, "--") == 0) {
				options_done = true;
				continue;
			}
			int status = parse_option(argc, argv, &i, o);
			if (status >= 0)
				return status;
			continue;
		}
		if (!o->cmd && o->n_files == 0 && cmd_find(a)) {
			o->cmd = cmd_find(a);
			continue;
		}
		if (o->n_files >= 2)
			return bad_usage(o->lang, "too many files ('%s')", a);
		o->files[o->n_files++] = a;
	}
	if (!o->cmd)
		o->cmd = cmd_find(NULL);
	return -1;
}

/* The commands that use option e, as a count and the last one found. */
static int users_of(const cli_option_entry *e, const cmd_entry **user)
{
	int n = 0;
	for (size_t i = 0; i < cmd_table_count; i++)
		if (cmd_table[i].options & OPT_BIT(e->id)) {
			*user = &cmd_table[i];
			n++;
		}
	return n;
}

/* Option e given to command c, which does not take it. When one command alone uses it, the
 * message names with it every other option that command alone uses ("--seasons, --seed and
 * --threads apply to `ensemble` only"). */
static int misused(const cli_option_entry *e, const cmd_entry *c, lang l)
{
	char where[64];
	if (c->name)
		snprintf(where, sizeof where, "`%s`", c->name);
	else
		snprintf(where, sizeof where, "%s", tr(l, "the interface"));
	if (e->applies)
		return bad_usage(l, "%s applies to %s, not to %s", e->name, tr(l, e->applies), where);
	const cmd_entry *user = NULL;
	if (users_of(e, &user) != 1)
		return bad_usage(l, "%s does not apply to %s", e->name, where);
	const char *group[OPT_COUNT];
	int n = 0;
	for (size_t i = 0; i < cli_option_count; i++) {
		const cmd_entry *u = NULL;
		if (users_of(&cli_option_table[i], &u) == 1 && u == user)
			group[n++] = cli_option_table[i].name;
	}
	char names[256] = "";
	for (int i = 0; i < n; i++) {
		size_t at = strlen(names);
		snprintf(names + at, sizeof names - at, "%s%s",
			 i == 0 ? "" : i + 1 < n ? ", " : " and ", group[i]);
	}
	return bad_usage(l, n > 1 ? "%s apply to `%s` only" : "%s applies to `%s` only", names,
			 user->name);
}

/* The rules between options: --years needs --record; the record's winters each have their own
 * seed, so --record takes neither --seasons nor --seed; `--table seasons` is ensemble's,
 * `--table labour` run's. */
static int check_option_pairs(const cli_options *o)
{
	if (cli_option_given(o, OPT_YEARS) && !o->record)
		return bad_usage(o->lang, "%s needs --record (the years of the record's winters)", "--years");
	if (o->record && (cli_option_given(o, OPT_SEASONS) || cli_option_given(o, OPT_SEED)))
		return bad_usage(o->lang, "%s: one season per winter of the record, each with its own seed",
				 "--record takes neither --seasons nor --seed");
	if (o->format == FORMAT_PDF && (!o->cmd->name || strcmp(o->cmd->name, "run") != 0))
		return bad_usage(o->lang, "%s applies to `run` only", "--format pdf");
	if (o->format == FORMAT_PDF && !o->output)
		return bad_usage(o->lang, "%s writes a file: give -o FILE.pdf", "--format pdf");
	if (o->format == FORMAT_XLSX) {
		static const char *const takes[] = { "run", "ensemble", "sensitivity", "compare" };
		bool ok = false;
		for (size_t i = 0; i < sizeof takes / sizeof takes[0]; i++)
			ok |= o->cmd->name && strcmp(o->cmd->name, takes[i]) == 0;
		if (!ok)
			return bad_usage(o->lang, "%s applies to run, ensemble, sensitivity and compare only",
					 "--format xlsx");
		if (!o->output || strcmp(o->output, "-") == 0 || strcmp(o->output, "/dev/stdout") == 0)
			return bad_usage(o->lang, "%s writes a workbook, not text for a terminal: give -o FILE.xlsx",
					 "--format xlsx");
		if (cli_option_given(o, OPT_TABLE))
			return bad_usage(o->lang, "%s has every table, one sheet each: leave out --table",
					 "--format xlsx");
	}
	if (cli_option_given(o, OPT_TABLE) && o->table == TABLE_SEASONS &&
	    (!o->cmd->name || strcmp(o->cmd->name, "ensemble") != 0))
		return bad_usage(o->lang, "%s applies to `ensemble` only", "--table seasons");
	if (cli_option_given(o, OPT_TABLE) && o->table == TABLE_LABOUR &&
	    (!o->cmd->name || strcmp(o->cmd->name, "run") != 0))
		return bad_usage(o->lang, "%s applies to `run` only", "--table labour");
	return -1;
}

int cli_check_args(const cli_options *o)
{
	const cmd_entry *c = o->cmd;
	if (o->n_files > 1 && c->files_max < 2)
		return bad_usage(o->lang, "this command takes one file, not '%s' too", o->files[1]);
	for (size_t i = 0; i < cli_option_count; i++) {
		const cli_option_entry *e = &cli_option_table[i];
		if (cli_option_given(o, e->id) && !((c->options | c->ignored) & OPT_BIT(e->id)))
			return misused(e, c, o->lang);
	}
	if (o->n_files < c->files_min && c->files_min == 1)
		return bad_usage(o->lang, "%s needs a scenario file", c->name);
	if (o->n_files < c->files_min)
		return bad_usage(o->lang, "%s takes two scenario files: vudong %s %s", c->name, c->name,
				 c->usage);
	if (o->n_files > c->files_max)
		return bad_usage(o->lang, "%s takes no file ('%s')", c->name, o->files[0]);
	return check_option_pairs(o);
}
