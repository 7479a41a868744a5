/* plan_edit.c - the Plan screen's editing actions on the selected plan item: step a cell
 * with + and -, cycle land, crop or irrigation, add a copy, delete, open the prompt for a
 * cell and commit what was typed there. Every change is an undoable edit; nothing here
 * draws (screen_plan.c owns the table and its key dispatch). */
#include "plan_edit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "edit.h"
#include "layout.h"
#include "numfmt.h"
#include "screen_cols.h"
#include "unit_words.h"

plan_item *plan_edit_selected(app *a, item_ref *r)
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
	plan_item *it = plan_edit_selected(a, &r);
	if (!it)
		return;
	app_set_status(a, false, "%s: %s, %s", tr(a->lang, what),
		       itemview_crop_name(&a->cur.scn, it->crop),
		       itemview_commune_name(&a->cur.scn, r.commune));
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

unsigned plan_edit_cycle(app *a, int col)
{
	item_ref r;
	plan_item *it = plan_edit_selected(a, &r);
	if (!it)
		return CHANGED_NOTHING;
	if (col == PC_LAND)
		return cycle_land(a, it, r.commune, +1);
	if (col == PC_CROP)
		return cycle_crop(a, it, +1);
	return cycle_irrigation(a, it, +1);
}

unsigned plan_edit_step(app *a, int dir)
{
	item_ref r;
	plan_item *it = plan_edit_selected(a, &r);
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

unsigned plan_edit_add(app *a)
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

unsigned plan_edit_delete(app *a)
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

unsigned plan_edit_open(app *a)
{
	lang l = a->lang;
	item_ref r;
	plan_item *it = plan_edit_selected(a, &r);
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


unsigned plan_edit_commit(app *a, const char *text, char *err, size_t size)
{
	lang l = a->lang;
	item_ref r;
	plan_item *it = plan_edit_selected(a, &r);
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
		if (!edit_number_from_text_scaled(l, text, "plan", "area_ha", tr(l, "Area (sao)"),
						  UNIT_SAO_HA, &v, err, size))
			return CHANGED_NOTHING;
		bits = edit_set_double(a, &it->area_ha, v * UNIT_SAO_HA);
		break;
	case PC_SOW: {
		vd_date t;
		if (!edit_date_from_text(l, text, s, tr(l, "Sowing date"), &t, err, size))
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
