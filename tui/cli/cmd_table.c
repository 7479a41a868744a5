/* cmd_table.c - the option table (names, values, how each is read) and the command table
 * (usage line, files, options, summary, handler) of the command line. */
#include "cmd_table.h"

#include <stdlib.h>
#include <string.h>

#include "theme_spec.h"

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

static const char *set_format(cli_options *o, const char *v)
{
	static const char *const formats[] = { "text", "csv", "json", "pdf", "xlsx" };
	int c = parse_choice(v, formats, 5);
	if (c < 0)
		return "--format must be text, csv, json, pdf or xlsx, not '%s'";
	o->format = (report_format_opt)c;
	return NULL;
}

static const char *set_table(cli_options *o, const char *v)
{
	static const char *const tables[] = { "items", "communes", "crops", "district", "daily",
					      "seasons", "labour" };
	int c = parse_choice(v, tables, 7);
	if (c < 0)
		return "--table must be items, communes, crops, district, daily, labour or seasons, not '%s'";
	o->table = (report_table_opt)c;
	return NULL;
}

static const char *set_seasons(cli_options *o, const char *v)
{
	long l;
	if (!parse_long(v, 1, ENSEMBLE_SEASONS_MAX, &l))
		return "--seasons must be a whole number from 1 to 100000, not '%s'";
	o->seasons = (int)l;
	return NULL;
}

static const char *set_seed(cli_options *o, const char *v)
{
	if (!parse_long(v, 0, 2147483647L, &o->seed))
		return "--seed must be a whole number from 0, not '%s'";
	return NULL;
}

static const char *set_record(cli_options *o, const char *v)
{
	(void)v;
	o->record = true;
	return NULL;
}

/* "A-B", or "A": that year only. */
static const char *set_years(cli_options *o, const char *v)
{
	char *end;
	long a = strtol(v, &end, 10), b = a;
	bool ok = end != v && a >= 1 && a <= 9999;
	if (ok && *end == '-') {
		const char *s = end + 1;
		b = strtol(s, &end, 10);
		ok = end != s && b >= a && b <= 9999;
	}
	if (!ok || *end)
		return "--years must be a year or two years A-B with A <= B, not '%s'";
	o->year_from = (int)a;
	o->year_to = (int)b;
	return NULL;
}

static const char *set_threads(cli_options *o, const char *v)
{
	long l;
	if (!parse_long(v, 1, 256, &l))
		return "--threads must be a whole number from 1 to 256, not '%s'";
	o->threads = (int)l;
	return NULL;
}

/* A percentage in (0, 100): "10", "2.5". */
static const char *set_step(cli_options *o, const char *v)
{
	char *end;
	double d = strtod(v, &end);
	if (end == v || *end || !(d > 0.0 && d < 100.0))
		return "--step must be a percentage above 0 and below 100, not '%s'";
	o->step_pct = d;
	return NULL;
}

static const char *set_output(cli_options *o, const char *v)
{
	o->output = v;
	return NULL;
}

static const char *set_next(cli_options *o, const char *v)
{
	o->next = v;
	return NULL;
}

static const char *set_force(cli_options *o, const char *v)
{
	(void)v;
	o->force = true;
	return NULL;
}

static const char *set_lang(cli_options *o, const char *v)
{
	int c = lang_parse(v);
	if (c < 0)
		return "--lang must be vi or en, not '%s'";
	o->lang = (lang)c;
	o->lang_given = true;
	return NULL;
}

static const char *set_no_color(cli_options *o, const char *v)
{
	(void)v;
	o->no_color = true;
	return NULL;
}

static const char *set_theme(cli_options *o, const char *v)
{
	if ((o->theme = theme_parse(v)) < 0)
		return "--theme must be dark, light, contrast or mono, not '%s'";
	return NULL;
}

static const char *set_present(cli_options *o, const char *v)
{
	(void)v;
	o->present = true;
	return NULL;
}

static const char *set_demo(cli_options *o, const char *v)
{
	(void)v;
	o->demo = true;
	return NULL;
}

static const char *set_story(cli_options *o, const char *v)
{
	o->story = v;
	return NULL;
}

static const char *set_ascii(cli_options *o, const char *v)
{
	(void)v;
	o->ascii = true;
	return NULL;
}

#define WRITES "the commands that write a report"

