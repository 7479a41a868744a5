/* test_save.c - saving scenarios: load -> scenario_to_yaml -> load gives identical values in
 * every field for every shipped scenario (scenarios/NAME.yaml); the saved text is stable; scenario_save is
 * atomic and keeps a weather file reference working from the new directory. */
#include "testing.h"

#include <glob.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scenario_load.h"
#include "scenario_save.h"
#include "tmpdir.h"

/* Equal doubles, NAN equal to NAN (missing values). */
static int same_num(double a, double b)
{
	return (isnan(a) && isnan(b)) || a == b;
}

#define NUM_EQ(a, b) CU_ASSERT_TRUE(same_num((a), (b)))

static void compare_obs(const weather_obs *a, const weather_obs *b)
{
	CU_ASSERT_EQUAL(a->date, b->date);
	NUM_EQ(a->tmax_c, b->tmax_c);
	NUM_EQ(a->tmin_c, b->tmin_c);
	NUM_EQ(a->rain_mm, b->rain_mm);
	NUM_EQ(a->rhmax_pct, b->rhmax_pct);
	NUM_EQ(a->rhmin_pct, b->rhmin_pct);
	NUM_EQ(a->rh_pct, b->rh_pct);
	NUM_EQ(a->tdew_c, b->tdew_c);
	NUM_EQ(a->ea_kpa, b->ea_kpa);
	NUM_EQ(a->wind_m_s, b->wind_m_s);
	NUM_EQ(a->sunshine_h, b->sunshine_h);
	NUM_EQ(a->srad_mj_m2, b->srad_mj_m2);
}

static void compare_weather(const weather_input *a, const weather_input *b)
{
	CU_ASSERT_EQUAL(a->source, b->source);
	CU_ASSERT_TRUE((a->file == NULL) == (b->file == NULL));
	if (a->file && b->file)
		CU_ASSERT_STRING_EQUAL(a->file, b->file);
	NUM_EQ(a->anemometer_height_m, b->anemometer_height_m);
	NUM_EQ(a->krs, b->krs);
	CU_ASSERT_EQUAL(a->seed, b->seed);
	for (int m = 0; m < 12; m++) {
		const weather_normal *x = &a->normals[m], *y = &b->normals[m];
		CU_ASSERT_EQUAL(x->month, y->month);
		if (!x->month)
			continue;
		NUM_EQ(x->tmax_c, y->tmax_c);
		NUM_EQ(x->tmin_c, y->tmin_c);
		NUM_EQ(x->rain_mm, y->rain_mm);
		NUM_EQ(x->rain_days, y->rain_days);
		NUM_EQ(x->sunshine_h, y->sunshine_h);
		NUM_EQ(x->rh_pct, y->rh_pct);
		NUM_EQ(x->wind_m_s, y->wind_m_s);
	}
	CU_ASSERT_EQUAL_FATAL(a->n_daily, b->n_daily);
	for (size_t i = 0; i < a->n_daily; i++)
		compare_obs(&a->daily[i], &b->daily[i]);
}

