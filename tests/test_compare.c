/* test_compare.c - two season results side by side (sim/study/compare.h): the difference and the
 * change in % by hand, a scenario against itself, and communes and crops matched by id when
 * one side lacks them. */
#include "testing.h"

#include <math.h>
#include <string.h>

#include "compare.h"
#include "scenario_load.h"
#include "season.h"
#include "weather.h"

static void load_and_run(scenario *s, season_result *r)
{
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(s, &dl));
	weather_series w;
	CU_ASSERT_TRUE_FATAL(weather_build(s, 0, &w, &dl));
	season_result_init(r);
	CU_ASSERT_TRUE_FATAL(season_run(s, &w, r, NULL, NULL));
	weather_series_fini(&w);
	diag_list_fini(&dl);
}

static void rerun(const scenario *s, season_result *r)
{
	diag_list dl;
	diag_list_init(&dl);
	weather_series w;
	CU_ASSERT_TRUE_FATAL(weather_build(s, 0, &w, &dl));
	CU_ASSERT_TRUE_FATAL(season_run(s, &w, r, NULL, NULL));
	weather_series_fini(&w);
	diag_list_fini(&dl);
}

static void test_compare_difference_and_change_by_hand(void)
{
	/* 200 -> 150: diff −50, change −50 / 200 × 100 = −25 %; from 0 no change in %; a rate
	 * (13.58 % -> 13.41 %) has only its difference, −0.17 pp; a missing side has neither */
	compare_figure f = { "output_t", "Output", "tonnes", 200.0, 150.0, 3, false };
	CU_ASSERT_DOUBLE_EQUAL(compare_diff(&f), -50.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(compare_change_pct(&f), -25.0, 1e-12);
	f.a = 0.0;
	CU_ASSERT_TRUE(isnan(compare_change_pct(&f)));
	compare_figure g = { "district_growth_pct", "District growth", "%", 13.58, 13.41, 4, true };
	CU_ASSERT_DOUBLE_EQUAL(compare_diff(&g), -0.17, 1e-12);
	CU_ASSERT_TRUE(isnan(compare_change_pct(&g)));
	g.b = NAN;
	CU_ASSERT_TRUE(isnan(compare_diff(&g)));
}

static void test_compare_a_scenario_with_itself_differs_nowhere(void)
{
	scenario s;
	season_result r;
	load_and_run(&s, &r);
	compare_result c;
	compare_result_init(&c);
	CU_ASSERT_TRUE_FATAL(compare_build(&s, &r, &s, &r, &c));
	CU_ASSERT_EQUAL(c.n_communes, s.n_communes);
	CU_ASSERT_EQUAL(c.n_crops, 8);
	for (int i = 0; i < COMPARE_DISTRICT_FIGURES; i++)
		CU_ASSERT_DOUBLE_EQUAL(compare_diff(&c.district[i]), 0.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(c.district[1].a, r.district.g.output_t, 0);
	for (size_t i = 0; i < c.n_communes; i++) {
		CU_ASSERT_TRUE(c.communes[i].in_a && c.communes[i].in_b);
		CU_ASSERT_DOUBLE_EQUAL(compare_diff(&c.communes[i].value), 0.0, 0);
		CU_ASSERT_DOUBLE_EQUAL(compare_change_pct(&c.communes[i].output), 0.0, 0);
	}
	compare_result_fini(&c);
	season_result_fini(&r);
	scenario_fini(&s);
}

static void test_compare_matches_communes_and_crops_by_id(void)
{
	/* B: the first commune renamed (so A's commune is missing in B and B's is new), and
	 * every maize item turned into potato (maize: 0 ha in B, a crop B still knows). */
	scenario a, b;
	season_result ra, rb;
	load_and_run(&a, &ra);
	CU_ASSERT_TRUE_FATAL(scenario_copy(&b, &a));
	strcpy(b.communes[0].id, "renamed");
	int maize = scenario_find_crop(&b, "maize"), potato = scenario_find_crop(&b, "potato");
	CU_ASSERT_FATAL(maize >= 0 && potato >= 0);
	for (size_t i = 0; i < b.n_communes; i++)
		for (size_t j = 0; j < b.communes[i].n_plan; j++)
			if (b.communes[i].plan[j].crop == maize)
				b.communes[i].plan[j].crop = potato;
	season_result_init(&rb);
	rerun(&b, &rb);
	compare_result c;
	compare_result_init(&c);
	CU_ASSERT_TRUE_FATAL(compare_build(&a, &ra, &b, &rb, &c));
	CU_ASSERT_EQUAL_FATAL(c.n_communes, a.n_communes + 1);
	CU_ASSERT_STRING_EQUAL(c.communes[0].id, a.communes[0].id);
	CU_ASSERT_TRUE(c.communes[0].in_a && !c.communes[0].in_b);
	CU_ASSERT_TRUE(isnan(c.communes[0].output.b));
	const compare_row *last = &c.communes[c.n_communes - 1];
	CU_ASSERT_STRING_EQUAL(last->id, "renamed");
	CU_ASSERT_TRUE(!last->in_a && last->in_b);
	CU_ASSERT_TRUE(isnan(compare_diff(&last->value)));
	const compare_row *m = NULL;
	for (size_t i = 0; i < c.n_crops; i++)
		if (strcmp(c.crops[i].id, "maize") == 0)
			m = &c.crops[i];
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_DOUBLE_EQUAL(m->area.b, 0.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(m->area.a, ra.crops[maize].area_ha, 0);
	CU_ASSERT_DOUBLE_EQUAL(compare_change_pct(&m->area), -100.0, 1e-12);
	/* the district area is the same: the maize land went to potato */
	CU_ASSERT_DOUBLE_EQUAL(compare_diff(&c.district[0]), 0.0, 1e-9);
	compare_result_fini(&c);
	season_result_fini(&ra);
	season_result_fini(&rb);
	scenario_fini(&a);
	scenario_fini(&b);
}

VUDONG_SUITE(compare)
{
	SUITE_ADD(s, "compare");
	TEST_ADD(s, test_compare_difference_and_change_by_hand);
	TEST_ADD(s, test_compare_a_scenario_with_itself_differs_nowhere);
	TEST_ADD(s, test_compare_matches_communes_and_crops_by_id);
	return 0;
}
