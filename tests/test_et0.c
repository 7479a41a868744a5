/* test_et0.c - FAO-56 Penman-Monteith and its terms against FAO-56's worked examples
 * (Allen et al. 1998, chapter 3; docs/reference.md §4). Each tolerance is half a unit in the
 * last digit FAO prints, widened where FAO computes from intermediates it has already rounded
 * (said at the assert). Missing-data rules (DESIGN §3.1) with hand calculations. */
#include "testing.h"

#include <math.h>

#include "date.h"
#include "et0.h"

#define PI 3.14159265358979323846
#define NEAR(actual, expected, tol) CU_ASSERT_DOUBLE_EQUAL((actual), (expected), (tol))

static void test_et0_example_2_pressure_and_psychrometric_constant(void)
{
	/* FAO-56 Example 2: z = 1800 m -> P = 81.8 kPa, γ = 0.054 kPa/°C. */
	double p = et0_atmospheric_pressure(1800.0);
	NEAR(p, 81.8, 0.05);
	NEAR(et0_psychrometric_constant(p), 0.054, 0.0005);
	/* Sea level: eq. 7 gives the standard 101.3 kPa exactly. */
	NEAR(et0_atmospheric_pressure(0.0), 101.3, 1e-12);
}

static void test_et0_saturation_vapour_pressure_matches_fao_table(void)
{
	/* FAO-56 Annex 2, Table 2.3 (e°(T), kPa), printed to 3 decimals. */
	NEAR(et0_sat_vapour_pressure(1.0), 0.657, 0.0005);
	NEAR(et0_sat_vapour_pressure(10.0), 1.228, 0.0005);
	NEAR(et0_sat_vapour_pressure(20.0), 2.338, 0.0005);
	NEAR(et0_sat_vapour_pressure(30.0), 4.243, 0.0005);
	/* docs/reference.md lists 7.384 at 40 °C; eq. 11 itself gives 0.6108 exp(17.27·40/277.3)
	 * = 7.3756 (hand calculation), so the table entry is matched to 0.01 only. */
	NEAR(et0_sat_vapour_pressure(40.0), 7.384, 0.01);
	NEAR(et0_sat_vapour_pressure(40.0), 7.3756, 0.0001);
}

static void test_et0_example_3_mean_saturation_vapour_pressure(void)
{
	/* FAO-56 Example 3: Tmax 24.5, Tmin 15 -> e°(Tmax) 3.075, e°(Tmin) 1.705, es 2.39. */
	NEAR(et0_sat_vapour_pressure(24.5), 3.075, 0.0005);
	NEAR(et0_sat_vapour_pressure(15.0), 1.705, 0.0005);
	NEAR(et0_mean_sat_vapour_pressure(24.5, 15.0), 2.39, 0.005);
}

static void test_et0_example_5_actual_vapour_pressure_from_humidity(void)
{
	/* FAO-56 Example 5: Tmax 25, Tmin 18, RHmax 82, RHmin 54. */
	NEAR(et0_ea_from_rhmax_rhmin(25.0, 18.0, 82.0, 54.0), 1.70, 0.005);   /* eq. 17 */
	NEAR(et0_ea_from_rhmax(18.0, 82.0), 1.69, 0.005);                     /* eq. 18 */
	NEAR(et0_ea_from_rhmean(25.0, 18.0, 68.0), 1.78, 0.005);              /* eq. 19 */
	/* eq. 14 is e°(Tdew); FAO Example 4 style: Tdew 17.0 -> 1.938 kPa (e° table). */
	NEAR(et0_ea_from_tdew(17.0), 1.938, 0.0005);
}

static void test_et0_slope_of_saturation_vapour_pressure(void)
{
	/* FAO-56 Annex 2 Table 2.4: Δ at 20 °C = 0.145, at 30.2 °C (Example 17) = 0.246. */
	NEAR(et0_sat_vapour_pressure_slope(20.0), 0.145, 0.0005);
	NEAR(et0_sat_vapour_pressure_slope(30.2), 0.246, 0.0005);
}

static void test_et0_example_8_extraterrestrial_radiation(void)
{
	/* FAO-56 Example 8: 20° S on 3 September (J = 246). */
	int j = date_doy(date_from_ymd(2015, 9, 3));
	CU_ASSERT_EQUAL(j, 246);
	double lat = -20.0 * PI / 180.0;
	double dr = et0_inverse_relative_distance(j);
	double decl = et0_solar_declination(j);
	double ws = et0_sunset_hour_angle(lat, decl);
	NEAR(dr, 0.985, 0.0005);
	NEAR(decl, 0.120, 0.0005);
	NEAR(ws, 1.527, 0.0005);
	NEAR(et0_extraterrestrial_radiation(lat, dr, decl, ws), 32.2, 0.05);
	/* FAO-56 Example 9: the same day and place, N = 11.7 h. */
	NEAR(et0_daylight_hours(ws), 11.7, 0.05);
}

