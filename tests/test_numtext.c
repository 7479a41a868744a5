/* test_numtext.c - the report's numbers and dates in the reader's language (sim/base/numtext.c,
 * report_text_date): grouping, decimal mark, printf conversions kept in translated templates,
 * and land units by name (sim/model/land_name.c). Values from the issue: 3645.5 tonnes reads
 * "3.645,5 tấn" in Vietnamese, 21.94 billion "21,94 tỷ đồng", 2020-10-25 "25/10/2020". */
#include "testing.h"

#include <math.h>
#include <string.h>

#include "land_name.h"
#include "numtext.h"
#include "report_util.h"

static char buf[256];

static void test_numtext_report_marks_per_language(void)
{
	CU_ASSERT_STRING_EQUAL(numtext_report(3645.5, 1, LANG_VI, buf, sizeof buf), "3.645,5");
	CU_ASSERT_STRING_EQUAL(numtext_report(3645.5, 1, LANG_EN, buf, sizeof buf), "3645.5");
	CU_ASSERT_STRING_EQUAL(numtext_report(1234567.0, 0, LANG_VI, buf, sizeof buf), "1.234.567");
	CU_ASSERT_STRING_EQUAL(numtext_report(-0.004, 2, LANG_VI, buf, sizeof buf), "0,00");
	CU_ASSERT_STRING_EQUAL(numtext_report(-1234.5, 1, LANG_VI, buf, sizeof buf), "-1.234,5");
	CU_ASSERT_STRING_EQUAL(numtext_report(NAN, 1, LANG_VI, buf, sizeof buf), "");
	/* the interface's marks through the same routine: English groups with ',' */
	CU_ASSERT_STRING_EQUAL(numtext_number(1234.5, 1, ',', '.', buf, sizeof buf), "1,234.5");
}

static void test_numtext_format_localises_fixed_point_only(void)
{
	numtext_format(LANG_VI, buf, sizeof buf, "%.1f tấn, %.2f tỷ đồng", 3645.5, 21.94);
	CU_ASSERT_STRING_EQUAL(buf, "3.645,5 tấn, 21,94 tỷ đồng");
	numtext_format(LANG_EN, buf, sizeof buf, "%.1f tonnes, %.2f billion VND", 3645.5, 21.94);
	CU_ASSERT_STRING_EQUAL(buf, "3645.5 tonnes, 21.94 billion VND");
	/* sign, width and left-justification survive; integers and strings are printf's own */
	numtext_format(LANG_VI, buf, sizeof buf, "[%+.2f|%8.1f|%-7.1f|%d|%lu|%zu|%s|%%]", 0.35,
		       1234.5, 2.5, 2020, 2020UL, (size_t)7, "x.y");
	CU_ASSERT_STRING_EQUAL(buf, "[+0,35| 1.234,5|2,5    |2020|2020|7|x.y|%]");
	numtext_format(LANG_VI, buf, sizeof buf, "%*.*f|%g", 6, 1, 12.25, 0.5);
	CU_ASSERT_STRING_EQUAL(buf, "  12,2|0,5");
	/* snprintf's contract: the length needed, the text cut with its terminator */
	char small[6];
	CU_ASSERT_EQUAL(numtext_format(LANG_VI, small, sizeof small, "%.1f tấn", 3645.5), 13);   /* "tấn" is 5 bytes */
	CU_ASSERT_STRING_EQUAL(small, "3.645");
}

static void test_report_text_date_per_language(void)
{
	char d[11];
	vd_date t = date_from_ymd(2020, 10, 25);
	CU_ASSERT_STRING_EQUAL(report_text_date(t, LANG_VI, d), "25/10/2020");
	CU_ASSERT_STRING_EQUAL(report_text_date(t, LANG_EN, d), "2020-10-25");
	CU_ASSERT_STRING_EQUAL(report_text_date(DATE_NONE, LANG_VI, d), "");
}

static void test_land_unit_named_by_kind(void)
{
	land_unit units[3] = {
		{ .id = "paddy", .kind = LAND_PADDY }, { .id = "upland", .kind = LAND_UPLAND },
		{ .id = "upland-2", .kind = LAND_UPLAND },
	};
	commune c = { .land = units, .n_land = 1 };
	char n[96];
	CU_ASSERT_STRING_EQUAL(land_unit_name(&c, 0, LANG_VI, n, sizeof n), "Đất 2 vụ lúa");
	CU_ASSERT_STRING_EQUAL(land_unit_name(&c, 0, LANG_EN, n, sizeof n), "paddy");
	c.n_land = 2;
	CU_ASSERT_STRING_EQUAL(land_unit_name(&c, 1, LANG_VI, n, sizeof n), "Đất màu / đồi");
	/* two upland units in one commune: the id tells them apart */
	c.n_land = 3;
	CU_ASSERT_STRING_EQUAL(land_unit_name(&c, 2, LANG_VI, n, sizeof n), "Đất màu / đồi (upland-2)");
	CU_ASSERT_STRING_EQUAL(land_unit_name(&c, 2, LANG_EN, n, sizeof n), "upland-2");
	CU_ASSERT_STRING_EQUAL(land_unit_name(&c, 5, LANG_VI, n, sizeof n), "?");
}

VUDONG_SUITE(numtext)
{
	SUITE_ADD(s, "numtext");
	TEST_ADD(s, test_numtext_report_marks_per_language);
	TEST_ADD(s, test_numtext_format_localises_fixed_point_only);
	TEST_ADD(s, test_report_text_date_per_language);
	TEST_ADD(s, test_land_unit_named_by_kind);
	return 0;
}
