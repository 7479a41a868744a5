/* test_form_more.c - the soil form and the settings form (issue 15), without a terminal, on
 * the built-in Bình Liêu scenario: a soil's theta_fc typed as "0,30" in Vietnamese is 0.30 and
 * the TAW the water balance uses for the land unit on that soil moves as FAO-56 eq. 82 says
 * (TAW = 1000 (θFC − θWP) Zr, worked by hand below for the tomato's rooting depth); a soil
 * renamed, added by copy and deleted (refused while a land unit uses it); the site's elevation
 * and the season's dates changed (a start after a sowing date refused with the checker's
 * message); each undone; and each saved into the file's own text and loaded back, the rest of
 * the text (comments too) untouched. */
#include "testing.h"
#include "app_fixture.h"
#include "tmpdir.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "builtin.h"
#include "date.h"
#include "form.h"
#include "i18n.h"
#include "scenario_load.h"
#include "screens.h"
#include "season.h"
#include "weather.h"

static char dir[128];

static app *wire(app *a)
{
	app_set_screens(a, screens);
	a->form_ops = &screen_form;
	return a;
}

/* The built-in scenario's text as a file of this test, opened in the app in language l. */
static app *open_copy(const char *name, lang l, char *path, size_t size)
{
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "form-more"));
	return wire(app_fixture_open_copy(dir, name, l, path, size));
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	char *buf = malloc(1 << 20);
	CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
	size_t n = fread(buf, 1, (1 << 20) - 1, f);
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

static size_t count_lines(const char *t)
{
	return count(t, "\n");
}

/* The lines of b that are not the same line of a (a and b with as many lines). */
static size_t lines_changed(const char *a, const char *b)
{
	size_t n = 0;
	while (*a && *b) {
		size_t la = strcspn(a, "\n"), lb = strcspn(b, "\n");
		n += la != lb || memcmp(a, b, la) != 0;
		a += la + (a[la] == '\n');
		b += lb + (b[lb] == '\n');
	}
	return n;
}

/* The cursor on key `key` of `object` in part `part`. */
static void select_key(app *a, const char *object, const char *key, int part)
{
	form_state *fs = a->form;
	form_build(a, fs);
	for (int i = 0; i < fs->n_rows; i++) {
		const form_row *r = &fs->rows[i];
		if (r->f && r->part == part && !strcmp(r->f->object, object) && !strcmp(r->f->key, key)) {
			fs->row = i;
			return;
		}
	}
	CU_FAIL_FATAL("no such row in the form");
}

static unsigned edit_key(app *a, const char *object, const char *key, int part, const char *text)
{
	select_key(a, object, key, part);
	app_handle(a, ACT_EDIT);
	return app_fixture_type(a, text);
}

/* The commune form of commune ci, the cursor on land unit li's soil, e: that soil's form. */
static void open_soil_of(app *a, int ci, int li)
{
	app_set_screen(a, SCREEN_PLAN);
	form_open(a, FORM_COMMUNE, ci);
	select_key(a, "land", "soil", li);
	CU_ASSERT_TRUE(form_on_soil_row(a));
	app_handle(a, ACT_FORM);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a->form);
	CU_ASSERT_EQUAL_FATAL(a->form->kind, FORM_SOIL);
	CU_ASSERT_EQUAL(a->form->index, a->cur.scn.communes[ci].land[li].soil);
}

/* The largest TAW the water balance used on the days of plan item `item` of commune ci. */
typedef struct {
	int commune, item;
	double taw, zr;
} taw_probe;

static void on_day(void *ctx, const season_day *d)
{
	taw_probe *p = ctx;
	if (d->commune == p->commune && d->item == p->item && d->taw_mm > p->taw) {
		p->taw = d->taw_mm;
		p->zr = d->zr_m;
	}
}

static double max_taw(const scenario *s, int ci, int item, double *zr)
{
	weather_series w;
	weather_series_init(&w);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(s, 0, &w, &dl));
	season_result r;
	season_result_init(&r);
	taw_probe p = { ci, item, 0, 0 };
	CU_ASSERT_TRUE_FATAL(season_run(s, &w, &r, on_day, &p));
	season_result_fini(&r);
	weather_series_fini(&w);
	diag_list_fini(&dl);
	*zr = p.zr;
	return p.taw;
}

