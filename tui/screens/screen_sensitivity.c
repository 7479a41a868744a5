/* screen_sensitivity.c - the sensitivity screen: the one-at-a-time runs of sensitivity.h on
 * the current scenario (redone when the screen is shown and the scenario or the step changed
 * since) as a tornado chart, one row per parameter, largest effect first: bars left of the
 * base for a decrease and right for an increase of district value (Space: of the growth
 * contribution), the parameter-down run and the parameter-up run in different glyphs, with
 * the numbers. + and - (or Enter) change the step. A cursor on the rows; / finds a parameter
 * by its name in the user's language, o O and a click on a header sort by a column
 * (table_order.h; unsorted: largest swing first). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "screens.h"
#include "clock.h"
#include "draw.h"
#include "edit.h"
#include "layout.h"
#include "numfmt.h"
#include "plain_words.h"
#include "studies.h"
#include "study_view.h"
#include "table_order.h"
#include "tableview.h"
#include "theme.h"

static const double step_ladder[] = { 1, 2, 5, 10, 15, 20, 25, 30, 40, 50 };
#define N_STEPS ((int)(sizeof step_ladder / sizeof step_ladder[0]))

double sens_step_pct(double step, int dir)
{
	if (dir > 0) {
		for (int i = 0; i < N_STEPS; i++)
			if (step_ladder[i] > step + 1e-9)
				return step_ladder[i];
		return step;
	}
	for (int i = N_STEPS - 1; i >= 0; i--)
		if (step_ladder[i] < step - 1e-9)
			return step_ladder[i];
	return step;
}

/* English labels for tr(), by sens_param (the same as the report's). */
static const char *const param_labels[SENS_PARAMS] = {
	[SENS_PRICE] = "Price", [SENS_YIELD_POTENTIAL] = "Potential yield", [SENS_AREA] = "Area",
	[SENS_KY] = "Ky (yield response)", [SENS_KC_MID] = "Kc mid-season",
	[SENS_WARMING] = "Warming", [SENS_RAIN] = "Rain",
	[SENS_WINTER_CROP_PREV] = "Previous winter",
};

static unsigned sens_sync(app *a, bool shown)
{
	sens_study *ss = &a->studies->sens;
	if (!shown)
		return CHANGED_NOTHING;
	if (ss->tried && ss->version == a->version && ss->result_step == ss->step_pct)
		return CHANGED_NOTHING;
	ss->tried = true;
	ss->version = a->version;
	ss->result_step = ss->step_pct;
	diag_list_fini(&ss->diags);
	diag_list_init(&ss->diags);
	double t0 = clock_now_ms();
	ss->have_result = sensitivity_run(&a->cur.scn, ss->step_pct, &ss->result, &ss->diags);
	ss->ms = clock_now_ms() - t0;
	return CHANGED_VIEW;
}

/* ---- the rows ---- */

typedef struct {
	const sens_row *r;
	double d_lo, d_hi;      /* the low and high runs' differences to the base */
	double pct_lo, pct_hi;  /* value: the same in % of the base; NaN for the contribution */
} tornado_row;

static double diff(double v, double base)
{
	return isfinite(v) && isfinite(base) ? v - base : NAN;
}

static double pct(double v, double base)
{
	return base != 0 && isfinite(v) && isfinite(base) ? (v - base) / fabs(base) * 100.0 : NAN;
}

/* The rows in the order shown: by value swing (the result's order) or, for the growth
 * contribution, by its swing (ties keep the value order). */
static int collect(const sens_study *ss, tornado_row *out)
{
	const sensitivity_result *sr = &ss->result;
	int n = 0;
	for (int i = 0; i < SENS_PARAMS; i++) {
		const sens_row *r = &sr->rows[i];
		tornado_row t = { .r = r };
		if (ss->show_contribution) {
			t.d_lo = diff(r->lo.contribution_pp, sr->base.contribution_pp);
			t.d_hi = diff(r->hi.contribution_pp, sr->base.contribution_pp);
			t.pct_lo = t.pct_hi = NAN;
		} else {
			t.d_lo = diff(r->lo.value_mvnd, sr->base.value_mvnd);
			t.d_hi = diff(r->hi.value_mvnd, sr->base.value_mvnd);
			t.pct_lo = pct(r->lo.value_mvnd, sr->base.value_mvnd);
			t.pct_hi = pct(r->hi.value_mvnd, sr->base.value_mvnd);
		}
		/* Insertion by contribution swing, stable. */
		int k = n++;
		if (ss->show_contribution)
			while (k > 0 && out[k - 1].r->contribution_swing_pp < r->contribution_swing_pp) {
				out[k] = out[k - 1];
				k--;
			}
		out[k] = t;
	}
	return n;
}

