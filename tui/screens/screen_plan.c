/* screen_plan.c - the land-allocation table: one row per plan item (commune, land unit, crop,
 * area in ha and sao, sowing date, irrigation, management factor, harvest, status in words),
 * the selected item in words under it, and the Plan screen's keys and clicks. Enter edits the
 * selected cell through the prompt, + and - step it, space cycles, a adds a copy of the
 * selected item, d deletes it; the edits themselves are plan_edit.c's. After each edit the
 * status line says what changed ("Area: 15 -> 40 (...)"). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "screens.h"
#include "draw.h"
#include "form.h"
#include "itemview.h"
#include "layout.h"
#include "numfmt.h"
#include "plan_edit.h"
#include "screen_cols.h"
#include "table_order.h"
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
		if (r.item > 0 && row != a->view[SCREEN_PLAN].top && !a->view[SCREEN_PLAN].sort)
			return;
		itemview_commune_fit(s, r.commune, width, buf, size);
		break;
	}
	case PC_LAND:
		itemview_land_name(s, r.commune, it->land, l, true, buf, size);
		break;
	case PC_CROP:
		snprintf(buf, size, "%s", itemview_crop_name(s, it->crop));
		break;
	case PC_AREA:
		/* Whole hectares bare; a tenth when that is exact or the area is large; else two
		 * decimals, so 12 sào (0.432 ha) reads 0,43 and not 0,4. */
		numfmt_number(it->area_ha, it->area_ha == floor(it->area_ha) ? 0 :
				  it->area_ha * 10 == floor(it->area_ha * 10) || it->area_ha >= 100 ? 1 : 2,
			      l, buf, size);
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

/* ---- find and order (table_order.h) ---- */

static int plan_count(const app *a)
{
	return itemview_count(&a->cur.scn);
}

static bool plan_key(const app *a, int row, int col, table_key *k)
{
	const scenario *s = &a->cur.scn;
	item_ref r;
	if (!itemview_ref(s, row, &r))
		return true;
	const plan_item *it = &s->communes[r.commune].plan[r.item];
	const item_result *res = itemview_result(&a->cur, row);
	k->is_text = col == PC_COMMUNE || col == PC_LAND || col == PC_CROP || col == PC_IRR;
	switch (col) {
	case PC_COMMUNE:
		itemview_short_name(itemview_commune_name(s, r.commune), k->text, sizeof k->text);
		break;
	case PC_AREA: case PC_SAO: k->num = it->area_ha; break;
	case PC_SOW: k->num = it->sow; break;
	case PC_MGMT: k->num = it->management_factor; break;
	case PC_HARVEST: k->num = res && res->harvest != DATE_NONE ? res->harvest : 1e12; break;
	case PC_STATUS: k->num = res ? -(double)res->status : 0; break;
	default:
		cell_text(a, row, col, 40, k->text, sizeof k->text);
		break;
	}
	return true;
}

/* What / looks in: the commune, the land unit and the crop. */
static void plan_name(const app *a, int row, char *buf, size_t size)
{
	const scenario *s = &a->cur.scn;
	item_ref r;
	char land[SCN_NAME_MAX];
	buf[0] = 0;
	if (!itemview_ref(s, row, &r))
		return;
	const plan_item *it = &s->communes[r.commune].plan[r.item];
	snprintf(buf, size, "%s, %s, %s", itemview_commune_name(s, r.commune),
		 itemview_land_name(s, r.commune, it->land, a->lang, false, land, sizeof land),
		 itemview_crop_name(s, it->crop));
}

static const char *plan_col_label(int col)
{
	return plan_cols[col].label;
}

