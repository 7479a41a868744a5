/* test_keys.c - the key table (every action has a key and help), key lookup, the key bar's
 * layout at 80 and 40 columns in both languages, and mapping a click back to an action. */
#include "testing.h"

#include <curses.h>
#include <string.h>

#include "i18n.h"
#include "keys.h"

static void test_keys_every_action_has_a_key_a_name_and_translated_help(void)
{
	for (int act = ACT_NONE + 1; act < ACT_COUNT; act++) {
		const key_binding *b = keys_binding_for((action)act);
		CU_ASSERT_PTR_NOT_NULL_FATAL(b);
		CU_ASSERT_NOT_EQUAL(b->codes[0], 0);
		CU_ASSERT_TRUE(b->name && b->name[0]);
		CU_ASSERT_TRUE(b->help && b->help[0]);
		CU_ASSERT_TRUE(tr_has(b->help));
		if (b->bar)
			CU_ASSERT_TRUE(tr_has(b->bar));
		/* Each of the action's keys runs that action. */
		for (int k = 0; k < KEYS_PER_ACTION && b->codes[k]; k++)
			CU_ASSERT_EQUAL(keys_action_for(b->codes[k]), (action)act);
	}
	CU_ASSERT_PTR_NULL(keys_binding_for(ACT_NONE));
}

static void test_keys_no_key_runs_two_actions(void)
{
	for (size_t i = 0; i < key_table_count; i++)
		for (int k = 0; k < KEYS_PER_ACTION && key_table[i].codes[k]; k++)
			for (size_t j = i + 1; j < key_table_count; j++)
				for (int m = 0; m < KEYS_PER_ACTION; m++)
					CU_ASSERT_NOT_EQUAL(key_table[i].codes[k], key_table[j].codes[m]);
}

static void test_keys_lookup_follows_the_design(void)
{
	/* DESIGN §7 and the brief: arrows and hjkl, Tab/Shift-Tab, 1-7, Enter, + and -, u,
	 * Ctrl-R, b, s, S, x, L, ? and F1, q and F10. */
	CU_ASSERT_EQUAL(keys_action_for(KEY_UP), ACT_UP);
	CU_ASSERT_EQUAL(keys_action_for('k'), ACT_UP);
	CU_ASSERT_EQUAL(keys_action_for('h'), ACT_LEFT);
	CU_ASSERT_EQUAL(keys_action_for('\t'), ACT_NEXT_SCREEN);
	CU_ASSERT_EQUAL(keys_action_for(KEY_BTAB), ACT_PREV_SCREEN);
	CU_ASSERT_EQUAL(keys_action_for('1'), ACT_SCREEN_1);
	CU_ASSERT_EQUAL(keys_action_for('7'), ACT_SCREEN_7);
	CU_ASSERT_EQUAL(keys_action_for('\r'), ACT_EDIT);
	CU_ASSERT_EQUAL(keys_action_for(KEY_ENTER), ACT_EDIT);
	CU_ASSERT_EQUAL(keys_action_for('+'), ACT_INCREMENT);
	CU_ASSERT_EQUAL(keys_action_for('-'), ACT_DECREMENT);
	CU_ASSERT_EQUAL(keys_action_for('u'), ACT_UNDO);
	CU_ASSERT_EQUAL(keys_action_for('R' & 0x1f), ACT_REDO);
	CU_ASSERT_EQUAL(keys_action_for('s'), ACT_SAVE);
	CU_ASSERT_EQUAL(keys_action_for('S'), ACT_SAVE_AS);
	CU_ASSERT_EQUAL(keys_action_for('L'), ACT_LANGUAGE);
	CU_ASSERT_EQUAL(keys_action_for('l'), ACT_RIGHT);
	CU_ASSERT_EQUAL(keys_action_for('?'), ACT_HELP);
	CU_ASSERT_EQUAL(keys_action_for(KEY_F(1)), ACT_HELP);
	CU_ASSERT_EQUAL(keys_action_for(KEY_F(10)), ACT_QUIT);
	/* The study screens (8, 9, 0) and the risk screen's run and stop keys. */
	CU_ASSERT_EQUAL(keys_action_for('8'), ACT_SCREEN_8);
	CU_ASSERT_EQUAL(keys_action_for('9'), ACT_SCREEN_9);
	CU_ASSERT_EQUAL(keys_action_for('0'), ACT_SCREEN_10);
	CU_ASSERT_EQUAL(keys_action_for('r'), ACT_RUN);
	CU_ASSERT_EQUAL(keys_action_for(27), ACT_CANCEL);   /* Esc */
	CU_ASSERT_EQUAL(keys_action_for('c'), ACT_CANCEL);
	CU_ASSERT_EQUAL(keys_action_for('Z'), ACT_NONE);
	CU_ASSERT_EQUAL(keys_action_for(0), ACT_NONE);
}

