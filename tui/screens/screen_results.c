/* screen_results.c - the season's results per plan item: crop, commune, land, area, sowing
 * and harvest, yield (tạ/ha in Vietnamese) with the three factors that explain it, output,
 * value, profit and the status in words; sorted by any column (o, O, a click on a header: ▲/▼
 * in the header) and searched with / (table_order.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "collate.h"
#include "plain_words.h"
#include "screens.h"
#include "draw.h"
#include "itemview.h"
#include "layout.h"
#include "numfmt.h"
#include "report.h"
#include "outlook_text.h"
#include "screen_cols.h"
#include "results_sort.h"
#include "table_order.h"
#include "tableview.h"
#include "theme.h"


/* At 80 columns the sowing and harvest dates, land and F_mgmt give way (the calendar shows
 * the dates, and a late harvest is in the status words); the line under the table
 * shows every factor of the selected item. */
static const tv_column result_cols[RC_COUNT] = {
	[RC_CROP]    = { "Crop", NULL, { 9, 10, 10, false }, false, false, NULL },
	[RC_COMMUNE] = { "Commune", NULL, { 9, 12, 9, true }, false, false, NULL },
	[RC_LAND]    = { "Land", NULL, { 6, 7, 3, false }, false, false, NULL },
	[RC_AREA]    = { "Area", "ha", { 5, 5, 8, false }, true, false, "Area, short" },
	[RC_SOW]     = { "Sown", NULL, { 6, 7, 3, false }, false, false, NULL },
	[RC_HARVEST] = { "Harvest", NULL, { 7, 9, 4, false }, false, false, "Harvest, short" },
	[RC_YIELD]   = { "Yield", "t/ha", { 5, 5, 10, false }, true, false, "Yield, short" },
	[RC_FW]      = { "Fw", "H2O", { 5, 5, 6, false }, true, false, NULL },
	[RC_FC]      = { "Fc", "cold", { 5, 5, 6, false }, true, false, NULL },
	[RC_FM]      = { "Fm", "mgmt", { 4, 5, 2, false }, true, false, NULL },
	[RC_OUTPUT]  = { "Output", "t", { 6, 7, 9, false }, true, false, "Output, short" },
	[RC_VALUE]   = { "Value", "M VND", { 6, 7, 5, false }, true, false, "Value, short" },
	[RC_PROFIT]  = { "Profit", "M VND", { 6, 7, 5, false }, true, false, "Profit, short" },
	[RC_STATUS]  = { "Status", NULL, { 7, 30, 8, true }, false, false, "Status, short" },
};

#define RESERVED_LINES 4   /* the totals; the selected item explained: its yield, its cold; which season this is */

static bool is_text_col(int c)
{
	return c == RC_CROP || c == RC_COMMUNE || c == RC_LAND || c == RC_STATUS;
}

/* The sort key of a numeric column. */
static double num_key(const app *a, int row, int col)
{
	const item_result *r = itemview_result(&a->cur, row);
	if (!r)
		return 0;
	switch (col) {
	case RC_AREA: return r->area_ha;
	case RC_SOW: return r->sow;
	case RC_HARVEST: return r->harvest == DATE_NONE ? 1e12 : r->harvest;
	case RC_YIELD: return r->yield_t_ha;
	case RC_FW: return r->f_water;
	case RC_FC: return r->f_cold;
	case RC_FM: return r->f_mgmt;
	case RC_OUTPUT: return r->output_t;
	case RC_VALUE: return r->value_mvnd;
	case RC_PROFIT: return r->profit_mvnd;
	default: return 0;
	}
}

static const char *text_key(const app *a, int row, int col, char *buf, size_t size)
{
	const item_result *r = itemview_result(&a->cur, row);
	if (!r)
		return "";
	const scenario *s = &a->cur.scn;
	switch (col) {
	case RC_CROP: return itemview_crop_name(s, r->crop);
	case RC_COMMUNE: return itemview_short_name(itemview_commune_name(s, r->commune), buf, size);
	case RC_LAND: return itemview_land_id(s, r->commune, r->land);
	case RC_STATUS:
		/* Problems first: the key puts the most serious statuses at the top. */
		snprintf(buf, size, "%c", itemview_status_is_severe(r->status) ? 'a' :
				 itemview_status_is_problem(r->status) ? 'b' : r->status ? 'c' : 'd');
		return buf;
	default: return "";
	}
}

static int results_count(const app *a)
{
	if (!a->cur.ok || (size_t)itemview_count(&a->cur.scn) != a->cur.result.n_items)
		return 0;
	return itemview_count(&a->cur.scn);
}

