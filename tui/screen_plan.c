/* screen_plan.c - the land-allocation table: one row per plan item (commune, land unit, crop,
 * area in ha and sao, sowing date, irrigation, management factor, harvest, status in words).
 * Enter edits the selected cell through the prompt, + and - step it, space cycles, a adds a
 * copy of the selected item, d deletes it. Every change is an undoable edit. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app.h"
#include "draw.h"
#include "edit.h"
#include "itemview.h"
#include "layout.h"
#include "numfmt.h"
#include "screen_cols.h"
#include "tableview.h"
#include "theme.h"


/* At 80 columns the area in sao gives way (the line under the table says it). */
static const tv_column plan_cols[PC_COUNT] = {
	[PC_COMMUNE] = { "Commune", NULL, { 10, 14, 11, true }, false, false, NULL },
	[PC_LAND]    = { "Land", NULL, { 6, 8, 5, false }, false, true, NULL },
	[PC_CROP]    = { "Crop", NULL, { 9, 10, 9, false }, false, true, NULL },
	[PC_AREA]    = { "ha", NULL, { 5, 6, 10, false }, true, true, NULL },
	[PC_SAO]     = { "sao", NULL, { 6, 7, 3, false }, true, true, NULL },
	[PC_SOW]     = { "Sown", NULL, { 6, 10, 9, false }, false, true, NULL },
	[PC_IRR]     = { "Irrig.", NULL, { 7, 16, 6, false }, false, true, NULL },
	[PC_MGMT]    = { "Mgmt", NULL, { 5, 5, 6, false }, true, true, NULL },
	[PC_HARVEST] = { "Harvest", NULL, { 8, 10, 4, false }, false, false, "Harvest, short" },
	[PC_STATUS]  = { "Status", NULL, { 12, 30, 7, true }, false, false, NULL },
};

#define RESERVED_LINES 3   /* the selected item in words, its status, the keys */

static void plan_layout(const app *a, rect area, tv_layout *t)
{
	(void)a;
	tv_layout_compute(plan_cols, PC_COUNT, area, RESERVED_LINES, t);
}

/* Keeps the cursor on a row and an editable column shown at the last drawn size. */
static void fix_cursor(app *a, const tv_layout *t)
{
	view_state *v = &a->view[SCREEN_PLAN];
	int n = itemview_count(&a->cur.scn);
	v->row = layout_clamp(v->row, 0, n - 1);
	int c = tv_fix_col(plan_cols, t, v->col <= 0 ? PC_AREA : v->col);
	v->col = c < 0 ? PC_AREA : c;
}

/* ---- cell text ---- */

