/* test_extends.c - `extends:` (DESIGN §4): mappings merge key by key, lists whose items all
 * carry an id merge item by item, other lists are replaced, the extending file wins, paths are
 * relative to the file that wrote them, diagnostics name the file a value came from, cycles
 * and missing files are errors at the `extends` value. Files are written to a temp dir. */
#include "testing.h"
#include "diags_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scenario_load.h"
#include "tmpdir.h"

static char tmpdir[64];
static char written[16][300];
static int n_written;

static void put(const char *rel, const char *text)
{
	CU_ASSERT_FATAL(n_written < 16);
	char *path = written[n_written++];
	snprintf(path, 300, "%s/%s", tmpdir, rel);
	FILE *f = fopen(path, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(text, f);
	fclose(f);
}

static void setup(void)
{
	CU_ASSERT_TRUE_FATAL(tmpdir_make(tmpdir, sizeof tmpdir, "extends"));
	char sub[128];
	snprintf(sub, sizeof sub, "%s/common", tmpdir);
	CU_ASSERT_EQUAL_FATAL(mkdir(sub, 0700), 0);
	n_written = 0;
}

static void teardown(void)
{
	for (int i = n_written - 1; i >= 0; i--)
		unlink(written[i]);
	char sub[128];
	snprintf(sub, sizeof sub, "%s/common", tmpdir);
	rmdir(sub);
	rmdir(tmpdir);
}

/* The base lives in common/ with its weather file beside it. */
static const char base_yaml[] =
	"format: vudong/1\n"                                                       /* 1 */
	"name: base\n"                                                             /* 2 */
	"site: {latitude_deg: 21.5, elevation_m: 320}\n"                           /* 3 */
	"season: {start: 2020-10-01, end: 2020-10-03}\n"                           /* 4 */
	"weather:\n"                                                               /* 5 */
	"  file: w.csv\n"                                                          /* 6 */
	"soils:\n"                                                                 /* 7 */
	"  - {id: loam, theta_fc: 0.32, theta_wp: 0.15}\n"                         /* 8 */
	"crops:\n"                                                                 /* 9 */
	"  - id: cabbage\n"                                                        /* 10 */
	"    kc: {ini: 0.7, mid: 1.05, end: 0.95}\n"                               /* 11 */
	"    stages_days: [20, 30, 30, 10]\n"                                      /* 12 */
	"    height_m: 0.4\n"                                                      /* 13 */
	"    root_depth_m: {min: 0.15, max: 0.5}\n"                                /* 14 */
	"    depletion_p: 0.45\n"                                                  /* 15 */
	"    ky: 0.95\n"                                                           /* 16 */
	"    yield_potential_t_ha: 20\n"                                           /* 17 */
	"    price_vnd_kg: 5000\n"                                                 /* 18 */
	"    price_const_vnd_kg: 3500\n"                                           /* 19 */
	"communes:\n"                                                              /* 20 */
	"  - id: town\n"                                                           /* 21 */
	"    land:\n"                                                              /* 22 */
	"      - {id: paddy, kind: paddy, soil: loam, area_ha: 100}\n"             /* 23 */
	"    plan:\n"                                                              /* 24 */
	"      - {id: p1, crop: cabbage, land: paddy, area_ha: 10, sow: 2020-10-01}\n" /* 25 */
	"      - {id: p2, crop: cabbage, land: paddy, area_ha: 5, sow: 2020-10-02}\n"  /* 26 */
	"economy:\n"                                                               /* 27 */
	"  constant_price_year: 2010\n"                                            /* 28 */
	"  district_output_prev_bn_vnd: 1000\n"                                    /* 29 */
	"  winter_crop_prev_bn_vnd: 10\n"                                          /* 30 */
	"  other_sectors:\n"                                                       /* 31 */
	"    - {name: a, share_prev: 0.5, growth_pct: 5}\n"                        /* 32 */
	"    - {name: b, share_prev: 0.49, growth_pct: 5}\n";                      /* 33 */

static const char csv[] = "date,tmax_c,tmin_c\n2020-10-01,28,19\n2020-10-02,27,18\n2020-10-03,26,17\n";

static void test_extends_merges_maps_and_lists_by_id(void)
{
	setup();
	put("common/base.yaml", base_yaml);
	put("common/w.csv", csv);
	put("what-if.yaml",
	    "format: vudong/1\n"
	    "extends: common/base.yaml\n"
	    "name: what-if\n"
	    "site: {elevation_m: 400}\n"
	    "crops:\n"
	    "  - {id: cabbage, price_vnd_kg: 2500}\n"
	    "  - id: kohlrabi\n"
	    "    kc: {ini: 0.7, mid: 1.05, end: 0.95}\n"
	    "    stages_days: [18, 26, 17, 9]\n"
	    "    height_m: 0.3\n"
	    "    root_depth_m: {min: 0.15, max: 0.4}\n"
	    "    depletion_p: 0.45\n"
	    "    ky_stages: [0.4, 1, 0.8, 0.4]\n"
	    "    yield_potential_t_ha: 18\n"
	    "    price_vnd_kg: 5000\n"
	    "    price_const_vnd_kg: 3500\n"
	    "communes:\n"
	    "  - id: town\n"
	    "    plan:\n"
	    "      - {id: p2, area_ha: 8, crop: kohlrabi}\n"
	    "      - {id: p3, crop: cabbage, land: paddy, area_ha: 1, sow: 2020-10-03}\n"
	    "economy:\n"
	    "  other_sectors:\n"
	    "    - {name: all, share_prev: 0.99, growth_pct: 7}\n");
	char path[300];
	snprintf(path, sizeof path, "%s/what-if.yaml", tmpdir);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	int ok = scenario_load_file(path, &s, &dl);
	char buf[1024];
	for (size_t i = 0; i < dl.count; i++)
		fprintf(stderr, "\n  %s", diag_format(&dl.items[i], buf, sizeof buf));
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_STRING_EQUAL(s.name, "what-if");
	/* site: merged key by key. */
	CU_ASSERT_DOUBLE_EQUAL(s.site.latitude_deg, 21.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(s.site.elevation_m, 400, 0);
	/* crops: by id; cabbage keeps everything but its price; kohlrabi appended. */
	CU_ASSERT_EQUAL_FATAL(s.n_crops, 2);
	CU_ASSERT_STRING_EQUAL(s.crops[0].id, "cabbage");
	CU_ASSERT_DOUBLE_EQUAL(s.crops[0].price_vnd_kg, 2500, 0);
	CU_ASSERT_DOUBLE_EQUAL(s.crops[0].kc_mid, 1.05, 0);
	CU_ASSERT_STRING_EQUAL(s.crops[1].id, "kohlrabi");
	/* plan items by id: p1 kept, p2 changed, p3 appended. */
	const commune *c = &s.communes[0];
	CU_ASSERT_EQUAL_FATAL(c->n_plan, 3);
	CU_ASSERT_DOUBLE_EQUAL(c->plan[0].area_ha, 10, 0);
	CU_ASSERT_DOUBLE_EQUAL(c->plan[1].area_ha, 8, 0);
	CU_ASSERT_EQUAL(c->plan[1].crop, 1);
	CU_ASSERT_EQUAL(c->plan[1].sow, date_from_ymd(2020, 10, 2));
	CU_ASSERT_STRING_EQUAL(c->plan[2].id, "p3");
	CU_ASSERT_EQUAL(c->n_land, 1);
	/* sectors have no id: the list is replaced whole. */
	CU_ASSERT_EQUAL_FATAL(s.economy.n_other_sectors, 1);
	CU_ASSERT_STRING_EQUAL(s.economy.other_sectors[0].name, "all");
	/* The weather file is found beside the base; as written it is relative to what-if.yaml. */
	CU_ASSERT_EQUAL(s.weather.source, WEATHER_FILE);
	CU_ASSERT_EQUAL(s.weather.n_daily, 3);
	CU_ASSERT_STRING_EQUAL(s.weather.file, "common/w.csv");
	/* Files: the scenario, its base, the weather file; marks name the file of each value. */
	CU_ASSERT_EQUAL(s.n_files, 3);
	CU_ASSERT_PTR_NOT_NULL(strstr(scenario_mark_file(&s, c->plan[0].mark), "common/base.yaml"));
	CU_ASSERT_PTR_NOT_NULL(strstr(scenario_mark_file(&s, c->plan[2].mark), "what-if.yaml"));
	CU_ASSERT_PTR_NOT_NULL(strstr(scenario_mark_file(&s, s.weather.daily[0].mark), "w.csv"));
	scenario_fini(&s);
	diag_list_fini(&dl);
	teardown();
}

static void test_extends_lets_the_extending_file_change_the_weather_source(void)
{
	setup();
	put("common/base.yaml", base_yaml);
	put("common/w.csv", csv);
	put("normals.yaml",
	    "format: vudong/1\n"
	    "extends: common/base.yaml\n"
	    "weather:\n"
	    "  normals:\n"
	    "    - {month: 10, tmax_c: 28, tmin_c: 19, rain_mm: 90, rain_days: 9}\n");
	char path[300];
	snprintf(path, sizeof path, "%s/normals.yaml", tmpdir);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &s, &dl));
	CU_ASSERT_EQUAL(s.weather.source, WEATHER_NORMALS);
	CU_ASSERT_PTR_NULL(s.weather.file);
	CU_ASSERT_EQUAL(s.weather.normals[9].month, 10);
	scenario_fini(&s);
	diag_list_fini(&dl);
	teardown();
}

