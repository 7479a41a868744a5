/* form_parts.c - adding and deleting from a form (form.h): a copy of the selected part (a
 * land unit, a sector) or of the commune, crop or soil itself, with an id no other has; a
 * deletion only of what nothing uses (the status line says what does). Each is one
 * undoable edit. */
#include "form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An id like base that no entry of the list has: base-2, base-3, ... */
static void unique_id(const char *base, const char *taken, size_t stride, size_t n, char *out)
{
	char from[SCN_ID_MAX];
	memcpy(from, base, sizeof from);
	from[SCN_ID_MAX - 8] = 0;
	for (int k = 2; k < 1000; k++) {
		snprintf(out, SCN_ID_MAX, "%s-%d", from, k);
		bool used = false;
		for (size_t i = 0; i < n && !used; i++)
			used = strcmp(taken + i * stride, out) == 0;
		if (!used)
			return;
	}
}

static void copy_name(const char *name, char *out)
{
	char from[SCN_NAME_MAX];
	memcpy(from, name, sizeof from);
	from[SCN_NAME_MAX - 8] = 0;
	size_t n = strlen(from);
	memcpy(out, from, n);
	memcpy(out + n, " (2)", 5);
}

static unsigned no_memory(app *a)
{
	app_cancel_edit(a);
	app_set_status(a, true, "%s", tr(a->lang, "Out of memory: the edit was not made"));
	return CHANGED_VIEW;
}

/* Grows an array of n elements of `size` bytes by one, inserting a copy of element `at` at
 * at + 1. Returns the new array (NULL when out of memory; the old one is then kept). */
static void *insert_copy(void *arr, size_t n, size_t size, size_t at)
{
	char *p = realloc(arr, (n + 1) * size);
	if (!p)
		return NULL;
	memmove(p + (at + 2) * size, p + (at + 1) * size, (n - at - 1) * size);
	memcpy(p + (at + 1) * size, p + at * size, size);
	return p;
}

unsigned form_crop_copy(app *a, int ci)
{
	scenario *s = &a->cur.scn;
	if (ci < 0 || (size_t)ci >= s->n_crops || !app_begin_edit(a))
		return CHANGED_NOTHING;
	crop *p = realloc(s->crops, (s->n_crops + 1) * sizeof *p);
	if (!p)
		return no_memory(a);
	s->crops = p;
	crop *c = &p[s->n_crops];
	*c = p[ci];
	unique_id(p[ci].id, p[0].id, sizeof *p, s->n_crops, c->id);
	copy_name(p[ci].name[0] ? p[ci].name : p[ci].id, c->name);
	c->mark.file = -1;
	c->src_id[0] = 0;
	s->n_crops++;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, tr(a->lang, "Crop %s added, a copy of %s (u undoes)"), c->name, p[ci].id);
	return bits;
}

/* Removes element i of an array of *n elements of sz bytes, closing the gap. */
static void drop_at(void *array, size_t *n, size_t i, size_t sz)
{
	char *p = array;
	memmove(p + i * sz, p + (i + 1) * sz, (*n - i - 1) * sz);
	(*n)--;
}

unsigned form_crop_delete(app *a, int ci)
{
	scenario *s = &a->cur.scn;
	if (ci < 0 || (size_t)ci >= s->n_crops)
		return CHANGED_NOTHING;
	int uses = 0;
	for (size_t i = 0; i < s->n_communes; i++)
		for (size_t j = 0; j < s->communes[i].n_plan; j++)
			uses += s->communes[i].plan[j].crop == ci;
	for (size_t i = 0; i < s->n_shocks; i++)
		uses += s->shocks[i].kind == SHOCK_PRICE && s->shocks[i].crop == ci;
	if (uses > 0 || s->n_crops == 1) {
		app_set_status(a, true, s->n_crops == 1 ? tr(a->lang, "The last crop cannot be deleted")
						     : tr(a->lang, "Not deleted: %d plan items or shocks use this crop"),
			       uses);
		return CHANGED_VIEW;
	}
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	drop_at(s->crops, &s->n_crops, (size_t)ci, sizeof *s->crops);
	for (size_t i = 0; i < s->n_communes; i++)
		for (size_t j = 0; j < s->communes[i].n_plan; j++)
			if (s->communes[i].plan[j].crop > ci)
				s->communes[i].plan[j].crop--;
	for (size_t i = 0; i < s->n_shocks; i++)
		if (s->shocks[i].crop > ci)
			s->shocks[i].crop--;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, "%s", tr(a->lang, "Crop deleted (u undoes)"));
	return bits;
}

