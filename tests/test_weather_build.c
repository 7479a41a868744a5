/* test_weather_build.c - the season's daily weather: coverage of the season, observed and
 * generated sources, each weather shock, and ET0 on every day. Scenarios are built in code
 * (scenario_init + fields), independent of the YAML loader. */
#include "testing.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "et0.h"
#include "fixtures.h"
#include "scenario.h"
#include "shocks.h"
#include "weather.h"

/* A generated season at Bình Liêu: Sep 2020 - Apr 2021 (docs/reference.md §1 normals). */
static void generated_scenario(scenario *s)
{
	scenario_init(s);
	s->site.latitude_deg = 21.53;
	s->site.longitude_deg = 107.40;
	s->site.elevation_m = 320.0;
	s->season_start = date_from_ymd(2020, 9, 1);
	s->season_end = date_from_ymd(2021, 4, 30);
	s->weather.source = WEATHER_NORMALS;
	fx_binh_lieu_normals(s->weather.normals);
}

static void obs_clear(weather_obs *o, vd_date t)
{
	memset(o, 0, sizeof *o);
	o->date = t;
	o->rain_mm = o->rhmax_pct = o->rhmin_pct = o->rh_pct = NAN;
	o->tdew_c = o->ea_kpa = o->wind_m_s = o->sunshine_h = o->srad_mj_m2 = NAN;
	o->mark.file = -1;
}

/* An observed 30-day season (2020-11-01..30) with Tdew given and rain every third day. */
static bool observed_scenario(scenario *s)
{
	scenario_init(s);
	s->site.latitude_deg = 21.53;
	s->site.elevation_m = 320.0;
	s->season_start = date_from_ymd(2020, 11, 1);
	s->season_end = date_from_ymd(2020, 11, 30);
	s->weather.source = WEATHER_DAILY;
	s->weather.n_daily = 30;
	s->weather.daily = calloc(30, sizeof *s->weather.daily);
	if (!s->weather.daily)
		return false;
	for (int i = 0; i < 30; i++) {
		weather_obs *o = &s->weather.daily[i];
		obs_clear(o, s->season_start + i);
		o->tmax_c = 24.0 + (i % 5);
		o->tmin_c = 15.0 + (i % 3);
		o->tdew_c = 14.0;
		o->rain_mm = i % 3 == 0 ? 6.0 : 0.0;
		o->wind_m_s = 1.3;
		o->sunshine_h = 5.0;
		o->mark.line = 10 + i;
		o->mark.col = 7;
	}
	return true;
}

static bool add_shock(scenario *s, shock sh)
{
	shock *p = realloc(s->shocks, (s->n_shocks + 1) * sizeof *p);
	if (!p)
		return false;
	s->shocks = p;
	sh.enabled = true;
	sh.mark.file = -1;
	s->shocks[s->n_shocks++] = sh;
	return true;
}

/* Field by field (memcmp would also compare the struct's padding). */
static bool days_equal(const weather_series *a, const weather_series *b)
{
	if (a->n != b->n || a->first != b->first)
		return false;
	for (size_t i = 0; i < a->n; i++) {
		const weather_day *x = &a->days[i], *y = &b->days[i];
		if (x->date != y->date || x->tmax_c != y->tmax_c || x->tmin_c != y->tmin_c ||
		    x->tmean_c != y->tmean_c || x->rain_mm != y->rain_mm || x->ea_kpa != y->ea_kpa ||
		    x->rhmin_pct != y->rhmin_pct || x->u2_m_s != y->u2_m_s ||
		    x->ra_mj_m2 != y->ra_mj_m2 || x->rs_mj_m2 != y->rs_mj_m2 ||
		    x->rso_mj_m2 != y->rso_mj_m2 || x->rn_mj_m2 != y->rn_mj_m2 ||
		    x->et0_mm != y->et0_mm || x->cold_shocked != y->cold_shocked)
			return false;
	}
	return true;
}

static bool build(const scenario *s, weather_series *w)
{
	diag_list dl;
	diag_list_init(&dl);
	bool ok = weather_build(s, 0, w, &dl);
	CU_ASSERT_EQUAL(dl.errors, 0);
	diag_list_fini(&dl);
	return ok;
}

