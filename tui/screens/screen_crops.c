/* screen_crops.c - parameters and prices per crop: Kc ini/mid/end, the four stage lengths,
 * p, Ky, potential yield, price, constant price, cost and labour; edited like the plan
 * (Enter, + and -), checked with the loader's ranges. The table scrolls sideways on narrow
 * terminals and explains the selected parameter on the line below. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "plain_words.h"
#include "screens.h"
#include "draw.h"
#include "form.h"
#include "edit.h"
#include "itemview.h"
#include "layout.h"
#include "numfmt.h"
#include "screen_cols.h"
#include "table_order.h"
#include "tableview.h"
#include "theme.h"


typedef struct {
	const char *name;           /* the full name (message id) */
	const char *label, *unit;   /* the two header lines (message ids) */
	const char *object, *key;   /* the scenario key (its range); stages pick days or gdd */
	const char *meaning;        /* the explanation line (message id) */
	int width, decimals;
	double step;                /* for + and -, in shown units */
	double scale;               /* scenario value = shown value * scale */
} crop_param;

static const crop_param params[P_COUNT] = {
	[P_KC_INI] = { "Kc ini", "Kc", "ini", "kc", "ini", "Crop coefficient of the initial stage (FAO-56 Table 12)", 5, 2, 0.05, 1 },
	[P_KC_MID] = { "Kc mid", "Kc", "mid", "kc", "mid", "Crop coefficient of the mid-season stage, before climate adjustment", 5, 2, 0.05, 1 },
	[P_KC_END] = { "Kc end", "Kc", "end", "kc", "end", "Crop coefficient at harvest, before climate adjustment", 5, 2, 0.05, 1 },
	[P_L1] = { "Initial stage", "Ini", "days", "crop", "stages_days", "Length of the initial stage", 5, 0, 1, 1 },
	[P_L2] = { "Development stage", "Dev", "days", "crop", "stages_days", "Length of the development stage", 5, 0, 1, 1 },
	[P_L3] = { "Mid-season stage", "Mid", "days", "crop", "stages_days", "Length of the mid-season stage", 5, 0, 1, 1 },
	[P_L4] = { "Late-season stage", "Late", "days", "crop", "stages_days", "Length of the late-season stage", 5, 0, 1, 1 },
	[P_P] = { "Depletion fraction p", "p", "", "crop", "depletion_p", "Share of available water the crop uses before stress (FAO-56 Table 22)", 6, 2, 0.05, 1 },
	[P_KY] = { "Ky", "Ky", "to water", "crop", "ky", "Yield response to water stress (FAO-33); 0 = water does not limit yield", 6, 2, 0.05, 1 },
	[P_YM] = { "Potential yield", "Ym", "t/ha", "crop", "yield_potential_t_ha", "Potential yield without water, cold or management limits", 6, 1, 0.5, 1 },
	[P_PRICE] = { "Price", "Price", "VND/kg", "crop", "price_vnd_kg", "Farm-gate price at current prices", 7, 0, 100, 1 },
	[P_PRICE_CONST] = { "Constant price", "Const.", "VND/kg", "crop", "price_const_vnd_kg", "Price at the constant prices of the base year (for growth)", 7, 0, 100, 1 },
	[P_COST] = { "Cost", "Cost", "M VND/ha", "crop", "cost_vnd_ha", "Production cost per hectare", 8, 1, 1, 1e6 },
	[P_LABOUR] = { "Labour days", "Labour", "days/ha", "crop", "labour_days_ha", "Labour days per hectare", 8, 0, 10, 1 },
};

#define NAME_MIN 10
#define NAME_MAX 20
#define HEADER_ROWS 2
#define RESERVED_LINES 4   /* the selected parameter explained (up to 3 lines), the keys */

/* Where the crop's value for parameter p lives (NULL for Ky of a crop with stage Ky). */
static double *param_ptr(crop *c, int p)
{
	switch (p) {
	case P_KC_INI: return &c->kc_ini;
	case P_KC_MID: return &c->kc_mid;
	case P_KC_END: return &c->kc_end;
	case P_L1: case P_L2: case P_L3: case P_L4: return &c->stages[p - P_L1];
	case P_P: return &c->depletion_p;
	case P_KY: return c->has_ky_stages ? NULL : &c->ky;
	case P_YM: return &c->yield_potential_t_ha;
	case P_PRICE: return &c->price_vnd_kg;
	case P_PRICE_CONST: return &c->price_const_vnd_kg;
	case P_COST: return &c->cost_vnd_ha;
	case P_LABOUR: return &c->labour_days_ha;
	default: return NULL;
	}
}