static void compare_crop(const crop *a, const crop *b)
{
	CU_ASSERT_STRING_EQUAL(a->id, b->id);
	CU_ASSERT_STRING_EQUAL(a->name, b->name);
	NUM_EQ(a->kc_ini, b->kc_ini);
	NUM_EQ(a->kc_mid, b->kc_mid);
	NUM_EQ(a->kc_end, b->kc_end);
	CU_ASSERT_EQUAL(a->stages_unit, b->stages_unit);
	for (int i = 0; i < 4; i++) {
		NUM_EQ(a->stages[i], b->stages[i]);
		NUM_EQ(a->ky_stages[i], b->ky_stages[i]);
	}
	NUM_EQ(a->tbase_c, b->tbase_c);
	NUM_EQ(a->tupper_c, b->tupper_c);
	NUM_EQ(a->height_m, b->height_m);
	NUM_EQ(a->root_min_m, b->root_min_m);
	NUM_EQ(a->root_max_m, b->root_max_m);
	NUM_EQ(a->depletion_p, b->depletion_p);
	CU_ASSERT_EQUAL(a->has_ky_stages, b->has_ky_stages);
	if (!a->has_ky_stages)
		NUM_EQ(a->ky, b->ky);
	NUM_EQ(a->yield_potential_t_ha, b->yield_potential_t_ha);
	CU_ASSERT_EQUAL(a->has_frost, b->has_frost);
	if (a->has_frost) {
		NUM_EQ(a->frost_damage_c, b->frost_damage_c);
		NUM_EQ(a->frost_kill_c, b->frost_kill_c);
		NUM_EQ(a->frost_loss_per_day, b->frost_loss_per_day);
	}
	CU_ASSERT_EQUAL(a->has_chill, b->has_chill);
	if (a->has_chill) {
		NUM_EQ(a->chill_tmean_c, b->chill_tmean_c);
		CU_ASSERT_EQUAL(a->chill_tolerance_days, b->chill_tolerance_days);
		NUM_EQ(a->chill_loss_per_day, b->chill_loss_per_day);
	}
	NUM_EQ(a->price_vnd_kg, b->price_vnd_kg);
	NUM_EQ(a->price_const_vnd_kg, b->price_const_vnd_kg);
	NUM_EQ(a->cost_vnd_ha, b->cost_vnd_ha);
	NUM_EQ(a->labour_days_ha, b->labour_days_ha);
}

static void compare_commune(const commune *a, const commune *b)
{
	CU_ASSERT_STRING_EQUAL(a->id, b->id);
	CU_ASSERT_STRING_EQUAL(a->name, b->name);
	NUM_EQ(a->labour_days_available, b->labour_days_available);
	CU_ASSERT_EQUAL_FATAL(a->n_land, b->n_land);
	for (size_t i = 0; i < a->n_land; i++) {
		const land_unit *x = &a->land[i], *y = &b->land[i];
		CU_ASSERT_STRING_EQUAL(x->id, y->id);
		CU_ASSERT_EQUAL(x->kind, y->kind);
		CU_ASSERT_EQUAL(x->soil, y->soil);
		NUM_EQ(x->area_ha, y->area_ha);
		NUM_EQ(x->irrigable_share, y->irrigable_share);
		CU_ASSERT_EQUAL(x->crops_per_year, y->crops_per_year);
		CU_ASSERT_EQUAL(x->free_from, y->free_from);
		CU_ASSERT_EQUAL(x->free_until, y->free_until);
		NUM_EQ(x->runoff_share, y->runoff_share);
	}
	CU_ASSERT_EQUAL_FATAL(a->n_plan, b->n_plan);
	for (size_t i = 0; i < a->n_plan; i++) {
		const plan_item *x = &a->plan[i], *y = &b->plan[i];
		CU_ASSERT_STRING_EQUAL(x->id, y->id);
		CU_ASSERT_EQUAL(x->crop, y->crop);
		CU_ASSERT_EQUAL(x->land, y->land);
		NUM_EQ(x->area_ha, y->area_ha);
		CU_ASSERT_EQUAL(x->sow, y->sow);
		CU_ASSERT_EQUAL(x->irrigation.mode, y->irrigation.mode);
		if (x->irrigation.mode == IRRIGATION_SCHEDULE) {
			CU_ASSERT_EQUAL(x->irrigation.interval_days, y->irrigation.interval_days);
			NUM_EQ(x->irrigation.depth_mm, y->irrigation.depth_mm);
		}
		NUM_EQ(x->management_factor, y->management_factor);
	}
}

