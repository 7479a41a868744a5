/* screen_risk.c - the risk screen: the ensemble (DESIGN §3.10) of the current scenario, run
 * in the background (risk_control.c), shown as distribution bars (worst season, P10, median,
 * P90, best season) of output or value for the district, each crop and each commune, with
 * the chance of a crop failure, of missing the plan target, and the mean growth
 * contribution. While it runs: a progress bar, the screen stays live, Esc or c stops it;
 * after an edit the last figures are marked OLD until r runs it again. A cursor on the
 * district, crop and commune rows; / finds one by its name, o O and a click on a header sort
 * the crops among themselves and the communes among themselves (table_order.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "plain_words.h"
#include "screens.h"
#include "draw.h"
#include "edit.h"
#include "itemview.h"
#include "layout.h"
#include "numfmt.h"
#include "studies.h"
#include "study_view.h"
#include "table_order.h"
#include "tableview.h"
#include "theme.h"

/* ---- the rows ---- */

typedef enum { RR_GROUP, RR_HEADING, RR_NOTE, RR_BLANK } rr_kind;

typedef struct {
	rr_kind kind;
	char name[SCN_NAME_MAX];
	const ensemble_group *g;
	double contribution_mean;    /* pp; NaN without economy */
	char note[240];
	bool warn;                   /* a note that reads as a problem (with "!") */
	int group;                   /* sorts among its group's rows (table_spec.group) */
} risk_row;

static double share(size_t k, int n)
{
	return n > 0 ? (double)k / n : NAN;
}

static int collect_rows(const app *a, risk_row *rows, int max)
{
	const ensemble_result *er = &a->studies->risk.result;
	const scenario *s = &a->cur.scn;
	lang l = a->lang;
	int n = 0;
#define ROW(k) (n < max ? (rows[n] = (risk_row){ .kind = (k) }, &rows[n++]) : NULL)
	risk_row *r = ROW(RR_GROUP);
	if (r) {
		snprintf(r->name, sizeof r->name, "%s", tr(l, "Whole district"));
		r->g = &er->district.g;
		r->contribution_mean = er->district.has_economy ? er->district.contribution_pp.mean : NAN;
	}
	char a1[NUMFMT_MAX], a2[NUMFMT_MAX], a3[NUMFMT_MAX];
	if (er->district.has_target && (r = ROW(RR_NOTE))) {
		double p = share(er->district.target_missed, er->seasons);
		double t10 = er->district.target_growth_pct * 10;
		numfmt_pct(er->district.target_growth_pct, fabs(t10 - round(t10)) < 1e-9 ? 1 : 2, l,
			   a1, sizeof a1);
		numfmt_pct(p * 100, 1, l, a2, sizeof a2);
		snprintf(r->note, sizeof r->note,
			 tr(l, "Chance of missing the growth target of %s: %s (%zu of %d seasons)"),
			 a1, a2, er->district.target_missed, er->seasons);
		r->warn = p >= 0.5;
	}
	if (er->district.has_economy && (r = ROW(RR_NOTE))) {
		const ensemble_stats *c = &er->district.contribution_pp;
		numfmt_pp(c->mean, 3, l, theme_is_ascii(), a1, sizeof a1);
		numfmt_signed(c->p10, 3, l, theme_is_ascii(), a2, sizeof a2);
		numfmt_signed(c->p90, 3, l, theme_is_ascii(), a3, sizeof a3);
		snprintf(r->note, sizeof r->note,
			 tr(l, "Mean contribution to district growth: %s (low %s, high %s)"), a1, a2, a3);
	}
	if ((r = ROW(RR_NOTE))) {
		double p = share(er->district.g.failures, er->seasons);
		numfmt_pct(p * 100, 1, l, a1, sizeof a1);
		snprintf(r->note, sizeof r->note,
			 tr(l, "Chance that some plan item fails (yield below half its potential): %s"), a1);
		r->warn = p >= 0.2;
	}
	ROW(RR_BLANK);
	if ((r = ROW(RR_HEADING)))
		snprintf(r->name, sizeof r->name, "%s", tr(l, "By crop"));
	for (size_t c = 0; c < er->n_crops && c < s->n_crops; c++) {
		if (er->crops[c].n_items == 0)
			continue;
		if (!(r = ROW(RR_GROUP)))
			break;
		snprintf(r->name, sizeof r->name, "%s", itemview_crop_name(s, (int)c));
		r->g = &er->crops[c];
		r->contribution_mean = er->crops[c].contribution_pp.mean;
	}
	ROW(RR_BLANK);
	if ((r = ROW(RR_HEADING)))
		snprintf(r->name, sizeof r->name, "%s", tr(l, "By commune"));
	for (size_t c = 0; c < er->n_communes && c < s->n_communes; c++) {
		if (!(r = ROW(RR_GROUP)))
			break;
		snprintf(r->name, sizeof r->name, "%s", itemview_commune_name(s, (int)c));
		r->g = &er->communes[c];
		r->contribution_mean = er->communes[c].contribution_pp.mean;
	}
#undef ROW
	/* A run of district, crop or commune rows is a group; every other row one of its own. */
	for (int i = 0; i < n; i++)
		rows[i].group = i > 0 && rows[i].kind == RR_GROUP && rows[i - 1].kind == RR_GROUP
				? rows[i - 1].group : i;
	return n;
}

