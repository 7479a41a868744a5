/* screen_overview.c - the district at a glance: first the outlook over many seasons
 * (overview_outlook.c: median, P10–P90 range, the chance of meeting the growth target),
 * then one example season's area, output, value, profit, winter-crop growth and its
 * contribution to district growth, each with its difference to the pinned baseline (as many
 * rows as the height leaves room for, the most important first); bar charts of output by
 * commune and by crop on a scale held by the baseline. Enter opens the form of the economy
 * and the growth target, w the site, season and weather settings (form.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "screens.h"
#include "draw.h"
#include "form.h"
#include "itemview.h"
#include "layout.h"
#include "clock.h"
#include "numfmt.h"
#include "outlook_text.h"
#include "overview_outlook.h"
#include "studies.h"
#include "theme.h"

typedef enum { FIG_PLAIN, FIG_MONEY, FIG_PCT, FIG_PP } fig_kind;

typedef struct {
	char label[160];
	double now, base;        /* NAN: not available */
	int decimals;
	fig_kind kind;
	bool higher_is_better;
	int rank;                /* 0: always shown; higher ranks go first when rows are short */
} fig_row;

#define MAX_FIGS 12

/* Money rows show one unit for the row: tỷ when either figure reaches 1,000 million. */
static void money_row(fig_row *r, lang l, const char *label, double now, double base)
{
	bool bn = numfmt_money_uses_billions(now) || numfmt_money_uses_billions(base);
	snprintf(r->label, sizeof r->label, "%s (%s)", label,
		 tr(l, bn ? "billion VND" : "million VND"));
	r->now = bn ? now / 1000.0 : now;
	r->base = bn ? base / 1000.0 : base;
	r->decimals = bn ? 2 : 0;
	r->kind = FIG_MONEY;
	r->higher_is_better = true;
}

static void plain_row(fig_row *r, const char *label, double now, double base, int decimals,
		      fig_kind kind)
{
	snprintf(r->label, sizeof r->label, "%s", label);
	r->now = now;
	r->base = base;
	r->decimals = decimals;
	r->kind = kind;
	r->higher_is_better = true;
}

/* The figures of the table; returns how many. */
static int collect_figures(const app *a, fig_row *rows)
{
	lang l = a->lang;
	const district_result *cd = a->cur.ok ? &a->cur.result.district : NULL;
	const district_result *bd = a->base.ok ? &a->base.result.district : NULL;
#define CUR(f) (cd ? cd->f : NAN)
#define BASE(f) (bd ? bd->f : NAN)
	int n = 0;
	memset(rows, 0, sizeof(fig_row) * MAX_FIGS);
	plain_row(&rows[n++], tr(l, "Winter-crop area (ha)"), CUR(g.area_ha), BASE(g.area_ha), 1,
		  FIG_PLAIN);
	plain_row(&rows[n++], tr(l, "Output (tonnes)"), CUR(g.output_t), BASE(g.output_t), 0,
		  FIG_PLAIN);
	money_row(&rows[n++], l, tr(l, "Production value"), CUR(g.value_mvnd), BASE(g.value_mvnd));
	char label[120];
	int year = a->cur.scn.economy.present ? a->cur.scn.economy.constant_price_year : 2010;
	snprintf(label, sizeof label, tr(l, "Value at %d prices"), year);
	money_row(&rows[n++], l, label, CUR(g.value_const_mvnd), BASE(g.value_const_mvnd));
	rows[n - 1].rank = 2;
	money_row(&rows[n++], l, tr(l, "Profit"), CUR(g.profit_mvnd), BASE(g.profit_mvnd));
	rows[n - 1].rank = 1;
	bool econ_cur = cd && cd->has_economy, econ_base = bd && bd->has_economy;
	if (econ_cur || econ_base) {
		plain_row(&rows[n++], tr(l, "Winter-crop growth (%)"),
			  econ_cur ? cd->winter_growth_pct : NAN,
			  econ_base ? bd->winter_growth_pct : NAN, 1, FIG_PCT);
		rows[n - 1].rank = 1;
		plain_row(&rows[n++], tr(l, "Contribution to district growth (pp)"),
			  econ_cur ? cd->contribution_pp : NAN, econ_base ? bd->contribution_pp : NAN,
			  2, FIG_PP);
		plain_row(&rows[n++], tr(l, "  share of district growth (%)"),
			  econ_cur ? cd->contribution_share * 100.0 : NAN,
			  econ_base ? bd->contribution_share * 100.0 : NAN, 1, FIG_PCT);
		rows[n - 1].rank = 3;
		/* Whether the target is met is a chance, in the outlook above: one season's
		 * growth says nothing of it. */
		plain_row(&rows[n++], tr(l, "District growth (%)"), econ_cur ? cd->district_growth_pct : NAN,
			  econ_base ? bd->district_growth_pct : NAN, 2, FIG_PCT);
	}
	plain_row(&rows[n++], tr(l, "Labour days"), CUR(g.labour_days), BASE(g.labour_days), 0,
		  FIG_PLAIN);
	rows[n - 1].higher_is_better = false;
	rows[n - 1].rank = 2;
#undef CUR
#undef BASE
	return n;
}