static void cell_text(const app *a, int row, int col, int width, char *buf, size_t size)
{
	lang l = a->lang;
	const scenario *s = &a->cur.scn;
	item_ref r;
	buf[0] = 0;
	if (!itemview_ref(s, row, &r))
		return;
	const commune *c = &s->communes[r.commune];
	const plan_item *it = &c->plan[r.item];
	const item_result *res = itemview_result(&a->cur, row);
	switch (col) {
	case PC_COMMUNE: {
		/* The name on the commune's first row only: the rows below belong to it. */
		if (r.item > 0 && row != a->view[SCREEN_PLAN].top)
			return;
		itemview_commune_fit(s, r.commune, width, buf, size);
		break;
	}
	case PC_LAND:
		snprintf(buf, size, "%s", itemview_land_id(s, r.commune, it->land));
		break;
	case PC_CROP:
		snprintf(buf, size, "%s", itemview_crop_name(s, it->crop));
		break;
	case PC_AREA:
		numfmt_number(it->area_ha, it->area_ha == floor(it->area_ha) ? 0 : 1, l, buf, size);
		break;
	case PC_SAO:
		numfmt_number(numfmt_ha_to_sao(it->area_ha), 0, l, buf, size);
		break;
	case PC_SOW:
		if (width >= 10)
			numfmt_date_long(it->sow, l, buf, size);
		else
			numfmt_date_short(it->sow, l, buf, size);
		break;
	case PC_IRR:
		itemview_irrigation_words(&it->irrigation, l, buf, size);
		if (layout_text_width(buf) > width)
			itemview_irrigation_short(&it->irrigation, l, buf, size);
		break;
	case PC_MGMT:
		numfmt_number(it->management_factor, 2, l, buf, size);
		break;
	case PC_HARVEST:
		if (!res)
			snprintf(buf, size, "%s", numfmt_na());
		else {
			char d[NUMFMT_MAX];
			if (width >= 11)
				numfmt_date_long(res->harvest, l, d, sizeof d);
			else
				numfmt_date_short(res->harvest, l, d, sizeof d);
			/* A late harvest is marked in the text, not only by colour. */
			snprintf(buf, size, "%s%s", d, (res->status & ITEM_LATE_HARVEST) ? "!" : "");
		}
		break;
	case PC_STATUS:
		if (!res) {
			snprintf(buf, size, "%s", numfmt_na());
		} else {
			char w[256];
			itemview_status_words(res->status, l, w, sizeof w);
			if (itemview_status_is_problem(res->status))
				snprintf(buf, size, "%s %s", theme_glyphs_get()->warn, w);
			else
				snprintf(buf, size, "%s", w);
		}
		break;
	}
}

static attr_t status_attr(const item_result *res)
{
	if (!res)
		return theme_attr(TH_DIM);
	if (itemview_status_is_severe(res->status))
		return theme_attr(TH_ERROR);
	if (itemview_status_is_problem(res->status))
		return theme_attr(TH_WARNING);
	if (res->status)
		return theme_attr(TH_NORMAL);
	return theme_attr(TH_DIM);
}

/* ---- drawing ---- */

static void draw_detail(app *a, rect area, int y)
{
	lang l = a->lang;
	view_state *v = &a->view[SCREEN_PLAN];
	const scenario *s = &a->cur.scn;
	item_ref r;
	if (!itemview_ref(s, v->row, &r))
		return;
	const plan_item *it = &s->communes[r.commune].plan[r.item];
	const land_unit *lu = &s->communes[r.commune].land[it->land];
	const item_result *res = itemview_result(&a->cur, v->row);
	char line[600], from[NUMFMT_MAX], until[NUMFMT_MAX], area_s[NUMFMT_MAX], sao[NUMFMT_MAX],
		land_s[NUMFMT_MAX], name[SCN_NAME_MAX];
	numfmt_date_short(lu->free_from, l, from, sizeof from);
	numfmt_date_short(lu->free_until, l, until, sizeof until);
	numfmt_number(it->area_ha, it->area_ha == floor(it->area_ha) ? 0 : 1, l, area_s, sizeof area_s);
	numfmt_number(numfmt_ha_to_sao(it->area_ha), 0, l, sao, sizeof sao);
	numfmt_number(lu->area_ha, 0, l, land_s, sizeof land_s);
	itemview_commune_fit(s, r.commune, 12, name, sizeof name);
	int n = snprintf(line, sizeof line, tr(l, "%s %s: %s ha (%s sao) of %s ha, free %s-%s"),
			 name, lu->id, area_s, sao, land_s,
			 lu->free_from == DATE_NONE ? "..." : from,
			 lu->free_until == DATE_NONE ? "..." : until);
	if (res && n > 0 && (size_t)n < sizeof line) {
		char yld[NUMFMT_MAX], out[NUMFMT_MAX];
		if (l == LANG_VI)
			numfmt_number(numfmt_t_ha_to_ta_ha(res->yield_t_ha), 0, l, yld, sizeof yld);
		else
			numfmt_number(res->yield_t_ha, 1, l, yld, sizeof yld);
		numfmt_number(res->output_t, 0, l, out, sizeof out);
		snprintf(line + n, sizeof line - (size_t)n, tr(l, "; %s t/ha, %s t"), yld, out);
	}
	draw_text(y, area.x, area.w, line, theme_attr(TH_NORMAL));
}

