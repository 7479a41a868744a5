/* screen_weather.c - the season's weather (charts drawn by weather_chart.c: Tmin-Tmax band,
 * rain and ET0 bars, cold days marked with '*') above the list of what-if shocks: space turns one on or off, Enter edits its numbers, + and -
 * step them, a adds a shock of the selected one's kind (a cold spell first), + and - or Enter on
 * the Shock column change its kind (cold spell, warming, rain, drought, price), d deletes.
 * Every change is an undoable edit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "screens.h"
#include "draw.h"
#include "edit.h"
#include "itemview.h"
#include "layout.h"
#include "numfmt.h"
#include "screen_cols.h"
#include "table_order.h"
#include "tableview.h"
#include "theme.h"
#include "weather_chart.h"


static const tv_column shock_cols[SC_COUNT] = {
	[SC_ON]     = { "On", NULL, { 3, 4, 10, false }, false, true, NULL },
	[SC_KIND]   = { "Shock", NULL, { 10, 14, 9, false }, false, true, NULL },
	[SC_FROM]   = { "From", NULL, { 10, 10, 8, false }, false, true, NULL },
	[SC_DAYS]   = { "Days", NULL, { 4, 5, 8, false }, true, true, "Days, short" },
	[SC_TMIN]   = { "Tmin °C", NULL, { 7, 8, 7, false }, true, true, NULL },
	[SC_TMAX]   = { "Tmax °C", NULL, { 7, 8, 7, false }, true, true, NULL },
	[SC_CHANGE] = { "Change", NULL, { 8, 9, 7, false }, true, true, NULL },
	[SC_CROP]   = { "Crop", NULL, { 8, 14, 5, true }, false, true, NULL },
};

/* Whether column c of the shocks table applies to a shock of this kind. */
static bool col_applies(shock_kind k, int c)
{
	switch (c) {
	case SC_ON: case SC_KIND: return true;
	case SC_FROM: case SC_DAYS: return k == SHOCK_COLD_SPELL || k == SHOCK_DROUGHT;
	case SC_TMIN: case SC_TMAX: return k == SHOCK_COLD_SPELL;
	case SC_CHANGE: return k == SHOCK_WARMING || k == SHOCK_RAIN || k == SHOCK_PRICE;
	case SC_CROP: return k == SHOCK_PRICE;
	default: return false;
	}
}

static const char *kind_words(shock_kind k)
{
	switch (k) {
	case SHOCK_COLD_SPELL: return "cold spell";
	case SHOCK_WARMING: return "warming";
	case SHOCK_RAIN: return "rain change";
	case SHOCK_DROUGHT: return "drought";
	case SHOCK_PRICE: return "price change";
	}
	return "?";
}

/* ---- geometry ---- */

typedef struct {
	rect charts;                         /* title, charts and legend (weather_chart.c) */
	tv_layout shocks;                    /* the shocks table */
	int shock_rows;                      /* data rows of the table */
	int hint_y;
} weather_layout;

static void compute_layout(const app *a, rect area, weather_layout *L)
{
	memset(L, 0, sizeof *L);
	int n_shocks = (int)a->cur.scn.n_shocks;
	int max_rows = area.h / 4 > 2 ? area.h / 4 : 2;
	L->shock_rows = layout_clamp(n_shocks, 1, max_rows);
	int shock_h = 1 + L->shock_rows + 1;   /* header, rows, hint */
	rect st = { area.y + area.h - shock_h, area.x, shock_h, area.w };
	tv_layout_compute(shock_cols, SC_COUNT, st, 1, &L->shocks);
	L->shocks.body_rows = L->shock_rows;
	L->hint_y = area.y + area.h - 1;
	L->charts = (rect){ area.y, area.x, area.h - shock_h, area.w };
}

/* ---- shocks table ---- */