unsigned form_soil_copy(app *a, int si)
{
	scenario *s = &a->cur.scn;
	if (si < 0 || (size_t)si >= s->n_soils || !app_begin_edit(a))
		return CHANGED_NOTHING;
	soil *p = realloc(s->soils, (s->n_soils + 1) * sizeof *p);
	if (!p)
		return no_memory(a);
	s->soils = p;
	soil *n = &p[s->n_soils];
	*n = p[si];
	unique_id(p[si].id, p[0].id, sizeof *p, s->n_soils, n->id);
	copy_name(p[si].name[0] ? p[si].name : p[si].id, n->name);
	n->mark.file = -1;
	n->src_id[0] = 0;
	s->n_soils++;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, tr(a->lang, "Soil %s added, a copy of %s (u undoes)"), n->id, p[si].id);
	return bits;
}

unsigned form_soil_delete(app *a, int si)
{
	scenario *s = &a->cur.scn;
	if (si < 0 || (size_t)si >= s->n_soils)
		return CHANGED_NOTHING;
	for (size_t i = 0; i < s->n_communes; i++)
		for (size_t j = 0; j < s->communes[i].n_land; j++)
			if (s->communes[i].land[j].soil == si) {
				app_set_status(a, true, tr(a->lang, "Not deleted: land unit %s of %s uses this soil"),
					       s->communes[i].land[j].id, s->communes[i].id);
				return CHANGED_VIEW;
			}
	if (s->n_soils <= 1) {
		app_set_status(a, true, "%s", tr(a->lang, "The last soil cannot be deleted"));
		return CHANGED_VIEW;
	}
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	char id[SCN_ID_MAX];
	memcpy(id, s->soils[si].id, sizeof id);
	drop_at(s->soils, &s->n_soils, (size_t)si, sizeof *s->soils);
	for (size_t i = 0; i < s->n_communes; i++)
		for (size_t j = 0; j < s->communes[i].n_land; j++)
			if (s->communes[i].land[j].soil > si)
				s->communes[i].land[j].soil--;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, tr(a->lang, "Soil %s deleted (u undoes)"), id);
	return bits;
}

static unsigned commune_copy(app *a, int ci)
{
	scenario *s = &a->cur.scn;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	commune *p = realloc(s->communes, (s->n_communes + 1) * sizeof *p);
	if (!p)
		return no_memory(a);
	s->communes = p;
	commune c = p[ci];
	c.land = malloc(c.n_land * sizeof *c.land);
	if (!c.land)
		return no_memory(a);
	memcpy(c.land, p[ci].land, c.n_land * sizeof *c.land);
	for (size_t i = 0; i < c.n_land; i++) {
		c.land[i].mark.file = -1;
		c.land[i].src_id[0] = 0;
	}
	c.plan = NULL;
	c.n_plan = 0;
	c.mark.file = -1;
	c.src_id[0] = 0;
	unique_id(p[ci].id, p[0].id, sizeof *p, s->n_communes, c.id);
	copy_name(p[ci].name[0] ? p[ci].name : p[ci].id, c.name);
	p[s->n_communes++] = c;
	a->form->back = ci;
	a->form->index = (int)s->n_communes - 1;
	a->form->row = 0;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, tr(a->lang, "Commune %s added with the land units of %s and no plan (u undoes)"),
		       c.name, p[ci].id);
	return bits;
}

static unsigned land_copy(app *a, commune *c, int li)
{
	char id[SCN_ID_MAX];
	unique_id(c->land[li].id, c->land[0].id, sizeof *c->land, c->n_land, id);
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	land_unit *p = insert_copy(c->land, c->n_land, sizeof *c->land, (size_t)li);
	if (!p)
		return no_memory(a);
	c->land = p;
	c->n_land++;
	land_unit *n = &p[li + 1];
	memcpy(n->id, id, sizeof id);
	n->mark.file = -1;
	n->src_id[0] = 0;
	/* The plan's land indices after the new one move up. */
	for (size_t j = 0; j < c->n_plan; j++)
		if (c->plan[j].land > li)
			c->plan[j].land++;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, tr(a->lang, "Land unit %s added, a copy of %s (u undoes)"), n->id, p[li].id);
	return bits;
}

static unsigned sector_copy(app *a, int si)
{
	economy_input *e = &a->cur.scn.economy;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	sector *p = insert_copy(e->other_sectors, e->n_other_sectors, sizeof *p, (size_t)si);
	if (!p)
		return no_memory(a);
	e->other_sectors = p;
	e->n_other_sectors++;
	copy_name(p[si].name, p[si + 1].name);
	p[si + 1].share_prev = 0;
	p[si + 1].mark.file = -1;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, tr(a->lang, "Sector %s added with a share of 0 (u undoes)"), p[si + 1].name);
	return bits;
}

