/* test_outlook.c - the outlook over many seasons (issue 12): its quantiles are those of the
 * ensemble with the same seasons, seed and threads, bit for bit; the chance of meeting the
 * target is the complement of the ensemble's missed count; the season report leads with it
 * and labels the single season as one example season in every format and both languages
 * (and never calls the weather sample a planting seed); the interface's live outlook is
 * provisional after an edit until its run ends, and undo shows a remembered one at once;
 * the verdict line fits 80 columns; bar charts keep the baseline's scale; economy.estimates
 * loads, saves and refuses what is not an economy key; the previous winter's output moves
 * the sensitivity's contribution by the hand-computed amount. */
#include "testing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "builtin.h"
#include "layout.h"
#include "outlook.h"
#include "outlook_live.h"
#include "outlook_text.h"
#include "report.h"
#include "report_outlook.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "screen.h"
#include "screens.h"
#include "sensitivity.h"
#include "studies.h"
#include "textwidth.h"

static bool same_bits(double a, double b)
{
	return memcmp(&a, &b, sizeof a) == 0;
}

static void assert_range_is_stats(const outlook_range *r, const ensemble_stats *st)
{
	CU_ASSERT_TRUE(same_bits(r->p10, st->p10));
	CU_ASSERT_TRUE(same_bits(r->p50, st->p50));
	CU_ASSERT_TRUE(same_bits(r->p90, st->p90));
	CU_ASSERT_TRUE(same_bits(r->mean, st->mean));
}

/* The outlook (with its own defaults: the built-in's 200 seasons, seed 2020) against
 * ensemble_run asked for the same seasons and seed explicitly, on 1 and 2 threads. */
static void test_outlook_quantiles_are_the_ensembles(void)
{
	scenario s;
	load_builtin(&s);
	CU_ASSERT_EQUAL(outlook_seasons(&s), 200);
	for (int threads = 1; threads <= 2; threads++) {
		outlook o;
		diag_list dl;
		diag_list_init(&dl);
		CU_ASSERT_TRUE_FATAL(outlook_run(&s, threads, &o, &dl));
		ensemble_options eo = { .seasons = 200, .seed_given = true, .seed = 2020,
					.threads = 3 - threads };
		ensemble_result er;
		ensemble_result_init(&er);
		CU_ASSERT_TRUE_FATAL(ensemble_run(&s, &eo, &er, &dl));
		CU_ASSERT_EQUAL(o.seasons, 200);
		CU_ASSERT_EQUAL(o.method, OUTLOOK_GENERATED);
		CU_ASSERT_EQUAL(o.seed_first, 2020);
		assert_range_is_stats(&o.output_t, &er.district.g.output_t);
		assert_range_is_stats(&o.value_mvnd, &er.district.g.value_mvnd);
		assert_range_is_stats(&o.value_const_mvnd, &er.district.value_const_mvnd);
		assert_range_is_stats(&o.contribution_pp, &er.district.contribution_pp);
		assert_range_is_stats(&o.district_growth_pct, &er.district.district_growth_pct);
		/* met = n − missed; the chance (n − k) / n */
		CU_ASSERT_TRUE(o.has_target);
		CU_ASSERT_EQUAL(o.target_met + er.district.target_missed, 200);
		CU_ASSERT_DOUBLE_EQUAL(o.p_target_met, (double)o.target_met / 200.0, 0);
		CU_ASSERT_TRUE(o.output_t.p10 <= o.output_t.p50 && o.output_t.p50 <= o.output_t.p90);
		ensemble_result_fini(&er);
		diag_list_fini(&dl);
	}
	scenario_fini(&s);
}

/* Without `ensemble: {seasons}` the default; without economy no growth figures and no
 * chance (null in JSON). */
