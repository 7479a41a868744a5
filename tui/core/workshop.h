/* workshop.h - the trainer's actions that are not a screen's: the next colour theme (T),
 * the presentation view on or off (P) and "revert to the file" (R, after a y/n question).
 * No curses: the loop applies a->theme to the terminal and remembers it (config.h). */
#ifndef VUDONG_WORKSHOP_H
#define VUDONG_WORKSHOP_H

#include "app.h"

/* ACT_THEME, ACT_PRESENT or ACT_REVERT; returns CHANGED_* bits (CHANGED_NOTHING for any
 * other action). */
/* The operations the app calls through (app_set_workshop). */
extern const app_workshop_ops workshop_ops;

unsigned workshop_handle(app *a, action act);
/* Called by app_handle before acting. A screen's key (1-0, Tab, help) pressed in the
 * presentation view leaves it for that screen (not a story's key: the view then follows the
 * story); while the film is shown on the calendar,
 * ← → step a day and Esc closes it (returns true with *bits: the action is taken). */
bool workshop_intercept(app *a, action act, unsigned *bits);
/* Frees what the workshop keeps in the app (the film). */
void workshop_fini(app *a);
/* The answer to the revert question (y reverts; n, c or Esc keep the edits). */
unsigned workshop_answer_revert(app *a, prompt_key key, unsigned long cp);
/* Writes the chart of the screen on display to path: the risk screen's spread (P10-P90 by
 * crop) when it has seasons, else output by crop; PNG, SVG or PDF by the name's suffix.
 * Sets the status line; false when nothing was written. */
bool workshop_export_chart(app *a, const char *path, bool overwrite);

/* Starts telling the story in file (NULL: the built-in Bình Liêu story) from the current
 * state; a story that cannot load or does not fit the scenario is a status-line error. */
unsigned workshop_start_story(app *a, const char *file);

/* Loads the file `s` saves to (the built-in scenario when there is none) again and makes it
 * the current scenario and the baseline; one undo step brings the edits back. False (status
 * line says why, nothing changed) when the file cannot be loaded. */
bool workshop_revert(app *a);

#endif
