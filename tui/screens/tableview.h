/* tableview.h - the geometry shared by the table screens (plan, crops, results, weather's
 * shocks): column placement from layout_columns, the rows a body shows, the cell under a
 * mouse click, the next editable column, the cursor kept inside the table and on screen.
 * Pure; the screens draw the cells themselves. */
#ifndef VUDONG_TABLEVIEW_H
#define VUDONG_TABLEVIEW_H

#include <stdbool.h>

#include "app.h"
#include "layout.h"
#include "screen.h"

typedef struct {
	const char *label;      /* message id of the header (translated when drawn) */
	const char *unit;       /* message id of the second header line, or NULL */
	layout_col lc;
	bool right;             /* numbers: right-aligned */
	bool editable;
	/* Message id of a short header used when the translated label does not fit and the
	 * language has one ("Yield, short" -> "NS" in Vietnamese); NULL: none. */
	const char *abbrev;
} tv_column;

typedef struct {
	rect area;              /* the whole table: header rows then body rows */
	int n_cols;
	int w[LAYOUT_MAX_COLS]; /* 0 = column not shown */
	int x[LAYOUT_MAX_COLS]; /* absolute screen column */
	int header_rows;        /* 1, or 2 when a column has a unit line */
	int body_rows;          /* rows of data that fit */
} tv_layout;

#define TV_GAP 1

/* Places the columns in `area`; `reserve` rows at the bottom are kept for the screen's own
 * lines (details, hints). */
void tv_layout_compute(const tv_column *cols, int n, rect area, int reserve, tv_layout *out);
/* The data row under screen row y (given the first row shown), or -1. */
int tv_row_at(const tv_layout *t, int top, int n_rows, int y);
/* The shown column under screen column x, or -1. */
int tv_col_at(const tv_layout *t, int x);
/* From column `col`, the next editable column shown in direction dir (+1/-1); `col` itself
 * when there is none that way. */
int tv_next_col(const tv_column *cols, const tv_layout *t, int col, int dir);
/* The first editable column shown (or -1). Fixes a cursor column that is not shown. */
int tv_fix_col(const tv_column *cols, const tv_layout *t, int col);

/* The header text of a column `w` columns wide in language l: the label, or its
 * abbreviation when the label is too wide and the language has an abbreviation. */
const char *tv_header_text(lang l, const tv_column *c, int w);

/* The body rectangle of the terminal the app last drew on (80x24 before the first draw, as
 * in the tests), for handlers that need the page size or the shown columns. */
rect tv_body(const app *a);

/* Moves v->row for a navigation action over n_rows rows with `page` rows a page; returns
 * CHANGED_VIEW when the action was a row move (whether or not the row changed), else
 * CHANGED_NOTHING. Clamps the row into [0, n_rows). */
unsigned tv_move_row(view_state *v, action act, int n_rows, int page);

#endif
