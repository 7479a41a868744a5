/* cmd_interface.c - `vudong [FILE]`: loads the scenario with its diagnostics on stderr, then
 * hands it and the table of screens (tui/screens/screens.c) to the interface
 * (tui/term/tui.c). */
#include "cli.h"
#include "screens.h"
#include "story.h"
#include "tui.h"

/* A story file named with --story is checked before the interface starts: its problems are
 * diagnostics on stderr like a scenario's (exit 2). */
static int check_story(const char *file, const scenario *scn)
{
	story st;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = story_load_file(file, &st, &dl) && story_check(&st, scn, &dl);
	story_fini(&st);
	cli_print_diags(&dl);
	diag_list_fini(&dl);
	return ok ? EXIT_OK : EXIT_BAD_INPUT;
}

int cmd_interface(const cli_options *o)
{
	scenario scn;
	int status = cli_load_scenario(o->files[0], &scn);
	if (status != EXIT_OK)
		return status;
	if (o->story && (status = check_story(o->story, &scn)) != EXIT_OK) {
		scenario_fini(&scn);
		return status;
	}
	/* scn.path: the file read, which may be a shipped scenario in the data folder. */
	tui_options t = { .screens = screens, .present_ops = &screen_present,
			  .film_ops = &screen_film, .form_ops = &screen_form, .file = o->files[0] ? scn.path : NULL,
			  .lang = o->lang, .lang_given = o->lang_given, .no_color = o->no_color,
			  .ascii = o->ascii, .theme = o->theme, .present = o->present,
			  .demo = o->demo || o->story, .story_file = o->story };
	return tui_main(&scn, &t);
}