static const table_spec plan_table = {
	SCREEN_PLAN, PC_COUNT, plan_count, plan_key, plan_name, plan_col_label, false,
	NULL, NULL,
};

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
		land_s[NUMFMT_MAX], name[SCN_NAME_MAX], ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
	numfmt_date_short(lu->free_from, l, from, sizeof from);
	numfmt_date_short(lu->free_until, l, until, sizeof until);
	numfmt_number(it->area_ha, it->area_ha == floor(it->area_ha) ? 0 : 1, l, area_s, sizeof area_s);
	numfmt_number(numfmt_ha_to_sao(it->area_ha), 0, l, sao, sizeof sao);
	numfmt_number(lu->area_ha, 0, l, land_s, sizeof land_s);
	itemview_commune_fit(s, r.commune, 12, name, sizeof name);
	int n = snprintf(line, sizeof line, tr(l, "%s %s: %s ha (%s sao) of %s ha, free %s-%s"),
			 name, itemview_land_name(s, r.commune, it->land, l, false, ln, sizeof ln),
			 area_s, sao, land_s,
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
	int n;
	int *order = table_shown(a, &plan_table, &n);
	if (!order)
		n = 0;
	int cursor = table_pos(order, n, v->row);
	v->top = layout_scroll_top(v->top, cursor, t.body_rows, n);

	attr_t hdr = theme_attr(TH_HEADER);
	draw_fill(area.y, area.x, area.w, hdr);
	int sort_col = abs(v->sort) - 1;
	for (int c = 0; c < PC_COUNT; c++)
		if (t.w[c]) {
			int sort = v->sort && c == sort_col ? (v->sort > 0 ? 1 : -1) : 0;
			draw_header_cell(area.y, t.x[c], t.w[c],
					 tv_header_text(l, &plan_cols[c], t.w[c] - (sort != 0)),
					 plan_cols[c].right, sort, hdr);
		}
	if (n == 0) {
		draw_text(area.y + 2, area.x + 2, area.w - 2,
			  tr(l, "The plan is empty: press a to add a plan item."), theme_attr(TH_DIM));
	}
	for (int i = 0; i < t.body_rows && v->top + i < n; i++) {
		int row = order[v->top + i];
		int y = area.y + t.header_rows + i;
		bool sel_row = row == v->row;
		const item_result *res = itemview_result(&a->cur, row);
		if (sel_row)
			draw_fill(y, area.x, area.w, theme_emphasis());
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
				at |= theme_emphasis();
			if (sel_row && c == v->col)
				at = theme_attr(TH_SELECTED);
			if (plan_cols[c].right)
				draw_text_right_pad(y, t.x[c], t.w[c], buf, at);
			else
				draw_text_pad(y, t.x[c], t.w[c], buf, at);
		}
	}
	free(order);
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
	draw_key_hints(area, y + 1, l, SCREEN_PLAN);
}

/* After an edit of the selected cell: "Area: 15 -> 40 (Khoai tây, TT Bình Liêu)". */
static void say_cell_changed(app *a, int col, const char *before, unsigned bits)
{
	if (!(bits & CHANGED_SCENARIO) || !a->cur.ok)
		return;
	item_ref r;
	plan_item *it = plan_edit_selected(a, &r);
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

static unsigned plan_commit(app *a, const char *text, char *err, size_t size)
{
	char before[160];
	int col = a->view[SCREEN_PLAN].col;
	cell_text(a, a->view[SCREEN_PLAN].row, col, 40, before, sizeof before);
	unsigned bits = plan_edit_commit(a, text, err, size);
	say_cell_changed(a, col, before, bits);
	return bits;
}

static unsigned plan_handle(app *a, action act)
{
	view_state *v = &a->view[SCREEN_PLAN];
	tv_layout t;
	plan_layout(a, tv_body(a), &t);
	fix_cursor(a, &t);
	unsigned bits = table_handle(a, &plan_table, act, t.body_rows - 1);
	if (bits)
		return bits;
	char before[160];
	int col = v->col;
	switch (act) {
	case ACT_LEFT:
	case ACT_RIGHT:
		v->col = tv_next_col(plan_cols, &t, v->col, act == ACT_LEFT ? -1 : 1);
		return CHANGED_VIEW;
	case ACT_EDIT:
		return plan_edit_open(a);
	case ACT_INCREMENT:
	case ACT_DECREMENT:
		cell_text(a, v->row, col, 40, before, sizeof before);
		bits = plan_edit_step(a, act == ACT_INCREMENT ? +1 : -1);
		say_cell_changed(a, col, before, bits);
		return bits;
	case ACT_TOGGLE:
		if (!plan_edit_selected(a, NULL))
			return CHANGED_NOTHING;
		if (col != PC_LAND && col != PC_CROP)
			col = PC_IRR;
		cell_text(a, v->row, col, 40, before, sizeof before);
		bits = plan_edit_cycle(a, col);
		say_cell_changed(a, col, before, bits);
		return bits;
	case ACT_FORM: {
		/* e: the form of the selected row's commune, at its land unit */
		item_ref r;
		plan_item *it = plan_edit_selected(a, &r);
		if (!it)
			return form_open(a, FORM_COMMUNE, 0);
		bits = form_open(a, FORM_COMMUNE, r.commune);
		for (int i = 0; a->form && i < a->form->n_rows; i++)
			if (!a->form->rows[i].f && a->form->rows[i].part == it->land) {
				a->form->row = i;
				break;
			}
		return bits;
	}
	case ACT_ADD:
		return plan_edit_add(a);
	case ACT_DELETE:
		return plan_edit_delete(a);
	default:
		return CHANGED_NOTHING;
	}
}

static unsigned plan_click(app *a, rect area, int y, int x)
{
	tv_layout t;
	plan_layout(a, area, &t);
	view_state *v = &a->view[SCREEN_PLAN];
	int c = tv_col_at(&t, x);
	if (y == area.y && c >= 0)
		return table_sort_by(a, &plan_table, c);   /* a header: sort by it */
	if (!table_pick(a, &plan_table, tv_row_at(&t, v->top, itemview_count(&a->cur.scn), y)))
		return CHANGED_NOTHING;
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
	.table = &plan_table,
};