#define MAX_ROWS 256

/* ---- the table: find and order ---- */

enum { RC_NAME, RC_BAR, RC_P10, RC_P50, RC_P90, RC_FAIL, RC_CONTRIB, RC_COUNT };

static int risk_count(const app *a)
{
	if (!a->studies->risk.have_result)
		return 0;
	risk_row *rows = malloc(sizeof *rows * MAX_ROWS);
	int n = rows ? collect_rows(a, rows, MAX_ROWS) : 0;
	free(rows);
	return n;
}

/* Row `row` of the list; false when there is none. */
static bool risk_get(const app *a, int row, risk_row *out)
{
	if (!a->studies->risk.have_result || row < 0 || row >= MAX_ROWS)
		return false;
	risk_row *rows = malloc(sizeof *rows * MAX_ROWS);
	bool ok = rows && row < collect_rows(a, rows, MAX_ROWS);
	if (ok)
		*out = rows[row];
	free(rows);
	return ok;
}

static const ensemble_stats *shown_stats(const app *a, const ensemble_group *g);

/* The keys: the name; the bar does not sort; the quantiles of what is shown (output or
 * value), the chance of a failure, the mean contribution (none: last). */
static bool risk_key(const app *a, int row, int col, table_key *k)
{
	k->is_text = col == RC_NAME;
	k->text[0] = 0;
	k->num = 0;
	if (col == RC_BAR)
		return false;
	risk_row r;
	if (!risk_get(a, row, &r) || r.kind != RR_GROUP)
		return true;
	const ensemble_stats *st = shown_stats(a, r.g);
	switch (col) {
	case RC_NAME:  snprintf(k->text, sizeof k->text, "%s", r.name); break;
	case RC_P10:   k->num = st->p10; break;
	case RC_P50:   k->num = st->p50; break;
	case RC_P90:   k->num = st->p90; break;
	case RC_FAIL:  k->num = share(r.g->failures, a->studies->risk.result.seasons); break;
	default:       k->num = r.contribution_mean; break;
	}
	return true;
}

static void risk_name(const app *a, int row, char *buf, size_t size)
{
	risk_row r;
	snprintf(buf, size, "%s", risk_get(a, row, &r) && r.kind == RR_GROUP ? r.name : "");
}

static int risk_group(const app *a, int row)
{
	risk_row r;
	return risk_get(a, row, &r) ? r.group : row;
}

static bool risk_selectable(const app *a, int row)
{
	risk_row r;
	return risk_get(a, row, &r) && r.kind == RR_GROUP;
}

static const char *risk_col_label(int col)
{
	static const char *const labels[RC_COUNT] = {
		[RC_NAME] = "Name", [RC_BAR] = "Value", [RC_P10] = "P10", [RC_P50] = "P50",
		[RC_P90] = "P90", [RC_FAIL] = "P(fail)", [RC_CONTRIB] = "Growth contribution",
	};
	return labels[col];
}

static const table_spec risk_table = {
	.screen = SCREEN_RISK, .n_cols = RC_COUNT, .count = risk_count, .key = risk_key,
	.name = risk_name, .label = risk_col_label, .numbers_descending = true,
	.group = risk_group, .selectable = risk_selectable,
};

