/* test_labour.c - labour by half-month (sim/model/labour.c) against a hand calculation, and
 * on the built-in scenario: the half-months add up to the district's labour. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "labour.h"
#include "season.h"
#include "testing.h"
#include "weather.h"

/* One commune, season 1 Oct - 30 Nov 2020 (four half-months), 320 labour days available
 * (80 a half-month); one item of 2 ha at 100 labour days/ha (200 days), sown 6 Oct,
 * harvested 4 Nov (30 days). By hand:
 *   sowing 40 % = 80 d over 6-15 Oct                    -> 1-15 Oct 80
 *   growth 30 % = 60 d over 30 days, 2 d a day           -> 1-15 Oct 20 (10 d), 16-31 Oct 32 (16 d), 1-15 Nov 8 (4 d)
 *   harvest 30 % = 60 d over 26 Oct - 4 Nov, 6 d a day   -> 16-31 Oct 36 (6 d), 1-15 Nov 24 (4 d)
 * need: 100, 68, 32, 0 (sum 200); shortfall: 20, 0, 0, 0; unworked 2 ha × 20/100 = 0.4 ha. */
static void make_case(scenario *s, season_result *r)
{
	scenario_init(s);
	s->season_start = date_from_ymd(2020, 10, 1);
	s->season_end = date_from_ymd(2020, 11, 30);
	s->communes = calloc(1, sizeof *s->communes);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s->communes);
	s->n_communes = 1;
	s->communes[0].labour_days_available = 320;
	season_result_init(r);
	r->items = calloc(1, sizeof *r->items);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r->items);
	r->n_items = 1;
	r->items[0] = (item_result){ .commune = 0, .area_ha = 2, .labour_days = 200,
				     .sow = date_from_ymd(2020, 10, 6),
				     .harvest = date_from_ymd(2020, 11, 4) };
}

static void test_labour_spreads_an_item_as_computed_by_hand(void)
{
	scenario s;
	season_result r;
	make_case(&s, &r);
	labour_plan p;
	CU_ASSERT_TRUE_FATAL(labour_plan_build(&s, &r, &p));
	CU_ASSERT_EQUAL_FATAL(p.n, 4);
	static const double need[] = { 100, 68, 32, 0 };
	static const double short_d[] = { 20, 0, 0, 0 };
	for (size_t k = 0; k < 4; k++) {
		CU_ASSERT_DOUBLE_EQUAL(p.periods[k].need_days, need[k], 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(p.periods[k].available_days, 80, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(p.periods[k].shortfall_days, short_d[k], 1e-9);
	}
	CU_ASSERT_DOUBLE_EQUAL(p.periods[0].unworked_ha, 0.4, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(p.periods[3].worked_ha, 0, 1e-9);
	CU_ASSERT_EQUAL(p.periods[1].start, date_from_ymd(2020, 10, 16));
	CU_ASSERT_EQUAL(p.periods[1].end, date_from_ymd(2020, 10, 31));
	labour_plan_fini(&p);
	season_result_fini(&r);
	scenario_fini(&s);
}

/* An immature item sown before the season: its days before the start count in the first
 * half-month and its life ends on the season's last day, so nothing is lost. Without
 * labour_days_available there is no available figure and no shortfall. */
static void test_labour_keeps_days_outside_the_season(void)
{
	scenario s;
	season_result r;
	make_case(&s, &r);
	s.communes[0].labour_days_available = 0;
	r.items[0].sow = date_from_ymd(2020, 9, 20);
	r.items[0].harvest = DATE_NONE;
	labour_plan p;
	CU_ASSERT_TRUE_FATAL(labour_plan_build(&s, &r, &p));
	double sum = 0;
	for (size_t k = 0; k < p.n; k++) {
		sum += p.periods[k].need_days;
		CU_ASSERT_TRUE(isnan(p.periods[k].available_days));
		CU_ASSERT_TRUE(isnan(p.periods[k].shortfall_days));
	}
	CU_ASSERT_DOUBLE_EQUAL(sum, 200, 1e-9);
	/* sowing 80 d over 20-29 Sep, wholly before the season: on 1 Oct; growth 60 d over
	 * 20 Sep - 30 Nov cut to 1 Oct - 30 Nov (61 days): 1-15 Oct takes 60 × 15 / 61;
	 * harvest 60 d over 21-30 Nov */
	CU_ASSERT_DOUBLE_EQUAL(p.periods[0].need_days, 80 + 60.0 * 15 / 61, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(p.periods[3].need_days, 60 + 60.0 * 15 / 61, 1e-9);
	labour_plan_fini(&p);
	season_result_fini(&r);
	scenario_fini(&s);
}

static void test_labour_of_the_builtin_adds_up_to_the_district(void)
{
	scenario s;
	load_builtin(&s);
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	diag_list_fini(&dl);
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	labour_plan p;
	CU_ASSERT_TRUE_FATAL(labour_plan_build(&s, &r, &p));
	/* 2020-09-01 .. 2021-04-30: eight months, sixteen half-months */
	CU_ASSERT_EQUAL(p.per_commune, 16);
	CU_ASSERT_EQUAL(p.n, 16 * s.n_communes);
	double sum = 0;
	for (size_t k = 0; k < p.n; k++)
		sum += p.periods[k].need_days;
	CU_ASSERT_DOUBLE_EQUAL(sum, r.district.g.labour_days, 1e-6 * r.district.g.labour_days);
	labour_plan_fini(&p);
	season_result_fini(&r);
	weather_series_fini(&w);
	scenario_fini(&s);
}

VUDONG_SUITE(labour)
{
	SUITE_ADD(s, "labour");
	TEST_ADD(s, test_labour_spreads_an_item_as_computed_by_hand);
	TEST_ADD(s, test_labour_keeps_days_outside_the_season);
	TEST_ADD(s, test_labour_of_the_builtin_adds_up_to_the_district);
	return 0;
}
