/* frame.h - what surrounds a screen's body: the top bar (tabs with the screen titles, the
 * scenario's name, the unsaved marker), the status line or the prompt, the bottom key bar;
 * and the mouse: a click on a tab, on the key bar or in the body. The layouts are pure
 * functions (tested at 80 and 40 columns); frame_draw copies them to curses. */
#ifndef VUDONG_FRAME_H
#define VUDONG_FRAME_H

#include <stdbool.h>

#include "app.h"
#include "layout.h"
#include "screen.h"

typedef struct {
	int x, w;               /* columns of the tab on the top bar (w 0: not shown) */
	bool full;              /* shows "N Title"; else only "N" */
	bool pad_right;         /* a space after the title too */
} tab_slot;

typedef struct {
	tab_slot tabs[SCREEN_COUNT];
	int name_x, name_w;     /* the room right of the tabs for the name and the marker */
	bool name_shown;        /* the scenario name fits on the top bar (else the status line
				 * shows it, with the long marker); the unsaved marker is always
				 * on the top bar */
	bool short_marker;      /* the top bar's marker is "*" rather than "[modified]" */
} topbar_layout;

/* The top bar for `width` columns, the first of these that fits: every tab " N Title " with
 * the name; every tab with only the marker (the name moves to the status line); every tab
 * " N Title" (one space less each); the same with the marker shortened to "*"; the current
 * tab " N Title" and its neighbours' titles, nearest first, each side until one does not
 * fit, the other tabs " N ", with the "*" marker. N is the screen's number key (1..9, 0).
 * Room for the marker is kept whether or not there are unsaved edits, so the tabs do not
 * move at the first edit. The titles are those of `ops`, the screens in tab order (NULL:
 * none, each tab "?"). */
void frame_layout_topbar(const screen_ops *const *ops, lang l, int width, screen_id active,
			 topbar_layout *out);
/* The screen whose tab is under column x, or -1. */
int frame_tab_at(const topbar_layout *t, int x);
/* The unsaved marker: "[modified]" (translated), or "*" when short. */
const char *frame_unsaved_marker(lang l, bool short_form);

/* Whether the terminal is too small for what a shows: the presentation view works down to
 * 60x18, the screens need layout_too_small's 80x24. */
bool frame_too_small_for(const app *a, int rows, int cols);

/* Draws everything into stdscr (erases first; the caller refreshes) and records the size in
 * a->rows, a->cols. On a terminal smaller than 80x24 draws only the "too small" message. */
void frame_draw(app *a);
/* A mouse event at (y, x): button 1 on a tab switches screen, on the key bar runs that key's
 * action, in the body goes to the screen's click op; the wheel moves up or down. */
unsigned frame_mouse(app *a, int y, int x, bool wheel_up, bool wheel_down);

/* Writes s at (y, x) in at most `cols` columns with attribute attr (curses attr_t bits);
 * returns the columns written. For the frame and the screens. */
int frame_put(int y, int x, int cols, unsigned long attr, const char *s);

#endif
