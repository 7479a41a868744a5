/* test_phenology.c - stages, the FAO-56 eq. 66 Kc curve, the eq. 62/65 climate adjustment,
 * degree days and root depth. */
#include "testing.h"

#include <math.h>

#include "fixtures.h"
#include "phenology.h"

/* FAO-56 Table 11/12 potato: stages 25/30/40/20 days, Kc 0.50/1.15/0.75. */
static const double potato_len[4] = { 25, 30, 40, 20 };

static void test_phenology_kc_follows_eq66_on_chosen_days(void)
{
	double cum[4];
	pheno_stage_ends(potato_len, cum);
	CU_ASSERT_DOUBLE_EQUAL(cum[3], 115.0, 1e-12);
	/* initial stage: flat Kc_ini */
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_at(cum, 0.5, 1.15, 0.75, 1), 0.5, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_at(cum, 0.5, 1.15, 0.75, 25), 0.5, 1e-12);
	/* development, day 40: 0.50 + (40 - 25)/30 × (1.15 - 0.50) = 0.50 + 0.325 = 0.825 */
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_at(cum, 0.5, 1.15, 0.75, 40), 0.825, 1e-12);
	/* mid season: flat Kc_mid on days 56..95 */
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_at(cum, 0.5, 1.15, 0.75, 56), 1.15, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_at(cum, 0.5, 1.15, 0.75, 95), 1.15, 1e-12);
	/* late, day 105: 1.15 + (105 - 95)/20 × (0.75 - 1.15) = 1.15 - 0.20 = 0.95 */
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_at(cum, 0.5, 1.15, 0.75, 105), 0.95, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_at(cum, 0.5, 1.15, 0.75, 115), 0.75, 1e-12);
	CU_ASSERT_EQUAL(pheno_stage_at(cum, 25), PHENO_INI);
	CU_ASSERT_EQUAL(pheno_stage_at(cum, 26), PHENO_DEV);
	CU_ASSERT_EQUAL(pheno_stage_at(cum, 56), PHENO_MID);
	CU_ASSERT_EQUAL(pheno_stage_at(cum, 96), PHENO_LATE);
}

static void test_phenology_adjustment_is_zero_at_u2_2_rhmin_45(void)
{
	/* eq. 62: [0.04 (2 - 2) - 0.004 (45 - 45)] (h/3)^0.3 = 0 exactly, for any height */
	CU_ASSERT_EQUAL(pheno_kc_adjust(1.15, 2.0, 45.0, 0.6), 1.15);
	CU_ASSERT_EQUAL(pheno_kc_adjust(1.20, 2.0, 45.0, 2.0), 1.20);
}

static void test_phenology_adjustment_matches_hand_calculation(void)
{
	/* Kc_mid 1.15, u2 3 m/s, RHmin 30 %, h 0.6 m:
	 * 0.04 × 1 - 0.004 × (-15) = 0.10; (0.6/3)^0.3 = 0.2^0.3 = 0.617034; 1.15 + 0.0617034 */
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_adjust(1.15, 3.0, 30.0, 0.6), 1.2117034, 1e-6);
	/* clamped: u2 8 -> 6, RHmin 10 -> 20, h 15 -> 10:
	 * 0.04 × 4 + 0.004 × 25 = 0.26; (10/3)^0.3 = 1.435039; 1.05 + 0.373110 */
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_adjust(1.05, 8.0, 10.0, 15.0), 1.423110, 1e-6);
	/* dry calm: u2 0.5 -> 1, RHmin 95 -> 80, h 0.05 -> 0.1:
	 * -0.04 - 0.14 = -0.18; (0.1/3)^0.3 = 0.360466; 0.95 - 0.064884 */
	CU_ASSERT_DOUBLE_EQUAL(pheno_kc_adjust(0.95, 0.5, 95.0, 0.05), 0.885116, 1e-6);
}

