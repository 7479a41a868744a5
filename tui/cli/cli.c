/* cli.c - what the commands share: loading with diagnostics on stderr, atomic output. */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "data_dir.h"
#include "scenario_load.h"

/* The language of the diagnostics on stderr: set once from the command line (main.c). */
static lang diag_lang = LANG_VI;

void cli_set_diag_lang(lang l)
{
	diag_lang = l;
}

void cli_print_diags(const diag_list *dl)
{
	diag_list sorted = *dl;
	/* Sort a copy of the pointers' order only: the list itself is the caller's. */
	diag *items = NULL;
	if (dl->count) {
		items = malloc(dl->count * sizeof *items);
		if (items) {
			memcpy(items, dl->items, dl->count * sizeof *items);
			sorted.items = items;
			diag_list_sort(&sorted);
		} else {
			sorted.items = dl->items;
		}
	}
	char buf[2048];
	for (size_t i = 0; i < dl->count; i++)
		fprintf(stderr, "%s\n", diag_format_in(&sorted.items[i], diag_lang, buf, sizeof buf));
	if (dl->out_of_memory)
		fprintf(stderr, "vudong: %s\n", tr(diag_lang, "error: out of memory; some problems are not listed"));
	free(items);
}

int cli_load_scenario(const char *file, scenario *out)
{
	return cli_load_scenario_mode(file, SCENARIO_LOAD_FULL, out);
}

int cli_load_scenario_mode(const char *file, scenario_load_mode mode, scenario *out)
{
	diag_list dl;
	diag_list_init(&dl);
	/* A relative path that is not here may name a shipped scenario (scenarios/...). */
	char *found = file ? data_dir_find(file) : NULL;
	bool ok;
	if (file && !found) {
		scenario_init(out);
		ok = false;
		diag_add(&dl, DIAG_ERROR, file, 0, 0, "out of memory");
	} else {
		ok = found ? scenario_load_file_mode(found, mode, out, &dl) :
			     scenario_load_builtin(out, &dl);
	}
	free(found);
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	return ok ? EXIT_OK : EXIT_BAD_INPUT;
}

/* Whether writing to path is refused rather than failed: an existing file without --force,
 * a read-only file, or something that is not a regular file (exit 2, bad usage). */
static bool output_refused(const cli_options *o)
{
	struct stat st;
	if (stat(o->output, &st) != 0)
		return false;
	return !o->force || !S_ISREG(st.st_mode) || !(st.st_mode & 0222) ||
	       (geteuid() != 0 && access(o->output, W_OK) != 0);
}

static bool is_stdout(const char *path)
{
	return !path || strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0;
}

int cli_check_output(const cli_options *o)
{
	struct stat st;
	if (is_stdout(o->output) || stat(o->output, &st) != 0)
		return EXIT_OK;
	const char *why = S_ISDIR(st.st_mode) ? NULL :
			  !S_ISREG(st.st_mode) ? "not a regular file" :
			  !o->force ? "file exists (use --force to replace it)" :
			  output_refused(o) ? "the file is read-only and was not replaced (make it writable to replace it)" :
			  NULL;
	if (!why)
		return EXIT_OK;
	diag_list dl;
	diag_list_init(&dl);
	diag_add(&dl, DIAG_ERROR, o->output, 0, 0, "%s", why);
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	return EXIT_BAD_INPUT;
}

int cli_write_output(const cli_options *o, const char *data, size_t len)
{
	/* `-o -` and `-o /dev/stdout` are standard output, the one place that is not a file. */
	if (is_stdout(o->output)) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			fprintf(stderr, "vudong: error: cannot write the report: %s\n", strerror(errno));
			return EXIT_RUNTIME;
		}
		return EXIT_OK;
	}
	diag_list dl;
	diag_list_init(&dl);
	int status = EXIT_OK;
	/* Refusing an existing file (also one that appeared while the report was computed), a
	 * read-only one or a device is bad usage, 2; any other failure to write is 1, with the
	 * old file left as it was. */
	if (!atomic_write_file(o->output, data, len, o->force, &dl))
		status = output_refused(o) ? EXIT_BAD_INPUT : EXIT_RUNTIME;
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	return status;
}

int cli_finish_file(const cli_options *o, bool ok, const diag_list *dl)
{
	cli_print_diags(dl);
	if (ok)
		return EXIT_OK;
	return output_refused(o) ? EXIT_BAD_INPUT : EXIT_RUNTIME;
}

lang cli_lang_from_env(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		int l = lang_parse(getenv(vars[i]));
		if (l >= 0)
			return (lang)l;
	}
	return LANG_VI;
}
