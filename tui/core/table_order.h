/* table_order.h - find and order on the table screens (issue 15): `/` searches the rows'
 * names (case, tones and marks ignored: collate.h), `n`/`N` the next and previous match,
 * `o` sorts by the next column and `O` turns the order round, a click on a header sorts by
 * that column (again: the other way); text in Vietnamese alphabetical order. A screen
 * describes its table with a table_spec and calls table_handle first in its handler; its
 * view's `row` stays the row in the scenario's order (so editing is unchanged) and only
 * the drawing, the moves and the clicks go through the shown order (table_rows). No curses. */
#ifndef VUDONG_TABLE_ORDER_H
#define VUDONG_TABLE_ORDER_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

/* A row's sort key under a column: text (Vietnamese order) or a number. */
typedef struct {
	bool is_text;
	double num;
	char text[256];
} table_key;

typedef struct table_spec {
	screen_id screen;
	int n_cols;                               /* columns 0..n_cols-1 */
	int (*count)(const app *a);               /* rows, in the scenario's order */
	/* The key of row `row` (scenario order) under column `col`; false: the column does
	 * not sort (o skips it). */
	bool (*key)(const app *a, int row, int col, table_key *k);
	/* The text `/` looks in: the row's names. */
	void (*name)(const app *a, int row, char *buf, size_t size);
	/* The column's header (message id) for the status line. */
	const char *(*label)(int col);
	/* Text first in ascending order, numbers largest first, when a column is chosen. */
	bool numbers_descending;
	/* Optional (NULL: one group): the group of a row, for a list in parts under headings
	 * (the district, then the crops, then the communes). A sort orders the rows only among
	 * their group's; the groups keep their places, in ascending order of this number, so
	 * the rows of a group must be together in the scenario's order and a heading is a
	 * group of its own. */
	int (*group)(const app *a, int row);
	/* Optional (NULL: every row): whether the cursor may rest on the row and `/` may find
	 * it (a heading, a note or a blank line may not). */
	bool (*selectable)(const app *a, int row);
} table_spec;

/* view.sort: +(col + 1) ascending, -(col + 1) descending, 0 = the scenario's order. */

/* The rows of t in the order shown under `sort` into rows[0..n); returns the count. Ties
 * keep the scenario's order; a number that is not one (NaN: no figure) goes last either
 * way. */
int table_rows(const app *a, const table_spec *t, int sort, int *rows, int n);
/* The rows in the screen's shown order (malloc'd, *n of them; the caller frees); NULL for
 * an empty table or out of memory. */
int *table_shown(const app *a, const table_spec *t, int *n);
/* A click on the pos-th shown row: selects it. CHANGED_VIEW, or CHANGED_NOTHING when pos is
 * not a row (negative, past the end) or not one the cursor may rest on. */
unsigned table_pick(app *a, const table_spec *t, int pos);
/* The place of scenario row `row` in the shown order (0 when it is not there). */
int table_pos(const int *rows, int n, int row);
/* The place nearest `pos` in the shown order rows[0..n) whose row the cursor may rest on:
 * pos itself, else the first one in direction dir (+1/-1), else the first the other way;
 * pos (clamped) when no row may be selected. */
int table_settle(const app *a, const table_spec *t, const int *rows, int n, int pos, int dir);

/* Sets the view's sort to column col (again: the other way round); says so on the status
 * line. Returns CHANGED_VIEW. */
unsigned table_sort_by(app *a, const table_spec *t, int col);
/* o (dir +1): the next column that sorts, after the last back to the scenario's order;
 * O (dir -1): the same column the other way round (the first column when unsorted). */
unsigned table_sort_step(app *a, const table_spec *t, int dir);

/* The next row (dir +1) or previous (dir -1) in the shown order after the selected one,
 * round the end, that may be selected and whose name contains `needle` (collate_contains);
 * -1 when none. */
int table_find(const app *a, const table_spec *t, const char *needle, int dir);

/* A move of the cursor (Up, Down, PgUp, PgDn, Home, End) in the shown order, `page` rows a
 * page, over the rows that may be selected; CHANGED_VIEW when act was one, else
 * CHANGED_NOTHING. */
unsigned table_move(app *a, const table_spec *t, action act, int page);

/* What every table screen's handler does first: the moves (page rows a page), / n N o O.
 * Returns CHANGED_* bits, CHANGED_NOTHING when the action is not one of them. */
unsigned table_handle(app *a, const table_spec *t, action act, int page);

#endif
