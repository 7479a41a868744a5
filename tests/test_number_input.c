/* test_number_input.c - the one parser of typed numbers (tui/core/number_input.h): the marks
 * of each language, every ambiguous and foreign form, units with the number, and the
 * messages that show both readings. The expected values are hand calculations written here:
 * 1 sào = 360 m² = 0.036 ha, 1 tạ = 100 kg, nghìn 10^3, triệu 10^6, tỷ 10^9. */
#include "testing.h"

#include <string.h>

#include "number_input.h"

static number_input r;

/* The value of text read in l as a plain number; the status must be OK. */
static double ok(const char *text, lang l, unit_dim dim, double bare)
{
	CU_ASSERT_EQUAL(number_input_parse(text, l, dim, bare, &r), NUMIN_OK);
	return r.value;
}

static numin_status status(const char *text, lang l, unit_dim dim)
{
	return number_input_parse(text, l, dim, 1.0, &r);
}

static void test_number_input_vietnamese_groups_with_dot_and_decimals_with_comma(void)
{
	CU_ASSERT_DOUBLE_EQUAL(ok("2.500", LANG_VI, UNIT_DIM_NONE, 1), 2500, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("1.234,5", LANG_VI, UNIT_DIM_NONE, 1), 1234.5, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("0,5", LANG_VI, UNIT_DIM_NONE, 1), 0.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok(",5", LANG_VI, UNIT_DIM_NONE, 1), 0.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("1.234.567", LANG_VI, UNIT_DIM_NONE, 1), 1234567, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok(" -12,25 ", LANG_VI, UNIT_DIM_NONE, 1), -12.25, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("\xe2\x88\x92" "3", LANG_VI, UNIT_DIM_NONE, 1), -3, 0);  /* U+2212 */
	CU_ASSERT_DOUBLE_EQUAL(ok("5000", LANG_VI, UNIT_DIM_NONE, 1), 5000, 0);
	/* A decimal comma before three digits is the Vietnamese decimal, not a group. */
	CU_ASSERT_DOUBLE_EQUAL(ok("1,234", LANG_VI, UNIT_DIM_NONE, 1), 1.234, 1e-12);
}

static void test_number_input_english_groups_with_comma_and_decimals_with_dot(void)
{
	CU_ASSERT_DOUBLE_EQUAL(ok("2,500", LANG_EN, UNIT_DIM_NONE, 1), 2500, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("1,234.5", LANG_EN, UNIT_DIM_NONE, 1), 1234.5, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("0.5", LANG_EN, UNIT_DIM_NONE, 1), 0.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("2.500", LANG_EN, UNIT_DIM_NONE, 1), 2.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("1,234,567.25", LANG_EN, UNIT_DIM_NONE, 1), 1234567.25, 0);
}

