/* test_collate.c - Vietnamese alphabetical order and accent-free matching (sim/base/collate.c),
 * against the alphabet as taught (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y)
 * and the dictionary order of tones (ngang, huyền, hỏi, ngã, sắc, nặng). */
#include <stdlib.h>
#include <string.h>

#include "collate.h"
#include "testing.h"

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

static void test_collate_orders_the_alphabet_as_taught(void)
{
	static const char *const letters[] = {
		"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
		"o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y",
	};
	size_t n = sizeof letters / sizeof letters[0];
	for (size_t i = 0; i + 1 < n; i++) {
		CU_ASSERT_EQUAL(sign(collate_vi(letters[i], letters[i + 1])), -1);
		CU_ASSERT_EQUAL(sign(collate_vi(letters[i + 1], letters[i])), 1);
	}
}

static void test_collate_puts_d_stroke_between_d_and_e(void)
{
	/* Byte order puts Đ (C4 90) after V: "Vô Ngại" before "Đồng Tâm". */
	CU_ASSERT_TRUE(strcmp("Vô Ngại", "Đồng Tâm") < 0);
	CU_ASSERT_TRUE(collate_vi("Đồng Tâm", "Vô Ngại") < 0);
	CU_ASSERT_TRUE(collate_vi("Bình Liêu", "Đồng Văn") < 0);
	CU_ASSERT_TRUE(collate_vi("Dung", "Đồng Tâm") < 0);
	CU_ASSERT_TRUE(collate_vi("Đồng Văn", "Em") < 0);
	CU_ASSERT_TRUE(collate_vi("Đồng Tâm", "Đồng Văn") < 0);
	CU_ASSERT_TRUE(collate_vi("Húc Động", "Hoành Mô") > 0);   /* u after o */
	CU_ASSERT_TRUE(collate_vi("Lục Hồn", "Húc Động") > 0);
}

static void test_collate_puts_tones_after_letters(void)
{
	/* ngang, huyền, hỏi, ngã, sắc, nặng */
	static const char *const tones[] = { "ma", "mà", "mả", "mã", "má", "mạ" };
	for (int i = 0; i + 1 < 6; i++)
		CU_ASSERT_EQUAL(sign(collate_vi(tones[i], tones[i + 1])), -1);
	/* A tone decides only when the letters are equal: "mạ" before "mac". */
	CU_ASSERT_TRUE(collate_vi("mạ", "mac") < 0);
	CU_ASSERT_TRUE(collate_vi("má", "mà b") < 0);
	/* ư is a letter of its own, not u with a tone: "ư" after "ụ". */
	CU_ASSERT_TRUE(collate_vi("ụ", "ư") < 0);
	CU_ASSERT_EQUAL(collate_vi("Đồng Tâm", "Đồng Tâm"), 0);
	CU_ASSERT_TRUE(collate_vi("Xã", "xã") < 0);   /* case last */
	CU_ASSERT_TRUE(collate_vi("Xã", "xa") > 0);   /* tone before case */
	CU_ASSERT_TRUE(collate_vi("10", "a") < 0);
	CU_ASSERT_TRUE(collate_vi("ab", "abc") < 0);
}

static void test_collate_sorts_the_communes_of_binh_lieu(void)
{
	const char *names[] = { "Xã Vô Ngại", "Xã Đồng Tâm", "Thị trấn Bình Liêu", "Xã Húc Động",
				"Xã Đồng Văn", "Xã Hoành Mô", "Xã Lục Hồn" };
	static const char *const want[] = { "Thị trấn Bình Liêu", "Xã Đồng Tâm", "Xã Đồng Văn",
					    "Xã Hoành Mô", "Xã Húc Động", "Xã Lục Hồn", "Xã Vô Ngại" };
	size_t n = sizeof names / sizeof names[0];
	for (size_t i = 1; i < n; i++)   /* insertion sort with the collation */
		for (size_t j = i; j > 0 && collate_vi(names[j - 1], names[j]) > 0; j--) {
			const char *t = names[j];
			names[j] = names[j - 1];
			names[j - 1] = t;
		}
	for (size_t i = 0; i < n; i++)
		CU_ASSERT_STRING_EQUAL(names[i], want[i]);
}

static void test_collate_folds_for_search_and_ascii(void)
{
	char buf[64];
	CU_ASSERT_STRING_EQUAL(collate_fold("Xã Đồng Tâm", buf, sizeof buf), "xa dong tam");
	CU_ASSERT_STRING_EQUAL(collate_ascii("Xã Đồng Tâm", buf, sizeof buf), "Xa Dong Tam");
	CU_ASSERT_STRING_EQUAL(collate_ascii("Ưu ƠN ữ", buf, sizeof buf), "Uu ON u");
	CU_ASSERT_STRING_EQUAL(collate_ascii("°C", buf, sizeof buf), "?C");
	CU_ASSERT_TRUE(collate_contains("Xã Đồng Tâm", "dong tam"));
	CU_ASSERT_TRUE(collate_contains("Xã Đồng Tâm", "ĐỒNG"));
	CU_ASSERT_TRUE(collate_contains("Xã Đồng Tâm", ""));
	CU_ASSERT_FALSE(collate_contains("Xã Đồng Văn", "dong tam"));
	CU_ASSERT_STRING_EQUAL(collate_fold("abcdef", buf, 4), "abc");
}

VUDONG_SUITE(collate)
{
	SUITE_ADD(s, "collate");
	TEST_ADD(s, test_collate_orders_the_alphabet_as_taught);
	TEST_ADD(s, test_collate_puts_d_stroke_between_d_and_e);
	TEST_ADD(s, test_collate_puts_tones_after_letters);
	TEST_ADD(s, test_collate_sorts_the_communes_of_binh_lieu);
	TEST_ADD(s, test_collate_folds_for_search_and_ascii);
	return 0;
}
