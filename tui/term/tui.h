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
	const screen_ops *present_ops;      /* the presentation view (app.present_ops) */
	const screen_ops *film_ops;         /* the season as a film (app.film_ops) */
	const screen_ops *form_ops;         /* the form over a screen (app.form_ops) */
	const char *file;   /* the scenario's file, NULL = built-in */
	lang lang;
	bool lang_given;    /* else the remembered language (config.h), else `lang` */
	bool no_color, ascii;
	int theme;          /* theme_id given with --theme (remembered), -1: the remembered one,
			     * mono with no_color, else dark */
	bool present;       /* start in the presentation view */
	bool demo;          /* start telling a story (--demo, --story FILE) */
	const char *story_file;   /* the story, NULL: the built-in one */
} tui_options;

/* Runs the interface on `scn` (taken over: finished before return). Returns an exit status
 * (exit_status.h), 128+N when stopped by signal N. */
int tui_main(scenario *scn, const tui_options *o);

#endif
