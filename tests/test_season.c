/* test_season.c - the season run on small scenarios built in code: harvest dates, calendar
 * warnings, immature crops, over-allocation, labour, frost, irrigated and rain-fed parts, and
 * the invariants on every day of every part. */
#include "testing.h"

#include <math.h>
#include <stdio.h>

#include "fixtures.h"
#include "invariants.h"
#include "season.h"

/* ---- the invariant checker (shared through invariants.h) ---- */

typedef struct {
	const scenario *s;
	size_t *offset;         /* first flat item index of each commune */
	double *eta;            /* per flat item, [2k] irrigated part, [2k + 1] rain-fed */
	double *irr;
	int *days;
	size_t field_days;
	size_t bad_bounds, bad_ks, bad_eta, bad_closure, bad_das;
	double worst_closure;
} inv_ctx;

static void inv_on_day(void *vctx, const season_day *d)
{
	inv_ctx *c = vctx;
	size_t k = 2 * (c->offset[d->commune] + (size_t)d->item) + (d->irrigated ? 0 : 1);
	c->field_days++;
	c->days[k]++;
	c->eta[k] += d->eta_mm;
	c->irr[k] += d->irrigation_mm;
	if (d->das != c->days[k])
		c->bad_das++;
	if (!(d->dr_mm >= 0.0 && d->dr_mm <= d->taw_mm + 1e-9 && d->raw_mm <= d->taw_mm &&
	      d->dr_start_mm >= 0.0 && d->dr_start_mm <= d->taw_mm + 1e-9))
		c->bad_bounds++;
	if (!(d->ks >= 0.0 && d->ks <= 1.0))
		c->bad_ks++;
	if (fabs(d->eta_mm - d->ks * d->kc * d->et0_mm) > 1e-9 * (1.0 + d->eta_mm) ||
	    fabs(d->etc_mm - d->kc * d->et0_mm) > 1e-12 ||
	    fabs(d->eff_rain_mm - (d->rain_mm - d->runoff_mm)) > 1e-12)
		c->bad_eta++;
	double lhs = d->dr_mm - d->dr_prev_mm;
	double rhs = d->eta_mm + d->dp_mm - d->eff_rain_mm - d->irrigation_mm + d->root_growth_mm;
	double err = fabs(lhs - rhs);
	if (err > c->worst_closure)
		c->worst_closure = err;
	if (err > 1e-9)
		c->bad_closure++;
}