static bool results_key(const app *a, int row, int col, table_key *k)
{
	k->is_text = is_text_col(col);
	if (k->is_text) {
		char buf[SCN_NAME_MAX];
		snprintf(k->text, sizeof k->text, "%s", text_key(a, row, col, buf, sizeof buf));
	} else {
		k->num = num_key(a, row, col);
	}
	return true;
}

/* What / looks in: the crop, the commune and the land unit. */
static void results_name(const app *a, int row, char *buf, size_t size)
{
	const item_result *r = itemview_result(&a->cur, row);
	const scenario *s = &a->cur.scn;
	char land[SCN_NAME_MAX];
	buf[0] = 0;
	if (r)
		snprintf(buf, size, "%s, %s, %s", itemview_crop_name(s, r->crop),
			 itemview_commune_name(s, r->commune),
			 itemview_land_name(s, r->commune, r->land, a->lang, false, land, sizeof land));
}

static const char *results_col_label(int col)
{
	return result_cols[col].label;
}

static const table_spec results_table = {
	SCREEN_RESULTS, RC_COUNT, results_count, results_key, results_name, results_col_label, true,
	NULL, NULL,
};

int results_sorted_rows(const app *a, int *rows, int n)
{
	return table_rows(a, &results_table, a->view[SCREEN_RESULTS].sort, rows, n);
}

const char *results_sort_label(const app *a)
{
	int sort = a->view[SCREEN_RESULTS].sort;
	int col = abs(sort) - 1;
	return sort && col < RC_COUNT ? result_cols[col].label : "";
}

static void results_layout(rect area, tv_layout *t)
{
	tv_layout_compute(result_cols, RC_COUNT, area, RESERVED_LINES, t);
}

static const char *unit_label(lang l, int col)
{
	if (col == RC_YIELD)
		return l == LANG_VI ? "tạ/ha" : "t/ha";
	return result_cols[col].unit ? plain_word(l, result_cols[col].unit) : NULL;
}

static void cell_text(const app *a, int row, int col, int width, char *buf, size_t size)
{
	lang l = a->lang;
	const scenario *s = &a->cur.scn;
	const item_result *r = itemview_result(&a->cur, row);
	buf[0] = 0;
	if (!r)
		return;
	switch (col) {
	case RC_CROP:
		snprintf(buf, size, "%s", itemview_crop_name(s, r->crop));
		break;
	case RC_COMMUNE: {
		itemview_commune_fit(s, r->commune, width, buf, size);
		break;
	}
	case RC_LAND:
		itemview_land_name(s, r->commune, r->land, l, true, buf, size);
		break;
	case RC_AREA:
		numfmt_number(r->area_ha, r->area_ha == floor(r->area_ha) ? 0 : 1, l, buf, size);
		break;
	case RC_SOW:
		numfmt_date_short(r->sow, l, buf, size);
		break;
	case RC_HARVEST: {
		char d[NUMFMT_MAX];
		numfmt_date_short(r->harvest, l, d, sizeof d);
		snprintf(buf, size, "%s%s", d, (r->status & ITEM_LATE_HARVEST) ? "!" : "");
		break;
	}
	case RC_YIELD:
		if (l == LANG_VI)
			numfmt_number(numfmt_t_ha_to_ta_ha(r->yield_t_ha), 0, l, buf, size);
		else
			numfmt_number(r->yield_t_ha, 1, l, buf, size);
		break;
	case RC_FW:
		numfmt_number(r->f_water, 2, l, buf, size);
		break;
	case RC_FC:
		numfmt_number(r->f_cold, 2, l, buf, size);
		break;
	case RC_FM:
		numfmt_number(r->f_mgmt, 2, l, buf, size);
		break;
	case RC_OUTPUT:
		numfmt_number(r->output_t, 0, l, buf, size);
		break;
	case RC_VALUE:
		numfmt_number(r->value_mvnd, 0, l, buf, size);
		break;
	case RC_PROFIT:
		numfmt_number(r->profit_mvnd, 0, l, buf, size);
		break;
	case RC_STATUS: {
		char w[256];
		itemview_status_words(r->status, l, w, sizeof w);
		if (itemview_status_is_problem(r->status))
			snprintf(buf, size, "%s %s", theme_glyphs_get()->warn, w);
		else
			snprintf(buf, size, "%s", w);
		break;
	}
	}
}