/* ---- the table: find and order ---- */

enum { SC_NAME, SC_CHANGE, SC_BAR, SC_LOW, SC_HIGH, SC_PCT, SC_COUNT };

static int sens_count(const app *a)
{
	return a->studies->sens.have_result ? SENS_PARAMS : 0;
}

/* Row `row` in the unsorted order (largest swing first); false when there is none. */
static bool sens_get(const app *a, int row, tornado_row *t)
{
	tornado_row rows[SENS_PARAMS];
	if (row < 0 || row >= sens_count(a) || collect(&a->studies->sens, rows) <= row)
		return false;
	*t = rows[row];
	return true;
}

/* The keys: the name in the user's language; the change (±10, ±1); the bar does not sort;
 * the down and up differences; the percent column by the swing in percent (value only). */
static bool sens_key(const app *a, int row, int col, table_key *k)
{
	tornado_row t;
	k->is_text = col == SC_NAME;
	k->text[0] = 0;
	k->num = 0;
	if (col == SC_BAR || (col == SC_PCT && a->studies->sens.show_contribution))
		return false;
	if (!sens_get(a, row, &t))
		return true;
	switch (col) {
	case SC_NAME:
		snprintf(k->text, sizeof k->text, "%s", plain_word(a->lang, param_labels[t.r->param]));
		break;
	case SC_CHANGE: k->num = fabs(t.r->high); break;
	case SC_LOW:    k->num = t.d_lo; break;
	case SC_HIGH:   k->num = t.d_hi; break;
	default:        k->num = fabs(t.pct_hi - t.pct_lo); break;
	}
	return true;
}

static void sens_name(const app *a, int row, char *buf, size_t size)
{
	tornado_row t;
	snprintf(buf, size, "%s", sens_get(a, row, &t) ? plain_word(a->lang, param_labels[t.r->param]) : "");
}

static const char *sens_col_label(int col)
{
	static const char *const labels[SC_COUNT] = {
		[SC_NAME] = "Parameter", [SC_CHANGE] = "Change", [SC_BAR] = "Value",
		[SC_LOW] = "down", [SC_HIGH] = "up", [SC_PCT] = "down / up (%)",
	};
	return labels[col];
}

static const table_spec sens_table = {
	SCREEN_SENSITIVITY, SC_COUNT, sens_count, sens_key, sens_name, sens_col_label, true,
	NULL, NULL,
};

/* ---- drawing ---- */

static const layout_col sens_cols[SC_COUNT] = {
	[SC_NAME]     = { .min = 14, .pref = 22, .priority = 9 },
	[SC_CHANGE]   = { .min = 8, .pref = 8, .priority = 6 },
	[SC_BAR]      = { .min = 25, .pref = 61, .priority = 8, .flex = true },
	[SC_LOW]      = { .min = 9, .pref = 10, .priority = 10 },
	[SC_HIGH]     = { .min = 9, .pref = 10, .priority = 10 },
	[SC_PCT]      = { .min = 15, .pref = 15, .priority = 4 },   /* "−10,0 / +10,0" */
};

static const char *tornado_glyph(unsigned char k)
{
	bool ascii = theme_is_ascii();
	switch (k) {
	case TORNADO_AXIS: return ascii ? "|" : "│";
	case TORNADO_LOW:  return ascii ? "-" : "▒";
	case TORNADO_HIGH: return ascii ? "+" : "█";
	default:           return " ";
	}
}

static void draw_tornado(int y, int x, int w, double d_lo, double d_hi, double max_abs)
{
	int half = (w - 1) / 2;
	if (half < 1)
		return;
	unsigned char cells[257];
	if (half > 128)
		half = 128;
	layout_tornado_cells(d_lo, d_hi, max_abs, half, cells);
	for (int i = 0; i < 2 * half + 1; i++) {
		if (cells[i] == TORNADO_NONE)
			continue;
		theme_role role = cells[i] == TORNADO_AXIS ? TH_DIM : TH_BAR;
		draw_text(y, x + i, 1, tornado_glyph(cells[i]), theme_attr(role));
	}
}

