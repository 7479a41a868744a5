/* test_prompt.c - the status-line prompt's line editor: UTF-8 insertion, backspace and
 * delete by whole code points, cursor moves, the line limit, and the visible window. */
#include "testing.h"

#include <string.h>

#include "prompt.h"

static void type(prompt_state *p, const uint32_t *cps, size_t n)
{
	for (size_t i = 0; i < n; i++)
		CU_ASSERT_EQUAL(prompt_edit(p, PKEY_CHAR, cps[i]), PROMPT_CONTINUE);
}

static void test_prompt_typing_binh_and_backspacing_removes_whole_code_points(void)
{
	prompt_state p;
	prompt_open(&p, PROMPT_EDIT, "Name:", NULL);
	/* "Bình": B, ì (U+00EC, two bytes C3 AC), n, h: 5 bytes. */
	static const uint32_t binh[] = { 'B', 0x00EC, 'n', 'h' };
	type(&p, binh, 4);
	CU_ASSERT_STRING_EQUAL(p.text, "B\xC3\xACnh");
	CU_ASSERT_EQUAL(p.len, 5);
	CU_ASSERT_EQUAL(p.cursor, 5);
	prompt_edit(&p, PKEY_BACKSPACE, 0);
	prompt_edit(&p, PKEY_BACKSPACE, 0);
	CU_ASSERT_STRING_EQUAL(p.text, "B\xC3\xAC");
	prompt_edit(&p, PKEY_BACKSPACE, 0);   /* the whole ì, both bytes */
	CU_ASSERT_STRING_EQUAL(p.text, "B");
	CU_ASSERT_EQUAL(p.len, 1);
	CU_ASSERT_EQUAL(p.cursor, 1);
	prompt_edit(&p, PKEY_BACKSPACE, 0);
	prompt_edit(&p, PKEY_BACKSPACE, 0);   /* on an empty line: nothing happens */
	CU_ASSERT_STRING_EQUAL(p.text, "");
	CU_ASSERT_EQUAL(p.cursor, 0);
}

static void test_prompt_moves_and_deletes_over_three_byte_letters(void)
{
	prompt_state p;
	prompt_open(&p, PROMPT_EDIT, "", NULL);
	/* "Việt": V, i, ệ (U+1EC7, E1 BB 87), t. */
	static const uint32_t viet[] = { 'V', 'i', 0x1EC7, 't' };
	type(&p, viet, 4);
	CU_ASSERT_EQUAL(p.len, 6);
	prompt_edit(&p, PKEY_LEFT, 0);
	CU_ASSERT_EQUAL(p.cursor, 5);
	prompt_edit(&p, PKEY_LEFT, 0);        /* over the three bytes of ệ */
	CU_ASSERT_EQUAL(p.cursor, 2);
	prompt_edit(&p, PKEY_DELETE, 0);
	CU_ASSERT_STRING_EQUAL(p.text, "Vit");
	prompt_edit(&p, PKEY_CHAR, 0x1EC7);   /* put it back at the cursor */
	CU_ASSERT_STRING_EQUAL(p.text, "Vi\xE1\xBB\x87t");
	CU_ASSERT_EQUAL(p.cursor, 5);
	prompt_edit(&p, PKEY_HOME, 0);
	CU_ASSERT_EQUAL(p.cursor, 0);
	prompt_edit(&p, PKEY_LEFT, 0);        /* stays at the start */
	CU_ASSERT_EQUAL(p.cursor, 0);
	prompt_edit(&p, PKEY_END, 0);
	CU_ASSERT_EQUAL(p.cursor, 6);
	prompt_edit(&p, PKEY_RIGHT, 0);       /* stays at the end */
	CU_ASSERT_EQUAL(p.cursor, 6);
	prompt_edit(&p, PKEY_KILL, 0);
	CU_ASSERT_STRING_EQUAL(p.text, "");
}

static void test_prompt_refuses_controls_and_a_full_line(void)
{
	prompt_state p;
	prompt_open(&p, PROMPT_EDIT, "", NULL);
	CU_ASSERT_FALSE(prompt_insert(&p, 0x07));
	CU_ASSERT_FALSE(prompt_insert(&p, 0x7F));
	CU_ASSERT_FALSE(prompt_insert(&p, 0xD800));   /* a lone surrogate is no character */
	CU_ASSERT_EQUAL(p.len, 0);
	/* PROMPT_TEXT_MAX - 1 = 4,095 bytes fit (then the NUL): 2,047 two-byte letters = 4,094,
	 * then one byte. What does not fit is refused and marked full (the status line says so),
	 * never cut silently; a deletion clears the mark. */
	for (int i = 0; i < 2047; i++)
		CU_ASSERT_TRUE(prompt_insert(&p, 0x00E0));
	CU_ASSERT_FALSE(p.full);
	CU_ASSERT_FALSE(prompt_insert(&p, 0x00E0));
	CU_ASSERT_TRUE(p.full);
	CU_ASSERT_TRUE(prompt_insert(&p, 'x'));
	CU_ASSERT_FALSE(prompt_insert(&p, 'y'));
	CU_ASSERT_EQUAL(p.len, 4095);
	CU_ASSERT_EQUAL(strlen(p.text), 4095);
	CU_ASSERT_TRUE(p.full);
	prompt_backspace(&p);
	CU_ASSERT_FALSE(p.full);
	CU_ASSERT_EQUAL(p.len, 4094);
}