static attr_t cell_attr(const app *a, int row, int col)
{
	const item_result *r = itemview_result(&a->cur, row);
	if (!r)
		return theme_attr(TH_NORMAL);
	switch (col) {
	case RC_STATUS:
		if (itemview_status_is_severe(r->status))
			return theme_attr(TH_ERROR);
		if (itemview_status_is_problem(r->status))
			return theme_attr(TH_WARNING);
		return theme_attr(r->status ? TH_NORMAL : TH_DIM);
	case RC_HARVEST:
		return theme_attr((r->status & ITEM_LATE_HARVEST) ? TH_WARNING : TH_NORMAL);
	case RC_FW:
		return theme_attr(r->f_water < 0.9 ? TH_WARNING : TH_DIM);
	case RC_FC:
		return theme_attr(r->f_cold < 1.0 ? TH_WARNING : TH_DIM);
	case RC_FM:
		return theme_attr(r->f_mgmt < 1.0 ? TH_NORMAL : TH_DIM);
	case RC_PROFIT:
		return theme_attr(r->profit_mvnd < 0 ? TH_NEGATIVE : TH_NORMAL);
	case RC_YIELD:
	case RC_OUTPUT:
		return theme_attr(TH_TITLE);
	default:
		return theme_attr(TH_NORMAL);
	}
}

static void draw_totals(app *a, const tv_layout *t, int y)
{
	lang l = a->lang;
	const group_result *g = &a->cur.result.district.g;
	attr_t at = theme_attr(TH_HEADER);
	draw_fill(y, t->area.x, t->area.w, at);
	int first = -1;
	for (int c = 0; c < RC_COUNT && first < 0; c++)
		if (t->w[c])
			first = c;
	if (first >= 0)
		draw_text(y, t->x[first], t->w[first], tr(l, "Total"), at);
	char buf[NUMFMT_MAX];
	struct {
		int col;
		double v;
		int dec;
	} cells[] = {
		{ RC_AREA, g->area_ha, 0 }, { RC_OUTPUT, g->output_t, 0 },
		{ RC_VALUE, g->value_mvnd, 0 }, { RC_PROFIT, g->profit_mvnd, 0 },
		{ RC_YIELD, l == LANG_VI ? numfmt_t_ha_to_ta_ha(g->yield_t_ha) : g->yield_t_ha,
		  l == LANG_VI ? 0 : 1 },
	};
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
		int c = cells[i].col;
		if (!t->w[c])
			continue;
		numfmt_number(cells[i].v, cells[i].dec, l, buf, sizeof buf);
		draw_text_right(y, t->x[c], t->w[c], buf, at);
	}
}

/* Why the selected item's Fc is what it is: its cold events (rule, days, stage, yield lost). */
static void draw_cold(app *a, const tv_layout *t, int y, const item_result *r)
{
	lang l = a->lang;
	char events[600], line[700];
	report_cold_events_text(&r->cold, l, events, sizeof events);
	if (events[0])
		snprintf(line, sizeof line, tr(l, "Cold: %s"), events);
	else
		snprintf(line, sizeof line, "%s", tr(l, "Cold: no damage"));
	draw_text(y, t->area.x, t->area.w, line, theme_attr(events[0] ? TH_WARNING : TH_DIM));
}

/* The selected item's water figures and the product that makes its yield, and its cold. */
static void draw_explain(app *a, const tv_layout *t, int y, int row)
{
	lang l = a->lang;
	const item_result *r = itemview_result(&a->cur, row);
	if (!r)
		return;
	char et0[NUMFMT_MAX], etc[NUMFMT_MAX], eta[NUMFMT_MAX], rain[NUMFMT_MAX], irr[NUMFMT_MAX];
	char ym[NUMFMT_MAX], fw[NUMFMT_MAX], fc[NUMFMT_MAX], fm[NUMFMT_MAX], ya[NUMFMT_MAX];
	numfmt_number(r->et0_mm, 0, l, et0, sizeof et0);
	numfmt_number(r->etc_mm, 0, l, etc, sizeof etc);
	numfmt_number(r->eta_mm, 0, l, eta, sizeof eta);
	numfmt_number(r->rain_mm, 0, l, rain, sizeof rain);
	numfmt_number(r->irrigation_mm, 0, l, irr, sizeof irr);
	numfmt_number(r->yield_potential_t_ha, 1, l, ym, sizeof ym);
	numfmt_number(r->f_water, 2, l, fw, sizeof fw);
	numfmt_number(r->f_cold, 2, l, fc, sizeof fc);
	numfmt_number(r->f_mgmt, 2, l, fm, sizeof fm);
	numfmt_number(r->yield_t_ha, 1, l, ya, sizeof ya);
	char line[600];
	snprintf(line, sizeof line,
		 tr(l, "Yield %s = Ym %s x Fw %s x Fc %s x Fm %s t/ha; water (mm): ET0 %s, ETc %s, ETa %s, rain %s, irrigated %s"),
		 ya, ym, fw, fc, fm, et0, etc, eta, rain, irr);
	draw_text(y, t->area.x, t->area.w, line, theme_attr(TH_NORMAL));
	draw_cold(a, t, y + 1, r);
}

