/* layout.h - the arithmetic of the screens, before any curses (pure, tested at 80 and 40
 * columns): table column widths with priorities, bar lengths in eighths of a cell, chart
 * scaling, UTF-8 display width and truncation, and the calendar's day-to-column mapping. */
#ifndef VUDONG_LAYOUT_H
#define VUDONG_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"

/* ---- text (UTF-8; code point widths as utf8.h: Vietnamese letters one column) ---- */

/* Display width of UTF-8 text. */
int layout_text_width(const char *s);
/* The number of bytes of the longest prefix of s that fits in `width` columns, never cutting
 * a character or separating a letter from its combining marks; *used gets its width. */
size_t layout_fit_bytes(const char *s, int width, int *used);
/* Copies s into out, truncated to `width` columns; when it had to cut and `ellipsis` is set,
 * the last column shows "…" ("~" with ascii). Returns the display width written. */
int layout_truncate(const char *s, int width, bool ellipsis, bool ascii, char *out, size_t size);

/* Breaks s into lines of at most `width` columns at spaces (a word longer than a line is
 * cut); line i is s[off[i] .. off[i] + len[i]) without the spaces around it. Returns the
 * number of lines, at most max (the rest of the text is dropped). */
int layout_wrap(const char *s, int width, size_t *off, size_t *len, int max);

/* ---- tables ---- */

#define LAYOUT_MAX_COLS 32   /* layout_columns looks at no more columns than this */

typedef struct {
	int min, pref;     /* display columns */
	int priority;      /* larger = more important; the smallest goes first when narrow */
	bool flex;         /* takes the room left over after every column has its pref */
} layout_col;

/* Column widths for a table `width` columns wide with `gap` columns between columns: drops
 * the lowest-priority columns (the rightmost first among equals) until the minimums fit,
 * then widens columns towards their preferred width, most important first, and gives what
 * is left to flex columns. out[i] = 0 marks a dropped column. Returns the columns kept. */
int layout_columns(const layout_col *cols, int n, int width, int gap, int *out);
/* The x offset of column i inside the table (dropped columns take no room). */
int layout_column_x(const int *widths, int n, int gap, int i);

/* ---- bars and charts ---- */

/* Length in eighths of a cell (0..8*width) of a bar for v against max drawn in `width`
 * cells, rounded to the nearest eighth; v <= 0, NaN or max <= 0 give 0; v >= max is full. */
int layout_bar_eighths(double v, double max, int width);
/* The row (0 = top, rows-1 = bottom) of value v on a chart spanning lo (bottom) to hi
 * (top), rounded to the nearest row and clamped. */
int layout_chart_row(double v, double lo, double hi, int rows);
/* A round axis range around [lo, hi]: *out_lo <= lo, *out_hi >= hi, both multiples of
 * *step, where step is 1, 2 or 5 times a power of ten giving about `ticks` intervals. */
void layout_nice_range(double lo, double hi, int ticks, double *out_lo, double *out_hi,
		       double *step);
/* How many days each chart column must hold to show n days in `width` columns (>= 1). */
int layout_days_per_col(int n_days, int width);

/* ---- calendar ---- */

/* The column (0..width-1) of day t on an axis from `first` to `last` (inclusive) drawn in
 * `width` columns; days outside clamp to the ends. */
int layout_day_to_col(vd_date t, vd_date first, vd_date last, int width);
/* The first day shown in column c (inverse of layout_day_to_col for mouse clicks). */
vd_date layout_col_to_day(int c, vd_date first, vd_date last, int width);

/* ---- scrolling ---- */

/* The first row to show so that `cursor` is visible in a window of `visible` rows over
 * `total` rows, moving `top` as little as possible. */
int layout_scroll_top(int top, int cursor, int visible, int total);
/* Clamps v to [lo, hi] (hi < lo gives lo). */
int layout_clamp(int v, int lo, int hi);

#endif
