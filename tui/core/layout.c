/* layout.c - pure layout arithmetic: text width, column widths, bars, charts, distribution
 * and tornado rows, calendar. */
#include "layout.h"

#include <math.h>
#include <string.h>

#include "textwidth.h"

/* ---- text (code point widths come from sim/base/textwidth.c) ---- */

int layout_text_width(const char *s)
{
	return s ? text_width(s) : 0;
}

/* The longest prefix of s within `width` columns and `max_bytes` bytes. */
static size_t fit(const char *s, int width, size_t max_bytes, int *used)
{
	size_t n = s ? strlen(s) : 0;
	size_t i = 0;
	int w = 0;
	/* Zero-width code points (combining marks) always fit, so a letter keeps its marks. */
	while (i < n) {
		uint32_t cp;
		size_t len = text_decode(s + i, n - i, &cp);
		int cw = text_cp_width(cp);
		if (w + cw > width || i + len > max_bytes)
			break;
		w += cw;
		i += len;
	}
	if (used)
		*used = w;
	return i;
}

size_t layout_fit_bytes(const char *s, int width, int *used)
{
	return fit(s, width, (size_t)-1, used);
}

int layout_truncate(const char *s, int width, bool ellipsis, bool ascii, char *out, size_t size)
{
	if (size == 0)
		return 0;
	out[0] = 0;
	if (!s || width <= 0)
		return 0;
	int used;
	size_t bytes = fit(s, width, size - 1, &used);
	if (s[bytes] == 0 || !ellipsis) {
		memcpy(out, s, bytes);
		out[bytes] = 0;
		return used;
	}
	const char *mark = ascii ? "~" : "\xe2\x80\xa6";   /* U+2026 HORIZONTAL ELLIPSIS */
	size_t mark_len = strlen(mark);
	if (size < mark_len + 1)
		return 0;
	bytes = fit(s, width - 1, size - 1 - mark_len, &used);
	memcpy(out, s, bytes);
	memcpy(out + bytes, mark, mark_len + 1);
	return used + 1;
}

int layout_wrap(const char *s, int width, size_t *off, size_t *len, int max)
{
	if (!s || width <= 0)
		return 0;
	size_t n = strlen(s), i = 0;
	int lines = 0;
	while (lines < max) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		/* The longest run from i that fits; then back to the last space in it. */
		int used;
		size_t fit_len = fit(s + i, width, (size_t)-1, &used);
		size_t take = fit_len;
		if (i + fit_len < n && s[i + fit_len] != ' ') {
			size_t k = fit_len;
			while (k > 0 && s[i + k - 1] != ' ')
				k--;
			if (k > 0)
				take = k;
		}
		if (take == 0) {
			/* Not even one character fits (a wide one in a width of 1): skip it. */
			uint32_t cp;
			take = text_decode(s + i, n - i, &cp);
		}
		size_t l = take;
		while (l > 0 && s[i + l - 1] == ' ')
			l--;
		off[lines] = i;
		len[lines] = l;
		lines++;
		i += take;
	}
	return lines;
}

/* ---- tables ---- */

int layout_columns(const layout_col *cols, int n, int width, int gap, int *out)
{
	if (n <= 0)
		return 0;
	if (n > LAYOUT_MAX_COLS)
		n = LAYOUT_MAX_COLS;
	if (width < 0)
		width = 0;
	int kept = n;
	for (int i = 0; i < n; i++)
		out[i] = cols[i].min > 0 ? cols[i].min : 1;
	for (;;) {
		int need = (kept - 1) * gap;
		for (int i = 0; i < n; i++)
			need += out[i];
		if (need <= width || kept <= 1)
			break;
		/* Drop the least important column, the rightmost among equals. */
		int drop = -1;
		for (int i = 0; i < n; i++)
			if (out[i] && (drop < 0 || cols[i].priority <= cols[drop].priority))
				drop = i;
		out[drop] = 0;
		kept--;
	}
	int left = width - (kept - 1) * gap;
	for (int i = 0; i < n; i++)
		left -= out[i];
	if (left < 0) {
		/* One column wider than the whole table: it gets the whole width. */
		for (int i = 0; i < n; i++)
			if (out[i])
				out[i] = width;
		return kept;
	}
	/* Widen towards pref, most important first (leftmost among equals). */
	int order[LAYOUT_MAX_COLS];
	int n_order = 0;
	for (int i = 0; i < n; i++) {
		if (!out[i])
			continue;
		int k = n_order++;
		while (k > 0 && cols[order[k - 1]].priority < cols[i].priority) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = i;
	}
	for (int k = 0; k < n_order && left > 0; k++) {
		int i = order[k];
		int want = cols[i].pref - out[i];
		if (want > left)
			want = left;
		if (want > 0) {
			out[i] += want;
			left -= want;
		}
	}
	/* What is left goes to the flex columns, shared evenly. */
	int n_flex = 0;
	for (int i = 0; i < n; i++)
		if (out[i] && cols[i].flex)
			n_flex++;
	for (int i = 0; i < n && n_flex > 0 && left > 0; i++)
		if (out[i] && cols[i].flex) {
			int give = left / n_flex;
			out[i] += give;
			left -= give;
			n_flex--;
		}
	return kept;
}