static void plan_draw(app *a, rect area)
{
	lang l = a->lang;
	draw_clear(area);
	tv_layout t;
	plan_layout(a, area, &t);
	fix_cursor(a, &t);
	view_state *v = &a->view[SCREEN_PLAN];
	int n = itemview_count(&a->cur.scn);
	v->top = layout_scroll_top(v->top, v->row, t.body_rows, n);

	attr_t hdr = theme_attr(TH_HEADER);
	draw_fill(area.y, area.x, area.w, hdr);
	for (int c = 0; c < PC_COUNT; c++)
		if (t.w[c])
			draw_header_cell(area.y, t.x[c], t.w[c], tv_header_text(l, &plan_cols[c], t.w[c]),
					 plan_cols[c].right, 0, hdr);
	if (n == 0) {
		draw_text(area.y + 2, area.x + 2, area.w - 2,
			  tr(l, "The plan is empty: press a to add a plan item."), theme_attr(TH_DIM));
	}
	for (int i = 0; i < t.body_rows && v->top + i < n; i++) {
		int row = v->top + i;
		int y = area.y + t.header_rows + i;
		bool sel_row = row == v->row;
		const item_result *res = itemview_result(&a->cur, row);
		if (sel_row)
			draw_fill(y, area.x, area.w, A_BOLD);
		for (int c = 0; c < PC_COUNT; c++) {
			if (!t.w[c])
				continue;
			char buf[300];
			cell_text(a, row, c, t.w[c], buf, sizeof buf);
			attr_t at = theme_attr(TH_NORMAL);
			if (c == PC_STATUS)
				at = status_attr(res);
			else if (c == PC_HARVEST && res && (res->status & ITEM_LATE_HARVEST))
				at = theme_attr(TH_WARNING);
			else if (c == PC_SAO || !plan_cols[c].editable)
				at = theme_attr(TH_DIM);
			if (sel_row)
				at |= A_BOLD;
			if (sel_row && c == v->col)
				at = theme_attr(TH_SELECTED);
			if (plan_cols[c].right)
				draw_text_right_pad(y, t.x[c], t.w[c], buf, at);
			else
				draw_text_pad(y, t.x[c], t.w[c], buf, at);
		}
	}
	int y = area.y + t.header_rows + t.body_rows;
	draw_detail(a, area, y);
	const item_result *sel = itemview_result(&a->cur, v->row);
	if (sel && sel->status) {
		char words[300], line[400];
		itemview_status_words(sel->status, l, words, sizeof words);
		snprintf(line, sizeof line, "%s %s", itemview_status_is_problem(sel->status)
							  ? theme_glyphs_get()->warn : " ", words);
		draw_text(y + 1, area.x, area.w, line, status_attr(sel));
	}
	y++;
	draw_text(y + 1, area.x, area.w,
		  tr(l, "Enter edit  + - step  Space cycle  a add copy  d delete  < > column"),
		  theme_attr(TH_DIM));
}

/* ---- editing ---- */

static plan_item *selected(app *a, item_ref *r)
{
	item_ref tmp;
	if (!r)
		r = &tmp;
	if (!itemview_ref(&a->cur.scn, a->view[SCREEN_PLAN].row, r))
		return NULL;
	return &a->cur.scn.communes[r->commune].plan[r->item];
}

static void say_changed(app *a, const char *what)
{
	if (!a->cur.ok)
		return;   /* app_recompute put the reason on the status line */
	item_ref r;
	plan_item *it = selected(a, &r);
	if (!it)
		return;
	app_set_status(a, false, "%s: %s, %s", tr(a->lang, what),
		       itemview_crop_name(&a->cur.scn, it->crop),
		       itemview_commune_name(&a->cur.scn, r.commune));
}