static void test_et0_example_10_solar_radiation_from_sunshine(void)
{
	/* FAO-56 Example 10: n 7.1 h, N 10.9 h, Ra 25.1 -> Rs 14.5. Exactly,
	 * (0.25 + 0.5·7.1/10.9)·25.1 = 14.4498; FAO rounds via 14.45, hence 0.06. */
	NEAR(et0_rs_from_sunshine(7.1, 10.9, 25.1), 14.5, 0.06);
	NEAR(et0_rs_from_sunshine(7.1, 10.9, 25.1), 14.4498, 0.0001);
	/* Sunshine longer than the day counts as the whole day: (0.25 + 0.5)·Ra. */
	NEAR(et0_rs_from_sunshine(12.0, 10.9, 25.1), 0.75 * 25.1, 1e-12);
}

static void test_et0_example_11_net_longwave_radiation(void)
{
	/* FAO-56 Example 11: Tmax 25.1, Tmin 19.1, ea 2.1, Rs 14.5, Rso 18.8 -> Rnl 3.5. */
	NEAR(et0_net_longwave(25.1, 19.1, 2.1, 14.5, 18.8), 3.5, 0.05);
	/* Rs/Rso is held at 1: a measured Rs above Rso gives the clear-sky Rnl. */
	NEAR(et0_net_longwave(25.1, 19.1, 2.1, 25.0, 18.8),
	     et0_net_longwave(25.1, 19.1, 2.1, 18.8, 18.8), 1e-12);
}

static void test_et0_example_14_wind_at_two_metres(void)
{
	/* FAO-56 Example 14: 3.2 m/s at 10 m -> u2 2.4 m/s. */
	NEAR(et0_wind_to_2m(3.2, 10.0), 2.4, 0.05);
	/* At 2 m the wind passes through unchanged. */
	CU_ASSERT_EQUAL(et0_wind_height_factor(2.0), 1.0);
}

static void test_et0_example_15_solar_radiation_from_temperature(void)
{
	/* FAO-56 Example 15: Ra 40.6, Tmax - Tmin 11.8, kRs 0.16 -> Rs 22.3. */
	NEAR(et0_rs_from_temperature(31.8, 20.0, 40.6, 0.16), 22.3, 0.05);
}

static void test_et0_clear_sky_and_net_shortwave(void)
{
	/* eq. 37 and 38 by hand: z 100 m, Ra 30 -> Rso (0.75 + 0.002)·30 = 22.56;
	 * Rs 20 -> Rns 0.77·20 = 15.4. */
	NEAR(et0_clear_sky_radiation(100.0, 30.0), 22.56, 1e-9);
	NEAR(et0_net_shortwave(20.0), 15.4, 1e-9);
	NEAR(et0_net_radiation(15.4, 3.0), 12.4, 1e-9);
}

/* FAO-56 Example 17: Bangkok, April, monthly data. */
static void bangkok_april(et0_site *site, et0_input *in)
{
	et0_site_init(site, 13.0 + 44.0 / 60.0, 2.0, 2.0, 0.16);
	et0_input_clear(in);
	in->tmax_c = 34.8;
	in->tmin_c = 25.6;
	in->ea_kpa = 2.85;
	in->wind_m_s = 2.0;
	in->sunshine_h = 8.5;
}

static void test_et0_example_17_bangkok_components(void)
{
	et0_site site;
	et0_input in;
	et0_terms t;
	bangkok_april(&site, &in);
	et0_compute_day(&site, 105, &in, &t);   /* 15 April, J = 105 */
	/* FAO prints two decimals; it derives Rso, Rns, Rnl and Rn from values it has already
	 * rounded, hence 0.01 there. */
	NEAR(t.ra, 38.06, 0.005);
	NEAR(t.daylight_h, 12.31, 0.005);
	NEAR(t.rs, 22.65, 0.005);
	NEAR(t.rso, 28.54, 0.01);
	NEAR(t.rns, 17.44, 0.01);
	NEAR(t.rnl, 3.11, 0.01);
	NEAR(t.rn, 14.33, 0.01);
	NEAR(t.es_kpa, 4.42, 0.005);
	NEAR(t.delta_kpa_c, 0.246, 0.0005);
	/* FAO takes P = 101.3 (rounded) at 2 m; eq. 7 gives 101.28, so γ 0.06735. */
	NEAR(site.gamma_kpa_c, 0.0674, 0.0001);
	CU_ASSERT_EQUAL(t.ea_source, ET0_EA_GIVEN);
	CU_ASSERT_EQUAL(t.rs_source, ET0_RS_SUNSHINE);
}

