/* present.h - the presentation view's content and layout, without curses: the three or four
 * headline figures of the current state (output, value, growth contribution, the chance of
 * meeting the target), each with its change against the pinned baseline, a caption, and
 * where each goes on a rows x cols terminal in block digits (bigfont.h). The figures come
 * from present_collect, the one place that reads the app for them. */
#ifndef VUDONG_PRESENT_H
#define VUDONG_PRESENT_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

#define PRESENT_MAX_FIGS 4
#define PRESENT_MIN_ROWS 18
#define PRESENT_MIN_COLS 60

typedef struct {
	char label[120];      /* what and the unit: "Sản lượng (tấn)" */
	char big[32];         /* the figure in block digits: "8.765", "73%" ("--": not known) */
	char delta[240];      /* its change against the baseline, in words: "▲ +120 so với gốc" */
	int delta_sign;       /* +1 better, -1 worse, 0 unchanged or unknown (for the colour) */
} present_figure;

/* The headline figures of a's current state (n ≤ PRESENT_MAX_FIGS returned) and a one-line
 * caption (the scenario and what the changes are against). */
int present_collect(const app *a, present_figure *f, char *caption, size_t caption_size);

/* The chance (%) that the district meets its growth target, from the risk screen's seasons
 * on the current version; NAN when there is no target or no current run. (After the
 * overview's outlook lands, it comes from there.) */
double present_chance(const app *a);

typedef struct {
	int x, y, w, h;       /* the figure's cell */
	int label_y;
	int digits_x, digits_y, digits_w;
	int delta_y;
} present_cell;

typedef struct {
	bool fits;            /* false: the terminal is too small for the digits */
	int hx, vy;           /* a block is hx columns wide, vy rows tall */
	int n;
	present_cell cell[PRESENT_MAX_FIGS];
	int title_y, caption_y, status_y;
} present_layout;

/* Places n figures on a rows x cols terminal: a title row, the figures in a 2x2 grid, a
 * column or a row (the arrangement that allows the largest blocks, their digits whole
 * inside their cells), the caption and the status row at the bottom. */
bool present_layout_compute(int rows, int cols, const present_figure *f, int n,
			    present_layout *out);

/* Keeps the chance figure current while the view is shown: starts the risk seasons on the
 * current version when there is no run for it, and remembers the baseline's chance when a
 * run on the baseline's version ends. Returns CHANGED_* bits. */
unsigned present_sync(app *a);

#endif