static void test_prompt_open_cuts_initial_text_at_a_code_point(void)
{
	static char big[15001];
	size_t n = 0;
	for (int i = 0; i < 5000; i++) {          /* 5,000 x "ệ", 15,000 bytes (issue 13) */
		memcpy(big + n, "\xE1\xBB\x87", 3);
		n += 3;
	}
	big[n] = 0;
	prompt_state p;
	prompt_open(&p, PROMPT_SAVE_AS, "File:", big);
	/* 1,365 whole letters = 4,095 bytes is the most that fits with the NUL (was 85 in 256). */
	CU_ASSERT_EQUAL(p.len, 4095);
	CU_ASSERT_EQUAL(p.cursor, 4095);
	CU_ASSERT_EQUAL(p.kind, PROMPT_SAVE_AS);
	CU_ASSERT_STRING_EQUAL(p.label, "File:");
	prompt_close(&p);
	CU_ASSERT_EQUAL(p.kind, PROMPT_NONE);
}

static void test_prompt_enter_accepts_and_escape_cancels(void)
{
	prompt_state p;
	prompt_open(&p, PROMPT_EDIT, "", "12,5");
	CU_ASSERT_EQUAL(prompt_edit(&p, PKEY_ENTER, 0), PROMPT_ACCEPT);
	CU_ASSERT_STRING_EQUAL(p.text, "12,5");
	CU_ASSERT_EQUAL(prompt_edit(&p, PKEY_ESCAPE, 0), PROMPT_CANCEL);
}

static void test_prompt_view_keeps_the_cursor_in_the_window(void)
{
	prompt_state p;
	size_t start;
	int col;
	prompt_open(&p, PROMPT_EDIT, "", "abcdefgh");
	/* 5 columns, cursor after "h" (column 8): the window starts at "e" and the cursor is
	 * in its last column, 4. */
	prompt_view(&p, 5, &start, &col);
	CU_ASSERT_EQUAL(start, 4);
	CU_ASSERT_EQUAL(col, 4);
	prompt_edit(&p, PKEY_HOME, 0);
	prompt_view(&p, 5, &start, &col);
	CU_ASSERT_EQUAL(start, 0);
	CU_ASSERT_EQUAL(col, 0);
	/* "Liêu" + "Bình": wide letters count one column each; all 8 fit in 20. */
	prompt_open(&p, PROMPT_EDIT, "", "Li\xC3\xAAu B\xC3\xACnh");
	prompt_view(&p, 20, &start, &col);
	CU_ASSERT_EQUAL(start, 0);
	CU_ASSERT_EQUAL(col, 9);
}

/* The yes/no questions: y and n either case, Esc cancels, c only where the question offers
 * "(c)ancel" (quit) and not in "(y/n)" (replace, restore); anything else leaves it open. */
static void test_prompt_answers_to_a_question(void)
{
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_CHAR, 'y', false), ANSWER_YES);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_CHAR, 'Y', true), ANSWER_YES);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_CHAR, 'N', false), ANSWER_NO);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_ESCAPE, 0, false), ANSWER_CANCEL);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_CHAR, 'c', true), ANSWER_CANCEL);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_CHAR, 'C', true), ANSWER_CANCEL);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_CHAR, 'c', false), ANSWER_NONE);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_CHAR, 'x', true), ANSWER_NONE);
	CU_ASSERT_EQUAL(prompt_answer_of(PKEY_ENTER, 0, true), ANSWER_NONE);
}

VUDONG_SUITE(prompt)
{
	SUITE_ADD(s, "prompt");
	TEST_ADD(s, test_prompt_typing_binh_and_backspacing_removes_whole_code_points);
	TEST_ADD(s, test_prompt_moves_and_deletes_over_three_byte_letters);
	TEST_ADD(s, test_prompt_refuses_controls_and_a_full_line);
	TEST_ADD(s, test_prompt_open_cuts_initial_text_at_a_code_point);
	TEST_ADD(s, test_prompt_enter_accepts_and_escape_cancels);
	TEST_ADD(s, test_prompt_view_keeps_the_cursor_in_the_window);
	TEST_ADD(s, test_prompt_answers_to_a_question);
	return 0;
}