/* After an edit of the selected cell: "Area: 15 -> 40 (Khoai tây, TT Bình Liêu)". */
static void say_cell_changed(app *a, int col, const char *before, unsigned bits)
{
	if (!(bits & CHANGED_SCENARIO) || !a->cur.ok)
		return;
	item_ref r;
	plan_item *it = selected(a, &r);
	if (!it)
		return;
	char after[160], name[SCN_NAME_MAX];
	cell_text(a, a->view[SCREEN_PLAN].row, col, 40, after, sizeof after);
	itemview_commune_fit(&a->cur.scn, r.commune, 14, name, sizeof name);
	const char *label = col == PC_AREA ? tr(a->lang, "Area (ha)")
			    : col == PC_SAO ? tr(a->lang, "Area (sao)")
					    : tr(a->lang, plan_cols[col].label);
	app_set_status(a, false, "%s: %s %s %s (%s, %s)", label, before,
		       theme_is_ascii() ? "->" : "\xe2\x86\x92", after,
		       itemview_crop_name(&a->cur.scn, it->crop), name);
}

static bool season_check_sow(app *a, vd_date t, char *err, size_t size)
{
	const scenario *s = &a->cur.scn;
	if (t >= s->season_start && t <= s->season_end)
		return true;
	char lo[NUMFMT_MAX], hi[NUMFMT_MAX];
	numfmt_date_long(s->season_start, a->lang, lo, sizeof lo);
	numfmt_date_long(s->season_end, a->lang, hi, sizeof hi);
	snprintf(err, size, tr(a->lang, "%s must be between %s and %s"), tr(a->lang, "Sowing date"),
		 lo, hi);
	return false;
}

static unsigned set_irrigation(app *a, plan_item *it, irrigation ir)
{
	if (it->irrigation.mode == ir.mode && it->irrigation.interval_days == ir.interval_days &&
	    it->irrigation.depth_mm == ir.depth_mm)
		return CHANGED_NOTHING;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	it->irrigation = ir;
	unsigned bits = app_end_edit(a);
	return bits;
}

static unsigned cycle_irrigation(app *a, plan_item *it, int dir)
{
	irrigation ir = it->irrigation;
	int m = ((int)ir.mode + (dir > 0 ? 1 : 2)) % 3;
	ir.mode = (irrigation_mode)m;
	if (ir.mode == IRRIGATION_SCHEDULE && ir.interval_days <= 0) {
		ir.interval_days = 7;   /* a weekly 25 mm watering as the starting schedule */
		ir.depth_mm = 25;
	}
	return set_irrigation(a, it, ir);
}

static unsigned cycle_land(app *a, plan_item *it, int commune_ix, int dir)
{
	const commune *c = &a->cur.scn.communes[commune_ix];
	if (c->n_land < 2) {
		app_set_status(a, false, "%s", tr(a->lang, "This commune has only one land unit"));
		return CHANGED_VIEW;
	}
	int n = (int)c->n_land;
	unsigned bits = edit_set_int(a, &it->land, ((it->land + dir) % n + n) % n);
	return bits;
}

static unsigned cycle_crop(app *a, plan_item *it, int dir)
{
	int n = (int)a->cur.scn.n_crops;
	if (n < 2)
		return CHANGED_NOTHING;
	unsigned bits = edit_set_int(a, &it->crop, ((it->crop + dir) % n + n) % n);
	return bits;
}

