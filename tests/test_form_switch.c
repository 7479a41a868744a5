/* test_form_switch.c - the form's switches and renames (issue 15), on the built-in Bình Liêu
 * scenario: a crop's stage lengths switched between days and degree days without moving its
 * harvest (the degree days checked against the weather's own, summed here), Ky switched
 * between one seasonal value and four (the weighted mean written out by hand), the frost
 * stage weights typed, ids renamed (refused when taken or badly formed); each undone with u,
 * and each saved into the file's own text and loaded back: the new keys and ids written, the
 * old ones gone, the plan still pointing at its crops and land, the comments kept. */
#include "testing.h"
#include "app_fixture.h"
#include "tmpdir.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "form.h"
#include "form_switch.h"
#include "scenario_load.h"
#include "screens.h"

static char dir[128];

/* The built-in scenario's text as a file of this test, opened in the app (English). */
static app *open_copy(const char *name, char *path, size_t size)
{
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "form-switch"));
	app *a = app_fixture_open_copy(dir, name, LANG_EN, path, size);
	app_set_screens(a, screens);
	a->form_ops = &screen_form;
	return a;
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	static char buf[1 << 20];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	return buf;
}

static size_t count(const char *text, const char *what)
{
	size_t n = 0;
	for (const char *p = strstr(text, what); p; p = strstr(p + 1, what))
		n++;
	return n;
}

static void type(app *a, const char *text)
{
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_EDIT);
	while (a->prompt.len > 0) {
		app_prompt_input(a, PKEY_END, 0);
		app_prompt_input(a, PKEY_BACKSPACE, 0);
	}
	for (const char *p = text; *p; p++)
		app_prompt_input(a, PKEY_CHAR, (unsigned char)*p);
	app_prompt_input(a, PKEY_ENTER, 0);
}

/* The cursor on key `key` of part `part` (sw NONE), or on the switch sw. */
static void select_row(app *a, const char *key, int part, form_switch_kind sw)
{
	form_state *fs = a->form;
	form_build(a, fs);
	for (int i = 0; i < fs->n_rows; i++) {
		const form_row *r = &fs->rows[i];
		if (sw != FORM_SW_NONE ? r->sw == sw
				       : r->f && r->part == part && strcmp(r->f->key, key) == 0 &&
					 (!strcmp(key, "stage_weights") ? !strcmp(r->f->object, "frost") : true)) {
			fs->row = i;
			return;
		}
	}
	CU_FAIL_FATAL("no such row in the form");
}

static void edit_key(app *a, const char *key, int part, const char *text)
{
	select_row(a, key, part, FORM_SW_NONE);
	app_handle(a, ACT_EDIT);
	type(a, text);
}

/* The harvest days of the items growing crop ci, in plan order (at most 32). */
static int harvests(const app *a, int ci, vd_date out[32])
{
	int n = 0;
	for (size_t i = 0; i < a->cur.result.n_items && n < 32; i++)
		if (a->cur.result.items[i].crop == ci)
			out[n++] = a->cur.result.items[i].harvest;
	return n;
}

static void test_ky_season_mean_by_hand(void)
{
	double ky[4] = { 0.2, 0.6, 1.1, 0.4 }, len[4] = { 20, 30, 40, 20 };
	CU_ASSERT_DOUBLE_EQUAL(form_ky_season_mean(ky, len),
			       (0.2 * 20 + 0.6 * 30 + 1.1 * 40 + 0.4 * 20) / 110, 1e-12);   /* 74/110 */
	double none[4] = { 0, 0, 0, 0 };
	CU_ASSERT_TRUE(isnan(form_ky_season_mean(ky, none)));
}