/* ---- drawing ---- */

static const layout_col risk_cols[RC_COUNT] = {
	[RC_NAME]    = { .min = 12, .pref = 14, .priority = 9 },
	[RC_BAR]     = { .min = 12, .pref = 40, .priority = 8, .flex = true },
	[RC_P10]     = { .min = 7, .pref = 9, .priority = 7 },
	[RC_P50]     = { .min = 7, .pref = 9, .priority = 10 },
	[RC_P90]     = { .min = 7, .pref = 9, .priority = 7 },
	[RC_FAIL]    = { .min = 7, .pref = 8, .priority = 6 },
	[RC_CONTRIB] = { .min = 7, .pref = 9, .priority = 5 },
};

typedef struct {
	int w[RC_COUNT], x[RC_COUNT];
} risk_layout;

/* The columns in `area` less its last column, kept for the scroll marks. */
static void layout_risk(rect area, risk_layout *lay)
{
	layout_columns(risk_cols, RC_COUNT, area.w - 1, 1, lay->w);
	for (int i = 0; i < RC_COUNT; i++)
		lay->x[i] = area.x + layout_column_x(lay->w, RC_COUNT, 1, i);
}

/* The glyph of a distribution cell; the ends face outwards. */
static const char *dist_glyph(unsigned char k, bool left_end)
{
	bool ascii = theme_is_ascii();
	switch (k) {
	case DIST_WHISKER: return ascii ? "-" : "─";
	case DIST_END:     return ascii ? "+" : left_end ? "├" : "┤";
	case DIST_BOX:     return ascii ? "=" : "█";
	case DIST_MEDIAN:  return ascii ? "|" : "┃";
	default:           return " ";
	}
}

/* The figure the bars and quantiles show for a group. */
static const ensemble_stats *shown_stats(const app *a, const ensemble_group *g)
{
	return a->studies->risk.show_value ? &g->value_mvnd : &g->output_t;
}

/* Every bar is drawn against its own median, on one axis for all rows so the medians line
 * up: from the smallest worst-season share of the median to the largest best-season share
 * (1 = the median). False when no row has a median above 0. */
static bool relative_axis(const app *a, const risk_row *rows, int n, double *lo, double *hi)
{
	*lo = 1;
	*hi = 1;
	bool any = false;
	for (int i = 0; i < n; i++) {
		if (rows[i].kind != RR_GROUP)
			continue;
		const ensemble_stats *st = shown_stats(a, rows[i].g);
		if (!(st->p50 > 0) || !isfinite(st->min) || !isfinite(st->max))
			continue;
		any = true;
		if (st->min / st->p50 < *lo)
			*lo = st->min / st->p50;
		if (st->max / st->p50 > *hi)
			*hi = st->max / st->p50;
	}
	return any && *hi > *lo;
}

static void draw_dist(int y, int x, int w, const ensemble_stats *st, double lo, double hi,
		      attr_t attr)
{
	layout_dist d;
	if (w <= 0 || !(st->p50 > 0) ||
	    !layout_dist_bar(st->min / st->p50, st->p10 / st->p50, 1.0, st->p90 / st->p50,
			     st->max / st->p50, lo, hi, w, &d))
		return;
	unsigned char cells[512];
	if (w > (int)sizeof cells)
		w = (int)sizeof cells;
	layout_dist_cells(&d, w, cells);
	char buf[512 * 4];
	size_t used = 0;
	for (int i = 0; i < w; i++) {
		const char *g = dist_glyph(cells[i], i == d.min);
		size_t n = strlen(g);
		if (used + n >= sizeof buf)
			break;
		memcpy(buf + used, g, n);
		used += n;
	}
	buf[used] = 0;
	attr_t old;
	short pair;
	attr_get(&old, &pair, NULL);
	attrset(attr);
	mvaddstr(y, x, buf);
	attr_set(old, pair, NULL);
}

static void format_figure(const app *a, double v, const money_unit *mu, char *buf, size_t size)
{
	if (a->studies->risk.show_value)
		study_money(v, mu, a->lang, buf, size);
	else
		numfmt_number(v, 0, a->lang, buf, size);
}

