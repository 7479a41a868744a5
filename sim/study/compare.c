/* compare.c - matches the communes and crops of two scenarios by id and lays their season
 * figures side by side with the difference and the change in percent. */
#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void compare_result_init(compare_result *c)
{
	memset(c, 0, sizeof *c);
}

void compare_result_fini(compare_result *c)
{
	if (!c)
		return;
	free(c->communes);
	free(c->crops);
	compare_result_init(c);
}

double compare_diff(const compare_figure *f)
{
	return isfinite(f->a) && isfinite(f->b) ? f->b - f->a : NAN;
}

double compare_change_pct(const compare_figure *f)
{
	if (f->is_rate || !isfinite(f->a) || !isfinite(f->b) || f->a == 0.0)
		return NAN;
	return (f->b - f->a) / fabs(f->a) * 100.0;
}

static compare_figure figure(const char *key, const char *label, const char *unit, int dec,
			     bool is_rate)
{
	compare_figure f = { key, label, unit, NAN, NAN, dec, is_rate };
	return f;
}

static void district_figures(const district_result *d, bool is_b, compare_figure *f)
{
	const double v[COMPARE_DISTRICT_FIGURES] = {
		d->g.area_ha, d->g.output_t, d->g.value_mvnd, d->g.value_const_mvnd, d->g.cost_mvnd,
		d->g.profit_mvnd, d->g.labour_days, d->land_use_coefficient,
		d->has_economy ? d->winter_growth_pct : NAN,
		d->has_economy ? d->contribution_pp : NAN,
		d->has_economy ? d->district_growth_pct : NAN,
	};
	for (int i = 0; i < COMPARE_DISTRICT_FIGURES; i++) {
		if (is_b)
			f[i].b = v[i];
		else
			f[i].a = v[i];
	}
}

static void row_init(compare_row *row, const char *id, const char *name)
{
	memset(row, 0, sizeof *row);
	snprintf(row->id, sizeof row->id, "%s", id);
	snprintf(row->name, sizeof row->name, "%s", name);
	row->area = figure("area_ha", "Area", "ha", 3, false);
	row->output = figure("output_t", "Output", "tonnes", 3, false);
	row->value = figure("value_mvnd", "Value", "mln VND", 3, false);
}

static void row_set(compare_row *row, const group_result *g, bool is_b)
{
	if (is_b) {
		row->in_b = true;
		row->area.b = g->area_ha;
		row->output.b = g->output_t;
		row->value.b = g->value_mvnd;
	} else {
		row->in_a = true;
		row->area.a = g->area_ha;
		row->output.a = g->output_t;
		row->value.a = g->value_mvnd;
	}
}

static compare_row *find_row(compare_row *rows, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i].id, id) == 0)
			return &rows[i];
	return NULL;
}

static bool build_communes(const scenario *a, const season_result *ra, const scenario *b,
			   const season_result *rb, compare_result *c)
{
	c->communes = calloc(ra->n_communes + rb->n_communes + 1, sizeof *c->communes);
	if (!c->communes)
		return false;
	for (size_t i = 0; i < ra->n_communes; i++) {
		compare_row *row = &c->communes[c->n_communes++];
		row_init(row, a->communes[i].id, a->communes[i].name);
		row_set(row, &ra->communes[i].g, false);
	}
	for (size_t i = 0; i < rb->n_communes; i++) {
		compare_row *row = find_row(c->communes, c->n_communes, b->communes[i].id);
		if (!row) {
			row = &c->communes[c->n_communes++];
			row_init(row, b->communes[i].id, b->communes[i].name);
		}
		row_set(row, &rb->communes[i].g, true);
	}
	return true;
}

static bool build_crops(const scenario *a, const season_result *ra, const scenario *b,
			const season_result *rb, compare_result *c)
{
	c->crops = calloc(ra->n_crops + rb->n_crops + 1, sizeof *c->crops);
	if (!c->crops)
		return false;
	for (size_t i = 0; i < ra->n_crops; i++) {
		if (ra->crops[i].n_items == 0)
			continue;
		compare_row *row = &c->crops[c->n_crops++];
		row_init(row, a->crops[i].id, a->crops[i].name);
		row_set(row, &ra->crops[i], false);
	}
	for (size_t i = 0; i < rb->n_crops; i++) {
		if (rb->crops[i].n_items == 0)
			continue;
		compare_row *row = find_row(c->crops, c->n_crops, b->crops[i].id);
		if (!row) {
			row = &c->crops[c->n_crops++];
			row_init(row, b->crops[i].id, b->crops[i].name);
		}
		row_set(row, &rb->crops[i], true);
	}
	/* A crop that has items only on one side is 0 ha, not missing, on the other side when
	 * that scenario knows the crop. */
	for (size_t i = 0; i < c->n_crops; i++) {
		compare_row *row = &c->crops[i];
		if (!row->in_a && scenario_find_crop(a, row->id) >= 0)
			row->area.a = row->output.a = row->value.a = 0.0;
		if (!row->in_b && scenario_find_crop(b, row->id) >= 0)
			row->area.b = row->output.b = row->value.b = 0.0;
	}
	return true;
}

bool compare_build(const scenario *a, const season_result *ra, const scenario *b,
		   const season_result *rb, compare_result *c)
{
	compare_result_fini(c);
	static const struct {
		const char *key, *label, *unit;
		int dec;
		bool is_rate;
	} d[COMPARE_DISTRICT_FIGURES] = {
		{ "area_ha", "Winter crop area", "ha", 3, false },
		{ "output_t", "Output", "tonnes", 3, false },
		{ "value_mvnd", "Value, current prices", "mln VND", 3, false },
		{ "value_const_mvnd", "Value, constant prices", "mln VND", 3, false },
		{ "cost_mvnd", "Production cost", "mln VND", 3, false },
		{ "profit_mvnd", "Profit", "mln VND", 3, false },
		{ "labour_days", "Labour", "labour days", 1, false },
		{ "land_use_coefficient", "Land-use coefficient of paddy land", "", 4, false },
		{ "winter_growth_pct", "Winter crop growth", "%", 4, true },
		{ "contribution_pp", "Contribution to growth", "pp", 4, true },
		{ "district_growth_pct", "District growth", "%", 4, true },
	};
	for (int i = 0; i < COMPARE_DISTRICT_FIGURES; i++)
		c->district[i] = figure(d[i].key, d[i].label, d[i].unit, d[i].dec, d[i].is_rate);
	district_figures(&ra->district, false, c->district);
	district_figures(&rb->district, true, c->district);
	c->a_has_economy = ra->district.has_economy;
	c->b_has_economy = rb->district.has_economy;
	if (!build_communes(a, ra, b, rb, c) || !build_crops(a, ra, b, rb, c)) {
		compare_result_fini(c);
		return false;
	}
	return true;
}