static void check_group(const group_result *g, const group_result *sum)
{
	double tol = 1e-9 * (1.0 + fabs(sum->value_mvnd) + fabs(sum->output_t));
	CU_ASSERT_EQUAL(g->n_items, sum->n_items);
	CU_ASSERT_DOUBLE_EQUAL(g->area_ha, sum->area_ha, tol);
	CU_ASSERT_DOUBLE_EQUAL(g->irrigated_ha, sum->irrigated_ha, tol);
	CU_ASSERT_DOUBLE_EQUAL(g->output_t, sum->output_t, tol);
	CU_ASSERT_DOUBLE_EQUAL(g->value_mvnd, sum->value_mvnd, tol);
	CU_ASSERT_DOUBLE_EQUAL(g->value_const_mvnd, sum->value_const_mvnd, tol);
	CU_ASSERT_DOUBLE_EQUAL(g->cost_mvnd, sum->cost_mvnd, tol);
	CU_ASSERT_DOUBLE_EQUAL(g->profit_mvnd, sum->profit_mvnd, tol);
	CU_ASSERT_DOUBLE_EQUAL(g->labour_days, sum->labour_days, tol);
	CU_ASSERT_EQUAL(g->status, sum->status);
	if (sum->area_ha > 0.0) {
		CU_ASSERT_DOUBLE_EQUAL(g->yield_t_ha, sum->output_t / sum->area_ha, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(g->eta_mm, sum->eta_mm / sum->area_ha, 1e-6);
	}
}

static void sum_item(group_result *g, const item_result *ir)
{
	g->n_items++;
	g->area_ha += ir->area_ha;
	g->irrigated_ha += ir->irrigated_ha;
	g->output_t += ir->output_t;
	g->value_mvnd += ir->value_mvnd;
	g->value_const_mvnd += ir->value_const_mvnd;
	g->cost_mvnd += ir->cost_mvnd;
	g->profit_mvnd += ir->profit_mvnd;
	g->labour_days += ir->labour_days;
	g->eta_mm += ir->area_ha * ir->eta_mm;   /* divided by the area in check_group */
	g->status |= ir->status;
}

size_t season_check_invariants(const scenario *s, const weather_series *w, season_result *r)
{
	inv_ctx c = { .s = s };
	size_t n = 0;
	c.offset = calloc(s->n_communes + 1, sizeof *c.offset);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.offset);
	for (size_t i = 0; i < s->n_communes; i++) {
		c.offset[i] = n;
		n += s->communes[i].n_plan;
	}
	c.eta = calloc(2 * n + 1, sizeof *c.eta);
	c.irr = calloc(2 * n + 1, sizeof *c.irr);
	c.days = calloc(2 * n + 1, sizeof *c.days);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.eta);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.irr);
	CU_ASSERT_PTR_NOT_NULL_FATAL(c.days);

	CU_ASSERT_TRUE_FATAL(season_run(s, w, r, inv_on_day, &c));
	CU_ASSERT_EQUAL_FATAL(r->n_items, n);
	CU_ASSERT_EQUAL(c.bad_bounds, 0);
	CU_ASSERT_EQUAL(c.bad_ks, 0);
	CU_ASSERT_EQUAL(c.bad_eta, 0);
	CU_ASSERT_EQUAL(c.bad_closure, 0);
	CU_ASSERT_EQUAL(c.bad_das, 0);
	CU_ASSERT(c.worst_closure <= 1e-9);

	group_result *com = calloc(s->n_communes + 1, sizeof *com);
	group_result *crp = calloc(s->n_crops + 1, sizeof *crp);
	group_result dis = { 0 };
	CU_ASSERT_PTR_NOT_NULL_FATAL(com);
	CU_ASSERT_PTR_NOT_NULL_FATAL(crp);
	for (size_t k = 0; k < n; k++) {
		const item_result *ir = &r->items[k];
		const plan_item *it = &s->communes[ir->commune].plan[ir->item];
		const land_unit *lu = &s->communes[ir->commune].land[it->land];
		double share = it->irrigation.mode != IRRIGATION_NONE ? lu->irrigable_share : 0.0;
		int d_irr = c.days[2 * k], d_rf = c.days[2 * k + 1];
		/* each part that has weight is simulated over the same days; the other not at all */
		CU_ASSERT_EQUAL(d_irr, share > 0.0 ? (share < 1.0 ? d_rf : d_irr) : 0);
		CU_ASSERT_EQUAL(d_rf, share < 1.0 ? (share > 0.0 ? d_irr : d_rf) : 0);
		if (ir->harvest != DATE_NONE) {
			CU_ASSERT_EQUAL(ir->days, share > 0.0 ? d_irr : d_rf);
			CU_ASSERT_EQUAL(ir->harvest, ir->sow + ir->days - 1);
		}
		/* area weighting of the two parts */
		double eta = share * c.eta[2 * k] + (1.0 - share) * c.eta[2 * k + 1];
		double irr = share * c.irr[2 * k] + (1.0 - share) * c.irr[2 * k + 1];
		CU_ASSERT_DOUBLE_EQUAL(ir->eta_mm, eta, 1e-6);
		CU_ASSERT_DOUBLE_EQUAL(ir->irrigation_mm, irr, 1e-6);
		CU_ASSERT(ir->eta_mm <= ir->etc_mm + 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(ir->irrigated_ha, ir->area_ha * share, 1e-12);
		CU_ASSERT(ir->f_water >= 0.0 && ir->f_water <= 1.0);
		CU_ASSERT(ir->f_cold >= 0.0 && ir->f_cold <= 1.0);
		CU_ASSERT_DOUBLE_EQUAL(ir->yield_t_ha, ir->harvest == DATE_NONE ? 0.0 :
				       ir->yield_potential_t_ha * ir->f_water * ir->f_cold * ir->f_mgmt,
				       1e-9);
		CU_ASSERT_DOUBLE_EQUAL(ir->output_t, ir->area_ha * ir->yield_t_ha, 1e-9);
		sum_item(&com[ir->commune], ir);
		sum_item(&crp[ir->crop], ir);
		sum_item(&dis, ir);
	}
	for (size_t i = 0; i < s->n_communes; i++)
		check_group(&r->communes[i].g, &com[i]);
	for (size_t i = 0; i < s->n_crops; i++)
		check_group(&r->crops[i], &crp[i]);
	check_group(&r->district.g, &dis);

	size_t fd = c.field_days;
	free(com);
	free(crp);
	free(c.offset);
	free(c.eta);
	free(c.irr);
	free(c.days);
	return fd;
}