static void test_phenology_gdd_clamps_to_upper_and_base(void)
{
	CU_ASSERT_DOUBLE_EQUAL(pheno_gdd(25.0, 8.0, 30.0), 17.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_gdd(35.0, 8.0, 30.0), 22.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_gdd(35.0, 8.0, NAN), 27.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_gdd(5.0, 8.0, NAN), 0.0, 1e-12);
}

static void test_phenology_root_depth_grows_to_end_of_development(void)
{
	double len[4] = { 10, 10, 10, 10 }, cum[4];
	pheno_stage_ends(len, cum);
	CU_ASSERT_DOUBLE_EQUAL(pheno_root_depth(cum, 0.2, 0.6, 0), 0.2, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_root_depth(cum, 0.2, 0.6, 10), 0.4, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_root_depth(cum, 0.2, 0.6, 20), 0.6, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_root_depth(cum, 0.2, 0.6, 35), 0.6, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pheno_root_depth(cum, 0.5, 0.5, 5), 0.5, 1e-12);
}

static void test_phenology_calendar_in_days_matures_on_last_stage_day(void)
{
	scenario s;
	scenario_init(&s);
	int ci = fx_add_crop(&s, "c", 10);
	weather_series w;
	fx_weather(&w, date_from_ymd(2020, 10, 1), 60, 25, 15, 3, 0);
	pheno_calendar pc;
	pheno_calendar_init(&pc);
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, &s.crops[ci], &w, 5));
	CU_ASSERT_TRUE(pc.mature);
	CU_ASSERT_EQUAL(pc.n, 40);
	CU_ASSERT_EQUAL(pc.stage_start[0], 0);
	CU_ASSERT_EQUAL(pc.stage_start[1], 10);
	CU_ASSERT_EQUAL(pc.stage_start[2], 20);
	CU_ASSERT_EQUAL(pc.stage_start[3], 30);
	CU_ASSERT_EQUAL(pc.stage_start[4], 40);
	/* u2 2, RHmin 45 everywhere: no adjustment */
	CU_ASSERT_EQUAL(pc.kc_mid, 1.15);
	CU_ASSERT_EQUAL(pc.kc_end, 0.75);
	/* das 15 (index 14): 0.5 + (15 - 10)/10 × 0.65 = 0.825; roots 0.3 + 0.75 × 0.3 = 0.525 */
	CU_ASSERT_DOUBLE_EQUAL(pc.kc[14], 0.825, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pc.zr_m[14], 0.525, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pc.kc[39], 0.75, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(pc.zr_m[39], 0.6, 1e-12);
	/* Tmean 20 over base 0: 20 degree days a day */
	CU_ASSERT_DOUBLE_EQUAL(pc.gdd[39], 800.0, 1e-9);
	pheno_calendar_fini(&pc);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_phenology_calendar_in_gdd_uses_base_and_upper(void)
{
	scenario s;
	scenario_init(&s);
	int ci = fx_add_crop(&s, "c", 100);
	crop *c = &s.crops[ci];
	c->stages_unit = STAGES_IN_GDD;
	c->tbase_c = 8.0;
	weather_series w;
	/* Tmean 18: 10 degree days a day -> 100 °C·d stages of 10 days, maturity on day 40 */
	fx_weather(&w, date_from_ymd(2020, 10, 1), 100, 23, 13, 3, 0);
	pheno_calendar pc;
	pheno_calendar_init(&pc);
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, c, &w, 0));
	CU_ASSERT_TRUE(pc.mature);
	CU_ASSERT_EQUAL(pc.n, 40);
	CU_ASSERT_EQUAL(pc.stage_start[2], 20);
	/* Tupper 15: 7 degree days a day; 400 / 7 = 57.1 -> matures on day 58 */
	c->tupper_c = 15.0;
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, c, &w, 0));
	CU_ASSERT_TRUE(pc.mature);
	CU_ASSERT_EQUAL(pc.n, 58);
	/* development starts on the first day past 100 °C·d: day 15 (105 °C·d), index 14 */
	CU_ASSERT_EQUAL(pc.stage_start[1], 14);
	pheno_calendar_fini(&pc);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_phenology_calendar_stops_immature_when_weather_ends(void)
{
	scenario s;
	scenario_init(&s);
	int ci = fx_add_crop(&s, "c", 10);
	weather_series w;
	fx_weather(&w, date_from_ymd(2020, 10, 1), 30, 25, 15, 3, 0);
	pheno_calendar pc;
	pheno_calendar_init(&pc);
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, &s.crops[ci], &w, 5));
	CU_ASSERT_FALSE(pc.mature);
	CU_ASSERT_EQUAL(pc.n, 25);
	CU_ASSERT_EQUAL(pc.stage_start[3], 25);   /* late stage never reached */
	CU_ASSERT_EQUAL(pc.kc_end, 0.75);        /* nothing to adjust it with */
	pheno_calendar_fini(&pc);
	fx_weather_free(&w);
	scenario_fini(&s);
}

