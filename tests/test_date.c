/* test_date.c - civil dates: round trips, leap years, FAO-56 day of the year. */
#include "testing.h"

#include "date.h"

static void test_date_round_trips_every_day_of_a_leap_century(void)
{
	for (vd_date t = date_from_ymd(1999, 12, 1); t < date_from_ymd(2101, 1, 1); t++) {
		int y, m, d;
		date_to_ymd(t, &y, &m, &d);
		CU_ASSERT_EQUAL_FATAL(date_from_ymd(y, m, d), t);
		CU_ASSERT_TRUE_FATAL(date_ymd_valid(y, m, d));
	}
}

static void test_date_epoch_is_1970_01_01(void)
{
	CU_ASSERT_EQUAL(date_from_ymd(1970, 1, 1), 0);
	CU_ASSERT_EQUAL(date_from_ymd(2000, 3, 1), 11017); /* 30 years of 365 + 7 leap days + 59 */
}

static void test_date_parse_rejects_days_that_do_not_exist(void)
{
	vd_date t;
	CU_ASSERT_TRUE(date_parse("2020-02-29", &t));
	CU_ASSERT_FALSE(date_parse("2021-02-29", &t));
	CU_ASSERT_FALSE(date_parse("2020-13-01", &t));
	CU_ASSERT_FALSE(date_parse("2020-04-31", &t));
	CU_ASSERT_FALSE(date_parse("2020-4-01", &t));
	CU_ASSERT_FALSE(date_parse("2020-04-011", &t));
}

static void test_date_doy_matches_fao56_example_8(void)
{
	/* FAO-56 Example 8: 3 September is day 246 (non-leap year). */
	CU_ASSERT_EQUAL(date_doy(date_from_ymd(2015, 9, 3)), 246);
	CU_ASSERT_EQUAL(date_doy(date_from_ymd(2020, 12, 31)), 366);
	char buf[11];
	CU_ASSERT_STRING_EQUAL(date_format(date_from_ymd(2021, 1, 8), buf), "2021-01-08");
}

VUDONG_SUITE(date)
{
	SUITE_ADD(s, "date");
	TEST_ADD(s, test_date_round_trips_every_day_of_a_leap_century);
	TEST_ADD(s, test_date_epoch_is_1970_01_01);
	TEST_ADD(s, test_date_parse_rejects_days_that_do_not_exist);
	TEST_ADD(s, test_date_doy_matches_fao56_example_8);
	return 0;
}