static void format_value(const fig_row *r, double v, lang l, char *buf, size_t size)
{
	numfmt_number(v, r->decimals, l, buf, size);
}

/* Draws the figure table of the example season from row y in at most `room` rows (the
 * header included; rows of the highest ranks are left out first); returns the rows used. */
static int draw_figures(app *a, rect area, int y, int room)
{
	lang l = a->lang;
	fig_row all[MAX_FIGS], rows[MAX_FIGS];
	int n_all = collect_figures(a, all);
	int ranks[MAX_FIGS];
	bool keep[MAX_FIGS];
	for (int i = 0; i < n_all; i++)
		ranks[i] = all[i].rank;
	layout_pick_rows(ranks, n_all, room - 1, keep);
	int n = 0;
	for (int i = 0; i < n_all; i++)
		if (keep[i])
			rows[n++] = all[i];
	static const layout_col cols[] = {
		{ .min = 20, .pref = 40, .priority = 6, .flex = true },
		{ .min = 8, .pref = 10, .priority = 9 },
		{ .min = 8, .pref = 10, .priority = 7 },
		{ .min = 9, .pref = 13, .priority = 8 },
	};
	/* On a wide terminal the figures stay together instead of spreading to the edge. */
	int width = area.w > 96 ? 96 : area.w;
	int w[4];
	layout_columns(cols, 4, width, 2, w);
	int x[4];
	for (int i = 0; i < 4; i++)
		x[i] = area.x + layout_column_x(w, 4, 2, i);
	attr_t hdr = theme_attr(TH_HEADER);
	draw_fill(y, area.x, width, hdr);
	char example[160];
	draw_header_cell(y, x[0], w[0], outlook_text_example(&a->cur.scn, l, example, sizeof example),
			 false, 0, hdr);
	draw_header_cell(y, x[1], w[1], tr(l, "Now"), true, 0, hdr);
	if (w[2])
		draw_header_cell(y, x[2], w[2], tr(l, "Base value"), true, 0, hdr);
	draw_header_cell(y, x[3], w[3], tr(l, "Difference"), true, 0, hdr);
	/* A difference of percentages is in percentage points: say so on every such row, or
	 * (when one would not fit) on none, so the column reads the same all the way down. */
	bool pp_fits = true;
	for (int i = 0; i < n; i++) {
		if (rows[i].kind != FIG_PCT && rows[i].kind != FIG_PP)
			continue;
		char d[NUMFMT_MAX], pp[NUMFMT_MAX * 2];
		numfmt_delta(rows[i].now - rows[i].base, rows[i].decimals, l, theme_is_ascii(), d, sizeof d);
		snprintf(pp, sizeof pp, "%s %s", d, tr(l, "pp"));
		if (layout_text_width(pp) > w[3])
			pp_fits = false;
	}
	int used = 1;
	for (int i = 0; i < n && used < room; i++, used++) {
		const fig_row *r = &rows[i];
		int yy = y + used;
		char buf[NUMFMT_MAX * 2];
		draw_text(yy, x[0], w[0], r->label, theme_attr(TH_NORMAL));
		format_value(r, r->now, l, buf, sizeof buf);
		draw_text_right(yy, x[1], w[1], buf, theme_attr(TH_TITLE));
		if (w[2]) {
			format_value(r, r->base, l, buf, sizeof buf);
			draw_text_right(yy, x[2], w[2], buf, theme_attr(TH_DIM));
		}
		double diff = r->now - r->base;
		if (r->kind == FIG_PCT || r->kind == FIG_PP) {
			char d[NUMFMT_MAX], pp[NUMFMT_MAX * 2];
			numfmt_delta(diff, r->decimals, l, theme_is_ascii(), d, sizeof d);
			if (pp_fits && isfinite(diff))
				snprintf(pp, sizeof pp, "%s %s", d, tr(l, "pp"));
			else
				snprintf(pp, sizeof pp, "%s", d);
			draw_text_right(yy, x[3], w[3], pp,
					draw_delta_attr(diff, r->decimals, r->higher_is_better));
		} else {
			draw_delta(yy, x[3], w[3], diff, r->decimals, l, r->higher_is_better);
		}
	}
	return used;
}

