/* test_screens.c - every screen's handlers and edit commits on the built-in scenario, without
 * a terminal: cursor moves clamp, a typed area changes the scenario and the results, an
 * out-of-range value is refused with the loader's range and changes nothing, + and - step,
 * space toggles a shock and changes the weather, `o` changes the results' order; and the
 * parsing of typed numbers and dates. */
#include "testing.h"
#include "app_fixture.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "edit.h"
#include "itemview.h"
#include "keys.h"
#include "prompt.h"
#include "results_sort.h"
#include "scenario_load.h"
#include "screen.h"
#include "screens.h"
#include "screen_cols.h"
#include "undo.h"

static app *open_builtin(lang l)
{
	app *a = app_fixture_open(l);
	app_set_screens(a, screens);
	a->form_ops = &screen_form;
	CU_ASSERT_TRUE_FATAL(a->cur.ok);
	return a;
}

/* Runs an action on screen s the way the loop does (through app_handle). */
static unsigned press(app *a, screen_id s, action act)
{
	app_set_screen(a, s);
	return app_handle(a, act);
}

static unsigned commit(app *a, screen_id s, const char *text, char *err, size_t size)
{
	err[0] = 0;
	return screens[s]->commit(a, text, err, size);
}

/* ---- plan ---- */

static void test_plan_cursor_moves_clamp_to_the_table(void)
{
	app *a = open_builtin(LANG_EN);
	int n = itemview_count(&a->cur.scn);
	CU_ASSERT_TRUE_FATAL(n > 2);
	view_state *v = &a->view[SCREEN_PLAN];
	press(a, SCREEN_PLAN, ACT_UP);
	CU_ASSERT_EQUAL(v->row, 0);
	press(a, SCREEN_PLAN, ACT_DOWN);
	CU_ASSERT_EQUAL(v->row, 1);
	press(a, SCREEN_PLAN, ACT_END);
	CU_ASSERT_EQUAL(v->row, n - 1);
	press(a, SCREEN_PLAN, ACT_DOWN);
	CU_ASSERT_EQUAL(v->row, n - 1);
	press(a, SCREEN_PLAN, ACT_PAGE_DOWN);
	CU_ASSERT_EQUAL(v->row, n - 1);
	press(a, SCREEN_PLAN, ACT_HOME);
	CU_ASSERT_EQUAL(v->row, 0);
	/* Left and right stay on editable columns: from the area, far left is the land unit,
	 * and the harvest and status columns are never selected. */
	v->col = PC_AREA;
	for (int i = 0; i < 20; i++)
		press(a, SCREEN_PLAN, ACT_LEFT);
	CU_ASSERT_EQUAL(v->col, PC_LAND);
	for (int i = 0; i < 20; i++)
		press(a, SCREEN_PLAN, ACT_RIGHT);
	CU_ASSERT_EQUAL(v->col, PC_MGMT);
	app_destroy(a);
}

static void test_plan_commit_area_changes_scenario_and_result(void)
{
	app *a = open_builtin(LANG_EN);
	a->view[SCREEN_PLAN].row = 0;
	a->view[SCREEN_PLAN].col = PC_AREA;
	plan_item *it = itemview_item(&a->cur.scn, 0);
	double old_area = it->area_ha;
	CU_ASSERT_NOT_EQUAL(old_area, 25.0);
	double old_output = a->cur.result.items[0].output_t;
	double old_district = a->cur.result.district.g.area_ha;
	char err[200];
	unsigned bits = commit(a, SCREEN_PLAN, "25", err, sizeof err);
	CU_ASSERT_TRUE(bits & CHANGED_SCENARIO);
	CU_ASSERT_STRING_EQUAL(err, "");
	it = itemview_item(&a->cur.scn, 0);
	CU_ASSERT_DOUBLE_EQUAL(it->area_ha, 25.0, 1e-12);
	/* The result follows at once: output = area x yield, the district area grows by the
	 * difference. */
	CU_ASSERT_TRUE(a->cur.ok);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.result.items[0].area_ha, 25.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.result.items[0].output_t,
			       25.0 * a->cur.result.items[0].yield_t_ha, 1e-6);
	CU_ASSERT_TRUE(a->cur.result.items[0].output_t != old_output);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.result.district.g.area_ha, old_district + 25.0 - old_area, 1e-9);
	CU_ASSERT_TRUE(a->dirty);
	/* The baseline keeps the old figures for the differences. */
	CU_ASSERT_DOUBLE_EQUAL(a->base.result.items[0].area_ha, old_area, 1e-12);
	/* Undo brings the old area back. */
	app_undo(a);
	CU_ASSERT_DOUBLE_EQUAL(itemview_item(&a->cur.scn, 0)->area_ha, old_area, 1e-12);
	app_destroy(a);
}