static void test_outlook_default_seasons_and_no_economy(void)
{
	scenario s;
	load_builtin(&s);
	s.ensemble_seasons = 0;
	CU_ASSERT_EQUAL(outlook_seasons(&s), OUTLOOK_DEFAULT_SEASONS);
	s.ensemble_seasons = 20;
	s.economy.present = false;
	outlook o;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(outlook_run(&s, 1, &o, &dl));
	CU_ASSERT_EQUAL(o.seasons, 20);
	CU_ASSERT_FALSE(o.has_economy);
	CU_ASSERT_FALSE(o.has_target);
	CU_ASSERT_TRUE(isnan(o.p_target_met));
	CU_ASSERT_TRUE(isnan(o.contribution_pp.p50));
	strbuf sb;
	strbuf_init(&sb);
	report_outlook_json(&sb, &o);
	CU_ASSERT_PTR_NOT_NULL(strstr(strbuf_str(&sb), "\"p_target_met\": null"));
	CU_ASSERT_PTR_NOT_NULL(strstr(strbuf_str(&sb), "\"contribution_pp\": {\"p10\": null"));
	strbuf_fini(&sb);
	diag_list_fini(&dl);
	scenario_fini(&s);
}

/* The chance in words: 6 of 10 seasons; the ends. */
static void test_outlook_odds_in_words(void)
{
	outlook o = { .seasons = 200, .method = OUTLOOK_GENERATED };
	char b[96];
	CU_ASSERT_STRING_EQUAL(report_outlook_odds(&o, 0.6, 120, LANG_EN, b, sizeof b), "6 seasons in 10");
	CU_ASSERT_STRING_EQUAL(report_outlook_odds(&o, 0.6, 120, LANG_VI, b, sizeof b), "6 vụ trong 10");
	CU_ASSERT_STRING_EQUAL(report_outlook_odds(&o, 1.0, 200, LANG_EN, b, sizeof b), "every season");
	CU_ASSERT_STRING_EQUAL(report_outlook_odds(&o, 0.0, 0, LANG_VI, b, sizeof b), "không vụ nào");
	CU_ASSERT_STRING_EQUAL(report_outlook_odds(&o, 0.97, 194, LANG_EN, b, sizeof b), "more than 9 in 10");
	CU_ASSERT_STRING_EQUAL(report_outlook_odds(&o, 0.02, 4, LANG_EN, b, sizeof b), "less than 1 in 10");
	o.method = OUTLOOK_OBSERVED;
	CU_ASSERT_STRING_EQUAL(report_outlook_odds(&o, 0.7, 7, LANG_VI, b, sizeof b), "7 năm trong 10");
}

/* The season report of the built-in: text opens with the outlook before any single-season
 * figure and labels the single season; CSV and JSON label it too; both languages; the
 * Vietnamese never says "hạt giống" (a planting seed) or "seed" for the weather sample. */