typedef struct {
	const char *name;
	double now, base;
} bar_item;

static int cmp_bar_desc(const void *p, const void *q)
{
	const bar_item *a = p, *b = q;
	return (a->now < b->now) - (a->now > b->now);
}

/* One bar chart: a heading, then one row per entry (largest first). */
static void draw_chart(app *a, rect r, const char *title, bar_item *items, int n)
{
	if (r.h <= 0 || r.w <= 10)
		return;
	lang l = a->lang;
	qsort(items, (size_t)n, sizeof *items, cmp_bar_desc);
	draw_text(r.y, r.x, r.w, title, theme_attr(TH_TITLE));
	/* The scale is held by the baseline (with room to grow), so a bar that did not change
	 * keeps its length when another grows. */
	double base_max = 0, cur_max = 0;
	for (int i = 0; i < n; i++) {
		if (items[i].now > cur_max)
			cur_max = items[i].now;
		if (isfinite(items[i].base) && items[i].base > base_max)
			base_max = items[i].base;
	}
	double max = layout_bar_scale(base_max, cur_max);
	int name_w = r.w >= 60 ? 20 : r.w >= 36 ? 12 : 10;
	int val_w = 7;
	int delta_w = r.w >= 50 ? 9 : 0;
	int bar_w = r.w - name_w - val_w - delta_w - 3;
	if (bar_w < 4) {
		delta_w = 0;
		bar_w = r.w - name_w - val_w - 2;
	}
	int rows = r.h - 1;
	int shown = n <= rows ? n : rows - 1;
	for (int i = 0; i < shown; i++) {
		int y = r.y + 1 + i;
		char name[SCN_NAME_MAX];
		if (layout_text_width(items[i].name) > name_w)
			itemview_short_name(items[i].name, name, sizeof name);
		else
			snprintf(name, sizeof name, "%s", items[i].name);
		draw_text(y, r.x, name_w, name, theme_attr(TH_NORMAL));
		int bx = r.x + name_w + 1;
		draw_hbar(y, bx, bar_w, items[i].now, max, theme_attr(TH_BAR));
		/* The baseline's end as a tick when it differs from the bar. */
		if (isfinite(items[i].base) && fabs(items[i].base - items[i].now) > 0.5) {
			int e = layout_bar_eighths(items[i].base, max, bar_w);
			int c = e > 0 ? (e - 1) / 8 : 0;
			int cur_e = layout_bar_eighths(items[i].now, max, bar_w);
			if (e > cur_e)
				draw_text(y, bx + c, 1, theme_glyphs_get()->vline, theme_attr(TH_BAR_BASE));
		}
		char buf[NUMFMT_MAX];
		numfmt_number(items[i].now, 0, l, buf, sizeof buf);
		draw_text_right(y, bx + bar_w + 1, val_w, buf, theme_attr(TH_NORMAL));
		if (delta_w)
			draw_delta(y, bx + bar_w + 1 + val_w, delta_w, items[i].now - items[i].base, 0, l,
				   true);
	}
	if (shown < n) {
		char more[80];
		snprintf(more, sizeof more, tr(l, "... and %d more"), n - shown);
		draw_text(r.y + 1 + shown, r.x, r.w, more, theme_attr(TH_DIM));
	}
}

