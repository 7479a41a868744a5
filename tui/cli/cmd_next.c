/* cmd_next.c - `vudong scenario --next FILE [-o OUT]`: next season's scenario of FILE
 * (tui/core/next_season.h): dates a year on, the economy baseline from this season's outlook,
 * FILE's own text kept, a comment block of what changed and what to check. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "next_season.h"
#include "path.h"
#include "text_file.h"
#include "yaml_tree.h"

int cmd_next(const cli_options *o)
{
	int status = cli_check_output(o);
	if (status != EXIT_OK)
		return status;
	scenario s;
	status = cli_load_scenario(o->next, &s);
	if (status != EXIT_OK)
		return status;
	char *text = NULL;
	size_t text_len = 0;
	int e = text_file_read(s.path, YT_MAX_FILE_BYTES, &text, &text_len);
	if (e != 0) {
		fprintf(stderr, "%s: error: %s\n", s.path, text_file_strerror(e));
		scenario_fini(&s);
		return EXIT_RUNTIME;
	}
	char *dir = path_dir(s.path);
	scenario_source src = { text, text_len, s.path, dir ? dir : "" };
	diag_list dl;
	diag_list_init(&dl);
	size_t len = 0;
	char *next = next_season_text(&s, &src, o->output ? o->output : s.path, &len, &dl);
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	status = next ? cli_write_output(o, next, len) : EXIT_BAD_INPUT;
	free(next);
	free(dir);
	free(text);
	scenario_fini(&s);
	return status;
}