static unsigned step(app *a, int dir)
{
	item_ref r;
	plan_item *it = selected(a, &r);
	if (!it)
		return CHANGED_NOTHING;
	const scenario *s = &a->cur.scn;
	unsigned bits = CHANGED_NOTHING;
	switch (a->view[SCREEN_PLAN].col) {
	case PC_LAND:
		return cycle_land(a, it, r.commune, dir);
	case PC_CROP:
		return cycle_crop(a, it, dir);
	case PC_AREA:
		bits = edit_set_double(a, &it->area_ha, edit_step("plan", "area_ha", it->area_ha, dir));
		break;
	case PC_SAO: {
		double sao = round(numfmt_ha_to_sao(it->area_ha)) + dir;
		if (sao < 0)
			sao = 0;
		bits = edit_set_double(a, &it->area_ha, sao / SAO_PER_HA);
		break;
	}
	case PC_SOW: {
		vd_date t = it->sow + dir;
		if (t < s->season_start || t > s->season_end) {
			app_set_status(a, false, "%s", tr(a->lang, "The sowing date is at the season's edge"));
			return CHANGED_VIEW;
		}
		bits = edit_set_int(a, &it->sow, t);
		break;
	}
	case PC_IRR:
		return cycle_irrigation(a, it, dir);
	case PC_MGMT:
		bits = edit_set_double(a, &it->management_factor,
				       edit_step("plan", "management_factor", it->management_factor,
						 0.05 * dir));
		break;
	default:
		return CHANGED_NOTHING;
	}
	if (bits == CHANGED_NOTHING)
		app_set_status(a, false, "%s", tr(a->lang, "The value is at its limit"));
	return bits | CHANGED_VIEW;
}

/* A unique plan id in commune c from base ("town-potato" -> "town-potato-2"); out has
 * SCN_ID_MAX bytes. */
static void unique_id(const commune *c, const char *base, char *out)
{
	for (int k = 2; k < 10000; k++) {
		char tmp[SCN_ID_MAX + 16];
		snprintf(tmp, sizeof tmp, "%.*s-%d", SCN_ID_MAX - 8, base, k);
		bool used = false;
		for (size_t i = 0; i < c->n_plan && !used; i++)
			used = strcmp(c->plan[i].id, tmp) == 0;
		if (!used) {
			memcpy(out, tmp, strlen(tmp) + 1);
			return;
		}
	}
	out[0] = 0;
}

static unsigned add_item(app *a)
{
	scenario *s = &a->cur.scn;
	view_state *v = &a->view[SCREEN_PLAN];
	item_ref r;
	plan_item proto;
	bool have = itemview_ref(s, v->row, &r);
	if (have) {
		proto = s->communes[r.commune].plan[r.item];
	} else {
		/* An empty plan: the first crop on the first land unit of the first commune. */
		if (s->n_communes == 0 || s->communes[0].n_land == 0 || s->n_crops == 0) {
			app_set_status(a, true, "%s",
				       tr(a->lang, "Cannot add: the scenario has no commune, land or crop"));
			return CHANGED_VIEW;
		}
		memset(&proto, 0, sizeof proto);
		r.commune = 0;
		r.item = -1;
		proto.crop = 0;
		proto.land = 0;
		proto.area_ha = 1;
		proto.sow = s->communes[0].land[0].free_from != DATE_NONE &&
					    s->communes[0].land[0].free_from > s->season_start
				    ? s->communes[0].land[0].free_from
				    : s->season_start;
		proto.irrigation.mode = IRRIGATION_NONE;
		proto.management_factor = 1;
	}
	commune *c = &s->communes[r.commune];
	if (proto.id[0]) {
		char base[SCN_ID_MAX];
		memcpy(base, proto.id, sizeof base);
		unique_id(c, base, proto.id);
	}
	proto.mark.file = -1;
	proto.mark.line = proto.mark.col = 0;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	plan_item *p = realloc(c->plan, (c->n_plan + 1) * sizeof *p);
	if (!p) {
		app_cancel_edit(a);
		app_set_status(a, true, "%s", tr(a->lang, "Out of memory: the edit was not made"));
		return CHANGED_VIEW;
	}
	c->plan = p;
	size_t at = (size_t)(r.item + 1);
	memmove(&p[at + 1], &p[at], (c->n_plan - at) * sizeof *p);
	p[at] = proto;
	c->n_plan++;
	v->row = itemview_row(s, r.commune, (int)at);
	unsigned bits = app_end_edit(a);
	say_changed(a, "Plan item added (a copy; edit it)");
	return bits;
}