const cli_option_entry cli_option_table[] = {
	{ .id = OPT_FORMAT, .name = "--format", .value = "text|csv|json|pdf|xlsx", .set = set_format,
	  .help = "report format (default text); pdf: `run` only, with -o,\n"
		  "a two-page A4 handout with charts; xlsx: an Excel workbook,\n"
		  "every table a sheet (run, ensemble, sensitivity, compare; -o FILE.xlsx)" },
	{ .id = OPT_TABLE, .name = "--table", .value = "items|communes|crops|district|daily|labour|seasons",
	  .set = set_table,
	  .help = "which table `run` writes in csv/json (default items);\n"
		  "for ensemble and compare: only that level's rows;\n"
		  "labour (run): labour by commune and half-month;\n"
		  "seasons (ensemble): one row per season with its losses" },
	{ .id = OPT_SEASONS, .name = "--seasons", .value = "N", .set = set_seasons,
	  .help = "ensemble: seasons (default the scenario's, else 200);\n"
		  "weather: print N generated seasons (a season column first)" },
	{ .id = OPT_SEED, .name = "--seed", .value = "S", .set = set_seed,
	  .help = "ensemble, weather: seeds S..S+N-1 (default the scenario's seed)" },
	{ .id = OPT_RECORD, .name = "--record", .set = set_record,
	  .help = "ensemble, weather: one season per winter of the station record,\n"
		  "replayed from its months (not with --seasons or --seed)" },
	{ .id = OPT_YEARS, .name = "--years", .value = "A-B", .set = set_years,
	  .help = "with --record: only the winters starting in A..B" },
	{ .id = OPT_THREADS, .name = "--threads", .value = "N", .set = set_threads,
	  .help = "ensemble: threads (default one per CPU; results are the same)" },
	{ .id = OPT_STEP, .name = "--step", .value = "PCT", .set = set_step,
	  .help = "sensitivity: the change of each parameter (default 10)" },
	{ .id = OPT_OUTPUT, .name = "-o", .alias = "--output", .value = "FILE", .set = set_output,
	  .applies = WRITES, .help = "write the report to FILE (atomic)" },
	{ .id = OPT_FORCE, .name = "--force", .set = set_force, .applies = WRITES,
	  .help = "let -o replace an existing file" },
	{ .id = OPT_LANG, .name = "--lang", .value = "vi|en", .set = set_lang,
	  .help = "language of the interface and the text report" },
	{ .id = OPT_NO_COLOR, .name = "--no-color", .set = set_no_color,
	  .help = "monochrome interface (also NO_COLOR=1)" },
	{ .id = OPT_ASCII, .name = "--ascii", .set = set_ascii,
	  .help = "no Unicode line drawing or bars in the interface" },
	{ .id = OPT_NEXT, .name = "--next", .value = "FILE", .set = set_next,
	  .help = "scenario: next season's scenario from FILE (dates a year on,\n"
		  "the economy baseline from this season's outlook, a note of what to check)" },
	{ .id = OPT_THEME, .name = "--theme", .value = "dark|light|contrast|mono", .set = set_theme,
	  .help = "the interface's colours (remembered in\n"
		  "$XDG_CONFIG_HOME/vudong/config, else ~/.config/vudong/config)" },
	{ .id = OPT_PRESENT, .name = "--present", .set = set_present,
	  .help = "start in the presentation view (big headline figures)" },
	{ .id = OPT_DEMO, .name = "--demo", .set = set_demo,
	  .help = "tell the built-in guided story (Space next, Left back,\n"
		  "R from the start, Esc to take over)" },
	{ .id = OPT_STORY, .name = "--story", .value = "FILE.yaml", .set = set_story,
	  .help = "tell the story in FILE (docs/workshop.md)" },
	{ .id = OPT_HELP, .name = "--help", .alias = "-h", .act = true,
	  .help = "this help" },
	{ .id = OPT_VERSION, .name = "--version", .act = true,
	  .help = "the version" },
};
const size_t cli_option_count = sizeof cli_option_table / sizeof cli_option_table[0];

#define REPORT (OPT_BIT(OPT_FORMAT) | OPT_BIT(OPT_LANG) | OPT_BIT(OPT_OUTPUT) | OPT_BIT(OPT_FORCE))
#define LOOKS (OPT_BIT(OPT_NO_COLOR) | OPT_BIT(OPT_ASCII))
#define WORKSHOP (OPT_BIT(OPT_THEME) | OPT_BIT(OPT_PRESENT) | OPT_BIT(OPT_DEMO) | OPT_BIT(OPT_STORY))