int layout_column_x(const int *widths, int n, int gap, int i)
{
	int x = 0;
	for (int k = 0; k < i && k < n; k++)
		if (widths[k])
			x += widths[k] + gap;
	return x;
}

/* ---- bars and charts ---- */

/* The smallest round number (layout_bar_scale's steps) at or above v > 0. */
static double round_up(double v)
{
	static const double steps[] = { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 };
	double p = pow(10.0, floor(log10(v)));
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (steps[i] * p >= v * (1 - 1e-12))
			return steps[i] * p;
	return 10 * p;
}

double layout_bar_scale(double base_max, double cur_max)
{
	double b = isfinite(base_max) && base_max > 0 ? base_max : 0;
	double c = isfinite(cur_max) && cur_max > 0 ? cur_max : 0;
	if (b == 0 && c == 0)
		return 0;
	double scale = round_up(b > 0 ? b * 1.25 : c);
	while (c > scale)
		scale = round_up(scale * (1 + 1e-9));
	return scale;
}

int layout_pick_rows(const int *rank, int n, int room, bool *keep)
{
	int shown = 0;
	for (int i = 0; i < n; i++)
		keep[i] = false;
	for (int r = 0; shown < room; r++) {
		bool any = false;
		for (int i = 0; i < n && shown < room; i++) {
			if (rank[i] > r)
				any = true;
			if (rank[i] == r) {
				keep[i] = true;
				shown++;
			}
		}
		if (!any)
			break;
	}
	return shown;
}

int layout_bar_eighths(double v, double max, int width)
{
	if (width <= 0 || !(max > 0) || !(v > 0) || !isfinite(max))
		return 0;
	if (v >= max)
		return 8 * width;
	long e = lround(v / max * 8.0 * width);
	if (e < 0)
		e = 0;
	if (e > 8L * width)
		e = 8L * width;
	return (int)e;
}

int layout_chart_row(double v, double lo, double hi, int rows)
{
	if (rows <= 1 || !(hi > lo) || !isfinite(v))
		return rows > 0 ? rows - 1 : 0;
	double frac = (v - lo) / (hi - lo);
	long r = (rows - 1) - lround(frac * (rows - 1));
	if (r < 0)
		r = 0;
	if (r > rows - 1)
		r = rows - 1;
	return (int)r;
}

void layout_nice_range(double lo, double hi, int ticks, double *out_lo, double *out_hi,
		       double *step)
{
	if (!isfinite(lo) || !isfinite(hi)) {
		lo = 0;
		hi = 1;
	}
	if (hi < lo) {
		double t = lo;
		lo = hi;
		hi = t;
	}
	if (hi == lo) {
		hi = lo + 1;
		lo = lo - (lo == 0 ? 0 : 1);
	}
	if (ticks < 1)
		ticks = 1;
	double rough = (hi - lo) / ticks;
	double mag = pow(10.0, floor(log10(rough)));
	double norm = rough / mag;
	double s = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
	s *= mag;
	*step = s;
	*out_lo = floor(lo / s + 1e-9) * s;
	*out_hi = ceil(hi / s - 1e-9) * s;
}

int layout_days_per_col(int n_days, int width)
{
	if (width <= 0 || n_days <= width)
		return 1;
	return (n_days + width - 1) / width;
}

/* ---- distributions and tornado rows ---- */