static void shock_cell(const app *a, const shock *h, int c, char *buf, size_t size)
{
	lang l = a->lang;
	const theme_glyphs *g = theme_glyphs_get();
	char num[NUMFMT_MAX];
	buf[0] = 0;
	if (!col_applies(h->kind, c)) {
		return;
	}
	switch (c) {
	case SC_ON:
		snprintf(buf, size, "%s", h->enabled ? g->mark_on : g->mark_off);
		break;
	case SC_KIND:
		snprintf(buf, size, "%s", tr(l, kind_words(h->kind)));
		break;
	case SC_FROM:
		numfmt_date_long(h->from, l, buf, size);
		break;
	case SC_DAYS:
		snprintf(buf, size, "%d", h->days);
		break;
	case SC_TMIN:
		numfmt_number(h->tmin_c, 1, l, buf, size);
		break;
	case SC_TMAX:
		numfmt_number(h->tmax_c, 1, l, buf, size);
		break;
	case SC_CHANGE:
		if (h->kind == SHOCK_WARMING) {
			numfmt_signed(h->delta_c, 1, l, theme_is_ascii(), num, sizeof num);
			snprintf(buf, size, "%s °C", num);
		} else {
			numfmt_number(h->factor, 2, l, num, sizeof num);
			snprintf(buf, size, "x %s", num);
		}
		break;
	case SC_CROP:
		snprintf(buf, size, "%s", h->crop < 0 ? tr(l, "all crops")
							: itemview_crop_name(&a->cur.scn, h->crop));
		break;
	}
}

/* The cursor's column made valid for the selected shock's kind. */
static int fix_col(const app *a, const tv_layout *t, int col)
{
	const view_state *v = &a->view[SCREEN_WEATHER];
	if (v->row < 0 || (size_t)v->row >= a->cur.scn.n_shocks)
		return SC_ON;
	shock_kind k = a->cur.scn.shocks[v->row].kind;
	if (col >= 0 && col < SC_COUNT && shock_cols[col].editable && t->w[col] && col_applies(k, col))
		return col;
	for (int c = col; c >= 0; c--)
		if (shock_cols[c].editable && t->w[c] && col_applies(k, c))
			return c;
	return SC_ON;
}

static int next_col(const app *a, const tv_layout *t, int col, int dir)
{
	const view_state *v = &a->view[SCREEN_WEATHER];
	if (v->row < 0 || (size_t)v->row >= a->cur.scn.n_shocks)
		return col;
	shock_kind k = a->cur.scn.shocks[v->row].kind;
	for (int c = col + dir; c >= 0 && c < SC_COUNT; c += dir)
		if (shock_cols[c].editable && t->w[c] && col_applies(k, c))
			return c;
	return col;
}

/* ---- find and order (table_order.h) ---- */

static int shocks_count(const app *a)
{
	return (int)a->cur.scn.n_shocks;
}

static bool shocks_key(const app *a, int row, int col, table_key *k)
{
	const shock *h = &a->cur.scn.shocks[row];
	k->is_text = col == SC_KIND || col == SC_CROP;
	switch (col) {
	case SC_ON: k->num = h->enabled; break;
	case SC_FROM: k->num = col_applies(h->kind, col) ? h->from : 1e12; break;
	case SC_DAYS: k->num = col_applies(h->kind, col) ? h->days : -1; break;
	case SC_TMIN: k->num = col_applies(h->kind, col) ? h->tmin_c : 1e12; break;
	case SC_TMAX: k->num = col_applies(h->kind, col) ? h->tmax_c : 1e12; break;
	case SC_CHANGE: k->num = h->kind == SHOCK_WARMING ? h->delta_c : h->factor; break;
	default: shock_cell(a, h, col, k->text, sizeof k->text); break;
	}
	return true;
}

/* What / looks in: the kind of shock and its crop. */
static void shocks_name(const app *a, int row, char *buf, size_t size)
{
	const shock *h = &a->cur.scn.shocks[row];
	char what[SCN_NAME_MAX] = "";
	shock_cell(a, h, SC_CROP, what, sizeof what);
	snprintf(buf, size, "%s %s", tr(a->lang, kind_words(h->kind)), what);
}