static void test_weather_build_generated_series_covers_the_season(void)
{
	scenario s;
	weather_series w;
	generated_scenario(&s);
	CU_ASSERT_FATAL(build(&s, &w));
	CU_ASSERT_EQUAL(w.first, s.season_start);
	CU_ASSERT_EQUAL(w.n, (size_t)(s.season_end - s.season_start) + 1);   /* 242 days */
	CU_ASSERT_EQUAL(w.n, 242);
	CU_ASSERT_EQUAL(w.source, WEATHER_NORMALS);
	CU_ASSERT_EQUAL(w.seed, 2020);
	CU_ASSERT_EQUAL(weather_index(&w, s.season_end), 241);
	CU_ASSERT_EQUAL(weather_index(&w, s.season_end + 1), -1);
	for (size_t i = 0; i < w.n; i++) {
		const weather_day *d = &w.days[i];
		CU_ASSERT_EQUAL(d->date, s.season_start + (vd_date)i);
		CU_ASSERT(d->tmin_c < d->tmax_c);
		CU_ASSERT_DOUBLE_EQUAL(d->tmean_c, 0.5 * (d->tmax_c + d->tmin_c), 1e-12);
		CU_ASSERT(d->rain_mm >= 0.0);
		CU_ASSERT(d->rs_mj_m2 > 0.0 && d->rs_mj_m2 <= d->rso_mj_m2);
		CU_ASSERT(d->rso_mj_m2 < d->ra_mj_m2);
		/* ET0 computed for every day: positive and winter-sized at 21.5° N. */
		CU_ASSERT(isfinite(d->et0_mm) && d->et0_mm > 0.0 && d->et0_mm < 8.0);
		CU_ASSERT(d->rhmin_pct > 0.0 && d->rhmin_pct <= 100.0);
		CU_ASSERT_EQUAL(d->cold_shocked, 0);
	}
	weather_series_fini(&w);
	scenario_fini(&s);
}

static void test_weather_build_seed_offset_changes_generated_weather(void)
{
	scenario s;
	weather_series a, b, c;
	diag_list dl;
	diag_list_init(&dl);
	generated_scenario(&s);
	CU_ASSERT_FATAL(weather_build(&s, 0, &a, &dl));
	CU_ASSERT_FATAL(weather_build(&s, 0, &b, &dl));
	CU_ASSERT_FATAL(weather_build(&s, 1, &c, &dl));
	CU_ASSERT_EQUAL(c.seed, 2021);
	size_t same = 0, differ = 0;
	for (size_t i = 0; i < a.n; i++) {
		same += a.days[i].et0_mm == b.days[i].et0_mm && a.days[i].rain_mm == b.days[i].rain_mm;
		differ += a.days[i].tmax_c != c.days[i].tmax_c;
	}
	CU_ASSERT_EQUAL(same, a.n);
	CU_ASSERT(differ > a.n / 2);
	/* Seed 2020 + offset 1 is the same weather as seed 2021 + offset 0. */
	weather_series d;
	s.weather.seed = 2021;
	CU_ASSERT_FATAL(weather_build(&s, 0, &d, &dl));
	CU_ASSERT_TRUE(days_equal(&c, &d));
	weather_series_fini(&a);
	weather_series_fini(&b);
	weather_series_fini(&c);
	weather_series_fini(&d);
	diag_list_fini(&dl);
	scenario_fini(&s);
}