/* A district, crop or commune row; `sel`: under the cursor. */
static void draw_group(const app *a, const risk_layout *lay, int y, const risk_row *r,
		       const money_unit *mu, double lo, double hi, bool stale, bool sel)
{
	lang l = a->lang;
	const risk_study *rs = &a->studies->risk;
	const ensemble_stats *st = shown_stats(a, r->g);
	char name[SCN_NAME_MAX], buf[NUMFMT_MAX];
#define ROLE(role) theme_attr(sel ? TH_SELECTED : (role))
	layout_truncate(r->name, lay->w[RC_NAME], true, theme_is_ascii(), name, sizeof name);
	if (layout_text_width(r->name) > lay->w[RC_NAME])
		itemview_short_name(r->name, name, sizeof name);
	draw_text(y, lay->x[RC_NAME], lay->w[RC_NAME], name, ROLE(TH_NORMAL));
	draw_dist(y, lay->x[RC_BAR], lay->w[RC_BAR], st, lo, hi, ROLE(stale ? TH_DIM : TH_BAR));
	const double q[3] = { st->p10, st->p50, st->p90 };
	for (int i = 0; i < 3; i++) {
		int c = RC_P10 + i;
		if (!lay->w[c])
			continue;
		format_figure(a, q[i], mu, buf, sizeof buf);
		draw_text_right(y, lay->x[c], lay->w[c], buf, ROLE(c == RC_P50 ? TH_TITLE : TH_NORMAL));
	}
	if (lay->w[RC_FAIL]) {
		double p = share(r->g->failures, rs->result.seasons);
		numfmt_pct(p * 100, 1, l, buf, sizeof buf);
		draw_text_right(y, lay->x[RC_FAIL], lay->w[RC_FAIL], buf,
				ROLE(p >= 0.2 ? TH_WARNING : TH_NORMAL));
	}
	if (lay->w[RC_CONTRIB]) {
		if (isfinite(r->contribution_mean))
			numfmt_signed(r->contribution_mean, 3, l, theme_is_ascii(), buf, sizeof buf);
		else
			snprintf(buf, sizeof buf, "%s", numfmt_na());
		draw_text_right(y, lay->x[RC_CONTRIB], lay->w[RC_CONTRIB], buf, ROLE(TH_NORMAL));
	}
#undef ROLE
}

/* The bar column's header: the axis ends as changes against the median ("−18%", "+30%"). */
static void draw_axis_labels(const app *a, const risk_layout *lay, int y, double lo, double hi,
			     attr_t attr)
{
	char num[NUMFMT_MAX], left[NUMFMT_MAX + 2], right[NUMFMT_MAX + 2];
	numfmt_signed((lo - 1) * 100, 0, a->lang, theme_is_ascii(), num, sizeof num);
	snprintf(left, sizeof left, "%s%%", num);
	numfmt_signed((hi - 1) * 100, 0, a->lang, theme_is_ascii(), num, sizeof num);
	snprintf(right, sizeof right, "%s%%", num);
	int w = lay->w[RC_BAR];
	if (layout_text_width(left) + layout_text_width(right) + 1 > w)
		return;
	draw_text(y, lay->x[RC_BAR], w, left, attr);
	draw_text_right(y, lay->x[RC_BAR], w, right, attr);
}

/* The progress of a run: "Running 500 seasons: 45% [████░░░░] 1.2 s". */
static void draw_progress(const app *a, rect area, int y)
{
	const risk_study *r = &a->studies->risk;
	lang l = a->lang;
	char lead[160], pct[NUMFMT_MAX], secs[NUMFMT_MAX];
	char seasons[NUMFMT_MAX];
	numfmt_number(ensemble_job_seasons(r->job), 0, l, seasons, sizeof seasons);
	numfmt_pct(r->progress * 100, 0, l, pct, sizeof pct);
	numfmt_number(ensemble_job_elapsed_ms(r->job) / 1000.0, 1, l, secs, sizeof secs);
	snprintf(lead, sizeof lead, tr(l, "Running %s seasons: %s"), seasons, pct);
	int x = area.x + draw_text(y, area.x, area.w, lead, theme_attr(TH_TITLE)) + 1;
	int bar_w = area.w / 4;
	if (bar_w > 30)
		bar_w = 30;
	if (x + bar_w + 2 >= area.x + area.w)
		return;
	const theme_glyphs *g = theme_glyphs_get();
	char buf[512];
	draw_text(y, x, 1, "[", theme_attr(TH_NORMAL));
	int filled = theme_bar_text(r->progress * bar_w, g, buf, sizeof buf);
	draw_text(y, x + 1, bar_w, buf, theme_attr(TH_BAR));
	for (int i = filled; i < bar_w; i++)
		draw_text(y, x + 1 + i, 1, g->shade, theme_attr(TH_DIM));
	draw_text(y, x + 1 + bar_w, 1, "]", theme_attr(TH_NORMAL));
	x += bar_w + 3;
	char tail[160];
	snprintf(tail, sizeof tail, tr(l, "%s s; Esc or c stops"), secs);
	draw_text(y, x, area.x + area.w - x, tail, theme_attr(TH_DIM));
}