static void compare_scenarios(const scenario *a, const scenario *b)
{
	CU_ASSERT_STRING_EQUAL(a->format, b->format);
	CU_ASSERT_STRING_EQUAL(a->name, b->name);
	CU_ASSERT_TRUE((a->notes == NULL) == (b->notes == NULL));
	if (a->notes && b->notes)
		CU_ASSERT_STRING_EQUAL(a->notes, b->notes);
	CU_ASSERT_STRING_EQUAL(a->site.name, b->site.name);
	NUM_EQ(a->site.latitude_deg, b->site.latitude_deg);
	NUM_EQ(a->site.longitude_deg, b->site.longitude_deg);
	NUM_EQ(a->site.elevation_m, b->site.elevation_m);
	CU_ASSERT_EQUAL(a->season_start, b->season_start);
	CU_ASSERT_EQUAL(a->season_end, b->season_end);
	compare_weather(&a->weather, &b->weather);
	CU_ASSERT_EQUAL_FATAL(a->n_soils, b->n_soils);
	for (size_t i = 0; i < a->n_soils; i++) {
		CU_ASSERT_STRING_EQUAL(a->soils[i].id, b->soils[i].id);
		CU_ASSERT_STRING_EQUAL(a->soils[i].name, b->soils[i].name);
		NUM_EQ(a->soils[i].theta_fc, b->soils[i].theta_fc);
		NUM_EQ(a->soils[i].theta_wp, b->soils[i].theta_wp);
		NUM_EQ(a->soils[i].initial_depletion_pct, b->soils[i].initial_depletion_pct);
	}
	CU_ASSERT_EQUAL_FATAL(a->n_crops, b->n_crops);
	for (size_t i = 0; i < a->n_crops; i++)
		compare_crop(&a->crops[i], &b->crops[i]);
	CU_ASSERT_EQUAL_FATAL(a->n_communes, b->n_communes);
	for (size_t i = 0; i < a->n_communes; i++)
		compare_commune(&a->communes[i], &b->communes[i]);
	const economy_input *x = &a->economy, *y = &b->economy;
	CU_ASSERT_EQUAL(x->present, y->present);
	if (x->present) {
		CU_ASSERT_EQUAL(x->constant_price_year, y->constant_price_year);
		NUM_EQ(x->district_output_prev_bn_vnd, y->district_output_prev_bn_vnd);
		NUM_EQ(x->winter_crop_prev_bn_vnd, y->winter_crop_prev_bn_vnd);
		CU_ASSERT_EQUAL(x->has_target, y->has_target);
		if (x->has_target)
			NUM_EQ(x->target_growth_pct, y->target_growth_pct);
		CU_ASSERT_EQUAL_FATAL(x->n_other_sectors, y->n_other_sectors);
		for (size_t i = 0; i < x->n_other_sectors; i++) {
			CU_ASSERT_STRING_EQUAL(x->other_sectors[i].name, y->other_sectors[i].name);
			NUM_EQ(x->other_sectors[i].share_prev, y->other_sectors[i].share_prev);
			NUM_EQ(x->other_sectors[i].growth_pct, y->other_sectors[i].growth_pct);
		}
	}
	CU_ASSERT_EQUAL_FATAL(a->n_shocks, b->n_shocks);
	for (size_t i = 0; i < a->n_shocks; i++) {
		const shock *p = &a->shocks[i], *q = &b->shocks[i];
		CU_ASSERT_EQUAL(p->kind, q->kind);
		CU_ASSERT_EQUAL(p->enabled, q->enabled);
		CU_ASSERT_EQUAL(p->from, q->from);
		CU_ASSERT_EQUAL(p->days, q->days);
		NUM_EQ(p->tmin_c, q->tmin_c);
		NUM_EQ(p->tmax_c, q->tmax_c);
		NUM_EQ(p->delta_c, q->delta_c);
		NUM_EQ(p->factor, q->factor);
		CU_ASSERT_EQUAL(p->crop, q->crop);
	}
	CU_ASSERT_EQUAL(a->ensemble_seasons, b->ensemble_seasons);
}

static void print_diags(diag_list *dl)
{
	char buf[1024];
	for (size_t i = 0; i < dl->count; i++)
		fprintf(stderr, "\n  %s", diag_format(&dl->items[i], buf, sizeof buf));
}

/* Loads path, saves it to text, loads the text (relative paths from path's directory), and
 * compares; then saves the second and checks the text did not change. */
