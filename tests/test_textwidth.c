/* test_textwidth.c - the one display-width table of the reports and the interface (sim/base
 * textwidth.c): wide, combining and zero-width characters counted by hand, decoding, and
 * fitting text into columns. Escapes spell the code points so the counts can be checked. */
#include "testing.h"

#include "textwidth.h"

static void test_textwidth_vietnamese_letters_are_one_column(void)
{
	/* "Khoai tây": K h o a i, space, t â y: 9 code points, â (U+00E2) precomposed. */
	CU_ASSERT_EQUAL(text_width("Khoai t\xc3\xa2y"), 9);
	/* "Việt": V i ệ t, ệ U+1EC7 precomposed (3 bytes): 4 columns in 6 bytes. */
	CU_ASSERT_EQUAL(text_width("Vi\xe1\xbb\x87t"), 4);
	/* "Ngô, Lạc, Cải": ô U+00F4, ạ U+1EA1, ả U+1EA3; 13 characters, all one column. */
	CU_ASSERT_EQUAL(text_width("Ng\xc3\xb4, L\xe1\xba\xa1" "c, C\xe1\xba\xa3i"), 13);
}

static void test_textwidth_wide_characters_are_two_columns(void)
{
	/* U+1F680 ROCKET (emoji, East Asian Wide): 2. */
	CU_ASSERT_EQUAL(text_width("\xf0\x9f\x9a\x80"), 2);
	/* U+4E2D U+6587 "中文" (CJK ideographs, Wide): 2 + 2. */
	CU_ASSERT_EQUAL(text_width("\xe4\xb8\xad\xe6\x96\x87"), 4);
	/* U+1F33E EAR OF RICE, U+1F954 POTATO: 2 each; "a" + U+FF21 FULLWIDTH A: 1 + 2. */
	CU_ASSERT_EQUAL(text_width("\xf0\x9f\x8c\xbe\xf0\x9f\xa5\x94"), 4);
	CU_ASSERT_EQUAL(text_width("a\xef\xbc\xa1"), 3);
	/* U+303F IDEOGRAPHIC HALF FILL SPACE is narrow in the middle of a wide block. */
	CU_ASSERT_EQUAL(text_cp_width(0x303F), 1);
	CU_ASSERT_EQUAL(text_cp_width(0x3000), 2);
}

static void test_textwidth_combining_marks_take_no_column(void)
{
	/* e + U+0301 COMBINING ACUTE ACCENT: 1. */
	CU_ASSERT_EQUAL(text_width("e\xcc\x81"), 1);
	/* The five Vietnamese tone marks of decomposed text: grave U+0300, acute U+0301, tilde
	 * U+0303, hook above U+0309, dot below U+0323. */
	const uint32_t tones[] = { 0x0300, 0x0301, 0x0303, 0x0309, 0x0323 };
	for (size_t i = 0; i < sizeof tones / sizeof tones[0]; i++)
		CU_ASSERT_EQUAL(text_cp_width(tones[i]), 0);
	/* Decomposed "Việt": V i e U+0323 U+0302 t: 4 columns, like the precomposed one. */
	CU_ASSERT_EQUAL(text_width("Vie\xcc\xa3\xcc\x82t"), 4);
}

static void test_textwidth_zero_width_characters_take_no_column(void)
{
	/* a U+200B ZERO WIDTH SPACE b: 2. */
	CU_ASSERT_EQUAL(text_width("a\xe2\x80\x8b" "b"), 2);
	/* U+200B..U+200F (zero-width space, non-joiner, joiner, direction marks) and the
	 * variation selectors U+FE00..U+FE0F: 0. */
	for (uint32_t cp = 0x200B; cp <= 0x200F; cp++)
		CU_ASSERT_EQUAL(text_cp_width(cp), 0);
	for (uint32_t cp = 0xFE00; cp <= 0xFE0F; cp++)
		CU_ASSERT_EQUAL(text_cp_width(cp), 0);
	/* U+4E2D + U+FE00 VARIATION SELECTOR-1: the ideograph's 2 columns. */
	CU_ASSERT_EQUAL(text_width("\xe4\xb8\xad\xef\xb8\x80"), 2);
	/* Controls: tab and DEL take none. */
	CU_ASSERT_EQUAL(text_width("a\tb\x7f"), 2);
}

static void test_textwidth_decodes_strictly(void)
{
	uint32_t cp;
	/* U+1EC7 in 3 bytes. */
	CU_ASSERT_EQUAL(text_decode("\xe1\xbb\x87", 3, &cp), 3u);
	CU_ASSERT_EQUAL(cp, 0x1EC7u);
	/* Overlong '/' (C0 AF), a surrogate (ED A0 80), a truncated sequence: U+FFFD, 1 byte. */
	CU_ASSERT_EQUAL(text_decode("\xc0\xaf", 2, &cp), 1u);
	CU_ASSERT_EQUAL(cp, 0xFFFDu);
	CU_ASSERT_EQUAL(text_decode("\xed\xa0\x80", 3, &cp), 1u);
	CU_ASSERT_EQUAL(cp, 0xFFFDu);
	CU_ASSERT_EQUAL(text_decode("\xe1\xbb", 2, &cp), 1u);
	CU_ASSERT_EQUAL(cp, 0xFFFDu);
	CU_ASSERT_EQUAL(text_decode("", 0, &cp), 0u);
	/* text_width_n counts only the bytes it is given: "Khoai" of "Khoai tây". */
	CU_ASSERT_EQUAL(text_width_n("Khoai t\xc3\xa2y", 5), 5);
}

static void test_textwidth_fit_never_splits_a_character(void)
{
	int w;
	/* "中文" in 3 columns: only 中 fits (3 bytes, 2 columns). */
	CU_ASSERT_EQUAL(text_fit("\xe4\xb8\xad\xe6\x96\x87", 3, &w), 3u);
	CU_ASSERT_EQUAL(w, 2);
	/* "e" + U+0301 + "x" in 1 column: the mark stays with its letter (3 bytes). */
	CU_ASSERT_EQUAL(text_fit("e\xcc\x81x", 1, &w), 3u);
	CU_ASSERT_EQUAL(w, 1);
	/* "🚀a" in 1 column: nothing fits. */
	CU_ASSERT_EQUAL(text_fit("\xf0\x9f\x9a\x80" "a", 1, &w), 0u);
	CU_ASSERT_EQUAL(w, 0);
}

VUDONG_SUITE(textwidth)
{
	SUITE_ADD(s, "textwidth");
	TEST_ADD(s, test_textwidth_vietnamese_letters_are_one_column);
	TEST_ADD(s, test_textwidth_wide_characters_are_two_columns);
	TEST_ADD(s, test_textwidth_combining_marks_take_no_column);
	TEST_ADD(s, test_textwidth_zero_width_characters_take_no_column);
	TEST_ADD(s, test_textwidth_decodes_strictly);
	TEST_ADD(s, test_textwidth_fit_never_splits_a_character);
	return 0;
}