static void test_number_input_refuses_every_ambiguous_form_with_both_readings(void)
{
	/* One group mark not followed by exactly three digits: the other language's decimal,
	 * or digits with a stray mark. */
	static const struct {
		const char *text;
		lang l;
		double a, b;
	} cases[] = {
		{ "2.5", LANG_VI, 2.5, 25 },
		{ "2.50", LANG_VI, 2.5, 250 },
		{ "2.5000", LANG_VI, 2.5, 25000 },
		{ "0.500", LANG_VI, 0.5, 500 },     /* a group never starts with a lone 0 */
		{ ".5", LANG_VI, 0.5, 5 },
		{ "12.34", LANG_VI, 12.34, 1234 },
		{ "1234.567", LANG_VI, 1234.567, 1234567 },  /* first group longer than 3 */
		{ "2,5", LANG_EN, 2.5, 25 },
		{ "0,500", LANG_EN, 0.5, 500 },
		{ "-7,25", LANG_EN, -7.25, -725 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		CU_ASSERT_EQUAL(status(cases[i].text, cases[i].l, UNIT_DIM_NONE), NUMIN_AMBIGUOUS);
		CU_ASSERT_DOUBLE_EQUAL(r.reading[0], cases[i].a, 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(r.reading[1], cases[i].b, 1e-12);
	}
}

static void test_number_input_refuses_the_other_languages_marks(void)
{
	CU_ASSERT_EQUAL(status("1,234.5", LANG_VI, UNIT_DIM_NONE), NUMIN_OTHER_LANG);
	CU_ASSERT_DOUBLE_EQUAL(r.reading[0], 1234.5, 1e-12);
	CU_ASSERT_EQUAL(status("1,234,567", LANG_VI, UNIT_DIM_NONE), NUMIN_OTHER_LANG);
	CU_ASSERT_DOUBLE_EQUAL(r.reading[0], 1234567, 0);
	CU_ASSERT_EQUAL(status("1.234,5", LANG_EN, UNIT_DIM_NONE), NUMIN_OTHER_LANG);
	CU_ASSERT_DOUBLE_EQUAL(r.reading[0], 1234.5, 1e-12);
	CU_ASSERT_EQUAL(status("1.234.567", LANG_EN, UNIT_DIM_NONE), NUMIN_OTHER_LANG);
}

static void test_number_input_refuses_what_is_no_number(void)
{
	static const char *const bad[] = { "", " ", "abc", ",", ".", "1.234.5", "1..234", "1,,5",
					   "1,2,3", "nan", "inf", "--1", "1.23.456,7,8" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CU_ASSERT_EQUAL(status(bad[i], LANG_VI, UNIT_DIM_NONE) == NUMIN_SYNTAX ||
				status(bad[i], LANG_VI, UNIT_DIM_NONE) == NUMIN_BAD_UNIT, true);
		CU_ASSERT_NOT_EQUAL(status(bad[i], LANG_EN, UNIT_DIM_NONE), NUMIN_OK);
	}
	CU_ASSERT_EQUAL(status("1.234.5", LANG_VI, UNIT_DIM_NONE), NUMIN_SYNTAX);
	CU_ASSERT_EQUAL(status("12 ha", LANG_VI, UNIT_DIM_NONE), NUMIN_BAD_UNIT);
	CU_ASSERT_EQUAL(status("1e6", LANG_EN, UNIT_DIM_NONE), NUMIN_BAD_UNIT);
}

static void test_number_input_reads_area_units(void)
{
	/* 12 sào = 12 × 0.036 = 0.432 ha; 1 mẫu = 0.36 ha; 5.000 m² = 0.5 ha. */
	CU_ASSERT_DOUBLE_EQUAL(ok("12 sào", LANG_VI, UNIT_DIM_AREA, 1), 0.432, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("12 sao", LANG_VI, UNIT_DIM_AREA, 1), 0.432, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("12 SÀO", LANG_EN, UNIT_DIM_AREA, 1), 0.432, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("3 ha", LANG_VI, UNIT_DIM_AREA, 1), 3, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("3ha", LANG_VI, UNIT_DIM_AREA, 1), 3, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("2 mẫu", LANG_VI, UNIT_DIM_AREA, 1), 0.72, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("5.000 m²", LANG_VI, UNIT_DIM_AREA, 1), 0.5, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("5,000 m2", LANG_EN, UNIT_DIM_AREA, 1), 0.5, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("1,5 ha", LANG_VI, UNIT_DIM_AREA, 1), 1.5, 0);
	/* Typed into the sào column (a plain number is sào): 1 ha is 27.78 sào. */
	CU_ASSERT_DOUBLE_EQUAL(ok("1 ha", LANG_VI, UNIT_DIM_AREA, UNIT_SAO_HA), 1 / 0.036, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(ok("12", LANG_VI, UNIT_DIM_AREA, UNIT_SAO_HA), 12, 0);
}

static void test_number_input_reads_yield_and_money_units(void)
{
	/* 180 tạ/ha = 18 t/ha; 500 kg/sào = 0.5 t / 0.036 ha = 13.89 t/ha. */
	CU_ASSERT_DOUBLE_EQUAL(ok("180 tạ/ha", LANG_VI, UNIT_DIM_YIELD, 1), 18, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("180 ta / ha", LANG_VI, UNIT_DIM_YIELD, 1), 18, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("18 t/ha", LANG_VI, UNIT_DIM_YIELD, 1), 18, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("18 tấn/ha", LANG_VI, UNIT_DIM_YIELD, 1), 18, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("18.000 kg/ha", LANG_VI, UNIT_DIM_YIELD, 1), 18, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ok("500 kg/sào", LANG_VI, UNIT_DIM_YIELD, 1), 0.5 / 0.036, 1e-9);
	/* Prices in đồng per kg. */
	CU_ASSERT_DOUBLE_EQUAL(ok("5 nghìn", LANG_VI, UNIT_DIM_PRICE, 1), 5000, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("5 ngàn", LANG_VI, UNIT_DIM_PRICE, 1), 5000, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("7,5 nghìn đ/kg", LANG_VI, UNIT_DIM_PRICE, 1), 7500, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("6000 đ", LANG_VI, UNIT_DIM_PRICE, 1), 6000, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("6000 đồng/kg", LANG_VI, UNIT_DIM_PRICE, 1), 6000, 0);
	/* A cost typed where a plain number is million VND. */
	CU_ASSERT_DOUBLE_EQUAL(ok("60", LANG_VI, UNIT_DIM_COST, 1e6), 60, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("60 triệu", LANG_VI, UNIT_DIM_COST, 1e6), 60, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("2 triệu/sào", LANG_VI, UNIT_DIM_COST, 1e6), 2 / 0.036, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(ok("1,5 tỷ", LANG_VI, UNIT_DIM_COST, 1e6), 1500, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(ok("1.5 ty", LANG_EN, UNIT_DIM_COST, 1), 1.5e9, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("2 triệu", LANG_VI, UNIT_DIM_COST, 1), 2e6, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("1.500 tỷ", LANG_VI, UNIT_DIM_BN_VND, 1), 1500, 0);
	CU_ASSERT_DOUBLE_EQUAL(ok("60 nghìn", LANG_VI, UNIT_DIM_COUNT, 1), 60000, 0);
	/* An ambiguous number keeps its unit in both readings: 2.5 or 25 triệu. */
	CU_ASSERT_EQUAL(number_input_parse("2.5 triệu", LANG_VI, UNIT_DIM_COST, 1e6, &r), NUMIN_AMBIGUOUS);
	CU_ASSERT_DOUBLE_EQUAL(r.reading[0], 2.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(r.reading[1], 25, 0);
}

static void test_number_input_takes_units_only_of_the_values_dimension(void)
{
	CU_ASSERT_EQUAL(status("12 sào", LANG_VI, UNIT_DIM_PRICE), NUMIN_WRONG_UNIT);
	CU_ASSERT_EQUAL(r.unit_found, UNIT_DIM_AREA);
	CU_ASSERT_EQUAL(status("180 tạ/ha", LANG_VI, UNIT_DIM_AREA), NUMIN_WRONG_UNIT);
	CU_ASSERT_EQUAL(status("5 nghìn đ/kg", LANG_VI, UNIT_DIM_COST), NUMIN_WRONG_UNIT);
	CU_ASSERT_EQUAL(status("3 ha", LANG_VI, UNIT_DIM_YIELD), NUMIN_WRONG_UNIT);
	CU_ASSERT_EQUAL(status("5 nghìn đ", LANG_VI, UNIT_DIM_COUNT), NUMIN_WRONG_UNIT);
	CU_ASSERT_EQUAL(status("12 bao", LANG_VI, UNIT_DIM_AREA), NUMIN_BAD_UNIT);
	CU_ASSERT_STRING_EQUAL(r.unit, "bao");
	CU_ASSERT_EQUAL(status("5 nghìn", LANG_VI, UNIT_DIM_NONE), NUMIN_BAD_UNIT);
}

static void test_number_input_messages_show_both_readings_in_the_language(void)
{
	char buf[256];
	number_input_parse("2.5", LANG_VI, UNIT_DIM_PRICE, 1, &r);
	number_input_message(&r, LANG_VI, "Giá", "2.5", buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Giá: \"2.5\" có thể là 2,5 hoặc 25: hãy gõ 2,5 hoặc 25 (dấu phẩy là dấu thập phân)");
	number_input_parse("2,5", LANG_EN, UNIT_DIM_PRICE, 1, &r);
	number_input_message(&r, LANG_EN, "Price", "2,5", buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Price: \"2,5\" could mean 2.5 or 25: type 2.5 or 25 ('.' is the decimal mark)");
	number_input_parse("2.5000", LANG_VI, UNIT_DIM_NONE, 1, &r);
	number_input_message(&r, LANG_VI, "Giá", "2.5000", buf, sizeof buf);
	CU_ASSERT_PTR_NOT_NULL(strstr(buf, "2,5 hoặc 25.000"));
	number_input_parse("1,234.5", LANG_VI, UNIT_DIM_NONE, 1, &r);
	number_input_message(&r, LANG_VI, "Giá", "1,234.5", buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Giá: \"1,234.5\" viết theo kiểu tiếng Anh; hãy gõ 1.234,5");
	number_input_parse("12 sào", LANG_EN, UNIT_DIM_PRICE, 1, &r);
	number_input_message(&r, LANG_EN, "Price", "12 sào", buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Price: \"sào\" is not a unit of this value (use đ/kg, nghìn, triệu)");
}

VUDONG_SUITE(number_input)
{
	SUITE_ADD(s, "number_input");
	TEST_ADD(s, test_number_input_vietnamese_groups_with_dot_and_decimals_with_comma);
	TEST_ADD(s, test_number_input_english_groups_with_comma_and_decimals_with_dot);
	TEST_ADD(s, test_number_input_refuses_every_ambiguous_form_with_both_readings);
	TEST_ADD(s, test_number_input_refuses_the_other_languages_marks);
	TEST_ADD(s, test_number_input_refuses_what_is_no_number);
	TEST_ADD(s, test_number_input_reads_area_units);
	TEST_ADD(s, test_number_input_reads_yield_and_money_units);
	TEST_ADD(s, test_number_input_takes_units_only_of_the_values_dimension);
	TEST_ADD(s, test_number_input_messages_show_both_readings_in_the_language);
	return 0;
}