static void test_et0_example_17_bangkok_et0_with_monthly_soil_heat(void)
{
	et0_site site;
	et0_input in;
	et0_terms t;
	bangkok_april(&site, &in);
	et0_compute_day(&site, 105, &in, &t);
	/* With FAO's monthly G = 0.14·(30.2 - 29.2) = 0.14 MJ m-2 d-1, eq. 6 gives 5.72 mm/d. */
	double g = 0.14 * (0.5 * (34.8 + 25.6) - 29.2);
	NEAR(g, 0.14, 1e-9);
	double et0_monthly = et0_penman_monteith(t.delta_kpa_c, t.rn, g, site.gamma_kpa_c,
						 t.tmean_c, t.u2_m_s, t.es_kpa, t.ea_kpa);
	NEAR(et0_monthly, 5.72, 0.01);
	/* The daily form takes G = 0, which adds 0.408 Δ G / (Δ + γ(1 + 0.34 u2)) back. */
	double gain = 0.408 * t.delta_kpa_c * g /
		      (t.delta_kpa_c + site.gamma_kpa_c * (1.0 + 0.34 * t.u2_m_s));
	NEAR(t.et0_mm, et0_monthly + gain, 1e-9);
}

static void test_et0_humidity_preference_order(void)
{
	/* DESIGN §3.1: ea given, Tdew, RHmax+RHmin, RHmax, RHmean, then e°(Tmin). */
	et0_input in;
	et0_ea_source src;
	et0_input_clear(&in);
	in.tmax_c = 25.0;
	in.tmin_c = 18.0;
	in.ea_kpa = 1.5;
	in.tdew_c = 17.0;
	in.rhmax_pct = 82.0;
	in.rhmin_pct = 54.0;
	in.rh_pct = 68.0;

	NEAR(et0_choose_ea(&in, &src), 1.5, 1e-12);
	CU_ASSERT_EQUAL(src, ET0_EA_GIVEN);
	in.ea_kpa = NAN;
	NEAR(et0_choose_ea(&in, &src), et0_sat_vapour_pressure(17.0), 1e-12);
	CU_ASSERT_EQUAL(src, ET0_EA_TDEW);
	in.tdew_c = NAN;
	NEAR(et0_choose_ea(&in, &src), 1.70, 0.005);
	CU_ASSERT_EQUAL(src, ET0_EA_RHMAX_RHMIN);
	in.rhmin_pct = NAN;
	NEAR(et0_choose_ea(&in, &src), 1.69, 0.005);
	CU_ASSERT_EQUAL(src, ET0_EA_RHMAX);
	in.rhmax_pct = NAN;
	in.rhmin_pct = 54.0;    /* RHmin alone has no FAO equation: RHmean is used */
	NEAR(et0_choose_ea(&in, &src), 1.78, 0.005);
	CU_ASSERT_EQUAL(src, ET0_EA_RHMEAN);
	in.rh_pct = NAN;
	NEAR(et0_choose_ea(&in, &src), et0_sat_vapour_pressure(18.0), 1e-12);
	CU_ASSERT_EQUAL(src, ET0_EA_TMIN);
}

static void test_et0_radiation_preference_and_cap_at_clear_sky(void)
{
	et0_site site;
	et0_input in;
	et0_terms t;
	bangkok_april(&site, &in);
	in.srad_mj_m2 = 20.0;
	et0_compute_day(&site, 105, &in, &t);
	CU_ASSERT_EQUAL(t.rs_source, ET0_RS_GIVEN);
	NEAR(t.rs, 20.0, 1e-12);

	in.srad_mj_m2 = 35.0;   /* above Rso 28.54: capped */
	et0_compute_day(&site, 105, &in, &t);
	NEAR(t.rs, t.rso, 1e-12);

	in.srad_mj_m2 = NAN;
	in.sunshine_h = NAN;    /* eq. 50: 0.16·sqrt(9.2)·38.06 = 18.47 */
	et0_compute_day(&site, 105, &in, &t);
	CU_ASSERT_EQUAL(t.rs_source, ET0_RS_TEMPERATURE);
	NEAR(t.rs, 0.16 * sqrt(34.8 - 25.6) * t.ra, 1e-12);
	NEAR(t.rs, 18.47, 0.01);

	in.tmin_c = 5.0;        /* a 29.8 °C range would give 0.16·5.46·38.06 = 33.2 > Rso */
	et0_compute_day(&site, 105, &in, &t);
	NEAR(t.rs, t.rso, 1e-12);
}