/* The line under the title: the run going on, or what the figures below are. */
static void draw_state(const app *a, rect area, int y)
{
	const risk_study *r = &a->studies->risk;
	lang l = a->lang;
	if (r->job) {
		draw_progress(a, area, y);
		return;
	}
	char line[400], d[240];
	bool stale = r->have_result && r->result_version != a->version;
	const char *warn = theme_glyphs_get()->warn;
	const char *msg = NULL;
	theme_role role = TH_NORMAL;
	if (r->phase == RISK_FAILED) {
		snprintf(line, sizeof line, "%s %s: %s", warn, tr(l, "The seasons could not be run"),
			 r->diags.count ? diag_format_in(&r->diags.items[0], l, d, sizeof d)
					: tr(l, "unknown error"));
		draw_text(y, area.x, area.w, line, theme_attr(TH_ERROR));
		return;
	}
	if (r->phase == RISK_STOPPED_BY_EDIT) {
		msg = r->have_result
			? "Stopped: the scenario was edited. The figures below are OLD; r runs again."
			: "Stopped: the scenario was edited; r runs it again.";
		role = TH_WARNING;
	} else if (stale) {
		msg = "OLD FIGURES: the scenario was edited after this run. r runs it again.";
		role = TH_WARNING;
	} else if (r->phase == RISK_CANCELLED) {
		msg = r->have_result
			? "Stopped before the end; the figures are those of the run before. r runs again."
			: "Stopped before the end. r runs the seasons.";
	} else if (r->have_result) {
		char secs[NUMFMT_MAX];
		numfmt_number(r->result_ms / 1000.0, 2, l, secs, sizeof secs);
		snprintf(line, sizeof line, tr(l, "Up to date: run in %s s."), secs);
		draw_text(y, area.x, area.w, line, theme_attr(TH_DIM));
		return;
	} else {
		msg = "r runs the seasons.";
	}
	if (role == TH_WARNING)
		snprintf(line, sizeof line, "%s %s", warn, tr(l, msg));
	else
		snprintf(line, sizeof line, "%s", tr(l, msg));
	draw_text(y, area.x, area.w, line, theme_attr(role));
}

/* What the figures are: "Value (billion VND) over 30 seasons of generated weather (seeds
 * 2020–2049)". */
static void draw_title(const app *a, rect area, int y, const money_unit *mu)
{
	const risk_study *r = &a->studies->risk;
	lang l = a->lang;
	char line[300], what[160], n1[NUMFMT_MAX];
	if (!r->have_result) {
		draw_text(y, area.x, area.w, tr(l, "Risk: many seasons of generated weather"),
			  theme_attr(TH_TITLE));
		return;
	}
	const ensemble_result *er = &r->result;
	if (r->show_value)
		snprintf(what, sizeof what, "%s (%s)", tr(l, "Value"), tr(l, mu->unit));
	else
		snprintf(what, sizeof what, "%s", tr(l, "Output (tonnes)"));
	numfmt_number(er->seasons, 0, l, n1, sizeof n1);
	const char *dash = theme_is_ascii() ? "-" : "–";
	if (er->generated)
		snprintf(line, sizeof line,
			 tr(l, "%s over %s seasons of generated weather (seeds %lu%s%lu)"), what, n1,
			 er->seed_first, dash, er->seed_first + (unsigned long)er->seasons - 1);
	else if (er->seasons > 1)
		snprintf(line, sizeof line, tr(l, "%s over the %s seasons of the observed weather (%d%s%d)"),
			 what, n1, er->year_first, dash, er->year_last);
	else
		snprintf(line, sizeof line, tr(l, "%s: the observed weather covers one season only"),
			 what);
	draw_text(y, area.x, area.w, line, theme_attr(TH_TITLE));
}