static void test_plan_commit_refuses_negative_area_with_the_range(void)
{
	app *a = open_builtin(LANG_EN);
	a->view[SCREEN_PLAN].row = 0;
	a->view[SCREEN_PLAN].col = PC_AREA;
	double old_area = itemview_item(&a->cur.scn, 0)->area_ha;
	double old_output = a->cur.result.items[0].output_t;
	char err[200];
	unsigned bits = commit(a, SCREEN_PLAN, "-3", err, sizeof err);
	CU_ASSERT_EQUAL(bits, CHANGED_NOTHING);
	/* The loader's range for plan.area_ha is 0 .. 1,000,000 (sim/scenario/schema.c). */
	CU_ASSERT_STRING_EQUAL(err, "Area (ha) must be between 0 and 1,000,000");
	CU_ASSERT_DOUBLE_EQUAL(itemview_item(&a->cur.scn, 0)->area_ha, old_area, 0);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.result.items[0].output_t, old_output, 0);
	CU_ASSERT_FALSE(a->dirty);
	CU_ASSERT_EQUAL(undo_undo_depth(a->undo), 0u);
	/* Not a number at all. */
	bits = commit(a, SCREEN_PLAN, "twelve", err, sizeof err);
	CU_ASSERT_EQUAL(bits, CHANGED_NOTHING);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "not a number"));
	app_destroy(a);
}

static void test_plan_commit_speaks_vietnamese_ranges(void)
{
	app *a = open_builtin(LANG_VI);
	a->view[SCREEN_PLAN].col = PC_MGMT;
	char err[200];
	CU_ASSERT_EQUAL(commit(a, SCREEN_PLAN, "1,5", err, sizeof err), CHANGED_NOTHING);
	/* management_factor is 0..1; Vietnamese text with Vietnamese numbers. */
	CU_ASSERT_STRING_EQUAL(err, "Hệ số quản lý phải từ 0 đến 1");
	/* A decimal comma is read as the decimal mark. */
	CU_ASSERT_TRUE(commit(a, SCREEN_PLAN, "0,85", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(itemview_item(&a->cur.scn, 0)->management_factor, 0.85, 1e-12);
	app_destroy(a);
}

static void test_plan_plus_and_minus_step_the_value(void)
{
	app *a = open_builtin(LANG_EN);
	a->view[SCREEN_PLAN].row = 1;
	a->view[SCREEN_PLAN].col = PC_AREA;
	double area = itemview_item(&a->cur.scn, 1)->area_ha;
	press(a, SCREEN_PLAN, ACT_INCREMENT);
	CU_ASSERT_DOUBLE_EQUAL(itemview_item(&a->cur.scn, 1)->area_ha, area + 1, 1e-12);
	/* The management factor steps by 0.05 and stops at its upper bound, 1. */
	a->view[SCREEN_PLAN].col = PC_MGMT;
	double m = itemview_item(&a->cur.scn, 1)->management_factor;
	press(a, SCREEN_PLAN, ACT_DECREMENT);
	CU_ASSERT_DOUBLE_EQUAL(itemview_item(&a->cur.scn, 1)->management_factor, m - 0.05, 1e-12);
	press(a, SCREEN_PLAN, ACT_INCREMENT);
	press(a, SCREEN_PLAN, ACT_INCREMENT);
	CU_ASSERT_DOUBLE_EQUAL(itemview_item(&a->cur.scn, 1)->management_factor, 1.0, 1e-12);
	/* The sowing date steps by a day. */
	a->view[SCREEN_PLAN].col = PC_SOW;
	vd_date sow = itemview_item(&a->cur.scn, 1)->sow;
	press(a, SCREEN_PLAN, ACT_INCREMENT);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 1)->sow, sow + 1);
	CU_ASSERT_EQUAL(a->cur.result.items[1].sow, sow + 1);
	app_destroy(a);
}

