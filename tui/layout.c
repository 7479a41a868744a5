/* layout.c - pure layout arithmetic: text width, column widths, bars, charts, calendar. */
#include "layout.h"

#include <math.h>
#include <string.h>

#include "utf8.h"

/* ---- text (code point widths come from utf8.c) ---- */

int layout_text_width(const char *s)
{
	return s ? utf8_width(s, (size_t)-1) : 0;
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
		size_t len = utf8_decode(s + i, n - i, &cp);
		int cw = utf8_cp_width(cp);
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
			take = utf8_decode(s + i, n - i, &cp);
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
