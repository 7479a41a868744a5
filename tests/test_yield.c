/* test_yield.c - the yield factors: FAO-33 water response (seasonal and by stage), frost kill,
 * frost damage and chilling beyond the tolerated run. */
#include "testing.h"

#include <math.h>

#include "fixtures.h"
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

static crop cold_crop(void)
{
	crop c = { 0 };
	c.has_frost = true;
	c.frost_damage_c = 0.0;
	c.frost_kill_c = -3.0;
	c.frost_loss_per_day = 0.05;
	c.has_chill = true;
	c.chill_tmean_c = 5.0;
	c.chill_tolerance_days = 3;
	c.chill_loss_per_day = 0.01;
	return c;
}

static void test_yield_frost_below_kill_loses_the_crop(void)
{
	crop c = cold_crop();
	weather_series w;
	vd_date t0 = date_from_ymd(2021, 1, 1);
	fx_weather(&w, t0, 30, 15, 8, 2, 0);
	fx_day(&w, t0 + 12)->tmin_c = -3.0;   /* at the kill threshold: lost */
	cold_result r;
	yield_cold(&c, &w, 0, 30, &r);
	CU_ASSERT_TRUE(r.killed);
	CU_ASSERT_EQUAL(r.f_cold, 0.0);
	CU_ASSERT_EQUAL(r.kill_date, t0 + 12);
	CU_ASSERT_DOUBLE_EQUAL(r.kill_tmin_c, -3.0, 1e-12);
	/* the same day outside the crop's life (sowing on day 13) does not count */
	yield_cold(&c, &w, 13, 17, &r);
	CU_ASSERT_FALSE(r.killed);
	CU_ASSERT_EQUAL(r.f_cold, 1.0);
	fx_weather_free(&w);
}

static void test_yield_frost_damage_days_multiply_losses(void)
{
	crop c = cold_crop();
	weather_series w;
	vd_date t0 = date_from_ymd(2021, 1, 1);
	fx_weather(&w, t0, 30, 15, 8, 2, 0);
	fx_day(&w, t0 + 3)->tmin_c = 0.0;    /* at damage_c: counts */
	fx_day(&w, t0 + 9)->tmin_c = -1.5;
	fx_day(&w, t0 + 20)->tmin_c = 0.5;   /* above: no damage */
	cold_result r;
	yield_cold(&c, &w, 0, 30, &r);
	CU_ASSERT_FALSE(r.killed);
	CU_ASSERT_EQUAL(r.frost_days, 2);
	CU_ASSERT_EQUAL(r.chill_days, 0);
	/* (1 - 0.05)^2 = 0.9025 */
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.9025, 1e-12);
	/* a crop without frost thresholds takes none */
	c.has_frost = false;
	yield_cold(&c, &w, 0, 30, &r);
	CU_ASSERT_EQUAL(r.f_cold, 1.0);
	fx_weather_free(&w);
}

static void test_yield_chilling_counts_days_beyond_tolerance(void)
{
	crop c = cold_crop();
	weather_series w;
	vd_date t0 = date_from_ymd(2021, 1, 1);
	fx_weather(&w, t0, 40, 15, 8, 2, 0);
	/* a run of 6 days with Tmean 4 < 5 (3 tolerated -> 3 count), a run of 2 (none count),
	 * then a run of 4 (1 counts): 4 chilling days, (1 - 0.01)^4 = 0.96059601 */
	for (int d = 5; d < 11; d++)
		fx_day(&w, t0 + d)->tmean_c = 4.0;
	for (int d = 15; d < 17; d++)
		fx_day(&w, t0 + d)->tmean_c = 4.0;
	for (int d = 25; d < 29; d++)
		fx_day(&w, t0 + d)->tmean_c = 4.9;
	fx_day(&w, t0 + 32)->tmean_c = 5.0;   /* not below the threshold */
	cold_result r;
	yield_cold(&c, &w, 0, 40, &r);
	CU_ASSERT_EQUAL(r.chill_days, 4);
	CU_ASSERT_EQUAL(r.frost_days, 0);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.96059601, 1e-12);
	/* the crop's life ending on day 8 sees only the first 3 days of the run: nothing */
	yield_cold(&c, &w, 0, 8, &r);
	CU_ASSERT_EQUAL(r.chill_days, 0);
	fx_weather_free(&w);
}

VUDONG_SUITE(yield)
{
	SUITE_ADD(s, "yield");
	TEST_ADD(s, test_yield_seasonal_ky_matches_fao33);
	TEST_ADD(s, test_yield_stage_ky_multiplies_stage_responses);
	TEST_ADD(s, test_yield_frost_below_kill_loses_the_crop);
	TEST_ADD(s, test_yield_frost_damage_days_multiply_losses);
	TEST_ADD(s, test_yield_chilling_counts_days_beyond_tolerance);
	return 0;
}
