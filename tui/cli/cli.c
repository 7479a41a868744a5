/* cli.c - what the commands share: loading with diagnostics on stderr, atomic output. */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_file.h"
#include "scenario_load.h"

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
		fprintf(stderr, "%s\n", diag_format(&sorted.items[i], buf, sizeof buf));
	if (dl->out_of_memory)
		fprintf(stderr, "vudong: error: out of memory; some problems are not listed\n");
	free(items);
}

int cli_load_scenario(const char *file, scenario *out)
{
	diag_list dl;
	diag_list_init(&dl);
	bool ok = file ? scenario_load_file(file, out, &dl) : scenario_load_builtin(out, &dl);
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	return ok ? EXIT_OK : EXIT_BAD_INPUT;
}

int cli_write_output(const cli_options *o, const char *data, size_t len)
{
	if (!o->output) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
			fprintf(stderr, "vudong: error: cannot write the report: %s\n", strerror(errno));
			return EXIT_RUNTIME;
		}
		return EXIT_OK;
	}
	diag_list dl;
	diag_list_init(&dl);
	int status = EXIT_OK;
	/* Refusing an existing file (also one that appeared while the report was computed) is
	 * bad usage, 2; any other failure to write is 1, with the old file left as it was. */
	if (!atomic_write_file(o->output, data, len, o->force, &dl))
		status = !o->force && file_exists(o->output) ? EXIT_BAD_INPUT : EXIT_RUNTIME;
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	return status;
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