static unsigned delete_item(app *a)
{
	scenario *s = &a->cur.scn;
	view_state *v = &a->view[SCREEN_PLAN];
	item_ref r;
	if (!itemview_ref(s, v->row, &r))
		return CHANGED_NOTHING;
	char what[SCN_NAME_MAX * 2 + 8];
	snprintf(what, sizeof what, "%s, %s", itemview_crop_name(s, s->communes[r.commune].plan[r.item].crop),
		 itemview_commune_name(s, r.commune));
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	commune *c = &s->communes[r.commune];
	memmove(&c->plan[r.item], &c->plan[r.item + 1],
		(c->n_plan - (size_t)r.item - 1) * sizeof *c->plan);
	c->n_plan--;
	int n = itemview_count(s);
	v->row = layout_clamp(v->row, 0, n - 1);
	unsigned bits = app_end_edit(a);
	if (a->cur.ok)
		app_set_status(a, false, tr(a->lang, "Plan item deleted: %s (u undoes)"), what);
	return bits;
}

/* Opens the prompt for the selected cell. */
static unsigned open_edit(app *a)
{
	lang l = a->lang;
	item_ref r;
	plan_item *it = selected(a, &r);
	if (!it)
		return CHANGED_NOTHING;
	const scenario *s = &a->cur.scn;
	char label[160], text[160];
	text[0] = 0;
	switch (a->view[SCREEN_PLAN].col) {
	case PC_LAND: {
		const commune *c = &s->communes[r.commune];
		char ids[120] = "";
		for (size_t i = 0; i < c->n_land; i++) {
			size_t n = strlen(ids);
			snprintf(ids + n, sizeof ids - n, "%s%s", i ? ", " : "", c->land[i].id);
		}
		snprintf(label, sizeof label, tr(l, "Land unit (%s):"), ids);
		snprintf(text, sizeof text, "%s", c->land[it->land].id);
		break;
	}
	case PC_CROP:
		snprintf(label, sizeof label, "%s", tr(l, "Crop (id or name):"));
		snprintf(text, sizeof text, "%s", s->crops[it->crop].id);
		break;
	case PC_AREA:
		snprintf(label, sizeof label, "%s", tr(l, "Area (ha):"));
		edit_format_number(it->area_ha, 3, l, text, sizeof text);
		break;
	case PC_SAO:
		snprintf(label, sizeof label, "%s", tr(l, "Area (sao, 1 sao = 360 m2):"));
		edit_format_number(numfmt_ha_to_sao(it->area_ha), 1, l, text, sizeof text);
		break;
	case PC_SOW:
		snprintf(label, sizeof label, "%s", tr(l, "Sowing date (DD/MM/YYYY or YYYY-MM-DD):"));
		numfmt_date_long(it->sow, l, text, sizeof text);
		break;
	case PC_IRR:
		snprintf(label, sizeof label, "%s", tr(l, "Irrigation (none, auto, or days/mm as 7/25):"));
		if (it->irrigation.mode == IRRIGATION_SCHEDULE) {
			char d[NUMFMT_MAX];
			edit_format_number(it->irrigation.depth_mm, 1, l, d, sizeof d);
			snprintf(text, sizeof text, "%d/%s", it->irrigation.interval_days, d);
		} else {
			snprintf(text, sizeof text, "%s", irrigation_mode_name(it->irrigation.mode));
		}
		break;
	case PC_MGMT:
		snprintf(label, sizeof label, "%s", tr(l, "Management factor (0 to 1):"));
		edit_format_number(it->management_factor, 3, l, text, sizeof text);
		break;
	default:
		return CHANGED_NOTHING;
	}
	app_open_prompt(a, PROMPT_EDIT, label, text);
	return CHANGED_VIEW;
}

