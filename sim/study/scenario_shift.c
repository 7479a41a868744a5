/* scenario_shift.c - a scenario's dates moved by whole years (scenario_shift.h), and which
 * moved seasons the observed weather covers. */
#include "scenario_shift.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

vd_date scenario_shift_date(vd_date d, int years)
{
	if (d == DATE_NONE || years == 0)
		return d;
	int y, m, day;
	date_to_ymd(d, &y, &m, &day);
	y += years;
	if (m == 2 && day == 29 && date_days_in_month(y, 2) == 28)
		day = 28;
	return date_from_ymd(y, m, day);
}

static size_t count_land(const scenario *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_communes; i++)
		n += s->communes[i].n_land;
	return n;
}

size_t scenario_shift_bytes(const scenario *s)
{
	return s->n_communes * sizeof(commune) + count_land(s) * sizeof(land_unit) +
	       scenario_plan_item_count(s) * sizeof(plan_item) + s->n_shocks * sizeof(shock);
}

static void *copy_of(const void *src, size_t n, size_t size)
{
	void *p = malloc(n ? n * size : 1);
	if (p && n)
		memcpy(p, src, n * size);
	return p;
}

bool scenario_shift_init(scenario_shift *sh, const scenario *base)
{
	memset(sh, 0, sizeof *sh);
	sh->base = base;
	sh->view = *base;
	size_t n_land = count_land(base), n_plan = scenario_plan_item_count(base);
	sh->communes = copy_of(base->communes, base->n_communes, sizeof *sh->communes);
	sh->land = malloc(n_land ? n_land * sizeof *sh->land : 1);
	sh->plan = malloc(n_plan ? n_plan * sizeof *sh->plan : 1);
	sh->shocks = copy_of(base->shocks, base->n_shocks, sizeof *sh->shocks);
	if (!sh->communes || !sh->land || !sh->plan || !sh->shocks) {
		scenario_shift_fini(sh);
		return false;
	}
	size_t l = 0, p = 0;
	for (size_t i = 0; i < base->n_communes; i++) {
		const commune *c = &base->communes[i];
		commune *d = &sh->communes[i];
		if (c->n_land)
			memcpy(&sh->land[l], c->land, c->n_land * sizeof *c->land);
		if (c->n_plan)
			memcpy(&sh->plan[p], c->plan, c->n_plan * sizeof *c->plan);
		d->land = &sh->land[l];
		d->plan = &sh->plan[p];
		l += c->n_land;
		p += c->n_plan;
	}
	sh->view.communes = sh->communes;
	sh->view.shocks = sh->shocks;
	sh->years = 0;
	return true;
}

void scenario_shift_set(scenario_shift *sh, int years)
{
	const scenario *b = sh->base;
	scenario *v = &sh->view;
	sh->years = years;
	v->season_start = scenario_shift_date(b->season_start, years);
	v->season_end = scenario_shift_date(b->season_end, years);
	for (size_t i = 0; i < b->n_communes; i++) {
		const commune *c = &b->communes[i];
		commune *d = &sh->communes[i];
		for (size_t k = 0; k < c->n_land; k++) {
			d->land[k].free_from = scenario_shift_date(c->land[k].free_from, years);
			d->land[k].free_until = scenario_shift_date(c->land[k].free_until, years);
		}
		for (size_t k = 0; k < c->n_plan; k++)
			d->plan[k].sow = scenario_shift_date(c->plan[k].sow, years);
	}
	for (size_t k = 0; k < b->n_shocks; k++)
		sh->shocks[k].from = scenario_shift_date(b->shocks[k].from, years);
}

void scenario_shift_fini(scenario_shift *sh)
{
	if (!sh)
		return;
	free(sh->communes);
	free(sh->land);
	free(sh->plan);
	free(sh->shocks);
	memset(sh, 0, sizeof *sh);
}

/* The first observed day on or after t (n_daily when none). */
static size_t first_on_or_after(const weather_input *w, vd_date t)
{
	size_t lo = 0, hi = w->n_daily;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (w->daily[mid].date < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool scenario_shift_covered(const scenario *s, int years)
{
	const weather_input *w = &s->weather;
	if (s->season_start == DATE_NONE || s->season_end == DATE_NONE)
		return false;
	vd_date a = scenario_shift_date(s->season_start, years);
	vd_date b = scenario_shift_date(s->season_end, years);
	if (b < a)
		return false;
	size_t i = first_on_or_after(w, a), n = (size_t)((long)b - (long)a) + 1;
	if (i + n > w->n_daily)
		return false;
	for (size_t k = 0; k < n; k++) {
		const weather_obs *o = &w->daily[i + k];
		if (o->date != a + (vd_date)k || isnan(o->tmax_c) || isnan(o->tmin_c))
			return false;
	}
	return true;
}

bool scenario_shift_range(const scenario *s, int *lo, int *hi)
{
	const weather_input *w = &s->weather;
	if (w->n_daily == 0 || s->season_start == DATE_NONE)
		return false;
	int y0, y1, ys, m, d;
	date_to_ymd(w->daily[0].date, &y0, &m, &d);
	date_to_ymd(w->daily[w->n_daily - 1].date, &y1, &m, &d);
	date_to_ymd(s->season_start, &ys, &m, &d);
	*lo = y0 - ys - 1;
	*hi = y1 - ys + 1;
	return true;
}