/* ---- a small scenario ---- */

static const vd_date T0 = 18536;    /* 2020-10-01, checked in the first test */

/* One commune "c" with paddy "p1" (10 ha, 60 % irrigable, 2 rice crops) and upland "u1"
 * (20 ha), soil 20 % depleted at sowing, crop "k" of 10/10/10/10 days. */
static void small_scenario(scenario *s)
{
	scenario_init(s);
	s->season_start = T0;
	s->season_end = T0 + 150;
	int so = fx_add_soil(s, "loam", 20);
	fx_add_crop(s, "k", 10);
	int c = fx_add_commune(s, "c", 0);
	fx_add_land(s, c, "p1", LAND_PADDY, so, 10, 0.6, 2);
	fx_add_land(s, c, "u1", LAND_UPLAND, so, 20, 0.0, 0);
}

static size_t count_warnings(const season_result *r, warning_kind kind)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_warnings; i++)
		n += r->warnings[i].kind == kind;
	return n;
}

static const season_warning *find_warning(const season_result *r, warning_kind kind)
{
	for (size_t i = 0; i < r->n_warnings; i++)
		if (r->warnings[i].kind == kind)
			return &r->warnings[i];
	return NULL;
}

static void test_season_harvest_is_the_day_the_last_stage_completes(void)
{
	CU_ASSERT_EQUAL(T0, date_from_ymd(2020, 10, 1));
	scenario s;
	small_scenario(&s);
	fx_add_item(&s, 0, 0, 0, 4, T0 + 4, IRRIGATION_NONE);
	weather_series w;
	fx_weather(&w, T0, 120, 25, 15, 3, 0);
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	CU_ASSERT_EQUAL_FATAL(r.n_items, 1);
	/* 10 + 10 + 10 + 10 days from sowing on 5 Oct: day 40 is 13 Nov */
	CU_ASSERT_EQUAL(r.items[0].harvest, date_from_ymd(2020, 11, 13));
	CU_ASSERT_EQUAL(r.items[0].days, 40);
	CU_ASSERT_EQUAL(r.items[0].status & (ITEM_IMMATURE | ITEM_LATE_HARVEST | ITEM_EARLY_SOW), 0);
	CU_ASSERT_EQUAL(r.n_warnings, 0);
	season_result_fini(&r);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_season_warns_late_harvest_and_early_sowing(void)
{
	scenario s;
	small_scenario(&s);
	land_unit *lu = &s.communes[0].land[0];
	lu->free_from = date_from_ymd(2020, 10, 8);
	lu->free_until = date_from_ymd(2020, 11, 10);
	fx_add_item(&s, 0, 0, 0, 4, T0 + 4, IRRIGATION_NONE);
	weather_series w;
	fx_weather(&w, T0, 120, 25, 15, 3, 0);
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	const item_result *ir = &r.items[0];
	CU_ASSERT(ir->status & ITEM_LATE_HARVEST);
	CU_ASSERT(ir->status & ITEM_EARLY_SOW);
	/* sown 5 Oct, free from 8 Oct: 3 days early; harvest 13 Nov, free until 10 Nov: 3 late */
	const season_warning *we = find_warning(&r, WARN_EARLY_SOW);
	const season_warning *wl = find_warning(&r, WARN_LATE_HARVEST);
	CU_ASSERT_PTR_NOT_NULL_FATAL(we);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wl);
	CU_ASSERT_EQUAL(we->date, date_from_ymd(2020, 10, 5));
	CU_ASSERT_DOUBLE_EQUAL(we->value, 3.0, 1e-12);
	CU_ASSERT_EQUAL(wl->date, date_from_ymd(2020, 11, 13));
	CU_ASSERT_DOUBLE_EQUAL(wl->value, 3.0, 1e-12);
	CU_ASSERT_FALSE(wl->is_error);
	CU_ASSERT_EQUAL(wl->commune, 0);
	CU_ASSERT_EQUAL(wl->item, 0);
	CU_ASSERT_EQUAL(wl->land, 0);
	/* a late harvest still yields */
	CU_ASSERT(ir->output_t > 0.0);
	char buf[64];
	CU_ASSERT_STRING_EQUAL(item_status_code(ir->status & (ITEM_LATE_HARVEST | ITEM_EARLY_SOW),
						buf, sizeof buf), "late-harvest+early-sow");
	CU_ASSERT_STRING_EQUAL(item_status_code(0, buf, sizeof buf), "ok");
	season_result_fini(&r);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_season_weather_ending_before_maturity_is_an_error(void)
{
	scenario s;
	small_scenario(&s);
	fx_add_item(&s, 0, 0, 0, 4, T0 + 4, IRRIGATION_AUTO);
	weather_series w;
	fx_weather(&w, T0, 30, 25, 15, 3, 0);    /* 26 days of the crop's 40 */
	season_result r;
	season_result_init(&r);
	size_t fd = season_check_invariants(&s, &w, &r);
	/* both parts (60 % irrigable) followed for the 26 days the weather holds */
	CU_ASSERT_EQUAL(fd, 2 * 26);
	const item_result *ir = &r.items[0];
	CU_ASSERT(ir->status & ITEM_IMMATURE);
	CU_ASSERT_EQUAL(ir->harvest, DATE_NONE);
	CU_ASSERT_EQUAL(ir->yield_t_ha, 0.0);
	CU_ASSERT_EQUAL(ir->output_t, 0.0);
	CU_ASSERT_EQUAL(ir->value_mvnd, 0.0);
	const season_warning *wi = find_warning(&r, WARN_IMMATURE);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wi);
	CU_ASSERT_TRUE(wi->is_error);
	/* a sowing day beyond the weather is immature too */
	s.communes[0].plan[0].sow = T0 + 40;
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	CU_ASSERT(r.items[0].status & ITEM_IMMATURE);
	CU_ASSERT_EQUAL(r.items[0].harvest, DATE_NONE);
	season_result_fini(&r);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_season_overlapping_items_over_allocate_sequential_do_not(void)
{
	scenario s;
	small_scenario(&s);
	/* 6 ha from 5 Oct (harvest 13 Nov) and 6 ha from 20 Oct on the 10 ha paddy: 12 ha on
	 * 20 Oct, 2 ha over; a third item on the upland is unaffected */
	fx_add_item(&s, 0, 0, 0, 6, T0 + 4, IRRIGATION_NONE);
	fx_add_item(&s, 0, 0, 0, 6, T0 + 19, IRRIGATION_NONE);
	fx_add_item(&s, 0, 0, 1, 5, T0 + 19, IRRIGATION_NONE);
	weather_series w;
	fx_weather(&w, T0, 120, 25, 15, 3, 0);
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	CU_ASSERT_EQUAL(count_warnings(&r, WARN_OVER_ALLOCATED), 1);
	const season_warning *wo = find_warning(&r, WARN_OVER_ALLOCATED);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wo);
	CU_ASSERT_EQUAL(wo->commune, 0);
	CU_ASSERT_EQUAL(wo->land, 0);
	CU_ASSERT_EQUAL(wo->date, date_from_ymd(2020, 10, 20));
	CU_ASSERT_DOUBLE_EQUAL(wo->value, 2.0, 1e-9);
	CU_ASSERT(r.items[0].status & ITEM_OVER_ALLOCATED);
	CU_ASSERT(r.items[1].status & ITEM_OVER_ALLOCATED);
	CU_ASSERT_FALSE(r.items[2].status & ITEM_OVER_ALLOCATED);

	/* the second sown on the first one's harvest day (13 Nov) follows it: fine */
	s.communes[0].plan[1].sow = date_from_ymd(2020, 11, 13);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	CU_ASSERT_EQUAL(count_warnings(&r, WARN_OVER_ALLOCATED), 0);
	CU_ASSERT_FALSE(r.items[0].status & ITEM_OVER_ALLOCATED);
	/* one day earlier they share 12 Nov */
	s.communes[0].plan[1].sow = date_from_ymd(2020, 11, 12);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	CU_ASSERT_EQUAL(count_warnings(&r, WARN_OVER_ALLOCATED), 1);

	/* land-use coefficient: paddy 10 ha × 2 crops + 12 ha winter crops = 32 / 10 = 3.2 */
	CU_ASSERT_DOUBLE_EQUAL(r.communes[0].land_use_coefficient, 3.2, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(r.district.land_use_coefficient, 3.2, 1e-12);
	season_result_fini(&r);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_season_labour_beyond_availability_warns(void)
{
	scenario s;
	small_scenario(&s);
	s.communes[0].labour_days_available = 2500;
	/* 4 + 8 ha × 250 days/ha = 3000 labour days against 2500: 500 short */
	fx_add_item(&s, 0, 0, 0, 4, T0 + 4, IRRIGATION_NONE);
	fx_add_item(&s, 0, 0, 1, 8, T0 + 4, IRRIGATION_NONE);
	weather_series w;
	fx_weather(&w, T0, 120, 25, 15, 3, 0);
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	const season_warning *wl = find_warning(&r, WARN_LABOUR_SHORT);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wl);
	CU_ASSERT_EQUAL(wl->commune, 0);
	CU_ASSERT_DOUBLE_EQUAL(wl->value, 500.0, 1e-9);
	CU_ASSERT(r.items[0].status & ITEM_LABOUR_SHORT);
	CU_ASSERT(r.items[1].status & ITEM_LABOUR_SHORT);
	CU_ASSERT_DOUBLE_EQUAL(r.communes[0].g.labour_days, 3000.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(r.communes[0].labour_days_available, 2500.0, 1e-12);
	/* with 3000 available there is enough */
	s.communes[0].labour_days_available = 3000;
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	CU_ASSERT_EQUAL(count_warnings(&r, WARN_LABOUR_SHORT), 0);
	season_result_fini(&r);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_season_frost_kill_loses_the_item(void)
{
	scenario s;
	small_scenario(&s);
	crop *c = &s.crops[0];
	c->has_frost = true;
	c->frost_damage_c = 0.0;
	c->frost_kill_c = -3.0;
	c->frost_loss_per_day = 0.05;
	fx_add_item(&s, 0, 0, 0, 4, T0 + 4, IRRIGATION_AUTO);
	fx_add_item(&s, 0, 0, 1, 4, T0 + 60, IRRIGATION_NONE);
	weather_series w;
	fx_weather(&w, T0, 120, 25, 15, 3, 0);
	w.days[24].tmin_c = -4.5;     /* 25 Oct, in the first item's life only */
	w.days[65].tmin_c = -1.0;     /* 5 Dec: one frost-damage day for the second */
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	const item_result *a = &r.items[0], *b = &r.items[1];
	CU_ASSERT(a->status & ITEM_FROST_KILLED);
	CU_ASSERT_EQUAL(a->f_cold, 0.0);
	CU_ASSERT_EQUAL(a->yield_t_ha, 0.0);
	CU_ASSERT_EQUAL(a->output_t, 0.0);
	CU_ASSERT_NOT_EQUAL(a->harvest, DATE_NONE);
	const season_warning *wf = find_warning(&r, WARN_FROST_KILLED);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wf);
	CU_ASSERT_EQUAL(wf->date, date_from_ymd(2020, 10, 25));
	CU_ASSERT_DOUBLE_EQUAL(wf->value, -4.5, 1e-12);
	CU_ASSERT_EQUAL(wf->item, 0);
	/* the second: F_cold = 1 - 0.05, reported as 5 % lost */
	CU_ASSERT(b->status & ITEM_COLD_DAMAGE);
	CU_ASSERT_DOUBLE_EQUAL(b->f_cold, 0.95, 1e-12);
	const season_warning *wc = find_warning(&r, WARN_COLD_DAMAGE);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wc);
	CU_ASSERT_DOUBLE_EQUAL(wc->value, 0.05, 1e-12);
	CU_ASSERT_EQUAL(wc->item, 1);
	season_result_fini(&r);
	fx_weather_free(&w);
	scenario_fini(&s);
}

/* Dry weather, ET0 5 mm: the irrigated part never stresses, the rain-fed part does. */
static void test_season_irrigated_and_rainfed_parts_are_area_weighted(void)
{
	scenario s;
	small_scenario(&s);
	fx_add_item(&s, 0, 0, 0, 10, T0, IRRIGATION_AUTO);
	weather_series w;
	fx_weather(&w, T0, 120, 30, 18, 5, 0);
	season_result r;
	season_result_init(&r);
	season_check_invariants(&s, &w, &r);
	const item_result *ir = &r.items[0];
	CU_ASSERT_DOUBLE_EQUAL(ir->irrigated_ha, 6.0, 1e-12);
	CU_ASSERT(ir->irrigation_mm > 0.0);
	/* the rain-fed part alone: irrigation none */
	s.communes[0].plan[0].irrigation.mode = IRRIGATION_NONE;
	season_result rf;
	season_result_init(&rf);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &rf, NULL, NULL));
	CU_ASSERT_EQUAL(rf.items[0].irrigated_ha, 0.0);
	CU_ASSERT_EQUAL(rf.items[0].irrigation_mm, 0.0);
	CU_ASSERT(rf.items[0].f_water < 1.0);
	/* the whole field irrigated: no stress at all (auto refills before Dr passes RAW) */
	s.communes[0].plan[0].irrigation.mode = IRRIGATION_AUTO;
	s.communes[0].land[0].irrigable_share = 1.0;
	season_result ir1;
	season_result_init(&ir1);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &ir1, NULL, NULL));
	CU_ASSERT_DOUBLE_EQUAL(ir1.items[0].f_water, 1.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ir1.items[0].eta_mm, ir1.items[0].etc_mm, 1e-9);
	/* 60 % irrigated: F_water = 0.6 × 1 + 0.4 × F_water(rain-fed) */
	CU_ASSERT_DOUBLE_EQUAL(ir->f_water, 0.6 + 0.4 * rf.items[0].f_water, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ir->eta_mm, 0.6 * ir1.items[0].eta_mm + 0.4 * rf.items[0].eta_mm, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(ir->irrigation_mm, 0.6 * ir1.items[0].irrigation_mm, 1e-9);
	season_result_fini(&r);
	season_result_fini(&rf);
	season_result_fini(&ir1);
	fx_weather_free(&w);
	scenario_fini(&s);
}