/* "±10 %", "±1 °C", "±20 %" in the user's numbers. */
static void change_text(const sens_row *r, lang l, char *buf, size_t size)
{
	char n[24];
	double v = fabs(r->high);
	numfmt_number(v, v == floor(v) ? 0 : 1, l, n, sizeof n);
	snprintf(buf, size, "%s%s %s", theme_is_ascii() ? "+/-" : "±", n,
		 r->param == SENS_WARMING ? "°C" : "%");
}

static void format_diff(const sens_study *ss, double d, const money_unit *mu, lang l, char *buf,
			size_t size)
{
	if (!isfinite(d))
		snprintf(buf, size, "%s", numfmt_na());
	else if (ss->show_contribution)
		numfmt_signed(d, 3, l, theme_is_ascii(), buf, size);
	else
		numfmt_signed(d / mu->div, mu->decimals, l, theme_is_ascii(), buf, size);
}

static void draw_base(const app *a, rect area, int y)
{
	const sensitivity_result *sr = &a->studies->sens.result;
	lang l = a->lang;
	char v[NUMFMT_MAX], c[NUMFMT_MAX], o[NUMFMT_MAX], line[300];
	numfmt_money(sr->base.value_mvnd, 1, l, true, v, sizeof v);
	numfmt_number(sr->base.output_t, 0, l, o, sizeof o);
	if (sr->has_economy) {
		numfmt_pp(sr->base.contribution_pp, 3, l, theme_is_ascii(), c, sizeof c);
		snprintf(line, sizeof line, tr(l, "Base: value %s; output %s t; growth contribution %s"),
			 v, o, c);
	} else {
		snprintf(line, sizeof line, tr(l, "Base: value %s; output %s t"), v, o);
	}
	draw_text(y, area.x, area.w, line, theme_attr(TH_NORMAL));
}

typedef struct {
	int w[SC_COUNT], x[SC_COUNT];
	int header_y;       /* the header row; the rows below it */
	int visible;        /* rows that fit above the notes and the hint line */
} sens_layout;

static void layout_sens(rect area, sens_layout *lay)
{
	layout_columns(sens_cols, SC_COUNT, area.w, 1, lay->w);
	for (int i = 0; i < SC_COUNT; i++)
		lay->x[i] = area.x + layout_column_x(lay->w, SC_COUNT, 1, i);
	lay->header_y = area.y + 3;
	lay->visible = area.y + area.h - 2 - (lay->header_y + 1);
	if (lay->visible < 1)
		lay->visible = 1;
}

/* The header of column c, with ▲/▼ when the rows are sorted by it. */
static void draw_header(const sens_layout *lay, int c, const char *label, bool right, int sort,
			attr_t hdr)
{
	int dir = sort && abs(sort) - 1 == c ? (sort > 0 ? 1 : -1) : 0;
	draw_header_cell(lay->header_y, lay->x[c], lay->w[c], label, right, dir, hdr);
}