static void draw_charts(app *a, rect r)
{
	lang l = a->lang;
	const scenario *s = &a->cur.scn;
	const season_result *cr = &a->cur.result, *br = a->base.ok ? &a->base.result : NULL;
	bar_item *items = calloc(s->n_communes + s->n_crops + 1, sizeof *items);
	if (!items)
		return;
	int n = 0;
	for (size_t c = 0; c < s->n_communes && c < cr->n_communes; c++) {
		items[n].name = itemview_commune_name(s, (int)c);
		items[n].now = cr->communes[c].g.output_t;
		/* The baseline may have other communes; match by id. */
		items[n].base = NAN;
		if (br)
			for (size_t k = 0; k < a->base.scn.n_communes && k < br->n_communes; k++)
				if (strcmp(a->base.scn.communes[k].id, s->communes[c].id) == 0)
					items[n].base = br->communes[k].g.output_t;
		n++;
	}
	int gap = 2;
	bool side = r.w >= 70;
	rect left = r, right = r;
	if (side) {
		left.w = (r.w - gap) / 2;
		right.x = r.x + left.w + gap;
		right.w = r.w - left.w - gap;
	} else {
		left.h = r.h / 2;
		right.y = r.y + left.h;
		right.h = r.h - left.h;
	}
	char title[120];
	snprintf(title, sizeof title, "%s", tr(l, "Output by commune (tonnes)"));
	draw_chart(a, left, title, items, n);
	int m = 0;
	bar_item *crops = items + n;
	for (size_t c = 0; c < s->n_crops && c < cr->n_crops; c++) {
		if (cr->crops[c].n_items == 0 && cr->crops[c].area_ha == 0)
			continue;
		crops[m].name = itemview_crop_name(s, (int)c);
		crops[m].now = cr->crops[c].output_t;
		crops[m].base = NAN;
		if (br)
			for (size_t k = 0; k < a->base.scn.n_crops && k < br->n_crops; k++)
				if (strcmp(a->base.scn.crops[k].id, s->crops[c].id) == 0)
					crops[m].base = br->crops[k].output_t;
		m++;
	}
	snprintf(title, sizeof title, "%s", tr(l, "Output by crop (tonnes)"));
	draw_chart(a, right, title, crops, m);
	free(items);
}

/* Why there are no figures: the first diagnostics of the failed run. */
static void draw_failure(app *a, rect area, int y)
{
	lang l = a->lang;
	draw_text(y, area.x, area.w, tr(l, "The season could not be computed:"), theme_attr(TH_ERROR));
	for (size_t i = 0; i < a->cur.diags.count && y + 1 + (int)i < area.y + area.h; i++) {
		char buf[400];
		diag_format_in(&a->cur.diags.items[i], a->lang, buf, sizeof buf);
		draw_text(y + 1 + (int)i, area.x + 2, area.w - 2, buf, theme_attr(TH_NORMAL));
	}
}

/* Problems over all items, as one line of words. */
static void draw_problem_line(app *a, rect area, int y)
{
	unsigned all = 0;
	int n_problem = 0;
	for (size_t i = 0; i < a->cur.result.n_items; i++) {
		unsigned st = a->cur.result.items[i].status;
		if (itemview_status_is_problem(st)) {
			all |= st;
			n_problem++;
		}
	}
	lang l = a->lang;
	char words[300], line[400];
	if (!n_problem) {
		snprintf(line, sizeof line, "%s", tr(l, "No plan item has a problem."));
		draw_text(y, area.x, area.w, line, theme_attr(TH_DIM));
		return;
	}
	itemview_status_words(all & ~(unsigned)ITEM_WATER_STRESS, l, words, sizeof words);
	snprintf(line, sizeof line, tr(l, "%s Plan items needing attention: %d (%s; see Results)"),
		 theme_glyphs_get()->warn, n_problem, words);
	draw_text(y, area.x, area.w, line, theme_attr(TH_WARNING));
}