static void test_ky_switches_both_ways_and_undoes(void)
{
	char path[256];
	app *a = open_copy("ky.yaml", path, sizeof path);
	int ci = scenario_find_crop(&a->cur.scn, "cabbage");
	CU_ASSERT_TRUE_FATAL(ci >= 0);
	const crop *c = &a->cur.scn.crops[ci];
	CU_ASSERT_FALSE_FATAL(c->has_ky_stages);
	CU_ASSERT_DOUBLE_EQUAL(c->ky, 0.95, 0);
	form_open(a, FORM_CROP, ci);
	/* Ky 0.95 for the season -> 0.95 at each of the four stages, the season unchanged. */
	double value = a->cur.result.district.g.value_mvnd;
	select_row(a, NULL, -1, FORM_SW_KY);
	CU_ASSERT_TRUE(app_handle(a, ACT_EDIT) & CHANGED_SCENARIO);
	c = &a->cur.scn.crops[ci];
	CU_ASSERT_TRUE(c->has_ky_stages);
	for (int i = 0; i < 4; i++)
		CU_ASSERT_DOUBLE_EQUAL(c->ky_stages[i], 0.95, 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "Ky by stage"));
	/* Stages 20 30 40 20 days and Ky 0.2 0.6 1.1 0.4, then back to one Ky:
	 * (0.2·20 + 0.6·30 + 1.1·40 + 0.4·20) / 110 = 74 / 110 = 0.6727..., kept to 0.001. */
	edit_key(a, "stages_days", -1, "20 30 40 20");
	edit_key(a, "ky_stages", -1, "0.2 0.6 1.1 0.4");
	c = &a->cur.scn.crops[ci];
	CU_ASSERT_DOUBLE_EQUAL(c->ky_stages[2], 1.1, 0);
	select_row(a, NULL, -1, FORM_SW_KY);
	CU_ASSERT_TRUE(app_handle(a, ACT_INCREMENT) & CHANGED_SCENARIO);
	c = &a->cur.scn.crops[ci];
	CU_ASSERT_FALSE(c->has_ky_stages);
	CU_ASSERT_DOUBLE_EQUAL(c->ky, (0.2 * 20 + 0.6 * 30 + 1.1 * 40 + 0.4 * 20) / 110, 0.0005);
	CU_ASSERT_DOUBLE_EQUAL(c->ky, 0.673, 1e-12);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "weighted by days 20 30 40 20"));
	/* Saved: the file says ky, not ky_stages, for cabbage; loaded back the same. */
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, true));
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &s, &dl));
	const crop *b = &s.crops[scenario_find_crop(&s, "cabbage")];
	CU_ASSERT_FALSE(b->has_ky_stages);
	CU_ASSERT_DOUBLE_EQUAL(b->ky, 0.673, 0);
	CU_ASSERT_DOUBLE_EQUAL(b->stages[3], 20, 0);
	scenario_fini(&s);
	diag_list_fini(&dl);
	/* u four times: the typed values, then the first switch: Ky 0.95 for the season again. */
	for (int i = 0; i < 4; i++)
		app_handle(a, ACT_UNDO);
	c = &a->cur.scn.crops[ci];
	CU_ASSERT_FALSE(c->has_ky_stages);
	CU_ASSERT_DOUBLE_EQUAL(c->ky, 0.95, 0);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.result.district.g.value_mvnd, value, 1e-9 * value);
	app_destroy(a);
	tmpdir_remove(dir);
}