/* Word i of a key's name names codes[i]: checked where the word is the character itself
 * ("k", "<", "?") or a control key ("^R"). */
static void test_keys_each_word_of_a_name_is_its_code(void)
{
	for (size_t i = 0; i < key_table_count; i++) {
		const key_binding *b = &key_table[i];
		const char *w = b->name;
		for (int k = 0; w && *w; k++) {
			size_t len = strcspn(w, " ");
			CU_ASSERT_TRUE_FATAL(k < KEYS_PER_ACTION);
			CU_ASSERT_NOT_EQUAL(b->codes[k], 0);
			if (len == 1)
				CU_ASSERT_EQUAL(b->codes[k], (unsigned char)w[0]);
			if (len == 2 && w[0] == '^')
				CU_ASSERT_EQUAL(b->codes[k], w[1] & 0x1f);
			w = w[len] ? w + len + 1 : NULL;
		}
	}
	/* The column keys the plan and crops screens name. */
	CU_ASSERT_EQUAL(keys_action_for('<'), ACT_LEFT);
	CU_ASSERT_EQUAL(keys_action_for('>'), ACT_RIGHT);
}

/* Every hint names keys of the key table that run its actions, on a screen where they act,
 * and says what they do in words the catalogue translates. */
static void test_keys_every_hint_names_keys_bound_on_its_screen(void)
{
	int per_screen[SCREEN_COUNT] = { 0 };
	for (size_t i = 0; i < key_hints_count; i++) {
		const key_hint *h = &key_hints[i];
		char keys[32];
		CU_ASSERT_TRUE(keys_hint_keys(h, keys, sizeof keys));
		CU_ASSERT_TRUE(tr_has(h->what));
		per_screen[h->screen]++;
		for (int k = 0; k < 2 && h->acts[k] != ACT_NONE; k++) {
			const key_binding *b = keys_binding_for(h->acts[k]);
			CU_ASSERT_PTR_NOT_NULL_FATAL(b);
			CU_ASSERT_TRUE(h->word < KEYS_PER_ACTION);
			CU_ASSERT_EQUAL(keys_action_for(b->codes[h->word]), h->acts[k]);
			CU_ASSERT_TRUE(keys_act_on(h->acts[k], h->screen));
		}
	}
	/* The screens that show a line of keys have hints; a hint line fits 80 columns. */
	static const screen_id with_hints[] = { SCREEN_PLAN, SCREEN_CROPS, SCREEN_WEATHER,
						SCREEN_RISK, SCREEN_SENSITIVITY, SCREEN_COMPARE };
	for (size_t i = 0; i < sizeof with_hints / sizeof with_hints[0]; i++) {
		screen_id s = with_hints[i];
		CU_ASSERT_TRUE(per_screen[s] > 0);
		keyhint_slot slots[KEYHINT_MAX];
		for (int l = 0; l <= LANG_EN; l++)
			CU_ASSERT_EQUAL(keys_layout_hints((lang)l, s, 80, slots, KEYHINT_MAX),
					(size_t)per_screen[s]);
	}
}

/* The plan's line, by hand: "Enter edit" 10, "+ - step up or down" 19, "Space cycle" 11,
 * "a add copy" 10, "d delete" 8, "< > column" 10, two spaces between: 68 + 10 = 78. In 40
 * columns: 10 + 2 + 19 = 31, and "Space cycle" would end at 44: two hints. */