static void test_weather_build_cold_spell_lowers_exactly_its_days(void)
{
	scenario s, base_s;
	weather_series base, w;
	generated_scenario(&s);
	generated_scenario(&base_s);
	vd_date from = date_from_ymd(2021, 1, 8);
	shock sh = { .kind = SHOCK_COLD_SPELL, .from = from, .days = 7, .tmin_c = 2.0, .tmax_c = 9.0 };
	CU_ASSERT_FATAL(add_shock(&s, sh));
	CU_ASSERT_FATAL(build(&base_s, &base));
	CU_ASSERT_FATAL(build(&s, &w));
	CU_ASSERT_EQUAL_FATAL(w.n, base.n);
	size_t shocked = 0;
	double et0_spell = 0.0, et0_base = 0.0;
	for (size_t i = 0; i < w.n; i++) {
		const weather_day *d = &w.days[i], *b = &base.days[i];
		bool in = d->date >= from && d->date < from + 7;
		CU_ASSERT_EQUAL(d->cold_shocked, in ? 1 : 0);
		shocked += d->cold_shocked;
		if (in) {
			CU_ASSERT_EQUAL(d->tmin_c, fmin(b->tmin_c, 2.0));
			CU_ASSERT_EQUAL(d->tmax_c, fmin(b->tmax_c, 9.0));
			CU_ASSERT(d->tmin_c < d->tmax_c);
			/* No more vapour than saturation at the new Tmin (Tdew ≤ Tmin). */
			CU_ASSERT(d->ea_kpa <= et0_sat_vapour_pressure(d->tmin_c) + 1e-12);
			et0_spell += d->et0_mm;
			et0_base += b->et0_mm;
		} else {
			CU_ASSERT_EQUAL(d->tmin_c, b->tmin_c);
			CU_ASSERT_EQUAL(d->tmax_c, b->tmax_c);
			CU_ASSERT_EQUAL(d->et0_mm, b->et0_mm);
		}
		CU_ASSERT_EQUAL(d->rain_mm, b->rain_mm);
	}
	CU_ASSERT_EQUAL(shocked, 7);
	CU_ASSERT(et0_spell < et0_base);   /* cold, drier air: less evaporative demand */
	/* A disabled shock does nothing. */
	s.shocks[0].enabled = false;
	weather_series off;
	CU_ASSERT_FATAL(build(&s, &off));
	CU_ASSERT_TRUE(days_equal(&off, &base));
	weather_series_fini(&off);
	weather_series_fini(&base);
	weather_series_fini(&w);
	scenario_fini(&s);
	scenario_fini(&base_s);
}

