/* season.c - one season's run: for every plan item its crop calendar (shared by the items of
 * one crop sown on one day), the water balance of its irrigated and rain-fed parts, the yield
 * factors, harvest and calendar warnings; then land use, labour and the economy. */
#include "season.h"

#include <stdlib.h>
#include <string.h>

#include "cold_damage.h"
#include "economy.h"
#include "landuse.h"
#include "phenology.h"
#include "waterbal.h"
#include "yield.h"

/* One crop sown on one day: its calendar and the cold it meets. */
typedef struct {
	int crop;
	vd_date sow;
	const weather_day *days;   /* the commune's series it was built on */
	pheno_calendar pc;
	cold_result cold;
} calendar_entry;

typedef struct {
	calendar_entry *v;
	size_t n;
} calendar_cache;

/* The season sums of one part of an item, by stage for ETa and ETc. */
typedef struct {
	double eta[PHENO_STAGES], etc[PHENO_STAGES];
	double et0, rain, irrigation;
} part_sums;

/* Who a part belongs to, for the daily callback. */
typedef struct {
	int commune, item;
	bool irrigated;
	bool shown;        /* season_day.shown */
	season_day_fn on_day;
	void *ctx;
} part_owner;

static bool warn_item(season_result *r, warning_kind kind, bool is_error, const item_result *it,
		      vd_date date, double value)
{
	season_warning w = {
		.kind = kind, .is_error = is_error, .commune = it->commune, .item = it->item,
		.land = it->land, .date = date, .value = value,
	};
	return season_result_add_warning(r, &w);
}

static void cache_fini(calendar_cache *cc)
{
	for (size_t i = 0; i < cc->n; i++)
		pheno_calendar_fini(&cc->v[i].pc);
	free(cc->v);
}

/* The calendar of crop `ci` sown on the weather's day `first`, built on first use. NULL on
 * out of memory. The cache has room for one entry per plan item. */
static const calendar_entry *cache_get(calendar_cache *cc, const scenario *s,
				       const weather_series *w, int ci, long first)
{
	vd_date sow = w->first + (vd_date)first;
	for (size_t i = 0; i < cc->n; i++)
		if (cc->v[i].crop == ci && cc->v[i].sow == sow && cc->v[i].days == w->days)
			return &cc->v[i];
	calendar_entry *e = &cc->v[cc->n];
	e->crop = ci;
	e->sow = sow;
	e->days = w->days;
	pheno_calendar_init(&e->pc);
	if (!pheno_calendar_build(&e->pc, &s->crops[ci], w, first))
		return NULL;
	cold_damage_run(&s->crops[ci], w, &e->pc, &e->cold);
	cc->n++;
	return e;
}

static void report_day(const part_owner *o, const pheno_calendar *pc, const weather_day *wd,
		       int d, int stage, double dr_prev, const wb_day *x)
{
	season_day sd = {
		.commune = o->commune, .item = o->item, .irrigated = o->irrigated, .shown = o->shown,
		.date = wd->date, .das = d + 1, .gdd = pc->gdd[d], .stage = stage,
		.kc = pc->kc[d], .zr_m = pc->zr_m[d],
		.et0_mm = wd->et0_mm, .etc_mm = x->etc, .eta_mm = x->eta, .rain_mm = wd->rain_mm,
		.eff_rain_mm = x->eff_rain, .runoff_mm = x->runoff, .irrigation_mm = x->irrigation,
		.dp_mm = x->dp, .dr_start_mm = x->dr_start, .dr_mm = x->dr, .dr_prev_mm = dr_prev,
		.root_growth_mm = x->root_growth, .taw_mm = x->taw, .raw_mm = x->raw,
		.ks = x->ks, .p = x->p, .tmin_c = wd->tmin_c, .tmax_c = wd->tmax_c,
	};
	o->on_day(o->ctx, &sd);
}

/* What report_day needs besides the day: the part's owner, its calendar and stage. */
typedef struct {
	const part_owner *o;
	const pheno_calendar *pc;
	const weather_day *wd;
	int stage;
} day_reporter;

static void report_span_day(void *ctx, int d, double dr_prev, const wb_day *x)
{
	const day_reporter *dr = ctx;
	report_day(dr->o, dr->pc, &dr->wd[d], d, dr->stage, dr_prev, x);
}

/* The water balance of one part over the crop's life, stage by stage. With a callback the
 * parts of an item are reported one after the other, each day in order. */
