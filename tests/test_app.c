/* test_app.c - the interface's state on the built-in scenario, without a terminal: an edit
 * recomputes the district, undo restores it exactly and redo reapplies it, the baseline,
 * the unsaved flag, saving and loading back, the save/replace/quit questions, export, and
 * the global keys. */
#include "testing.h"
#include "app_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "prompt.h"
#include "scenario_load.h"
#include "season.h"
#include "textwidth.h"
#include "weather.h"
#include "tmpdir.h"

static app *open_builtin(void)
{
	app *a = app_fixture_open(LANG_EN);
	CU_ASSERT_TRUE_FATAL(a->cur.ok);
	return a;
}

/* The first plan item with some area: the edits below double it. */
static plan_item *first_item(app *a)
{
	for (size_t c = 0; c < a->cur.scn.n_communes; c++)
		if (a->cur.scn.communes[c].n_plan)
			return &a->cur.scn.communes[c].plan[0];
	CU_FAIL_FATAL("the built-in scenario has no plan item");
	return NULL;
}

static unsigned double_first_area(app *a)
{
	CU_ASSERT_TRUE_FATAL(app_begin_edit(a));
	first_item(a)->area_ha *= 2.0;
	return app_end_edit(a);
}

/* Feeds UTF-8 text to the open prompt, one code point at a time. */
static void type_text(app *a, const char *s)
{
	size_t len = strlen(s), i = 0;
	while (i < len) {
		uint32_t cp;
		i += text_decode(s + i, len - i, &cp);
		app_prompt_input(a, PKEY_CHAR, cp);
	}
}

static void answer(app *a, const char *path)
{
	app_prompt_input(a, PKEY_KILL, 0);
	type_text(a, path);
	app_prompt_input(a, PKEY_ENTER, 0);
}

static char tmpdir[64];

static int make_tmpdir(void)
{
	return tmpdir_make(tmpdir, sizeof tmpdir, "test-app") ? 0 : 1;
}

static int remove_tmpdir(void)
{
	return tmpdir_remove(tmpdir) ? 0 : 1;
}

static void tmp_path(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/%s", tmpdir, name);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = calloc(1, 1 << 20);
	if (buf)
		fread(buf, 1, (1 << 20) - 1, f);
	fclose(f);
	return buf;
}

static void test_app_edit_recomputes_and_undo_restores_exactly(void)
{
	app *a = open_builtin();
	double out0 = a->cur.result.district.g.output_t;
	double val0 = a->cur.result.district.g.value_mvnd;
	CU_ASSERT_TRUE(out0 > 0);
	CU_ASSERT_FALSE(a->dirty);

	unsigned bits = double_first_area(a);
	CU_ASSERT_TRUE(bits & CHANGED_SCENARIO);
	CU_ASSERT_TRUE(a->dirty);
	double out1 = a->cur.result.district.g.output_t;
	double val1 = a->cur.result.district.g.value_mvnd;
	/* More area of a crop that yields: more output and value. */
	CU_ASSERT_TRUE(out1 > out0);
	CU_ASSERT_TRUE(val1 > val0);

	app_undo(a);
	CU_ASSERT_EQUAL(a->cur.result.district.g.output_t, out0);   /* exactly */
	CU_ASSERT_EQUAL(a->cur.result.district.g.value_mvnd, val0);
	CU_ASSERT_FALSE(a->dirty);   /* back at the loaded state */

	app_redo(a);
	CU_ASSERT_EQUAL(a->cur.result.district.g.output_t, out1);
	CU_ASSERT_EQUAL(a->cur.result.district.g.value_mvnd, val1);
	CU_ASSERT_TRUE(a->dirty);

	/* Undo past the first edit says so and changes nothing. */
	app_undo(a);
	app_undo(a);
	CU_ASSERT_EQUAL(a->cur.result.district.g.output_t, out0);
	CU_ASSERT_STRING_EQUAL(a->status, tr(LANG_EN, "Nothing to undo"));
	app_destroy(a);
}

static void test_app_cancelled_edit_leaves_no_undo_step(void)
{
	app *a = open_builtin();
	CU_ASSERT_TRUE(app_begin_edit(a));
	app_cancel_edit(a);
	CU_ASSERT_FALSE(a->dirty);
	app_undo(a);
	CU_ASSERT_STRING_EQUAL(a->status, tr(LANG_EN, "Nothing to undo"));
	app_destroy(a);
}