static const char *shocks_col_label(int col)
{
	return shock_cols[col].label;
}

static const table_spec shocks_table = {
	SCREEN_WEATHER, SC_COUNT, shocks_count, shocks_key, shocks_name, shocks_col_label, false,
	NULL, NULL,
};

static void draw_shocks(app *a, const weather_layout *L, rect area)
{
	lang l = a->lang;
	const tv_layout *t = &L->shocks;
	view_state *v = &a->view[SCREEN_WEATHER];
	const scenario *s = &a->cur.scn;
	int n = (int)s->n_shocks;
	v->row = layout_clamp(v->row, 0, n - 1);
	v->col = fix_col(a, t, v->col);
	int *order = table_shown(a, &shocks_table, &n);
	if (!order)
		n = 0;
	v->top = layout_scroll_top(v->top, table_pos(order, n, v->row), L->shock_rows, n);
	attr_t hdr = theme_attr(TH_HEADER);
	int y0 = t->area.y;
	draw_fill(y0, area.x, area.w, hdr);
	int sort_col = abs(v->sort) - 1;
	for (int c = 0; c < SC_COUNT; c++)
		if (t->w[c]) {
			int sort = v->sort && c == sort_col ? (v->sort > 0 ? 1 : -1) : 0;
			draw_header_cell(y0, t->x[c], t->w[c],
					 tv_header_text(l, &shock_cols[c], t->w[c] - (sort != 0)),
					 shock_cols[c].right, sort, hdr);
		}
	if (n == 0)
		draw_text(y0 + 1, area.x + 2, area.w - 2,
			  tr(l, "No what-if shocks. Press a to add one (+ and - on its kind change it)."), theme_attr(TH_DIM));
	for (int i = 0; i < L->shock_rows && v->top + i < n; i++) {
		int row = order[v->top + i];
		const shock *h = &s->shocks[row];
		int y = y0 + 1 + i;
		bool sel = row == v->row;
		attr_t base = h->enabled ? theme_attr(TH_NORMAL) : theme_attr(TH_DIM);
		if (sel) {
			base = (base & ~A_DIM) | theme_emphasis();
			draw_fill(y, area.x, area.w, theme_emphasis());
		}
		for (int c = 0; c < SC_COUNT; c++) {
			if (!t->w[c])
				continue;
			char buf[200];
			shock_cell(a, h, c, buf, sizeof buf);
			attr_t at = sel && c == v->col ? theme_attr(TH_SELECTED) : base;
			if (shock_cols[c].right)
				draw_text_right_pad(y, t->x[c], t->w[c], buf, at);
			else
				draw_text_pad(y, t->x[c], t->w[c], buf, at);
		}
	}
	free(order);
	draw_key_hints(area, L->hint_y, l, SCREEN_WEATHER);
}

static void weather_draw(app *a, rect area)
{
	draw_clear(area);
	weather_layout L;
	compute_layout(a, area, &L);
	if (a->cur.weather.n > 0) {
		weather_chart_draw(a, L.charts);
	} else {
		draw_text(area.y, area.x, area.w,
			  tr(a->lang, "No weather: the season could not be computed (see the status line)."),
			  theme_attr(TH_ERROR));
		for (size_t i = 0; i < a->cur.diags.count && (int)i + 1 < L.shocks.area.y - area.y; i++) {
			char buf[400];
			diag_format_in(&a->cur.diags.items[i], a->lang, buf, sizeof buf);
			draw_text(area.y + 1 + (int)i, area.x + 2, area.w - 2, buf, theme_attr(TH_NORMAL));
		}
	}
	draw_shocks(a, &L, area);
}

/* ---- editing ---- */

static shock *selected_shock(app *a)
{
	int r = a->view[SCREEN_WEATHER].row;
	if (r < 0 || (size_t)r >= a->cur.scn.n_shocks)
		return NULL;
	return &a->cur.scn.shocks[r];
}