static void test_weather_build_cold_spell_caps_observed_dew_point(void)
{
	/* Observed Tdew 14 °C; a spell at Tmin 2 °C: ea = min(e°(14), e°(2)) = e°(2) = 0.7056. */
	scenario s;
	weather_series w;
	CU_ASSERT_FATAL(observed_scenario(&s));
	shock sh = { .kind = SHOCK_COLD_SPELL, .from = date_from_ymd(2020, 11, 10), .days = 3,
		     .tmin_c = 2.0, .tmax_c = 9.0 };
	CU_ASSERT_FATAL(add_shock(&s, sh));
	CU_ASSERT_FATAL(build(&s, &w));
	long i = weather_index(&w, date_from_ymd(2020, 11, 11));
	CU_ASSERT_FATAL(i >= 0);
	CU_ASSERT_DOUBLE_EQUAL(w.days[i].ea_kpa, et0_sat_vapour_pressure(2.0), 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(w.days[i].ea_kpa, 0.7056, 0.0001);
	/* A day outside the spell keeps e°(Tdew) = e°(14) = 1.599. */
	CU_ASSERT_DOUBLE_EQUAL(w.days[0].ea_kpa, 1.599, 0.0005);
	weather_series_fini(&w);
	scenario_fini(&s);
}

static void test_weather_build_drought_zeroes_rain_over_its_days(void)
{
	scenario s;
	weather_series w;
	CU_ASSERT_FATAL(observed_scenario(&s));
	vd_date from = date_from_ymd(2020, 11, 4);
	shock sh = { .kind = SHOCK_DROUGHT, .from = from, .days = 10 };
	CU_ASSERT_FATAL(add_shock(&s, sh));
	CU_ASSERT_FATAL(build(&s, &w));
	CU_ASSERT_EQUAL_FATAL(w.n, 30);
	for (size_t i = 0; i < w.n; i++) {
		bool in = w.days[i].date >= from && w.days[i].date < from + 10;
		double observed = s.weather.daily[i].rain_mm;
		CU_ASSERT_EQUAL(w.days[i].rain_mm, in ? 0.0 : observed);
		CU_ASSERT_EQUAL(w.days[i].tmax_c, s.weather.daily[i].tmax_c);
	}
	weather_series_fini(&w);
	scenario_fini(&s);
}

static void test_weather_build_rain_factor_scales_every_day(void)
{
	scenario s;
	weather_series w;
	CU_ASSERT_FATAL(observed_scenario(&s));
	shock sh = { .kind = SHOCK_RAIN, .factor = 0.8 };
	CU_ASSERT_FATAL(add_shock(&s, sh));
	CU_ASSERT_FATAL(build(&s, &w));
	double total = 0.0;
	for (size_t i = 0; i < w.n; i++)
		total += w.days[i].rain_mm;
	/* 10 rain days of 6 mm = 60 mm, × 0.8 = 48 mm. */
	CU_ASSERT_DOUBLE_EQUAL(total, 48.0, 1e-9);
	weather_series_fini(&w);
	scenario_fini(&s);
}

static void test_weather_build_warming_shifts_means_by_delta(void)
{
	scenario s, base_s;
	weather_series w, base;
	generated_scenario(&s);
	generated_scenario(&base_s);
	shock sh = { .kind = SHOCK_WARMING, .delta_c = 1.5 };
	CU_ASSERT_FATAL(add_shock(&s, sh));
	/* A price shock is not weather: it must leave the series alone. */
	shock price = { .kind = SHOCK_PRICE, .factor = 0.5, .crop = -1 };
	CU_ASSERT_FATAL(add_shock(&s, price));
	CU_ASSERT_FATAL(build(&s, &w));
	CU_ASSERT_FATAL(build(&base_s, &base));
	double dx = 0.0, dn = 0.0, det0 = 0.0;
	for (size_t i = 0; i < w.n; i++) {
		dx += w.days[i].tmax_c - base.days[i].tmax_c;
		dn += w.days[i].tmin_c - base.days[i].tmin_c;
		det0 += w.days[i].et0_mm - base.days[i].et0_mm;
		CU_ASSERT_EQUAL(w.days[i].rain_mm, base.days[i].rain_mm);
	}
	CU_ASSERT_DOUBLE_EQUAL(dx / w.n, 1.5, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(dn / w.n, 1.5, 1e-9);
	CU_ASSERT(det0 > 0.0);   /* warmer air, more evaporative demand */
	weather_series_fini(&w);
	weather_series_fini(&base);
	scenario_fini(&s);
	scenario_fini(&base_s);
}

static void test_weather_build_observed_day_matches_et0_by_hand(void)
{
	/* The first observed day through et0_compute_day directly: the builder must pass the
	 * site, the day of the year and the observations unchanged. */
	scenario s;
	weather_series w;
	CU_ASSERT_FATAL(observed_scenario(&s));
	CU_ASSERT_FATAL(build(&s, &w));
	CU_ASSERT_EQUAL(w.first, s.season_start);
	CU_ASSERT_EQUAL(w.source, WEATHER_DAILY);
	et0_site site;
	et0_site_init(&site, 21.53, 320.0, 2.0, 0.16);
	et0_input in;
	et0_input_clear(&in);
	in.tmax_c = 24.0;
	in.tmin_c = 15.0;
	in.tdew_c = 14.0;
	in.wind_m_s = 1.3;
	in.sunshine_h = 5.0;
	et0_terms t;
	et0_compute_day(&site, date_doy(s.season_start), &in, &t);
	CU_ASSERT_DOUBLE_EQUAL(w.days[0].et0_mm, t.et0_mm, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(w.days[0].rn_mj_m2, t.rn, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(w.days[0].rhmin_pct, t.rhmin_pct, 1e-12);
	for (size_t i = 0; i < w.n; i++)
		CU_ASSERT(w.days[i].et0_mm > 0.0);
	weather_series_fini(&w);
	scenario_fini(&s);
}

static void test_weather_build_uses_krs_and_anemometer_height(void)
{
	/* Day 2 (2020-11-02) without sunshine: Rs by eq. 50 with the scenario's kRs 0.19,
	 * 0.19·sqrt(25 - 16)·Ra = 0.57 Ra (below Rso = 0.7564 Ra at 320 m); wind 1.3 m/s
	 * measured at 10 m: u2 = 1.3·4.87/ln(672.58) (eq. 47). */
	scenario s;
	weather_series w;
	CU_ASSERT_FATAL(observed_scenario(&s));
	s.weather.krs = 0.19;
	s.weather.anemometer_height_m = 10.0;
	s.weather.daily[1].sunshine_h = NAN;
	CU_ASSERT_FATAL(build(&s, &w));
	const weather_day *d = &w.days[1];
	CU_ASSERT_DOUBLE_EQUAL(d->rs_mj_m2, 0.57 * d->ra_mj_m2, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d->rso_mj_m2, (0.75 + 2e-5 * 320.0) * d->ra_mj_m2, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d->u2_m_s, 1.3 * 4.87 / log(672.58), 1e-12);
	weather_series_fini(&w);
	scenario_fini(&s);
}

static void test_weather_build_reports_gaps_and_missing_normals(void)
{
	scenario s;
	weather_series w;
	diag_list dl;
	CU_ASSERT_FATAL(observed_scenario(&s));
	for (int i = 12; i < 30; i++)    /* 2020-11-13 missing; the last row moves to Dec 1 */
		s.weather.daily[i].date += 1;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(weather_build(&s, 0, &w, &dl));
	CU_ASSERT_EQUAL(dl.errors, 1);
	CU_ASSERT_EQUAL(dl.items[0].line, 22);    /* the row after the gap */
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[0].message, "2020-11-13"));
	CU_ASSERT_PTR_NULL(w.days);
	CU_ASSERT_EQUAL(w.n, 0);
	diag_list_fini(&dl);
	scenario_fini(&s);

	generated_scenario(&s);
	s.weather.normals[11].month = 0;   /* no December */
	diag_list_init(&dl);
	CU_ASSERT_FALSE(weather_build(&s, 0, &w, &dl));
	CU_ASSERT_EQUAL(dl.errors, 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[0].message, "month 12"));
	diag_list_fini(&dl);
	scenario_fini(&s);
}

static void test_weather_build_warns_when_observations_end_early(void)
{
	scenario s;
	weather_series w;
	diag_list dl;
	CU_ASSERT_FATAL(observed_scenario(&s));
	s.season_end = date_from_ymd(2020, 12, 31);
	diag_list_init(&dl);
	CU_ASSERT_TRUE(weather_build(&s, 0, &w, &dl));
	CU_ASSERT_EQUAL(dl.errors, 0);
	CU_ASSERT_EQUAL(dl.warnings, 1);
	CU_ASSERT_EQUAL(w.n, 30);
	weather_series_fini(&w);
	diag_list_fini(&dl);
	scenario_fini(&s);
}

static void test_shocks_outside_the_series_are_clipped(void)
{
	weather_obs days[5];
	unsigned char cold[5];
	vd_date first = date_from_ymd(2021, 1, 1);
	for (int i = 0; i < 5; i++) {
		obs_clear(&days[i], first + i);
		days[i].tmax_c = 15.0;
		days[i].tmin_c = 8.0;
		days[i].rain_mm = 3.0;
	}
	shock sh[2] = {
		{ .kind = SHOCK_COLD_SPELL, .enabled = true, .from = first - 3, .days = 5,
		  .tmin_c = 1.0, .tmax_c = 7.0 },
		{ .kind = SHOCK_DROUGHT, .enabled = true, .from = first + 4, .days = 30 },
	};
	shocks_apply_weather(sh, 2, first, days, 5, cold);
	/* The spell covers Dec 29 .. Jan 2: two days of the span. */
	CU_ASSERT_EQUAL(cold[0] + cold[1] + cold[2] + cold[3] + cold[4], 2);
	CU_ASSERT_EQUAL(days[1].tmin_c, 1.0);
	CU_ASSERT_EQUAL(days[2].tmin_c, 8.0);
	CU_ASSERT_EQUAL(days[3].rain_mm, 3.0);
	CU_ASSERT_EQUAL(days[4].rain_mm, 0.0);
	CU_ASSERT_TRUE(shock_is_weather(SHOCK_DROUGHT));
	CU_ASSERT_FALSE(shock_is_weather(SHOCK_PRICE));
}

VUDONG_SUITE(weather_build)
{
	SUITE_ADD(s, "weather_build");
	TEST_ADD(s, test_weather_build_generated_series_covers_the_season);
	TEST_ADD(s, test_weather_build_seed_offset_changes_generated_weather);
	TEST_ADD(s, test_weather_build_cold_spell_lowers_exactly_its_days);
	TEST_ADD(s, test_weather_build_cold_spell_caps_observed_dew_point);
	TEST_ADD(s, test_weather_build_drought_zeroes_rain_over_its_days);
	TEST_ADD(s, test_weather_build_rain_factor_scales_every_day);
	TEST_ADD(s, test_weather_build_warming_shifts_means_by_delta);
	TEST_ADD(s, test_weather_build_observed_day_matches_et0_by_hand);
	TEST_ADD(s, test_weather_build_uses_krs_and_anemometer_height);
	TEST_ADD(s, test_weather_build_reports_gaps_and_missing_normals);
	TEST_ADD(s, test_weather_build_warns_when_observations_end_early);
	TEST_ADD(s, test_shocks_outside_the_series_are_clipped);
	return 0;
}