static void draw_legend(const app *a, rect area, int y)
{
	bool ascii = theme_is_ascii();
	char line[300];
	snprintf(line, sizeof line, tr(a->lang, "Bars against the median: %s worst season %s low%shigh %s median %s best season"),
		 ascii ? "+-" : "├─", ascii ? "===" : "███", ascii ? "-" : "–", ascii ? "|" : "┃",
		 ascii ? "-+" : "─┤");
	draw_text(y, area.x, area.w, line, theme_attr(TH_DIM));
}

/* The rows of the body from the table's first row to the hint line. */
static int table_top(rect area)
{
	return area.y + 4;
}

static int body_rows(rect area)
{
	return area.h - 5;
}

/* The bottom line: the keys, and the seasons of the next run at the right. */
static void draw_hints(const app *a, rect area)
{
	char right[160], n1[NUMFMT_MAX];
	numfmt_number(risk_seasons(a), 0, a->lang, n1, sizeof n1);
	snprintf(right, sizeof right, tr(a->lang, "Next run: %s seasons"), n1);
	int rw = layout_text_width(right);
	int y = area.y + area.h - 1;
	rect left = area;
	left.w = area.w - rw - 2;
	draw_key_hints(left, y, a->lang, SCREEN_RISK);
	draw_text_right(y, area.x, area.w, right, theme_attr(TH_DIM));
}

static void risk_draw(app *a, rect area)
{
	draw_clear(area);
	const risk_study *r = &a->studies->risk;
	lang l = a->lang;
	int y = area.y;
	const ensemble_result *er = &r->result;
	money_unit mu = study_money_unit(r->have_result ? er->district.g.value_mvnd.max : 0);
	draw_title(a, area, y, &mu);
	draw_state(a, area, y + 1);
	draw_hints(a, area);
	if (!r->have_result)
		return;
	bool stale = r->result_version != a->version;
	draw_legend(a, area, y + 2);
	risk_layout lay;
	layout_risk(area, &lay);
	risk_row *rows = malloc(sizeof *rows * MAX_ROWS);
	if (!rows)
		return;
	int n = collect_rows(a, rows, MAX_ROWS);
	double lo, hi;
	bool axis = relative_axis(a, rows, n, &lo, &hi);
	attr_t hdr = theme_attr(TH_HEADER);
	int hy = y + 3;
	view_state *v = &a->view[SCREEN_RISK];
	draw_fill(hy, area.x, area.w, hdr);
	if (axis)
		draw_axis_labels(a, &lay, hy, lo, hi, hdr);
	/* plain words (plain_words.h); the symbols are in the help screen's glossary */
	static const char *const heads[RC_COUNT] = {
		[RC_NAME] = "Name", [RC_P10] = "P10", [RC_P50] = "P50", [RC_P90] = "P90",
		[RC_FAIL] = "P(fail)", [RC_CONTRIB] = "pp",
	};
	for (int c = 0; c < RC_COUNT; c++) {
		int dir = v->sort && abs(v->sort) - 1 == c ? (v->sort > 0 ? 1 : -1) : 0;
		if (heads[c] && lay.w[c])
			draw_header_cell(hy, lay.x[c], lay.w[c], plain_word(l, heads[c]), c != RC_NAME, dir, hdr);
	}
	int visible = body_rows(area);
	int *order = malloc(sizeof *order * (size_t)(n > 0 ? n : 1));
	if (!order) {
		free(rows);
		return;
	}
	n = table_rows(a, &risk_table, v->sort, order, n);
	int cursor = table_settle(a, &risk_table, order, n, table_pos(order, n, v->row), 1);
	if (n > 0)
		v->row = order[cursor];
	v->top = study_scroll_top(v->top, cursor, table_settle(a, &risk_table, order, n, 0, 1),
				  table_settle(a, &risk_table, order, n, n - 1, -1), visible, n);
	const theme_glyphs *g = theme_glyphs_get();
	for (int i = 0; i < visible && v->top + i < n; i++) {
		const risk_row *rr = &rows[order[v->top + i]];
		int yy = table_top(area) + i;
		char line[300];
		switch (rr->kind) {
		case RR_GROUP:
			if (v->top + i == cursor)
				draw_fill(yy, area.x, area.w - 1, theme_attr(TH_SELECTED));
			if (axis)
				draw_group(a, &lay, yy, rr, &mu, lo, hi, stale, v->top + i == cursor);
			break;
		case RR_HEADING:
			draw_text(yy, area.x, area.w, rr->name, theme_attr(TH_TITLE));
			break;
		case RR_NOTE:
			snprintf(line, sizeof line, "%s %s", rr->warn ? g->warn : " ", rr->note);
			draw_text(yy, area.x, area.w - 1, line, theme_attr(rr->warn ? TH_WARNING : TH_NORMAL));
			break;
		case RR_BLANK:
			break;
		}
	}
	if (v->top + visible < n)
		draw_text_right(table_top(area) + visible - 1, area.x, area.w, g->down, theme_attr(TH_DIM));
	if (v->top > 0)
		draw_text_right(table_top(area), area.x, area.w, g->up, theme_attr(TH_DIM));
	free(order);
	free(rows);
}