static void test_soil_theta_fc_typed_in_vietnamese_moves_taw(void)
{
	app *a = wire(app_fixture_open(LANG_VI));
	const scenario *s = &a->cur.scn;
	/* The town's upland (valley-sandy-loam, θFC 0.24, θWP 0.10) grows the tomato, whose
	 * roots reach 0.7 m (root_depth_m: {min: 0.25, max: 0.7}). */
	int town = scenario_find_commune(s, "binh-lieu-town");
	CU_ASSERT_TRUE_FATAL(town >= 0);
	const commune *c = &s->communes[town];
	int li = commune_find_land(c, "upland"), item = -1;
	CU_ASSERT_TRUE_FATAL(li >= 0);
	for (size_t j = 0; j < c->n_plan; j++)
		if (c->plan[j].land == li && !strcmp(s->crops[c->plan[j].crop].id, "tomato"))
			item = (int)j;
	CU_ASSERT_TRUE_FATAL(item >= 0);
	int si = c->land[li].soil;
	CU_ASSERT_STRING_EQUAL(s->soils[si].id, "valley-sandy-loam");
	CU_ASSERT_DOUBLE_EQUAL(s->soils[si].theta_fc, 0.24, 0);
	CU_ASSERT_DOUBLE_EQUAL(s->soils[si].theta_wp, 0.10, 0);
	CU_ASSERT_DOUBLE_EQUAL(s->crops[c->plan[item].crop].root_max_m, 0.7, 0);
	double zr, taw = max_taw(s, town, item, &zr);
	/* By hand, eq. 82 at the full rooting depth: 1000 × (0.24 − 0.10) × 0.7 = 98 mm. */
	CU_ASSERT_DOUBLE_EQUAL(zr, 0.7, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(taw, 98.0, 1e-9);

	open_soil_of(a, town, li);
	CU_ASSERT_TRUE(edit_key(a, "soil", "theta_fc", -1, "0,30") & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(s->soils[si].theta_fc, 0.30, 0);
	/* 1000 × (0.30 − 0.10) × 0.7 = 140 mm. */
	taw = max_taw(s, town, item, &zr);
	CU_ASSERT_DOUBLE_EQUAL(taw, 140.0, 1e-9);
	/* Below θWP: the checker refuses (θFC must exceed θWP), nothing changes. */
	CU_ASSERT_FALSE(edit_key(a, "soil", "theta_fc", -1, "0,05") & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(s->soils[si].theta_fc, 0.30, 0);
	/* + steps by 0.05 (a range of at most 1): 0.35. */
	select_key(a, "soil", "theta_fc", -1);
	app_handle(a, ACT_INCREMENT);
	CU_ASSERT_DOUBLE_EQUAL(s->soils[si].theta_fc, 0.35, 1e-12);
	app_handle(a, ACT_UNDO);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_DOUBLE_EQUAL(a->cur.scn.soils[si].theta_fc, 0.24, 0);
	CU_ASSERT_DOUBLE_EQUAL(max_taw(&a->cur.scn, town, item, &zr), 98.0, 1e-9);
	/* Esc: back to the commune form, on the soil row it was opened from. */
	int row = -1;
	app_handle(a, ACT_CANCEL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a->form);
	CU_ASSERT_EQUAL(a->form->kind, FORM_COMMUNE);
	CU_ASSERT_EQUAL(a->form->index, town);
	row = a->form->row;
	CU_ASSERT_EQUAL(a->form->rows[row].part, li);
	CU_ASSERT_STRING_EQUAL(a->form->rows[row].f->key, "soil");
	app_handle(a, ACT_CANCEL);
	CU_ASSERT_PTR_NULL(a->form);
	app_destroy(a);
}

static void test_soil_rename_copy_delete_undone(void)
{
	app *a = wire(app_fixture_open(LANG_EN));
	scenario *s = &a->cur.scn;
	size_t ns = s->n_soils;
	int si = s->communes[0].land[0].soil;
	char old[SCN_ID_MAX];
	snprintf(old, sizeof old, "%s", s->soils[si].id);
	open_soil_of(a, 0, 0);
	/* A taken id and one with a space: refused. */
	CU_ASSERT_FALSE(edit_key(a, "soil", "id", -1, s->soils[(si + 1) % (int)ns].id) & CHANGED_SCENARIO);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "is taken"));
	CU_ASSERT_FALSE(edit_key(a, "soil", "id", -1, "dat ruong") & CHANGED_SCENARIO);
	CU_ASSERT_STRING_EQUAL(s->soils[si].id, old);
	/* Renamed: the land units hold its index and show the new id. */
	CU_ASSERT_TRUE(edit_key(a, "soil", "id", -1, "dat-ruong") & CHANGED_SCENARIO);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.soils[si].id, "dat-ruong");
	CU_ASSERT_EQUAL(a->cur.scn.communes[0].land[0].soil, si);
	/* d on a soil a land unit uses: refused, naming the first user. */
	app_handle(a, ACT_DELETE);
	CU_ASSERT_EQUAL(a->cur.scn.n_soils, ns);
	char want[200];
	snprintf(want, sizeof want, "land unit %s of %s uses this soil", a->cur.scn.communes[0].land[0].id,
		 a->cur.scn.communes[0].id);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, want));
	/* a: a copy at the end, shown in the form; d deletes it (no land unit uses it). */
	CU_ASSERT_TRUE(app_handle(a, ACT_ADD) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL_FATAL(a->cur.scn.n_soils, ns + 1);
	const soil *cp = &a->cur.scn.soils[ns];
	CU_ASSERT_STRING_EQUAL(cp->id, "dat-ruong-2");
	CU_ASSERT_DOUBLE_EQUAL(cp->theta_fc, a->cur.scn.soils[si].theta_fc, 0);
	CU_ASSERT_EQUAL(a->form->index, (int)ns);
	CU_ASSERT_TRUE(app_handle(a, ACT_DELETE) & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(a->cur.scn.n_soils, ns);
	CU_ASSERT_TRUE(app_handle(a, ACT_ADD) & CHANGED_SCENARIO);      /* again, at ns */
	/* Right and Left: the next and previous soil, round. */
	a->form->index = (int)a->cur.scn.n_soils - 1;
	app_handle(a, ACT_RIGHT);
	CU_ASSERT_EQUAL(a->form->index, 0);
	app_handle(a, ACT_LEFT);
	CU_ASSERT_EQUAL(a->form->index, (int)a->cur.scn.n_soils - 1);
	/* u: the second copy, the delete of the first, the first copy, the rename. */
	app_handle(a, ACT_UNDO);
	CU_ASSERT_EQUAL(a->cur.scn.n_soils, ns);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_EQUAL(a->cur.scn.n_soils, ns + 1);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_EQUAL(a->cur.scn.n_soils, ns);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.soils[si].id, "dat-ruong");
	app_handle(a, ACT_UNDO);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.soils[si].id, old);
	form_build(a, a->form);   /* the form's soil, gone with the undo, is clamped */
	CU_ASSERT_TRUE(a->form->index >= 0 && a->form->index < (int)a->cur.scn.n_soils);
	app_destroy(a);
}