static void test_report_labels_the_example_season(void)
{
	scenario s;
	load_builtin(&s);
	weather_series w;
	weather_series_init(&w);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	outlook o;
	CU_ASSERT_TRUE_FATAL(outlook_run(&s, 0, &o, &dl));
	static const char *const label[2][3] = {
		/* text, CSV, JSON: what each must hold */
		{ "one example season: generated weather, sample no. 2020 (not an average year)",
		  "# example_season: one example season: generated weather, sample no. 2020",
		  "\"example_season\": {\"seed\": 2020, \"year\": 2020, \"description\": \"one example season" },
		{ "một vụ ví dụ: thời tiết mô phỏng, mẫu số",
		  "# example_season: một vụ ví dụ: thời tiết mô phỏng, mẫu số 2020",
		  "\"example_season\": {\"seed\": 2020, \"year\": 2020, \"description\": \"một vụ ví dụ" },
	};
	const report_format fmt[3] = { REPORT_TEXT, REPORT_CSV, REPORT_JSON };
	for (int li = 0; li < 2; li++) {
		lang l = li == 0 ? LANG_EN : LANG_VI;
		for (int f = 0; f < 3; f++) {
			report_options ro = { .format = fmt[f], .table = REPORT_ITEMS, .lang = l,
					      .outlook = &o };
			strbuf sb;
			strbuf_init(&sb);
			CU_ASSERT_TRUE_FATAL(report_write(&sb, &s, &w, &r, &ro, NULL));
			/* The text wraps at 80 columns: read it as one line. */
			char *t = (char *)strbuf_str(&sb);
			if (fmt[f] == REPORT_TEXT)
				for (char *c = t; *c; c++)
					if (*c == '\n')
						*c = ' ';
			if (!strstr(t, label[li][f]))
				fprintf(stderr, "\nno label '%s' in format %d lang %d\n", label[li][f], f, li);
			CU_ASSERT_PTR_NOT_NULL(strstr(t, label[li][f]));
			CU_ASSERT_PTR_NULL(strstr(t, "hạt giống"));
			if (l == LANG_VI && fmt[f] == REPORT_TEXT)
				CU_ASSERT_PTR_NULL(strstr(t, "seed"));
			if (fmt[f] == REPORT_TEXT) {
				/* The outlook's sentence comes before the first single-season figure. */
				const char *ol = strstr(t, l == LANG_EN ? "In 200 generated seasons: median output "
							 : "Trong 200 vụ mô phỏng: sản lượng trung vị ");
				const char *one = strstr(t, l == LANG_EN ? "ONE EXAMPLE SEASON" : "MỘT VỤ VÍ DỤ");
				CU_ASSERT_TRUE(ol && one && ol < one);
				CU_ASSERT_PTR_NOT_NULL(strstr(t, l == LANG_EN ? "chance of meeting the 13.5 % growth target: "
							      : "khả năng đạt mục tiêu tăng trưởng 13,5 %: "));
				CU_ASSERT_PTR_NOT_NULL(strstr(t, l == LANG_EN ? "Estimates in the economy figures: "
							      : "Số liệu kinh tế là ước tính: "));
			}
			if (fmt[f] == REPORT_CSV)   /* CSV stays single-season */
				CU_ASSERT_PTR_NULL(strstr(t, "outlook"));
			if (fmt[f] == REPORT_JSON)
				CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"outlook\": {\"seasons\": 200, \"method\": \"generated\""));
			strbuf_fini(&sb);
		}
	}
	season_result_fini(&r);
	weather_series_fini(&w);
	diag_list_fini(&dl);
	scenario_fini(&s);
}

/* The verdict line at its longest (target 13.58, a growth of −100.00 %, the longest method
 * words) fits 80 columns with its mark, in both languages. */
static void test_verdict_fits_80_columns(void)
{
	for (int m = 0; m < 3; m++)
		for (int li = 0; li < 2; li++) {
			outlook o = { .seasons = 200, .method = (outlook_method)m, .has_target = true,
				      .target_growth_pct = 113.58, .p_target_met = 0.55, .target_met = 110 };
			o.district_growth_pct.p50 = -100.0;
			char v[300];
			outlook_text_verdict(&o, li ? LANG_VI : LANG_EN, v, sizeof v);
			CU_ASSERT_TRUE(v[0] != 0);
			if (text_width(v) > 78)
				fprintf(stderr, "\nverdict %d cols: %s\n", text_width(v), v);
			CU_ASSERT_TRUE(text_width(v) <= 78);
		}
	outlook o = { .seasons = 200, .has_target = true, .target_growth_pct = 13.5,
		      .p_target_met = 0.6, .target_met = 120 };
	o.district_growth_pct.p50 = 13.5165;
	char v[300];
	CU_ASSERT_STRING_EQUAL(outlook_text_verdict(&o, LANG_VI, v, sizeof v),
			       "Mục tiêu 13,5 %: khả năng đạt 6 vụ trong 10; tăng trưởng trung vị 13,52 %");
	CU_ASSERT_STRING_EQUAL(outlook_text_verdict(&o, LANG_EN, v, sizeof v),
			       "Target 13.5 %: met in 6 seasons in 10; median growth 13.52 %");
}

/* A bar that did not change keeps its length when another grows by 20 %: the scale is the
 * baseline's maximum (1,069 t) with room, rounded: 1,336 → 1,500. */
