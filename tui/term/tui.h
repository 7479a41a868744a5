/* tui.h - the interface's entry point: the terminal and the event loop. The command line
 * loads the scenario and hands it over with the table of screens; the interface owns the
 * scenario from then on. */
#ifndef VUDONG_TUI_H
#define VUDONG_TUI_H

#include <stdbool.h>

#include "i18n.h"
#include "scenario.h"
#include "screen.h"

typedef struct {
	const screen_ops *const *screens;   /* the screens in tab order (app_set_screens) */
	const char *file;   /* the scenario's file, NULL = built-in */
	lang lang;
	bool no_color, ascii;
} tui_options;

/* Runs the interface on `scn` (taken over: finished before return). Returns an exit status
 * (exit_status.h), 128+N when stopped by signal N. */
int tui_main(scenario *scn, const tui_options *o);

#endif
