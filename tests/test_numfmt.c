/* test_numfmt.c - numbers per language: grouping and decimal marks, signs, rounding, units. */
#include "testing.h"

#include <math.h>
#include <string.h>

#include "numfmt.h"

static char buf[NUMFMT_MAX];

static void test_numfmt_groups_thousands_per_language(void)
{
	/* Vietnamese writes 1.234,5; English 1,234.5 (the brief's example). */
	CU_ASSERT_STRING_EQUAL(numfmt_number(1234.5, 1, LANG_VI, buf, sizeof buf), "1.234,5");
	CU_ASSERT_STRING_EQUAL(numfmt_number(1234.5, 1, LANG_EN, buf, sizeof buf), "1,234.5");
	CU_ASSERT_STRING_EQUAL(numfmt_number(1234567.0, 0, LANG_VI, buf, sizeof buf), "1.234.567");
	CU_ASSERT_STRING_EQUAL(numfmt_number(999.0, 0, LANG_EN, buf, sizeof buf), "999");
	CU_ASSERT_STRING_EQUAL(numfmt_number(100000.0, 2, LANG_EN, buf, sizeof buf), "100,000.00");
	CU_ASSERT_STRING_EQUAL(numfmt_number(0.0, 2, LANG_VI, buf, sizeof buf), "0,00");
}

static void test_numfmt_negative_numbers_keep_grouping(void)
{
	CU_ASSERT_STRING_EQUAL(numfmt_number(-1234.5, 1, LANG_VI, buf, sizeof buf), "-1.234,5");
	CU_ASSERT_STRING_EQUAL(numfmt_number(-12.0, 0, LANG_EN, buf, sizeof buf), "-12");
	/* -0.04 rounds to 0.0 with one decimal: no "-0,0". */
	CU_ASSERT_STRING_EQUAL(numfmt_number(-0.04, 1, LANG_VI, buf, sizeof buf), "0,0");
}

static void test_numfmt_rounds_to_the_decimals_asked(void)
{
	/* 2.675 is 2.67499999... in binary: two decimals give 2.67; 1.96 with one gives 2.0;
	 * 999.96 with one decimal carries into a new group: 1,000.0. */
	CU_ASSERT_STRING_EQUAL(numfmt_number(2.675, 2, LANG_EN, buf, sizeof buf), "2.67");
	CU_ASSERT_STRING_EQUAL(numfmt_number(1.96, 1, LANG_EN, buf, sizeof buf), "2.0");
	CU_ASSERT_STRING_EQUAL(numfmt_number(999.96, 1, LANG_EN, buf, sizeof buf), "1,000.0");
	CU_ASSERT_STRING_EQUAL(numfmt_number(12.5, 0, LANG_VI, buf, sizeof buf), "12");  /* to even */
	CU_ASSERT_STRING_EQUAL(numfmt_number(13.5, 0, LANG_VI, buf, sizeof buf), "14");
	CU_ASSERT_STRING_EQUAL(numfmt_number(NAN, 1, LANG_VI, buf, sizeof buf), numfmt_na());
}

static void test_numfmt_signed_differences_always_show_a_sign(void)
{
	CU_ASSERT_STRING_EQUAL(numfmt_signed(12.34, 1, LANG_VI, false, buf, sizeof buf), "+12,3");
	CU_ASSERT_STRING_EQUAL(numfmt_signed(-4.0, 1, LANG_EN, false, buf, sizeof buf),
			       "\xe2\x88\x92" "4.0");   /* U+2212 MINUS SIGN */
	CU_ASSERT_STRING_EQUAL(numfmt_signed(-4.0, 1, LANG_EN, true, buf, sizeof buf), "-4.0");
	CU_ASSERT_STRING_EQUAL(numfmt_signed(-1500.0, 0, LANG_VI, true, buf, sizeof buf), "-1.500");
	/* A difference that rounds to zero has no sign. */
	CU_ASSERT_STRING_EQUAL(numfmt_signed(0.004, 2, LANG_EN, false, buf, sizeof buf), "0.00");
	CU_ASSERT_STRING_EQUAL(numfmt_signed(-0.004, 2, LANG_EN, false, buf, sizeof buf), "0.00");
}