static void test_days_to_degree_days_keeps_the_harvest(void)
{
	char path[256];
	app *a = open_copy("gdd.yaml", path, sizeof path);
	int ci = scenario_find_crop(&a->cur.scn, "cabbage");
	CU_ASSERT_TRUE_FATAL(ci >= 0);
	form_open(a, FORM_CROP, ci);
	/* Without a base temperature: refused, the status says what to give. */
	select_row(a, NULL, -1, FORM_SW_STAGES);
	CU_ASSERT_FALSE(app_handle(a, ACT_EDIT) & CHANGED_SCENARIO);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "tbase_c"));
	edit_key(a, "tbase_c", -1, "5");
	select_row(a, NULL, -1, FORM_SW_STAGES);
	vd_date before[32], after[32];
	int n = harvests(a, ci, before);
	CU_ASSERT_TRUE_FATAL(n > 0);
	/* The degree days of each stage of 22 33 27 8 days, summed here from the first cabbage
	 * item's sowing day on its commune's weather: max(0, (Tmax + Tmin)/2 − 5) a day. */
	const scenario *s = &a->cur.scn;
	int co = -1;
	vd_date sow = DATE_NONE;
	for (size_t i = 0; i < s->n_communes && co < 0; i++)
		for (size_t j = 0; j < s->communes[i].n_plan; j++)
			if (s->communes[i].plan[j].crop == ci) {
				co = (int)i;
				sow = s->communes[i].plan[j].sow;
				break;
			}
	const weather_day *wd = weather_commune_days(&a->cur.weather, co);
	long d = sow - a->cur.weather.first;
	double expect[4] = { 0 }, days[4] = { 22, 33, 27, 8 };
	for (int k = 0; k < 4; k++)
		for (int i = 0; i < (int)days[k]; i++, d++) {
			double t = 0.5 * (wd[d].tmax_c + wd[d].tmin_c);
			expect[k] += t > 5 ? t - 5 : 0;
		}
	CU_ASSERT_TRUE(app_handle(a, ACT_EDIT) & CHANGED_SCENARIO);
	const crop *c = &a->cur.scn.crops[ci];
	CU_ASSERT_EQUAL(c->stages_unit, STAGES_IN_GDD);
	for (int k = 0; k < 4; k++) {
		CU_ASSERT_DOUBLE_EQUAL(c->stages[k], expect[k], 1.0);
		if (fabs(c->stages[k] - expect[k]) > 1)
			fprintf(stderr, "stage %d: %g °C·d, the weather sums %g\n", k, c->stages[k], expect[k]);
	}
	/* The item it was measured on is harvested on the same day (items sown elsewhere or
	 * later see other weather: degree days and days part there, and their harvests move). */
	CU_ASSERT_EQUAL(harvests(a, ci, after), n);
	CU_ASSERT_EQUAL(after[0], before[0]);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "Degree days"));
	/* Saved: stages_gdd in the file, stages_days gone from cabbage (kohlrabi keeps its own). */
	const char *orig = read_all(path);
	size_t days_keys = count(orig, "stages_days:");
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, true));
	const char *text = read_all(path);
	CU_ASSERT_EQUAL(count(text, "stages_days:"), days_keys - 1);
	CU_ASSERT_PTR_NULL(strstr(text, "stages_days: [22, 33, 27, 8]"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "yield_potential_t_ha: 20            # Đồng Văn (Hà Giang) 20–27 t/ha"));
	scenario back;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &back, &dl));
	const crop *b = &back.crops[scenario_find_crop(&back, "cabbage")];
	CU_ASSERT_EQUAL(b->stages_unit, STAGES_IN_GDD);
	CU_ASSERT_DOUBLE_EQUAL(b->tbase_c, 5, 0);
	for (int k = 0; k < 4; k++)
		CU_ASSERT_DOUBLE_EQUAL(b->stages[k], c->stages[k], 0);
	scenario_fini(&back);
	diag_list_fini(&dl);
	/* u: 22 33 27 8 days again. */
	app_handle(a, ACT_UNDO);
	c = &a->cur.scn.crops[ci];
	CU_ASSERT_EQUAL(c->stages_unit, STAGES_IN_DAYS);
	CU_ASSERT_DOUBLE_EQUAL(c->stages[0], 22, 0);
	CU_ASSERT_DOUBLE_EQUAL(c->stages[3], 8, 0);
	app_destroy(a);
	tmpdir_remove(dir);
}