static void test_app_baseline_stays_until_pinned(void)
{
	app *a = open_builtin();
	double out0 = a->cur.result.district.g.output_t;
	CU_ASSERT_EQUAL(a->base.result.district.g.output_t, out0);
	double_first_area(a);
	double out1 = a->cur.result.district.g.output_t;
	CU_ASSERT_EQUAL(a->base.result.district.g.output_t, out0);   /* still the loaded one */
	unsigned bits = app_pin_baseline(a);
	CU_ASSERT_TRUE(bits & CHANGED_BASELINE);
	CU_ASSERT_EQUAL(a->base.result.district.g.output_t, out1);
	/* The baseline is a copy: undoing the edit does not move it. */
	app_undo(a);
	CU_ASSERT_EQUAL(a->base.result.district.g.output_t, out1);
	CU_ASSERT_EQUAL(a->cur.result.district.g.output_t, out0);
	app_destroy(a);
}

static void test_app_save_then_load_gives_the_same_figures(void)
{
	CU_ASSERT_EQUAL_FATAL(make_tmpdir(), 0);
	app *a = open_builtin();
	double_first_area(a);
	char path[128];
	tmp_path(path, sizeof path, "edited.yaml");
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, false));
	CU_ASSERT_FALSE(a->dirty);
	CU_ASSERT_STRING_EQUAL(a->path, path);

	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &s, &dl));
	weather_series w;
	weather_series_init(&w);
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	const group_result *g = &a->cur.result.district.g;
	/* The YAML keeps every number to its shortest exact form or close to it: the figures
	 * agree to a part in a million. */
	CU_ASSERT_DOUBLE_EQUAL(r.district.g.area_ha, g->area_ha, 1e-6 * g->area_ha);
	CU_ASSERT_DOUBLE_EQUAL(r.district.g.output_t, g->output_t, 1e-6 * g->output_t);
	CU_ASSERT_DOUBLE_EQUAL(r.district.g.value_mvnd, g->value_mvnd, 1e-6 * g->value_mvnd);
	CU_ASSERT_DOUBLE_EQUAL(r.district.contribution_pp, a->cur.result.district.contribution_pp, 1e-6);
	season_result_fini(&r);
	weather_series_fini(&w);
	scenario_fini(&s);
	diag_list_fini(&dl);

	/* `s` now saves to that file without asking, and an undo makes the state unsaved. */
	app_undo(a);
	CU_ASSERT_TRUE(a->dirty);
	unsigned bits = app_handle(a, ACT_SAVE);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_FALSE(bits & CHANGED_QUIT);
	CU_ASSERT_FALSE(a->dirty);
	app_destroy(a);
	remove_tmpdir();
}

static void test_app_save_as_asks_before_replacing_another_file(void)
{
	CU_ASSERT_EQUAL_FATAL(make_tmpdir(), 0);
	app *a = open_builtin();
	char other[128];
	tmp_path(other, sizeof other, "other.yaml");
	FILE *f = fopen(other, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs("keep me\n", f);
	fclose(f);

	double_first_area(a);
	/* The built-in has no file: `s` asks for a name. */
	app_handle(a, ACT_SAVE);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_SAVE_AS);
	answer(a, other);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_REPLACE);
	app_prompt_input(a, PKEY_CHAR, 'n');
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	char *text = read_all(other);
	CU_ASSERT_STRING_EQUAL(text, "keep me\n");
	free(text);
	CU_ASSERT_TRUE(a->dirty);

	app_handle(a, ACT_SAVE_AS);
	answer(a, other);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_REPLACE);
	app_prompt_input(a, PKEY_CHAR, 'y');
	text = read_all(other);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "format: vudong/1"));
	free(text);
	CU_ASSERT_FALSE(a->dirty);
	CU_ASSERT_STRING_EQUAL(a->path, other);
	app_destroy(a);
	remove_tmpdir();
}

static void test_app_quit_asks_only_when_there_are_unsaved_edits(void)
{
	CU_ASSERT_EQUAL_FATAL(make_tmpdir(), 0);
	app *a = open_builtin();
	CU_ASSERT_TRUE(app_handle(a, ACT_QUIT) & CHANGED_QUIT);

	double_first_area(a);
	CU_ASSERT_FALSE(app_handle(a, ACT_QUIT) & CHANGED_QUIT);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_QUIT);
	CU_ASSERT_EQUAL(app_prompt_input(a, PKEY_CHAR, 'z'), CHANGED_NOTHING);   /* not an answer */
	app_prompt_input(a, PKEY_CHAR, 'c');
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_TRUE(a->dirty);

	app_handle(a, ACT_QUIT);
	CU_ASSERT_TRUE(app_prompt_input(a, PKEY_CHAR, 'n') & CHANGED_QUIT);

	/* "y" on the built-in asks for a file name, saves, then quits. */
	app_handle(a, ACT_QUIT);
	CU_ASSERT_FALSE(app_prompt_input(a, PKEY_CHAR, 'y') & CHANGED_QUIT);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_SAVE_AS);
	char path[128];
	tmp_path(path, sizeof path, "quit.yaml");
	app_prompt_input(a, PKEY_KILL, 0);
	type_text(a, path);
	CU_ASSERT_TRUE(app_prompt_input(a, PKEY_ENTER, 0) & CHANGED_QUIT);
	CU_ASSERT_EQUAL(access(path, R_OK), 0);
	CU_ASSERT_FALSE(a->dirty);
	app_destroy(a);
	remove_tmpdir();
}