static void test_plan_space_cycles_irrigation_and_commit_reads_a_schedule(void)
{
	app *a = open_builtin(LANG_EN);
	a->view[SCREEN_PLAN].row = 0;
	a->view[SCREEN_PLAN].col = PC_IRR;
	plan_item *it = itemview_item(&a->cur.scn, 0);
	CU_ASSERT_EQUAL(it->irrigation.mode, IRRIGATION_AUTO);   /* town-potato: auto */
	press(a, SCREEN_PLAN, ACT_TOGGLE);
	it = itemview_item(&a->cur.scn, 0);
	CU_ASSERT_EQUAL(it->irrigation.mode, IRRIGATION_SCHEDULE);
	press(a, SCREEN_PLAN, ACT_TOGGLE);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 0)->irrigation.mode, IRRIGATION_NONE);
	char err[200];
	CU_ASSERT_TRUE(commit(a, SCREEN_PLAN, "10/30", err, sizeof err) & CHANGED_SCENARIO);
	it = itemview_item(&a->cur.scn, 0);
	CU_ASSERT_EQUAL(it->irrigation.mode, IRRIGATION_SCHEDULE);
	CU_ASSERT_EQUAL(it->irrigation.interval_days, 10);
	CU_ASSERT_DOUBLE_EQUAL(it->irrigation.depth_mm, 30.0, 0);
	/* interval_days is 1..366 in the schema. */
	CU_ASSERT_EQUAL(commit(a, SCREEN_PLAN, "0/30", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "between 1 and 366"));
	CU_ASSERT_TRUE(commit(a, SCREEN_PLAN, "auto", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 0)->irrigation.mode, IRRIGATION_AUTO);
	app_destroy(a);
}

static void test_plan_area_in_sao_and_dates_in_either_order(void)
{
	app *a = open_builtin(LANG_EN);
	a->view[SCREEN_PLAN].col = PC_SAO;
	char err[200];
	/* 360 sao x 360 m2 = 129,600 m2 = 12.96 ha. */
	CU_ASSERT_TRUE(commit(a, SCREEN_PLAN, "360", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(itemview_item(&a->cur.scn, 0)->area_ha, 12.96, 1e-9);
	a->view[SCREEN_PLAN].col = PC_SOW;
	CU_ASSERT_TRUE(commit(a, SCREEN_PLAN, "01/11/2020", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 0)->sow, date_from_ymd(2020, 11, 1));
	CU_ASSERT_TRUE(commit(a, SCREEN_PLAN, "2020-11-03", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 0)->sow, date_from_ymd(2020, 11, 3));
	/* The season is 2020-09-01 .. 2021-04-30: a sowing in June is refused. */
	CU_ASSERT_EQUAL(commit(a, SCREEN_PLAN, "2021-06-01", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "Sowing date must be between"));
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 0)->sow, date_from_ymd(2020, 11, 3));
	app_destroy(a);
}

static void test_plan_add_copies_and_delete_removes_an_item(void)
{
	app *a = open_builtin(LANG_EN);
	int n = itemview_count(&a->cur.scn);
	a->view[SCREEN_PLAN].row = 2;
	plan_item orig = *itemview_item(&a->cur.scn, 2);
	press(a, SCREEN_PLAN, ACT_ADD);
	CU_ASSERT_EQUAL(itemview_count(&a->cur.scn), n + 1);
	CU_ASSERT_EQUAL(a->view[SCREEN_PLAN].row, 3);
	plan_item *copy = itemview_item(&a->cur.scn, 3);
	CU_ASSERT_EQUAL(copy->crop, orig.crop);
	CU_ASSERT_DOUBLE_EQUAL(copy->area_ha, orig.area_ha, 0);
	/* Ids stay unique: "town-kohlrabi" -> "town-kohlrabi-2". */
	char want[SCN_ID_MAX + 4];
	snprintf(want, sizeof want, "%s-2", orig.id);
	CU_ASSERT_STRING_EQUAL(copy->id, want);
	CU_ASSERT_EQUAL(a->cur.result.n_items, (size_t)n + 1);
	press(a, SCREEN_PLAN, ACT_DELETE);
	CU_ASSERT_EQUAL(itemview_count(&a->cur.scn), n);
	CU_ASSERT_EQUAL(a->cur.result.n_items, (size_t)n);
	app_destroy(a);
}

static void test_plan_enter_opens_a_prefilled_prompt(void)
{
	app *a = open_builtin(LANG_VI);
	a->view[SCREEN_PLAN].row = 0;
	a->view[SCREEN_PLAN].col = PC_MGMT;
	itemview_item(&a->cur.scn, 0)->management_factor = 0.75;
	press(a, SCREEN_PLAN, ACT_EDIT);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_EDIT);
	CU_ASSERT_STRING_EQUAL(a->prompt.text, "0,75");
	app_destroy(a);
}

/* ---- crops ---- */

