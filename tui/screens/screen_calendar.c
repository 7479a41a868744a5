/* screen_calendar.c - each plan item's sowing-to-harvest bar on the season's date axis, over
 * its land unit's free window ([·····], the land is needed again after `]`), months labelled;
 * a harvest after the window or a sowing before it is drawn with '!' and said in words at the
 * right. + and - move the selected item's sowing by a day; Enter types a date. Space shows
 * the labour panel instead (calendar_labour.c): labour by half-month, a commune at a time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "calendar_labour.h"
#include "screens.h"
#include "draw.h"
#include "edit.h"
#include "itemview.h"
#include "layout.h"
#include "numfmt.h"
#include "table_order.h"
#include "tableview.h"
#include "theme.h"

#define HEADER_ROWS 2      /* month names, then the ruler */
#define RESERVED_LINES 2   /* legend; the selected item in words */

/* The calendar's own state: the labour panel shown instead of the bars, and its commune. */
static bool show_labour;
static int labour_commune;

typedef struct {
	int commune_w, land_w, crop_w, label_w;   /* the label columns */
	int chart_x, chart_w;
	int note_x, note_w;                       /* the words at the right */
	int body_rows;
	vd_date first, last;
} cal_layout;

static void compute_layout(const app *a, rect area, cal_layout *L)
{
	L->commune_w = area.w >= 120 ? 18 : 12;
	L->land_w = area.w >= 100 ? 8 : 6;
	L->crop_w = area.w >= 100 ? 12 : 9;
	L->label_w = L->commune_w + 1 + L->land_w + 1 + L->crop_w;
	L->note_w = area.w >= 100 ? 16 : 12;
	L->chart_x = area.x + L->label_w + 1;
	L->chart_w = area.w - L->label_w - 1 - L->note_w - 1;
	if (L->chart_w < 10)
		L->chart_w = 10;
	L->note_x = L->chart_x + L->chart_w + 1;
	L->body_rows = area.h - HEADER_ROWS - RESERVED_LINES;
	if (L->body_rows < 1)
		L->body_rows = 1;
	L->first = a->cur.scn.season_start;
	L->last = a->cur.scn.season_end;
	if (L->last < L->first)
		L->last = L->first;
}

/* The words at the right of a row: how late or early, or that it does not mature. */
static void note_text(const app *a, int row, char *buf, size_t size, bool *problem)
{
	lang l = a->lang;
	const item_result *r = itemview_result(&a->cur, row);
	*problem = false;
	buf[0] = 0;
	if (!r)
		return;
	const land_unit *lu = &a->cur.scn.communes[r->commune].land[r->land];
	if (r->status & ITEM_IMMATURE) {
		snprintf(buf, size, "%s", tr(l, "not mature"));
		*problem = true;
	} else if ((r->status & ITEM_LATE_HARVEST) && lu->free_until != DATE_NONE) {
		snprintf(buf, size, tr(l, "late %d d"), r->harvest - lu->free_until);
		*problem = true;
	} else if ((r->status & ITEM_EARLY_SOW) && lu->free_from != DATE_NONE) {
		snprintf(buf, size, tr(l, "early %d d"), lu->free_from - r->sow);
		*problem = true;
	} else if (r->status & ITEM_FROST_KILLED) {
		snprintf(buf, size, "%s", tr(l, "killed by frost"));
		*problem = true;
	} else {
		snprintf(buf, size, tr(l, "%d days"), r->days);
	}
}