static void say_shock(app *a, const shock *h)
{
	if (!a->cur.ok)
		return;
	lang l = a->lang;
	int cold = weather_chart_cold_days(&a->cur.weather);
	app_set_status(a, false, tr(l, "%s %s: %d cold days in the season"), tr(l, kind_words(h->kind)),
		       h->enabled ? tr(l, "on") : tr(l, "off"), cold);
}

static unsigned toggle(app *a)
{
	shock *h = selected_shock(a);
	if (!h)
		return CHANGED_NOTHING;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	h->enabled = !h->enabled;
	unsigned bits = app_end_edit(a);
	say_shock(a, selected_shock(a));
	return bits;
}

/* The values a new shock of kind k starts from. A cold spell: a week of rét hại with frost
 * nights from 8 January (the 2008 and 2016 spells began about then), or the middle of the
 * season when January is outside it: Tmin −1 °C and Tmax 7 °C at the weather's elevation, a
 * daily mean near 3 °C (rét hại: at most 13 °C) and a frost every night for a crop whose
 * frost.damage_c is 0 °C or above (potato, maize, squash), on every commune up to about
 * 170 m below the station. A drought: 30 dry days from the same day. Warming: +1 °C. Rain:
 * 30 % less. Price: every crop's price 20 % lower. */
static void shock_defaults(const scenario *s, shock *h, shock_kind k)
{
	bool enabled = h->enabled;
	src_mark mark = h->mark;
	memset(h, 0, sizeof *h);
	h->kind = k;
	h->enabled = enabled;
	h->mark = mark;
	h->crop = -1;
	h->factor = 1;
	int y, m, d;
	date_to_ymd(s->season_start, &y, &m, &d);
	vd_date jan8 = date_from_ymd(m == 1 && d <= 8 ? y : y + 1, 1, 8);
	int days = k == SHOCK_DROUGHT ? 30 : 7;
	h->from = jan8 >= s->season_start && jan8 + days - 1 <= s->season_end
			  ? jan8
			  : s->season_start + (s->season_end - s->season_start) / 2;
	switch (k) {
	case SHOCK_COLD_SPELL: h->days = 7; h->tmin_c = -1; h->tmax_c = 7; break;
	case SHOCK_DROUGHT: h->days = 30; break;
	case SHOCK_WARMING: h->delta_c = 1; break;
	case SHOCK_RAIN: h->factor = 0.7; break;
	case SHOCK_PRICE: h->factor = 0.8; break;
	}
	if (k != SHOCK_COLD_SPELL && k != SHOCK_DROUGHT) {
		h->from = 0;
		h->days = 0;
	}
}

/* a: a new shock of the selected one's kind (a cold spell when there is none); the kind is
 * changed on the Shock column with + and - or Enter. */
static unsigned add_shock(app *a)
{
	scenario *s = &a->cur.scn;
	const shock *sel = selected_shock(a);
	shock h;
	memset(&h, 0, sizeof h);
	h.enabled = true;
	h.mark.file = -1;
	shock_defaults(s, &h, sel ? sel->kind : SHOCK_COLD_SPELL);
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	shock *p = realloc(s->shocks, (s->n_shocks + 1) * sizeof *p);
	if (!p) {
		app_cancel_edit(a);
		app_set_status(a, true, "%s", tr(a->lang, "Out of memory: the edit was not made"));
		return CHANGED_VIEW;
	}
	s->shocks = p;
	p[s->n_shocks++] = h;
	a->view[SCREEN_WEATHER].row = (int)s->n_shocks - 1;
	a->view[SCREEN_WEATHER].col = SC_KIND;
	unsigned bits = app_end_edit(a);
	say_shock(a, &s->shocks[s->n_shocks - 1]);
	return bits;
}

#define SHOCK_KINDS 5

/* The selected shock becomes one of kind k, with that kind's starting values. */
static unsigned set_kind(app *a, shock_kind k)
{
	shock *h = selected_shock(a);
	if (!h || h->kind == k)
		return CHANGED_NOTHING;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	shock_defaults(&a->cur.scn, h, k);
	unsigned bits = app_end_edit(a);
	say_shock(a, selected_shock(a));
	return bits;
}