/* The plan items with a status, in words, as many as fit in r (most serious first). */
static void draw_item_notes(app *a, rect r)
{
	lang l = a->lang;
	const scenario *s = &a->cur.scn;
	if (r.h < 2)
		return;
	int n = 0;
	for (int pass = 0; pass < 3; pass++) {
		for (size_t i = 0; i < a->cur.result.n_items; i++) {
			const item_result *it = &a->cur.result.items[i];
			int rank = itemview_status_is_severe(it->status) ? 0
				   : itemview_status_is_problem(it->status) ? 1 : it->status ? 2 : 3;
			if (rank != pass)
				continue;
			if (n == 0)
				draw_text(r.y, r.x, r.w, tr(l, "Plan items to look at"), theme_attr(TH_TITLE));
			if (n + 1 >= r.h) {
				n++;
				continue;
			}
			char words[300], line[600], ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
			itemview_status_words(it->status, l, words, sizeof words);
			snprintf(line, sizeof line, "%s %s, %s, %s: %s", pass < 2 ? theme_glyphs_get()->warn : " ",
				 itemview_crop_name(s, it->crop), itemview_commune_name(s, it->commune),
				 itemview_land_name(s, it->commune, it->land, l, false, ln, sizeof ln), words);
			draw_text(r.y + 1 + n, r.x, r.w, line,
				  theme_attr(pass == 0 ? TH_ERROR : pass == 1 ? TH_WARNING : TH_NORMAL));
			n++;
		}
	}
	if (n + 1 > r.h) {
		char more[80];
		snprintf(more, sizeof more, tr(l, "... and %d more"), n - (r.h - 2));
		draw_text(r.y + r.h - 1, r.x, r.w, more, theme_attr(TH_DIM));
	}
}

static void overview_draw(app *a, rect area)
{
	draw_clear(area);
	int y = area.y;
	if (!a->cur.ok) {
		draw_failure(a, area, y);
		return;
	}
	y += overview_outlook_draw(a, area, y);
	/* The example season's table leaves the charts a heading and five bars when it can. */
	int left = area.y + area.h - y;
	int room = left - 1 - 6;
	if (room < 6)
		room = left < 6 ? left : 6;
	y += draw_figures(a, area, y, room);
	left = area.y + area.h - y;
	/* The problem line when there is room for it and for the charts. */
	if (left >= 7) {
		draw_problem_line(a, area, y);
		y++;
		left--;
	}
	if (left >= 12) {
		y++;
		left--;
	}
	/* The charts need a heading and a row per commune or crop; what is left lists the plan
	 * items that have a status. */
	int need = 1;
	for (size_t i = 0; i < a->cur.scn.n_communes || i < a->cur.scn.n_crops; i++)
		need++;
	int chart_h = left;
	if (left - need >= 4)
		chart_h = need;
	rect charts = { y, area.x, chart_h, area.w };
	draw_charts(a, charts);
	rect notes = { y + chart_h + 1, area.x, left - chart_h - 1, area.w };
	draw_item_notes(a, notes);
}

/* The outlook follows the scenario whichever screen is shown: it is the headline. */
static unsigned overview_sync(app *a, bool shown)
{
	(void)shown;
	if (!a->studies)
		return CHANGED_NOTHING;
	return outlook_live_sync(&a->studies->outlook, &a->cur.scn, a->version, a->cur.ok,
				 clock_now_ms()) ? CHANGED_VIEW : CHANGED_NOTHING;
}

/* Enter (or e): the form of the economy block and the growth target; w: the site, season
 * and weather settings (form.h). */
static unsigned overview_handle(app *a, action act)
{
	if (act == ACT_EDIT || act == ACT_FORM)
		return form_open(a, FORM_ECONOMY, 0);
	if (act == ACT_SETTINGS)
		return form_open(a, FORM_SETTINGS, 0);
	return CHANGED_NOTHING;
}

const screen_ops screen_overview = {
	.title = "Overview",
	.draw = overview_draw,
	.handle = overview_handle,
	.click = NULL,
	.commit = NULL,
	.sync = overview_sync,
};
