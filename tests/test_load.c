/* test_load.c - the scenario loader: a small valid scenario and its values and defaults, then
 * one test per kind of diagnostic with its exact message and file:line:col (DESIGN §4, §8). */
#include "testing.h"
#include "diags_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_load.h"
#include "yaml_tree.h"

/* A small valid scenario; the tests replace one line of it. Line numbers are on the right. */
static const char *const base_lines[] = {
	"format: vudong/1",                                                        /* 1 */
	"name: test",                                                              /* 2 */
	"site: {latitude_deg: 21.5, elevation_m: 320}",                            /* 3 */
	"season: {start: 2020-10-01, end: 2020-12-31}",                            /* 4 */
	"weather:",                                                                /* 5 */
	"  normals:",                                                              /* 6 */
	"    - {month: 10, tmax_c: 28, tmin_c: 19, rain_mm: 90, rain_days: 9}",   /* 7 */
	"    - {month: 11, tmax_c: 24, tmin_c: 15, rain_mm: 40, rain_days: 6}",   /* 8 */
	"    - {month: 12, tmax_c: 21, tmin_c: 11, rain_mm: 25, rain_days: 5}",   /* 9 */
	"soils:",                                                                  /* 10 */
	"  - {id: loam, theta_fc: 0.32, theta_wp: 0.15}",                          /* 11 */
	"crops:",                                                                  /* 12 */
	"  - id: cabbage",                                                         /* 13 */
	"    kc: {ini: 0.7, mid: 1.05, end: 0.95}",                                /* 14 */
	"    stages_days: [20, 30, 30, 10]",                                       /* 15 */
	"    height_m: 0.4",                                                       /* 16 */
	"    root_depth_m: {min: 0.15, max: 0.5}",                                 /* 17 */
	"    depletion_p: 0.45",                                                   /* 18 */
	"    ky: 0.95",                                                            /* 19 */
	"    yield_potential_t_ha: 20",                                            /* 20 */
	"    price_vnd_kg: 5000",                                                  /* 21 */
	"    price_const_vnd_kg: 3500",                                            /* 22 */
	"communes:",                                                               /* 23 */
	"  - id: town",                                                            /* 24 */
	"    land:",                                                               /* 25 */
	"      - {id: paddy, kind: paddy, soil: loam, area_ha: 100}",              /* 26 */
	"    plan:",                                                               /* 27 */
	"      - {crop: cabbage, land: paddy, area_ha: 10, sow: 2020-10-10}",      /* 28 */
};
#define BASE_LINES (sizeof base_lines / sizeof base_lines[0])

/* The base text with line `line` (1-based) replaced by `text` (0: unchanged). malloc'd. */
static char *variant(int line, const char *text)
{
	size_t cap = 4096 + (text ? strlen(text) : 0);
	char *buf = malloc(cap);
	CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
	buf[0] = 0;
	for (size_t i = 0; i < BASE_LINES; i++) {
		strcat(buf, (int)i + 1 == line ? text : base_lines[i]);
		strcat(buf, "\n");
	}
	return buf;
}

static bool load_variant(int line, const char *text, scenario *s, diag_list *dl)
{
	char *y = variant(line, text);
	bool ok = scenario_load_text("t.yaml", y, strlen(y), NULL, s, dl);
	free(y);
	return ok;
}

/* Loads a variant that must fail with exactly `expected` (all lines). */
static void expect_errors(int line, const char *text, const char *expected)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(load_variant(line, text, &s, &dl));
	CU_ASSERT_STRING_EQUAL(diags_text(&dl), expected);
	if (strcmp(diags_text(&dl), expected) != 0)
		fprintf(stderr, "\nexpected:\n%sgot:\n%s", expected, diags_text(&dl));
	CU_ASSERT_EQUAL(s.n_crops, 0); /* left fini'd */
	diag_list_fini(&dl);
}

