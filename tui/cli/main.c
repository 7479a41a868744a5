/* main.c - the command line: parses options, dispatches to a command or the interface. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "theme_spec.h"

static void usage(FILE *f)
{
	fputs("Usage: vudong [OPTIONS] [FILE.yaml]        the interface (built-in Bình Liêu scenario without FILE)\n"
	      "       vudong check FILE.yaml             validate; print diagnostics only\n"
	      "       vudong run [FILE.yaml]             simulate the season and report\n"
	      "       vudong weather [FILE.yaml]         the daily weather the run uses, with ET0\n"
	      "       vudong ensemble [FILE.yaml]        many seasons: distributions and risks\n"
	      "       vudong sensitivity [FILE.yaml]     one-at-a-time tornado table (±PCT %)\n"
	      "       vudong compare A.yaml B.yaml       two scenarios side by side, with differences\n"
	      "       vudong scenario                    print the built-in scenario as YAML\n"
	      "\n"
	      "Options:\n"
	      "  --format text|csv|json|pdf report format (default text); pdf: `run` only, with -o,\n"
	      "                             a two-page A4 handout with charts\n"
	      "  --table items|communes|crops|district|daily\n"
	      "                             which table `run` writes in csv/json (default items);\n"
	      "                             for ensemble and compare: only that level's rows\n"
	      "  --seasons N                ensemble: seasons (default the scenario's, else 30)\n"
	      "  --seed S                   ensemble: seeds S..S+N-1 (default the scenario's seed)\n"
	      "  --threads N                ensemble: threads (default one per CPU; results are the same)\n"
	      "  --step PCT                 sensitivity: the change of each parameter (default 10)\n"
	      "  -o FILE                    write the report to FILE (atomic)\n"
	      "  --force                    let -o replace an existing file\n"
	      "  --lang vi|en               language of the interface and the text report\n"
	      "  --theme dark|light|contrast|mono\n"
	      "                             the interface's colours (remembered in\n"
	      "                             $XDG_CONFIG_HOME/vudong/config, else ~/.config/vudong/config)\n"
	      "  --present                  start in the presentation view (big headline figures)\n"
	      "  --demo                     tell the built-in guided story (Space next, Left back,\n"
	      "                             R from the start, Esc to take over)\n"
	      "  --story FILE.yaml          tell the story in FILE (docs/workshop.md)\n"
	      "  --no-color                 monochrome interface (also NO_COLOR=1)\n"
	      "  --ascii                    no Unicode line drawing or bars in the interface\n"
	      "  --help, --version\n"
	      "\n"
	      "Exit status: 0 success (warnings allowed), 1 run-time failure (I/O), 2 bad usage or input;\n"
	      "the interface stopped by signal N: 128+N, its unsaved edits kept in a recovery file\n"
	      "under $XDG_STATE_HOME/vudong (else ~/.local/state/vudong) and offered at the next start.\n",
	      f);
}

static int bad_usage(const char *fmt, const char *arg)
{
	fputs("vudong: error: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\nTry 'vudong --help'.\n", stderr);
	return EXIT_BAD_INPUT;
}

static int parse_choice(const char *arg, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(arg, names[i]) == 0)
			return i;
	return -1;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (end == s || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

/* A percentage in (0, 100): "10", "2.5". */
static bool parse_step(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || *end || !(v > 0.0 && v < 100.0))
		return false;
	*out = v;
	return true;
}

static const char *const commands[] = { "check", "run", "weather", "scenario", "ensemble",
					"sensitivity", "compare" };
#define N_COMMANDS ((int)(sizeof commands / sizeof commands[0]))

