/* weather_chart.c - the weather screen's charts, scaled to the room they get: the title, a
 * Tmin-Tmax band with the 13 °C line, a row marking cold days with '*', rain and ET0 as
 * vertical bars (mean per day over each column's days), the month axis and a legend. */
#include "weather_chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "layout.h"
#include "numfmt.h"
#include "plain_words.h"
#include "theme.h"

#define MARGIN 7   /* the left margin for scale labels */

bool weather_chart_is_cold_day(const weather_day *d)
{
	return d->tmin_c <= WEATHER_FROST_TMIN_C || d->tmean_c < WEATHER_COLD_TMEAN_C;
}

bool weather_chart_is_ret_dam_day(const weather_day *d)
{
	return !weather_chart_is_cold_day(d) && d->tmean_c <= WEATHER_RET_DAM_TMEAN_C;
}

int weather_chart_ret_dam_days(const weather_series *w)
{
	int n = 0;
	for (size_t i = 0; i < w->n; i++)
		n += weather_chart_is_ret_dam_day(&w->days[i]);
	return n;
}

int weather_chart_cold_days(const weather_series *w)
{
	int n = 0;
	for (size_t i = 0; i < w->n; i++)
		n += weather_chart_is_cold_day(&w->days[i]);
	return n;
}

typedef struct {
	rect title;
	rect temp, marks, rain, et0, axis;   /* chart panels (x, w exclude the margin) */
	int legend_y;                        /* the legend line, or -1 */
	bool charts;                         /* room for the charts */
} chart_layout;

static void compute_layout(rect area, chart_layout *L)
{
	memset(L, 0, sizeof *L);
	L->title = (rect){ area.y, area.x, 1, area.w };
	L->legend_y = -1;
	int ch = area.h - 1;                    /* rows under the title */
	int cx = area.x + MARGIN, cw = area.w - MARGIN;
	if (ch < 7 || cw < 10)
		return;
	L->charts = true;
	if (ch >= 12) {
		L->legend_y = area.y + ch;      /* the line after the month axis */
		ch--;
	}
	int free_rows = ch - 2;                 /* minus the cold-day marks and the month axis */
	int t = free_rows / 2, r = (free_rows - t + 1) / 2, e = free_rows - t - r;
	int y = area.y + 1;
	L->temp = (rect){ y, cx, t, cw };
	y += t;
	L->marks = (rect){ y++, cx, 1, cw };
	L->rain = (rect){ y, cx, r, cw };
	y += r;
	L->et0 = (rect){ y, cx, e, cw };
	y += e;
	L->axis = (rect){ y, cx, 1, cw };
}


typedef struct {
	double tmin, tmax, rain, et0;   /* per column: lowest Tmin, highest Tmax, mean rain and ET0 */
	bool cold, ret_dam, shocked;
} chart_col;

/* Aggregates the series into w columns of `per` days each; returns the columns filled. */
static int aggregate(const weather_series *ws, int w, chart_col *cols, int *per)
{
	int n = (int)ws->n;
	*per = layout_days_per_col(n, w);
	int nc = (n + *per - 1) / *per;
	for (int c = 0; c < nc; c++) {
		chart_col *k = &cols[c];
		k->tmin = INFINITY;
		k->tmax = -INFINITY;
		k->rain = k->et0 = 0;
		k->cold = k->ret_dam = k->shocked = false;
		int days = 0;
		for (int i = c * *per; i < n && i < (c + 1) * *per; i++) {
			const weather_day *d = &ws->days[i];
			if (d->tmin_c < k->tmin)
				k->tmin = d->tmin_c;
			if (d->tmax_c > k->tmax)
				k->tmax = d->tmax_c;
			k->rain += d->rain_mm;
			k->et0 += d->et0_mm;
			k->cold |= weather_chart_is_cold_day(d);
			k->ret_dam |= weather_chart_is_ret_dam_day(d);
			k->shocked |= d->cold_shocked != 0;
			days++;
		}
		if (days) {
			k->rain /= days;
			k->et0 /= days;
		}
	}
	return nc;
}

static void draw_vbars(rect r, const chart_col *cols, int nc, bool rain, double max, attr_t attr)
{
	for (int c = 0; c < nc && c < r.w; c++) {
		double v = rain ? cols[c].rain : cols[c].et0;
		int e = layout_bar_eighths(v, max, r.h);   /* eighths of the panel's height */
		for (int row = 0; row < r.h && e > 0; row++) {
			int cell = e >= 8 ? 8 : e;
			draw_vcell(r.y + r.h - 1 - row, r.x + c, cell, attr);
			e -= cell;
		}
	}
}

static void label_at(int y, int x, int w, const char *s, attr_t attr)
{
	draw_text_right(y, x, w, s, attr);
}