static void test_keys_plan_hint_line_by_hand(void)
{
	keyhint_slot slots[KEYHINT_MAX];
	size_t n = keys_layout_hints(LANG_EN, SCREEN_PLAN, 80, slots, KEYHINT_MAX);
	CU_ASSERT_EQUAL_FATAL(n, 6);
	CU_ASSERT_STRING_EQUAL(slots[0].keys, "Enter");
	CU_ASSERT_STRING_EQUAL(slots[0].label, "edit");
	CU_ASSERT_STRING_EQUAL(slots[1].keys, "+ -");
	CU_ASSERT_EQUAL(slots[1].x, 12);
	CU_ASSERT_STRING_EQUAL(slots[5].keys, "< >");
	CU_ASSERT_EQUAL(slots[5].x + slots[5].w, 78);
	CU_ASSERT_EQUAL(keys_layout_hints(LANG_EN, SCREEN_PLAN, 40, slots, KEYHINT_MAX), 2);
	/* Vietnamese: "Enter sửa" 9, "+ - tăng/giảm" 13, "Space đổi" 9, "a thêm bản sao" 14,
	 * "d xóa" 5, "< > cột" 7: 57 + 10 = 67. */
	n = keys_layout_hints(LANG_VI, SCREEN_PLAN, 80, slots, KEYHINT_MAX);
	CU_ASSERT_EQUAL_FATAL(n, 6);
	CU_ASSERT_EQUAL(slots[5].x + slots[5].w, 67);
	/* The overview shows no line of keys. */
	CU_ASSERT_EQUAL(keys_layout_hints(LANG_EN, SCREEN_OVERVIEW, 80, slots, KEYHINT_MAX), 0);
}

/* Checks the slots fit in width, keep their order, do not touch, and lists their actions. */
static size_t check_bar_on(screen_id s, lang l, int width, action *acts)
{
	keybar_slot slots[KEYBAR_MAX];
	size_t n = keys_layout_bar(l, s, width, slots, KEYBAR_MAX);
	int end = -1;
	for (size_t i = 0; i < n; i++) {
		CU_ASSERT_TRUE(slots[i].x > end);        /* at least one column between entries */
		CU_ASSERT_TRUE(slots[i].w > slots[i].key_w);
		end = slots[i].x + slots[i].w;
		acts[i] = slots[i].act;
	}
	CU_ASSERT_TRUE(end <= width);
	for (size_t i = 0; i < n; i++)
		CU_ASSERT_TRUE(keys_act_on(acts[i], s));
	return n;
}

/* The bar of the plan screen, where every entry acts. */
static size_t check_bar(lang l, int width, action *acts)
{
	return check_bar_on(SCREEN_PLAN, l, width, acts);
}

/* Enter edits nothing on the results and help screens: their bar leaves it out (on the
 * overview it opens the form of the economy and the target, so the bar shows it there).
 * English, by hand: the 88 columns of the full bar less "Enter Edit" and a space, 77 <= 80,
 * so Redo stays. */
static void test_keys_bar_names_only_keys_that_act_on_the_screen(void)
{
	action acts[KEYBAR_MAX];
	static const action en[] = { ACT_NEXT_SCREEN, ACT_UNDO, ACT_REDO, ACT_PIN_BASELINE,
				     ACT_SAVE, ACT_EXPORT, ACT_LANGUAGE, ACT_HELP, ACT_QUIT };
	static const screen_id no_edit[] = { SCREEN_RESULTS, SCREEN_HELP };
	for (size_t i = 0; i < sizeof no_edit / sizeof no_edit[0]; i++) {
		size_t n = check_bar_on(no_edit[i], LANG_EN, 80, acts);
		CU_ASSERT_EQUAL_FATAL(n, sizeof en / sizeof en[0]);
		CU_ASSERT_EQUAL(memcmp(acts, en, sizeof en), 0);
	}
	size_t n = check_bar_on(SCREEN_OVERVIEW, LANG_EN, 80, acts);
	bool edit = false;
	for (size_t i = 0; i < n; i++)
		edit |= acts[i] == ACT_EDIT;
	CU_ASSERT_TRUE(edit);
	for (int s = 0; s < SCREEN_COUNT; s++)
		for (int l = 0; l <= LANG_EN; l++)
			check_bar_on((screen_id)s, (lang)l, 200, acts);
}