static void test_crops_commit_and_step_prices_and_refuse_bad_kc(void)
{
	app *a = open_builtin(LANG_EN);
	view_state *v = &a->view[SCREEN_CROPS];
	v->row = 0;
	v->col = P_PRICE;
	double value = a->cur.result.district.g.value_mvnd;
	char err[200];
	CU_ASSERT_TRUE(commit(a, SCREEN_CROPS, "9000", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.crops[0].price_vnd_kg, 9000, 0);
	CU_ASSERT_TRUE(a->cur.result.district.g.value_mvnd > value);   /* a dearer crop is worth more */
	press(a, SCREEN_CROPS, ACT_DECREMENT);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.crops[0].price_vnd_kg, 8900, 1e-9);
	/* Kc is 0.1..2 (FAO-56 range in the schema). */
	v->col = P_KC_MID;
	double kc = a->cur.scn.crops[0].kc_mid;
	CU_ASSERT_EQUAL(commit(a, SCREEN_CROPS, "3", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_STRING_EQUAL(err, "Kc mid must be between 0.1 and 2");
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.crops[0].kc_mid, kc, 0);
	/* The cost is typed in million VND and stored in VND. */
	v->col = P_COST;
	CU_ASSERT_TRUE(commit(a, SCREEN_CROPS, "70", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.crops[0].cost_vnd_ha, 70e6, 1e-3);
	/* Cursor columns clamp. */
	for (int i = 0; i < 30; i++)
		press(a, SCREEN_CROPS, ACT_RIGHT);
	CU_ASSERT_EQUAL(v->col, P_COUNT - 1);
	app_destroy(a);
}

static void test_crops_stage_days_must_be_whole(void)
{
	app *a = open_builtin(LANG_EN);
	/* The built-in cabbage (row 1) counts its stages in days. */
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.crops[1].stages_unit, STAGES_IN_DAYS);
	a->view[SCREEN_CROPS].row = 1;
	a->view[SCREEN_CROPS].col = P_L2;
	char err[200];
	CU_ASSERT_EQUAL(commit(a, SCREEN_CROPS, "30.5", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "whole"));
	CU_ASSERT_TRUE(commit(a, SCREEN_CROPS, "40", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.crops[1].stages[1], 40, 0);
	app_destroy(a);
}

/* ---- weather ---- */

/* The default new cold spell is a real rét hại: 7 days from 8 January with a daily mean at
 * or below 13 °C and frost nights (Tmin −1 °C at the station, at most −0.8 °C on the lowest
 * commune), and it lowers the crops it hits: a potato item at maturity then takes 7 frost
 * days at weight 0.5 and loss 0.05: F_cold = 0.975⁷ = 0.837724...; one at bulking 0.95⁷. */
static void test_weather_default_cold_spell_is_ret_hai_and_lowers_the_crops(void)
{
	app *a = open_builtin(LANG_VI);
	int potato = scenario_find_crop(&a->cur.scn, "potato");
	size_t n = a->cur.result.n_items;
	double *before = calloc(n, sizeof *before);
	CU_ASSERT_PTR_NOT_NULL_FATAL(before);
	double *before_f = calloc(n, sizeof *before_f);
	CU_ASSERT_PTR_NOT_NULL_FATAL(before_f);
	for (size_t k = 0; k < n; k++) {
		before[k] = a->cur.result.items[k].yield_t_ha;
		before_f[k] = a->cur.result.items[k].f_cold;
	}
	size_t n0 = a->cur.scn.n_shocks;
	press(a, SCREEN_WEATHER, ACT_ADD);
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.n_shocks, n0 + 1);
	const shock *h = &a->cur.scn.shocks[n0];
	CU_ASSERT_EQUAL(h->from, date_from_ymd(2021, 1, 8));
	CU_ASSERT_EQUAL(h->days, 7);
	for (int d = 0; d < h->days; d++) {
		const weather_day *wd = &a->cur.weather.days[weather_index(&a->cur.weather, h->from + d)];
		CU_ASSERT_TRUE(wd->tmean_c <= 13.0);   /* rét hại */
		CU_ASSERT_TRUE(wd->tmin_c <= 0.0);     /* a frost night for damage_c 0 */
	}
	int hit = 0;
	for (size_t k = 0; k < n; k++) {
		const item_result *it = &a->cur.result.items[k];
		if (it->crop != potato)
			continue;
		hit++;
		/* the spell is one frost event over its 7 days, at the stage it names, with the
		 * potato's weight there (0.5 at maturity: 0.975 a day), or it kills the crop on a
		 * commune high enough for a night at kill_c */
		const crop *pc = &a->cur.scn.crops[potato];
		if (it->cold.killed) {
			CU_ASSERT_TRUE(it->cold.kill_date >= h->from && it->cold.kill_date < h->from + 7);
			CU_ASSERT_DOUBLE_EQUAL(it->yield_t_ha, 0.0, 0.0);
			continue;
		}
		const cold_event *e = NULL;
		for (int j = 0; j < it->cold.n_events; j++)
			if (it->cold.events[j].rule == COLD_RULE_FROST && it->cold.events[j].from <= h->from &&
			    it->cold.events[j].to >= h->from + 6)
				e = &it->cold.events[j];
		CU_ASSERT_PTR_NOT_NULL_FATAL(e);   /* a generated frost night may lengthen it */
		double day = 1.0 - pc->frost_loss_per_day * pc->frost_stage_weights[e->stage];
		CU_ASSERT_DOUBLE_EQUAL(e->loss, 1.0 - pow(day, e->days), 1e-12);
		CU_ASSERT_TRUE(it->yield_t_ha < before[k] - 2.0);   /* visibly: more than 2 t/ha */
		if (it->cold.n_events == 1 && before_f[k] == 1.0 && e->days == 7) {
			CU_ASSERT_DOUBLE_EQUAL(it->f_cold, pow(day, 7), 1e-12);
			CU_ASSERT_DOUBLE_EQUAL(it->yield_t_ha, before[k] * pow(day, 7), 1e-9);
		}
	}
	CU_ASSERT_TRUE(hit >= 5);
	free(before);
	free(before_f);
	app_destroy(a);
}


static void test_weather_space_toggles_a_shock_and_changes_the_weather(void)
{
	app *a = open_builtin(LANG_EN);
	size_t n0 = a->cur.scn.n_shocks;
	press(a, SCREEN_WEATHER, ACT_ADD);   /* a cold spell: 0 .. 8 °C for 7 days from 8 January */
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.n_shocks, n0 + 1);
	const shock *h = &a->cur.scn.shocks[n0];
	CU_ASSERT_EQUAL(h->kind, SHOCK_COLD_SPELL);
	CU_ASSERT_TRUE(h->enabled);
	long i = weather_index(&a->cur.weather, h->from + 2);
	CU_ASSERT_TRUE_FATAL(i >= 0);
	double spell = a->cur.weather.days[i].tmin_c;
	CU_ASSERT_TRUE(spell <= -1.0);
	CU_ASSERT_TRUE(a->cur.weather.days[i].cold_shocked);
	a->view[SCREEN_WEATHER].row = (int)n0;
	unsigned bits = press(a, SCREEN_WEATHER, ACT_TOGGLE);
	CU_ASSERT_TRUE(bits & CHANGED_SCENARIO);
	CU_ASSERT_FALSE(a->cur.scn.shocks[n0].enabled);
	CU_ASSERT_FALSE(a->cur.weather.days[i].cold_shocked);
	/* Back to the generated day; the spell held its Tmin to min(generated, −1 °C) (a
	 * generated winter can be colder than the spell on its own). */
	double generated = a->cur.weather.days[i].tmin_c;
	CU_ASSERT_DOUBLE_EQUAL(spell, generated < -1.0 ? generated : -1.0, 1e-9);
	/* The toggle is an edit: undo turns the spell back on. */
	app_undo(a);
	CU_ASSERT_TRUE(a->cur.scn.shocks[n0].enabled);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.weather.days[i].tmin_c, spell, 1e-9);
	app_destroy(a);
}