/* `ignored` keeps what the command line has always accepted: the interface takes the
 * report and study options without using them, `check` and `scenario` the report's format,
 * table and language, every command the interface's looks. */
const cmd_entry cmd_table[] = {
	{ .name = NULL, .usage = "[OPTIONS] [FILE.yaml]",
	  .summary = "the interface (built-in Bình Liêu scenario without FILE)",
	  .files_min = 0, .files_max = 1, .exec = cmd_interface,
	  .options = OPT_BIT(OPT_LANG) | LOOKS | WORKSHOP,
	  .ignored = OPT_BIT(OPT_FORMAT) | OPT_BIT(OPT_TABLE) | OPT_BIT(OPT_SEASONS) |
		     OPT_BIT(OPT_SEED) | OPT_BIT(OPT_THREADS) | OPT_BIT(OPT_STEP) },
	{ .name = "check", .usage = "FILE.yaml", .summary = "validate; print diagnostics only",
	  .files_min = 1, .files_max = 1, .exec = cmd_check,
	  .options = 0,
	  .ignored = OPT_BIT(OPT_FORMAT) | OPT_BIT(OPT_TABLE) | OPT_BIT(OPT_LANG) | LOOKS },
	{ .name = "run", .usage = "[FILE.yaml]", .summary = "simulate the season and report",
	  .files_min = 0, .files_max = 1, .exec = cmd_run,
	  .options = REPORT | OPT_BIT(OPT_TABLE), .ignored = LOOKS },
	{ .name = "weather", .usage = "[FILE.yaml]",
	  .summary = "the daily weather the run uses, with ET0",
	  .files_min = 0, .files_max = 1, .exec = cmd_weather,
	  .options = REPORT | OPT_BIT(OPT_SEASONS) | OPT_BIT(OPT_SEED) | OPT_BIT(OPT_RECORD) |
		     OPT_BIT(OPT_YEARS),
	  .ignored = LOOKS },
	{ .name = "ensemble", .usage = "[FILE.yaml]",
	  .summary = "many seasons: distributions and risks",
	  .files_min = 0, .files_max = 1, .exec = cmd_ensemble,
	  .options = REPORT | OPT_BIT(OPT_TABLE) | OPT_BIT(OPT_SEASONS) | OPT_BIT(OPT_SEED) |
		     OPT_BIT(OPT_THREADS) | OPT_BIT(OPT_RECORD) | OPT_BIT(OPT_YEARS),
	  .ignored = LOOKS },
	{ .name = "sensitivity", .usage = "[FILE.yaml]",
	  .summary = "one-at-a-time tornado table (±PCT %)",
	  .files_min = 0, .files_max = 1, .exec = cmd_sensitivity,
	  .options = REPORT | OPT_BIT(OPT_STEP), .ignored = LOOKS },
	{ .name = "compare", .usage = "A.yaml B.yaml",
	  .summary = "two scenarios side by side, with differences",
	  .files_min = 2, .files_max = 2, .exec = cmd_compare,
	  .options = REPORT | OPT_BIT(OPT_TABLE), .ignored = LOOKS },
	{ .name = "scenario", .usage = "[--next FILE]",
	  .summary = "print the built-in scenario as YAML, or next season's of FILE",
	  .files_min = 0, .files_max = 0, .exec = cmd_scenario,
	  .options = OPT_BIT(OPT_OUTPUT) | OPT_BIT(OPT_FORCE) | OPT_BIT(OPT_NEXT),
	  .ignored = OPT_BIT(OPT_FORMAT) | OPT_BIT(OPT_TABLE) | OPT_BIT(OPT_LANG) | LOOKS },
};
const size_t cmd_table_count = sizeof cmd_table / sizeof cmd_table[0];

const cmd_entry *cmd_find(const char *name)
{
	for (size_t i = 0; i < cmd_table_count; i++) {
		const char *n = cmd_table[i].name;
		if (n ? name && strcmp(n, name) == 0 : !name)
			return &cmd_table[i];
	}
	return NULL;
}

const cli_option_entry *cli_option_find(const char *name)
{
	for (size_t i = 0; i < cli_option_count; i++) {
		const cli_option_entry *e = &cli_option_table[i];
		if (strcmp(e->name, name) == 0 || (e->alias && strcmp(e->alias, name) == 0))
			return e;
	}
	return NULL;
}
