/* test_weather_site.c - the weather a station scenario runs on (DESIGN §3.7, §4): the normals
 * derived from the record, each commune's temperatures moved by the lapse rate from the
 * station's elevation with ET0 at its own air pressure, the station's daily mean in
 * weather_day.tmean_c, observed days to date then generated ones, and the keys saved back. */
#include "testing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "date.h"
#include "et0.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "season.h"
#include "tmpdir.h"
#include "weather.h"

/* A station scenario: the Lạng Sơn record (258 m), commune `low` at the station's elevation,
 * `high` 500 m above it, `plain` without an elevation. %s: extra weather keys. */
static const char scenario_fmt[] =
	"format: vudong/1\n"
	"site: {latitude_deg: 21.53, elevation_m: 320}\n"
	"season: {start: 2020-12-01, end: 2021-02-28}\n"
	"weather:\n"
	"  station: {record: stations/langson.csv, elevation_m: 258, years: 1991-2015}\n"
	"%s"
	"soils:\n"
	"  - {id: loam, theta_fc: 0.32, theta_wp: 0.15}\n"
	"crops:\n"
	"  - {id: cabbage, kc: {ini: 0.7, mid: 1.05, end: 0.95}, stages_days: [20, 30, 25, 10],\n"
	"     height_m: 0.4, root_depth_m: {min: 0.15, max: 0.5}, depletion_p: 0.45, ky: 0.95,\n"
	"     yield_potential_t_ha: 20, price_vnd_kg: 5000, price_const_vnd_kg: 3500}\n"
	"communes:\n"
	"  - id: low\n"
	"    elevation_m: 258\n"
	"    land: [{id: p, kind: paddy, soil: loam, area_ha: 10}]\n"
	"    plan: [{crop: cabbage, land: p, area_ha: 1, sow: 2020-12-01}]\n"
	"  - id: high\n"
	"    elevation_m: 758\n"
	"    land: [{id: p, kind: paddy, soil: loam, area_ha: 10}]\n"
	"    plan: [{crop: cabbage, land: p, area_ha: 1, sow: 2020-12-01}]\n"
	"  - id: plain\n"
	"    land: [{id: p, kind: paddy, soil: loam, area_ha: 10}]\n"
	"    plan: [{crop: cabbage, land: p, area_ha: 1, sow: 2020-12-01}]\n";

/* Loads the scenario with `extra` weather keys, paths relative to base_dir. */
static bool load_station(scenario *s, const char *extra, const char *base_dir, diag_list *dl)
{
	char text[4096];
	snprintf(text, sizeof text, scenario_fmt, extra);
	return scenario_load_text("t.yaml", text, strlen(text), base_dir, s, dl);
}

static void print_diags(diag_list *dl)
{
	char buf[512];
	for (size_t i = 0; i < dl->count; i++)
		fprintf(stderr, "\n%s", diag_format(&dl->items[i], buf, sizeof buf));
}