unsigned form_add(app *a)
{
	const form_row *r = form_selected(a);
	form_state *fs = a->form;
	if (!fs)
		return CHANGED_NOTHING;
	scenario *s = &a->cur.scn;
	switch (fs->kind) {
	case FORM_COMMUNE:
		if (r && r->part >= 0)
			return land_copy(a, &s->communes[fs->index], r->part);
		return s->n_communes > 0 ? commune_copy(a, fs->index) : CHANGED_NOTHING;
	case FORM_CROP: {
		unsigned bits = form_crop_copy(a, fs->index);
		if (bits & CHANGED_SCENARIO) {
			fs->back = fs->index;
			fs->index = (int)s->n_crops - 1;
		}
		return bits;
	}
	case FORM_SOIL: {
		int from = fs->index;
		unsigned bits = form_soil_copy(a, from);
		if (bits & CHANGED_SCENARIO) {
			fs->back = from;
			fs->index = (int)s->n_soils - 1;
		}
		return bits;
	}
	case FORM_ECONOMY:
		if (r && r->part >= 0)
			return sector_copy(a, r->part);
		app_set_status(a, false, "%s", tr(a->lang, "Select a sector to add a copy of it"));
		return CHANGED_VIEW;
	case FORM_SETTINGS:
		app_set_status(a, false, "%s", tr(a->lang, "The site, season and weather settings are one of each"));
		return CHANGED_VIEW;
	}
	return CHANGED_NOTHING;
}

static unsigned commune_delete(app *a, int ci)
{
	scenario *s = &a->cur.scn;
	if (s->n_communes <= 1) {
		app_set_status(a, true, "%s", tr(a->lang, "The last commune cannot be deleted"));
		return CHANGED_VIEW;
	}
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	commune gone = s->communes[ci];
	drop_at(s->communes, &s->n_communes, (size_t)ci, sizeof gone);
	free(gone.land);
	free(gone.plan);
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, tr(a->lang, "Commune %s deleted with its plan (u undoes)"), gone.id);
	return bits;
}

static unsigned land_delete(app *a, commune *c, int li)
{
	int uses = 0;
	for (size_t j = 0; j < c->n_plan; j++)
		uses += c->plan[j].land == li;
	if (uses > 0 || c->n_land <= 1) {
		app_set_status(a, true, c->n_land <= 1 ? tr(a->lang, "A commune keeps at least one land unit")
						       : tr(a->lang, "Not deleted: %d plan items use this land unit"),
			       uses);
		return CHANGED_VIEW;
	}
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	drop_at(c->land, &c->n_land, (size_t)li, sizeof *c->land);
	for (size_t j = 0; j < c->n_plan; j++)
		if (c->plan[j].land > li)
			c->plan[j].land--;
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, "%s", tr(a->lang, "Land unit deleted (u undoes)"));
	return bits;
}

static unsigned sector_delete(app *a, int si)
{
	economy_input *e = &a->cur.scn.economy;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	drop_at(e->other_sectors, &e->n_other_sectors, (size_t)si, sizeof *e->other_sectors);
	unsigned bits = app_end_edit(a);
	app_set_status(a, false, "%s", tr(a->lang, "Sector deleted (u undoes)"));
	return bits;
}

unsigned form_delete(app *a)
{
	const form_row *r = form_selected(a);
	form_state *fs = a->form;
	if (!fs)
		return CHANGED_NOTHING;
	scenario *s = &a->cur.scn;
	switch (fs->kind) {
	case FORM_COMMUNE:
		if (r && r->part >= 0)
			return land_delete(a, &s->communes[fs->index], r->part);
		return commune_delete(a, fs->index);
	case FORM_CROP:
		return form_crop_delete(a, fs->index);
	case FORM_SOIL: {
		int gone = fs->index;
		unsigned bits = form_soil_delete(a, gone);
		if (bits & CHANGED_SCENARIO) {
			fs->back = gone;   /* an undo brings it back where it was */
			fs->index = gone > 0 ? gone - 1 : 0;
		}
		return bits;
	}
	case FORM_ECONOMY:
		if (r && r->part >= 0)
			return sector_delete(a, r->part);
		app_set_status(a, false, "%s", tr(a->lang, "Select a sector to delete it"));
		return CHANGED_VIEW;
	case FORM_SETTINGS:
		app_set_status(a, false, "%s", tr(a->lang, "The site, season and weather settings are one of each"));
		return CHANGED_VIEW;
	}
	return CHANGED_NOTHING;
}

