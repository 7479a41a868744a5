/* test_yield.c - the water factor: FAO-33 yield response, seasonal and by stage (the cold
 * factor is test_cold_damage.c's). */
#include "testing.h"

#include <math.h>

#include "yield.h"

static void test_yield_seasonal_ky_matches_fao33(void)
{
	/* 1 - 1.25 (1 - 0.9) = 0.875; 1 - 1.25 (1 - 0.5) = 0.375 (docs/reference.md §4) */
	CU_ASSERT_DOUBLE_EQUAL(yield_f_water_season(1.25, 90.0, 100.0), 0.875, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(yield_f_water_season(1.25, 50.0, 100.0), 0.375, 1e-12);
	/* 1 - 2.5 × 0.5 < 0: clamped at 0; no demand: no loss */
	CU_ASSERT_EQUAL(yield_f_water_season(2.5, 40.0, 100.0), 0.0);
	CU_ASSERT_EQUAL(yield_f_water_season(1.25, 0.0, 0.0), 1.0);
}

static void test_yield_stage_ky_multiplies_stage_responses(void)
{
	/* maize, Ky 0.40/1.50/0.50/0.20, ETa/ETc 0.9 in each stage:
	 * 0.96 × 0.85 × 0.95 × 0.98 = 0.759696 (docs/reference.md §4: 0.7597) */
	double ky[4] = { 0.40, 1.50, 0.50, 0.20 };
	double eta[4] = { 18, 90, 135, 45 }, etc[4] = { 20, 100, 150, 50 };
	CU_ASSERT_DOUBLE_EQUAL(yield_f_water_stages(ky, eta, etc), 0.7597, 5e-5);
	crop c = { .has_ky_stages = true, .ky_stages = { 0.40, 1.50, 0.50, 0.20 } };
	CU_ASSERT_DOUBLE_EQUAL(yield_f_water_crop(&c, eta, etc), 0.759696, 1e-9);
	/* the seasonal form over the same sums: 1 - 1.25 × 0.1 */
	c.has_ky_stages = false;
	c.ky = 1.25;
	CU_ASSERT_DOUBLE_EQUAL(yield_f_water_crop(&c, eta, etc), 0.875, 1e-12);
}

VUDONG_SUITE(yield)
{
	SUITE_ADD(s, "yield");
	TEST_ADD(s, test_yield_seasonal_ky_matches_fao33);
	TEST_ADD(s, test_yield_stage_ky_multiplies_stage_responses);
	return 0;
}