static int axis_col(double v, double lo, double hi, int width)
{
	long c = lround((v - lo) / (hi - lo) * (width - 1));
	if (c < 0)
		c = 0;
	if (c > width - 1)
		c = width - 1;
	return (int)c;
}

bool layout_dist_bar(double min, double p10, double p50, double p90, double max, double lo,
		     double hi, int width, layout_dist *out)
{
	double v[5] = { min, p10, p50, p90, max };
	if (width < 1 || !(hi > lo) || !isfinite(lo) || !isfinite(hi))
		return false;
	for (int i = 0; i < 5; i++)
		if (!isfinite(v[i]))
			return false;
	out->min = axis_col(min, lo, hi, width);
	out->p10 = axis_col(p10, lo, hi, width);
	out->p50 = axis_col(p50, lo, hi, width);
	out->p90 = axis_col(p90, lo, hi, width);
	out->max = axis_col(max, lo, hi, width);
	return true;
}

void layout_dist_cells(const layout_dist *d, int width, unsigned char *cells)
{
	for (int i = 0; i < width; i++) {
		unsigned char k = DIST_NONE;
		if (i >= d->min && i <= d->max)
			k = DIST_WHISKER;
		if (i == d->min || i == d->max)
			k = DIST_END;
		if (i >= d->p10 && i <= d->p90)
			k = DIST_BOX;
		if (i == d->p50)
			k = DIST_MEDIAN;
		cells[i] = k;
	}
}

int layout_tornado_len(double d, double max_abs, int half)
{
	if (half <= 0 || !(max_abs > 0) || !isfinite(d) || !isfinite(max_abs))
		return 0;
	long n = lround(fabs(d) / max_abs * half);
	return n > half ? half : (int)n;
}

void layout_tornado_cells(double d_lo, double d_hi, double max_abs, int half,
			  unsigned char *cells)
{
	if (half < 0)
		half = 0;
	for (int i = 0; i < 2 * half + 1; i++)
		cells[i] = TORNADO_NONE;
	cells[half] = TORNADO_AXIS;
	int n_lo = layout_tornado_len(d_lo, max_abs, half);
	int n_hi = layout_tornado_len(d_hi, max_abs, half);
	/* The longer first, the shorter over it. */
	struct { int n, dir; unsigned char kind; } bars[2] = {
		{ n_lo, d_lo < 0 ? -1 : 1, TORNADO_LOW },
		{ n_hi, d_hi < 0 ? -1 : 1, TORNADO_HIGH },
	};
	int first = n_lo >= n_hi ? 0 : 1;
	for (int k = 0; k < 2; k++) {
		int b = k == 0 ? first : 1 - first;
		for (int i = 1; i <= bars[b].n; i++)
			cells[half + bars[b].dir * i] = bars[b].kind;
	}
}

/* ---- calendar ---- */

int layout_day_to_col(vd_date t, vd_date first, vd_date last, int width)
{
	if (width <= 0)
		return 0;
	long n = (long)last - (long)first + 1;
	if (n <= 0)
		return 0;
	long d = (long)t - (long)first;
	if (d < 0)
		return 0;
	if (d >= n)
		return width - 1;
	return (int)(d * width / n);
}

vd_date layout_col_to_day(int c, vd_date first, vd_date last, int width)
{
	long n = (long)last - (long)first + 1;
	if (width <= 0 || n <= 0 || c <= 0)
		return first;
	if (c >= width)
		return last;
	/* The smallest d with d * width / n >= c. */
	long d = ((long)c * n + width - 1) / width;
	return (vd_date)(first + d);
}

/* ---- scrolling ---- */

int layout_clamp(int v, int lo, int hi)
{
	if (hi < lo)
		return lo;
	return v < lo ? lo : v > hi ? hi : v;
}

int layout_scroll_top(int top, int cursor, int visible, int total)
{
	if (visible <= 0 || total <= 0)
		return 0;
	if (cursor < top)
		top = cursor;
	if (cursor >= top + visible)
		top = cursor - visible + 1;
	top = layout_clamp(top, 0, total - visible);
	return top < 0 ? 0 : top;
}

rect layout_body(int rows, int cols)
{
	rect r = { 1, 0, rows - 3, cols };
	if (r.h < 0)
		r.h = 0;
	return r;
}

bool layout_too_small(int rows, int cols)
{
	return rows < FRAME_MIN_ROWS || cols < FRAME_MIN_COLS;
}
