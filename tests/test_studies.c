/* test_studies.c - the risk, sensitivity and compare screens' handlers and state on the
 * built-in scenario, without a terminal: the first visit to the risk screen runs the
 * scenario's seasons in the background to the end; + and Enter change the seasons; Esc
 * stops a run; an edit while it runs stops it and marks the figures as old until undone;
 * the sensitivity runs follow the step and the scenario; the compare screen loads a variant
 * that extends the built-in and shows its extra potato, refuses a bad file with its
 * file:line:col, and follows edits of the current scenario. */
#include "testing.h"
#include "app_fixture.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "itemview.h"
#include "scenario_load.h"
#include "screen.h"
#include "screens.h"
#include "studies.h"

static app *open_builtin(lang l)
{
	app *a = app_fixture_open(l);
	app_set_screens(a, screens);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a->studies);
	return a;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs the loop's sync, as the main loop does, until the risk run ends (or 120 s). */
static void wait_risk(app *a)
{
	double t0 = now_s();
	while (a->studies->risk.job && now_s() - t0 < 120 * test_slowdown()) {
		app_sync_screens(a);
		struct timespec ts = { 0, 2000000L };
		nanosleep(&ts, NULL);
	}
	app_sync_screens(a);
}

static unsigned commit(app *a, const char *text, char *err, size_t size)
{
	err[0] = 0;
	return screens[a->screen]->commit(a, text, err, size);
}

/* A plain edit on the plan: the first item's area +1 ha, as the plan screen makes it. */
static void edit_area(app *a)
{
	CU_ASSERT_TRUE_FATAL(app_begin_edit(a));
	itemview_item(&a->cur.scn, 0)->area_ha += 1.0;
	app_end_edit(a);
}

/* ---- risk ---- */

static void test_risk_first_visit_runs_the_scenarios_seasons(void)
{
	app *a = open_builtin(LANG_EN);
	risk_study *r = &a->studies->risk;
	/* Nothing runs before the screen is shown. */
	app_sync_screens(a);
	CU_ASSERT_PTR_NULL(r->job);
	CU_ASSERT_EQUAL(r->phase, RISK_NOT_RUN);
	app_handle(a, ACT_SCREEN_8);
	CU_ASSERT_EQUAL(a->screen, SCREEN_RISK);
	CU_ASSERT_TRUE(app_sync_screens(a) & CHANGED_VIEW);
	CU_ASSERT_PTR_NOT_NULL(r->job);
	CU_ASSERT_TRUE(studies_busy(a));
	wait_risk(a);
	CU_ASSERT_PTR_NULL(r->job);
	CU_ASSERT_EQUAL(r->phase, RISK_FINISHED);
	CU_ASSERT_TRUE(r->have_result);
	/* The built-in names `ensemble: {seasons: 200}`. */
	CU_ASSERT_EQUAL(risk_seasons(a), 200);
	CU_ASSERT_EQUAL(r->result.seasons, 200);
	CU_ASSERT_EQUAL(r->result_version, a->version);
	CU_ASSERT_TRUE(r->result.district.has_target);
	CU_ASSERT_TRUE(r->result.district.g.output_t.p10 <= r->result.district.g.output_t.p50);
	CU_ASSERT_TRUE(r->result.district.g.output_t.p50 <= r->result.district.g.output_t.p90);
	/* Leaving and coming back does not run it again. */
	app_handle(a, ACT_SCREEN_1);
	app_handle(a, ACT_SCREEN_8);
	app_sync_screens(a);
	CU_ASSERT_PTR_NULL(r->job);
	/* Space switches the bars between value and output. */
	bool v = r->show_value;
	CU_ASSERT_EQUAL(app_handle(a, ACT_TOGGLE), CHANGED_VIEW);
	CU_ASSERT_NOT_EQUAL(r->show_value, v);
	app_destroy(a);
}

