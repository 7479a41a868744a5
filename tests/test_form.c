/* test_form.c - editing every scenario value from the interface (issue 15), without a
 * terminal, on the built-in Bình Liêu scenario: the form of the economy opened by Enter on the
 * overview changes the growth target and refuses a value outside the schema's range; a
 * commune added as a copy (its land units, no plan), a land unit added, a crop added as a
 * copy and renamed, a price shock made from a new shock; each undone with u. Every row of
 * every form has its meaning and unit in Vietnamese. */
#include "testing.h"
#include "app_fixture.h"

#include <math.h>
#include <string.h>

#include "app.h"
#include "form.h"
#include "i18n.h"
#include "scenario_load.h"
#include "screen_cols.h"
#include "screens.h"

static app *open_builtin(void)
{
	app *a = app_fixture_open(LANG_EN);
	app_set_screens(a, screens);
	a->form_ops = &screen_form;
	return a;
}

static unsigned press(app *a, screen_id s, action act)
{
	app_set_screen(a, s);
	return app_handle(a, act);
}

/* Puts the form's cursor on the key `key` of part `part`; false when there is none. */
static bool select_key(app *a, const char *key, int part)
{
	form_state *fs = a->form;
	form_build(a, fs);
	for (int i = 0; i < fs->n_rows; i++)
		if (fs->rows[i].f && fs->rows[i].part == part && strcmp(fs->rows[i].f->key, key) == 0) {
			fs->row = i;
			return true;
		}
	return false;
}

static void test_form_rows_are_translated(void)
{
	app *a = open_builtin();
	int forms = 0;
	for (int k = FORM_ECONOMY; k <= FORM_CROP; k++) {
		int n = k == FORM_COMMUNE ? (int)a->cur.scn.n_communes : k == FORM_CROP ? (int)a->cur.scn.n_crops : 1;
		for (int i = 0; i < n; i++) {
			form_open(a, (form_kind)k, i);
			CU_ASSERT_PTR_NOT_NULL_FATAL(a->form);
			CU_ASSERT_TRUE(a->form->n_rows > 0);
			for (int r = 0; r < a->form->n_rows; r++) {
				const schema_field *f = a->form->rows[r].f;
				if (!f)
					continue;
				CU_ASSERT_TRUE(tr_has(f->meaning));
				CU_ASSERT_TRUE(!f->unit[0] || tr_has(f->unit));
				if (!tr_has(f->meaning) || (f->unit[0] && !tr_has(f->unit)))
					fprintf(stderr, "form: no Vietnamese for %s.%s: \"%s\" [%s]\n", f->object,
						f->key, f->meaning, f->unit);
			}
			forms++;
		}
	}
	form_close(a);
	CU_ASSERT_TRUE(forms > 10);
	app_destroy(a);
}

static void test_form_changes_the_target_and_undoes(void)
{
	app *a = open_builtin();
	double before = a->cur.scn.economy.target_growth_pct;
	press(a, SCREEN_OVERVIEW, ACT_EDIT);   /* Enter on the overview: the economy's form */
	CU_ASSERT_PTR_NOT_NULL_FATAL(a->form);
	CU_ASSERT_EQUAL(a->form->kind, FORM_ECONOMY);
	CU_ASSERT_TRUE_FATAL(select_key(a, "target_growth_pct", -1));
	press(a, SCREEN_OVERVIEW, ACT_EDIT);
	CU_ASSERT_TRUE(app_fixture_type(a, "8.5") & CHANGED_SCENARIO);   /* English marks (the app is in English) */
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.economy.target_growth_pct, 8.5, 0);
	CU_ASSERT_TRUE(a->cur.scn.economy.has_target);
	/* Outside the schema's range (-100 to 1000 %): refused, nothing changes. */
	press(a, SCREEN_OVERVIEW, ACT_EDIT);
	CU_ASSERT_FALSE(app_fixture_type(a, "2000") & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.economy.target_growth_pct, 8.5, 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "between -100 and 1,000"));
	if (!strstr(a->status, "between -100 and 1,000"))
		fprintf(stderr, "status: %s\n", a->status);
	/* u: the loaded target again; Esc closes the form. */
	press(a, SCREEN_OVERVIEW, ACT_UNDO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.economy.target_growth_pct, before, 0);
	press(a, SCREEN_OVERVIEW, ACT_CANCEL);
	CU_ASSERT_PTR_NULL(a->form);
	app_destroy(a);
}

