/* screen_form.c - the form (form.h) drawn in the place of the screen it was opened on: a
 * title, one row per key of the schema (its meaning, the value, the unit, the range), the
 * selected key explained under it, and the form's keys, named from the key table. Up and
 * Down choose a key, Enter types it, + and - step it, a adds a copy, d deletes, Esc (or q)
 * closes. On a land unit's soil row e opens that soil's form (Esc comes back); in a soil form
 * Left and Right go to the previous and next soil. The settings form says under its rows that
 * the weather source itself is changed in the file. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "draw.h"
#include "form.h"
#include "keys.h"
#include "layout.h"
#include "screens.h"
#include "theme.h"

#define VALUE_W 16
#define UNIT_W 8
#define RANGE_W 14
#define TOP_ROWS 2       /* the title, the column headers */
#define BOTTOM_ROWS 3    /* the selected key explained (2 lines), the keys */

/* The settings form has one more line at the bottom: where its weather source is changed. */
static int bottom_rows(const form_state *fs)
{
	return BOTTOM_ROWS + (fs && fs->kind == FORM_SETTINGS);
}

static int body_rows(rect area, const form_state *fs)
{
	int n = area.h - TOP_ROWS - bottom_rows(fs);
	return n < 1 ? 1 : n;
}

static void title_text(const app *a, const form_state *fs, char *buf, size_t size)
{
	lang l = a->lang;
	const scenario *s = &a->cur.scn;
	switch (fs->kind) {
	case FORM_ECONOMY:
		snprintf(buf, size, "%s", tr(l, "Economy and growth target"));
		break;
	case FORM_COMMUNE:
		snprintf(buf, size, tr(l, "Commune %s and its land units"),
			 s->n_communes ? s->communes[fs->index].name : "");
		break;
	case FORM_CROP:
		snprintf(buf, size, tr(l, "Crop %s: every key"), s->n_crops ? s->crops[fs->index].name : "");
		break;
	case FORM_SOIL:
		snprintf(buf, size, tr(l, "Soil %s (%d of %zu): every key"),
			 s->n_soils ? s->soils[fs->index].id : "", fs->index + 1, s->n_soils);
		break;
	case FORM_SETTINGS:
		snprintf(buf, size, "%s", tr(l, "Site, season and weather"));
		break;
	}
}

typedef struct {
	action act, act2;   /* act2: a second key of the same hint ("< >"), or ACT_NONE */
	int word;           /* which word of the keys' names */
	const char *what;
} form_key;

/* The keys the form takes where it is: e on a soil row, < > in a soil form, no a and d in
 * the settings (one of each). */
static size_t form_keys(const app *a, const form_state *fs, form_key *out)
{
	size_t n = 0;
	out[n++] = (form_key){ ACT_EDIT, ACT_NONE, 0, "edit" };
	if (form_on_soil_row(a))
		out[n++] = (form_key){ ACT_FORM, ACT_NONE, 0, "soil form" };
	out[n++] = (form_key){ ACT_INCREMENT, ACT_DECREMENT, 0, "step up or down" };
	if (fs->kind == FORM_SOIL)
		out[n++] = (form_key){ ACT_LEFT, ACT_RIGHT, 2, "other soil" };
	if (fs->kind != FORM_SETTINGS) {
		out[n++] = (form_key){ ACT_ADD, ACT_NONE, 0, "add copy" };
		out[n++] = (form_key){ ACT_DELETE, ACT_NONE, 0, "delete" };
	}
	out[n++] = (form_key){ ACT_CANCEL, ACT_NONE, 0, fs->under.on ? "back" : "close" };
	return n;
}

/* The word-th word of act's name in the key table ("" when it has none). */
static void key_word(action act, int word, char *out, size_t size)
{
	const key_binding *b = keys_binding_for(act);
	out[0] = 0;
	if (!b)
		return;
	const char *w = b->name;
	for (int k = 0; k < word && strchr(w, ' '); k++)
		w = strchr(w, ' ') + 1;
	snprintf(out, size, "%.*s", (int)strcspn(w, " "), w);
}

/* The form's keys as "Enter edit  + - step  a add copy  d delete  Esc close", each key named
 * by the key table. */
static void draw_keys(const app *a, const form_state *fs, rect area, int y)
{
	form_key keys[8];
	size_t count = form_keys(a, fs, keys);
	int x = area.x;
	for (size_t i = 0; i < count; i++) {
		char name[16], second[8];
		key_word(keys[i].act, keys[i].word, name, sizeof name);
		if (keys[i].act2 != ACT_NONE) {
			key_word(keys[i].act2, keys[i].word, second, sizeof second);
			size_t used = strlen(name);
			snprintf(name + used, sizeof name - used, " %s", second);
		}
		if (!name[0])
			continue;
		const char *what = tr(a->lang, keys[i].what);
		int w = layout_text_width(name) + 1 + layout_text_width(what);
		if (x + w > area.x + area.w)
			break;
		draw_text(y, x, w, name, theme_attr(TH_KEY));
		draw_text(y, x + layout_text_width(name) + 1, w, what, theme_attr(TH_DIM));
		x += w + 2;
	}
}