static void test_et0_missing_wind_is_two_metres_per_second(void)
{
	et0_site site;
	et0_input in;
	et0_terms t;
	bangkok_april(&site, &in);
	in.wind_m_s = NAN;
	et0_compute_day(&site, 105, &in, &t);
	NEAR(t.u2_m_s, 2.0, 1e-12);

	/* Anemometer at 10 m: u2 = uz·4.87/ln(67.8·10 - 5.42) (FAO-56 Example 14). */
	et0_site_init(&site, 13.0 + 44.0 / 60.0, 2.0, 10.0, 0.16);
	in.wind_m_s = 3.2;
	et0_compute_day(&site, 105, &in, &t);
	NEAR(t.u2_m_s, 3.2 * 4.87 / log(672.58), 1e-12);
}

static void test_et0_rhmin_for_kc_is_measured_or_estimated(void)
{
	/* eq. 63 by hand: ea = e°(15) = 1.705, e°(25) = 3.168 -> RHmin = 53.8 %. */
	NEAR(et0_rhmin_estimate(et0_sat_vapour_pressure(15.0), 25.0), 53.8, 0.05);
	NEAR(et0_rhmin_estimate(5.0, 25.0), 100.0, 1e-12);   /* never above saturation */

	et0_site site;
	et0_input in;
	et0_terms t;
	bangkok_april(&site, &in);
	et0_compute_day(&site, 105, &in, &t);
	NEAR(t.rhmin_pct, 100.0 * 2.85 / et0_sat_vapour_pressure(34.8), 1e-9);
	in.rhmin_pct = 48.0;
	et0_compute_day(&site, 105, &in, &t);
	NEAR(t.rhmin_pct, 48.0, 1e-12);
}

static void test_et0_daily_value_is_never_negative(void)
{
	/* A near-freezing overcast day with air wetter than saturation: eq. 6 goes negative,
	 * the daily ET0 floors at 0. */
	et0_site site;
	et0_input in;
	et0_terms t;
	et0_site_init(&site, 21.53, 320.0, 2.0, 0.16);
	et0_input_clear(&in);
	in.tmax_c = 1.0;
	in.tmin_c = -1.0;
	in.ea_kpa = 1.5;
	in.srad_mj_m2 = 0.5;
	in.wind_m_s = 3.0;
	et0_compute_day(&site, 15, &in, &t);
	CU_ASSERT_TRUE(et0_penman_monteith(t.delta_kpa_c, t.rn, 0.0, site.gamma_kpa_c, t.tmean_c,
					   t.u2_m_s, t.es_kpa, t.ea_kpa) < 0.0);
	CU_ASSERT_EQUAL(t.et0_mm, 0.0);
}

static void test_et0_sunset_angle_survives_polar_latitudes(void)
{
	/* Beyond the polar circle eq. 25's argument leaves [-1, 1]; ωs is then 0 or π. */
	double decl = et0_solar_declination(172);   /* June solstice, δ ≈ +0.409 */
	NEAR(et0_sunset_hour_angle(80.0 * PI / 180.0, decl), PI, 1e-12);
	NEAR(et0_sunset_hour_angle(-80.0 * PI / 180.0, decl), 0.0, 1e-12);
}

VUDONG_SUITE(et0)
{
	SUITE_ADD(s, "et0");
	TEST_ADD(s, test_et0_example_2_pressure_and_psychrometric_constant);
	TEST_ADD(s, test_et0_saturation_vapour_pressure_matches_fao_table);
	TEST_ADD(s, test_et0_example_3_mean_saturation_vapour_pressure);
	TEST_ADD(s, test_et0_example_5_actual_vapour_pressure_from_humidity);
	TEST_ADD(s, test_et0_slope_of_saturation_vapour_pressure);
	TEST_ADD(s, test_et0_example_8_extraterrestrial_radiation);
	TEST_ADD(s, test_et0_example_10_solar_radiation_from_sunshine);
	TEST_ADD(s, test_et0_example_11_net_longwave_radiation);
	TEST_ADD(s, test_et0_example_14_wind_at_two_metres);
	TEST_ADD(s, test_et0_example_15_solar_radiation_from_temperature);
	TEST_ADD(s, test_et0_clear_sky_and_net_shortwave);
	TEST_ADD(s, test_et0_example_17_bangkok_components);
	TEST_ADD(s, test_et0_example_17_bangkok_et0_with_monthly_soil_heat);
	TEST_ADD(s, test_et0_humidity_preference_order);
	TEST_ADD(s, test_et0_radiation_preference_and_cap_at_clear_sky);
	TEST_ADD(s, test_et0_missing_wind_is_two_metres_per_second);
	TEST_ADD(s, test_et0_rhmin_for_kc_is_measured_or_estimated);
	TEST_ADD(s, test_et0_daily_value_is_never_negative);
	TEST_ADD(s, test_et0_sunset_angle_survives_polar_latitudes);
	return 0;
}