static void test_weather_site_derives_the_station_normals_on_load(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = load_station(&s, "", "scenarios", &dl);
	if (!ok)
		print_diags(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_EQUAL(s.weather.source, WEATHER_STATION);
	CU_ASSERT_EQUAL(s.weather.station.n_months, 660);
	CU_ASSERT_EQUAL(s.weather.station.year_from, 1991);
	CU_ASSERT_EQUAL(s.weather.station.year_to, 2015);
	CU_ASSERT_DOUBLE_EQUAL(s.weather.lapse_c_per_100m, 0.6, 0);
	/* January Tmax over 1991–2015, recomputed from the CSV with Python: 17.3169 °C. */
	CU_ASSERT_EQUAL(s.weather.normals[0].month, 1);
	CU_ASSERT_DOUBLE_EQUAL(s.weather.normals[0].tmax_c, 17.3169, 1e-4);
	CU_ASSERT_TRUE(s.weather.var[0].known);
	CU_ASSERT_TRUE(isnan(s.communes[2].elevation_m));
	scenario_fini(&s);
	diag_list_fini(&dl);
}

static void test_weather_site_moves_each_commune_by_the_lapse_rate(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(load_station(&s, "", "scenarios", &dl));
	weather_series w;
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	CU_ASSERT_DOUBLE_EQUAL(w.ref_elevation_m, 258, 0);
	CU_ASSERT_EQUAL(w.n_communes, 3);
	/* At the station's elevation and without one: the reference days themselves. */
	CU_ASSERT_PTR_EQUAL(weather_commune_days(&w, 0), w.days);
	CU_ASSERT_PTR_EQUAL(weather_commune_days(&w, 2), w.days);
	/* 500 m higher at 0.6 °C per 100 m: 3.0 °C colder every day, Tmax, Tmin and mean. */
	const weather_day *hi = weather_commune_days(&w, 1);
	CU_ASSERT_PTR_NOT_EQUAL_FATAL(hi, w.days);
	et0_site site;
	et0_site_init(&site, 21.53, 758, 2.0, 0.16);
	for (size_t i = 0; i < w.n; i++) {
		CU_ASSERT_DOUBLE_EQUAL(hi[i].tmax_c, w.days[i].tmax_c - 3.0, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(hi[i].tmin_c, w.days[i].tmin_c - 3.0, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(hi[i].tmean_c, w.days[i].tmean_c - 3.0, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(hi[i].rain_mm, w.days[i].rain_mm, 0);
	}
	/* FAO-56 eq. 7 at 758 m: P = 101.3 ((293 − 0.0065 × 758)/293)^5.26 = 92.7 kPa. */
	CU_ASSERT_DOUBLE_EQUAL(site.pressure_kpa, 92.7, 0.05);
	/* Colder air evaporates less here: the season's ET0 at the high commune is lower. */
	double e_lo = 0, e_hi = 0;
	for (size_t i = 0; i < w.n; i++) {
		e_lo += w.days[i].et0_mm;
		e_hi += hi[i].et0_mm;
	}
	CU_ASSERT_TRUE(e_hi < e_lo);
	/* The plan items use their commune's days: the same crop sown the same day. */
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	CU_ASSERT_DOUBLE_EQUAL(r.items[0].et0_mm, r.items[2].et0_mm, 0);
	CU_ASSERT_TRUE(r.items[1].et0_mm < r.items[0].et0_mm);
	CU_ASSERT_TRUE(r.items[1].days > r.items[0].days || r.items[1].et0_mm != r.items[0].et0_mm);
	season_result_fini(&r);
	weather_series_fini(&w);
	/* A lapse rate of zero: every commune on the reference days. */
	s.weather.lapse_c_per_100m = 0;
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	CU_ASSERT_DOUBLE_EQUAL(weather_commune_days(&w, 1)[40].tmin_c, w.days[40].tmin_c, 0);
	weather_series_fini(&w);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

/* Generated days: the station's daily mean is (Tmax + Tmin)/2 plus the month's offset from the
 * record (January 1991–2015 about −0.7 °C); observed days: their own tmean_c column. */
static void test_weather_site_daily_mean_is_the_stations(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(load_station(&s, "", "scenarios", &dl));
	weather_series w;
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	double off_jan = s.weather.var[0].tmean_offset_c;
	CU_ASSERT_TRUE(off_jan < -0.5 && off_jan > -0.9);
	long j = weather_index(&w, date_from_ymd(2021, 1, 15));
	CU_ASSERT_FATAL(j >= 0);
	const weather_day *d = &w.days[j];
	CU_ASSERT_DOUBLE_EQUAL(d->tmean_c, 0.5 * (d->tmax_c + d->tmin_c) + off_jan, 1e-9);
	weather_series_fini(&w);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

static void test_weather_site_observed_to_date_then_generated(void)
{
	char dir[64], csv[128];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "observed"));
	snprintf(csv, sizeof csv, "%s/obs.csv", dir);
	FILE *f = fopen(csv, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	/* Ten cold days from the season start, with the station's own daily mean. */
	fprintf(f, "date,tmax_c,tmin_c,tmean_c,rain_mm\n");
	for (int i = 0; i < 10; i++)
		fprintf(f, "2020-12-%02d,%d,%d,%g,0\n", i + 1, 12 + i % 3, 3 + i % 2, 6.5 + i % 3);
	fclose(f);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	char extra[256];
	snprintf(extra, sizeof extra, "  observed_to_date: %s\n", csv);
	bool ok = load_station(&s, extra, "scenarios", &dl);
	if (!ok)
		print_diags(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_EQUAL(s.weather.n_observed, 10);
	weather_series a, b;
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &a, &dl));
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 1, &b, &dl));
	CU_ASSERT_EQUAL(a.first, date_from_ymd(2020, 12, 1));
	CU_ASSERT_EQUAL(a.first_generated, date_from_ymd(2020, 12, 11));
	for (int i = 0; i < 10; i++) {
		CU_ASSERT_DOUBLE_EQUAL(a.days[i].tmax_c, 12 + i % 3, 0);
		CU_ASSERT_DOUBLE_EQUAL(a.days[i].tmin_c, 3 + i % 2, 0);
		CU_ASSERT_DOUBLE_EQUAL(a.days[i].tmean_c, 6.5 + i % 3, 1e-12);
		/* Another seed changes only the generated part. */
		CU_ASSERT_DOUBLE_EQUAL(b.days[i].tmax_c, a.days[i].tmax_c, 0);
	}
	int differ = 0;
	for (size_t i = 10; i < a.n; i++)
		differ += a.days[i].tmax_c != b.days[i].tmax_c;
	CU_ASSERT_TRUE(differ > 0);
	weather_series_fini(&a);
	weather_series_fini(&b);
	scenario_fini(&s);
	diag_list_fini(&dl);
	tmpdir_remove(dir);
}

static void test_weather_site_keys_are_saved_back(void)
{
	scenario s, t;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(load_station(&s, "  lapse_c_per_100m: 0.55\n", "scenarios", &dl));
	size_t len;
	char *yaml = scenario_to_yaml(&s, &len, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(yaml);
	/* The record as written, relative to the scenario (here its base directory, scenarios/). */
	CU_ASSERT_PTR_NOT_NULL(strstr(yaml, "station: {record: \"stations/langson.csv\", elevation_m: 258, years: 1991-2015}"));
	CU_ASSERT_PTR_NOT_NULL(strstr(yaml, "years: 1991-2015"));
	CU_ASSERT_PTR_NOT_NULL(strstr(yaml, "lapse_c_per_100m: 0.55"));
	CU_ASSERT_PTR_NOT_NULL(strstr(yaml, "elevation_m: 758"));
	CU_ASSERT_PTR_NULL(strstr(yaml, "normals:")); /* derived, not written */
	/* It reads back (paths now relative to the current directory) to the same scenario. */
	CU_ASSERT_TRUE_FATAL(scenario_load_text("u.yaml", yaml, len, NULL, &t, &dl));
	CU_ASSERT_EQUAL(t.weather.source, WEATHER_STATION);
	CU_ASSERT_EQUAL(t.weather.station.year_from, 1991);
	CU_ASSERT_DOUBLE_EQUAL(t.weather.lapse_c_per_100m, 0.55, 0);
	CU_ASSERT_DOUBLE_EQUAL(t.communes[1].elevation_m, 758, 0);
	CU_ASSERT_TRUE(isnan(t.communes[2].elevation_m));
	CU_ASSERT_EQUAL(scenario_hash(&s), scenario_hash(&t));
	free(yaml);
	scenario_fini(&t);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

/* The built-in scenario runs on the Lạng Sơn record compiled into the program, each commune at
 * its elevation: Đồng Văn (550 m, estimate) is 0.6 × (550 − 258)/100 = 1.752 °C colder. */
static void test_weather_site_builtin_is_on_the_lang_son_record(void)
{
	scenario s;
	load_builtin(&s);
	CU_ASSERT_EQUAL(s.weather.source, WEATHER_STATION);
	CU_ASSERT_EQUAL(s.weather.station.n_months, 660);
	CU_ASSERT_STRING_EQUAL(s.weather.station.record_resolved, "<built-in>/stations/langson.csv");
	int dv = scenario_find_commune(&s, "dong-van");
	CU_ASSERT_FATAL(dv >= 0);
	CU_ASSERT_DOUBLE_EQUAL(s.communes[dv].elevation_m, 550, 0);
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	CU_ASSERT_DOUBLE_EQUAL(weather_commune_days(&w, dv)[100].tmin_c, w.days[100].tmin_c - 1.752, 1e-9);
	weather_series_fini(&w);
	diag_list_fini(&dl);
	scenario_fini(&s);
}

VUDONG_SUITE(weather_site)
{
	SUITE_ADD(s, "weather_site");
	TEST_ADD(s, test_weather_site_derives_the_station_normals_on_load);
	TEST_ADD(s, test_weather_site_moves_each_commune_by_the_lapse_rate);
	TEST_ADD(s, test_weather_site_daily_mean_is_the_stations);
	TEST_ADD(s, test_weather_site_observed_to_date_then_generated);
	TEST_ADD(s, test_weather_site_keys_are_saved_back);
	TEST_ADD(s, test_weather_site_builtin_is_on_the_lang_son_record);
	return 0;
}