static bool word_is(const char *text, const char *const *words)
{
	for (; *words; words++)
		if (strcasecmp(text, *words) == 0)
			return true;
	return false;
}

static bool parse_irrigation(app *a, const char *text, irrigation *ir, char *err, size_t size)
{
	lang l = a->lang;
	static const char *const none_words[] = { "none", "no", "0", "không", "khong", "-", NULL };
	static const char *const auto_words[] = { "auto", "a", "tự động", "tu dong", "td", NULL };
	if (word_is(text, none_words) || strcmp(text, tr(l, "no")) == 0 ||
	    strcmp(text, tr(l, "none")) == 0) {
		ir->mode = IRRIGATION_NONE;
		return true;
	}
	if (word_is(text, auto_words) || strcmp(text, tr(l, "auto")) == 0) {
		ir->mode = IRRIGATION_AUTO;
		return true;
	}
	const char *slash = strchr(text, '/');
	if (!slash) {
		snprintf(err, size, tr(l, "Irrigation: \"%s\" is not none, auto or days/mm"), text);
		return false;
	}
	char days_s[32];
	snprintf(days_s, sizeof days_s, "%.*s", (int)(slash - text), text);
	double days, depth;
	if (!edit_number_from_text(l, days_s, "irrigation", "interval_days",
				   tr(l, "Days between irrigations"), &days, err, size) ||
	    !edit_number_from_text(l, slash + 1, "irrigation", "depth_mm",
				   tr(l, "Irrigation depth (mm)"), &depth, err, size))
		return false;
	ir->mode = IRRIGATION_SCHEDULE;
	ir->interval_days = (int)days;
	ir->depth_mm = depth;
	return true;
}

static unsigned commit_cell(app *a, const char *text, char *err, size_t size);

static unsigned plan_commit(app *a, const char *text, char *err, size_t size)
{
	char before[160];
	int col = a->view[SCREEN_PLAN].col;
	cell_text(a, a->view[SCREEN_PLAN].row, col, 40, before, sizeof before);
	unsigned bits = commit_cell(a, text, err, size);
	say_cell_changed(a, col, before, bits);
	return bits;
}

static unsigned commit_cell(app *a, const char *text, char *err, size_t size)
{
	lang l = a->lang;
	item_ref r;
	plan_item *it = selected(a, &r);
	if (!it)
		return CHANGED_NOTHING;
	scenario *s = &a->cur.scn;
	double v;
	unsigned bits;
	switch (a->view[SCREEN_PLAN].col) {
	case PC_LAND: {
		int k = commune_find_land(&s->communes[r.commune], text);
		if (k < 0) {
			snprintf(err, size, tr(l, "No land unit \"%s\" in %s"), text,
				 itemview_commune_name(s, r.commune));
			return CHANGED_NOTHING;
		}
		bits = edit_set_int(a, &it->land, k);
		break;
	}
	case PC_CROP: {
		int k = scenario_find_crop(s, text);
		for (size_t i = 0; k < 0 && i < s->n_crops; i++)
			if (strcmp(s->crops[i].name, text) == 0 || strcasecmp(s->crops[i].id, text) == 0)
				k = (int)i;
		if (k < 0) {
			snprintf(err, size, tr(l, "No crop \"%s\""), text);
			return CHANGED_NOTHING;
		}
		bits = edit_set_int(a, &it->crop, k);
		break;
	}
	case PC_AREA:
		if (!edit_number_from_text(l, text, "plan", "area_ha", tr(l, "Area (ha)"), &v, err, size))
			return CHANGED_NOTHING;
		bits = edit_set_double(a, &it->area_ha, v);
		break;
	case PC_SAO:
		if (!edit_parse_number(text, &v)) {
			snprintf(err, size, tr(l, "%s: \"%s\" is not a number"), tr(l, "Area (sao)"), text);
			return CHANGED_NOTHING;
		}
		v /= SAO_PER_HA;
		if (!edit_check_range(l, "plan", "area_ha", tr(l, "Area (ha)"), v, err, size))
			return CHANGED_NOTHING;
		bits = edit_set_double(a, &it->area_ha, v);
		break;
	case PC_SOW: {
		vd_date t;
		if (!edit_parse_date(text, s->season_start, &t)) {
			snprintf(err, size, tr(l, "%s: \"%s\" is not a date (DD/MM/YYYY or YYYY-MM-DD)"),
				 tr(l, "Sowing date"), text);
			return CHANGED_NOTHING;
		}
		if (!season_check_sow(a, t, err, size))
			return CHANGED_NOTHING;
		bits = edit_set_int(a, &it->sow, t);
		break;
	}
	case PC_IRR: {
		irrigation ir = it->irrigation;
		if (!parse_irrigation(a, text, &ir, err, size))
			return CHANGED_NOTHING;
		return set_irrigation(a, it, ir);
	}
	case PC_MGMT:
		if (!edit_number_from_text(l, text, "plan", "management_factor",
					   tr(l, "Management factor"), &v, err, size))
			return CHANGED_NOTHING;
		bits = edit_set_double(a, &it->management_factor, v);
		break;
	default:
		return CHANGED_NOTHING;
	}
	return bits;
}

