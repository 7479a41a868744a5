/* test_weather_csv.c - the weather CSV reader (DESIGN §4): columns in any order, empty cell =
 * missing, CRLF and comment lines, and every bad row or header as file:line:col. */
#include "testing.h"
#include "diags_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "weather_csv.h"

/* Parses text that must fail with exactly `expected`. */
static void expect_csv_errors(const char *text, const char *expected)
{
	weather_obs *days;
	size_t n;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(weather_csv_parse("w.csv", 3, text, strlen(text), &days, &n, &dl));
	CU_ASSERT_PTR_NULL(days);
	CU_ASSERT_STRING_EQUAL(diags_text(&dl), expected);
	if (strcmp(diags_text(&dl), expected) != 0)
		fprintf(stderr, "\nexpected:\n%sgot:\n%s", expected, diags_text(&dl));
	diag_list_fini(&dl);
}

static void test_weather_csv_reads_columns_in_any_order_with_missing_cells(void)
{
	const char *text =
		"# station 48838, comment lines are skipped\r\n"
		" tmin_c , date ,tmax_c,rain_mm,rh_pct,sunshine_h\r\n"
		"19,2020-10-01,28.5,,80,6.5\r\n"
		"\r\n"
		"18.5,2020-10-02,27,12.5,,\r\n";
	weather_obs *days;
	size_t n;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_csv_parse("w.csv", 3, text, strlen(text), &days, &n, &dl));
	CU_ASSERT_EQUAL_FATAL(n, 2);
	CU_ASSERT_EQUAL(days[0].date, date_from_ymd(2020, 10, 1));
	CU_ASSERT_DOUBLE_EQUAL(days[0].tmax_c, 28.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(days[0].tmin_c, 19, 0);
	CU_ASSERT_TRUE(isnan(days[0].rain_mm));
	CU_ASSERT_DOUBLE_EQUAL(days[0].rh_pct, 80, 0);
	CU_ASSERT_TRUE(isnan(days[0].tdew_c)); /* not a column at all */
	CU_ASSERT_DOUBLE_EQUAL(days[1].rain_mm, 12.5, 0);
	CU_ASSERT_TRUE(isnan(days[1].rh_pct));
	CU_ASSERT_TRUE(isnan(days[1].sunshine_h));
	/* Marks: file index and the physical line (comment and blank lines count). */
	CU_ASSERT_EQUAL(days[1].mark.file, 3);
	CU_ASSERT_EQUAL(days[1].mark.line, 5);
	free(days);
	diag_list_fini(&dl);
}

static void test_weather_csv_reports_bad_cells_with_line_and_column(void)
{
	expect_csv_errors("date,tmax_c,tmin_c\n2020-10-01,28,19\n2020-10-02,hot,18\n2020-10-03,27,nan\n",
			  "w.csv:3:12: error: 'tmax_c' must be a number, not 'hot'\n"
			  "w.csv:4:15: error: 'tmin_c' must be a finite number, not 'nan'\n");
	expect_csv_errors("date,tmax_c,tmin_c,rh_pct\n2020-10-01,28,19,120\n",
			  "w.csv:2:18: error: 'rh_pct' must be between 0 and 100, not 120\n");
	expect_csv_errors("date,tmax_c,tmin_c\n2021-02-29,28,19\n2020-10-02,,18\n",
			  "w.csv:2:1: error: 'date' must be a day that exists, as YYYY-MM-DD, not '2021-02-29'\n"
			  "w.csv:3:12: error: 'tmax_c' is empty; every row needs a value\n");
	expect_csv_errors("date,tmax_c,tmin_c\n2020-10-01,28\n2020-10-02,28,19,4\n",
			  "w.csv:2:1: error: the row has 2 cells, the header has 3\n"
			  "w.csv:3:1: error: the row has 4 cells, the header has 3\n");
}

static void test_weather_csv_reports_header_problems(void)
{
	expect_csv_errors("date,tmaxc,tmin_c\n",
			  "w.csv:1:1: error: missing column 'tmax_c' (the header needs date, tmax_c and tmin_c)\n"
			  "w.csv:1:6: error: unknown column 'tmaxc'; did you mean `tmax_c`?\n");
	expect_csv_errors("date,tmax_c,tmin_c,tmax_c\n",
			  "w.csv:1:20: error: column 'tmax_c' appears twice\n");
	expect_csv_errors("# only a comment\n",
			  "w.csv:1:1: error: the weather file is empty; it needs a header row (date,tmax_c,tmin_c,...)\n");
}

VUDONG_SUITE(weather_csv)
{
	SUITE_ADD(s, "weather_csv");
	TEST_ADD(s, test_weather_csv_reads_columns_in_any_order_with_missing_cells);
	TEST_ADD(s, test_weather_csv_reports_bad_cells_with_line_and_column);
	TEST_ADD(s, test_weather_csv_reports_header_problems);
	return 0;
}