static void test_form_adds_a_commune_and_a_land_unit(void)
{
	app *a = open_builtin();
	size_t nc = a->cur.scn.n_communes, items = scenario_plan_item_count(&a->cur.scn);
	a->view[SCREEN_PLAN].row = 0;
	press(a, SCREEN_PLAN, ACT_FORM);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a->form);
	CU_ASSERT_EQUAL(a->form->kind, FORM_COMMUNE);
	const commune *src = &a->cur.scn.communes[0];
	char id[SCN_ID_MAX + 8];
	snprintf(id, sizeof id, "%s-2", src->id);
	size_t land = src->n_land;
	a->form->row = 0;   /* the commune's own keys: a copies the commune */
	CU_ASSERT_TRUE(press(a, SCREEN_PLAN, ACT_ADD) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.n_communes, nc + 1);
	const commune *c = &a->cur.scn.communes[nc];
	CU_ASSERT_STRING_EQUAL(c->id, id);
	CU_ASSERT_EQUAL(c->n_land, land);
	CU_ASSERT_EQUAL(c->n_plan, 0);
	CU_ASSERT_EQUAL(scenario_plan_item_count(&a->cur.scn), items);   /* no plan: nothing grown */
	CU_ASSERT_EQUAL(a->form->index, (int)nc);                        /* the form shows the new one */
	/* Rename it and give its elevation. */
	CU_ASSERT_TRUE_FATAL(select_key(a, "name", -1));
	press(a, SCREEN_PLAN, ACT_EDIT);
	CU_ASSERT_TRUE(app_fixture_type(a, "Xã Mới") & CHANGED_SCENARIO);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.communes[nc].name, "Xã Mới");
	CU_ASSERT_TRUE_FATAL(select_key(a, "elevation_m", -1));
	press(a, SCREEN_PLAN, ACT_EDIT);
	CU_ASSERT_TRUE(app_fixture_type(a, "650") & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.communes[nc].elevation_m, 650, 0);
	/* A land unit: a copies the selected one after it; its area edited. */
	CU_ASSERT_TRUE_FATAL(select_key(a, "area_ha", 0));
	CU_ASSERT_TRUE(press(a, SCREEN_PLAN, ACT_ADD) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.communes[nc].n_land, land + 1);
	char land_id[SCN_ID_MAX + 8];
	snprintf(land_id, sizeof land_id, "%s-2", a->cur.scn.communes[nc].land[0].id);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.communes[nc].land[1].id, land_id);
	CU_ASSERT_TRUE_FATAL(select_key(a, "area_ha", 1));
	press(a, SCREEN_PLAN, ACT_EDIT);
	CU_ASSERT_TRUE(app_fixture_type(a, "12.5") & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.communes[nc].land[1].area_ha, 12.5, 0);
	/* The irrigable share is a share: 1.5 is refused with the schema's range. */
	CU_ASSERT_TRUE_FATAL(select_key(a, "irrigable_share", 1));
	press(a, SCREEN_PLAN, ACT_EDIT);
	CU_ASSERT_FALSE(app_fixture_type(a, "1.5") & CHANGED_SCENARIO);
	CU_ASSERT_TRUE(a->status_is_error);
	/* Five edits: undone one by one, the commune goes with the last. */
	for (int i = 0; i < 4; i++)
		press(a, SCREEN_PLAN, ACT_UNDO);
	CU_ASSERT_EQUAL(a->cur.scn.n_communes, nc + 1);
	CU_ASSERT_EQUAL(a->cur.scn.communes[nc].n_land, land);
	press(a, SCREEN_PLAN, ACT_UNDO);
	CU_ASSERT_EQUAL(a->cur.scn.n_communes, nc);
	app_destroy(a);
}