/* A kind as typed: its word in either language or its name in the file ("price"). */
static int kind_from_text(lang l, const char *text)
{
	for (int k = 0; k < SHOCK_KINDS; k++) {
		const char *name = shock_kind_name((shock_kind)k);
		if (strcasecmp(text, name) == 0 || strcasecmp(text, kind_words((shock_kind)k)) == 0 ||
		    strcmp(text, tr(l, kind_words((shock_kind)k))) == 0 ||
		    strcmp(text, tr(LANG_VI, kind_words((shock_kind)k))) == 0 ||
		    (strlen(text) >= 3 && strncasecmp(text, name, strlen(text)) == 0))
			return k;
	}
	return -1;
}

static unsigned delete_shock(app *a)
{
	scenario *s = &a->cur.scn;
	int r = a->view[SCREEN_WEATHER].row;
	if (r < 0 || (size_t)r >= s->n_shocks)
		return CHANGED_NOTHING;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	memmove(&s->shocks[r], &s->shocks[r + 1], (s->n_shocks - (size_t)r - 1) * sizeof *s->shocks);
	s->n_shocks--;
	a->view[SCREEN_WEATHER].row = layout_clamp(r, 0, (int)s->n_shocks - 1);
	unsigned bits = app_end_edit(a);
	if (a->cur.ok)
		app_set_status(a, false, "%s", tr(a->lang, "Shock deleted (u undoes)"));
	return bits;
}

static unsigned step(app *a, int dir)
{
	shock *h = selected_shock(a);
	if (!h)
		return CHANGED_NOTHING;
	const scenario *s = &a->cur.scn;
	unsigned bits = CHANGED_NOTHING;
	switch (a->view[SCREEN_WEATHER].col) {
	case SC_ON:
		return toggle(a);
	case SC_KIND:
		bits = set_kind(a, (shock_kind)(((int)h->kind + dir + SHOCK_KINDS) % SHOCK_KINDS));
		break;
	case SC_FROM: {
		vd_date t = h->from + dir;
		if (t < s->season_start || t > s->season_end)
			break;
		bits = edit_set_int(a, &h->from, t);
		break;
	}
	case SC_DAYS:
		bits = edit_set_int(a, &h->days, (int)edit_step("shock", "days", h->days, dir));
		break;
	case SC_TMIN: {
		double v = edit_step("shock", "tmin_c", h->tmin_c, 0.5 * dir);
		if (v > h->tmax_c)
			break;
		bits = edit_set_double(a, &h->tmin_c, v);
		break;
	}
	case SC_TMAX: {
		double v = edit_step("shock", "tmax_c", h->tmax_c, 0.5 * dir);
		if (v < h->tmin_c)
			break;
		bits = edit_set_double(a, &h->tmax_c, v);
		break;
	}
	case SC_CHANGE:
		if (h->kind == SHOCK_WARMING)
			bits = edit_set_double(a, &h->delta_c, edit_step("shock", "delta_c", h->delta_c, 0.5 * dir));
		else
			bits = edit_set_double(a, &h->factor, edit_step("shock", "factor", h->factor, 0.05 * dir));
		break;
	case SC_CROP: {
		int n = (int)s->n_crops + 1;   /* -1 = all crops */
		int k = ((h->crop + 1 + dir) % n + n) % n - 1;
		bits = edit_set_int(a, &h->crop, k);
		break;
	}
	default:
		return CHANGED_NOTHING;
	}
	if (bits == CHANGED_NOTHING)
		app_set_status(a, false, "%s", tr(a->lang, "The value is at its limit"));
	else
		say_shock(a, selected_shock(a));
	return bits | CHANGED_VIEW;
}