static bool is_stage(int p)
{
	return p >= P_L1 && p <= P_L4;
}

static const char *param_key(const crop *c, int p)
{
	if (is_stage(p))
		return c->stages_unit == STAGES_IN_GDD ? "stages_gdd" : "stages_days";
	return params[p].key;
}

static double param_step(const crop *c, int p)
{
	if (is_stage(p) && c->stages_unit == STAGES_IN_GDD)
		return 10;
	return params[p].step;
}

/* The columns shown: the name, then parameters first..last. */
typedef struct {
	int name_w;
	int first, last;            /* parameter range shown (last < first: none) */
	int x[P_COUNT];
	bool more_left, more_right;
	int body_rows;
} crops_layout;

static void compute_layout(rect area, int cursor, crops_layout *L)
{
	int all = 0;
	for (int p = 0; p < P_COUNT; p++)
		all += params[p].width + 1;
	L->name_w = NAME_MIN;
	if (area.w - all >= NAME_MIN)
		L->name_w = layout_clamp(area.w - all, NAME_MIN, NAME_MAX);
	int room = area.w - L->name_w - 1;
	cursor = layout_clamp(cursor, 0, P_COUNT - 1);
	/* Scroll just enough from the left that the cursor's column is shown. */
	int first = 0;
	for (;;) {
		int need = 0;
		for (int p = first; p <= cursor; p++)
			need += params[p].width + 1;
		if (need <= room || first == cursor)
			break;
		first++;
	}
	int x = area.x + L->name_w + 1, last = first - 1;
	for (int p = first; p < P_COUNT; p++) {
		if (x - area.x + params[p].width > area.w)
			break;
		L->x[p] = x;
		x += params[p].width + 1;
		last = p;
	}
	L->first = first;
	L->last = last;
	L->more_left = first > 0;
	L->more_right = last < P_COUNT - 1;
	L->body_rows = area.h - HEADER_ROWS - RESERVED_LINES;
	if (L->body_rows < 1)
		L->body_rows = 1;
}

/* ---- find and order (table_order.h): column 0 the name, p + 1 parameter p ---- */

static int crops_count(const app *a)
{
	return (int)a->cur.scn.n_crops;
}

static bool crops_key(const app *a, int row, int col, table_key *k)
{
	crop *c = &a->cur.scn.crops[row];
	k->is_text = col == 0;
	if (col == 0) {
		snprintf(k->text, sizeof k->text, "%s", itemview_crop_name(&a->cur.scn, row));
		return true;
	}
	double *v = param_ptr(c, col - 1);
	k->num = v ? *v : c->ky_stages[2];   /* Ky by stage: the mid-season one */
	return true;
}

static void crops_name(const app *a, int row, char *buf, size_t size)
{
	const crop *c = &a->cur.scn.crops[row];
	snprintf(buf, size, "%s (%s)", itemview_crop_name(&a->cur.scn, row), c->id);
}

static const char *crops_col_label(int col)
{
	return col == 0 ? "Crop" : params[col - 1].name;
}

static const table_spec crops_table = {
	SCREEN_CROPS, P_COUNT + 1, crops_count, crops_key, crops_name, crops_col_label, false,
	NULL, NULL,
};

static void value_text(const app *a, const crop *c, int p, char *buf, size_t size)
{
	lang l = a->lang;
	if (p == P_KY && c->has_ky_stages) {
		snprintf(buf, size, "%s", tr(l, "stage"));
		return;
	}
	double *v = param_ptr((crop *)c, p);
	numfmt_number(*v / params[p].scale, params[p].decimals, l, buf, size);
	if (is_stage(p) && c->stages_unit == STAGES_IN_GDD) {
		size_t n = strlen(buf);
		snprintf(buf + n, size - n, "%s", theme_is_ascii() ? "d" : "°");
	}
}

static const char *unit_text(lang l, int p)
{
	return params[p].unit[0] ? plain_word(l, params[p].unit) : "";
}

static void param_label(lang l, const crop *c, int p, char *buf, size_t size);

