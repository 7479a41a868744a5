/* calendar_labour.c - the calendar's labour panel: for the chosen commune, a row per
 * half-month with the labour days needed, available, short and the hectares whose work is
 * not done, a bar of need against what is available, and in words the land units whose rice
 * is harvested (free_from) or transplanted (free_until) in that half-month. */
#include "calendar_labour.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "labour.h"
#include "numfmt.h"
#include "theme.h"

#define PERIOD_W 11
#define NUM_W 9
#define HEADER_ROWS 3     /* commune, method line, column header */

/* "gặt paddy-1" / "cấy paddy-1": the land units whose window opens or closes in p. */
static void land_events(const scenario *s, const labour_period *p, lang l, char *buf, size_t size)
{
	const commune *c = &s->communes[p->commune];
	size_t len = 0;
	buf[0] = 0;
	for (size_t k = 0; k < c->n_land && len + 2 < size; k++) {
		const land_unit *u = &c->land[k];
		const char *what = NULL;
		if (u->free_from != DATE_NONE && u->free_from >= p->start && u->free_from <= p->end)
			what = tr(l, "harvest");
		else if (u->free_until != DATE_NONE && u->free_until >= p->start && u->free_until <= p->end)
			what = tr(l, "transplant");
		if (!what)
			continue;
		int n = snprintf(buf + len, size - len, "%s%s %s", len ? ", " : "", what, u->id);
		if (n < 0 || (size_t)n >= size - len)
			break;
		len += (size_t)n;
	}
}

static void draw_header(app *a, rect area, int ci, const labour_plan *p)
{
	lang l = a->lang;
	const scenario *s = &a->cur.scn;
	double need = 0, shortfall = 0;
	for (size_t k = 0; k < p->per_commune; k++) {
		const labour_period *q = &p->periods[(size_t)ci * p->per_commune + k];
		need += q->need_days;
		if (q->shortfall_days > 0)
			shortfall += q->shortfall_days;
	}
	char n1[NUMFMT_MAX], n2[NUMFMT_MAX], line[400];
	numfmt_number(need, 0, l, n1, sizeof n1);
	numfmt_number(shortfall, 0, l, n2, sizeof n2);
	snprintf(line, sizeof line, tr(l, "%s (%d/%zu): %s labour days, %s short over the half-months  Up/Down: commune"),
		 s->communes[ci].name, ci + 1, s->n_communes, n1, n2);
	draw_text(area.y, area.x, area.w, line, A_BOLD);
	snprintf(line, sizeof line,
		 tr(l, "Shortfall not modelled: output assumes the work is done. 40%% at sowing, 30%% growth, 30%% harvest."));
	draw_text(area.y + 1, area.x, area.w, line, theme_attr(TH_DIM));
	attr_t hdr = theme_attr(TH_HEADER);
	int y = area.y + 2, x = area.x;
	draw_fill(y, x, area.w, hdr);
	draw_text(y, x, PERIOD_W, tr(l, "Half-month"), hdr);
	x += PERIOD_W + 1;
	const char *heads[] = { tr(l, "Need"), tr(l, "Available"), tr(l, "Short"), tr(l, "Short ha") };
	for (int i = 0; i < 4; i++, x += NUM_W + 1)
		draw_text_right(y, x, NUM_W, heads[i], hdr);
	draw_text(y, x, area.x + area.w - x, tr(l, "Need against available; rice"), hdr);
}

static void draw_period(app *a, int y, rect area, const labour_period *q, double scale)
{
	lang l = a->lang;
	char d1[NUMFMT_MAX], d2[NUMFMT_MAX], cell[NUMFMT_MAX], period[2 * NUMFMT_MAX + 2];
	int y1, m1, dd1, y2, m2, dd2;
	date_to_ymd(q->start, &y1, &m1, &dd1);
	date_to_ymd(q->end, &y2, &m2, &dd2);
	snprintf(d1, sizeof d1, "%02d/%02d", dd1, m1);
	snprintf(d2, sizeof d2, "%02d", dd2);
	snprintf(period, sizeof period, "%s-%s", d1, d2);
	bool is_short = q->shortfall_days > 0;
	attr_t at = is_short ? theme_attr(TH_WARNING) : theme_attr(TH_NORMAL);
	int x = area.x;
	draw_text(y, x, PERIOD_W, period, at);
	x += PERIOD_W + 1;
	double v[4] = { q->need_days, q->available_days, q->shortfall_days,
			isnan(q->shortfall_days) ? NAN : q->unworked_ha };
	int dec[4] = { 0, 0, 0, 1 };
	for (int i = 0; i < 4; i++, x += NUM_W + 1) {
		numfmt_number(v[i], dec[i], l, cell, sizeof cell);
		draw_text_right(y, x, NUM_W, cell, at);
	}
	const theme_glyphs *g = theme_glyphs_get();
	int bar_w = 8;
	if (x + bar_w < area.x + area.w) {
		draw_hbar(y, x, bar_w, q->need_days, scale, is_short ? at | A_BOLD : theme_attr(TH_BAR));
		if (!isnan(q->available_days) && scale > 0) {
			int c = (int)lround(q->available_days / scale * bar_w);
			if (c >= 0 && c < bar_w)
				draw_text(y, x + c, 1, "|", A_BOLD);
		}
		draw_text(y, x + bar_w, 2, is_short ? g->warn : " ", at);
		x += bar_w + 2;
	}
	char events[200];
	land_events(&a->cur.scn, q, l, events, sizeof events);
	if (x < area.x + area.w)
		draw_text(y, x, area.x + area.w - x, events, theme_attr(TH_DIM));
}

void calendar_labour_draw(app *a, rect area, int ci)
{
	draw_clear(area);
	const scenario *s = &a->cur.scn;
	if (!a->cur.ok || s->n_communes == 0) {
		draw_text(area.y, area.x, area.w, tr(a->lang, "No results to show."), theme_attr(TH_DIM));
		return;
	}
	labour_plan p;
	if (!labour_plan_build(s, &a->cur.result, &p)) {
		draw_text(area.y, area.x, area.w, tr(a->lang, "Out of memory"), theme_attr(TH_ERROR));
		return;
	}
	draw_header(a, area, ci, &p);
	double scale = 0;
	const labour_period *row = p.periods + (size_t)ci * p.per_commune;
	for (size_t k = 0; k < p.per_commune; k++) {
		scale = fmax(scale, row[k].need_days);
		if (!isnan(row[k].available_days))
			scale = fmax(scale, row[k].available_days);
	}
	for (size_t k = 0; k < p.per_commune && (int)k + HEADER_ROWS < area.h; k++)
		draw_period(a, area.y + HEADER_ROWS + (int)k, area, &row[k], scale);
	labour_plan_fini(&p);
}