static void test_weather_edits_check_the_spell(void)
{
	app *a = open_builtin(LANG_EN);
	size_t n0 = a->cur.scn.n_shocks;
	press(a, SCREEN_WEATHER, ACT_ADD);
	view_state *v = &a->view[SCREEN_WEATHER];
	v->row = (int)n0;
	v->col = SC_TMIN;
	char err[200];
	/* Tmin above the spell's Tmax (7 °C) is refused, as the loader refuses it. */
	CU_ASSERT_EQUAL(commit(a, SCREEN_WEATHER, "12", err, sizeof err), CHANGED_NOTHING);
	CU_ASSERT_PTR_NOT_NULL(strstr(err, "Tmin must not be above Tmax"));
	CU_ASSERT_TRUE(commit(a, SCREEN_WEATHER, "-3", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.shocks[n0].tmin_c, -3.0, 0);
	v->col = SC_DAYS;
	press(a, SCREEN_WEATHER, ACT_INCREMENT);
	CU_ASSERT_EQUAL(a->cur.scn.shocks[n0].days, 8);
	/* d deletes it again. */
	press(a, SCREEN_WEATHER, ACT_DELETE);
	CU_ASSERT_EQUAL(a->cur.scn.n_shocks, n0);
	app_destroy(a);
}

/* ---- results ---- */

static void test_results_sort_order_changes_with_o(void)
{
	app *a = open_builtin(LANG_EN);
	int n = itemview_count(&a->cur.scn);
	int before[64], after[64];
	CU_ASSERT_TRUE_FATAL(n <= 64);
	CU_ASSERT_EQUAL(results_sorted_rows(a, before, n), n);
	for (int i = 0; i < n; i++)
		CU_ASSERT_EQUAL(before[i], i);   /* scenario order at first */
	/* Press o until the output column: then the rows run from the largest output down. */
	int presses = 0;
	while (a->view[SCREEN_RESULTS].sort != -(RC_OUTPUT + 1) && presses++ < RC_COUNT + 2)
		press(a, SCREEN_RESULTS, ACT_SORT);
	CU_ASSERT_EQUAL_FATAL(a->view[SCREEN_RESULTS].sort, -(RC_OUTPUT + 1));
	CU_ASSERT_STRING_EQUAL(results_sort_label(a), "Output");
	CU_ASSERT_EQUAL(results_sorted_rows(a, after, n), n);
	bool changed = false;
	for (int i = 0; i < n; i++)
		changed |= after[i] != before[i];
	CU_ASSERT_TRUE(changed);
	for (int i = 1; i < n; i++)
		CU_ASSERT_TRUE(a->cur.result.items[after[i - 1]].output_t >=
			       a->cur.result.items[after[i]].output_t);
	/* The first press sorts by crop name, ascending. */
	a->view[SCREEN_RESULTS].sort = 0;
	press(a, SCREEN_RESULTS, ACT_SORT);
	CU_ASSERT_EQUAL(a->view[SCREEN_RESULTS].sort, RC_CROP + 1);
	/* After the last column, back to the scenario's order. */
	a->view[SCREEN_RESULTS].sort = -(RC_COUNT);
	press(a, SCREEN_RESULTS, ACT_SORT);
	CU_ASSERT_EQUAL(a->view[SCREEN_RESULTS].sort, 0);
	app_destroy(a);
}

/* ---- calendar and help ---- */

static void test_calendar_plus_moves_the_sowing_and_the_harvest(void)
{
	app *a = open_builtin(LANG_EN);
	a->view[SCREEN_CALENDAR].row = 1;   /* town cabbage: stages in days, 90 days */
	vd_date sow = itemview_item(&a->cur.scn, 1)->sow;
	vd_date harvest = a->cur.result.items[1].harvest;
	press(a, SCREEN_CALENDAR, ACT_INCREMENT);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 1)->sow, sow + 1);
	CU_ASSERT_EQUAL(a->cur.result.items[1].harvest, harvest + 1);   /* fixed-length stages */
	press(a, SCREEN_CALENDAR, ACT_DECREMENT);
	press(a, SCREEN_CALENDAR, ACT_DECREMENT);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 1)->sow, sow - 1);
	char err[200];
	CU_ASSERT_TRUE(commit(a, SCREEN_CALENDAR, "20/10", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(itemview_item(&a->cur.scn, 1)->sow, date_from_ymd(2020, 10, 20));
	app_destroy(a);
}

static void test_calendar_late_sowing_is_marked_late_harvest(void)
{
	app *a = open_builtin(LANG_EN);
	/* Town paddy is needed again after 2021-02-15; a 90-day cabbage sown 1 January is late. */
	a->view[SCREEN_CALENDAR].row = 1;
	char err[200];
	CU_ASSERT_TRUE(commit(a, SCREEN_CALENDAR, "2021-01-01", err, sizeof err) & CHANGED_SCENARIO);
	CU_ASSERT_TRUE(a->cur.result.items[1].status & ITEM_LATE_HARVEST);
	char words[200];
	itemview_status_words(a->cur.result.items[1].status, LANG_EN, words, sizeof words);
	CU_ASSERT_PTR_NOT_NULL(strstr(words, "late harvest"));
	itemview_status_words(a->cur.result.items[1].status, LANG_VI, words, sizeof words);
	CU_ASSERT_PTR_NOT_NULL(strstr(words, "thu hoạch muộn"));
	app_destroy(a);
}

static void test_help_scroll_clamps(void)
{
	app *a = open_builtin(LANG_EN);
	press(a, SCREEN_HELP, ACT_UP);
	CU_ASSERT_EQUAL(a->view[SCREEN_HELP].top, 0);
	press(a, SCREEN_HELP, ACT_END);
	int end = a->view[SCREEN_HELP].top;
	CU_ASSERT_TRUE(end > 0);   /* the key table alone is longer than 21 rows */
	press(a, SCREEN_HELP, ACT_DOWN);
	CU_ASSERT_EQUAL(a->view[SCREEN_HELP].top, end);
	app_destroy(a);
}

static void test_every_screen_has_a_translated_title(void)
{
	for (int s = 0; s < SCREEN_COUNT; s++) {
		CU_ASSERT_PTR_NOT_NULL_FATAL(screens[s]);
		CU_ASSERT_PTR_NOT_NULL_FATAL(screens[s]->draw);
		CU_ASSERT_TRUE(tr_has(screens[s]->title));
	}
}

/* ---- keys: every hint and key-bar entry acts where it is shown ---- */

/* Presses act on screen s as the loop does; returns what changed, and closes a prompt the
 * action opened (Esc) so the next key reaches the screen. */
static unsigned press_and_close(app *a, screen_id s, action act)
{
	a->status[0] = 0;   /* app_handle reports clearing the status as a change */
	unsigned bits = press(a, s, act);
	if (a->prompt.kind != PROMPT_NONE)
		app_prompt_input(a, PKEY_ESCAPE, 0);
	return bits;
}

/* Walks each screen's hints in order (after its "add" hint, so there is a row to act on)
 * and presses every key they name: each must change something there. */
static void test_every_hinted_key_acts_on_its_screen(void)
{
	for (int s = 0; s < SCREEN_COUNT; s++) {
		app *a = open_builtin(LANG_EN);
		for (size_t i = 0; i < key_hints_count; i++)
			if (key_hints[i].screen == (screen_id)s && key_hints[i].acts[0] == ACT_ADD)
				CU_ASSERT_NOT_EQUAL(press_and_close(a, (screen_id)s, ACT_ADD), CHANGED_NOTHING);
		for (size_t i = 0; i < key_hints_count; i++) {
			const key_hint *h = &key_hints[i];
			if (h->screen != (screen_id)s)
				continue;
			for (int k = 0; k < 2 && h->acts[k] != ACT_NONE; k++) {
				unsigned bits = press_and_close(a, h->screen, h->acts[k]);
				CU_ASSERT_NOT_EQUAL(bits, CHANGED_NOTHING);
				if (bits == CHANGED_NOTHING)
					fprintf(stderr, "hint '%s' of screen %d: action %d does nothing\n",
						h->what, s, (int)h->acts[k]);
			}
		}
		app_destroy(a);
	}
}

/* The other side of the key table's scopes: an action scoped to some screens does nothing
 * on the others, so a scope never hides a screen that takes the key. And the key bar's
 * entries of each screen act there. */
static void test_keys_scoped_to_other_screens_do_nothing(void)
{
	app *a = open_builtin(LANG_EN);
	for (int s = 0; s < SCREEN_COUNT; s++) {
		for (size_t i = 0; i < key_table_count; i++) {
			const key_binding *b = &key_table[i];
			if (b->screens == KEYS_EVERY_SCREEN || keys_act_on(b->act, (screen_id)s))
				continue;
			unsigned bits = press_and_close(a, (screen_id)s, b->act);
			CU_ASSERT_EQUAL(bits, CHANGED_NOTHING);
			if (bits != CHANGED_NOTHING)
				fprintf(stderr, "key %s acts on screen %d, outside its scope\n", b->name, s);
		}
		/* A row to edit first where rows can be added (the weather's shocks). */
		if (keys_act_on(ACT_ADD, (screen_id)s))
			press_and_close(a, (screen_id)s, ACT_ADD);
		keybar_slot slots[KEYBAR_MAX];
		size_t n = keys_layout_bar(LANG_EN, (screen_id)s, 200, slots, KEYBAR_MAX);
		for (size_t i = 0; i < n; i++) {
			if (keys_binding_for(slots[i].act)->screens == KEYS_EVERY_SCREEN)
				continue;
			unsigned bits = press_and_close(a, (screen_id)s, slots[i].act);
			CU_ASSERT_NOT_EQUAL(bits, CHANGED_NOTHING);
			if (bits == CHANGED_NOTHING)
				fprintf(stderr, "key bar of screen %d: %s does nothing\n", s,
					keys_binding_for(slots[i].act)->name);
		}
	}
	app_destroy(a);
}

/* ---- typed values ---- */

static void test_edit_reads_the_language_marks_and_no_unit(void)
{
	double v;
	CU_ASSERT_TRUE(edit_parse_number(LANG_VI, "2,5", &v));
	CU_ASSERT_DOUBLE_EQUAL(v, 2.5, 0);
	CU_ASSERT_TRUE(edit_parse_number(LANG_EN, " -0.75 ", &v));
	CU_ASSERT_DOUBLE_EQUAL(v, -0.75, 0);
	CU_ASSERT_TRUE(edit_parse_number(LANG_VI, "1.234,5", &v));
	CU_ASSERT_DOUBLE_EQUAL(v, 1234.5, 0);
	CU_ASSERT_FALSE(edit_parse_number(LANG_EN, "1.234,5", &v));  /* the Vietnamese way */
	CU_ASSERT_FALSE(edit_parse_number(LANG_VI, "nan", &v));
	CU_ASSERT_FALSE(edit_parse_number(LANG_VI, "", &v));
	CU_ASSERT_FALSE(edit_parse_number(LANG_VI, "12ha", &v));     /* no unit for a plain number */
	char buf[32];
	CU_ASSERT_STRING_EQUAL(edit_format_number(0.85, 3, LANG_VI, buf, sizeof buf), "0,85");
	CU_ASSERT_STRING_EQUAL(edit_format_number(25.0, 3, LANG_EN, buf, sizeof buf), "25");
}

static void test_edit_reads_dates_in_the_season(void)
{
	vd_date start = date_from_ymd(2020, 9, 1), t;
	CU_ASSERT_TRUE(edit_parse_date("25/10", start, &t));
	CU_ASSERT_EQUAL(t, date_from_ymd(2020, 10, 25));
	CU_ASSERT_TRUE(edit_parse_date("15/01", start, &t));   /* before September: next year */
	CU_ASSERT_EQUAL(t, date_from_ymd(2021, 1, 15));
	CU_ASSERT_TRUE(edit_parse_date("8.1.2021", start, &t));
	CU_ASSERT_EQUAL(t, date_from_ymd(2021, 1, 8));
	CU_ASSERT_FALSE(edit_parse_date("31/02/2021", start, &t));
	CU_ASSERT_FALSE(edit_parse_date("25/10/2020x", start, &t));
	CU_ASSERT_FALSE(edit_parse_date("tomorrow", start, &t));
}

static void test_edit_step_rounds_and_clamps(void)
{
	/* 0.95 + 0.05 three times stops at the management factor's maximum, 1, exactly. */
	double v = edit_step("plan", "management_factor", 0.95, 0.05);
	CU_ASSERT_EQUAL(v, 1.0);
	CU_ASSERT_EQUAL(edit_step("plan", "management_factor", v, 0.05), 1.0);
	CU_ASSERT_EQUAL(edit_step("plan", "area_ha", 0.4, -1), 0.0);
	/* 0.1 + 0.2 is 0.30000000000000004 in binary; the step's decimals round it. */
	CU_ASSERT_EQUAL(edit_step("kc", "ini", 0.1, 0.2), 0.3);
}

VUDONG_SUITE(screens)
{
	SUITE_ADD(s, "screens");
	TEST_ADD(s, test_plan_cursor_moves_clamp_to_the_table);
	TEST_ADD(s, test_plan_commit_area_changes_scenario_and_result);
	TEST_ADD(s, test_plan_commit_refuses_negative_area_with_the_range);
	TEST_ADD(s, test_plan_commit_speaks_vietnamese_ranges);
	TEST_ADD(s, test_plan_plus_and_minus_step_the_value);
	TEST_ADD(s, test_plan_space_cycles_irrigation_and_commit_reads_a_schedule);
	TEST_ADD(s, test_plan_area_in_sao_and_dates_in_either_order);
	TEST_ADD(s, test_plan_add_copies_and_delete_removes_an_item);
	TEST_ADD(s, test_plan_enter_opens_a_prefilled_prompt);
	TEST_ADD(s, test_crops_commit_and_step_prices_and_refuse_bad_kc);
	TEST_ADD(s, test_crops_stage_days_must_be_whole);
	TEST_ADD(s, test_weather_default_cold_spell_is_ret_hai_and_lowers_the_crops);
	TEST_ADD(s, test_weather_space_toggles_a_shock_and_changes_the_weather);
	TEST_ADD(s, test_weather_edits_check_the_spell);
	TEST_ADD(s, test_results_sort_order_changes_with_o);
	TEST_ADD(s, test_calendar_plus_moves_the_sowing_and_the_harvest);
	TEST_ADD(s, test_calendar_late_sowing_is_marked_late_harvest);
	TEST_ADD(s, test_help_scroll_clamps);
	TEST_ADD(s, test_every_screen_has_a_translated_title);
	TEST_ADD(s, test_every_hinted_key_acts_on_its_screen);
	TEST_ADD(s, test_keys_scoped_to_other_screens_do_nothing);
	TEST_ADD(s, test_edit_reads_the_language_marks_and_no_unit);
	TEST_ADD(s, test_edit_reads_dates_in_the_season);
	TEST_ADD(s, test_edit_step_rounds_and_clamps);
	return 0;
}