static void test_app_export_writes_the_report_with_its_header(void)
{
	CU_ASSERT_EQUAL_FATAL(make_tmpdir(), 0);
	app *a = open_builtin();
	char path[128];
	tmp_path(path, sizeof path, "report.csv");
	app_handle(a, ACT_EXPORT);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_EXPORT);
	answer(a, path);
	char *text = read_all(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	/* DESIGN §6: provenance in '#' lines, then the items header. */
	CU_ASSERT_EQUAL(text[0], '#');
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\ncommune,land,crop,area_ha,irrigated_ha,sow,harvest"));
	free(text);

	tmp_path(path, sizeof path, "report.txt");
	CU_ASSERT_TRUE(app_export_to(a, path, false));
	text = read_all(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, a->cur.scn.name));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "vudong " VUDONG_VERSION));
	free(text);
	/* A name ending .xlsx gets a workbook: a zip file (PK\3\4) holding the sheets
	 * (tests/cli/xlsx.sh reads one back against the CSV). */
	tmp_path(path, sizeof path, "report.xlsx");
	CU_ASSERT_TRUE(app_export_to(a, path, false));
	text = read_all(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_EQUAL(memcmp(text, "PK\3\4", 4), 0);
	free(text);
	CU_ASSERT_FALSE(app_export_to(a, path, false));   /* not over it without "replace" */
	CU_ASSERT_TRUE(app_export_to(a, path, true));
	/* Exporting over it again asks first. */
	app_handle(a, ACT_EXPORT);
	answer(a, path);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_CONFIRM_REPLACE);
	app_prompt_input(a, PKEY_ESCAPE, 0);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	app_destroy(a);
	remove_tmpdir();
}

static void test_app_screen_keys_help_and_language(void)
{
	app *a = open_builtin();
	CU_ASSERT_EQUAL(a->screen, SCREEN_OVERVIEW);
	app_handle(a, ACT_NEXT_SCREEN);
	CU_ASSERT_EQUAL(a->screen, SCREEN_PLAN);
	app_handle(a, ACT_PREV_SCREEN);
	app_handle(a, ACT_PREV_SCREEN);   /* wraps around to the last screen */
	CU_ASSERT_EQUAL(a->screen, SCREEN_COMPARE);
	app_handle(a, ACT_SCREEN_5);
	CU_ASSERT_EQUAL(a->screen, SCREEN_RESULTS);
	app_handle(a, ACT_HELP);
	CU_ASSERT_EQUAL(a->screen, SCREEN_HELP);
	app_handle(a, ACT_HELP);          /* ? again goes back */
	CU_ASSERT_EQUAL(a->screen, SCREEN_RESULTS);
	app_handle(a, ACT_LANGUAGE);
	CU_ASSERT_EQUAL(a->lang, LANG_VI);
	app_handle(a, ACT_LANGUAGE);
	CU_ASSERT_EQUAL(a->lang, LANG_EN);
	/* While a prompt is open the global keys do nothing. */
	app_handle(a, ACT_EXPORT);
	CU_ASSERT_EQUAL(app_handle(a, ACT_SCREEN_1), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(a->screen, SCREEN_RESULTS);
	app_destroy(a);
}

VUDONG_SUITE(app)
{
	SUITE_ADD(s, "app");
	TEST_ADD(s, test_app_edit_recomputes_and_undo_restores_exactly);
	TEST_ADD(s, test_app_cancelled_edit_leaves_no_undo_step);
	TEST_ADD(s, test_app_baseline_stays_until_pinned);
	TEST_ADD(s, test_app_save_then_load_gives_the_same_figures);
	TEST_ADD(s, test_app_save_as_asks_before_replacing_another_file);
	TEST_ADD(s, test_app_quit_asks_only_when_there_are_unsaved_edits);
	TEST_ADD(s, test_app_export_writes_the_report_with_its_header);
	TEST_ADD(s, test_app_screen_keys_help_and_language);
	return 0;
}