/* ---- keys ---- */

static unsigned set_seasons(app *a, int n)
{
	risk_study *r = &a->studies->risk;
	if (n < 1)
		n = 1;
	if (n > RISK_MAX_SEASONS)
		n = RISK_MAX_SEASONS;
	r->seasons = n;
	return risk_start(a);
}

static unsigned risk_handle(app *a, action act)
{
	risk_study *r = &a->studies->risk;
	char buf[NUMFMT_MAX], label[160];
	switch (act) {
	case ACT_RUN:
		return risk_start(a);
	case ACT_CANCEL:
		return risk_cancel(a);
	case ACT_TOGGLE:
		r->show_value = !r->show_value;
		return CHANGED_VIEW;
	case ACT_INCREMENT:
	case ACT_DECREMENT:
		return set_seasons(a, risk_step_seasons(risk_seasons(a), act == ACT_INCREMENT ? 1 : -1));
	case ACT_EDIT:
		snprintf(buf, sizeof buf, "%d", risk_seasons(a));
		snprintf(label, sizeof label, tr(a->lang, "Seasons to run (1 to %d):"), RISK_MAX_SEASONS);
		app_open_prompt(a, PROMPT_EDIT, label, buf);
		return CHANGED_VIEW;
	default:
		return table_handle(a, &risk_table, act, body_rows(tv_body(a)) - 1);
	}
}

/* A click on a header sorts by its column (again: the other way); on a row selects it. */
static unsigned risk_click(app *a, rect area, int y, int x)
{
	if (!a->studies->risk.have_result)
		return CHANGED_NOTHING;
	risk_layout lay;
	layout_risk(area, &lay);
	if (y == table_top(area) - 1) {
		for (int c = 0; c < RC_COUNT; c++)
			if (lay.w[c] && x >= lay.x[c] && x < lay.x[c] + lay.w[c])
				return table_sort_by(a, &risk_table, c);
		return CHANGED_NOTHING;
	}
	if (y < table_top(area) || y >= table_top(area) + body_rows(area))
		return CHANGED_NOTHING;
	return table_pick(a, &risk_table, a->view[SCREEN_RISK].top + y - table_top(area));
}

static unsigned risk_commit(app *a, const char *text, char *err, size_t err_size)
{
	double v;
	if (!edit_parse_number(a->lang, text, &v) || v != floor(v) || v < 1 || v > RISK_MAX_SEASONS) {
		snprintf(err, err_size, tr(a->lang, "Seasons must be a whole number from 1 to %d"),
			 RISK_MAX_SEASONS);
		return CHANGED_NOTHING;
	}
	return set_seasons(a, (int)v);
}

const screen_ops screen_risk = {
	.title = "Risk",
	.draw = risk_draw,
	.handle = risk_handle,
	.click = risk_click,
	.commit = risk_commit,
	.sync = risk_poll,
	.table = &risk_table,
};