static void sens_draw(app *a, rect area)
{
	draw_clear(area);
	const sens_study *ss = &a->studies->sens;
	lang l = a->lang;
	int y = area.y;
	char line[400], n1[NUMFMT_MAX], d[240];
	numfmt_number(ss->step_pct, ss->step_pct == floor(ss->step_pct) ? 0 : 1, l, n1, sizeof n1);
	snprintf(line, sizeof line,
		 tr(l, "Sensitivity: each parameter ±%s %% on its own, all crops at once; largest first"),
		 n1);
	draw_text(y, area.x, area.w, line, theme_attr(TH_TITLE));
	draw_key_hints(area, area.y + area.h - 1, l, SCREEN_SENSITIVITY);
	if (!ss->have_result) {
		if (ss->tried) {
			snprintf(line, sizeof line, "%s %s: %s", theme_glyphs_get()->warn,
				 tr(l, "The runs could not be made"),
				 ss->diags.count ? diag_format_in(&ss->diags.items[0], l, d, sizeof d)
						 : tr(l, "unknown error"));
			draw_text(y + 1, area.x, area.w, line, theme_attr(TH_ERROR));
		}
		return;
	}
	const sensitivity_result *sr = &ss->result;
	draw_base(a, area, y + 1);
	bool ascii = theme_is_ascii();
	snprintf(line, sizeof line,
		 tr(l, "%s parameter down  %s parameter up; left of %s lower, right higher"),
		 ascii ? "-" : "▒", ascii ? "+" : "█", ascii ? "|" : "│");
	draw_text(y + 2, area.x, area.w, line, theme_attr(TH_DIM));

	sens_layout lay;
	layout_sens(area, &lay);
	const int *w = lay.w, *x = lay.x;
	tornado_row rows[SENS_PARAMS];
	int n = collect(ss, rows);
	double max_abs = 0;
	for (int i = 0; i < n; i++) {
		if (isfinite(rows[i].d_lo) && fabs(rows[i].d_lo) > max_abs)
			max_abs = fabs(rows[i].d_lo);
		if (isfinite(rows[i].d_hi) && fabs(rows[i].d_hi) > max_abs)
			max_abs = fabs(rows[i].d_hi);
	}
	/* Differences in million VND, whole: small effects keep their digits. */
	money_unit mu = study_money_unit(0);
	attr_t hdr = theme_attr(TH_HEADER);
	view_state *v = &a->view[SCREEN_SENSITIVITY];
	int hy = lay.header_y;
	draw_fill(hy, area.x, area.w, hdr);
	draw_header(&lay, SC_NAME, tr(l, "Parameter"), false, v->sort, hdr);
	if (w[SC_CHANGE])
		draw_header(&lay, SC_CHANGE, tr(l, "Change"), false, v->sort, hdr);
	char label[160];
	if (ss->show_contribution)
		snprintf(label, sizeof label, "%s (%s)", tr(l, "Growth contribution"), tr(l, "pp"));
	else
		snprintf(label, sizeof label, "%s (%s)", tr(l, "Value"), tr(l, mu.unit));
	draw_header_cell(hy, x[SC_BAR], w[SC_BAR], label, false, 0, hdr);
	draw_header(&lay, SC_LOW, tr(l, "down"), true, v->sort, hdr);
	draw_header(&lay, SC_HIGH, tr(l, "up"), true, v->sort, hdr);
	if (w[SC_PCT] && !ss->show_contribution)
		draw_header(&lay, SC_PCT, tr(l, "down / up (%)"), true, v->sort, hdr);
	int order[SENS_PARAMS];
	n = table_rows(a, &sens_table, v->sort, order, n);
	v->row = layout_clamp(v->row, 0, n - 1);
	int cursor = table_pos(order, n, v->row);
	v->top = layout_scroll_top(v->top, cursor, lay.visible, n);
	int yy = hy + 1;
	for (int i = v->top; i < n && yy < hy + 1 + lay.visible; i++, yy++) {
		const tornado_row *t = &rows[order[i]];
		bool sel = i == cursor;
		if (sel)
			draw_fill(yy, area.x, area.w, theme_attr(TH_SELECTED));
		attr_t normal = theme_attr(sel ? TH_SELECTED : TH_NORMAL);
		attr_t dim = theme_attr(sel ? TH_SELECTED : TH_DIM);
		draw_text(yy, x[SC_NAME], w[SC_NAME], plain_word(l, param_labels[t->r->param]), normal);
		char buf[NUMFMT_MAX];
		if (w[SC_CHANGE]) {
			change_text(t->r, l, buf, sizeof buf);
			draw_text(yy, x[SC_CHANGE], w[SC_CHANGE], buf, dim);
		}
		draw_tornado(yy, x[SC_BAR], w[SC_BAR], t->d_lo, t->d_hi, max_abs);
		format_diff(ss, t->d_lo, &mu, l, buf, sizeof buf);
		draw_text_right(yy, x[SC_LOW], w[SC_LOW], buf, normal);
		format_diff(ss, t->d_hi, &mu, l, buf, sizeof buf);
		draw_text_right(yy, x[SC_HIGH], w[SC_HIGH], buf, normal);
		if (w[SC_PCT] && !ss->show_contribution) {
			char lo[NUMFMT_MAX], hi[NUMFMT_MAX], both[2 * NUMFMT_MAX + 4];
			numfmt_signed(t->pct_lo, 1, l, ascii, lo, sizeof lo);
			numfmt_signed(t->pct_hi, 1, l, ascii, hi, sizeof hi);
			snprintf(both, sizeof both, "%s / %s", lo, hi);
			draw_text_right(yy, x[SC_PCT], w[SC_PCT], both, dim);
		}
	}
	/* What a reader needs to read the rows right. */
	yy++;
	if (ss->show_contribution && !sr->has_economy) {
		draw_text(yy++, area.x, area.w,
			  tr(l, "The scenario has no economy section: there is no growth contribution."),
			  theme_attr(TH_WARNING));
	} else if (ss->show_contribution && yy < area.y + area.h - 1) {
		draw_text(yy++, area.x, area.w,
			  tr(l, "Price moves current prices only; the contribution (constant prices) stays."),
			  theme_attr(TH_DIM));
	}
	if (yy < area.y + area.h - 1) {
		char ms[NUMFMT_MAX];
		numfmt_number(ss->ms, 0, l, ms, sizeof ms);
		snprintf(line, sizeof line,
			 tr(l, "Warming and rain change every day of the weather. %d runs took %s ms."),
			 2 * SENS_PARAMS + 1, ms);
		draw_text(yy, area.x, area.w, line, theme_attr(TH_DIM));
	}
}

