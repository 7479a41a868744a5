/* test_economy.c - value, cost and profit at current (shocked) and constant prices, group
 * sums, and the growth figures, on a hand-computed example of two items. */
#include "testing.h"

#include <stdlib.h>

#include "economy.h"
#include "fixtures.h"
#include "landuse.h"

/* The example, worked by hand:
 *   potato  20 ha, 18 t/ha -> 360 t; 7,000 VND/kg (shocked × 0.8 -> 5,600), 5,000 constant;
 *           cost 60 M VND/ha, 250 labour days/ha
 *           value 360 × 5,600 / 1000 = 2,016 M; constant 360 × 5,000 / 1000 = 1,800 M;
 *           cost 20 × 60 = 1,200 M; profit 816 M; labour 5,000 days
 *   cabbage 10 ha, 20 t/ha -> 200 t; 5,000 VND/kg, 4,000 constant; 55 M VND/ha, 200 days/ha
 *           value 1,000 M; constant 800 M; cost 550 M; profit 450 M; labour 2,000 days
 *   district: value 3,016 M, constant 2,600 M = 2.6 bn; profit 1,266 M; 30 ha; 7,000 days
 *           profit per ha 42.2 M; per labour day 1,266e6 / 7,000 = 180,857 VND
 *   growth: winter crop prev 2.0 bn, district prev 1,000 bn
 *           winter growth (2.6 / 2.0 - 1) × 100 = 30 %
 *           contribution (2.6 - 2.0) / 1000 × 100 = 0.06 pp
 *           sectors 0.52 × 16.5 + 0.19 × 20 + 0.288 × 5 = 8.58 + 3.8 + 1.44 = 13.82 %
 *           district growth 13.82 + 0.06 = 13.88 %; share 0.06 / 13.88 = 0.0043228
 *           shares 0.52 + 0.19 + 0.288 + 2 / 1000 = 1.000; target 14 % missed by 0.12 pp */
typedef struct {
	scenario s;
	season_result r;
} example;

static void example_make(example *e)
{
	scenario *s = &e->s;
	scenario_init(s);
	int so = fx_add_soil(s, "loam", 0);
	int potato = fx_add_crop(s, "potato", 25);
	int cabbage = fx_add_crop(s, "cabbage", 25);
	s->crops[cabbage].price_vnd_kg = 5000;
	s->crops[cabbage].price_const_vnd_kg = 4000;
	s->crops[cabbage].cost_vnd_ha = 55e6;
	s->crops[cabbage].labour_days_ha = 200;
	int c1 = fx_add_commune(s, "c1", 0), c2 = fx_add_commune(s, "c2", 0);
	fx_add_land(s, c1, "p", LAND_PADDY, so, 50, 0, 2);
	fx_add_land(s, c2, "u", LAND_UPLAND, so, 50, 0, 0);
	fx_add_item(s, c1, potato, 0, 20, date_from_ymd(2020, 10, 20), IRRIGATION_NONE);
	fx_add_item(s, c2, cabbage, 0, 10, date_from_ymd(2020, 10, 20), IRRIGATION_NONE);
	s->shocks = calloc(2, sizeof *s->shocks);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s->shocks);
	s->n_shocks = 2;
	s->shocks[0] = (shock){ .kind = SHOCK_PRICE, .enabled = true, .crop = potato, .factor = 0.8 };
	s->shocks[1] = (shock){ .kind = SHOCK_PRICE, .enabled = false, .crop = -1, .factor = 0.5 };
	economy_input *ec = &s->economy;
	ec->present = true;
	ec->constant_price_year = 2010;
	ec->district_output_prev_bn_vnd = 1000;
	ec->winter_crop_prev_bn_vnd = 2.0;
	ec->other_sectors = calloc(3, sizeof *ec->other_sectors);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ec->other_sectors);
	ec->n_other_sectors = 3;
	ec->other_sectors[0] = (sector){ .name = "services", .share_prev = 0.52, .growth_pct = 16.5 };
	ec->other_sectors[1] = (sector){ .name = "industry", .share_prev = 0.19, .growth_pct = 20 };
	ec->other_sectors[2] = (sector){ .name = "other farming", .share_prev = 0.288, .growth_pct = 5 };
	ec->has_target = true;
	ec->target_growth_pct = 14;

	season_result *r = &e->r;
	season_result_init(r);
	r->items = calloc(2, sizeof *r->items);
	r->communes = calloc(2, sizeof *r->communes);
	r->crops = calloc(2, sizeof *r->crops);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r->items);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r->communes);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r->crops);
	r->n_items = r->n_communes = r->n_crops = 2;
	r->items[0] = (item_result){ .commune = c1, .item = 0, .crop = potato, .land = 0,
				     .area_ha = 20, .yield_t_ha = 18, .output_t = 360,
				     .harvest = DATE_NONE };
	r->items[1] = (item_result){ .commune = c2, .item = 0, .crop = cabbage, .land = 0,
				     .area_ha = 10, .yield_t_ha = 20, .output_t = 200,
				     .harvest = DATE_NONE };
}

static void example_compute(example *e)
{
	economy_value_items(&e->s, &e->r);
	CU_ASSERT_TRUE(landuse_check_labour(&e->s, &e->r));
	economy_sum_groups(&e->s, &e->r);
	CU_ASSERT_TRUE(economy_district(&e->s, &e->r));
}