/* The selected parameter: crop, name, range, meaning; wrapped over `lines` lines. */
static void draw_explain(app *a, rect area, int y, int lines)
{
	lang l = a->lang;
	view_state *v = &a->view[SCREEN_CROPS];
	const scenario *s = &a->cur.scn;
	if (v->row < 0 || (size_t)v->row >= s->n_crops)
		return;
	const crop *c = &s->crops[v->row];
	int p = v->col;
	char text[800], lo[NUMFMT_MAX], hi[NUMFMT_MAX], label[100];
	double min = 0, max = 0;
	edit_range(params[p].object, param_key(c, p), &min, &max);
	numfmt_number(min / params[p].scale, params[p].decimals, l, lo, sizeof lo);
	numfmt_number(max / params[p].scale, params[p].decimals, l, hi, sizeof hi);
	param_label(l, c, p, label, sizeof label);
	int n = snprintf(text, sizeof text, tr(l, "%s, %s (from %s to %s): %s"),
			 itemview_crop_name(s, v->row), label, lo, hi, tr(l, params[p].meaning));
	if (n > 0 && (size_t)n < sizeof text) {
		if (is_stage(p) && c->stages_unit == STAGES_IN_GDD) {
			char tb[NUMFMT_MAX];
			numfmt_number(c->tbase_c, 1, l, tb, sizeof tb);
			snprintf(text + n, sizeof text - (size_t)n,
				 tr(l, "; this crop counts its stages in degree days above %s °C"), tb);
		} else if (p == P_KY && c->has_ky_stages) {
			char k[4][NUMFMT_MAX];
			for (int i = 0; i < 4; i++)
				numfmt_number(c->ky_stages[i], 2, l, k[i], sizeof k[i]);
			snprintf(text + n, sizeof text - (size_t)n,
				 tr(l, "; this crop has a Ky for each stage: %s, %s, %s, %s"), k[0], k[1],
				 k[2], k[3]);
		}
	}
	size_t off[4], len[4];
	int nl = layout_wrap(text, area.w, off, len, lines < 4 ? lines : 4);
	for (int i = 0; i < nl; i++) {
		char line[800];
		snprintf(line, sizeof line, "%.*s", (int)len[i], text + off[i]);
		draw_text(y + i, area.x, area.w, line, theme_attr(TH_NORMAL));
	}
}

static void crops_draw(app *a, rect area)
{
	lang l = a->lang;
	draw_clear(area);
	view_state *v = &a->view[SCREEN_CROPS];
	const scenario *s = &a->cur.scn;
	int n = (int)s->n_crops;
	v->row = layout_clamp(v->row, 0, n - 1);
	v->col = layout_clamp(v->col, 0, P_COUNT - 1);
	crops_layout L;
	compute_layout(area, v->col, &L);
	int *order = table_shown(a, &crops_table, &n);
	if (!order)
		n = 0;
	v->top = layout_scroll_top(v->top, table_pos(order, n, v->row), L.body_rows, n);
	int sort_col = abs(v->sort) - 1, sort_dir = v->sort > 0 ? 1 : -1;
	const theme_glyphs *g = theme_glyphs_get();

	attr_t hdr = theme_attr(TH_HEADER);
	draw_fill(area.y, area.x, area.w, hdr);
	draw_fill(area.y + 1, area.x, area.w, hdr);
	draw_header_cell(area.y, area.x, L.name_w, tr(l, "Crop"), false,
			 v->sort && sort_col == 0 ? sort_dir : 0, hdr);
	if (L.more_left)
		draw_text(area.y + 1, area.x, L.name_w, g->left, hdr);
	if (L.more_right)
		draw_text_right(area.y + 1, area.x + area.w - 1, 1, g->right, hdr);
	for (int p = L.first; p <= L.last; p++) {
		draw_header_cell(area.y, L.x[p], params[p].width, plain_word(l, params[p].label), true,
				 v->sort && sort_col == p + 1 ? sort_dir : 0, hdr);
		draw_header_cell(area.y + 1, L.x[p], params[p].width, unit_text(l, p), true, 0, hdr);
	}
	for (int i = 0; i < L.body_rows && v->top + i < n; i++) {
		int row = order[v->top + i];
		int y = area.y + HEADER_ROWS + i;
		bool sel = row == v->row;
		const crop *c = &s->crops[row];
		attr_t base = sel ? theme_emphasis() : theme_attr(TH_NORMAL);
		if (sel)
			draw_fill(y, area.x, area.w, theme_emphasis());
		draw_text(y, area.x, L.name_w, itemview_crop_name(s, row), base);
		for (int p = L.first; p <= L.last; p++) {
			char buf[NUMFMT_MAX + 4];
			value_text(a, c, p, buf, sizeof buf);
			attr_t at = sel && p == v->col ? theme_attr(TH_SELECTED) : base;
			draw_text_right_pad(y, L.x[p], params[p].width, buf, at);
		}
	}
	free(order);
	int y = area.y + HEADER_ROWS + L.body_rows;
	draw_explain(a, area, y, RESERVED_LINES - 1);
	y += RESERVED_LINES - 2;
	draw_key_hints(area, y + 1, l, SCREEN_CROPS);
}