static void test_numfmt_converts_to_sao_and_ta(void)
{
	/* 1 sao = 360 m², so 1 ha = 10,000 / 360 = 27.78 sao; 20 ha = 555.6 sao. */
	CU_ASSERT_DOUBLE_EQUAL(numfmt_ha_to_sao(1.0), 27.7778, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(numfmt_ha_to_sao(20.0), 555.556, 1e-3);
	/* 1 t/ha = 10 tạ/ha: 18.5 t/ha = 185 tạ/ha. */
	CU_ASSERT_DOUBLE_EQUAL(numfmt_t_ha_to_ta_ha(18.5), 185.0, 1e-12);
}

static void test_numfmt_money_chooses_trieu_or_ty(void)
{
	/* Money is in million VND: below 1,000 million it stays in triệu, from 1,000 in tỷ. */
	CU_ASSERT_FALSE(numfmt_money_uses_billions(999.9));
	CU_ASSERT_TRUE(numfmt_money_uses_billions(1000.0));
	CU_ASSERT_TRUE(numfmt_money_uses_billions(-2500.0));
	CU_ASSERT_STRING_EQUAL(numfmt_money(850.5, 1, LANG_VI, true, buf, sizeof buf),
			       "850,5 triệu đồng");
	CU_ASSERT_STRING_EQUAL(numfmt_money(12346.0, 2, LANG_VI, true, buf, sizeof buf),
			       "12,35 tỷ đồng");   /* 12,346 million = 12.346 billion, 2 decimals */
	CU_ASSERT_STRING_EQUAL(numfmt_money(12345.0, 1, LANG_EN, false, buf, sizeof buf),
			       "12.3 billion");
	CU_ASSERT_STRING_EQUAL(numfmt_money(850.5, 0, LANG_EN, true, buf, sizeof buf),
			       "850 million VND");   /* 850.5 to even */
	CU_ASSERT_STRING_EQUAL(numfmt_money_signed(-2500.0, 1, LANG_VI, false, true, buf, sizeof buf),
			       "-2,5 tỷ");
}

static void test_numfmt_percentage_points_and_percent(void)
{
	CU_ASSERT_STRING_EQUAL(numfmt_pp(0.354, 2, LANG_VI, false, buf, sizeof buf), "+0,35 điểm %");
	CU_ASSERT_STRING_EQUAL(numfmt_pp(0.354, 2, LANG_EN, false, buf, sizeof buf), "+0.35 pp");
	CU_ASSERT_STRING_EQUAL(numfmt_pct(13.58, 2, LANG_VI, buf, sizeof buf), "13,58%");
	CU_ASSERT_STRING_EQUAL(numfmt_pct(13.58, 1, LANG_EN, buf, sizeof buf), "13.6%");
}

static void test_numfmt_never_overflows_a_small_buffer(void)
{
	char small[6];
	numfmt_number(1234567.891, 3, LANG_VI, small, sizeof small);
	CU_ASSERT_EQUAL(strlen(small), sizeof small - 1);
	CU_ASSERT_STRING_EQUAL(small, "1.234");
}

VUDONG_SUITE(numfmt)
{
	SUITE_ADD(s, "numfmt");
	TEST_ADD(s, test_numfmt_groups_thousands_per_language);
	TEST_ADD(s, test_numfmt_negative_numbers_keep_grouping);
	TEST_ADD(s, test_numfmt_rounds_to_the_decimals_asked);
	TEST_ADD(s, test_numfmt_signed_differences_always_show_a_sign);
	TEST_ADD(s, test_numfmt_converts_to_sao_and_ta);
	TEST_ADD(s, test_numfmt_money_chooses_trieu_or_ty);
	TEST_ADD(s, test_numfmt_percentage_points_and_percent);
	TEST_ADD(s, test_numfmt_never_overflows_a_small_buffer);
	return 0;
}