static void results_draw(app *a, rect area)
{
	lang l = a->lang;
	draw_clear(area);
	if (!a->cur.ok) {
		draw_text(area.y + 1, area.x + 2, area.w - 2,
			  tr(l, "No results: the season could not be computed (see the status line)."),
			  theme_attr(TH_ERROR));
		return;
	}
	tv_layout t;
	results_layout(area, &t);
	view_state *v = &a->view[SCREEN_RESULTS];
	int n = itemview_count(&a->cur.scn);
	int *order = calloc(n > 0 ? (size_t)n : 1, sizeof *order);
	if (!order)
		return;
	n = results_sorted_rows(a, order, n);
	v->row = layout_clamp(v->row, 0, n - 1);
	int cursor = table_pos(order, n, v->row);
	v->top = layout_scroll_top(v->top, cursor, t.body_rows, n);

	attr_t hdr = theme_attr(TH_HEADER);
	int sort_col = abs(v->sort) - 1;
	for (int hr = 0; hr < t.header_rows; hr++)
		draw_fill(area.y + hr, area.x, area.w, hdr);
	for (int c = 0; c < RC_COUNT; c++) {
		if (!t.w[c])
			continue;
		int sort = v->sort && c == sort_col ? (v->sort > 0 ? 1 : -1) : 0;
		draw_header_cell(area.y, t.x[c], t.w[c], tv_header_text(l, &result_cols[c], t.w[c] - (sort != 0)),
				 result_cols[c].right, sort, hdr);
		const char *unit = unit_label(l, c);
		if (unit && t.header_rows > 1)
			draw_header_cell(area.y + 1, t.x[c], t.w[c], unit, result_cols[c].right, 0, hdr);
	}
	for (int i = 0; i < t.body_rows && v->top + i < n; i++) {
		int pos = v->top + i;
		int row = order[pos];
		int y = area.y + t.header_rows + i;
		bool sel = pos == cursor;
		if (sel)
			draw_fill(y, area.x, area.w, theme_attr(TH_SELECTED));
		for (int c = 0; c < RC_COUNT; c++) {
			if (!t.w[c])
				continue;
			char buf[300];
			cell_text(a, row, c, t.w[c], buf, sizeof buf);
			attr_t at = sel ? theme_attr(TH_SELECTED) : cell_attr(a, row, c);
			if (result_cols[c].right)
				draw_text_right(y, t.x[c], t.w[c], buf, at);
			else
				draw_text(y, t.x[c], t.w[c], buf, at);
		}
	}
	int y = area.y + t.header_rows + t.body_rows;
	draw_totals(a, &t, y);
	if (n > 0)
		draw_explain(a, &t, y + 1, v->row);
	/* One season is an example, and says so (issue 12); the range is on the overview. */
	char example[160], line[400];
	snprintf(line, sizeof line, tr(l, "%s: not an average year (the overview gives the range over many seasons)"),
		 outlook_text_example(&a->cur.scn, l, example, sizeof example));
	draw_text(y + 3, t.area.x, t.area.w, line, theme_attr(TH_DIM));
	free(order);
}

static unsigned results_handle(app *a, action act)
{
	tv_layout t;
	results_layout(tv_body(a), &t);
	return table_handle(a, &results_table, act, t.body_rows - 1);
}

static unsigned results_click(app *a, rect area, int y, int x)
{
	tv_layout t;
	results_layout(area, &t);
	view_state *v = &a->view[SCREEN_RESULTS];
	int c = tv_col_at(&t, x);
	if (y >= area.y && y < area.y + t.header_rows && c >= 0)
		return table_sort_by(a, &results_table, c);   /* again: the other way */
	return table_pick(a, &results_table, tv_row_at(&t, v->top, results_count(a), y));
}

const screen_ops screen_results = {
	.title = "Results",
	.draw = results_draw,
	.handle = results_handle,
	.click = results_click,
	.commit = NULL,
	.table = &results_table,
};
