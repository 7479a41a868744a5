/* test_sensitivity.c - the one-at-a-time sensitivity runs (sim/study/sensitivity.h) on the built-in
 * scenario: price, area and potential yield moves worked by hand from the model's equations,
 * the weather runs rebuilt with their shock, the tornado order, and the scenario left as it
 * was. */
#include "testing.h"
#include "builtin.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "season.h"
#include "sensitivity.h"
#include "weather.h"

static const sens_row *row_of(const sensitivity_result *sr, sens_param p)
{
	for (int i = 0; i < SENS_PARAMS; i++)
		if (sr->rows[i].param == p)
			return &sr->rows[i];
	CU_FAIL_FATAL("parameter missing from the table");
	return NULL;
}

static void run(const scenario *s, double step, sensitivity_result *sr)
{
	diag_list dl;
	diag_list_init(&dl);
	bool ok = sensitivity_run(s, step, sr, &dl);
	CU_ASSERT_EQUAL(dl.count, 0);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
}

/* The contribution by DESIGN §3.8 from a value at constant prices (million VND). */
static double contribution(const scenario *s, double value_const_mvnd)
{
	const economy_input *e = &s->economy;
	return (value_const_mvnd / 1000.0 - e->winter_crop_prev_bn_vnd) /
	       e->district_output_prev_bn_vnd * 100.0;
}