static void test_degree_days_to_days_and_a_rename_saved(void)
{
	char path[256];
	app *a = open_copy("rename.yaml", path, sizeof path);
	const char *orig = read_all(path);
	size_t plan_refs = count(orig, "crop: potato");
	CU_ASSERT_TRUE_FATAL(plan_refs > 0);
	int ci = scenario_find_crop(&a->cur.scn, "potato");
	CU_ASSERT_TRUE_FATAL(ci >= 0);
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.crops[ci].stages_unit, STAGES_IN_GDD);
	int uses = 0;
	for (size_t i = 0; i < a->cur.result.n_items; i++)
		uses += a->cur.result.items[i].crop == ci;
	vd_date before[32], after[32];
	int n = harvests(a, ci, before);
	form_open(a, FORM_CROP, ci);
	/* Degree days -> days: the days each stage took for the first potato item (the town's,
	 * sown 25 October); its harvest stays (the others' move: see above). */
	select_row(a, NULL, -1, FORM_SW_STAGES);
	CU_ASSERT_TRUE(app_handle(a, ACT_DECREMENT) & CHANGED_SCENARIO);
	const crop *c = &a->cur.scn.crops[ci];
	CU_ASSERT_EQUAL(c->stages_unit, STAGES_IN_DAYS);
	double total = 0;
	for (int k = 0; k < 4; k++) {
		CU_ASSERT_EQUAL(c->stages[k], floor(c->stages[k]));
		total += c->stages[k];
	}
	CU_ASSERT_EQUAL(harvests(a, ci, after), n);
	CU_ASSERT_EQUAL(after[0], before[0]);
	/* the first potato item's life is the stages' days */
	for (size_t i = 0; i < a->cur.result.n_items; i++)
		if (a->cur.result.items[i].crop == ci) {
			CU_ASSERT_EQUAL(a->cur.result.items[i].days, (int)total);
			break;
		}
	double days[4];
	memcpy(days, c->stages, sizeof days);
	/* Ids: a bad one and a taken one refused, then potato -> khoai-tay. */
	edit_key(a, "id", -1, "khoai tay");
	CU_ASSERT_STRING_EQUAL(a->cur.scn.crops[ci].id, "potato");
	edit_key(a, "id", -1, "cabbage");
	CU_ASSERT_STRING_EQUAL(a->cur.scn.crops[ci].id, "potato");
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "taken"));
	edit_key(a, "id", -1, "khoai-tay");
	CU_ASSERT_STRING_EQUAL(a->cur.scn.crops[ci].id, "khoai-tay");
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "Renamed potato to khoai-tay"));
	/* Saved into the file's text: the id and every plan item's crop renamed in place,
	 * stages_days for stages_gdd, the comments kept. */
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, true));
	const char *text = read_all(path);
	CU_ASSERT_EQUAL(count(text, "crop: khoai-tay"), plan_refs);
	CU_ASSERT_PTR_NULL(strstr(text, "crop: potato"));
	CU_ASSERT_PTR_NULL(strstr(text, "id: potato\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "  - id: khoai-tay\n    name: \"Khoai tây\""));
	CU_ASSERT_PTR_NULL(strstr(text, "stages_gdd: [255, 306, 409, 306]"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "# AquaCrop: base 2 °C, maturity 1,276 °C·d"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "# Winter crops. Kc, height, root depth"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "yield_potential_t_ha: 18            # national plan 18–20 t/ha"));
	scenario back;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &back, &dl));
	int bi = scenario_find_crop(&back, "khoai-tay");
	CU_ASSERT_TRUE_FATAL(bi >= 0);
	CU_ASSERT_EQUAL(scenario_find_crop(&back, "potato"), -1);
	CU_ASSERT_EQUAL(back.crops[bi].stages_unit, STAGES_IN_DAYS);
	for (int k = 0; k < 4; k++)
		CU_ASSERT_DOUBLE_EQUAL(back.crops[bi].stages[k], days[k], 0);
	CU_ASSERT_DOUBLE_EQUAL(back.crops[bi].yield_potential_t_ha, 18, 0);
	int back_uses = 0;
	for (size_t i = 0; i < back.n_communes; i++)
		for (size_t j = 0; j < back.communes[i].n_plan; j++)
			back_uses += back.communes[i].plan[j].crop == bi;
	CU_ASSERT_EQUAL(back_uses, uses);
	scenario_fini(&back);
	diag_list_fini(&dl);
	/* A second rename after the save is counted from the saved text. */
	edit_key(a, "id", -1, "potato.2");
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, true));
	text = read_all(path);
	CU_ASSERT_EQUAL(count(text, "crop: potato.2"), plan_refs);
	CU_ASSERT_PTR_NULL(strstr(text, "khoai-tay"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "# AquaCrop: base 2 °C"));
	/* u: khoai-tay, potato, then degree days 255 306 409 306 again. */
	app_handle(a, ACT_UNDO);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.crops[ci].id, "khoai-tay");
	app_handle(a, ACT_UNDO);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.crops[ci].id, "potato");
	app_handle(a, ACT_UNDO);
	c = &a->cur.scn.crops[ci];
	CU_ASSERT_EQUAL(c->stages_unit, STAGES_IN_GDD);
	CU_ASSERT_DOUBLE_EQUAL(c->stages[0], 255, 0);
	CU_ASSERT_DOUBLE_EQUAL(c->stages[3], 306, 0);
	app_destroy(a);
	tmpdir_remove(dir);
}