static void test_load_reads_every_value_of_a_small_scenario(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(load_variant(0, NULL, &s, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_STRING_EQUAL(s.format, "vudong/1");
	CU_ASSERT_STRING_EQUAL(s.name, "test");
	CU_ASSERT_DOUBLE_EQUAL(s.site.latitude_deg, 21.5, 0);
	CU_ASSERT_EQUAL(s.season_start, date_from_ymd(2020, 10, 1));
	CU_ASSERT_EQUAL(s.season_end, date_from_ymd(2020, 12, 31));
	CU_ASSERT_EQUAL(s.weather.source, WEATHER_NORMALS);
	CU_ASSERT_EQUAL(s.weather.normals[10].month, 11);
	CU_ASSERT_DOUBLE_EQUAL(s.weather.normals[10].rain_mm, 40, 0);
	CU_ASSERT_EQUAL(s.weather.normals[0].month, 0);          /* January not given */
	CU_ASSERT_TRUE(isnan(s.weather.normals[9].sunshine_h));  /* optional: missing */
	CU_ASSERT_EQUAL_FATAL(s.n_crops, 1);
	const crop *c = &s.crops[0];
	CU_ASSERT_STRING_EQUAL(c->id, "cabbage");
	CU_ASSERT_DOUBLE_EQUAL(c->kc_mid, 1.05, 0);
	CU_ASSERT_EQUAL(c->stages_unit, STAGES_IN_DAYS);
	CU_ASSERT_DOUBLE_EQUAL(c->stages[3], 10, 0);
	CU_ASSERT_FALSE(c->has_ky_stages);
	CU_ASSERT_DOUBLE_EQUAL(c->ky, 0.95, 0);
	CU_ASSERT_FALSE(c->has_frost);
	CU_ASSERT_TRUE(isnan(c->tupper_c));
	CU_ASSERT_EQUAL_FATAL(s.n_communes, 1);
	const commune *co = &s.communes[0];
	CU_ASSERT_EQUAL_FATAL(co->n_land, 1);
	CU_ASSERT_EQUAL(co->land[0].kind, LAND_PADDY);
	CU_ASSERT_EQUAL(co->land[0].soil, 0);
	CU_ASSERT_EQUAL(co->land[0].free_from, DATE_NONE);
	CU_ASSERT_EQUAL_FATAL(co->n_plan, 1);
	CU_ASSERT_EQUAL(co->plan[0].crop, 0);
	CU_ASSERT_EQUAL(co->plan[0].land, 0);
	CU_ASSERT_EQUAL(co->plan[0].sow, date_from_ymd(2020, 10, 10));
	/* The defaults DESIGN §4 names. */
	CU_ASSERT_DOUBLE_EQUAL(s.weather.anemometer_height_m, 2, 0);
	CU_ASSERT_DOUBLE_EQUAL(s.weather.krs, 0.16, 0);
	CU_ASSERT_EQUAL(s.weather.seed, 2020);
	CU_ASSERT_DOUBLE_EQUAL(co->plan[0].management_factor, 1, 0);
	CU_ASSERT_EQUAL(co->plan[0].irrigation.mode, IRRIGATION_NONE);
	CU_ASSERT_DOUBLE_EQUAL(co->land[0].irrigable_share, 0, 0);
	CU_ASSERT_FALSE(s.economy.present);
	CU_ASSERT_EQUAL(s.n_shocks, 0);
	/* Marks: the plan item's mapping starts at 28:9. */
	CU_ASSERT_EQUAL(co->plan[0].mark.line, 28);
	CU_ASSERT_EQUAL(co->plan[0].mark.col, 9);
	CU_ASSERT_STRING_EQUAL(scenario_mark_file(&s, co->plan[0].mark), "t.yaml");
	scenario_fini(&s);
	diag_list_fini(&dl);
}

static void test_load_reads_irrigation_shocks_and_economy(void)
{
	const char *extra =
		"      - {crop: cabbage, land: paddy, area_ha: 10, sow: 2020-10-10, irrigation: {interval_days: 7, depth_mm: 25}}\n"
		"      - {id: two, crop: cabbage, land: paddy, area_ha: 5, sow: 2020-11-10, irrigation: auto, management_factor: 0.8}\n"
		"economy:\n"
		"  constant_price_year: 2010\n"
		"  district_output_prev_bn_vnd: 1000\n"
		"  winter_crop_prev_bn_vnd: 10\n"
		"  other_sectors: [{name: rest, share_prev: 0.99, growth_pct: 10}]\n"
		"shocks:\n"
		"  - {kind: price, factor: 0.5}\n"
		"  - {kind: cold_spell, from: 2020-12-01, days: 3, tmin_c: -1, tmax_c: 6, enabled: false}\n"
		"ensemble: {seasons: 50}";
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(load_variant(28, extra, &s, &dl));
	const commune *co = &s.communes[0];
	CU_ASSERT_EQUAL_FATAL(co->n_plan, 2);
	CU_ASSERT_EQUAL(co->plan[0].irrigation.mode, IRRIGATION_SCHEDULE);
	CU_ASSERT_EQUAL(co->plan[0].irrigation.interval_days, 7);
	CU_ASSERT_DOUBLE_EQUAL(co->plan[0].irrigation.depth_mm, 25, 0);
	CU_ASSERT_EQUAL(co->plan[1].irrigation.mode, IRRIGATION_AUTO);
	CU_ASSERT_STRING_EQUAL(co->plan[1].id, "two");
	CU_ASSERT_DOUBLE_EQUAL(co->plan[1].management_factor, 0.8, 0);
	CU_ASSERT_TRUE(s.economy.present);
	CU_ASSERT_FALSE(s.economy.has_target);
	CU_ASSERT_EQUAL(s.economy.n_other_sectors, 1);
	CU_ASSERT_EQUAL_FATAL(s.n_shocks, 2);
	CU_ASSERT_EQUAL(s.shocks[0].kind, SHOCK_PRICE);
	CU_ASSERT_EQUAL(s.shocks[0].crop, -1);      /* every crop */
	CU_ASSERT_TRUE(s.shocks[0].enabled);
	CU_ASSERT_EQUAL(s.shocks[1].kind, SHOCK_COLD_SPELL);
	CU_ASSERT_FALSE(s.shocks[1].enabled);
	CU_ASSERT_EQUAL(s.shocks[1].days, 3);
	CU_ASSERT_EQUAL(s.ensemble_seasons, 50);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

static void test_load_hints_the_nearest_key(void)
{
	/* "      - {id: paddy, kind: paddy, soil: loam, area_h: 100}": area_h at column 46. */
	expect_errors(26, "      - {id: paddy, kind: paddy, soil: loam, area_h: 100}",
		      "t.yaml:26:9: error: land unit 'paddy' is missing required key 'area_ha'\n"
		      "t.yaml:26:46: error: unknown key 'area_h' in land unit; did you mean `area_ha`?\n");
}

static void test_load_hints_the_nearest_crop_id(void)
{
	/* "      - {crop: cabage, ...": the id at column 16. */
	expect_errors(28, "      - {crop: cabage, land: paddy, area_ha: 10, sow: 2020-10-10}",
		      "t.yaml:28:16: error: unknown crop 'cabage'; did you mean `cabbage`?\n");
}

static void test_load_lists_known_ids_when_none_is_near(void)
{
	expect_errors(26, "      - {id: paddy, kind: paddy, soil: granite, area_ha: 100}",
		      "t.yaml:26:40: error: unknown soil 'granite' (known: loam)\n");
}

static void test_load_reports_duplicate_keys_with_the_first(void)
{
	/* "site: {latitude_deg: 21.5, latitude_deg: 22, ...": first at 8, second at 28. */
	expect_errors(3, "site: {latitude_deg: 21.5, latitude_deg: 22, elevation_m: 320}",
		      "t.yaml:3:28: error: duplicate key 'latitude_deg' (first at 3:8)\n");
}

static void test_load_rejects_anchors_and_aliases(void)
{
	expect_errors(3, "site: &s {latitude_deg: 21.5, elevation_m: 320}",
		      "t.yaml:3:7: error: anchors (&s) are not allowed; write the value out\n");
	expect_errors(18, "    depletion_p: *p",
		      "t.yaml:18:18: error: aliases (*p) are not allowed; write the value out\n");
}

static void test_load_stops_nesting_deeper_than_32(void)
{
	/* notes: [[[...]]] with 32 lists is 33 levels under the top mapping. */
	char line[128] = "notes: ";
	for (int i = 0; i < 32; i++)
		strcat(line, "[");
	for (int i = 0; i < 32; i++)
		strcat(line, "]");
	/* The top mapping is level 1; the 32nd '[' (column 7 + 32 = 39) is level 33. */
	expect_errors(2, line, "t.yaml:2:39: error: nesting deeper than 32 levels\n");
}

static void test_yaml_tree_accepts_exactly_32_levels(void)
{
	/* The top mapping and 31 lists: 32 levels, parsed; one more list is refused. */
	char text[128] = "a: ";
	for (int i = 0; i < 31; i++)
		strcat(text, "[");
	for (int i = 0; i < 31; i++)
		strcat(text, "]");
	yt_arena *a = yt_arena_create();
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	diag_list dl;
	diag_list_init(&dl);
	bool ok;
	yt_node *root = yt_parse(a, text, strlen(text), 0, "d.yaml", &dl, &ok);
	CU_ASSERT_TRUE(ok);
	CU_ASSERT_PTR_NOT_NULL_FATAL(root);
	const yt_node *n = yt_map_get(root, "a");
	int depth = 1;
	while (n && n->kind == YT_SEQ) {
		depth++;
		n = n->len ? n->items[0] : NULL;
	}
	CU_ASSERT_EQUAL(depth, 32);
	memmove(text + 4, text + 3, strlen(text + 3) + 1);
	text[3] = '[';
	strcat(text, "]");
	CU_ASSERT_PTR_NULL(yt_parse(a, text, strlen(text), 0, "d.yaml", &dl, &ok));
	CU_ASSERT_FALSE(ok);
	CU_ASSERT_EQUAL(dl.errors, 1);
	yt_arena_destroy(a);
	diag_list_fini(&dl);
}

static void test_load_rejects_nan_and_infinity(void)
{
	expect_errors(11, "  - {id: loam, theta_fc: .nan, theta_wp: 0.15}",
		      "t.yaml:11:26: error: 'theta_fc' must be a finite number, not '.nan' (NaN and infinities are not allowed)\n");
	expect_errors(11, "  - {id: loam, theta_fc: 0.32, theta_wp: -.inf}",
		      "t.yaml:11:42: error: 'theta_wp' must be a finite number, not '-.inf' (NaN and infinities are not allowed)\n");
}

static void test_load_rejects_a_string_for_a_number(void)
{
	expect_errors(16, "    height_m: tall",
		      "t.yaml:16:15: error: 'height_m' must be a number, not 'tall'\n");
	expect_errors(16, "    height_m: \"0.4\"",
		      "t.yaml:16:15: error: 'height_m' must be a number, not the quoted text \"0.4\"\n");
	expect_errors(14, "    kc: [0.7, 1.05, 0.95]",
		      "t.yaml:14:9: error: 'kc' must be a mapping, not a list\n");
}

static void test_load_rejects_values_out_of_range(void)
{
	expect_errors(14, "    kc: {ini: 0.7, mid: 3, end: 0.95}",
		      "t.yaml:14:25: error: 'mid' must be between 0.1 and 2, not 3\n");
	expect_errors(18, "    depletion_p: 0.9",
		      "t.yaml:18:18: error: 'depletion_p' must be between 0.1 and 0.8, not 0.9\n");
	expect_errors(26, "      - {id: paddy, kind: paddy, soil: loam, area_ha: 100, irrigable_share: 1.5}",
		      "t.yaml:26:77: error: 'irrigable_share' must be between 0 and 1, not 1.5\n");
	expect_errors(15, "    stages_days: [20, 30.5, 30, 10]",
		      "t.yaml:15:23: error: 'stages_days' must be whole days, not 30.5\n");
}

static void test_load_rejects_dates_that_do_not_exist(void)
{
	expect_errors(28, "      - {crop: cabbage, land: paddy, area_ha: 10, sow: 2021-02-29}",
		      "t.yaml:28:56: error: 'sow' is not a day that exists: 2021-02-29\n");
	/* Day/month/year is read (10/10/2020 loads); a day it names must exist too. */
	expect_errors(28, "      - {crop: cabbage, land: paddy, area_ha: 10, sow: 31/11/2020}",
		      "t.yaml:28:56: error: 'sow' is not a day that exists: 31/11/2020 (read as day/month/year)\n");
	expect_errors(28, "      - {crop: cabbage, land: paddy, area_ha: 10, sow: 10.10.2020}",
		      "t.yaml:28:56: error: 'sow' must be a date YYYY-MM-DD, not '10.10.2020'\n");
}

static void test_load_rejects_a_season_that_ends_before_it_starts(void)
{
	expect_errors(4, "season: {start: 2020-10-01, end: 2020-09-30}",
		      "t.yaml:4:34: error: the season ends (2020-09-30) before it starts (2020-10-01)\n");
}

static void test_load_rejects_sowing_outside_the_season(void)
{
	expect_errors(28, "      - {crop: cabbage, land: paddy, area_ha: 10, sow: 2021-01-10}",
		      "t.yaml:28:56: error: sowing date 2021-01-10 is outside the season (2020-10-01 to 2020-12-31)\n");
}

static void test_load_rejects_wilting_point_at_or_above_field_capacity(void)
{
	expect_errors(11, "  - {id: loam, theta_fc: 0.32, theta_wp: 0.32}",
		      "t.yaml:11:42: error: 'theta_wp' 0.32 must be below 'theta_fc' 0.32\n");
}

static void test_load_rejects_root_min_above_max(void)
{
	expect_errors(17, "    root_depth_m: {min: 0.6, max: 0.5}",
		      "t.yaml:17:25: error: root depth 'min' 0.6 is above 'max' 0.5\n");
}

static void test_load_rejects_free_until_before_free_from(void)
{
	expect_errors(26, "      - {id: paddy, kind: paddy, soil: loam, area_ha: 100, free_from: 2020-10-05, free_until: 2020-10-01}",
		      "t.yaml:26:95: error: 'free_until' 2020-10-01 is before 'free_from' 2020-10-05\n");
}

static void test_load_rejects_two_weather_sources_and_none(void)
{
	expect_errors(6, "  file: w.csv\n  normals:",
		      "t.yaml:7:3: error: weather source given twice: 'normals' and 'file' (first at 6:3); give only one\n");
	expect_errors(6, "  krs: 0.16\n  other:",
		      "t.yaml:6:3: error: no weather source: give one of 'file', 'daily', 'normals' or 'station'\n"
		      "t.yaml:7:3: error: unknown key 'other' in weather\n");
}

static void test_load_rejects_ky_with_ky_stages_and_both_stage_units(void)
{
	expect_errors(19, "    ky: 0.95\n    ky_stages: [0.4, 1.1, 0.8, 0.4]",
		      "t.yaml:20:5: error: yield response given twice: 'ky_stages' and 'ky' (first at 19:5); give only one\n");
	expect_errors(15, "    stages_days: [20, 30, 30, 10]\n    stages_gdd: [200, 300, 300, 100]\n    tbase_c: 2",
		      "t.yaml:16:5: error: stage lengths given twice: 'stages_gdd' and 'stages_days' (first at 15:5); give only one\n");
	expect_errors(19, "    height_m: 0.4",
		      "t.yaml:13:5: error: crop 'cabbage': no yield response: give 'ky' or 'ky_stages'\n"
		      "t.yaml:19:5: error: duplicate key 'height_m' (first at 16:5)\n");
}

static void test_load_needs_tbase_with_degree_days(void)
{
	expect_errors(15, "    stages_gdd: [200, 300, 300, 100]",
		      "t.yaml:15:5: error: 'stages_gdd' needs 'tbase_c', the base temperature of the degree days\n");
}

static void test_load_reports_missing_required_keys(void)
{
	expect_errors(16, "    # no height",
		      "t.yaml:13:5: error: crop 'cabbage' is missing required key 'height_m'\n");
	expect_errors(1, "# no format",
		      "t.yaml:2:1: error: the scenario is missing required key 'format' (write `format: vudong/1` first)\n");
}

static void test_load_reports_a_syntax_error_where_it_is(void)
{
	expect_errors(16, "    height_m: [0.4",
		      "t.yaml:17:17: error: syntax error: did not find expected ',' or ']' while parsing a flow sequence (line 16)\n");
}

static void test_load_reports_invalid_utf8_with_its_position(void)
{
	/* 0xff is never valid in UTF-8; "name: t" then the byte: line 2, column 8. */
	expect_errors(2, "name: t\xff",
		      "t.yaml:2:8: error: invalid UTF-8: byte 0xff does not start a valid character; save the file as UTF-8\n");
	/* Latin-1 "Bình": 0xec announces three bytes but 'n' follows; the error is at 0xec. */
	expect_errors(2, "name: B\xecnh",
		      "t.yaml:2:8: error: invalid UTF-8: byte 0xec does not start a valid character; save the file as UTF-8\n");
}

static void test_load_rejects_files_over_4_mib_before_parsing(void)
{
	size_t n = YT_MAX_FILE_BYTES + 1;
	char *big = malloc(n);
	CU_ASSERT_PTR_NOT_NULL_FATAL(big);
	memset(big, ' ', n);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(scenario_load_text("big.yaml", big, n, NULL, &s, &dl));
	CU_ASSERT_STRING_EQUAL(diags_text(&dl),
			       "big.yaml: error: file is larger than 4 MiB (4194305 bytes); scenario files are limited to 4 MiB\n");
	free(big);
	diag_list_fini(&dl);
}

static void test_load_reports_every_problem_in_one_pass(void)
{
	const char *two =
		"  - {id: loam, theta_fc: 0.32, theta_wp: 0.5, colour: brown}";
	expect_errors(11, two,
		      "t.yaml:11:42: error: 'theta_wp' 0.5 must be below 'theta_fc' 0.32\n"
		      "t.yaml:11:47: error: unknown key 'colour' in soil\n");
}

static void test_load_rejects_keys_that_do_not_apply_to_the_shock_kind(void)
{
	expect_errors(28, "      - {crop: cabbage, land: paddy, area_ha: 10, sow: 2020-10-10}\nshocks:\n  - {kind: rain, factor: 2, delta_c: 1}",
		      "t.yaml:30:29: error: 'delta_c' does not apply to a rain shock\n");
	expect_errors(28, "      - {crop: cabbage, land: paddy, area_ha: 10, sow: 2020-10-10}\nshocks:\n  - {kind: cold_spel, days: 2}",
		      "t.yaml:30:12: error: 'kind' must be cold_spell, warming, rain, drought or price, not 'cold_spel'; did you mean `cold_spell`?\n");
}

static void test_load_needs_a_normal_for_every_month_of_the_season(void)
{
	expect_errors(9, "    - {month: 11, tmax_c: 21, tmin_c: 11, rain_mm: 25, rain_days: 5}",
		      "t.yaml:6:3: error: no weather normal for month 12 (the season runs from 2020-10-01 to 2020-12-31)\n"
		      "t.yaml:9:15: error: month 11 given twice (first at 8:7)\n");
}

static void test_load_reads_inline_daily_weather_and_checks_its_coverage(void)
{
	const char *daily =
		"  daily:\n"
		"    - {date: 2020-10-01, tmax_c: 28, tmin_c: 19}\n"
		"    - {date: 2020-10-02, tmax_c: 28, tmin_c: 19, rain_mm: 3}\n"
		"    - {date: 2020-10-05, tmax_c: 18, tmin_c: 19}";
	/* Lines 6-9 replace "  normals:"; the three normals lines after it are dropped and the
	 * season shortened to 2020-10-06, so 10-03, 10-04 and 10-06 are missing. */
	char *y = variant(6, daily);
	char *p = strstr(y, "    - {month: 10");
	char *q = strstr(y, "soils:");
	memmove(p, q, strlen(q) + 1);
	char *t = strstr(y, "end: 2020-12-31");
	memcpy(t, "end: 2020-10-06", 15);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(scenario_load_text("t.yaml", y, strlen(y), NULL, &s, &dl));
	CU_ASSERT_STRING_EQUAL(diags_text(&dl),
			       "t.yaml:6:3: error: the weather ends on 2020-10-05, before the season ends (2020-10-06)\n"
			       "t.yaml:9:14: error: the weather is missing 2020-10-03 to 2020-10-04; the season needs every day\n"
			       "t.yaml:9:46: error: 'tmin_c' 19 is above 'tmax_c' 18 on 2020-10-05\n"
			       "t.yaml:28:56: error: sowing date 2020-10-10 is outside the season (2020-10-01 to 2020-10-06)\n");
	free(y);
	diag_list_fini(&dl);
}

/* The example in docs/scenario-format.md is a valid scenario. */
static void test_load_accepts_the_example_in_the_docs(void)
{
	FILE *f = fopen("docs/scenario-format.md", "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	static char doc[1 << 18];
	size_t n = fread(doc, 1, sizeof doc - 1, f);
	fclose(f);
	doc[n] = 0;
	char *b = strstr(doc, "```yaml\n");
	CU_ASSERT_PTR_NOT_NULL_FATAL(b);
	b += strlen("```yaml\n");
	char *e = strstr(b, "```");
	CU_ASSERT_PTR_NOT_NULL_FATAL(e);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = scenario_load_text("example.yaml", b, (size_t)(e - b), NULL, &s, &dl);
	if (!ok)
		fprintf(stderr, "\n%s", diags_text(&dl));
	CU_ASSERT_TRUE(ok);
	CU_ASSERT_EQUAL(dl.count, 0);
	if (ok)
		scenario_fini(&s);
	diag_list_fini(&dl);
}

/* A file with only format, site, season and weather (FAO-56 Example 18, tests/fao56/): what
 * `vudong weather` loads, not what a season run loads. */
static void test_load_weather_only_needs_no_soils_crops_or_communes(void)
{
	const char *path = "tests/fao56/example-18-uccle.yaml";
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(scenario_load_file(path, &s, &dl));
	CU_ASSERT_STRING_EQUAL(diags_text(&dl),
			       "tests/fao56/example-18-uccle.yaml:6:1: error: the scenario is missing required key 'soils'\n"
			       "tests/fao56/example-18-uccle.yaml:6:1: error: the scenario is missing required key 'crops'\n"
			       "tests/fao56/example-18-uccle.yaml:6:1: error: the scenario is missing required key 'communes'\n");
	diag_list_fini(&dl);

	diag_list_init(&dl);
	bool ok = scenario_load_file_mode(path, SCENARIO_LOAD_WEATHER_ONLY, &s, &dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL(s.n_soils, 0);
	CU_ASSERT_EQUAL(s.n_crops, 0);
	CU_ASSERT_EQUAL(s.n_communes, 0);
	CU_ASSERT_DOUBLE_EQUAL(s.site.latitude_deg, 50.8, 1e-12);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

VUDONG_SUITE(load)
{
	SUITE_ADD(s, "load");
	TEST_ADD(s, test_load_reads_every_value_of_a_small_scenario);
	TEST_ADD(s, test_load_reads_irrigation_shocks_and_economy);
	TEST_ADD(s, test_load_hints_the_nearest_key);
	TEST_ADD(s, test_load_hints_the_nearest_crop_id);
	TEST_ADD(s, test_load_lists_known_ids_when_none_is_near);
	TEST_ADD(s, test_load_reports_duplicate_keys_with_the_first);
	TEST_ADD(s, test_load_rejects_anchors_and_aliases);
	TEST_ADD(s, test_load_stops_nesting_deeper_than_32);
	TEST_ADD(s, test_yaml_tree_accepts_exactly_32_levels);
	TEST_ADD(s, test_load_rejects_nan_and_infinity);
	TEST_ADD(s, test_load_rejects_a_string_for_a_number);
	TEST_ADD(s, test_load_rejects_values_out_of_range);
	TEST_ADD(s, test_load_rejects_dates_that_do_not_exist);
	TEST_ADD(s, test_load_rejects_a_season_that_ends_before_it_starts);
	TEST_ADD(s, test_load_rejects_sowing_outside_the_season);
	TEST_ADD(s, test_load_rejects_wilting_point_at_or_above_field_capacity);
	TEST_ADD(s, test_load_rejects_root_min_above_max);
	TEST_ADD(s, test_load_rejects_free_until_before_free_from);
	TEST_ADD(s, test_load_rejects_two_weather_sources_and_none);
	TEST_ADD(s, test_load_rejects_ky_with_ky_stages_and_both_stage_units);
	TEST_ADD(s, test_load_needs_tbase_with_degree_days);
	TEST_ADD(s, test_load_reports_missing_required_keys);
	TEST_ADD(s, test_load_reports_a_syntax_error_where_it_is);
	TEST_ADD(s, test_load_reports_invalid_utf8_with_its_position);
	TEST_ADD(s, test_load_rejects_files_over_4_mib_before_parsing);
	TEST_ADD(s, test_load_reports_every_problem_in_one_pass);
	TEST_ADD(s, test_load_rejects_keys_that_do_not_apply_to_the_shock_kind);
	TEST_ADD(s, test_load_needs_a_normal_for_every_month_of_the_season);
	TEST_ADD(s, test_load_reads_inline_daily_weather_and_checks_its_coverage);
	TEST_ADD(s, test_load_accepts_the_example_in_the_docs);
	TEST_ADD(s, test_load_weather_only_needs_no_soils_crops_or_communes);
	return 0;
}