/* ---- editing ---- */

static unsigned apply(app *a, crop *c, int p, double shown)
{
	double *v = param_ptr(c, p);
	unsigned bits = edit_set_double(a, v, shown * params[p].scale);
	if (bits != CHANGED_NOTHING && a->cur.ok) {
		char buf[NUMFMT_MAX], label[100];
		numfmt_number(shown, params[p].decimals, a->lang, buf, sizeof buf);
		param_label(a->lang, c, p, label, sizeof label);
		app_set_status(a, false, "%s: %s = %s",
			       itemview_crop_name(&a->cur.scn, (int)(c - a->cur.scn.crops)), label, buf);
	}
	return bits;
}

static crop *selected_crop(app *a)
{
	int r = a->view[SCREEN_CROPS].row;
	if (r < 0 || (size_t)r >= a->cur.scn.n_crops)
		return NULL;
	return &a->cur.scn.crops[r];
}

static void param_label(lang l, const crop *c, int p, char *buf, size_t size)
{
	const char *unit = p <= P_KC_END ? "" : params[p].unit;   /* Kc's second line is a stage */
	if (is_stage(p) && c->stages_unit == STAGES_IN_GDD)
		unit = "°C·d";
	if (unit[0])
		snprintf(buf, size, "%s (%s)", tr(l, params[p].name), tr(l, unit));
	else
		snprintf(buf, size, "%s", tr(l, params[p].name));
}

static unsigned crops_step(app *a, int dir)
{
	crop *c = selected_crop(a);
	int p = a->view[SCREEN_CROPS].col;
	if (!c)
		return CHANGED_NOTHING;
	double *v = param_ptr(c, p);
	if (!v) {
		app_set_status(a, false, "%s", tr(a->lang, "This crop has Ky by stage: press Enter to edit the four values"));
		return CHANGED_VIEW;
	}
	double nv = edit_step(params[p].object, param_key(c, p), *v, param_step(c, p) * params[p].scale * dir);
	unsigned bits = apply(a, c, p, nv / params[p].scale);
	if (bits == CHANGED_NOTHING)
		app_set_status(a, false, "%s", tr(a->lang, "The value is at its limit"));
	return bits | CHANGED_VIEW;
}

static unsigned crops_open_edit(app *a)
{
	lang l = a->lang;
	crop *c = selected_crop(a);
	int p = a->view[SCREEN_CROPS].col;
	if (!c)
		return CHANGED_NOTHING;
	char label[160], what[100], text[4 * NUMFMT_MAX + 4];
	param_label(l, c, p, what, sizeof what);
	snprintf(label, sizeof label, "%s, %s:", itemview_crop_name(&a->cur.scn, a->view[SCREEN_CROPS].row), what);
	double *v = param_ptr(c, p);
	if (v) {
		edit_format_number(*v / params[p].scale, params[p].decimals + 2, l, text, sizeof text);
	} else {
		/* Ky by stage: the four values separated by spaces. */
		char k[4][NUMFMT_MAX];
		for (int i = 0; i < 4; i++)
			edit_format_number(c->ky_stages[i], 3, l, k[i], sizeof k[i]);
		snprintf(text, sizeof text, "%s %s %s %s", k[0], k[1], k[2], k[3]);
		snprintf(label, sizeof label, tr(l, "%s, Ky of the four stages:"),
			 itemview_crop_name(&a->cur.scn, a->view[SCREEN_CROPS].row));
	}
	app_open_prompt(a, PROMPT_EDIT, label, text);
	return CHANGED_VIEW;
}