static void test_crop_added_by_copy_renamed_and_undone(void)
{
	app *a = open_builtin();
	size_t n = a->cur.scn.n_crops;
	a->view[SCREEN_CROPS].row = 0;
	crop src = a->cur.scn.crops[0];
	CU_ASSERT_TRUE(press(a, SCREEN_CROPS, ACT_ADD) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.n_crops, n + 1);
	const crop *c = &a->cur.scn.crops[n];
	char id[SCN_ID_MAX + 8];
	snprintf(id, sizeof id, "%s-2", src.id);
	CU_ASSERT_STRING_EQUAL(c->id, id);
	CU_ASSERT_DOUBLE_EQUAL(c->kc_mid, src.kc_mid, 0);
	CU_ASSERT_DOUBLE_EQUAL(c->yield_potential_t_ha, src.yield_potential_t_ha, 0);
	CU_ASSERT_EQUAL(a->view[SCREEN_CROPS].row, (int)n);
	/* e: every key of the new crop; its name and root depth typed. */
	press(a, SCREEN_CROPS, ACT_FORM);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a->form);
	CU_ASSERT_TRUE_FATAL(select_key(a, "name", -1));
	press(a, SCREEN_CROPS, ACT_EDIT);
	CU_ASSERT_TRUE(app_fixture_type(a, "Khoai tây Hà Lan") & CHANGED_SCENARIO);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.crops[n].name, "Khoai tây Hà Lan");
	/* root_depth_m.min above max is refused by the scenario's own check. */
	CU_ASSERT_TRUE_FATAL(select_key(a, "min", -1));
	press(a, SCREEN_CROPS, ACT_EDIT);
	char big[32];
	snprintf(big, sizeof big, "%g", src.root_max_m + 0.1);
	CU_ASSERT_FALSE(app_fixture_type(a, big) & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.crops[n].root_min_m, src.root_min_m, 0);
	/* A crop the plan uses is not deleted; the copy is. */
	press(a, SCREEN_CROPS, ACT_CANCEL);
	a->view[SCREEN_CROPS].row = 0;
	CU_ASSERT_FALSE(press(a, SCREEN_CROPS, ACT_DELETE) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(a->cur.scn.n_crops, n + 1);
	press(a, SCREEN_CROPS, ACT_UNDO);   /* the name */
	press(a, SCREEN_CROPS, ACT_UNDO);   /* the copy */
	CU_ASSERT_EQUAL(a->cur.scn.n_crops, n);
	app_destroy(a);
}

static void test_price_shock_added_and_undone(void)
{
	app *a = open_builtin();
	size_t n = a->cur.scn.n_shocks;
	double value = a->cur.result.district.g.value_mvnd;
	a->view[SCREEN_WEATHER].row = (int)n;   /* past the end: none selected */
	CU_ASSERT_TRUE(press(a, SCREEN_WEATHER, ACT_ADD) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.n_shocks, n + 1);
	CU_ASSERT_EQUAL(a->view[SCREEN_WEATHER].col, SC_KIND);
	/* Enter on the kind: "price" makes it a price shock, every crop 20 % lower. */
	press(a, SCREEN_WEATHER, ACT_EDIT);
	CU_ASSERT_TRUE(app_fixture_type(a, "price") & CHANGED_SCENARIO);
	const shock *h = &a->cur.scn.shocks[n];
	CU_ASSERT_EQUAL(h->kind, SHOCK_PRICE);
	CU_ASSERT_DOUBLE_EQUAL(h->factor, 0.8, 0);
	CU_ASSERT_EQUAL(h->crop, -1);
	/* Every crop's price 0.8 times: the season's value 0.8 times (the output is the same). */
	CU_ASSERT_DOUBLE_EQUAL(a->cur.result.district.g.value_mvnd, 0.8 * value, 1e-6 * value);
	/* - on the kind goes back to drought (the order of the file's kinds). */
	press(a, SCREEN_WEATHER, ACT_DECREMENT);
	CU_ASSERT_EQUAL(a->cur.scn.shocks[n].kind, SHOCK_DROUGHT);
	CU_ASSERT_EQUAL(a->cur.scn.shocks[n].days, 30);
	press(a, SCREEN_WEATHER, ACT_UNDO);
	press(a, SCREEN_WEATHER, ACT_UNDO);
	CU_ASSERT_EQUAL(a->cur.scn.n_shocks, n + 1);
	press(a, SCREEN_WEATHER, ACT_UNDO);
	CU_ASSERT_EQUAL(a->cur.scn.n_shocks, n);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.result.district.g.value_mvnd, value, 1e-9 * value);
	app_destroy(a);
}

VUDONG_SUITE(form)
{
	SUITE_ADD(s, "form");
	TEST_ADD(s, test_form_rows_are_translated);
	TEST_ADD(s, test_form_changes_the_target_and_undoes);
	TEST_ADD(s, test_form_adds_a_commune_and_a_land_unit);
	TEST_ADD(s, test_crop_added_by_copy_renamed_and_undone);
	TEST_ADD(s, test_price_shock_added_and_undone);
	return 0;
}