static void test_settings_elevation_and_season(void)
{
	app *a = wire(app_fixture_open(LANG_EN));
	scenario *s = &a->cur.scn;
	app_set_screen(a, SCREEN_OVERVIEW);
	app_handle(a, ACT_SETTINGS);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a->form);
	CU_ASSERT_EQUAL(a->form->kind, FORM_SETTINGS);
	/* Every row's meaning and unit has its Vietnamese; no path, list or normals row. */
	for (int r = 0; r < a->form->n_rows; r++) {
		const schema_field *f = a->form->rows[r].f;
		if (!f)
			continue;
		CU_ASSERT_TRUE(tr_has(f->meaning) && (!f->unit[0] || tr_has(f->unit)));
		CU_ASSERT_TRUE(f->type == SF_NUMBER || f->type == SF_DATE || f->type == SF_NAME ||
			       f->type == SF_SEED);
	}
	double elev = s->site.elevation_m;
	CU_ASSERT_DOUBLE_EQUAL(elev, 320, 0);
	CU_ASSERT_TRUE(edit_key(a, "site", "elevation_m", FORM_PART_SITE, "450") & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(s->site.elevation_m, 450, 0);
	/* Outside the schema's range (-500 to 9000 m): refused. */
	CU_ASSERT_FALSE(edit_key(a, "site", "elevation_m", FORM_PART_SITE, "9500") & CHANGED_SCENARIO);
	CU_ASSERT_DOUBLE_EQUAL(s->site.elevation_m, 450, 0);
	/* The generator's seed, a whole number. */
	unsigned long seed = s->weather.seed;
	CU_ASSERT_TRUE(edit_key(a, "generator", "seed", FORM_PART_WEATHER, "77") & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(s->weather.seed, 77);
	CU_ASSERT_FALSE(edit_key(a, "generator", "seed", FORM_PART_WEATHER, "7.5") & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(s->weather.seed, 77);
	/* The season starting on 1 October leaves the sowing on 5 September outside it: the
	 * checker's message, nothing changed. */
	vd_date start = s->season_start, oct1, sep5;
	CU_ASSERT_TRUE_FATAL(date_parse("2020-10-01", &oct1) && date_parse("2020-09-05", &sep5));
	CU_ASSERT_FALSE(edit_key(a, "season", "start", FORM_PART_SEASON, "2020-10-01") & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(s->season_start, start);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "outside the season"));
	/* In Vietnamese the checker says it in Vietnamese (the same diagnostic's other text). */
	a->lang = LANG_VI;
	CU_ASSERT_FALSE(edit_key(a, "season", "start", FORM_PART_SEASON, "01/10/2020") & CHANGED_SCENARIO);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "nằm ngoài vụ (2020-10-01 đến 2021-04-30)"));
	a->lang = LANG_EN;
	/* A day earlier than the first sowing is fine: 2020-09-05 itself. */
	CU_ASSERT_TRUE(edit_key(a, "season", "start", FORM_PART_SEASON, "2020-09-05") & CHANGED_SCENARIO);
	CU_ASSERT_EQUAL(s->season_start, sep5);
	/* Ending before it starts: refused. */
	CU_ASSERT_FALSE(edit_key(a, "season", "end", FORM_PART_SEASON, "2020-08-01") & CHANGED_SCENARIO);
	/* a and d have nothing to add or delete here. */
	CU_ASSERT_FALSE(app_handle(a, ACT_ADD) & CHANGED_SCENARIO);
	CU_ASSERT_FALSE(app_handle(a, ACT_DELETE) & CHANGED_SCENARIO);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_EQUAL(s->season_start, start);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_EQUAL(s->weather.seed, seed);
	app_handle(a, ACT_UNDO);
	CU_ASSERT_DOUBLE_EQUAL(s->site.elevation_m, elev, 0);
	app_handle(a, ACT_QUIT);   /* q closes the form, as Esc */
	CU_ASSERT_PTR_NULL(a->form);
	app_destroy(a);
}