static void example_free(example *e)
{
	season_result_fini(&e->r);
	scenario_fini(&e->s);
}

static const season_warning *find(const season_result *r, warning_kind k)
{
	for (size_t i = 0; i < r->n_warnings; i++)
		if (r->warnings[i].kind == k)
			return &r->warnings[i];
	return NULL;
}

static void test_economy_values_items_at_shocked_and_constant_prices(void)
{
	example e;
	example_make(&e);
	CU_ASSERT_DOUBLE_EQUAL(economy_price_factor(&e.s, 0), 0.8, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(economy_price_factor(&e.s, 1), 1.0, 1e-12);  /* the -1 shock is off */
	example_compute(&e);
	const item_result *p = &e.r.items[0], *c = &e.r.items[1];
	CU_ASSERT_DOUBLE_EQUAL(p->value_mvnd, 2016.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(p->value_const_mvnd, 1800.0, 1e-9);   /* constant price not shocked */
	CU_ASSERT_DOUBLE_EQUAL(p->cost_mvnd, 1200.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(p->profit_mvnd, 816.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(p->labour_days, 5000.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(c->value_mvnd, 1000.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(c->value_const_mvnd, 800.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(c->cost_mvnd, 550.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(c->profit_mvnd, 450.0, 1e-9);
	/* enabling the all-crop shock halves both current values again */
	e.s.shocks[1].enabled = true;
	example_compute(&e);
	CU_ASSERT_DOUBLE_EQUAL(e.r.items[0].value_mvnd, 1008.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(e.r.items[1].value_mvnd, 500.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(e.r.items[0].value_const_mvnd, 1800.0, 1e-9);
	example_free(&e);
}

static void test_economy_sums_groups_and_district(void)
{
	example e;
	example_make(&e);
	example_compute(&e);
	const group_result *d = &e.r.district.g;
	CU_ASSERT_DOUBLE_EQUAL(d->area_ha, 30.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d->output_t, 560.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->yield_t_ha, 560.0 / 30.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d->value_mvnd, 3016.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->value_const_mvnd, 2600.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->profit_mvnd, 1266.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->labour_days, 7000.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->profit_mvnd / d->area_ha, 42.2, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->profit_mvnd * 1e6 / d->labour_days, 180857.142857, 1e-5);
	CU_ASSERT_EQUAL(d->n_items, 2);
	CU_ASSERT_DOUBLE_EQUAL(e.r.communes[0].g.value_mvnd, 2016.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(e.r.communes[1].g.value_mvnd, 1000.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(e.r.crops[0].output_t, 360.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(e.r.crops[1].yield_t_ha, 20.0, 1e-12);
	example_free(&e);
}

static void test_economy_growth_contribution_and_share(void)
{
	example e;
	example_make(&e);
	example_compute(&e);
	const district_result *d = &e.r.district;
	CU_ASSERT_TRUE(d->has_economy);
	CU_ASSERT_DOUBLE_EQUAL(d->winter_growth_pct, 30.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->contribution_pp, 0.06, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d->district_growth_pct, 13.88, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d->contribution_share, 0.06 / 13.88, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d->shares_sum, 1.0, 1e-12);
	CU_ASSERT_PTR_NULL(find(&e.r, WARN_SHARES_SUM));
	const season_warning *wt = find(&e.r, WARN_TARGET_MISSED);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wt);
	CU_ASSERT_DOUBLE_EQUAL(wt->value, -0.12, 1e-9);
	example_free(&e);
}

static void test_economy_warns_when_shares_do_not_sum_to_one(void)
{
	example e;
	example_make(&e);
	/* 0.52 + 0.19 + 0.25 + 0.002 = 0.962: off by 0.038 > 0.01 */
	e.s.economy.other_sectors[2].share_prev = 0.25;
	e.s.economy.target_growth_pct = 10;
	example_compute(&e);
	const season_warning *ws = find(&e.r, WARN_SHARES_SUM);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ws);
	CU_ASSERT_DOUBLE_EQUAL(ws->value, 0.962, 1e-12);
	CU_ASSERT_PTR_NULL(find(&e.r, WARN_TARGET_MISSED));   /* 13.69 % beats 10 % */
	example_free(&e);
}

static void test_economy_absent_reports_no_growth(void)
{
	example e;
	example_make(&e);
	e.s.economy.present = false;
	example_compute(&e);
	CU_ASSERT_FALSE(e.r.district.has_economy);
	CU_ASSERT_EQUAL(e.r.district.district_growth_pct, 0.0);
	CU_ASSERT_EQUAL(e.r.n_warnings, 0);
	example_free(&e);
}

VUDONG_SUITE(economy)
{
	SUITE_ADD(s, "economy");
	TEST_ADD(s, test_economy_values_items_at_shocked_and_constant_prices);
	TEST_ADD(s, test_economy_sums_groups_and_district);
	TEST_ADD(s, test_economy_growth_contribution_and_share);
	TEST_ADD(s, test_economy_warns_when_shares_do_not_sum_to_one);
	TEST_ADD(s, test_economy_absent_reports_no_growth);
	return 0;
}
