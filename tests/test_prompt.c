/* test_prompt.c - the status-line prompt's line editor: UTF-8 insertion, backspace and
 * delete by whole code points, cursor moves, the line limit, and the visible window; and the
 * byte-at-a-time decoder of keys typed in a locale that is not UTF-8. */
#include "testing.h"

#include <string.h>

#include "prompt.h"
#include "utf8.h"

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

/* Feeds bytes; the code points that came out into out (0-terminated); returns their count. */
static int decode_bytes(const char *bytes, uint32_t *out)
{
	utf8_decoder d = { 0 };
	int n = 0;
	for (const unsigned char *b = (const unsigned char *)bytes; *b; b++) {
		uint32_t cp;
		if (utf8_decoder_feed(&d, *b, &cp) == UTF8_DONE)
			out[n++] = cp;
	}
	out[n] = 0;
	return n;
}

static void test_utf8_decoder_puts_dong_tam_together_byte_by_byte(void)
{
	uint32_t cp[16];
	/* "Đồng": Đ U+0110 (C4 90), ồ U+1ED3 (E1 BB 93), n, g; as the terminal sends it. */
	CU_ASSERT_EQUAL(decode_bytes("\xC4\x90\xE1\xBB\x93ng", cp), 4);
	CU_ASSERT_EQUAL(cp[0], 0x0110);
	CU_ASSERT_EQUAL(cp[1], 0x1ED3);
	CU_ASSERT_EQUAL(cp[2], 'n');
	CU_ASSERT_EQUAL(cp[3], 'g');
	/* A four-byte one: U+1F33E (F0 9F 8C BE). */
	CU_ASSERT_EQUAL(decode_bytes("\xF0\x9F\x8C\xBE", cp), 1);
	CU_ASSERT_EQUAL(cp[0], 0x1F33E);
	/* Each step says whether more is due. */
	utf8_decoder d = { 0 };
	uint32_t one;
	CU_ASSERT_EQUAL(utf8_decoder_feed(&d, 0xE1, &one), UTF8_MORE);
	CU_ASSERT_EQUAL(utf8_decoder_feed(&d, 0xBB, &one), UTF8_MORE);
	CU_ASSERT_EQUAL(utf8_decoder_feed(&d, 0x93, &one), UTF8_DONE);
	CU_ASSERT_EQUAL(one, 0x1ED3);
}

static void test_utf8_decoder_drops_what_is_not_utf8_and_keeps_the_next_key(void)
{
	uint32_t cp[16];
	/* A Latin-1 "é" (E9) announces three bytes; the 'x' after it is not a continuation:
	 * the E9 is dropped, the x is kept. */
	CU_ASSERT_EQUAL(decode_bytes("\xE9x", cp), 1);
	CU_ASSERT_EQUAL(cp[0], 'x');
	/* A stray continuation byte and C0/C1 (which only start overlong forms) start nothing. */
	CU_ASSERT_EQUAL(decode_bytes("\x93\xC0\xC1" "a", cp), 1);
	CU_ASSERT_EQUAL(cp[0], 'a');
	/* An overlong three-byte "/" (E0 80 AF) and a surrogate (ED A0 80) are refused. */
	CU_ASSERT_EQUAL(decode_bytes("\xE0\x80\xAF\xED\xA0\x80" "b", cp), 1);
	CU_ASSERT_EQUAL(cp[0], 'b');
	/* A sequence cut short by a new lead byte: the new one decodes. */
	CU_ASSERT_EQUAL(decode_bytes("\xE1\xBB\xC4\x90", cp), 1);
	CU_ASSERT_EQUAL(cp[0], 0x0110);
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
	TEST_ADD(s, test_utf8_decoder_puts_dong_tam_together_byte_by_byte);
	TEST_ADD(s, test_utf8_decoder_drops_what_is_not_utf8_and_keeps_the_next_key);
	return 0;
}