static void test_sensitivity_price_moves_value_only(void)
{
	/* value_mvnd = Σ output × price × shock factor / 1000 (economy.c): every term carries
	 * one price, so price × 1.1 gives value × 1.1 exactly, also for a crop under a price
	 * shock (cabbage × 0.5 here: its 0.5 × 1.1 part still grows by 10 %). Output does not
	 * depend on prices, and the constant prices are not moved, so value_const and the
	 * contribution (computed from value_const) stay exactly as in the base run. */
	scenario s;
	load_builtin(&s);
	shock *v = realloc(s.shocks, (s.n_shocks + 1) * sizeof *v);
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	s.shocks = v;
	s.shocks[s.n_shocks++] = (shock){ .kind = SHOCK_PRICE, .enabled = true, .factor = 0.5,
					  .crop = scenario_find_crop(&s, "cabbage"),
					  .from = DATE_NONE };
	sensitivity_result sr;
	run(&s, 10.0, &sr);
	const sens_row *p = row_of(&sr, SENS_PRICE);
	CU_ASSERT_DOUBLE_EQUAL(p->low, -10.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(p->high, 10.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(p->hi.value_mvnd, 1.1 * sr.base.value_mvnd, 1e-9 * sr.base.value_mvnd);
	CU_ASSERT_DOUBLE_EQUAL(p->lo.value_mvnd, 0.9 * sr.base.value_mvnd, 1e-9 * sr.base.value_mvnd);
	CU_ASSERT_DOUBLE_EQUAL(p->hi.output_t, sr.base.output_t, 0);
	CU_ASSERT_DOUBLE_EQUAL(p->hi.value_const_mvnd, sr.base.value_const_mvnd, 0);
	CU_ASSERT_DOUBLE_EQUAL(p->hi.contribution_pp, sr.base.contribution_pp, 0);
	CU_ASSERT_DOUBLE_EQUAL(p->lo.contribution_pp, sr.base.contribution_pp, 0);
	CU_ASSERT_DOUBLE_EQUAL(p->contribution_swing_pp, 0.0, 0);
	scenario_fini(&s);
}

static void test_sensitivity_area_scales_output_where_no_cap_binds(void)
{
	/* output = area × Ya and Ya does not depend on the area (the land and labour checks
	 * warn, they do not cap), so area × 1.1 gives output, value and value_const × 1.1.
	 * No land unit is over-allocated and no commune short of labour at +10 % in the
	 * built-in (no warning more than in the base run), so no cap could bind. The
	 * contribution follows from value_const: (1.1 GO − prev) / district × 100. */
	scenario s;
	load_builtin(&s);
	sensitivity_result sr;
	run(&s, 10.0, &sr);
	const sens_row *a = row_of(&sr, SENS_AREA);
	CU_ASSERT_EQUAL(a->hi.n_warnings, sr.base.n_warnings);
	CU_ASSERT_DOUBLE_EQUAL(a->hi.output_t, 1.1 * sr.base.output_t, 1e-9 * sr.base.output_t);
	CU_ASSERT_DOUBLE_EQUAL(a->hi.value_mvnd, 1.1 * sr.base.value_mvnd, 1e-9 * sr.base.value_mvnd);
	CU_ASSERT_DOUBLE_EQUAL(a->hi.value_const_mvnd, 1.1 * sr.base.value_const_mvnd,
			       1e-9 * sr.base.value_const_mvnd);
	CU_ASSERT_DOUBLE_EQUAL(a->hi.contribution_pp, contribution(&s, 1.1 * sr.base.value_const_mvnd),
			       1e-9);
	CU_ASSERT_DOUBLE_EQUAL(a->lo.output_t, 0.9 * sr.base.output_t, 1e-9 * sr.base.output_t);
	/* Ya = Ym × F_water × F_cold × F_mgmt is linear in Ym: potential yield × 1.1 is output
	 * × 1.1 as well */
	const sens_row *y = row_of(&sr, SENS_YIELD_POTENTIAL);
	CU_ASSERT_DOUBLE_EQUAL(y->hi.output_t, 1.1 * sr.base.output_t, 1e-9 * sr.base.output_t);
	CU_ASSERT_DOUBLE_EQUAL(y->lo.value_mvnd, 0.9 * sr.base.value_mvnd, 1e-9 * sr.base.value_mvnd);
	/* a step of 25 % moves the area by 25 % */
	run(&s, 25.0, &sr);
	a = row_of(&sr, SENS_AREA);
	CU_ASSERT_DOUBLE_EQUAL(a->lo.output_t, 0.75 * sr.base.output_t, 1e-9 * sr.base.output_t);
	scenario_fini(&s);
}

static void test_sensitivity_weather_runs_rebuild_the_weather_with_their_shock(void)
{
	/* The +1 °C run equals a plain run of the scenario with a warming shock of +1 °C
	 * appended; the base weather is not reused for it (its figures differ from the base). */
	scenario s;
	load_builtin(&s);
	sensitivity_result sr;
	run(&s, 10.0, &sr);

	scenario c;
	CU_ASSERT_TRUE_FATAL(scenario_copy(&c, &s));
	shock *v = realloc(c.shocks, (c.n_shocks + 1) * sizeof *v);
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	c.shocks = v;
	c.shocks[c.n_shocks++] = (shock){ .kind = SHOCK_WARMING, .enabled = true, .delta_c = 1.0,
					  .crop = -1, .from = DATE_NONE };
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&c, 0, &w, &dl));
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&c, &w, &r, NULL, NULL));
	const sens_row *wr = row_of(&sr, SENS_WARMING);
	CU_ASSERT_DOUBLE_EQUAL(wr->low, -1.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(wr->high, 1.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(wr->hi.output_t, r.district.g.output_t, 0);
	CU_ASSERT_DOUBLE_EQUAL(wr->hi.value_mvnd, r.district.g.value_mvnd, 0);
	CU_ASSERT_NOT_EQUAL(wr->hi.output_t, sr.base.output_t);
	const sens_row *rain = row_of(&sr, SENS_RAIN);
	CU_ASSERT_DOUBLE_EQUAL(rain->low, -20.0, 0);
	CU_ASSERT_NOT_EQUAL(rain->lo.output_t, sr.base.output_t);
	season_result_fini(&r);
	weather_series_fini(&w);
	diag_list_fini(&dl);
	scenario_fini(&c);
	scenario_fini(&s);
}

static void test_sensitivity_table_is_sorted_by_value_swing(void)
{
	scenario s;
	load_builtin(&s);
	size_t n_shocks = s.n_shocks;
	double price = s.crops[0].price_vnd_kg;
	sensitivity_result sr;
	run(&s, 10.0, &sr);
	bool seen[SENS_PARAMS] = { false };
	for (int i = 0; i < SENS_PARAMS; i++) {
		const sens_row *r = &sr.rows[i];
		CU_ASSERT_FALSE(seen[r->param]);
		seen[r->param] = true;
		CU_ASSERT_DOUBLE_EQUAL(r->value_swing_mvnd, fabs(r->hi.value_mvnd - r->lo.value_mvnd), 0);
		if (i > 0)
			CU_ASSERT(r->value_swing_mvnd <= sr.rows[i - 1].value_swing_mvnd * (1 + 1e-9));
	}
	/* price, area and potential yield tie on value (±10 % each); price moves no
	 * contribution, so it comes after the other two */
	CU_ASSERT_EQUAL(sr.rows[2].param, SENS_PRICE);
	/* the scenario itself is untouched: the runs worked on copies */
	CU_ASSERT_EQUAL(s.n_shocks, n_shocks);
	CU_ASSERT_DOUBLE_EQUAL(s.crops[0].price_vnd_kg, price, 0);
	scenario_fini(&s);
}

static void test_sensitivity_perturb_moves_every_crop(void)
{
	scenario s;
	load_builtin(&s);
	scenario c;
	CU_ASSERT_TRUE_FATAL(scenario_copy(&c, &s));
	CU_ASSERT_TRUE(sensitivity_perturb(&c, SENS_KC_MID, -1, 10.0));
	CU_ASSERT_TRUE(sensitivity_perturb(&c, SENS_KY, +1, 10.0));
	for (size_t i = 0; i < s.n_crops; i++) {
		CU_ASSERT_DOUBLE_EQUAL(c.crops[i].kc_mid, 0.9 * s.crops[i].kc_mid, 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(c.crops[i].ky, 1.1 * s.crops[i].ky, 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(c.crops[i].ky_stages[1], 1.1 * s.crops[i].ky_stages[1], 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(c.crops[i].kc_ini, s.crops[i].kc_ini, 0);
	}
	CU_ASSERT_TRUE(sensitivity_perturb(&c, SENS_RAIN, -1, 10.0));
	CU_ASSERT_EQUAL_FATAL(c.n_shocks, s.n_shocks + 1);
	CU_ASSERT_EQUAL(c.shocks[c.n_shocks - 1].kind, SHOCK_RAIN);
	CU_ASSERT_DOUBLE_EQUAL(c.shocks[c.n_shocks - 1].factor, 0.8, 1e-12);
	CU_ASSERT_STRING_EQUAL(sensitivity_param_name(SENS_KC_MID), "kc_mid");
	scenario_fini(&c);
	scenario_fini(&s);
}

/* The season of a copy of s with parameter p moved by sign (step 10 %), into r. */
static void run_perturbed(const scenario *s, sens_param p, int sign, season_result *r)
{
	scenario c;
	CU_ASSERT_TRUE_FATAL(scenario_copy(&c, s));
	if (sign != 0)
		CU_ASSERT_TRUE_FATAL(sensitivity_perturb(&c, p, sign, 10.0));
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&c, 0, &w, &dl));
	CU_ASSERT_TRUE_FATAL(season_run(&c, &w, r, NULL, NULL));
	weather_series_fini(&w);
	diag_list_fini(&dl);
	scenario_fini(&c);
}

static void test_sensitivity_less_rain_lowers_the_water_factor_of_rain_fed_crops(void)
{
	/* A rain-fed part gets water only from rain (FAO-56 eq. 85 with I = 0). With rain × 0.8
	 * every day the root zone is at least as depleted every day (Dr is monotone in the rain
	 * it receives), so Ks (eq. 84), ETa and F_water = 1 − Ky (1 − ETa/ETc) (FAO-33) cannot
	 * rise; where the item was already stressed (F_water < 1) they fall. Rain × 1.2 works
	 * the other way. Irrigated parts are refilled before stress, so the check is on items
	 * with a rain-fed part. */
	scenario s;
	load_builtin(&s);
	season_result base, dry, wet;
	season_result_init(&base);
	season_result_init(&dry);
	season_result_init(&wet);
	run_perturbed(&s, SENS_RAIN, 0, &base);
	run_perturbed(&s, SENS_RAIN, -1, &dry);
	run_perturbed(&s, SENS_RAIN, +1, &wet);
	CU_ASSERT_EQUAL_FATAL(dry.n_items, base.n_items);
	size_t stressed = 0;
	for (size_t j = 0; j < base.n_items; j++) {
		const item_result *b = &base.items[j];
		if (b->irrigated_ha >= b->area_ha)
			continue;
		CU_ASSERT(dry.items[j].f_water <= b->f_water + 1e-12);
		CU_ASSERT(wet.items[j].f_water >= b->f_water - 1e-12);
		if (b->f_water < 0.99) {
			stressed++;
			CU_ASSERT(dry.items[j].f_water < b->f_water);
			CU_ASSERT(dry.items[j].rain_mm < b->rain_mm);
		}
	}
	/* the built-in's rain-fed upland tomato and squash are stressed (docs/model.md) */
	CU_ASSERT(stressed >= 2);
	season_result_fini(&base);
	season_result_fini(&dry);
	season_result_fini(&wet);
	scenario_fini(&s);
}

VUDONG_SUITE(sensitivity)
{
	SUITE_ADD(s, "sensitivity");
	TEST_ADD(s, test_sensitivity_price_moves_value_only);
	TEST_ADD(s, test_sensitivity_area_scales_output_where_no_cap_binds);
	TEST_ADD(s, test_sensitivity_weather_runs_rebuild_the_weather_with_their_shock);
	TEST_ADD(s, test_sensitivity_table_is_sorted_by_value_swing);
	TEST_ADD(s, test_sensitivity_perturb_moves_every_crop);
	TEST_ADD(s, test_sensitivity_less_rain_lowers_the_water_factor_of_rain_fed_crops);
	return 0;
}
