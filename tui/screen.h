/* screen.h - a screen is a struct of operations (draw, handle an action, click, commit an
 * edit); the table of screens is in screens.c. Handlers change the app's state and return
 * CHANGED_* bits; they never draw. draw() only reads the state. */
#ifndef VUDONG_SCREEN_H
#define VUDONG_SCREEN_H

#include <stdbool.h>
#include <stddef.h>

#include "actions.h"

struct app;
typedef struct _win_st WINDOW_T;   /* curses WINDOW without including curses here */

typedef struct {
	int y, x, h, w;     /* a rectangle on the terminal */
} rect;

typedef enum {
	SCREEN_OVERVIEW, SCREEN_PLAN, SCREEN_CROPS, SCREEN_WEATHER, SCREEN_RESULTS,
	SCREEN_CALENDAR, SCREEN_HELP, SCREEN_COUNT
} screen_id;

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
} screen_ops;

/* The screens in tab order (index = screen_id). */
extern const screen_ops *const screens[SCREEN_COUNT];

extern const screen_ops screen_overview, screen_plan, screen_crops, screen_weather,
	screen_results, screen_calendar, screen_help;

#endif
