/* itemview.c - flat plan-item rows, display names and status words for the screens. */
#include "itemview.h"

#include <stdio.h>
#include <string.h>

#include "land_name.h"
#include "numfmt.h"
#include "textwidth.h"

int itemview_count(const scenario *s)
{
	return (int)scenario_plan_item_count(s);
}

bool itemview_ref(const scenario *s, int row, item_ref *out)
{
	if (row < 0)
		return false;
	for (size_t c = 0; c < s->n_communes; c++) {
		int n = (int)s->communes[c].n_plan;
		if (row < n) {
			out->commune = (int)c;
			out->item = row;
			return true;
		}
		row -= n;
	}
	return false;
}

int itemview_row(const scenario *s, int ci, int item)
{
	if (ci < 0 || (size_t)ci >= s->n_communes || item < 0 ||
	    (size_t)item >= s->communes[ci].n_plan)
		return -1;
	int row = 0;
	for (int c = 0; c < ci; c++)
		row += (int)s->communes[c].n_plan;
	return row + item;
}

plan_item *itemview_item(scenario *s, int row)
{
	item_ref r;
	if (!itemview_ref(s, row, &r))
		return NULL;
	return &s->communes[r.commune].plan[r.item];
}

const item_result *itemview_result(const app_run *r, int row)
{
	if (!r->ok || row < 0 || (size_t)row >= r->result.n_items ||
	    r->result.n_items != (size_t)itemview_count(&r->scn))
		return NULL;
	return &r->result.items[row];
}

const char *itemview_crop_name(const scenario *s, int ci)
{
	if (ci < 0 || (size_t)ci >= s->n_crops)
		return "?";
	const crop *c = &s->crops[ci];
	return c->name[0] ? c->name : c->id;
}

const char *itemview_commune_name(const scenario *s, int ci)
{
	if (ci < 0 || (size_t)ci >= s->n_communes)
		return "?";
	const commune *c = &s->communes[ci];
	return c->name[0] ? c->name : c->id;
}

const char *itemview_land_id(const scenario *s, int ci, int land)
{
	if (ci < 0 || (size_t)ci >= s->n_communes || land < 0 ||
	    (size_t)land >= s->communes[ci].n_land)
		return "?";
	return s->communes[ci].land[land].id;
}

char *itemview_land_name(const scenario *s, int ci, int land, lang l, bool short_form,
			 char *buf, size_t size)
{
	if (ci < 0 || (size_t)ci >= s->n_communes) {
		snprintf(buf, size, "?");
		return buf;
	}
	return short_form ? land_unit_short_name(&s->communes[ci], land, l, buf, size) :
			    land_unit_name(&s->communes[ci], land, l, buf, size);
}

char *itemview_short_name(const char *name, char *buf, size_t size)
{
	static const struct {
		const char *prefix, *abbrev;
	} prefixes[] = {
		{ "Xã ", "" }, { "Thị trấn ", "TT " }, { "Phường ", "P. " },
	};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i].prefix);
		if (strncmp(name, prefixes[i].prefix, n) == 0 && name[n]) {
			snprintf(buf, size, "%s%s", prefixes[i].abbrev, name + n);
			return buf;
		}
	}
	snprintf(buf, size, "%s", name);
	return buf;
}

char *itemview_commune_fit(const scenario *s, int ci, int width, char *buf, size_t size)
{
	const char *name = itemview_commune_name(s, ci);
	if (text_width(name) <= width) {
		snprintf(buf, size, "%s", name);
		return buf;
	}
	return itemview_short_name(name, buf, size);
}

/* Status bits in the order a reader should see them, with their words. */
static const struct {
	unsigned bit;
	const char *words;
} status_words[] = {
	{ ITEM_IMMATURE, "not mature by season end" },
	{ ITEM_FROST_KILLED, "killed by frost" },
	{ ITEM_OVER_ALLOCATED, "land over-allocated" },
	{ ITEM_LATE_HARVEST, "late harvest" },
	{ ITEM_EARLY_SOW, "sown before land is free" },
	{ ITEM_OUTSIDE_SEASON, "sown outside season" },
	{ ITEM_LABOUR_SHORT, "labour shortfall" },
	{ ITEM_COLD_DAMAGE, "cold damage" },
	{ ITEM_WATER_STRESS, "water stress" },
};

char *itemview_status_words(unsigned status, lang l, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	buf[0] = 0;
	if (status == 0) {
		snprintf(buf, size, "%s", tr(l, "OK"));
		return buf;
	}
	size_t len = 0;
	for (size_t i = 0; i < sizeof status_words / sizeof status_words[0]; i++) {
		if (!(status & status_words[i].bit))
			continue;
		int n = snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
				 tr(l, status_words[i].words));
		if (n < 0 || (size_t)n >= size - len) {
			buf[size - 1] = 0;
			break;
		}
		len += (size_t)n;
	}
	return buf;
}

bool itemview_status_is_problem(unsigned status)
{
	return (status & ~(unsigned)ITEM_WATER_STRESS) != 0;
}

bool itemview_status_is_severe(unsigned status)
{
	return (status & (ITEM_IMMATURE | ITEM_FROST_KILLED)) != 0;
}

char *itemview_irrigation_words(const irrigation *ir, lang l, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	switch (ir->mode) {
	case IRRIGATION_NONE:
		snprintf(buf, size, "%s", tr(l, "no"));
		break;
	case IRRIGATION_AUTO:
		snprintf(buf, size, "%s", tr(l, "auto"));
		break;
	case IRRIGATION_SCHEDULE: {
		char depth[NUMFMT_MAX];
		numfmt_number(ir->depth_mm, ir->depth_mm == (long)ir->depth_mm ? 0 : 1, l, depth,
			      sizeof depth);
		snprintf(buf, size, tr(l, "every %d d, %s mm"), ir->interval_days, depth);
		break;
	}
	}
	return buf;
}

char *itemview_irrigation_short(const irrigation *ir, lang l, char *buf, size_t size)
{
	if (ir->mode != IRRIGATION_SCHEDULE)
		return itemview_irrigation_words(ir, l, buf, size);
	snprintf(buf, size, "%d/%.0fmm", ir->interval_days, ir->depth_mm);
	return buf;
}