static void run_part(const pheno_calendar *pc, const weather_series *w, const wb_params *pr,
		     double zr0_m, const part_owner *o, part_sums *ps)
{
	wb_state st;
	waterbal_start(&st, pr, zr0_m);
	const weather_day *wd = w->days + pc->first;
	memset(ps, 0, sizeof *ps);
	for (int k = 0; k < PHENO_STAGES; k++) {
		day_reporter rep = { o, pc, wd, k };
		wb_sums sum;
		waterbal_span(&st, pr, pc->stage_start[k], pc->stage_start[k + 1], pc->zr_m, pc->kc,
			      wd, &sum, o->on_day ? report_span_day : NULL, &rep);
		ps->eta[k] = sum.eta;
		ps->etc[k] = sum.etc;
		ps->et0 += sum.et0;
		ps->rain += sum.rain;
		ps->irrigation += sum.irrigation;
	}
}

/* Both parts of an item at once, without a callback (the season core's hot loop). */
static void run_two_parts(const pheno_calendar *pc, const weather_series *w,
			  const wb_params pr[2], double zr0_m, part_sums ps[2])
{
	wb_state st[2];
	waterbal_start(&st[0], &pr[0], zr0_m);
	waterbal_start(&st[1], &pr[1], zr0_m);
	const weather_day *wd = w->days + pc->first;
	memset(ps, 0, 2 * sizeof *ps);
	for (int k = 0; k < PHENO_STAGES; k++) {
		wb_sums sum[2];
		waterbal_span2(st, pr, pc->stage_start[k], pc->stage_start[k + 1], pc->zr_m, pc->kc,
			       wd, sum);
		for (int part = 0; part < 2; part++) {
			ps[part].eta[k] = sum[part].eta;
			ps[part].etc[k] = sum[part].etc;
			ps[part].et0 += sum[part].et0;
			ps[part].rain += sum[part].rain;
			ps[part].irrigation += sum[part].irrigation;
		}
	}
}

/* Calendar warnings that need no simulation: outside the season, before the land is free. */
static bool check_sowing(const scenario *s, const land_unit *lu, item_result *ir,
			 season_result *r)
{
	if ((s->season_start != DATE_NONE && ir->sow < s->season_start) ||
	    (s->season_end != DATE_NONE && ir->sow > s->season_end)) {
		ir->status |= ITEM_OUTSIDE_SEASON;
		if (!warn_item(r, WARN_OUTSIDE_SEASON, false, ir, ir->sow, 0.0))
			return false;
	}
	if (lu->free_from != DATE_NONE && ir->sow < lu->free_from) {
		ir->status |= ITEM_EARLY_SOW;
		if (!warn_item(r, WARN_EARLY_SOW, false, ir, ir->sow, (double)(lu->free_from - ir->sow)))
			return false;
	}
	return true;
}

