/* cmd_interface.c - `vudong [FILE]`: loads the scenario with its diagnostics on stderr, then
 * hands it to the interface (tui/term/tui.c). */
#include "cli.h"
#include "tui.h"

int cmd_interface(const cli_options *o)
{
	scenario scn;
	int status = cli_load_scenario(o->files[0], &scn);
	if (status != EXIT_OK)
		return status;
	tui_options t = { .file = o->files[0], .lang = o->lang, .lang_given = o->lang_given,
			  .no_color = o->no_color, .ascii = o->ascii, .theme = o->theme,
			  .present = o->present };
	return tui_main(&scn, &t);
}