static void draw_axis(app *a, rect area, const cal_layout *L)
{
	lang l = a->lang;
	const theme_glyphs *g = theme_glyphs_get();
	attr_t hdr = theme_attr(TH_HEADER);
	draw_fill(area.y, area.x, area.w, hdr);
	draw_fill(area.y + 1, area.x, area.w, theme_attr(TH_DIM));
	draw_text(area.y, area.x, L->commune_w, tr(l, "Commune"), hdr);
	draw_text(area.y, area.x + L->commune_w + 1, L->land_w, tr(l, "Land"), hdr);
	draw_text(area.y, area.x + L->commune_w + L->land_w + 2, L->crop_w, tr(l, "Crop"), hdr);
	for (int c = 0; c < L->chart_w; c++)
		draw_text(area.y + 1, L->chart_x + c, 1, g->hline, theme_attr(TH_DIM));
	int y, m, d;
	date_to_ymd(L->first, &y, &m, &d);
	int next_free = 0;
	for (;;) {
		vd_date start = date_from_ymd(y, m, 1);
		if (start > L->last)
			break;
		if (start >= L->first) {
			int c = layout_day_to_col(start, L->first, L->last, L->chart_w);
			draw_text(area.y + 1, L->chart_x + c, 1, g->tee_down, theme_attr(TH_DIM));
			const char *name = numfmt_month_short(m, l);
			if (c >= next_free) {
				draw_text(area.y, L->chart_x + c, L->chart_w - c, name, hdr);
				next_free = c + layout_text_width(name) + 1;
			}
		}
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	draw_text(area.y, L->note_x, L->note_w, tr(l, "Note"), hdr);
}

static void draw_row(app *a, const cal_layout *L, int row, int y, bool sel)
{
	lang l = a->lang;
	const theme_glyphs *g = theme_glyphs_get();
	const scenario *s = &a->cur.scn;
	item_ref ref;
	if (!itemview_ref(s, row, &ref))
		return;
	const plan_item *it = &s->communes[ref.commune].plan[ref.item];
	const land_unit *lu = &s->communes[ref.commune].land[it->land];
	const item_result *r = itemview_result(&a->cur, row);
	attr_t base = sel ? theme_emphasis() : theme_attr(TH_NORMAL);
	int x = L->chart_x - L->label_w - 1;
	if (sel)
		draw_fill(y, x, L->label_w, theme_attr(TH_SELECTED));
	attr_t lab = sel ? theme_attr(TH_SELECTED) : base;
	if (ref.item == 0 || sel || row == a->view[SCREEN_CALENDAR].top || a->view[SCREEN_CALENDAR].sort) {
		char name[SCN_NAME_MAX];
		itemview_commune_fit(s, ref.commune, L->commune_w, name, sizeof name);
		draw_text(y, x, L->commune_w, name, lab);
	}
	char ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
	draw_text(y, x + L->commune_w + 1, L->land_w,
		  itemview_land_name(s, ref.commune, it->land, a->lang, true, ln, sizeof ln), lab);
	draw_text(y, x + L->commune_w + L->land_w + 2, L->crop_w, itemview_crop_name(s, it->crop), lab);

	/* The land's free window. */
	int w = L->chart_w;
	int c_from = lu->free_from == DATE_NONE ? 0 : layout_day_to_col(lu->free_from, L->first, L->last, w);
	int c_until = lu->free_until == DATE_NONE ? w - 1
						  : layout_day_to_col(lu->free_until, L->first, L->last, w);
	attr_t dim = theme_attr(TH_DIM);
	for (int c = c_from; c <= c_until; c++)
		draw_text(y, L->chart_x + c, 1, g->shade, dim);
	if (lu->free_from != DATE_NONE && lu->free_from >= L->first)
		draw_text(y, L->chart_x + c_from, 1, "[", dim | theme_emphasis());
	if (lu->free_until != DATE_NONE && lu->free_until <= L->last)
		draw_text(y, L->chart_x + c_until, 1, "]", dim | theme_emphasis());

	/* The crop from sowing to harvest; '!' where it is outside the window. */
	vd_date sow = r ? r->sow : it->sow;
	vd_date harvest = r && r->harvest != DATE_NONE ? r->harvest : L->last;
	int c0 = layout_day_to_col(sow, L->first, L->last, w);
	int c1 = layout_day_to_col(harvest, L->first, L->last, w);
	for (int c = c0; c <= c1; c++) {
		vd_date day = layout_col_to_day(c, L->first, L->last, w);
		bool outside = (lu->free_until != DATE_NONE && c > c_until && day > lu->free_until) ||
			       (lu->free_from != DATE_NONE && c < c_from && day < lu->free_from);
		if (outside)
			draw_text(y, L->chart_x + c, 1, "!", theme_attr(TH_WARNING) | theme_emphasis());
		else
			draw_text(y, L->chart_x + c, 1, g->full, sel ? theme_attr(TH_SELECTED) : theme_attr(TH_BAR));
	}
	if (r && r->harvest == DATE_NONE)
		draw_text(y, L->chart_x + c1, 1, ">", theme_attr(TH_ERROR));

	char note[80];
	bool problem;
	note_text(a, row, note, sizeof note, &problem);
	if (problem) {
		char marked[100];
		snprintf(marked, sizeof marked, "%s %s", g->warn, note);
		draw_text(y, L->note_x, L->note_w, marked, theme_attr(TH_WARNING));
	} else {
		draw_text(y, L->note_x, L->note_w, note, theme_attr(TH_DIM));
	}
	(void)l;
}

static void draw_selected(app *a, rect area, int y)
{
	lang l = a->lang;
	int row = a->view[SCREEN_CALENDAR].row;
	const item_result *r = itemview_result(&a->cur, row);
	item_ref ref;
	if (!itemview_ref(&a->cur.scn, row, &ref))
		return;
	const scenario *s = &a->cur.scn;
	const plan_item *it = &s->communes[ref.commune].plan[ref.item];
	const land_unit *lu = &s->communes[ref.commune].land[it->land];
	char sow[NUMFMT_MAX], hv[NUMFMT_MAX], from[NUMFMT_MAX], until[NUMFMT_MAX], line[400];
	char ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
	numfmt_date_short(it->sow, l, sow, sizeof sow);
	numfmt_date_short(r ? r->harvest : DATE_NONE, l, hv, sizeof hv);
	numfmt_date_short(lu->free_from, l, from, sizeof from);
	numfmt_date_short(lu->free_until, l, until, sizeof until);
	snprintf(line, sizeof line, tr(l, "%s: sown %s, harvest %s (%d days); %s land free %s-%s"),
		 itemview_crop_name(s, it->crop), sow, hv, r ? r->days : 0,
		 itemview_land_name(s, ref.commune, it->land, l, false, ln, sizeof ln),
		 lu->free_from == DATE_NONE ? "..." : from, lu->free_until == DATE_NONE ? "..." : until);
	draw_text(y, area.x, area.w, line, theme_attr(TH_NORMAL));
}

/* ---- find and order (table_order.h): commune, crop, sowing, harvest ---- */

enum { CAL_COMMUNE, CAL_CROP, CAL_SOW, CAL_HARVEST, CAL_COLS };

static int cal_count(const app *a)
{
	return itemview_count(&a->cur.scn);
}

static bool cal_key(const app *a, int row, int col, table_key *k)
{
	const scenario *s = &a->cur.scn;
	item_ref ref;
	if (!itemview_ref(s, row, &ref))
		return true;
	const plan_item *it = &s->communes[ref.commune].plan[ref.item];
	const item_result *r = itemview_result(&a->cur, row);
	k->is_text = col == CAL_COMMUNE || col == CAL_CROP;
	if (col == CAL_COMMUNE)
		itemview_short_name(itemview_commune_name(s, ref.commune), k->text, sizeof k->text);
	else if (col == CAL_CROP)
		snprintf(k->text, sizeof k->text, "%s", itemview_crop_name(s, it->crop));
	else if (col == CAL_SOW)
		k->num = it->sow;
	else
		k->num = r && r->harvest != DATE_NONE ? r->harvest : 1e12;
	return true;
}

static void cal_name(const app *a, int row, char *buf, size_t size)
{
	const scenario *s = &a->cur.scn;
	item_ref ref;
	buf[0] = 0;
	if (itemview_ref(s, row, &ref))
		snprintf(buf, size, "%s, %s", itemview_commune_name(s, ref.commune),
			 itemview_crop_name(s, s->communes[ref.commune].plan[ref.item].crop));
}

static const char *cal_label(int col)
{
	static const char *const labels[CAL_COLS] = { "Commune", "Crop", "Sown", "Harvest" };
	return labels[col];
}

static const table_spec cal_table = {
	SCREEN_CALENDAR, CAL_COLS, cal_count, cal_key, cal_name, cal_label, false,
	NULL, NULL,
};

static void calendar_draw(app *a, rect area)
{
	lang l = a->lang;
	if (show_labour) {
		labour_commune = layout_clamp(labour_commune, 0, (int)a->cur.scn.n_communes - 1);
		calendar_labour_draw(a, area, labour_commune);
		return;
	}
	draw_clear(area);
	cal_layout L;
	compute_layout(a, area, &L);
	view_state *v = &a->view[SCREEN_CALENDAR];
	int n = itemview_count(&a->cur.scn);
	v->row = layout_clamp(v->row, 0, n - 1);
	int *order = table_shown(a, &cal_table, &n);
	if (!order)
		n = 0;
	v->top = layout_scroll_top(v->top, table_pos(order, n, v->row), L.body_rows, n);
	draw_axis(a, area, &L);
	for (int i = 0; i < L.body_rows && v->top + i < n; i++)
		draw_row(a, &L, order[v->top + i], area.y + HEADER_ROWS + i, order[v->top + i] == v->row);
	free(order);
	int y = area.y + HEADER_ROWS + L.body_rows;
	const theme_glyphs *g = theme_glyphs_get();
	char legend[400];
	snprintf(legend, sizeof legend,
		 tr(l, "[%s%s%s] land free  %s%s%s sowing to harvest  ! outside free window  + - move sowing  Space labour"),
		 g->shade, g->shade, g->shade, g->full, g->full, g->full);
	draw_text(y, area.x, area.w, legend, theme_attr(TH_DIM));
	draw_selected(a, area, y + 1);
}

/* ---- editing: the sowing date ---- */

static plan_item *selected(app *a)
{
	return itemview_item(&a->cur.scn, a->view[SCREEN_CALENDAR].row);
}

static void say_sow(app *a)
{
	plan_item *it = selected(a);
	if (!it || !a->cur.ok)
		return;
	char d[NUMFMT_MAX], h[NUMFMT_MAX];
	const item_result *r = itemview_result(&a->cur, a->view[SCREEN_CALENDAR].row);
	numfmt_date_long(it->sow, a->lang, d, sizeof d);
	numfmt_date_long(r ? r->harvest : DATE_NONE, a->lang, h, sizeof h);
	app_set_status(a, false, tr(a->lang, "%s sown %s, harvest %s"),
		       itemview_crop_name(&a->cur.scn, it->crop), d, h);
}

/* The labour panel: Up/Down choose the commune, Enter types its labour days, Space goes
 * back to the bars. */
static unsigned labour_handle(app *a, action act)
{
	int n = (int)a->cur.scn.n_communes;
	switch (act) {
	case ACT_UP: case ACT_PAGE_UP: labour_commune--; break;
	case ACT_DOWN: case ACT_PAGE_DOWN: labour_commune++; break;
	case ACT_HOME: labour_commune = 0; break;
	case ACT_END: labour_commune = n - 1; break;
	case ACT_TOGGLE: show_labour = false; break;
	case ACT_EDIT: {
		char text[NUMFMT_MAX];
		edit_format_number(a->cur.scn.communes[labour_commune].labour_days_available, 0,
				   a->lang, text, sizeof text);
		app_open_prompt(a, PROMPT_EDIT, tr(a->lang, "Labour days available for the season:"), text);
		return CHANGED_VIEW;
	}
	default: return CHANGED_NOTHING;
	}
	labour_commune = layout_clamp(labour_commune, 0, n - 1);
	return CHANGED_VIEW;
}

static unsigned calendar_handle(app *a, action act)
{
	if (show_labour)
		return labour_handle(a, act);
	if (act == ACT_TOGGLE) {
		show_labour = true;
		item_ref ref;
		if (itemview_ref(&a->cur.scn, a->view[SCREEN_CALENDAR].row, &ref))
			labour_commune = ref.commune;
		return CHANGED_VIEW;
	}
	cal_layout L;
	compute_layout(a, tv_body(a), &L);
	unsigned bits = table_handle(a, &cal_table, act, L.body_rows - 1);
	if (bits)
		return bits;
	plan_item *it = selected(a);
	if (!it)
		return CHANGED_NOTHING;
	const scenario *s = &a->cur.scn;
	switch (act) {
	case ACT_INCREMENT:
	case ACT_DECREMENT: {
		vd_date t = it->sow + (act == ACT_INCREMENT ? 1 : -1);
		if (t < s->season_start || t > s->season_end) {
			app_set_status(a, false, "%s", tr(a->lang, "The sowing date is at the season's edge"));
			return CHANGED_VIEW;
		}
		bits = edit_set_int(a, &it->sow, t);
		say_sow(a);
		return bits;
	}
	case ACT_EDIT: {
		char text[NUMFMT_MAX];
		numfmt_date_long(it->sow, a->lang, text, sizeof text);
		app_open_prompt(a, PROMPT_EDIT, tr(a->lang, "Sowing date (DD/MM/YYYY or YYYY-MM-DD):"), text);
		return CHANGED_VIEW;
	}
	default:
		return CHANGED_NOTHING;
	}
}

static unsigned calendar_commit(app *a, const char *text, char *err, size_t size)
{
	lang l = a->lang;
	if (show_labour) {
		double v;
		if (labour_commune < 0 || (size_t)labour_commune >= a->cur.scn.n_communes ||
		    !edit_number_from_text(l, text, "commune", "labour_days_available",
					   tr(l, "Labour days available"), &v, err, size))
			return CHANGED_NOTHING;
		return edit_set_double(a, &a->cur.scn.communes[labour_commune].labour_days_available, v);
	}
	plan_item *it = selected(a);
	if (!it)
		return CHANGED_NOTHING;
	const scenario *s = &a->cur.scn;
	vd_date t;
	if (!edit_date_from_text(l, text, s, tr(l, "Sowing date"), &t, err, size))
		return CHANGED_NOTHING;
	unsigned bits = edit_set_int(a, &it->sow, t);
	say_sow(a);
	return bits;
}

static unsigned calendar_click(app *a, rect area, int y, int x)
{
	(void)x;
	if (show_labour)
		return CHANGED_NOTHING;
	cal_layout L;
	compute_layout(a, area, &L);
	view_state *v = &a->view[SCREEN_CALENDAR];
	int r = y - area.y - HEADER_ROWS;
	if (r < 0 || r >= L.body_rows)
		return CHANGED_NOTHING;
	return table_pick(a, &cal_table, v->top + r);
}

const screen_ops screen_calendar = {
	.title = "Calendar",
	.draw = calendar_draw,
	.handle = calendar_handle,
	.click = calendar_click,
	.commit = calendar_commit,
	.table = &cal_table,
};
