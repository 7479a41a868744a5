/* fixtures.h - small scenarios and weather series built in code for the model tests, so the
 * tests do not depend on the YAML loader or the weather generator. Everything is static
 * inline (a test file uses what it needs). Out of memory aborts the test run: these are tests. */
#ifndef VUDONG_FIXTURES_H
#define VUDONG_FIXTURES_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"
#include "weather.h"

static inline void *fx_grow(void *p, size_t n, size_t size)
{
	void *q = realloc(p, n * size);
	if (!q)
		abort();
	return q;
}

/* A series of n equal days from `first`: Tmax/Tmin, ET0 and rain as given, u2 2 m/s and
 * RHmin 45 % (so the Kc climate adjustment is zero). Free with fx_weather_free. */
static inline void fx_weather(weather_series *w, vd_date first, size_t n, double tmax,
			      double tmin, double et0, double rain)
{
	memset(w, 0, sizeof *w);
	w->first = first;
	w->n = n;
	w->days = calloc(n ? n : 1, sizeof *w->days);
	if (!w->days)
		abort();
	for (size_t i = 0; i < n; i++) {
		weather_day *d = &w->days[i];
		d->date = first + (vd_date)i;
		d->tmax_c = tmax;
		d->tmin_c = tmin;
		d->tmean_c = (tmax + tmin) / 2.0;
		d->rain_mm = rain;
		d->ea_kpa = 1.5;
		d->rhmin_pct = 45.0;
		d->u2_m_s = 2.0;
		d->et0_mm = et0;
	}
}

static inline void fx_weather_free(weather_series *w)
{
	free(w->days);
	w->days = NULL;
	w->n = 0;
}

static inline weather_day *fx_day(weather_series *w, vd_date t)
{
	return &w->days[t - w->first];
}

/* A soil: θFC 0.30, θWP 0.10 (TAW 200 mm per metre), initial depletion pct as given. */
static inline int fx_add_soil(scenario *s, const char *id, double init_pct)
{
	s->soils = fx_grow(s->soils, s->n_soils + 1, sizeof *s->soils);
	soil *so = &s->soils[s->n_soils];
	memset(so, 0, sizeof *so);
	snprintf(so->id, sizeof so->id, "%s", id);
	snprintf(so->name, sizeof so->name, "%s", id);
	so->theta_fc = 0.30;
	so->theta_wp = 0.10;
	so->initial_depletion_pct = init_pct;
	so->mark.file = -1;
	return (int)s->n_soils++;
}

/* A crop of four stages of `len` days, Kc 0.5/1.15/0.75, roots 0.3..0.6 m, p 0.4, Ky 1.1,
 * 20 t/ha, 7,000 VND/kg (5,000 at constant prices), 60 M VND/ha, 250 labour days/ha,
 * no frost or chill thresholds. */
static inline int fx_add_crop(scenario *s, const char *id, double len)
{
	s->crops = fx_grow(s->crops, s->n_crops + 1, sizeof *s->crops);
	crop *c = &s->crops[s->n_crops];
	memset(c, 0, sizeof *c);
	snprintf(c->id, sizeof c->id, "%s", id);
	snprintf(c->name, sizeof c->name, "%s", id);
	c->kc_ini = 0.5;
	c->kc_mid = 1.15;
	c->kc_end = 0.75;
	c->stages_unit = STAGES_IN_DAYS;
	for (int k = 0; k < 4; k++)
		c->stages[k] = len;
	c->tbase_c = 0.0;
	c->tupper_c = NAN;
	c->height_m = 0.6;
	c->root_min_m = 0.3;
	c->root_max_m = 0.6;
	c->depletion_p = 0.4;
	c->ky = 1.1;
	c->yield_potential_t_ha = 20.0;
	c->price_vnd_kg = 7000.0;
	c->price_const_vnd_kg = 5000.0;
	c->cost_vnd_ha = 60e6;
	c->labour_days_ha = 250.0;
	c->mark.file = -1;
	return (int)s->n_crops++;
}

static inline int fx_add_commune(scenario *s, const char *id, double labour_available)
{
	s->communes = fx_grow(s->communes, s->n_communes + 1, sizeof *s->communes);
	commune *c = &s->communes[s->n_communes];
	memset(c, 0, sizeof *c);
	snprintf(c->id, sizeof c->id, "%s", id);
	snprintf(c->name, sizeof c->name, "%s", id);
	c->labour_days_available = labour_available;
	c->mark.file = -1;
	return (int)s->n_communes++;
}

/* A land unit with no free window, no runoff. */
static inline int fx_add_land(scenario *s, int commune_ix, const char *id, land_kind kind,
			      int soil_ix, double area_ha, double irrigable_share, int crops_per_year)
{
	commune *c = &s->communes[commune_ix];
	c->land = fx_grow(c->land, c->n_land + 1, sizeof *c->land);
	land_unit *lu = &c->land[c->n_land];
	memset(lu, 0, sizeof *lu);
	snprintf(lu->id, sizeof lu->id, "%s", id);
	lu->kind = kind;
	lu->soil = soil_ix;
	lu->area_ha = area_ha;
	lu->irrigable_share = irrigable_share;
	lu->crops_per_year = crops_per_year;
	lu->free_from = lu->free_until = DATE_NONE;
	lu->mark.file = -1;
	return (int)c->n_land++;
}

static inline int fx_add_item(scenario *s, int commune_ix, int crop_ix, int land_ix,
			      double area_ha, vd_date sow, irrigation_mode mode)
{
	commune *c = &s->communes[commune_ix];
	c->plan = fx_grow(c->plan, c->n_plan + 1, sizeof *c->plan);
	plan_item *it = &c->plan[c->n_plan];
	memset(it, 0, sizeof *it);
	it->crop = crop_ix;
	it->land = land_ix;
	it->area_ha = area_ha;
	it->sow = sow;
	it->irrigation.mode = mode;
	it->management_factor = 1.0;
	it->mark.file = -1;
	return (int)c->n_plan++;
}

/* docs/reference.md §1 monthly normals (estimates) of Bình Liêu for September to April; the
 * other months are zero. */
static inline void fx_binh_lieu_normals(weather_normal nm[12])
{
	static const double rows[8][8] = {
		/* month tmax  tmin  rain rain_days sunshine rh wind */
		{ 9, 30.5, 22.0, 200, 15, 5.8, 84, 1.3 },
		{ 10, 28.0, 19.0, 90, 9, 5.5, 82, 1.3 },
		{ 11, 24.5, 15.0, 40, 6, 5.0, 80, 1.3 },
		{ 12, 21.0, 11.5, 25, 5, 4.4, 79, 1.4 },
		{ 1, 18.5, 10.0, 30, 8, 2.6, 83, 1.5 },
		{ 2, 19.0, 11.5, 45, 11, 2.0, 86, 1.5 },
		{ 3, 22.0, 14.5, 70, 14, 2.0, 87, 1.4 },
		{ 4, 26.5, 18.5, 130, 14, 3.2, 87, 1.3 },
	};
	memset(nm, 0, 12 * sizeof *nm);
	for (int i = 0; i < 8; i++) {
		weather_normal *n = &nm[(int)rows[i][0] - 1];
		n->month = (int)rows[i][0];
		n->tmax_c = rows[i][1];
		n->tmin_c = rows[i][2];
		n->rain_mm = rows[i][3];
		n->rain_days = rows[i][4];
		n->sunshine_h = rows[i][5];
		n->rh_pct = rows[i][6];
		n->wind_m_s = rows[i][7];
		n->mark.file = -1;
	}
}

#endif