static unsigned plan_handle(app *a, action act)
{
	view_state *v = &a->view[SCREEN_PLAN];
	tv_layout t;
	plan_layout(a, tv_body(a), &t);
	fix_cursor(a, &t);
	int n = itemview_count(&a->cur.scn);
	unsigned bits = tv_move_row(v, act, n, t.body_rows - 1);
	if (bits)
		return bits;
	item_ref r;
	plan_item *it;
	char before[160];
	int col = v->col;
	switch (act) {
	case ACT_LEFT:
	case ACT_RIGHT:
		v->col = tv_next_col(plan_cols, &t, v->col, act == ACT_LEFT ? -1 : 1);
		return CHANGED_VIEW;
	case ACT_EDIT:
		return open_edit(a);
	case ACT_INCREMENT:
	case ACT_DECREMENT:
		cell_text(a, v->row, col, 40, before, sizeof before);
		bits = step(a, act == ACT_INCREMENT ? +1 : -1);
		say_cell_changed(a, col, before, bits);
		return bits;
	case ACT_TOGGLE:
		if (!(it = selected(a, &r)))
			return CHANGED_NOTHING;
		if (col != PC_LAND && col != PC_CROP)
			col = PC_IRR;
		cell_text(a, v->row, col, 40, before, sizeof before);
		if (col == PC_LAND)
			bits = cycle_land(a, it, r.commune, +1);
		else if (col == PC_CROP)
			bits = cycle_crop(a, it, +1);
		else
			bits = cycle_irrigation(a, it, +1);
		say_cell_changed(a, col, before, bits);
		return bits;
	case ACT_ADD:
		return add_item(a);
	case ACT_DELETE:
		return delete_item(a);
	default:
		return CHANGED_NOTHING;
	}
}

static unsigned plan_click(app *a, rect area, int y, int x)
{
	tv_layout t;
	plan_layout(a, area, &t);
	view_state *v = &a->view[SCREEN_PLAN];
	int row = tv_row_at(&t, v->top, itemview_count(&a->cur.scn), y);
	if (row < 0)
		return CHANGED_NOTHING;
	v->row = row;
	int c = tv_col_at(&t, x);
	if (c >= 0 && plan_cols[c].editable)
		v->col = c;
	return CHANGED_VIEW;
}

const screen_ops screen_plan = {
	.title = "Plan",
	.draw = plan_draw,
	.handle = plan_handle,
	.click = plan_click,
	.commit = plan_commit,
};
