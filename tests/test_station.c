/* test_station.c - the station record (DESIGN §4 "Station record CSV"): the reader (columns
 * in any order, comments, missing cells, every bad row as file:line:col, only regular files)
 * and the derivation of each month's normals and year-to-year variability, on a five-year
 * record computed by hand and on the shipped Lạng Sơn record. */
#include "testing.h"
#include "diags_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "station_climate.h"
#include "station_csv.h"
#include "tmpdir.h"

static void expect_errors(const char *text, const char *expected)
{
	station_month *m;
	size_t n;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(station_csv_parse("s.csv", 2, text, strlen(text), &m, &n, &dl));
	CU_ASSERT_PTR_NULL(m);
	CU_ASSERT_STRING_EQUAL(diags_text(&dl), expected);
	if (strcmp(diags_text(&dl), expected) != 0)
		fprintf(stderr, "\nexpected:\n%sgot:\n%s", expected, diags_text(&dl));
	diag_list_fini(&dl);
}

#define HEADER "year,month,tmean_c,tmax_c,tmin_c,rain_mm,rh_pct,sunshine_h\n"

static void test_station_csv_reads_any_column_order_with_comments_and_missing_cells(void)
{
	const char *text =
		"\xEF\xBB\xBF# IMHEN monthly record, station X\r\n"
		"sunshine_h, month ,year,tmin_c,tmax_c,tmean_c,rh_pct,rain_mm,wind_m_s\r\n"
		"76.8,1,1961,9.4,18.1,13.1,71,4.8,\r\n"
		"\r\n"
		",2,1961,11.9,17.4,,79,25.1,2.5\r\n";
	station_month *m;
	size_t n;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(station_csv_parse("s.csv", 2, text, strlen(text), &m, &n, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL_FATAL(n, 2);
	CU_ASSERT_EQUAL(m[0].year, 1961);
	CU_ASSERT_EQUAL(m[0].month, 1);
	CU_ASSERT_DOUBLE_EQUAL(m[0].tmean_c, 13.1, 0);
	CU_ASSERT_DOUBLE_EQUAL(m[0].tmax_c, 18.1, 0);
	CU_ASSERT_DOUBLE_EQUAL(m[0].tmin_c, 9.4, 0);
	CU_ASSERT_DOUBLE_EQUAL(m[0].rain_mm, 4.8, 0);
	CU_ASSERT_DOUBLE_EQUAL(m[0].sunshine_h, 76.8, 0);
	CU_ASSERT_TRUE(isnan(m[0].wind_m_s));
	CU_ASSERT_TRUE(isnan(m[0].rain_days)); /* not a column */
	CU_ASSERT_EQUAL(m[0].mark.file, 2);
	CU_ASSERT_EQUAL(m[0].mark.line, 3);
	CU_ASSERT_TRUE(isnan(m[1].tmean_c));
	CU_ASSERT_TRUE(isnan(m[1].sunshine_h));
	CU_ASSERT_DOUBLE_EQUAL(m[1].wind_m_s, 2.5, 0);
	CU_ASSERT_EQUAL(m[1].mark.line, 5);
	free(m);
	diag_list_fini(&dl);
}

static void test_station_csv_reports_bad_rows_with_line_and_column(void)
{
	expect_errors(HEADER "1961,1,13.1,18.1,9.4,4.8,71,76.8\n"
			     "1961,13,13.1,18.1,9.4,4.8,71,76.8\n"
			     "1961,2,cold,18.1,9.4,4.8,71,76.8\n"
			     "1961,1,13.1,18.1,9.4,4.8,71,76.8\n"
			     "1961,3,13.1,12.0,14.5,4.8,71,76.8\n"
			     "1961,4,13.1,18.1,9.4,-2,71,76.8\n"
			     "1961.5,5,13.1,18.1,9.4,2,71,76.8\n"
			     ",6,13.1,18.1,9.4,2,71,76.8\n"
			     "1961,7,13.1,18.1,9.4,2,71\n",
		      "s.csv:3:6: error: 'month' must be between 1 and 12, not 13\n"
		      "s.csv:4:8: error: 'tmean_c' must be a number, not 'cold'\n"
		      "s.csv:5:6: error: 1961-01 appears twice (first on line 2)\n"
		      "s.csv:6:18: error: 'tmin_c' 14.5 is above 'tmax_c' 12; the mean minimum cannot exceed the mean maximum\n"
		      "s.csv:7:22: error: 'rain_mm' must be between 0 and 5000, not -2\n"
		      "s.csv:8:1: error: 'year' must be a whole number, not 1961.5\n"
		      "s.csv:9:1: error: 'year' is empty; every row needs a value\n"
		      "s.csv:10:1: error: the row has 7 cells, the header has 8\n");
}

static void test_station_csv_reports_header_problems(void)
{
	expect_errors("year,month,tmean_c,tmax_c,tmin_c,rain_mm,rh_pct,sunshine_h,snow_cm\n",
		      "s.csv:1:60: error: unknown column 'snow_cm'\n");
	expect_errors("year,month,tmean_c,tmax_c,tmin_c,rain_mm,rh_pct\n",
		      "s.csv:1:1: error: missing column 'sunshine_h' (the header needs year, month, tmean_c, "
		      "tmax_c, tmin_c, rain_mm, rh_pct and sunshine_h)\n");
	expect_errors("# nothing but a comment\n",
		      "s.csv:1:1: error: the station record is empty; it needs a header row "
		      "(year,month,tmean_c,tmax_c,tmin_c,rain_mm,rh_pct,sunshine_h)\n");
}

static void test_station_csv_refuses_what_is_not_a_regular_file(void)
{
	char dir[64];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "station"));
	char fifo[128];
	snprintf(fifo, sizeof fifo, "%s/record.csv", dir);
	CU_ASSERT_EQUAL_FATAL(mkfifo(fifo, 0600), 0);
	station_month *m;
	size_t n;
	diag_list dl;
	diag_list_init(&dl);
	/* No writer ever opens the FIFO: the reader must answer at once, not wait. */
	CU_ASSERT_FALSE(station_csv_read(fifo, 0, &m, &n, &dl));
	char expected[256];
	snprintf(expected, sizeof expected, "%s: error: cannot read the station record: not a regular file\n", fifo);
	CU_ASSERT_STRING_EQUAL(diags_text(&dl), expected);
	diag_list_fini(&dl);
	diag_list_init(&dl);
	CU_ASSERT_FALSE(station_csv_read(dir, 0, &m, &n, &dl));
	snprintf(expected, sizeof expected, "%s: error: cannot read the station record: %s\n", dir, strerror(EISDIR));
	CU_ASSERT_STRING_EQUAL(diags_text(&dl), expected);
	diag_list_fini(&dl);
	unlink(fifo);
	tmpdir_remove(dir);
}

