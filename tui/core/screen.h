/* screen.h - a screen is a struct of operations (draw, handle an action, click, commit an
 * edit, keep its own state in step with the scenario). The table of screens is in
 * tui/screens/screens.c and is handed to the app at start (app_set_screens), so the app
 * knows screens only through these operations. Handlers change the app's state and return
 * CHANGED_* bits; they never draw. draw() only reads the state. */
#ifndef VUDONG_SCREEN_H
#define VUDONG_SCREEN_H

#include <stdbool.h>
#include <stddef.h>

#include "actions.h"

struct app;
struct table_spec;
typedef struct _win_st WINDOW_T;   /* curses WINDOW without including curses here */

typedef struct {
	int y, x, h, w;     /* a rectangle on the terminal */
} rect;

typedef enum {
	SCREEN_OVERVIEW, SCREEN_PLAN, SCREEN_CROPS, SCREEN_WEATHER, SCREEN_RESULTS,
	SCREEN_CALENDAR, SCREEN_HELP, SCREEN_RISK, SCREEN_SENSITIVITY, SCREEN_COMPARE,
	SCREEN_COUNT
} screen_id;

/* The number key of a screen (and the number on its tab): 1..9, then 0 for the tenth. */
#define SCREEN_KEY_DIGIT(s) (((int)(s) + 1) % 10)

typedef struct screen_ops {
	const char *title;            /* message id, e.g. "Overview" (translated with tr) */
	/* Draws the screen's body into `area` of stdscr. Reads the app; changes nothing in it
	 * except the view's scroll position to keep the cursor visible. */
	void (*draw)(struct app *a, rect area);
	/* Handles a navigation or editing action; returns CHANGED_* bits. May be NULL. */
	unsigned (*handle)(struct app *a, action act);
	/* A mouse click at (y, x) inside the body area; returns CHANGED_* bits. May be NULL. */
	unsigned (*click)(struct app *a, rect area, int y, int x);
	/* The prompt opened by ACT_EDIT was confirmed with `text`; validates and applies it.
	 * On a bad value returns CHANGED_NOTHING and writes the reason (translated) to err,
	 * which the status line shows. May be NULL. */
	unsigned (*commit)(struct app *a, const char *text, char *err, size_t err_size);
	/* Brings the screen's own state in step with the app: a study made on an older version
	 * of the scenario is redone or marked stale, a background job's progress and end are
	 * read. The loop calls it for every screen before each draw and while it waits for a
	 * key; `shown` says whether the screen is the current one. Returns CHANGED_* bits. May
	 * be NULL. */
	unsigned (*sync)(struct app *a, bool shown);
	/* The screen's table for / n N o O (table_order.h), or NULL when it has none. */
	const struct table_spec *table;
} screen_ops;

#endif