static void test_keys_bar_at_80_columns_drops_only_the_least_important(void)
{
	action acts[KEYBAR_MAX];
	/* English, by hand: "Tab Screen" 10, "Enter Edit" 10, "u Undo" 6, "^R Redo" 7,
	 * "b Baseline" 10, "s Save" 6, "x Export" 8, "L Language" 10, "? Help" 6, "q Quit" 6
	 * = 79 columns + 9 spaces = 88 > 80; without Redo (priority 7): 72 + 8 = 80, fits. */
	static const action en[] = { ACT_NEXT_SCREEN, ACT_EDIT, ACT_UNDO, ACT_PIN_BASELINE,
				     ACT_SAVE, ACT_EXPORT, ACT_LANGUAGE, ACT_HELP, ACT_QUIT };
	size_t n = check_bar(LANG_EN, 80, acts);
	CU_ASSERT_EQUAL_FATAL(n, sizeof en / sizeof en[0]);
	CU_ASSERT_EQUAL(memcmp(acts, en, sizeof en), 0);
	/* Vietnamese, by hand: "Tab Màn hình" 12, "Enter Sửa" 9, "u Hoàn tác" 10, "^R Làm lại"
	 * 10, "b Đặt mốc" 9, "s Lưu" 5, "x Xuất" 6, "L Ngôn ngữ" 10, "? Trợ giúp" 10,
	 * "q Thoát" 7 = 88 + 9 = 97; without Redo 78 + 8 = 86; without Screen (priority 6)
	 * 66 + 7 = 73, fits. */
	static const action vi[] = { ACT_EDIT, ACT_UNDO, ACT_PIN_BASELINE, ACT_SAVE, ACT_EXPORT,
				     ACT_LANGUAGE, ACT_HELP, ACT_QUIT };
	n = check_bar(LANG_VI, 80, acts);
	CU_ASSERT_EQUAL_FATAL(n, sizeof vi / sizeof vi[0]);
	CU_ASSERT_EQUAL(memcmp(acts, vi, sizeof vi), 0);
}

static void test_keys_bar_at_40_columns_keeps_help_and_quit(void)
{
	action acts[KEYBAR_MAX];
	/* English from the 80-column set (80): without Screen 69, Language 58, Export 49,
	 * Baseline 38 <= 40: Edit, Undo, Save, Help, Quit. */
	static const action en[] = { ACT_EDIT, ACT_UNDO, ACT_SAVE, ACT_HELP, ACT_QUIT };
	size_t n = check_bar(LANG_EN, 40, acts);
	CU_ASSERT_EQUAL_FATAL(n, sizeof en / sizeof en[0]);
	CU_ASSERT_EQUAL(memcmp(acts, en, sizeof en), 0);
	/* Vietnamese from 73: without Language 62, Export 55, Baseline 45, then the later of
	 * the priority-2 entries, Save: 39 <= 40: Edit, Undo, Help, Quit. */
	static const action vi[] = { ACT_EDIT, ACT_UNDO, ACT_HELP, ACT_QUIT };
	n = check_bar(LANG_VI, 40, acts);
	CU_ASSERT_EQUAL_FATAL(n, sizeof vi / sizeof vi[0]);
	CU_ASSERT_EQUAL(memcmp(acts, vi, sizeof vi), 0);
	/* Far too narrow: nothing rather than an overflow. */
	CU_ASSERT_EQUAL(check_bar(LANG_EN, 3, acts), 0);
}

static void test_keys_click_on_the_bar_runs_that_entry(void)
{
	keybar_slot slots[KEYBAR_MAX];
	size_t n = keys_layout_bar(LANG_EN, SCREEN_PLAN, 80, slots, KEYBAR_MAX);
	/* From the layout above: "Tab Screen" at 0-9, a space at 10, "Enter Edit" at 11-20,
	 * ..., "q Quit" at 74-79. */
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, 0), ACT_NEXT_SCREEN);
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, 9), ACT_NEXT_SCREEN);
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, 10), ACT_NONE);
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, 11), ACT_EDIT);
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, 74), ACT_QUIT);
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, 79), ACT_QUIT);
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, 80), ACT_NONE);
	CU_ASSERT_EQUAL(keys_bar_action_at(slots, n, -1), ACT_NONE);
}

VUDONG_SUITE(keys)
{
	SUITE_ADD(s, "keys");
	TEST_ADD(s, test_keys_every_action_has_a_key_a_name_and_translated_help);
	TEST_ADD(s, test_keys_no_key_runs_two_actions);
	TEST_ADD(s, test_keys_lookup_follows_the_design);
	TEST_ADD(s, test_keys_bar_at_80_columns_drops_only_the_least_important);
	TEST_ADD(s, test_keys_bar_at_40_columns_keeps_help_and_quit);
	TEST_ADD(s, test_keys_click_on_the_bar_runs_that_entry);
	TEST_ADD(s, test_keys_each_word_of_a_name_is_its_code);
	TEST_ADD(s, test_keys_every_hint_names_keys_bound_on_its_screen);
	TEST_ADD(s, test_keys_plan_hint_line_by_hand);
	TEST_ADD(s, test_keys_bar_names_only_keys_that_act_on_the_screen);
	return 0;
}