static void test_risk_seasons_step_and_typed(void)
{
	/* The steps: 30 -> 50 up, 500 -> 300 down, the ends hold. */
	CU_ASSERT_EQUAL(risk_step_seasons(30, 1), 50);
	CU_ASSERT_EQUAL(risk_step_seasons(500, -1), 300);
	CU_ASSERT_EQUAL(risk_step_seasons(700, 1), 1000);
	CU_ASSERT_EQUAL(risk_step_seasons(100000, 1), 100000);
	CU_ASSERT_EQUAL(risk_step_seasons(10, -1), 10);
	app *a = open_builtin(LANG_EN);
	risk_study *r = &a->studies->risk;
	app_set_screen(a, SCREEN_RISK);
	app_sync_screens(a);
	wait_risk(a);
	/* + runs 300 seasons (from the built-in's 200). */
	app_handle(a, ACT_INCREMENT);
	CU_ASSERT_EQUAL(risk_seasons(a), 300);
	CU_ASSERT_PTR_NOT_NULL(r->job);
	wait_risk(a);
	CU_ASSERT_EQUAL(r->result.seasons, 300);
	/* Typed: a whole number from 1 to 100,000, else a message and no change. */
	char err[200];
	CU_ASSERT_EQUAL(commit(a, "0", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_STRING_EQUAL(err, "Seasons must be a whole number from 1 to 100000");
	CU_ASSERT_EQUAL(commit(a, "2,5", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(commit(a, "100001", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(commit(a, "many", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(risk_seasons(a), 300);
	CU_ASSERT_TRUE(commit(a, "40", err, sizeof err) & CHANGED_VIEW);
	CU_ASSERT_STRING_EQUAL(err, "");
	wait_risk(a);
	CU_ASSERT_EQUAL(r->result.seasons, 40);
	app_destroy(a);
}

static void test_risk_escape_stops_a_run_and_keeps_the_figures(void)
{
	app *a = open_builtin(LANG_EN);
	risk_study *r = &a->studies->risk;
	app_set_screen(a, SCREEN_RISK);
	app_sync_screens(a);
	wait_risk(a);
	double p50 = r->result.district.g.output_t.p50;
	char err[200];
	commit(a, "100000", err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r->job);
	CU_ASSERT_EQUAL(app_handle(a, ACT_CANCEL), CHANGED_VIEW);
	CU_ASSERT_PTR_NULL(r->job);
	CU_ASSERT_EQUAL(r->phase, RISK_CANCELLED);
	CU_ASSERT_TRUE(studies_busy(a));   /* its thread is still ending */
	/* The figures before stay, and are up to date. */
	CU_ASSERT_TRUE(r->have_result);
	CU_ASSERT_EQUAL(r->result.seasons, 200);
	CU_ASSERT_DOUBLE_EQUAL(r->result.district.g.output_t.p50, p50, 0);
	CU_ASSERT_EQUAL(r->result_version, a->version);
	/* The stopped thread is reaped by the sync within a batch. */
	double t0 = now_s();
	while (studies_busy(a) && now_s() - t0 < 10 * test_slowdown()) {
		app_sync_screens(a);
		/* Not a busy spin: valgrind runs one thread at a time. */
		struct timespec ts = { 0, 2000000L };
		nanosleep(&ts, NULL);
	}
	CU_ASSERT_FALSE(studies_busy(a));
	/* Nothing runs: stopping again changes nothing. */
	CU_ASSERT_EQUAL(risk_cancel(a), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(r->phase, RISK_CANCELLED);
	app_destroy(a);
}

static void test_risk_edit_while_running_stops_it_and_marks_old(void)
{
	app *a = open_builtin(LANG_EN);
	risk_study *r = &a->studies->risk;
	app_set_screen(a, SCREEN_RISK);
	app_sync_screens(a);
	wait_risk(a);
	unsigned long v0 = a->version;
	char err[200];
	commit(a, "100000", err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r->job);
	/* An edit elsewhere (the plan) while it runs. */
	app_set_screen(a, SCREEN_PLAN);
	edit_area(a);
	CU_ASSERT_NOT_EQUAL(a->version, v0);
	CU_ASSERT_TRUE(app_sync_screens(a) & CHANGED_VIEW);
	CU_ASSERT_PTR_NULL(r->job);
	CU_ASSERT_EQUAL(r->phase, RISK_STOPPED_BY_EDIT);
	/* The figures shown are those of the scenario before the edit. */
	CU_ASSERT_TRUE(r->have_result);
	CU_ASSERT_EQUAL(r->result_version, v0);
	CU_ASSERT_NOT_EQUAL(r->result_version, a->version);
	/* Undo brings that scenario back: the figures belong to it again. */
	app_undo(a);
	CU_ASSERT_EQUAL(a->version, v0);
	/* r runs it again on the edited one. */
	app_redo(a);
	app_set_screen(a, SCREEN_RISK);
	r->seasons = 30;
	app_handle(a, ACT_RUN);
	CU_ASSERT_EQUAL(r->job_version, a->version);
	wait_risk(a);
	CU_ASSERT_EQUAL(r->phase, RISK_FINISHED);
	CU_ASSERT_EQUAL(r->result_version, a->version);
	app_destroy(a);
}

static void test_risk_quit_while_running_frees_everything(void)
{
	app *a = open_builtin(LANG_VI);
	app_set_screen(a, SCREEN_RISK);
	char err[200];
	commit(a, "100000", err, sizeof err);
	CU_ASSERT_PTR_NOT_NULL(a->studies->risk.job);
	double t0 = now_s();
	app_destroy(a);   /* stops and joins; asan sees no leak */
	CU_ASSERT_TRUE(now_s() - t0 < 2.0 * test_slowdown());
}

/* ---- sensitivity ---- */

static const sens_row *find_param(const sensitivity_result *sr, sens_param p)
{
	for (int i = 0; i < SENS_PARAMS; i++)
		if (sr->rows[i].param == p)
			return &sr->rows[i];
	return NULL;
}

static void test_sensitivity_follows_the_step_and_the_scenario(void)
{
	CU_ASSERT_DOUBLE_EQUAL(sens_step_pct(10, 1), 15, 0);
	CU_ASSERT_DOUBLE_EQUAL(sens_step_pct(10, -1), 5, 0);
	CU_ASSERT_DOUBLE_EQUAL(sens_step_pct(7.5, -1), 5, 0);
	CU_ASSERT_DOUBLE_EQUAL(sens_step_pct(50, 1), 50, 0);
	app *a = open_builtin(LANG_EN);
	sens_study *ss = &a->studies->sens;
	app_sync_screens(a);
	CU_ASSERT_FALSE(ss->tried);            /* not computed until shown */
	app_handle(a, ACT_SCREEN_9);
	CU_ASSERT_EQUAL(a->screen, SCREEN_SENSITIVITY);
	app_sync_screens(a);
	CU_ASSERT_TRUE_FATAL(ss->have_result);
	CU_ASSERT_DOUBLE_EQUAL(ss->result.step_pct, 10, 0);
	/* The price row: the value is price x output, so ±10 % on every price moves it by
	 * exactly ±10 % (the output does not depend on the price). */
	const sens_row *p = find_param(&ss->result, SENS_PRICE);
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	double base = ss->result.base.value_mvnd;
	CU_ASSERT_DOUBLE_EQUAL(p->lo.value_mvnd, 0.9 * base, 1e-6 * base);
	CU_ASSERT_DOUBLE_EQUAL(p->hi.value_mvnd, 1.1 * base, 1e-6 * base);
	/* + takes the step to 15 %: the next sync redoes the runs. */
	app_handle(a, ACT_INCREMENT);
	CU_ASSERT_DOUBLE_EQUAL(ss->step_pct, 15, 0);
	app_sync_screens(a);
	CU_ASSERT_DOUBLE_EQUAL(ss->result.step_pct, 15, 0);
	p = find_param(&ss->result, SENS_PRICE);
	CU_ASSERT_DOUBLE_EQUAL(p->hi.value_mvnd, 1.15 * base, 1e-6 * base);
	/* Typed in English: out of (0, 100) is refused, and so is "7,5" (7.5 or 75?). */
	char err[200];
	CU_ASSERT_EQUAL(commit(a, "100", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_STRING_EQUAL(err, "The step must be a percentage above 0 and below 100");
	CU_ASSERT_EQUAL(commit(a, "7,5", err, sizeof err), CHANGED_NOTHING);
	commit(a, "7.5", err, sizeof err);
	app_sync_screens(a);
	CU_ASSERT_DOUBLE_EQUAL(ss->result.step_pct, 7.5, 0);
	/* An edit of the scenario (undo counts) is seen at the next sync. */
	double v0 = ss->result.base.value_mvnd;
	edit_area(a);
	app_sync_screens(a);
	CU_ASSERT_TRUE(ss->result.base.value_mvnd > v0);
	CU_ASSERT_DOUBLE_EQUAL(ss->result.base.value_mvnd, a->cur.result.district.g.value_mvnd,
			       1e-9 * v0);
	/* Space: the growth contribution. */
	app_handle(a, ACT_TOGGLE);
	CU_ASSERT_TRUE(ss->show_contribution);
	app_destroy(a);
}

/* ---- compare ---- */

static const compare_row *find_row(const compare_row *rows, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i].id, id) == 0)
			return &rows[i];
	return NULL;
}

static void test_compare_loads_a_variant_and_shows_its_potato(void)
{
	app *a = open_builtin(LANG_EN);
	compare_study *c = &a->studies->cmp;
	app_handle(a, ACT_SCREEN_10);
	CU_ASSERT_EQUAL(a->screen, SCREEN_COMPARE);
	/* Enter asks for the file. */
	app_handle(a, ACT_EDIT);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_EDIT);
	app_prompt_input(a, PKEY_ESCAPE, 0);
	char err[300];
	unsigned bits = commit(a, "scenarios/more-potato-on-paddy.yaml", err, sizeof err);
	CU_ASSERT_STRING_EQUAL(err, "");
	CU_ASSERT_TRUE(bits & CHANGED_VIEW);
	CU_ASSERT_TRUE(c->ran);
	app_sync_screens(a);
	CU_ASSERT_TRUE_FATAL(c->built);
	/* Potato on the built-in: 15 + 8 + 10 + 12 + 10 = 55 ha; the variant doubles it in the
	 * town (30), Đồng Tâm (20), Lục Hồn (24) and Vô Ngại (20), Hoành Mô keeps 8: 102 ha. */
	const compare_row *potato = find_row(c->cmp.crops, c->cmp.n_crops, "potato");
	CU_ASSERT_PTR_NOT_NULL_FATAL(potato);
	CU_ASSERT_DOUBLE_EQUAL(potato->area.a, 55, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(potato->area.b, 102, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(compare_diff(&potato->area), 47, 1e-9);
	CU_ASSERT_TRUE(compare_diff(&potato->output) > 0);
	/* An edit of the current scenario (A) redoes the comparison; B stays. */
	edit_area(a);
	app_sync_screens(a);
	CU_ASSERT_EQUAL(c->version, a->version);
	double area_a = 0;
	for (size_t i = 0; i < a->cur.result.n_items; i++)
		area_a += a->cur.result.items[i].area_ha;
	CU_ASSERT_DOUBLE_EQUAL(c->cmp.district[0].a, area_a, 1e-9);
	app_destroy(a);
}

static void test_compare_refuses_a_bad_file_with_its_place(void)
{
	app *a = open_builtin(LANG_EN);
	app_set_screen(a, SCREEN_COMPARE);
	char err[300];
	CU_ASSERT_EQUAL(commit(a, "tests/bad/duplicate-key.yaml", err, sizeof err), CHANGED_NOTHING);
	/* tests/bad/duplicate-key.expected holds the loader's diagnostic. */
	CU_ASSERT_STRING_EQUAL(err, "Not loaded: tests/bad/duplicate-key.yaml:17:5: error: duplicate key 'height_m' (first at 16:5)");
	CU_ASSERT_FALSE(a->studies->cmp.ran);
	CU_ASSERT_EQUAL(commit(a, "no/such/file.yaml", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "no/such/file.yaml"));
	CU_ASSERT_EQUAL(commit(a, "", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_STRING_EQUAL(err, "Not loaded: no file name");
	/* A good file after a bad one, then a bad one again: the good one stays. */
	commit(a, "scenarios/more-potato-on-paddy.yaml", err, sizeof err);
	commit(a, "tests/bad/duplicate-key.yaml", err, sizeof err);
	CU_ASSERT_TRUE(a->studies->cmp.ran);
	CU_ASSERT_STRING_EQUAL(a->studies->cmp.path, "scenarios/more-potato-on-paddy.yaml");
	app_destroy(a);
}

VUDONG_SUITE(studies)
{
	SUITE_ADD(s, "studies");
	TEST_ADD(s, test_risk_first_visit_runs_the_scenarios_seasons);
	TEST_ADD(s, test_risk_seasons_step_and_typed);
	TEST_ADD(s, test_risk_escape_stops_a_run_and_keeps_the_figures);
	TEST_ADD(s, test_risk_edit_while_running_stops_it_and_marks_old);
	TEST_ADD(s, test_risk_quit_while_running_frees_everything);
	TEST_ADD(s, test_sensitivity_follows_the_step_and_the_scenario);
	TEST_ADD(s, test_compare_loads_a_variant_and_shows_its_potato);
	TEST_ADD(s, test_compare_refuses_a_bad_file_with_its_place);
	return 0;
}