/* ---- keys ---- */

static unsigned set_step(app *a, double step)
{
	sens_study *ss = &a->studies->sens;
	if (step == ss->step_pct)
		return CHANGED_NOTHING;
	ss->step_pct = step;
	return CHANGED_VIEW;   /* the sync redoes the runs */
}

/* Space: value or growth contribution; the cursor stays on its parameter, whose place in
 * the unsorted order (by the swing of what is shown) may change. */
static unsigned toggle_shown(app *a)
{
	sens_study *ss = &a->studies->sens;
	view_state *v = &a->view[SCREEN_SENSITIVITY];
	tornado_row t;
	int param = sens_get(a, v->row, &t) ? (int)t.r->param : -1;
	ss->show_contribution = !ss->show_contribution;
	for (int i = 0; param >= 0 && i < sens_count(a); i++)
		if (sens_get(a, i, &t) && (int)t.r->param == param)
			v->row = i;
	return CHANGED_VIEW;
}

static unsigned sens_handle(app *a, action act)
{
	sens_study *ss = &a->studies->sens;
	char buf[NUMFMT_MAX], label[160];
	sens_layout lay;
	switch (act) {
	case ACT_TOGGLE:
		return toggle_shown(a);
	case ACT_INCREMENT:
	case ACT_DECREMENT:
		return set_step(a, sens_step_pct(ss->step_pct, act == ACT_INCREMENT ? 1 : -1));
	case ACT_EDIT:
		edit_format_number(ss->step_pct, 1, a->lang, buf, sizeof buf);
		snprintf(label, sizeof label, "%s", tr(a->lang, "Step in percent of each parameter (above 0, below 100):"));
		app_open_prompt(a, PROMPT_EDIT, label, buf);
		return CHANGED_VIEW;
	default:
		layout_sens(tv_body(a), &lay);
		return table_handle(a, &sens_table, act, lay.visible - 1);
	}
}

/* A click on a header sorts by its column (again: the other way); on a row selects it. */
static unsigned sens_click(app *a, rect area, int y, int x)
{
	if (!a->studies->sens.have_result)
		return CHANGED_NOTHING;
	sens_layout lay;
	layout_sens(area, &lay);
	if (y == lay.header_y) {
		for (int c = 0; c < SC_COUNT; c++)
			if (lay.w[c] && x >= lay.x[c] && x < lay.x[c] + lay.w[c])
				return table_sort_by(a, &sens_table, c);
		return CHANGED_NOTHING;
	}
	if (y <= lay.header_y || y > lay.header_y + lay.visible)
		return CHANGED_NOTHING;
	return table_pick(a, &sens_table, a->view[SCREEN_SENSITIVITY].top + y - lay.header_y - 1);
}

static unsigned sens_commit(app *a, const char *text, char *err, size_t err_size)
{
	double v;
	if (!edit_parse_number(a->lang, text, &v) || !(v > 0) || !(v < 100)) {
		snprintf(err, err_size, "%s", tr(a->lang, "The step must be a percentage above 0 and below 100"));
		return CHANGED_NOTHING;
	}
	return set_step(a, v) | CHANGED_VIEW;
}

const screen_ops screen_sensitivity = {
	.title = "Sensitivity",
	.draw = sens_draw,
	.handle = sens_handle,
	.click = sens_click,
	.commit = sens_commit,
	.sync = sens_sync,
	.table = &sens_table,
};