static void test_land_and_commune_renamed_and_saved(void)
{
	char path[256];
	app *a = open_copy("land.yaml", path, sizeof path);
	const scenario *s = &a->cur.scn;
	CU_ASSERT_TRUE_FATAL(s->n_communes > 1 && s->communes[0].n_land > 0 && s->communes[0].n_plan > 0);
	char old_land[SCN_ID_MAX], old_commune[SCN_ID_MAX];
	snprintf(old_land, sizeof old_land, "%s", s->communes[0].land[0].id);
	snprintf(old_commune, sizeof old_commune, "%s", s->communes[0].id);
	int on_land = 0;
	for (size_t j = 0; j < s->communes[0].n_plan; j++)
		on_land += s->communes[0].plan[j].land == 0;
	/* the same land id in other communes stays */
	int elsewhere = 0;
	for (size_t i = 1; i < s->n_communes; i++)
		elsewhere += commune_find_land(&s->communes[i], old_land) >= 0;
	form_open(a, FORM_COMMUNE, 0);
	edit_key(a, "id", 0, "ruong-1");
	CU_ASSERT_STRING_EQUAL(a->cur.scn.communes[0].land[0].id, "ruong-1");
	edit_key(a, "id", -1, "thi-tran");
	CU_ASSERT_STRING_EQUAL(a->cur.scn.communes[0].id, "thi-tran");
	/* a commune id taken by another commune is refused */
	edit_key(a, "id", -1, a->cur.scn.communes[1].id);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.communes[0].id, "thi-tran");
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, true));
	scenario back;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &back, &dl));
	int bc = scenario_find_commune(&back, "thi-tran");
	CU_ASSERT_TRUE_FATAL(bc >= 0);
	CU_ASSERT_EQUAL(scenario_find_commune(&back, old_commune), -1);
	int li = commune_find_land(&back.communes[bc], "ruong-1");
	CU_ASSERT_TRUE_FATAL(li >= 0);
	int back_on = 0;
	for (size_t j = 0; j < back.communes[bc].n_plan; j++)
		back_on += back.communes[bc].plan[j].land == li;
	CU_ASSERT_EQUAL(back_on, on_land);
	int back_elsewhere = 0;
	for (size_t i = 0; i < back.n_communes; i++)
		back_elsewhere += (int)i != bc && commune_find_land(&back.communes[i], old_land) >= 0;
	CU_ASSERT_EQUAL(back_elsewhere, elsewhere);
	scenario_fini(&back);
	diag_list_fini(&dl);
	CU_ASSERT_PTR_NOT_NULL(strstr(read_all(path), "# Winter crops. Kc, height, root depth"));
	app_handle(a, ACT_UNDO);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.communes[0].id, old_commune);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.communes[0].land[0].id, old_land);
	app_destroy(a);
	tmpdir_remove(dir);
}

static void test_frost_stage_weights_typed(void)
{
	app *a = app_fixture_open(LANG_VI);
	app_set_screens(a, screens);
	a->form_ops = &screen_form;
	int ci = scenario_find_crop(&a->cur.scn, "potato");
	CU_ASSERT_TRUE_FATAL(ci >= 0);
	form_open(a, FORM_CROP, ci);
	select_row(a, "stage_weights", -1, FORM_SW_NONE);
	char buf[200];
	/* [0.5, 1, 1, 1, 0.5] in the file; Vietnamese decimal commas on the screen */
	CU_ASSERT_STRING_EQUAL(form_value_text(a, a->form, a->form->row, LANG_VI, buf, sizeof buf),
			       "0,5 1 1 1 0,5");
	app_handle(a, ACT_EDIT);
	type(a, "0,5 1 1 0,8 0,5");
	const crop *c = &a->cur.scn.crops[ci];
	CU_ASSERT_DOUBLE_EQUAL(c->frost_stage_weights[3], 0.8, 0);
	/* four numbers, or one outside 0-1: refused, nothing changes */
	app_handle(a, ACT_EDIT);
	type(a, "1 1 1 1");
	app_handle(a, ACT_EDIT);
	type(a, "1 1 2 1 1");
	c = &a->cur.scn.crops[ci];
	CU_ASSERT_DOUBLE_EQUAL(c->frost_stage_weights[2], 1, 0);
	CU_ASSERT_DOUBLE_EQUAL(c->frost_stage_weights[3], 0.8, 0);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.crops[ci].frost_stage_weights[3], 1, 0);
	/* A crop without its own weights shows the default, 1 at every stage. */
	int cab = scenario_find_crop(&a->cur.scn, "cabbage");
	a->cur.scn.crops[cab].has_frost_weights = false;
	form_open(a, FORM_CROP, cab);
	select_row(a, "stage_weights", -1, FORM_SW_NONE);
	CU_ASSERT_STRING_EQUAL(form_value_text(a, a->form, a->form->row, LANG_EN, buf, sizeof buf), "1 1 1 1 1");
	form_close(a);
	app_destroy(a);
}

VUDONG_SUITE(form_switch)
{
	SUITE_ADD(s, "form_switch");
	TEST_ADD(s, test_ky_season_mean_by_hand);
	TEST_ADD(s, test_ky_switches_both_ways_and_undoes);
	TEST_ADD(s, test_days_to_degree_days_keeps_the_harvest);
	TEST_ADD(s, test_degree_days_to_days_and_a_rename_saved);
	TEST_ADD(s, test_land_and_commune_renamed_and_saved);
	TEST_ADD(s, test_frost_stage_weights_typed);
	return 0;
}