/* Every day of every part of a mixed plan: auto, schedule and rain-fed parts, growing roots,
 * rain storms, runoff, stress, two communes and two crops. */
static void test_season_invariants_hold_on_every_day(void)
{
	scenario s;
	small_scenario(&s);
	int k2 = fx_add_crop(&s, "k2", 15);
	s.crops[k2].has_ky_stages = true;
	s.crops[k2].ky_stages[0] = 0.4;
	s.crops[k2].ky_stages[1] = 1.5;
	s.crops[k2].ky_stages[2] = 0.5;
	s.crops[k2].ky_stages[3] = 0.2;
	s.crops[k2].root_min_m = 0.1;
	s.crops[k2].root_max_m = 1.0;
	s.communes[0].land[0].runoff_share = 0.15;
	int c2 = fx_add_commune(&s, "c2", 100);
	int so = fx_add_soil(&s, "sand", 60);
	s.soils[so].theta_fc = 0.15;
	s.soils[so].theta_wp = 0.07;
	int l2 = fx_add_land(&s, c2, "p2", LAND_PADDY, so, 8, 0.3, 1);
	fx_add_item(&s, 0, 0, 0, 4, T0 + 2, IRRIGATION_AUTO);
	int sch = fx_add_item(&s, 0, k2, 0, 3, T0 + 10, IRRIGATION_SCHEDULE);
	s.communes[0].plan[sch].irrigation.interval_days = 6;
	s.communes[0].plan[sch].irrigation.depth_mm = 30;
	fx_add_item(&s, 0, k2, 1, 7, T0 + 10, IRRIGATION_NONE);
	fx_add_item(&s, c2, 0, l2, 5, T0 + 30, IRRIGATION_AUTO);
	fx_add_item(&s, c2, k2, l2, 2.5, T0 + 2, IRRIGATION_NONE);
	s.economy.present = true;
	s.economy.district_output_prev_bn_vnd = 1000;
	s.economy.winter_crop_prev_bn_vnd = 0.5;
	weather_series w;
	fx_weather(&w, T0, 150, 27, 16, 4, 0);
	for (size_t i = 0; i < w.n; i++) {
		w.days[i].et0_mm = 2.0 + 3.0 * (double)(i % 7) / 6.0;
		w.days[i].rain_mm = i % 11 == 3 ? 45.0 : i % 5 == 1 ? 3.0 : 0.0;
	}
	season_result r;
	season_result_init(&r);
	size_t fd = season_check_invariants(&s, &w, &r);
	/* parts: 40×2 (auto, 60 %) + 60×2 (schedule) + 60 + 40×2 (auto, 30 %) + 60 */
	CU_ASSERT_EQUAL(fd, 80 + 120 + 60 + 80 + 60);
	CU_ASSERT(r.n_items == 5);
	CU_ASSERT(find_warning(&r, WARN_LABOUR_SHORT) != NULL);   /* 7.5 ha × 250 > 100 */
	/* the run without a callback (both parts in step) gives the very same numbers */
	season_result q;
	season_result_init(&q);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &q, NULL, NULL));
	CU_ASSERT_EQUAL_FATAL(q.n_items, r.n_items);
	for (size_t k = 0; k < r.n_items; k++) {
		CU_ASSERT_EQUAL(q.items[k].f_water, r.items[k].f_water);
		CU_ASSERT_EQUAL(q.items[k].eta_mm, r.items[k].eta_mm);
		CU_ASSERT_EQUAL(q.items[k].etc_mm, r.items[k].etc_mm);
		CU_ASSERT_EQUAL(q.items[k].irrigation_mm, r.items[k].irrigation_mm);
		CU_ASSERT_EQUAL(q.items[k].output_t, r.items[k].output_t);
		CU_ASSERT_EQUAL(q.items[k].status, r.items[k].status);
	}
	CU_ASSERT_EQUAL(q.n_warnings, r.n_warnings);
	season_result_fini(&q);
	season_result_fini(&r);
	fx_weather_free(&w);
	scenario_fini(&s);
}

VUDONG_SUITE(season)
{
	SUITE_ADD(s, "season");
	TEST_ADD(s, test_season_harvest_is_the_day_the_last_stage_completes);
	TEST_ADD(s, test_season_warns_late_harvest_and_early_sowing);
	TEST_ADD(s, test_season_weather_ending_before_maturity_is_an_error);
	TEST_ADD(s, test_season_overlapping_items_over_allocate_sequential_do_not);
	TEST_ADD(s, test_season_labour_beyond_availability_warns);
	TEST_ADD(s, test_season_frost_kill_loses_the_item);
	TEST_ADD(s, test_season_irrigated_and_rainfed_parts_are_area_weighted);
	TEST_ADD(s, test_season_invariants_hold_on_every_day);
	return 0;
}