/* Loads tmpdir/name and returns the diagnostics with tmpdir replaced by "T". */
static const char *load_errors(const char *name)
{
	static char out[4096];
	char path[300];
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(scenario_load_file(path, &s, &dl));
	const char *t = diags_text(&dl);
	size_t n = strlen(tmpdir), k = 0;
	for (const char *p = t; *p && k + 2 < sizeof out;) {
		if (strncmp(p, tmpdir, n) == 0) {
			out[k++] = 'T';
			p += n;
		} else {
			out[k++] = *p++;
		}
	}
	out[k] = 0;
	diag_list_fini(&dl);
	return out;
}

static void test_extends_reports_errors_in_the_file_that_wrote_them(void)
{
	setup();
	char *bad = strdup(base_yaml);
	CU_ASSERT_PTR_NOT_NULL_FATAL(bad);
	memcpy(strstr(bad, "depletion_p: 0.45"), "depletion_p: 0.95", 17);
	put("common/base.yaml", bad);
	free(bad);
	put("common/w.csv", csv);
	put("child.yaml",
	    "format: vudong/1\n"
	    "extends: common/base.yaml\n"
	    "communes:\n"
	    "  - id: town\n"
	    "    plan:\n"
	    "      - {id: p2, crop: cabage}\n");
	CU_ASSERT_STRING_EQUAL(load_errors("child.yaml"),
			       "T/child.yaml:6:24: error: unknown crop 'cabage'; did you mean `cabbage`?\n"
			       "T/common/base.yaml:15:18: error: 'depletion_p' must be between 0.1 and 0.8, not 0.95\n");
	teardown();
}

static void test_extends_reports_cycles_and_missing_files_at_the_extends_value(void)
{
	setup();
	put("a.yaml", "format: vudong/1\nextends: common/b.yaml\n");
	put("common/b.yaml", "format: vudong/1\nextends: ../a.yaml\n");
	put("lost.yaml", "format: vudong/1\nextends:   nowhere.yaml\n");
	CU_ASSERT_STRING_EQUAL(load_errors("a.yaml"),
			       "T/common/b.yaml:2:10: error: 'extends' makes a cycle: T/a.yaml is already being loaded\n");
	CU_ASSERT_STRING_EQUAL(load_errors("lost.yaml"),
			       "T/lost.yaml:2:12: error: cannot read 'nowhere.yaml' (T/nowhere.yaml): No such file or directory\n");
	teardown();
}

VUDONG_SUITE(extends)
{
	SUITE_ADD(s, "extends");
	TEST_ADD(s, test_extends_merges_maps_and_lists_by_id);
	TEST_ADD(s, test_extends_lets_the_extending_file_change_the_weather_source);
	TEST_ADD(s, test_extends_reports_errors_in_the_file_that_wrote_them);
	TEST_ADD(s, test_extends_reports_cycles_and_missing_files_at_the_extends_value);
	return 0;
}