/* Five winters, computed by hand:
 * January tmean 12, 14, 13, 11, 15: mean 13, deviations −1 1 0 −2 2, Σd² = 10, SD √(10/4) = 1.5811.
 * January Tmax 17..20: mean 18, SD 1.5811; Tmin 9 10 9 7 10: mean 9, Σd² = 6, SD √1.5 = 1.2247.
 * Offset tmean − (Tmax+Tmin)/2: −1, −0.5, −0.5, −0.5, 0: mean −0.5.
 * Rain 10 30 20 0 40: mean 20, Σd² = 1000, SD √250 = 15.811, CV 0.79057.
 * Sunshine totals 93 62 93 124 155 h over 31 days: 3 2 3 4 5 h/day, mean 3.4.
 * RH 80 82 84 86 and one missing: mean 83. Rain days 5..9: mean 7.
 * December tmean 15 16 14 13 17 (mean 15). January's anomaly against the December before,
 * four pairs (2002..2005): x = 1 0 −2 2, z = 0 1 −1 −2; x̄ = 0.25, z̄ = −0.5,
 * Σdxdz = −1.5, Σdx² = 8.75, Σdz² = 5: r = −1.5/√43.75 = −0.22678. */
static const char tiny[] =
	"year,month,tmean_c,tmax_c,tmin_c,rain_mm,rh_pct,sunshine_h,rain_days\n"
	"2001,1,12,17,9,10,80,93,5\n"
	"2001,12,15,20,11,10,80,,\n"
	"2002,1,14,19,10,30,82,62,6\n"
	"2002,12,16,21,12,10,80,,\n"
	"2003,1,13,18,9,20,84,93,7\n"
	"2003,12,14,19,10,10,80,,\n"
	"2004,1,11,16,7,0,86,124,8\n"
	"2004,12,13,18,9,10,80,,\n"
	"2005,1,15,20,10,40,,155,9\n"
	"2005,12,17,22,13,10,80,,\n";