static unsigned commit_ky_stages(app *a, crop *c, const char *text, char *err, size_t size)
{
	lang l = a->lang;
	double k[4];
	char buf[256];
	snprintf(buf, sizeof buf, "%s", text);
	int n = 0;
	for (char *tok = strtok(buf, " ;\t"); tok; tok = strtok(NULL, " ;\t")) {
		if (n == 4 || !edit_number_from_text(l, tok, "crop", "ky_stages", "Ky", &k[n], err, size)) {
			if (n == 4)
				snprintf(err, size, "%s", tr(l, "Give exactly four Ky values, one per stage"));
			return CHANGED_NOTHING;
		}
		n++;
	}
	if (n != 4) {
		snprintf(err, size, "%s", tr(l, "Give exactly four Ky values, one per stage"));
		return CHANGED_NOTHING;
	}
	if (memcmp(k, c->ky_stages, sizeof k) == 0)
		return CHANGED_NOTHING;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	memcpy(c->ky_stages, k, sizeof k);
	return app_end_edit(a);
}

static unsigned crops_commit(app *a, const char *text, char *err, size_t size)
{
	lang l = a->lang;
	crop *c = selected_crop(a);
	int p = a->view[SCREEN_CROPS].col;
	if (!c)
		return CHANGED_NOTHING;
	if (!param_ptr(c, p))
		return commit_ky_stages(a, c, text, err, size);
	char label[100];
	param_label(l, c, p, label, sizeof label);
	double v;
	if (!edit_number_from_text_scaled(l, text, params[p].object, param_key(c, p), label,
					  params[p].scale, &v, err, size))
		return CHANGED_NOTHING;
	/* The loader's rules that join two keys. */
	if (is_stage(p) && c->stages_unit == STAGES_IN_DAYS && v != floor(v)) {
		snprintf(err, size, tr(l, "%s must be whole days"), label);
		return CHANGED_NOTHING;
	}
	return apply(a, c, p, v);
}

static unsigned crops_handle(app *a, action act)
{
	view_state *v = &a->view[SCREEN_CROPS];
	crops_layout L;
	compute_layout(tv_body(a), v->col, &L);
	unsigned bits = table_handle(a, &crops_table, act, L.body_rows - 1);
	if (bits)
		return bits;
	switch (act) {
	case ACT_LEFT:
		v->col = layout_clamp(v->col - 1, 0, P_COUNT - 1);
		return CHANGED_VIEW;
	case ACT_RIGHT:
		v->col = layout_clamp(v->col + 1, 0, P_COUNT - 1);
		return CHANGED_VIEW;
	case ACT_EDIT:
		return crops_open_edit(a);
	case ACT_FORM:
		return form_open(a, FORM_CROP, v->row);
	case ACT_ADD:
		bits = form_crop_copy(a, v->row);
		if (bits & CHANGED_SCENARIO)
			v->row = (int)a->cur.scn.n_crops - 1;
		return bits;
	case ACT_DELETE:
		return form_crop_delete(a, v->row);
	case ACT_INCREMENT:
		return crops_step(a, +1);
	case ACT_DECREMENT:
		return crops_step(a, -1);
	default:
		return CHANGED_NOTHING;
	}
}

static unsigned crops_click(app *a, rect area, int y, int x)
{
	view_state *v = &a->view[SCREEN_CROPS];
	crops_layout L;
	compute_layout(area, v->col, &L);
	if (y == area.y) {   /* a header: sort by it */
		if (x < area.x + L.name_w)
			return table_sort_by(a, &crops_table, 0);
		for (int p = L.first; p <= L.last; p++)
			if (x >= L.x[p] && x < L.x[p] + params[p].width + 1)
				return table_sort_by(a, &crops_table, p + 1);
		return CHANGED_NOTHING;
	}
	int r = y - area.y - HEADER_ROWS;
	if (r < 0 || r >= L.body_rows || !table_pick(a, &crops_table, v->top + r))
		return CHANGED_NOTHING;
	for (int p = L.first; p <= L.last; p++)
		if (x >= L.x[p] && x < L.x[p] + params[p].width + 1)
			v->col = p;
	return CHANGED_VIEW;
}

const screen_ops screen_crops = {
	.title = "Crops",
	.draw = crops_draw,
	.handle = crops_handle,
	.click = crops_click,
	.commit = crops_commit,
	.table = &crops_table,
};