static void round_trip(const char *path)
{
	scenario a, b;
	diag_list dl;
	diag_list_init(&dl);
	int ok = scenario_load_file(path, &a, &dl);
	if (!ok)
		print_diags(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	size_t len;
	char *yaml = scenario_to_yaml(&a, &len, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(yaml);
	CU_ASSERT_PTR_NULL(strstr(yaml, "extends"));
	char dir[512];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = 0;
	else
		strcpy(dir, ".");
	ok = scenario_load_text("saved.yaml", yaml, len, dir, &b, &dl);
	if (!ok) {
		fprintf(stderr, "\n%s", yaml);
		print_diags(&dl);
	}
	CU_ASSERT_TRUE_FATAL(ok);
	compare_scenarios(&a, &b);
	size_t len2;
	char *yaml2 = scenario_to_yaml(&b, &len2, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(yaml2);
	CU_ASSERT_EQUAL(len, len2);
	CU_ASSERT_TRUE(len == len2 && memcmp(yaml, yaml2, len) == 0);
	CU_ASSERT_EQUAL(scenario_hash(&a), scenario_hash(&b));
	free(yaml);
	free(yaml2);
	scenario_fini(&a);
	scenario_fini(&b);
	diag_list_fini(&dl);
}

static void test_save_round_trips_every_shipped_scenario(void)
{
	glob_t g;
	CU_ASSERT_EQUAL_FATAL(glob("scenarios/*.yaml", 0, NULL, &g), 0);
	CU_ASSERT_TRUE(g.gl_pathc >= 1);
	for (size_t i = 0; i < g.gl_pathc; i++)
		round_trip(g.gl_pathv[i]);
	globfree(&g);
}

static void test_save_round_trips_the_builtin_scenario(void)
{
	scenario a, b;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(&a, &dl));
	CU_ASSERT_STRING_EQUAL(a.path, "<built-in>");
	size_t len;
	char *yaml = scenario_to_yaml(&a, &len, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(yaml);
	CU_ASSERT_TRUE_FATAL(scenario_load_text("saved.yaml", yaml, len, NULL, &b, &dl));
	compare_scenarios(&a, &b);
	free(yaml);
	scenario_fini(&a);
	scenario_fini(&b);
	diag_list_fini(&dl);
}

static const char inline_all_keys[] =
	"format: vudong/1\n"
	"name: \"every key: true\"\n"
	"notes: \"line one\\nline two, with 'quotes' and \\\"double\\\"\"\n"
	"site: {name: \"Bình Liêu\", latitude_deg: -21.53, longitude_deg: 107.4, elevation_m: 320}\n"
	"season: {start: 2020-10-01, end: 2020-10-04}\n"
	"weather:\n"
	"  anemometer_height_m: 10\n"
	"  krs: 0.19\n"
	"  generator: {seed: 4294967295}\n"
	"  daily:\n"
	"    - {date: 2020-10-01, tmax_c: 28.1, tmin_c: 19, rain_mm: 0.1, rhmax_pct: 90, rhmin_pct: 60, wind_m_s: 1.2, sunshine_h: 6}\n"
	"    - {date: 2020-10-02, tmax_c: 27, tmin_c: 18.5, rh_pct: 80, tdew_c: 15, ea_kpa: 1.7, srad_mj_m2: 14.5}\n"
	"    - {date: 2020-10-03, tmax_c: 1e1, tmin_c: -0.000001}\n"
	"    - {date: 2020-10-04, tmax_c: 0.30000000000000004, tmin_c: 0.1}\n"
	"soils:\n"
	"  - {id: \"null\", name: \"x\", theta_fc: 0.32, theta_wp: 0.15, initial_depletion_pct: 12.5}\n"
	"crops:\n"
	"  - id: potato\n"
	"    kc: {ini: 0.5, mid: 1.15, end: 0.75}\n"
	"    stages_gdd: [255, 306, 409, 306.5]\n"
	"    tbase_c: 2\n"
	"    tupper_c: 30\n"
	"    height_m: 0.6\n"
	"    root_depth_m: {min: 0.15, max: 0.5}\n"
	"    depletion_p: 0.35\n"
	"    ky_stages: [0.45, 0.8, 0.7, 0.2]\n"
	"    yield_potential_t_ha: 18\n"
	"    frost: {damage_c: 0, kill_c: -2, loss_per_day: 0.05}\n"
	"    chill: {tmean_c: 5, tolerance_days: 3, loss_per_day: 0.02}\n"
	"    price_vnd_kg: 7000\n"
	"    price_const_vnd_kg: 5000\n"
	"    cost_vnd_ha: 65000000\n"
	"    labour_days_ha: 300\n"
	"communes:\n"
	"  - id: town\n"
	"    name: \"Thị trấn\"\n"
	"    labour_days_available: 22000\n"
	"    land:\n"
	"      - {id: paddy, kind: paddy, soil: \"null\", area_ha: 180, irrigable_share: 0.7, crops_per_year: 2, free_from: 2020-10-01, free_until: 2021-02-15, runoff_share: 0.1}\n"
	"      - {id: up, kind: upland, soil: \"null\", area_ha: 90}\n"
	"    plan:\n"
	"      - {id: a, crop: potato, land: paddy, area_ha: 15, sow: 2020-10-02, irrigation: auto}\n"
	"      - {crop: potato, land: up, area_ha: 4, sow: 2020-10-03, irrigation: {interval_days: 7, depth_mm: 25}, management_factor: 0.9}\n"
	"economy:\n"
	"  constant_price_year: 2020\n"
	"  district_output_prev_bn_vnd: 1200\n"
	"  winter_crop_prev_bn_vnd: 12\n"
	"  other_sectors:\n"
	"    - {name: \"Dịch vụ\", share_prev: 0.99, growth_pct: -3.5}\n"
	"  target_growth_pct: 13.58\n"
	"shocks:\n"
	"  - {kind: cold_spell, from: 2020-10-02, days: 2, tmin_c: -1, tmax_c: 6, enabled: false}\n"
	"  - {kind: warming, delta_c: 1.5}\n"
	"  - {kind: rain, factor: 0.8}\n"
	"  - {kind: drought, from: 2020-10-01, days: 3}\n"
	"  - {kind: price, crop: potato, factor: 0.5}\n"
	"  - {kind: price, factor: 1.2}\n"
	"ensemble: {seasons: 30}\n";

static void test_save_round_trips_every_key_and_awkward_text(void)
{
	scenario a, b;
	diag_list dl;
	diag_list_init(&dl);
	int ok = scenario_load_text("all.yaml", inline_all_keys, strlen(inline_all_keys), NULL, &a, &dl);
	if (!ok)
		print_diags(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_STRING_EQUAL(a.soils[0].id, "null"); /* quoted: an id, not YAML null */
	size_t len;
	char *yaml = scenario_to_yaml(&a, &len, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(yaml);
	ok = scenario_load_text("saved.yaml", yaml, len, NULL, &b, &dl);
	if (!ok) {
		fprintf(stderr, "\n%s", yaml);
		print_diags(&dl);
	}
	CU_ASSERT_TRUE_FATAL(ok);
	compare_scenarios(&a, &b);
	/* Exact decimal text for values that are not short in binary. */
	CU_ASSERT_PTR_NOT_NULL(strstr(yaml, "tmax_c: 0.30000000000000004"));
	CU_ASSERT_PTR_NOT_NULL(strstr(yaml, "cost_vnd_ha: 65000000"));
	CU_ASSERT_PTR_NOT_NULL(strstr(yaml, "seed: 4294967295"));
	free(yaml);
	scenario_fini(&a);
	scenario_fini(&b);
	diag_list_fini(&dl);
}

/* A scenario in dir1 whose weather file sits beside it, saved into dir2, must still find the
 * weather file: the saved `file:` is relative to dir2. */
static void test_save_rewrites_the_weather_file_path_for_the_new_directory(void)
{
	char root[32];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(root, sizeof root, "save"));
	char d1[256], d2[256], p[300];
	snprintf(d1, sizeof d1, "%s/a", root);
	snprintf(d2, sizeof d2, "%s/b/c", root);
	snprintf(p, sizeof p, "%s/b", root);
	CU_ASSERT_EQUAL_FATAL(mkdir(d1, 0700), 0);
	CU_ASSERT_EQUAL_FATAL(mkdir(p, 0700), 0);
	CU_ASSERT_EQUAL_FATAL(mkdir(d2, 0700), 0);
	char csv[300], src[300], dst[300];
	snprintf(csv, sizeof csv, "%s/w.csv", d1);
	snprintf(src, sizeof src, "%s/s.yaml", d1);
	snprintf(dst, sizeof dst, "%s/saved.yaml", d2);
	FILE *f = fopen(csv, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs("date,tmax_c,tmin_c\n2020-10-01,28,19\n2020-10-02,27,18\n", f);
	fclose(f);
	char *y = strdup(inline_all_keys);
	CU_ASSERT_PTR_NOT_NULL_FATAL(y);
	/* Replace the daily rows by the file. */
	char *d = strstr(y, "  daily:\n"), *e = strstr(y, "soils:\n");
	const char *file = "  file: w.csv\n";
	memcpy(d, file, strlen(file));
	memmove(d + strlen(file), e, strlen(e) + 1);
	char *end = strstr(y, "end: 2020-10-04");
	memcpy(end, "end: 2020-10-02", 15);
	char *sow = strstr(y, "sow: 2020-10-03");
	memcpy(sow, "sow: 2020-10-02", 15);
	char *spell = strstr(y, "days: 3}");
	memcpy(spell, "days: 2}", 8);
	f = fopen(src, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(y, f);
	fclose(f);
	free(y);

	scenario a, b;
	diag_list dl;
	diag_list_init(&dl);
	int ok = scenario_load_file(src, &a, &dl);
	if (!ok)
		print_diags(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_EQUAL(a.weather.source, WEATHER_FILE);
	CU_ASSERT_EQUAL(a.weather.n_daily, 2);
	CU_ASSERT_STRING_EQUAL(a.weather.file, "w.csv");
	CU_ASSERT_TRUE_FATAL(scenario_save(&a, dst, false, &dl));
	/* A second save without overwrite is refused and leaves the file alone. */
	CU_ASSERT_FALSE(scenario_save(&a, dst, false, &dl));
	CU_ASSERT_EQUAL(dl.errors, 1);
	diag_list_fini(&dl);
	diag_list_init(&dl);
	ok = scenario_load_file(dst, &b, &dl);
	if (!ok)
		print_diags(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_STRING_EQUAL(b.weather.file, "../../a/w.csv");
	CU_ASSERT_EQUAL(b.weather.n_daily, 2);
	CU_ASSERT_DOUBLE_EQUAL(b.weather.daily[1].tmax_c, 27, 0);
	scenario_fini(&a);
	scenario_fini(&b);
	diag_list_fini(&dl);
	unlink(dst);
	unlink(csv);
	unlink(src);
	rmdir(d2);
	rmdir(p);
	rmdir(d1);
	rmdir(root);
}

static void test_save_hash_changes_with_any_value(void)
{
	scenario a;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(&a, &dl));
	uint64_t h = scenario_hash(&a);
	CU_ASSERT_EQUAL(h, scenario_hash(&a));
	a.communes[0].plan[0].area_ha += 0.5;
	CU_ASSERT_NOT_EQUAL(h, scenario_hash(&a));
	a.communes[0].plan[0].area_ha -= 0.5;
	CU_ASSERT_EQUAL(h, scenario_hash(&a));
	scenario_fini(&a);
	diag_list_fini(&dl);
}

VUDONG_SUITE(save)
{
	SUITE_ADD(s, "save");
	TEST_ADD(s, test_save_round_trips_every_shipped_scenario);
	TEST_ADD(s, test_save_round_trips_the_builtin_scenario);
	TEST_ADD(s, test_save_round_trips_every_key_and_awkward_text);
	TEST_ADD(s, test_save_rewrites_the_weather_file_path_for_the_new_directory);
	TEST_ADD(s, test_save_hash_changes_with_any_value);
	return 0;
}