static void test_phenology_calendar_adjusts_kc_with_stage_means(void)
{
	scenario s;
	scenario_init(&s);
	int ci = fx_add_crop(&s, "c", 10);
	weather_series w;
	fx_weather(&w, date_from_ymd(2020, 10, 1), 40, 25, 15, 3, 0);
	/* mid stage (days 21..30): u2 alternating 2.5 and 3.5 (mean 3), RHmin 30 */
	for (int d = 20; d < 30; d++) {
		w.days[d].u2_m_s = d % 2 ? 3.5 : 2.5;
		w.days[d].rhmin_pct = 30.0;
	}
	/* late stage (days 31..40): u2 1, RHmin 70 */
	for (int d = 30; d < 40; d++) {
		w.days[d].u2_m_s = 1.0;
		w.days[d].rhmin_pct = 70.0;
	}
	pheno_calendar pc;
	pheno_calendar_init(&pc);
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, &s.crops[ci], &w, 0));
	/* mid: as in the hand calculation above, 1.2117034 */
	CU_ASSERT_DOUBLE_EQUAL(pc.kc_mid, 1.2117034, 1e-6);
	/* end: 0.75 + (0.04 × -1 - 0.004 × 25) × 0.617034 = 0.75 - 0.14 × 0.617034 = 0.6636152 */
	CU_ASSERT_DOUBLE_EQUAL(pc.kc_end, 0.6636152, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(pc.kc[25], pc.kc_mid, 1e-12);
	/* Kc_end below 0.45 is not adjusted (eq. 65 applies only from 0.45) */
	s.crops[ci].kc_end = 0.35;
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, &s.crops[ci], &w, 0));
	CU_ASSERT_EQUAL(pc.kc_end, 0.35);
	pheno_calendar_fini(&pc);
	fx_weather_free(&w);
	scenario_fini(&s);
}

VUDONG_SUITE(phenology)
{
	SUITE_ADD(s, "phenology");
	TEST_ADD(s, test_phenology_kc_follows_eq66_on_chosen_days);
	TEST_ADD(s, test_phenology_adjustment_is_zero_at_u2_2_rhmin_45);
	TEST_ADD(s, test_phenology_adjustment_matches_hand_calculation);
	TEST_ADD(s, test_phenology_gdd_clamps_to_upper_and_base);
	TEST_ADD(s, test_phenology_root_depth_grows_to_end_of_development);
	TEST_ADD(s, test_phenology_calendar_in_days_matures_on_last_stage_day);
	TEST_ADD(s, test_phenology_calendar_in_gdd_uses_base_and_upper);
	TEST_ADD(s, test_phenology_calendar_stops_immature_when_weather_ends);
	TEST_ADD(s, test_phenology_calendar_adjusts_kc_with_stage_means);
	return 0;
}
