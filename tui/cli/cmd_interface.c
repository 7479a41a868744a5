/* cmd_interface.c - `vudong [FILE]`: loads the scenario with its diagnostics on stderr, then
 * hands it and the table of screens (tui/screens/screens.c) to the interface
 * (tui/term/tui.c). */
#include "cli.h"
#include "screens.h"
#include "tui.h"

int cmd_interface(const cli_options *o)
{
	scenario scn;
	int status = cli_load_scenario(o->files[0], &scn);
	if (status != EXIT_OK)
		return status;
	/* scn.path: the file read, which may be a shipped scenario in the data folder. */
	tui_options t = { .screens = screens, .file = o->files[0] ? scn.path : NULL, .lang = o->lang,
			  .no_color = o->no_color,
			  .ascii = o->ascii };
	return tui_main(&scn, &t);
}