static void derive_tiny(int from, int to, weather_normal nm[12], weather_month_var var[12],
			station_climate_info *info)
{
	station_month *m;
	size_t n;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(station_csv_parse("tiny.csv", 0, tiny, strlen(tiny), &m, &n, &dl));
	diag_list_fini(&dl);
	station_climate_derive(m, n, from, to, nm, var, info);
	free(m);
}

static void test_station_climate_on_a_record_computed_by_hand(void)
{
	weather_normal nm[12];
	weather_month_var var[12];
	station_climate_info info;
	derive_tiny(0, 0, nm, var, &info);
	CU_ASSERT_EQUAL(info.year_first, 2001);
	CU_ASSERT_EQUAL(info.year_last, 2005);
	CU_ASSERT_EQUAL(info.years[0], 5);
	CU_ASSERT_EQUAL(nm[0].month, 1);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].tmax_c, 18, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].tmin_c, 9, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].rain_mm, 20, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].sunshine_h, 3.4, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].rh_pct, 83, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].rain_days, 7, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].wind_m_s, station_default_wind_m_s[0], 0);
	CU_ASSERT_EQUAL(nm[0].mark.line, 2);
	CU_ASSERT_TRUE(var[0].known);
	CU_ASSERT_DOUBLE_EQUAL(var[0].sd_tmean_c, 1.5811388, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(var[0].sd_tmax_c, 1.5811388, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(var[0].sd_tmin_c, 1.2247449, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(var[0].cv_rain, 0.7905694, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(var[0].tmean_offset_c, -0.5, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(var[0].lag1_corr, -0.2267787, 1e-6);
	/* December: no sunshine at all (NAN: radiation from the temperature range), no rain days
	 * (the default), constant rain (CV 0), no November to correlate with. */
	CU_ASSERT_EQUAL(nm[11].month, 12);
	CU_ASSERT_TRUE(isnan(nm[11].sunshine_h));
	CU_ASSERT_DOUBLE_EQUAL(nm[11].rain_days, station_default_rain_days[11], 0);
	CU_ASSERT_DOUBLE_EQUAL(var[11].cv_rain, 0, 1e-12);
	CU_ASSERT_TRUE(isnan(var[11].lag1_corr));
	/* Months without rows are unusable. */
	CU_ASSERT_EQUAL(nm[5].month, 0);
	CU_ASSERT_FALSE(var[5].known);
	CU_ASSERT_EQUAL(info.years[5], 0);
}

static void test_station_climate_keeps_to_the_years_asked(void)
{
	weather_normal nm[12];
	weather_month_var var[12];
	station_climate_info info;
	/* 2002-2005: four Januaries, fewer than STATION_MIN_YEARS (5): January is unusable. */
	derive_tiny(2002, 2005, nm, var, &info);
	CU_ASSERT_EQUAL(STATION_MIN_YEARS, 5);
	CU_ASSERT_EQUAL(info.years[0], 4);
	CU_ASSERT_EQUAL(nm[0].month, 0);
	CU_ASSERT_FALSE(var[0].known);
	CU_ASSERT_EQUAL(info.year_first, 2002);
}

static void derive_langson(int from, int to, weather_normal nm[12], weather_month_var var[12],
			   station_climate_info *info)
{
	station_month *m;
	size_t n;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(station_csv_read("scenarios/stations/langson.csv", 0, &m, &n, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	diag_list_fini(&dl);
	CU_ASSERT_EQUAL(n, 660); /* 55 years × 12 months */
	station_climate_derive(m, n, from, to, nm, var, info);
	free(m);
}

/* The Lạng Sơn record, 1961–2015 (scenarios/stations/README.md: January mean 13.0 °C; the SD of
 * a December–February month's mean 1.4–2.4 °C, December's 1.42 once the source's impossible
 * December 2009 mean, 26.4 °C, is left out). Expected values recomputed from the CSV with
 * Python's statistics module (mean, stdev, correlation) over the same rows. */
static void test_station_climate_on_the_lang_son_record(void)
{
	weather_normal nm[12];
	weather_month_var var[12];
	station_climate_info info;
	derive_langson(0, 0, nm, var, &info);
	CU_ASSERT_EQUAL(info.year_first, 1961);
	CU_ASSERT_EQUAL(info.year_last, 2015);
	CU_ASSERT_EQUAL(info.years[0], 55);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].tmax_c, 17.4568, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].tmin_c, 10.0444, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].rain_mm, 31.0636, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(var[0].sd_tmean_c, 1.64537, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(var[1].sd_tmean_c, 2.44069, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(var[11].sd_tmean_c, 1.41855, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(var[0].sd_tmax_c, 2.19493, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(var[0].sd_tmin_c, 1.73239, 1e-4);
	CU_ASSERT_DOUBLE_EQUAL(var[0].cv_rain, 0.975219, 1e-5);
	CU_ASSERT_DOUBLE_EQUAL(var[0].tmean_offset_c, -0.706247, 1e-5);
	CU_ASSERT_DOUBLE_EQUAL(var[11].tmean_offset_c, -0.839577, 1e-5);
	CU_ASSERT_DOUBLE_EQUAL(var[0].lag1_corr, -0.0475839, 1e-5);
	/* The README's January mean of the daily mean: Tmax/Tmin normals and the offset give it. */
	CU_ASSERT_DOUBLE_EQUAL((nm[0].tmax_c + nm[0].tmin_c) / 2 + var[0].tmean_offset_c, 13.0, 0.05);
	for (int m = 0; m < 12; m++)
		if (m == 11 || m <= 1) {
			CU_ASSERT_TRUE(var[m].sd_tmean_c >= 1.4 && var[m].sd_tmean_c <= 2.45);
		}
	/* Sunshine: month totals turned into h/day; no rain-day or wind column: the defaults. */
	CU_ASSERT_TRUE(nm[0].sunshine_h > 1 && nm[0].sunshine_h < 5);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].rain_days, station_default_rain_days[0], 0);
	/* 1991–2015: the January mean of the daily mean 13.05 °C, of Tmax 17.32 °C. */
	derive_langson(1991, 2015, nm, var, &info);
	CU_ASSERT_EQUAL(info.years[0], 25);
	CU_ASSERT_DOUBLE_EQUAL(nm[0].tmax_c, 17.3169, 1e-4);
}

VUDONG_SUITE(station)
{
	SUITE_ADD(s, "station");
	TEST_ADD(s, test_station_csv_reads_any_column_order_with_comments_and_missing_cells);
	TEST_ADD(s, test_station_csv_reports_bad_rows_with_line_and_column);
	TEST_ADD(s, test_station_csv_reports_header_problems);
	TEST_ADD(s, test_station_csv_refuses_what_is_not_a_regular_file);
	TEST_ADD(s, test_station_climate_on_a_record_computed_by_hand);
	TEST_ADD(s, test_station_climate_keeps_to_the_years_asked);
	TEST_ADD(s, test_station_climate_on_the_lang_son_record);
	return 0;
}