static void draw_explain(const app *a, const form_state *fs, rect area, int y)
{
	if (fs->n_rows == 0)
		return;
	char text[600];
	form_explain_text(&fs->rows[fs->row], a->lang, text, sizeof text);
	if (!text[0])
		return;
	size_t off[2], len[2];
	int n = layout_wrap(text, area.w, off, len, 2);
	for (int i = 0; i < n; i++) {
		char line[600];
		snprintf(line, sizeof line, "%.*s", (int)len[i], text + off[i]);
		draw_text(y + i, area.x, area.w, line, theme_attr(TH_NORMAL));
	}
}

static void form_draw(app *a, rect area)
{
	form_state *fs = a->form;
	draw_clear(area);
	if (!fs)
		return;
	lang l = a->lang;
	form_build(a, fs);
	int rows = body_rows(area, fs);
	fs->top = layout_scroll_top(fs->top, fs->row, rows, fs->n_rows);
	char title[300];
	title_text(a, fs, title, sizeof title);
	draw_text(area.y, area.x, area.w, title, theme_attr(TH_TITLE));
	int label_w = area.w - VALUE_W - UNIT_W - RANGE_W - 3;
	int xv = area.x + label_w + 1, xu = xv + VALUE_W + 1, xr = xu + UNIT_W + 1;
	attr_t hdr = theme_attr(TH_HEADER);
	draw_fill(area.y + 1, area.x, area.w, hdr);
	draw_text(area.y + 1, area.x, label_w, tr(l, "Key"), hdr);
	draw_text_right(area.y + 1, xv, VALUE_W, tr(l, "Value"), hdr);
	draw_text(area.y + 1, xu, UNIT_W, tr(l, "Unit"), hdr);
	draw_text(area.y + 1, xr, RANGE_W, tr(l, "Range"), hdr);
	for (int i = 0; i < rows && fs->top + i < fs->n_rows; i++) {
		int r = fs->top + i, y = area.y + TOP_ROWS + i;
		const form_row *row = &fs->rows[r];
		bool sel = r == fs->row;
		char label[300], value[300], range[64];
		const char *lab = form_row_label(a, fs, r, l, label, sizeof label);
		if (form_row_is_heading(row)) {
			draw_text(y, area.x, area.w, lab, theme_attr(sel ? TH_SELECTED : TH_TITLE));
			continue;
		}
		const char *unit = row->f && row->f->unit[0] ? tr(l, row->f->unit) : "";
		attr_t at = sel ? theme_attr(TH_SELECTED) : theme_attr(TH_NORMAL);
		if (sel)
			draw_fill(y, area.x, area.w, at);
		draw_text(y, area.x + 1, label_w - 1, lab, at);
		draw_text_right_pad(y, xv, VALUE_W, form_value_text(a, fs, r, l, value, sizeof value), at);
		draw_text(y, xu, UNIT_W, unit, sel ? at : theme_attr(TH_DIM));
		draw_text(y, xr, RANGE_W, form_range_text(row, l, range, sizeof range), sel ? at : theme_attr(TH_DIM));
	}
	int y = area.y + TOP_ROWS + rows;
	if (fs->kind == FORM_SETTINGS)
		draw_text(y++, area.x, area.w, tr(l, "The weather source itself (file, station record) is changed in the file"),
			  theme_attr(TH_DIM));
	draw_explain(a, fs, area, y);
	draw_keys(a, fs, area, y + 2);
}

static unsigned form_handle(app *a, action act)
{
	form_state *fs = a->form;
	if (!fs)
		return CHANGED_NOTHING;
	form_build(a, fs);
	int page = body_rows(layout_body(a->rows > 0 ? a->rows : 24, a->cols > 0 ? a->cols : 80), fs) - 1;
	switch (act) {
	case ACT_UP: fs->row--; break;
	case ACT_DOWN: fs->row++; break;
	case ACT_PAGE_UP: fs->row -= page > 0 ? page : 1; break;
	case ACT_PAGE_DOWN: fs->row += page > 0 ? page : 1; break;
	case ACT_HOME: fs->row = 0; break;
	case ACT_END: fs->row = fs->n_rows - 1; break;
	case ACT_EDIT: return form_edit(a);
	case ACT_INCREMENT: return form_step(a, +1);
	case ACT_DECREMENT: return form_step(a, -1);
	case ACT_TOGGLE: return form_step(a, +1);
	case ACT_ADD: return form_add(a);
	case ACT_DELETE: return form_delete(a);
	case ACT_LEFT: return form_next_soil(a, -1);
	case ACT_RIGHT: return form_next_soil(a, +1);
	case ACT_FORM:
		if (form_on_soil_row(a))
			return form_open_soil(a);
		form_close(a);
		return CHANGED_VIEW;
	case ACT_CANCEL:
		form_close(a);
		return CHANGED_VIEW;
	default:
		return CHANGED_NOTHING;
	}
	fs->row = layout_clamp(fs->row, 0, fs->n_rows - 1);
	return CHANGED_VIEW;
}

static unsigned form_click(app *a, rect area, int y, int x)
{
	(void)x;
	form_state *fs = a->form;
	if (!fs)
		return CHANGED_NOTHING;
	int r = y - area.y - TOP_ROWS;
	if (r < 0 || r >= body_rows(area, fs) || fs->top + r >= fs->n_rows)
		return CHANGED_NOTHING;
	fs->row = fs->top + r;
	return CHANGED_VIEW;
}

const screen_ops screen_form = {
	.title = "Form",
	.draw = form_draw,
	.handle = form_handle,
	.click = form_click,
	.commit = form_commit,
};