static void draw_charts(const app *a, const chart_layout *L)
{
	lang l = a->lang;
	const weather_series *ws = &a->cur.weather;
	const theme_glyphs *g = theme_glyphs_get();
	int w = L->temp.w;
	chart_col *cols = calloc((size_t)w + 1, sizeof *cols);
	if (!cols || ws->n == 0) {
		free(cols);
		return;
	}
	int per;
	int nc = aggregate(ws, w, cols, &per);
	double lo = INFINITY, hi = -INFINITY, rmax = 0, emax = 0;
	for (int c = 0; c < nc; c++) {
		lo = fmin(lo, cols[c].tmin);
		hi = fmax(hi, cols[c].tmax);
		rmax = fmax(rmax, cols[c].rain);
		emax = fmax(emax, cols[c].et0);
	}
	double step;
	layout_nice_range(lo, hi, L->temp.h > 4 ? 4 : 2, &lo, &hi, &step);
	double rstep, rlo;
	layout_nice_range(0, rmax > 0 ? rmax : 1, 2, &rlo, &rmax, &rstep);
	double estep, elo;
	layout_nice_range(0, emax > 0 ? emax : 1, 2, &elo, &emax, &estep);
	int mx = L->temp.x - MARGIN;
	attr_t dim = theme_attr(TH_DIM);
	char buf[NUMFMT_MAX + 8], num[NUMFMT_MAX];

	/* Temperature band: each column filled from its lowest Tmin to its highest Tmax. */
	rect t = L->temp;
	for (int c = 0; c < nc && c < t.w; c++) {
		int top = layout_chart_row(cols[c].tmax, lo, hi, t.h);
		int bot = layout_chart_row(cols[c].tmin, lo, hi, t.h);
		attr_t at = cols[c].shocked ? theme_attr(TH_NEGATIVE) : theme_attr(TH_BAR);
		for (int row = top; row <= bot; row++)
			draw_text(t.y + row, t.x + c, 1, g->full, at);
	}
	/* A dotted line at the rét hại threshold where the band does not cover it. */
	if (WEATHER_COLD_TMEAN_C > lo && WEATHER_COLD_TMEAN_C < hi) {
		int row = layout_chart_row(WEATHER_COLD_TMEAN_C, lo, hi, t.h);
		for (int c = 0; c < t.w; c++) {
			if (c < nc) {
				int top = layout_chart_row(cols[c].tmax, lo, hi, t.h);
				int bot = layout_chart_row(cols[c].tmin, lo, hi, t.h);
				if (row >= top && row <= bot)
					continue;
			}
			draw_text(t.y + row, t.x + c, 1, theme_is_ascii() ? "." : "\xc2\xb7", dim);
		}
		snprintf(buf, sizeof buf, "13°");
		label_at(t.y + row, mx, MARGIN - 1, buf, dim);
	}
	numfmt_number(hi, 0, l, num, sizeof num);
	snprintf(buf, sizeof buf, "%s°C", num);
	label_at(t.y, mx, MARGIN - 1, buf, dim);
	numfmt_number(lo, 0, l, num, sizeof num);
	snprintf(buf, sizeof buf, "%s°C", num);
	label_at(t.y + t.h - 1, mx, MARGIN - 1, buf, dim);
	if (t.h >= 5)
		label_at(t.y + t.h / 2 - 1, mx, MARGIN - 1, "T", theme_attr(TH_TITLE));

	/* Cold days: a visible '*' under each column holding a rét hại or frost day, else a '+'
	 * under one holding a rét đậm day (mean ≤ 15 °C). */
	int n_cold = weather_chart_cold_days(ws);
	for (int c = 0; c < nc && c < L->marks.w; c++)
		if (cols[c].cold)
			draw_text(L->marks.y, L->marks.x + c, 1, "*", theme_attr(TH_WARNING));
		else if (cols[c].ret_dam)
			draw_text(L->marks.y, L->marks.x + c, 1, "+", theme_attr(TH_DIM));
	label_at(L->marks.y, mx, MARGIN - 1, tr(l, "cold"), theme_attr(TH_WARNING));

	/* Rain and ET0 as bars (mean per day over each column's days). */
	if (L->rain.h > 0) {
		draw_vbars(L->rain, cols, nc, true, rmax, theme_attr(TH_BAR_BASE));
		numfmt_number(rmax, rmax < 10 ? 1 : 0, l, num, sizeof num);
		snprintf(buf, sizeof buf, "%smm", num);
		label_at(L->rain.y, mx, MARGIN - 1, buf, dim);
		label_at(L->rain.y + L->rain.h - 1, mx, MARGIN - 1, tr(l, "rain"), theme_attr(TH_TITLE));
	}
	if (L->et0.h > 0) {
		draw_vbars(L->et0, cols, nc, false, emax, theme_attr(TH_BAR));
		numfmt_number(emax, 1, l, num, sizeof num);
		snprintf(buf, sizeof buf, "%smm", num);
		if (L->et0.h >= 2)
			label_at(L->et0.y, mx, MARGIN - 1, buf, dim);
		label_at(L->et0.y + L->et0.h - 1, mx, MARGIN - 1, plain_word(l, "ET0, short"),
			 theme_attr(TH_TITLE));
	}

	/* Months on the axis: a label where each month starts, when it does not overlap. */
	int next_free = 0;
	for (int c = 0; c < nc && c < L->axis.w; c++) {
		vd_date first = ws->first + (vd_date)(c * per);
		int m_first = date_month(first), m_prev = c ? date_month(first - 1) : 0;
		bool starts = c == 0 || m_first != m_prev;
		for (int k = 1; k < per && !starts && c * per + k < (int)ws->n; k++)
			starts = date_month(first + k) != date_month(first + k - 1);
		if (!starts || c < next_free)
			continue;
		vd_date d = first;
		while (c && date_month(d) == m_prev)
			d++;
		const char *m = numfmt_month_short(date_month(d), l);
		draw_text(L->axis.y, L->axis.x + c, L->axis.w - c, m, dim);
		next_free = c + layout_text_width(m) + 1;
	}
	char days_s[60];
	if (per == 1)
		snprintf(days_s, sizeof days_s, "%s", tr(l, "one column a day"));
	else
		snprintf(days_s, sizeof days_s, tr(l, "one column = %d days"), per);

	/* Title: dates and source; legend: what the marks mean, pieces dropped from the right
	 * when the line is narrow. */
	char from[NUMFMT_MAX], to[NUMFMT_MAX], title[400], seed[40] = "";
	numfmt_date_long(ws->first, l, from, sizeof from);
	numfmt_date_long(ws->first + (vd_date)ws->n - 1, l, to, sizeof to);
	const char *src = ws->source == WEATHER_NORMALS ? tr(l, "generated from monthly normals")
			  : ws->source == WEATHER_STATION ? tr(l, "generated from the station record")
			  : ws->source == WEATHER_FILE ? tr(l, "from the weather file")
						       : tr(l, "from the scenario's daily rows");
	if (weather_source_generated(ws->source))
		snprintf(seed, sizeof seed, tr(l, ", seed %lu"), ws->seed);
	snprintf(title, sizeof title, tr(l, "Weather %s to %s, %s%s"), from, to, src, seed);
	draw_text(L->title.y, L->title.x, L->title.w, title, theme_attr(TH_TITLE));
	const char *le = theme_is_ascii() ? "<=" : "\xe2\x89\xa4";   /* ≤ */
	char pieces[5][160];
	snprintf(pieces[0], sizeof pieces[0], tr(l, "* %d cold days (Tmin %s 4 °C or mean < 13 °C)"),
		 n_cold, le);
	snprintf(pieces[1], sizeof pieces[1], tr(l, "+ %d rét đậm days (%s 15 °C)"),
		 weather_chart_ret_dam_days(ws), le);
	snprintf(pieces[2], sizeof pieces[2], tr(l, "%s Tmin to Tmax"), g->full);
	snprintf(pieces[3], sizeof pieces[3], "%s 13 °C", theme_is_ascii() ? "..." : "\xc2\xb7\xc2\xb7\xc2\xb7");
	snprintf(pieces[4], sizeof pieces[4], "%s", days_s);
	char legend[700] = "";
	int room = L->legend_y >= 0 ? L->temp.w + MARGIN : L->title.w - layout_text_width(title) - 2;
	for (int i = 0; i < 5; i++) {
		char next[sizeof legend + sizeof pieces[0] + 4];
		snprintf(next, sizeof next, "%s%s%s", legend, i ? "   " : "", pieces[i]);
		if (layout_text_width(next) > room || strlen(next) >= sizeof legend)
			break;
		memcpy(legend, next, strlen(next) + 1);
	}
	if (!legend[0])
		snprintf(legend, sizeof legend, "%s", pieces[0]);
	if (L->legend_y >= 0)
		draw_text(L->legend_y, L->temp.x - MARGIN, L->temp.w + MARGIN, legend, dim);
	else   /* no room for a legend line: after the title */
		draw_text_right(L->title.y, L->title.x, L->title.w, legend, theme_attr(TH_WARNING));
	free(cols);
}

void weather_chart_draw(const app *a, rect area)
{
	chart_layout L;
	compute_layout(area, &L);
	if (L.charts) {
		draw_charts(a, &L);
		return;
	}
	/* No room for the charts: the title and the count of cold days. */
	char from[NUMFMT_MAX], to[NUMFMT_MAX], title[300];
	const weather_series *ws = &a->cur.weather;
	numfmt_date_long(ws->first, a->lang, from, sizeof from);
	numfmt_date_long(ws->first + (vd_date)ws->n - 1, a->lang, to, sizeof to);
	snprintf(title, sizeof title, tr(a->lang, "Weather %s to %s, %s%s"), from, to, "", "");
	draw_text(L.title.y, L.title.x, L.title.w, title, theme_attr(TH_TITLE));
}