static void test_bar_scale_is_held_by_the_baseline(void)
{
	double base_max = 1069.0;
	CU_ASSERT_DOUBLE_EQUAL(layout_bar_scale(base_max, 1069.0), 1500.0, 1e-9);
	double grown = 1069.0 * 1.2;
	CU_ASSERT_DOUBLE_EQUAL(layout_bar_scale(base_max, grown), 1500.0, 1e-9);
	CU_ASSERT_EQUAL(layout_bar_eighths(541.0, layout_bar_scale(base_max, 1069.0), 20),
			layout_bar_eighths(541.0, layout_bar_scale(base_max, grown), 20));
	/* Past the room, the next round number: 1,879 t → 2,000. */
	CU_ASSERT_DOUBLE_EQUAL(layout_bar_scale(base_max, 1879.0), 2000.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(layout_bar_scale(0, 0), 0.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(layout_bar_scale(NAN, 7.0), 8.0, 1e-12);
}

static void test_pick_rows_by_rank(void)
{
	const int rank[6] = { 0, 2, 1, 0, 3, 1 };
	bool keep[6];
	CU_ASSERT_EQUAL(layout_pick_rows(rank, 6, 4, keep), 4);
	const bool want4[6] = { true, false, true, true, false, true };
	for (int i = 0; i < 6; i++)
		CU_ASSERT_EQUAL(keep[i], want4[i]);
	CU_ASSERT_EQUAL(layout_pick_rows(rank, 6, 3, keep), 3);
	const bool want3[6] = { true, false, true, true, false, false };
	for (int i = 0; i < 6; i++)
		CU_ASSERT_EQUAL(keep[i], want3[i]);
	CU_ASSERT_EQUAL(layout_pick_rows(rank, 6, 10, keep), 6);
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Syncs as the main loop does until the outlook of the current version is final. */
static bool wait_outlook(app *a)
{
	double t0 = now_ms();
	while (!outlook_live_current(&a->studies->outlook, a->version) && now_ms() - t0 < 60000 * test_slowdown()) {
		app_sync_screens(a);
		struct timespec ts = { 0, 1000000L };
		nanosleep(&ts, NULL);
	}
	return outlook_live_current(&a->studies->outlook, a->version);
}

/* The app starts the outlook in the background; an edit makes it provisional (the old
 * figures stay, marked as not current) until the new run ends with the new figures, equal to
 * a direct outlook_run; undo shows the remembered outlook at once. */
static void test_live_outlook_is_provisional_after_an_edit(void)
{
	scenario s;
	load_builtin(&s);
	app *a = app_create(&s, NULL, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	app_set_screens(a, screens);
	outlook_live *ol = &a->studies->outlook;
	CU_ASSERT_FALSE(outlook_live_current(ol, a->version));
	app_sync_screens(a);
	CU_ASSERT_TRUE(studies_outlook_busy(a));
	CU_ASSERT_TRUE_FATAL(wait_outlook(a));
	double p50_before = ol->shown.output_t.p50;
	unsigned long v0 = a->version;

	CU_ASSERT_TRUE_FATAL(app_begin_edit(a));
	a->cur.scn.communes[0].plan[0].area_ha += 10;
	app_end_edit(a);
	app_sync_screens(a);
	/* Provisional: the figures shown are those of the version before. */
	CU_ASSERT_FALSE(outlook_live_current(ol, a->version));
	CU_ASSERT_TRUE(ol->have);
	CU_ASSERT_EQUAL(ol->shown_version, v0);
	CU_ASSERT_TRUE_FATAL(wait_outlook(a));
	CU_ASSERT_TRUE(ol->shown.output_t.p50 > p50_before);
	outlook direct;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(outlook_run(&a->cur.scn, 2, &direct, &dl));
	CU_ASSERT_TRUE(same_bits(direct.output_t.p10, ol->shown.output_t.p10));
	CU_ASSERT_TRUE(same_bits(direct.district_growth_pct.p90, ol->shown.district_growth_pct.p90));
	diag_list_fini(&dl);
	/* Undo: the remembered outlook of the version before, at once. */
	app_undo(a);
	CU_ASSERT_EQUAL(a->version, v0);
	app_sync_screens(a);
	CU_ASSERT_TRUE(outlook_live_current(ol, a->version));
	CU_ASSERT_DOUBLE_EQUAL(ol->shown.output_t.p50, p50_before, 0);
	app_destroy(a);
}

/* economy.estimates: a list of economy keys, saved back; anything else is an error there. */
static void test_estimates_load_save_and_refuse(void)
{
	scenario s;
	load_builtin(&s);
	CU_ASSERT_EQUAL(s.economy.estimates,
			(1u << ECON_EST_DISTRICT_OUTPUT_PREV) | (1u << ECON_EST_WINTER_CROP_PREV) |
			(1u << ECON_EST_OTHER_SECTORS) | (1u << ECON_EST_TARGET));
	char list[300];
	CU_ASSERT_STRING_EQUAL(report_estimates_list(&s, LANG_EN, list, sizeof list),
			       "the district's output of the previous year, the winter crop's output of "
			       "the previous year, the other sectors' shares and growth, the growth target");
	diag_list dl;
	diag_list_init(&dl);
	size_t len;
	char *y = scenario_to_yaml(&s, &len, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(y);
	CU_ASSERT_PTR_NOT_NULL(strstr(y, "estimates: [district_output_prev_bn_vnd, winter_crop_prev_bn_vnd, other_sectors, target_growth_pct]"));
	scenario back;
	CU_ASSERT_TRUE(scenario_load_text("back.yaml", y, len, NULL, &back, &dl));
	CU_ASSERT_EQUAL(back.economy.estimates, s.economy.estimates);
	scenario_fini(&back);
	/* A key that is not an economy key is an error at its place. */
	char *p = strstr(y, "other_sectors, target");
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	memcpy(p, "other_sektors", 13);
	diag_list bad;
	diag_list_init(&bad);
	CU_ASSERT_FALSE(scenario_load_text("bad.yaml", y, len, NULL, &back, &bad));
	CU_ASSERT_TRUE(bad.count >= 1);
	if (bad.count)
		CU_ASSERT_PTR_NOT_NULL(strstr(bad.items[0].message, "'estimates' must list some of: "));
	diag_list_fini(&bad);
	free(y);
	diag_list_fini(&dl);
	scenario_fini(&s);
}

/* The previous winter's output ±10 %: contribution = (GO_const − prev) / district × 100.
 * The built-in: prev 14 bn, district 1,200 bn; the season's GO_const G (bn):
 * low  (G − 12.6) / 1200 × 100, high (G − 15.4) / 1200 × 100, so low − high = 2.8 / 12 pp. */
static void test_sensitivity_moves_the_previous_winter(void)
{
	scenario s;
	load_builtin(&s);
	sensitivity_result sr;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(sensitivity_run(&s, 10.0, &sr, &dl));
	const sens_row *row = NULL;
	for (int i = 0; i < SENS_PARAMS; i++)
		if (sr.rows[i].param == SENS_WINTER_CROP_PREV)
			row = &sr.rows[i];
	CU_ASSERT_PTR_NOT_NULL_FATAL(row);
	CU_ASSERT_STRING_EQUAL(sensitivity_param_name(SENS_WINTER_CROP_PREV), "winter_crop_prev");
	double g = sr.base.value_const_mvnd / 1000.0;
	CU_ASSERT_DOUBLE_EQUAL(row->lo.contribution_pp, (g - 12.6) / 1200.0 * 100.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(row->hi.contribution_pp, (g - 15.4) / 1200.0 * 100.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(row->contribution_swing_pp, 2.8 / 12.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(row->value_swing_mvnd, 0.0, 0);
	diag_list_fini(&dl);
	scenario_fini(&s);
}

VUDONG_SUITE(outlook)
{
	SUITE_ADD(s, "outlook");
	TEST_ADD(s, test_outlook_quantiles_are_the_ensembles);
	TEST_ADD(s, test_outlook_default_seasons_and_no_economy);
	TEST_ADD(s, test_outlook_odds_in_words);
	TEST_ADD(s, test_report_labels_the_example_season);
	TEST_ADD(s, test_verdict_fits_80_columns);
	TEST_ADD(s, test_bar_scale_is_held_by_the_baseline);
	TEST_ADD(s, test_pick_rows_by_rank);
	TEST_ADD(s, test_live_outlook_is_provisional_after_an_edit);
	TEST_ADD(s, test_estimates_load_save_and_refuse);
	TEST_ADD(s, test_sensitivity_moves_the_previous_winter);
	return 0;
}
