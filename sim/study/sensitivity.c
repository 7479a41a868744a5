/* sensitivity.c - the one-at-a-time runs of the tornado table: perturb a copy of the
 * scenario, run its season (on the base weather unless the perturbation is a weather shock),
 * keep the district's figures, and sort the parameters by the swing of the output value. */
#include "sensitivity.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "season.h"
#include "weather.h"

const char *sensitivity_param_name(sens_param p)
{
	switch (p) {
	case SENS_PRICE: return "price";
	case SENS_YIELD_POTENTIAL: return "yield_potential";
	case SENS_AREA: return "area";
	case SENS_KY: return "ky";
	case SENS_KC_MID: return "kc_mid";
	case SENS_WARMING: return "warming";
	case SENS_RAIN: return "rain";
	case SENS_WINTER_CROP_PREV: return "winter_crop_prev";
	case SENS_PARAMS: break;
	}
	return "";
}

static bool touches_weather(sens_param p)
{
	return p == SENS_WARMING || p == SENS_RAIN;
}

static bool append_shock(scenario *s, const shock *sh)
{
	shock *v = realloc(s->shocks, (s->n_shocks + 1) * sizeof *v);
	if (!v)
		return false;
	s->shocks = v;
	s->shocks[s->n_shocks++] = *sh;
	return true;
}

bool sensitivity_perturb(scenario *s, sens_param p, int sign, double step_pct)
{
	double f = 1.0 + (sign < 0 ? -1.0 : 1.0) * step_pct / 100.0;
	switch (p) {
	case SENS_PRICE:
		for (size_t i = 0; i < s->n_crops; i++)
			s->crops[i].price_vnd_kg *= f;
		return true;
	case SENS_YIELD_POTENTIAL:
		for (size_t i = 0; i < s->n_crops; i++)
			s->crops[i].yield_potential_t_ha *= f;
		return true;
	case SENS_AREA:
		for (size_t i = 0; i < s->n_communes; i++)
			for (size_t j = 0; j < s->communes[i].n_plan; j++)
				s->communes[i].plan[j].area_ha *= f;
		return true;
	case SENS_KY:
		for (size_t i = 0; i < s->n_crops; i++) {
			s->crops[i].ky *= f;
			for (int k = 0; k < 4; k++)
				s->crops[i].ky_stages[k] *= f;
		}
		return true;
	case SENS_KC_MID:
		for (size_t i = 0; i < s->n_crops; i++)
			s->crops[i].kc_mid *= f;
		return true;
	case SENS_WARMING: {
		shock sh = { .kind = SHOCK_WARMING, .enabled = true, .crop = -1,
			     .delta_c = sign < 0 ? -SENS_WARMING_C : SENS_WARMING_C,
			     .from = DATE_NONE, .mark = { -1, 0, 0 } };
		return append_shock(s, &sh);
	}
	case SENS_RAIN: {
		shock sh = { .kind = SHOCK_RAIN, .enabled = true, .crop = -1,
			     .factor = 1.0 + (sign < 0 ? -SENS_RAIN_SHARE : SENS_RAIN_SHARE),
			     .from = DATE_NONE, .mark = { -1, 0, 0 } };
		return append_shock(s, &sh);
	}
	case SENS_WINTER_CROP_PREV:
		s->economy.winter_crop_prev_bn_vnd *= f;
		return true;
	case SENS_PARAMS:
		break;
	}
	return true;
}

static void figures_of(const season_result *r, sens_figures *f)
{
	const district_result *d = &r->district;
	f->output_t = d->g.output_t;
	f->value_mvnd = d->g.value_mvnd;
	f->value_const_mvnd = d->g.value_const_mvnd;
	f->winter_growth_pct = d->has_economy ? d->winter_growth_pct : NAN;
	f->contribution_pp = d->has_economy ? d->contribution_pp : NAN;
	f->district_growth_pct = d->has_economy ? d->district_growth_pct : NAN;
	f->n_warnings = r->n_warnings;
}

static bool oom(const scenario *s, diag_list *dl)
{
	diag_add(dl, DIAG_ERROR, s->path ? s->path : "<built-in>", 0, 0,
		 "out of memory running the sensitivity analysis");
	return false;
}

/* One perturbed run into f: a copy of s, perturbed, on `base_w` or on its own weather. */
static bool run_one(const scenario *s, const weather_series *base_w, sens_param p, int sign,
		    double step_pct, season_result *r, sens_figures *f, diag_list *dl)
{
	scenario c;
	if (!scenario_copy(&c, s))
		return oom(s, dl);
	bool ok = sensitivity_perturb(&c, p, sign, step_pct);
	if (!ok) {
		scenario_fini(&c);
		return oom(s, dl);
	}
	weather_series own;
	weather_series_init(&own);
	const weather_series *w = base_w;
	if (touches_weather(p)) {
		ok = weather_build(&c, 0, &own, dl);
		w = &own;
	}
	if (ok && !season_run(&c, w, r, NULL, NULL))
		ok = oom(s, dl);
	if (ok)
		figures_of(r, f);
	weather_series_fini(&own);
	scenario_fini(&c);
	return ok;
}

static double swing(double a, double b)
{
	double d = fabs(b - a);
	return isfinite(d) ? d : 0.0;
}

/* Larger first; swings within a relative 1e-9 are a tie (a +10 % price and a +10 % area
 * move the value by the same amount up to rounding). */
static int cmp_swing(double a, double b)
{
	double tol = 1e-9 * fmax(fabs(a), fabs(b));
	if (fabs(a - b) <= tol)
		return 0;
	return a > b ? -1 : 1;
}

static int cmp_rows(const void *pa, const void *pb)
{
	const sens_row *a = pa, *b = pb;
	int c = cmp_swing(a->value_swing_mvnd, b->value_swing_mvnd);
	if (c == 0)
		c = cmp_swing(a->contribution_swing_pp, b->contribution_swing_pp);
	return c ? c : (int)a->param - (int)b->param;
}

bool sensitivity_run(const scenario *s, double step_pct, sensitivity_result *out,
		     diag_list *dl)
{
	memset(out, 0, sizeof *out);
	out->step_pct = step_pct;
	out->has_economy = s->economy.present;
	weather_series w;
	if (!weather_build(s, 0, &w, dl))
		return false;
	season_result r;
	season_result_init(&r);
	bool ok = season_run(s, &w, &r, NULL, NULL) || oom(s, dl);
	if (ok)
		figures_of(&r, &out->base);
	for (int p = 0; ok && p < SENS_PARAMS; p++) {
		sens_row *row = &out->rows[p];
		row->param = (sens_param)p;
		if (p == SENS_WARMING) {
			row->low = -SENS_WARMING_C;
			row->high = SENS_WARMING_C;
		} else if (p == SENS_RAIN) {
			row->low = -SENS_RAIN_SHARE * 100.0;
			row->high = SENS_RAIN_SHARE * 100.0;
		} else {
			row->low = -step_pct;
			row->high = step_pct;
		}
		ok = run_one(s, &w, row->param, -1, step_pct, &r, &row->lo, dl) &&
		     run_one(s, &w, row->param, +1, step_pct, &r, &row->hi, dl);
		if (ok) {
			row->value_swing_mvnd = swing(row->lo.value_mvnd, row->hi.value_mvnd);
			row->contribution_swing_pp = swing(row->lo.contribution_pp, row->hi.contribution_pp);
		}
	}
	if (ok)
		qsort(out->rows, SENS_PARAMS, sizeof out->rows[0], cmp_rows);
	season_result_fini(&r);
	weather_series_fini(&w);
	return ok;
}