/* Simulates one plan item into ir on its commune's weather. False on out of memory. */
static bool run_item(const scenario *s, const weather_series *ws, calendar_cache *cc,
		     item_result *ir, season_result *r, season_day_fn on_day, void *ctx)
{
	/* The commune's days (at its elevation), in a view of the series. */
	weather_series view = *ws;
	view.days = (weather_day *)weather_commune_days(ws, ir->commune);
	const weather_series *w = &view;
	const commune *co = &s->communes[ir->commune];
	const plan_item *it = &co->plan[ir->item];
	const crop *c = &s->crops[it->crop];
	const land_unit *lu = &co->land[it->land];
	const soil *so = &s->soils[lu->soil];

	if (!check_sowing(s, lu, ir, r))
		return false;
	long first = weather_index(w, it->sow);
	if (first < 0) {
		/* no weather on the sowing day: nothing grows that we can follow */
		ir->status |= ITEM_IMMATURE;
		return warn_item(r, WARN_IMMATURE, true, ir, ir->sow, 0.0);
	}
	const calendar_entry *ce = cache_get(cc, s, w, it->crop, first);
	if (!ce)
		return false;
	const pheno_calendar *pc = &ce->pc;

	double share = it->irrigation.mode != IRRIGATION_NONE ? lu->irrigable_share : 0.0;
	ir->irrigated_ha = it->area_ha * share;
	/* part 0 irrigated (weight share), part 1 rain-fed (weight 1 - share) */
	double weight[2] = { share, 1.0 - share };
	wb_params pr[2];
	part_sums ps[2];
	for (int part = 0; part < 2; part++)
		waterbal_params(&pr[part], so, c, lu, &it->irrigation, part == 0);
	if (weight[0] > 0.0 && weight[1] > 0.0 && !on_day) {
		run_two_parts(pc, w, pr, c->root_min_m, ps);
	} else {
		for (int part = 0; part < 2; part++) {
			bool shown = part == 0 ? weight[0] > 0.0 : weight[0] == 0.0;
			part_owner o = { ir->commune, ir->item, part == 0, shown, on_day, ctx };
			if (weight[part] > 0.0)
				run_part(pc, w, &pr[part], c->root_min_m, &o, &ps[part]);
		}
	}
	double f_water = 0.0, eta = 0.0, irr = 0.0;
	for (int part = 0; part < 2; part++) {
		if (weight[part] <= 0.0)
			continue;
		const part_sums *q = &ps[part];
		f_water += weight[part] * yield_f_water_crop(c, q->eta, q->etc);
		eta += weight[part] * (q->eta[0] + q->eta[1] + q->eta[2] + q->eta[3]);
		irr += weight[part] * q->irrigation;
		ir->et0_mm = q->et0;
		ir->etc_mm = q->etc[0] + q->etc[1] + q->etc[2] + q->etc[3];
		ir->rain_mm = q->rain;
	}
	ir->f_water = f_water;
	ir->f_cold = ce->cold.f_cold;
	ir->cold = ce->cold;
	ir->eta_mm = eta;
	ir->irrigation_mm = irr;
	if (f_water < 0.9)
		ir->status |= ITEM_WATER_STRESS;

	if (ce->cold.killed) {
		ir->status |= ITEM_FROST_KILLED;
		if (!warn_item(r, WARN_FROST_KILLED, false, ir, ce->cold.kill_date, ce->cold.kill_tmin_c))
			return false;
	} else if (ir->f_cold < 1.0) {
		ir->status |= ITEM_COLD_DAMAGE;
		if (!warn_item(r, WARN_COLD_DAMAGE, false, ir, DATE_NONE, 1.0 - ir->f_cold))
			return false;
	}

	if (!pc->mature) {
		ir->status |= ITEM_IMMATURE;
		return warn_item(r, WARN_IMMATURE, true, ir, ir->sow, 0.0);
	}
	ir->harvest = it->sow + pc->n - 1;
	ir->days = pc->n;
	ir->yield_t_ha = ir->yield_potential_t_ha * ir->f_water * ir->f_cold * ir->f_mgmt;
	ir->output_t = it->area_ha * ir->yield_t_ha;
	if (lu->free_until != DATE_NONE && ir->harvest > lu->free_until) {
		ir->status |= ITEM_LATE_HARVEST;
		if (!warn_item(r, WARN_LATE_HARVEST, false, ir, ir->harvest,
			       (double)(ir->harvest - lu->free_until)))
			return false;
	}
	return true;
}

static bool alloc_results(const scenario *s, season_result *r)
{
	size_t n = scenario_plan_item_count(s);
	r->items = calloc(n ? n : 1, sizeof *r->items);
	r->communes = calloc(s->n_communes ? s->n_communes : 1, sizeof *r->communes);
	r->crops = calloc(s->n_crops ? s->n_crops : 1, sizeof *r->crops);
	if (!r->items || !r->communes || !r->crops)
		return false;
	r->n_items = n;
	r->n_communes = s->n_communes;
	r->n_crops = s->n_crops;
	size_t k = 0;
	for (size_t i = 0; i < s->n_communes; i++) {
		const commune *co = &s->communes[i];
		for (size_t j = 0; j < co->n_plan; j++, k++) {
			const plan_item *it = &co->plan[j];
			item_result *ir = &r->items[k];
			ir->commune = (int)i;
			ir->item = (int)j;
			ir->crop = it->crop;
			ir->land = it->land;
			ir->area_ha = it->area_ha;
			ir->sow = it->sow;
			ir->harvest = DATE_NONE;
			ir->yield_potential_t_ha = s->crops[it->crop].yield_potential_t_ha;
			ir->f_water = ir->f_cold = 1.0;
			ir->cold.f_cold = 1.0;
			ir->cold.kill_date = DATE_NONE;
			ir->cold.kill_stage = -1;
			ir->f_mgmt = it->management_factor;
		}
	}
	return true;
}

bool season_run(const scenario *s, const weather_series *w, season_result *r,
		season_day_fn on_day, void *ctx)
{
	season_result_fini(r);
	if (!alloc_results(s, r))
		goto oom;
	calendar_cache cc = { calloc(r->n_items ? r->n_items : 1, sizeof *cc.v), 0 };
	if (!cc.v)
		goto oom;
	for (size_t k = 0; k < r->n_items; k++) {
		if (!run_item(s, w, &cc, &r->items[k], r, on_day, ctx)) {
			cache_fini(&cc);
			goto oom;
		}
	}
	cache_fini(&cc);

	vd_date last_day = w->n ? w->first + (vd_date)w->n - 1 : w->first;
	economy_value_items(s, r);
	if (!landuse_check_area(s, last_day, r) || !landuse_check_labour(s, r))
		goto oom;
	landuse_coefficients(s, r);
	economy_sum_groups(s, r);
	if (!economy_district(s, r))
		goto oom;
	return true;
oom:
	season_result_fini(r);
	return false;
}