/* Saves to path and loads it back into *back (which the caller finishes). */
static void save_and_load(app *a, const char *path, scenario *back)
{
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, true));
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, back, &dl));
	diag_list_fini(&dl);
}

static void test_soil_and_season_saved_in_place(void)
{
	char path[256];
	app *a = open_copy("soil.yaml", LANG_VI, path, sizeof path);
	char *orig = read_all(path);
	int si = scenario_find_soil(&a->cur.scn, "valley-sandy-loam");
	CU_ASSERT_TRUE_FATAL(si >= 0);
	size_t uses = count(orig, "valley-sandy-loam");
	CU_ASSERT_TRUE(uses >= 2);   /* the soil and the land units on it */

	/* 1. A value: one line changes, the rest of the text is the same. */
	a->form_ops = &screen_form;
	form_open(a, FORM_SOIL, si);
	CU_ASSERT_TRUE(edit_key(a, "soil", "theta_fc", -1, "0,30") & CHANGED_SCENARIO);
	scenario back;
	save_and_load(a, path, &back);
	char *t = read_all(path);
	CU_ASSERT_EQUAL(count_lines(t), count_lines(orig));
	CU_ASSERT_EQUAL(lines_changed(orig, t), 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "theta_fc: 0.3"));
	CU_ASSERT_DOUBLE_EQUAL(back.soils[scenario_find_soil(&back, "valley-sandy-loam")].theta_fc, 0.30, 0);
	scenario_fini(&back);
	free(t);

	/* 2. A rename: the soil and every land unit's soil: follow; comments stay. */
	CU_ASSERT_TRUE(edit_key(a, "soil", "id", -1, "dat-bai") & CHANGED_SCENARIO);
	save_and_load(a, path, &back);
	t = read_all(path);
	CU_ASSERT_EQUAL(count(t, "valley-sandy-loam"), 0);
	CU_ASSERT_EQUAL(count(t, "dat-bai"), uses);
	CU_ASSERT_EQUAL(count_lines(t), count_lines(orig));
	CU_ASSERT_EQUAL(lines_changed(orig, t), uses);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "# Paddy soil is still moist after the summer rice harvest"));
	int bs = scenario_find_soil(&back, "dat-bai");
	CU_ASSERT_TRUE_FATAL(bs >= 0);
	int town = scenario_find_commune(&back, "binh-lieu-town");
	CU_ASSERT_TRUE_FATAL(town >= 0);
	int up = commune_find_land(&back.communes[town], "upland");
	CU_ASSERT_TRUE_FATAL(up >= 0);
	CU_ASSERT_EQUAL(back.communes[town].land[up].soil, bs);
	scenario_fini(&back);
	free(t);

	/* 3. A copy: a fourth soil with the same values, the rest as it was. */
	size_t ns = a->cur.scn.n_soils;
	CU_ASSERT_TRUE(app_handle(a, ACT_ADD) & CHANGED_SCENARIO);
	save_and_load(a, path, &back);
	t = read_all(path);
	CU_ASSERT_EQUAL_FATAL(back.n_soils, ns + 1);
	CU_ASSERT_STRING_EQUAL(back.soils[ns].id, "dat-bai-2");
	CU_ASSERT_DOUBLE_EQUAL(back.soils[ns].theta_fc, 0.30, 0);
	CU_ASSERT_DOUBLE_EQUAL(back.soils[ns].theta_wp, 0.10, 0);
	CU_ASSERT_DOUBLE_EQUAL(back.soils[ns].initial_depletion_pct, 30, 0);
	CU_ASSERT_EQUAL(count(t, "dat-bai-2"), 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "# Winter crops. Kc, height, root depth"));
	scenario_fini(&back);
	free(t);
	form_close(a);

	/* 4. The season's end: one line more changes (the season's). */
	char *before = read_all(path);
	app_set_screen(a, SCREEN_OVERVIEW);
	app_handle(a, ACT_SETTINGS);
	CU_ASSERT_TRUE(edit_key(a, "season", "end", FORM_PART_SEASON, "31/03/2021") & CHANGED_SCENARIO);
	save_and_load(a, path, &back);
	t = read_all(path);
	CU_ASSERT_EQUAL(count_lines(t), count_lines(before));
	CU_ASSERT_EQUAL(lines_changed(before, t), 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "end: 2021-03-31"));
	vd_date mar31;
	CU_ASSERT_TRUE(date_parse("2021-03-31", &mar31));
	CU_ASSERT_EQUAL(back.season_end, mar31);
	scenario_fini(&back);
	free(t);
	free(before);
	free(orig);
	app_destroy(a);
	tmpdir_remove(dir);
}

VUDONG_SUITE(form_more)
{
	SUITE_ADD(s, "form_more");
	TEST_ADD(s, test_soil_theta_fc_typed_in_vietnamese_moves_taw);
	TEST_ADD(s, test_soil_rename_copy_delete_undone);
	TEST_ADD(s, test_settings_elevation_and_season);
	TEST_ADD(s, test_soil_and_season_saved_in_place);
	return 0;
}
