/* layout.h - the arithmetic of the screens, before any curses (pure, tested at 80 and 40
 * columns): table column widths with priorities, bar lengths in eighths of a cell, chart
 * scaling, distribution bars and tornado rows, UTF-8 display width and truncation, the
 * calendar's day-to-column mapping, and where a screen's body sits on the terminal. */
#ifndef VUDONG_LAYOUT_H
#define VUDONG_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "screen.h"

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
/* The full scale of a bar chart whose pinned baseline reaches base_max and whose current
 * bars reach cur_max: the baseline's maximum with a quarter more room, rounded up to a round
 * number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k), and further round numbers up only when
 * a current bar passes it. So a bar that did not change keeps its length while the others
 * stay within the room. 0 when both are 0 (or not finite). */
double layout_bar_scale(double base_max, double cur_max);
/* Picks the rows shown in `room` lines from n rows of the given ranks (0 first, then 1,
 * ...; within a rank, in order), keeping their order: keep[i] says whether row i is shown.
 * Returns how many. */
int layout_pick_rows(const int *rank, int n, int room, bool *keep);
/* The row (0 = top, rows-1 = bottom) of value v on a chart spanning lo (bottom) to hi
 * (top), rounded to the nearest row and clamped. */
int layout_chart_row(double v, double lo, double hi, int rows);
/* A round axis range around [lo, hi]: *out_lo <= lo, *out_hi >= hi, both multiples of
 * *step, where step is 1, 2 or 5 times a power of ten giving about `ticks` intervals. */
void layout_nice_range(double lo, double hi, int ticks, double *out_lo, double *out_hi,
		       double *step);
/* How many days each chart column must hold to show n days in `width` columns (>= 1). */
int layout_days_per_col(int n_days, int width);

/* ---- distributions and tornado rows (the risk and sensitivity screens) ---- */

/* The columns of a distribution drawn on an axis from lo (column 0) to hi (column
 * width - 1): col(v) = round((v - lo) / (hi - lo) * (width - 1)), clamped to the bar. */
typedef struct {
	int min, p10, p50, p90, max;
} layout_dist;

/* Lays out min <= p10 <= p50 <= p90 <= max on [lo, hi] in `width` columns. False (and
 * nothing to draw) when a value is NaN, hi <= lo or width < 1. */
bool layout_dist_bar(double min, double p10, double p50, double p90, double max, double lo,
		     double hi, int width, layout_dist *out);

typedef enum {
	DIST_NONE,     /* outside min .. max */
	DIST_WHISKER,  /* between min and P10, or P90 and max */
	DIST_END,      /* the min or the max */
	DIST_BOX,      /* P10 .. P90 */
	DIST_MEDIAN    /* P50 */
} dist_cell;

/* The kind of each of the `width` cells (cells[i] is a dist_cell): whiskers from min to
 * max, the box from P10 to P90 over them, the ends at min and max where the box does not
 * cover them, and the median over everything. */
void layout_dist_cells(const layout_dist *d, int width, unsigned char *cells);

/* The length in cells of a tornado bar for a change d against the largest change max_abs
 * on a side `half` cells wide: round(|d| / max_abs * half), at most half; 0 when d is 0
 * or NaN or max_abs <= 0. */
int layout_tornado_len(double d, double max_abs, int half);

typedef enum {
	TORNADO_NONE,
	TORNADO_AXIS,  /* the base, the middle cell */
	TORNADO_LOW,   /* the run with the parameter moved down */
	TORNADO_HIGH   /* the run with it moved up */
} tornado_cell;

/* A tornado row of 2 * half + 1 cells with the axis in the middle: the low run's change
 * d_lo and the high run's d_hi as bars to the left (a decrease) or the right (an increase)
 * of the axis. When both go the same way the shorter is drawn over the longer, so both
 * show. */
void layout_tornado_cells(double d_lo, double d_hi, double max_abs, int half,
			  unsigned char *cells);

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

/* ---- the frame around a screen's body ---- */

#define FRAME_MIN_ROWS 24
#define FRAME_MIN_COLS 80

/* The body's rectangle on a rows x cols terminal: between the top bar (row 0) and the
 * status line and key bar (the last two rows). */
rect layout_body(int rows, int cols);
/* True below FRAME_MIN_COLS x FRAME_MIN_ROWS, where only "too small" is drawn. */
bool layout_too_small(int rows, int cols);

#endif