static const char *col_label(lang l, int c)
{
	switch (c) {
	case SC_FROM: return tr(l, "First day of the shock (DD/MM/YYYY or YYYY-MM-DD):");
	case SC_DAYS: return tr(l, "Length of the shock (days):");
	case SC_TMIN: return tr(l, "Lowest temperature during the spell (°C):");
	case SC_TMAX: return tr(l, "Highest temperature during the spell (°C):");
	case SC_CROP: return tr(l, "Crop whose price changes (id, name, or all):");
	default: return "";
	}
}

static unsigned open_edit(app *a)
{
	lang l = a->lang;
	shock *h = selected_shock(a);
	if (!h)
		return CHANGED_NOTHING;
	int c = a->view[SCREEN_WEATHER].col;
	char text[64] = "";
	const char *label = col_label(l, c);
	switch (c) {
	case SC_ON:
		return toggle(a);
	case SC_KIND:
		label = tr(l, "Kind of shock (cold spell, warming, rain change, drought, price change):");
		snprintf(text, sizeof text, "%s", tr(l, kind_words(h->kind)));
		break;
	case SC_FROM:
		numfmt_date_long(h->from, l, text, sizeof text);
		break;
	case SC_DAYS:
		snprintf(text, sizeof text, "%d", h->days);
		break;
	case SC_TMIN:
		edit_format_number(h->tmin_c, 2, l, text, sizeof text);
		break;
	case SC_TMAX:
		edit_format_number(h->tmax_c, 2, l, text, sizeof text);
		break;
	case SC_CHANGE:
		if (h->kind == SHOCK_WARMING) {
			label = tr(l, "Warming added to every day (°C):");
			edit_format_number(h->delta_c, 2, l, text, sizeof text);
		} else {
			label = h->kind == SHOCK_RAIN ? tr(l, "Rain multiplier (1 = unchanged):")
						      : tr(l, "Price multiplier (1 = unchanged):");
			edit_format_number(h->factor, 3, l, text, sizeof text);
		}
		break;
	case SC_CROP:
		snprintf(text, sizeof text, "%s", h->crop < 0 ? "all" : a->cur.scn.crops[h->crop].id);
		break;
	default:
		return CHANGED_NOTHING;
	}
	app_open_prompt(a, PROMPT_EDIT, label, text);
	return CHANGED_VIEW;
}

static unsigned weather_commit(app *a, const char *text, char *err, size_t size)
{
	lang l = a->lang;
	shock *h = selected_shock(a);
	if (!h)
		return CHANGED_NOTHING;
	scenario *s = &a->cur.scn;
	double v;
	unsigned bits;
	switch (a->view[SCREEN_WEATHER].col) {
	case SC_KIND: {
		int k = kind_from_text(l, text);
		if (k < 0) {
			snprintf(err, size, tr(l, "No kind of shock \"%s\" (cold spell, warming, rain change, drought, price change)"), text);
			return CHANGED_NOTHING;
		}
		return set_kind(a, (shock_kind)k);
	}
	case SC_FROM: {
		vd_date t;
		if (!edit_date_from_text(l, text, s, tr(l, "First day"), &t, err, size))
			return CHANGED_NOTHING;
		bits = edit_set_int(a, &h->from, t);
		break;
	}
	case SC_DAYS:
		if (!edit_number_from_text(l, text, "shock", "days", tr(l, "Days"), &v, err, size))
			return CHANGED_NOTHING;
		bits = edit_set_int(a, &h->days, (int)v);
		break;
	case SC_TMIN:
	case SC_TMAX: {
		bool lo = a->view[SCREEN_WEATHER].col == SC_TMIN;
		if (!edit_number_from_text(l, text, "shock", lo ? "tmin_c" : "tmax_c",
					   lo ? "Tmin" : "Tmax", &v, err, size))
			return CHANGED_NOTHING;
		if (lo ? v > h->tmax_c : v < h->tmin_c) {
			char o[NUMFMT_MAX];
			numfmt_number(lo ? h->tmax_c : h->tmin_c, 1, l, o, sizeof o);
			snprintf(err, size, lo ? tr(l, "Tmin must not be above Tmax (%s °C)")
					       : tr(l, "Tmax must not be below Tmin (%s °C)"), o);
			return CHANGED_NOTHING;
		}
		bits = edit_set_double(a, lo ? &h->tmin_c : &h->tmax_c, v);
		break;
	}
	case SC_CHANGE:
		if (h->kind == SHOCK_WARMING) {
			if (!edit_number_from_text(l, text, "shock", "delta_c", tr(l, "Warming (°C)"), &v, err, size))
				return CHANGED_NOTHING;
			bits = edit_set_double(a, &h->delta_c, v);
		} else {
			if (!edit_number_from_text(l, text, "shock", "factor", tr(l, "Multiplier"), &v, err, size))
				return CHANGED_NOTHING;
			bits = edit_set_double(a, &h->factor, v);
		}
		break;
	case SC_CROP: {
		int k = -2;   /* -1 = every crop */
		if (strcasecmp(text, "all") == 0 || strcmp(text, tr(l, "all crops")) == 0 ||
		    strcmp(text, "tất cả") == 0)
			k = -1;
		else if (scenario_find_crop(s, text) >= 0)
			k = scenario_find_crop(s, text);
		for (size_t i = 0; k == -2 && i < s->n_crops; i++)
			if (strcmp(s->crops[i].name, text) == 0)
				k = (int)i;
		if (k == -2) {
			snprintf(err, size, tr(l, "No crop \"%s\""), text);
			return CHANGED_NOTHING;
		}
		bits = edit_set_int(a, &h->crop, k);
		break;
	}
	default:
		return CHANGED_NOTHING;
	}
	if (bits != CHANGED_NOTHING)
		say_shock(a, selected_shock(a));
	return bits;
}

