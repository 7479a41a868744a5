/* test_ref_names.c - a crop given by its Vietnamese name instead of its id (issue 14):
 * sim/scenario/scenario_load_refs.c accepts the name, or the id in other capitals, without
 * its marks or case where it names one crop only; two crops of one name, or a name with a
 * typo, get a message that gives the ids. */
#include "testing.h"

#include <stdlib.h>
#include <string.h>

#include "scenario_load.h"

/* Line 17 (the plan item's crop) and line 19 (the shock's crop) are filled in. */
static const char *const lines[] = {
	"format: vudong/1",                                                        /* 1 */
	"site: {latitude_deg: 21.5, elevation_m: 320}",                            /* 2 */
	"season: {start: 2020-10-01, end: 2020-12-31}",                            /* 3 */
	"weather:",                                                                /* 4 */
	"  normals:",                                                              /* 5 */
	"    - {month: 10, tmax_c: 28, tmin_c: 19, rain_mm: 90, rain_days: 9}",   /* 6 */
	"    - {month: 11, tmax_c: 24, tmin_c: 15, rain_mm: 40, rain_days: 6}",   /* 7 */
	"    - {month: 12, tmax_c: 21, tmin_c: 11, rain_mm: 25, rain_days: 5}",   /* 8 */
	"soils: [{id: loam, theta_fc: 0.32, theta_wp: 0.15}]",                      /* 9 */
	"crops:",                                                                  /* 10 */
	"  - {id: potato, name: Khoai tây, kc: {ini: 0.5, mid: 1.15, end: 0.75}, stages_days: [25, 30, 45, 30], height_m: 0.6, root_depth_m: {min: 0.15, max: 0.5}, depletion_p: 0.35, ky: 1.1, yield_potential_t_ha: 25, price_vnd_kg: 8000, price_const_vnd_kg: 6000}", /* 11 */
	"  - {id: cabbage, name: Bắp cải, kc: {ini: 0.7, mid: 1.05, end: 0.95}, stages_days: [20, 30, 30, 10], height_m: 0.4, root_depth_m: {min: 0.15, max: 0.5}, depletion_p: 0.45, ky: 0.95, yield_potential_t_ha: 20, price_vnd_kg: 5000, price_const_vnd_kg: 3500}", /* 12 */
	"  - {id: %s, name: %s, kc: {ini: 0.7, mid: 1.05, end: 0.95}, stages_days: [20, 30, 30, 10], height_m: 0.4, root_depth_m: {min: 0.15, max: 0.5}, depletion_p: 0.45, ky: 0.95, yield_potential_t_ha: 20, price_vnd_kg: 5000, price_const_vnd_kg: 3500}", /* 13 */
	"communes:",                                                               /* 14 */
	"  - id: town",                                                            /* 15 */
	"    land: [{id: paddy, kind: paddy, soil: loam, area_ha: 100}]",          /* 16 */
	"    plan: [{crop: %s, land: paddy, area_ha: 10, sow: 2020-10-10}]",       /* 17 */
	"shocks:",                                                                 /* 18 */
	"  - {kind: price, crop: %s, factor: 0.5}",                                /* 19 */
};

/* Loads the scenario with the third crop (id, name), the plan's crop and the shock's crop. */
static bool load(const char *id3, const char *name3, const char *plan, const char *shock_crop,
		 scenario *s, diag_list *dl)
{
	char text[8192] = "", line[1024];
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		if (i == 12)
			snprintf(line, sizeof line, lines[i], id3, name3);
		else if (i == 16)
			snprintf(line, sizeof line, lines[i], plan);
		else if (i == 18)
			snprintf(line, sizeof line, lines[i], shock_crop);
		else
			snprintf(line, sizeof line, "%s", lines[i]);
		strcat(text, line);
		strcat(text, "\n");
	}
	diag_list_init(dl);
	return scenario_load_text("t.yaml", text, strlen(text), NULL, s, dl);
}

static void test_ref_names_accept_a_unique_name(void)
{
	/* each spelling of the name (and the id in capitals) and the crop it must give */
	static const struct { const char *plan, *shock; int plan_crop, shock_crop; } cases[] = {
		{ "Bắp cải", "Khoai tây", 1, 0 },
		{ "bap cai", "KHOAI TAY", 1, 0 },
		{ "\"  BẮP CẢI \"", "khoai tây", 1, 0 },
		{ "Cabbage", "POTATO", 1, 0 },
		{ "cabbage", "potato", 1, 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		scenario s;
		diag_list dl;
		bool ok = load("carrot", "Cà rốt", cases[i].plan, cases[i].shock, &s, &dl);
		CU_ASSERT(ok);
		CU_ASSERT_EQUAL(dl.count, 0);
		if (ok) {
			CU_ASSERT_EQUAL(s.communes[0].plan[0].crop, cases[i].plan_crop);
			CU_ASSERT_EQUAL(s.shocks[0].crop, cases[i].shock_crop);
			scenario_fini(&s);
		}
		diag_list_fini(&dl);
	}
}

static void test_ref_names_refuse_two_crops_of_one_name(void)
{
	scenario s;
	diag_list dl;
	/* "Bap cai" folds to the name of cabbage too: which one is meant cannot be known; column
	 * 19 is after "    plan: [{crop: " (18 characters) */
	CU_ASSERT_FALSE(load("cabbage-red", "Bap cai", "bắp cải", "potato", &s, &dl));
	CU_ASSERT_EQUAL(dl.count, 1);
	char buf[512];
	if (dl.count) {
		CU_ASSERT_STRING_EQUAL(diag_format_in(&dl.items[0], LANG_EN, buf, sizeof buf),
				       "t.yaml:17:19: error: 'bắp cải' names more than one crop (cabbage, cabbage-red); write the id of the one you mean");
		CU_ASSERT_STRING_EQUAL(diag_format_in(&dl.items[0], LANG_VI, buf, sizeof buf),
				       "t.yaml:17:19: lỗi: 'bắp cải' là tên của nhiều cây trồng (cabbage, cabbage-red); hãy viết mã của mục bạn muốn");
	}
	diag_list_fini(&dl);
}

static void test_ref_names_hint_the_id_of_a_near_name(void)
{
	scenario s;
	diag_list dl;
	/* "bap cao" is one letter from "bap cai" (Bắp cải): the hint is its id; column 25 is after
	 * "  - {kind: price, crop: " (24 characters) */
	CU_ASSERT_FALSE(load("carrot", "Cà rốt", "potato", "Bắp cảo", &s, &dl));
	CU_ASSERT_EQUAL(dl.count, 1);
	char buf[512];
	if (dl.count)
		CU_ASSERT_STRING_EQUAL(diag_format_in(&dl.items[0], LANG_VI, buf, sizeof buf),
				       "t.yaml:19:25: lỗi: không có cây trồng 'Bắp cảo'; có phải ý bạn là `cabbage`?");
	diag_list_fini(&dl);
}

VUDONG_SUITE(ref_names)
{
	SUITE_ADD(s, "ref_names");
	TEST_ADD(s, test_ref_names_accept_a_unique_name);
	TEST_ADD(s, test_ref_names_refuse_two_crops_of_one_name);
	TEST_ADD(s, test_ref_names_hint_the_id_of_a_near_name);
	return 0;
}
