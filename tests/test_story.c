/* test_story.c - the story format: the built-in story loads, fits the built-in scenario and
 * its captions fit two lines at 80 and 60 columns in both languages; key names; the caption
 * wrapping at spaces; a session's back and reset restore the figures exactly. */
#include "testing.h"
#include "app_fixture.h"

#include <string.h>

#include "app.h"
#include "screens.h"
#include "workshop.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "story_session.h"
#include "utf8.h"

static void test_story_builtin_loads_fits_and_its_captions_fit_two_lines(void)
{
	story st;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(story_load_builtin(&st, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL(st.n_steps, 5);
	scenario scn;
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(&scn, &dl));
	CU_ASSERT_TRUE(story_check(&st, &scn, &dl));
	for (size_t i = 0; i < st.n_steps; i++)
		for (int l = 0; l < 2; l++) {
			char lines[2][STORY_CAPTION_MAX];
			bool cut;
			story_wrap(st.steps[i].caption[l], 79, lines, 2, &cut);
			if (cut)
				fprintf(stderr, "\nstep %zu lang %d does not fit 2x79", i + 1, l);
			CU_ASSERT_FALSE(cut);
		}
	/* Step 4 presses 4, Space, 8: the weather screen, the toggle, the risk screen. */
	const story_action *a = &st.steps[3].actions[0];
	CU_ASSERT_EQUAL(a->kind, STORY_KEYS);
	CU_ASSERT_EQUAL(a->n_keys, 3);
	CU_ASSERT_EQUAL(a->keys[0], '4');
	CU_ASSERT_EQUAL(a->keys[1], STORY_KEY_SPACE);
	CU_ASSERT_EQUAL(a->keys[2], '8');
	scenario_fini(&scn);
	story_fini(&st);
	diag_list_fini(&dl);
}

static void test_story_wrap_breaks_at_spaces(void)
{
	char lines[3][STORY_CAPTION_MAX];
	bool cut;
	int n = story_wrap("Rét hại tháng Giêng làm hại khoai tây", 16, lines, 3, &cut);
	CU_ASSERT_EQUAL(n, 3);
	CU_ASSERT_FALSE(cut);
	CU_ASSERT_STRING_EQUAL(lines[0], "Rét hại tháng");
	CU_ASSERT_STRING_EQUAL(lines[1], "Giêng làm hại");
	CU_ASSERT_STRING_EQUAL(lines[2], "khoai tây");
	n = story_wrap("abcdefghij klm", 4, lines, 2, &cut);
	CU_ASSERT_EQUAL(n, 2);
	CU_ASSERT_STRING_EQUAL(lines[0], "abcd");
	CU_ASSERT_TRUE(cut);
}

static unsigned feed(app *a, int code)
{
	/* The unit test plays the keys it understands: screen numbers. */
	if (code >= '1' && code <= '9')
		return app_set_screen(a, (screen_id)(code - '1'));
	return CHANGED_NOTHING;
}

static void test_story_session_back_and_reset_restore_exactly(void)
{
	const char text[] =
		"format: vudong-story/1\n"
		"title: {vi: t, en: t}\n"
		"steps:\n"
		"  - caption: {vi: a, en: a}\n"
		"    do: [{keys: \"1\"}]\n"
		"  - caption: {vi: b, en: b}\n"
		"    do: [{keys: \"2\"}, {set: {item: town-potato, area_ha: 30, sow: 2020-10-18}}]\n"
		"  - caption: {vi: c, en: c}\n"
		"    do: [{set: {item: town-potato, sow: 2020-10-06}}]\n";
	story st;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(story_load_text("t.yaml", text, sizeof text - 1, &st, &dl));
	app *a = app_fixture_open(LANG_EN);
	app_fixture_wire_workshop(a);
	double start = a->cur.result.district.g.output_t;
	a->story = story_session_create();
	CU_ASSERT_TRUE_FATAL(story_session_start(a->story, a, &st, &dl));
	story_session_next(a->story, a, 0, feed);   /* step 1 played, step 2 begins */
	story_session_next(a->story, a, 0, feed);   /* step 2 played, step 3 begins */
	CU_ASSERT_EQUAL(a->screen, SCREEN_PLAN);
	double two = a->cur.result.district.g.output_t;
	CU_ASSERT_TRUE(two > start);
	story_session_next(a->story, a, 0, feed);   /* step 3 played; the last stays */
	CU_ASSERT_EQUAL(story_session_step(a->story), 2);
	double three = a->cur.result.district.g.output_t;
	CU_ASSERT_NOT_EQUAL(three, two);
	CU_ASSERT_EQUAL(story_session_back(a->story, a), CHANGED_SCENARIO | CHANGED_BASELINE | CHANGED_VIEW);
	CU_ASSERT_EQUAL(story_session_step(a->story), 1);
	CU_ASSERT_EQUAL(a->cur.result.district.g.output_t, two);   /* exactly */
	CU_ASSERT_EQUAL(a->screen, SCREEN_PLAN);
	story_session_reset(a->story, a, 0);
	CU_ASSERT_EQUAL(story_session_step(a->story), 0);
	CU_ASSERT_EQUAL(a->cur.result.district.g.output_t, start);
	CU_ASSERT_EQUAL(a->base.result.district.g.output_t, start);
	story_session_stop(a->story, a);
	CU_ASSERT_FALSE(story_session_active(a->story));
	app_destroy(a);
	diag_list_fini(&dl);
}

VUDONG_SUITE(story)
{
	SUITE_ADD(s, "story");
	TEST_ADD(s, test_story_builtin_loads_fits_and_its_captions_fit_two_lines);
	TEST_ADD(s, test_story_wrap_breaks_at_spaces);
	TEST_ADD(s, test_story_session_back_and_reset_restore_exactly);
	return 0;
}