/* Returns -1 when parsing succeeded, else an exit status. */
static int parse_args(int argc, char **argv, cli_options *o)
{
	static const char *const formats[] = { "text", "csv", "json", "pdf" };
	static const char *const tables[] = { "items", "communes", "crops", "district", "daily" };
	bool options_done = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
		if (!options_done && a[0] == '-' && a[1] != 0) {
			if (strcmp(a, "--") == 0) {
				options_done = true;
				continue;
			}
			if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
				usage(stdout);
				return EXIT_OK;
			}
			if (strcmp(a, "--version") == 0) {
				printf("vudong %s\n", VUDONG_VERSION);
				return EXIT_OK;
			}
			if (strcmp(a, "--force") == 0) { o->force = true; continue; }
			if (strcmp(a, "--no-color") == 0) { o->no_color = true; continue; }
			if (strcmp(a, "--ascii") == 0) { o->ascii = true; continue; }
			if (strcmp(a, "--present") == 0) { o->present = true; continue; }
			if (strcmp(a, "--demo") == 0) { o->demo = true; continue; }
			/* Options with a value: "--opt VALUE" or "--opt=VALUE". */
			char name[32];
			const char *eq = strchr(a, '=');
			size_t len = eq ? (size_t)(eq - a) : strlen(a);
			static const char *const with_value[] = { "--format", "--table", "-o", "--output",
								  "--lang", "--seasons", "--seed", "--step",
								  "--threads", "--theme", "--story" };
			if (len >= sizeof name)
				return bad_usage("unknown option '%s'", a);
			memcpy(name, a, len);
			name[len] = 0;
			if (parse_choice(name, with_value, (int)(sizeof with_value / sizeof with_value[0])) < 0)
				return bad_usage("unknown option '%s'", name);
			if (eq)
				val = eq + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else
				return bad_usage("option '%s' needs a value", a);
			int c;
			long l;
			if (strcmp(name, "--format") == 0) {
				if ((c = parse_choice(val, formats, 4)) < 0)
					return bad_usage("--format must be text, csv, json or pdf, not '%s'", val);
				o->format = (report_format_opt)c;
				o->format_given = true;
			} else if (strcmp(name, "--table") == 0) {
				if ((c = parse_choice(val, tables, 5)) < 0)
					return bad_usage("--table must be items, communes, crops, district or daily, not '%s'", val);
				o->table = (report_table_opt)c;
				o->table_given = true;
			} else if (strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0) {
				o->output = val;
			} else if (strcmp(name, "--lang") == 0) {
				if ((c = lang_parse(val)) < 0)
					return bad_usage("--lang must be vi or en, not '%s'", val);
				o->lang = (lang)c;
				o->lang_given = true;
			} else if (strcmp(name, "--story") == 0) {
				o->story = val;
			} else if (strcmp(name, "--theme") == 0) {
				if ((o->theme = theme_parse(val)) < 0)
					return bad_usage("--theme must be dark, light, contrast or mono, not '%s'", val);
			} else if (strcmp(name, "--seasons") == 0) {
				if (!parse_long(val, 1, 100000, &l))
					return bad_usage("--seasons must be a whole number from 1 to 100000, not '%s'", val);
				o->seasons = (int)l;
			} else if (strcmp(name, "--seed") == 0) {
				if (!parse_long(val, 0, 2147483647L, &l))
					return bad_usage("--seed must be a whole number from 0, not '%s'", val);
				o->seed = l;
			} else if (strcmp(name, "--threads") == 0) {
				if (!parse_long(val, 1, 256, &l))
					return bad_usage("--threads must be a whole number from 1 to 256, not '%s'", val);
				o->threads = (int)l;
			} else if (strcmp(name, "--step") == 0) {
				if (!parse_step(val, &o->step_pct))
					return bad_usage("--step must be a percentage above 0 and below 100, not '%s'", val);
			}
			continue;
		}
		if (!o->command && o->n_files == 0 && parse_choice(a, commands, N_COMMANDS) >= 0) {
			o->command = a;
			continue;
		}
		if (o->n_files >= 2)
			return bad_usage("too many files ('%s')", a);
		o->files[o->n_files++] = a;
	}
	return -1;
}

int main(int argc, char **argv)
{
	/* A file-size limit (ulimit -f) makes a write fail with EFBIG, which is reported like
	 * any write error, instead of killing the program part way through a file. */
	signal(SIGXFSZ, SIG_IGN);
	cli_options o = { .lang = cli_lang_from_env(), .seed = -1, .theme = -1 };
	int status = parse_args(argc, argv, &o);
	if (status >= 0)
		return status;
	if (getenv("NO_COLOR") && *getenv("NO_COLOR"))
		o.no_color = true;
	bool is_compare = o.command && strcmp(o.command, "compare") == 0;
	if (o.n_files > 1 && !is_compare)
		return bad_usage("this command takes one file, not '%s' too", o.files[1]);
	if (o.command && o.step_pct > 0 && strcmp(o.command, "sensitivity") != 0)
		return bad_usage("%s applies to `sensitivity` only", "--step");
	if (o.command && (o.seasons > 0 || o.seed >= 0 || o.threads > 0) &&
	    strcmp(o.command, "ensemble") != 0)
		return bad_usage("%s apply to `ensemble` only", "--seasons, --seed and --threads");
	if (o.format == FORMAT_PDF && (!o.command || strcmp(o.command, "run") != 0))
		return bad_usage("%s applies to `run` only", "--format pdf");
	if (o.format == FORMAT_PDF && !o.output)
		return bad_usage("%s writes a file: give -o FILE.pdf", "--format pdf");
	if (o.command && (o.theme >= 0 || o.present || o.demo || o.story))
		return bad_usage("%s apply to the interface only", "--theme, --present, --demo and --story");
	if ((o.output || o.force) && (!o.command || strcmp(o.command, "check") == 0))
		return bad_usage(o.command ? "%s applies to the commands that write a report, not to `check`"
				 : "%s applies to the commands that write a report, not to the interface",
				 o.output ? "-o" : "--force");
	if (!o.command)
		return cmd_interface(&o);
	if (strcmp(o.command, "check") == 0) {
		if (o.n_files == 0)
			return bad_usage("%s needs a scenario file", "check");
		return cmd_check(&o);
	}
	if (strcmp(o.command, "run") == 0)
		return cmd_run(&o);
	if (strcmp(o.command, "weather") == 0)
		return cmd_weather(&o);
	if (strcmp(o.command, "ensemble") == 0)
		return cmd_ensemble(&o);
	if (strcmp(o.command, "sensitivity") == 0)
		return cmd_sensitivity(&o);
	if (is_compare) {
		if (o.n_files != 2)
			return bad_usage("%s takes two scenario files: vudong compare A.yaml B.yaml",
					 "compare");
		return cmd_compare(&o);
	}
	if (o.n_files > 0)
		return bad_usage("scenario takes no file ('%s')", o.files[0]);
	return cmd_scenario(&o);
}