static unsigned weather_handle(app *a, action act)
{
	view_state *v = &a->view[SCREEN_WEATHER];
	weather_layout L;
	compute_layout(a, tv_body(a), &L);
	unsigned bits = table_handle(a, &shocks_table, act, L.shock_rows);
	if (bits) {
		v->col = fix_col(a, &L.shocks, v->col);
		return bits;
	}
	switch (act) {
	case ACT_LEFT:
	case ACT_RIGHT:
		v->col = next_col(a, &L.shocks, fix_col(a, &L.shocks, v->col), act == ACT_LEFT ? -1 : 1);
		return CHANGED_VIEW;
	case ACT_TOGGLE:
		return toggle(a);
	case ACT_EDIT:
		v->col = fix_col(a, &L.shocks, v->col);
		return open_edit(a);
	case ACT_INCREMENT:
		v->col = fix_col(a, &L.shocks, v->col);
		return step(a, +1);
	case ACT_DECREMENT:
		v->col = fix_col(a, &L.shocks, v->col);
		return step(a, -1);
	case ACT_ADD:
		return add_shock(a);
	case ACT_DELETE:
		return delete_shock(a);
	default:
		return CHANGED_NOTHING;
	}
}

static unsigned weather_click(app *a, rect area, int y, int x)
{
	weather_layout L;
	compute_layout(a, area, &L);
	view_state *v = &a->view[SCREEN_WEATHER];
	int c = tv_col_at(&L.shocks, x);
	if (y == L.shocks.area.y && c >= 0)
		return table_sort_by(a, &shocks_table, c);   /* a header: sort by it */
	int r = y - L.shocks.area.y - 1;
	if (r < 0 || r >= L.shock_rows || !table_pick(a, &shocks_table, v->top + r))
		return CHANGED_NOTHING;
	if (c >= 0 && shock_cols[c].editable)
		v->col = fix_col(a, &L.shocks, c);
	if (c == SC_ON)
		return toggle(a);
	return CHANGED_VIEW;
}

const screen_ops screen_weather = {
	.title = "Weather",
	.draw = weather_draw,
	.handle = weather_handle,
	.click = weather_click,
	.commit = weather_commit,
	.table = &shocks_table,
};
