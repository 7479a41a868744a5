/* test_scenario_shift.c - a scenario's dates moved by whole years (sim/study/scenario_shift.h):
 * dates worked by hand (29 February into a common year), every dated field of the cold-spell
 * scenario moved, moves re-derived from the base (no drift, the base untouched), and which
 * moved seasons a multi-year run of observed days covers (a late start, a gap). */
#include "testing.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_load.h"
#include "scenario_shift.h"

static vd_date ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

static void test_scenario_shift_dates_by_hand(void)
{
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2020, 10, 25), -3), ymd(2017, 10, 25));
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2021, 4, 30), 5), ymd(2026, 4, 30));
	/* 29 February: kept in a leap year, 28 February in a common one */
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2020, 2, 29), -1), ymd(2019, 2, 28));
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2020, 2, 29), 4), ymd(2024, 2, 29));
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2020, 2, 29), -20), ymd(2000, 2, 29));
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2020, 2, 29), 80), ymd(2100, 2, 28));
	/* 1 March stays 1 March (the day count to it changes) */
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2021, 3, 1), -1), ymd(2020, 3, 1));
	CU_ASSERT_EQUAL(scenario_shift_date(DATE_NONE, 3), DATE_NONE);
	CU_ASSERT_EQUAL(scenario_shift_date(ymd(2020, 9, 1), 0), ymd(2020, 9, 1));
}

static void test_scenario_shift_moves_every_dated_field(void)
{
	/* scenarios/cold-spell-jan-2021.yaml: season 2020-09-01..2021-04-30, the town's paddy
	 * free 2020-10-01..2021-02-15, its upland without limits, the town's potato sown
	 * 2020-10-25, the cold spell from 2021-01-07. Three years back: 2017-09-01..2018-04-30,
	 * 2017-10-01..2018-02-15, no limits, 2017-10-25, 2018-01-07. Then one year ahead, from
	 * the base again: 2021-09-01, 2021-10-25, 2022-01-07; the base is unchanged. */
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file("scenarios/cold-spell-jan-2021.yaml", &s, &dl));
	diag_list_fini(&dl);
	CU_ASSERT_EQUAL_FATAL(s.n_shocks, 1);
	scenario_shift sh;
	CU_ASSERT_TRUE_FATAL(scenario_shift_init(&sh, &s));
	const scenario *v = &sh.view;
	CU_ASSERT_EQUAL(v->season_start, s.season_start);
	scenario_shift_set(&sh, -3);
	CU_ASSERT_EQUAL(v->season_start, ymd(2017, 9, 1));
	CU_ASSERT_EQUAL(v->season_end, ymd(2018, 4, 30));
	const commune *town = &v->communes[0];
	CU_ASSERT_STRING_EQUAL(town->id, "binh-lieu-town");
	CU_ASSERT_EQUAL(town->land[0].free_from, ymd(2017, 10, 1));
	CU_ASSERT_EQUAL(town->land[0].free_until, ymd(2018, 2, 15));
	CU_ASSERT_EQUAL(town->land[1].free_from, DATE_NONE);
	CU_ASSERT_EQUAL(town->plan[0].sow, ymd(2017, 10, 25));
	CU_ASSERT_EQUAL(v->shocks[0].from, ymd(2018, 1, 7));
	/* every item of every commune is its base date three years back */
	for (size_t i = 0; i < s.n_communes; i++)
		for (size_t j = 0; j < s.communes[i].n_plan; j++)
			CU_ASSERT_EQUAL(v->communes[i].plan[j].sow,
					scenario_shift_date(s.communes[i].plan[j].sow, -3));
	scenario_shift_set(&sh, 1);
	CU_ASSERT_EQUAL(v->season_start, ymd(2021, 9, 1));
	CU_ASSERT_EQUAL(town->plan[0].sow, ymd(2021, 10, 25));
	CU_ASSERT_EQUAL(v->shocks[0].from, ymd(2022, 1, 7));
	CU_ASSERT_EQUAL(s.season_start, ymd(2020, 9, 1));
	CU_ASSERT_EQUAL(s.communes[0].plan[0].sow, ymd(2020, 10, 25));
	CU_ASSERT_EQUAL(s.shocks[0].from, ymd(2021, 1, 7));
	/* what is not dated is shared */
	CU_ASSERT_PTR_EQUAL(v->crops, s.crops);
	CU_ASSERT_DOUBLE_EQUAL(town->plan[0].area_ha, s.communes[0].plan[0].area_ha, 0);
	scenario_shift_fini(&sh);
	scenario_fini(&s);
}

static void test_scenario_shift_covered_seasons(void)
{
	/* Days from 2016-11-01 to 2021-04-30, without 2018-01-10..2018-01-12; season
	 * 09-01..04-30 (from 2020). Covered: the seasons of 2018 (−2), 2019 (−1), 2020 (0); not
	 * 2016 (starts too late), 2017 (the gap), 2021 (beyond the end). */
	scenario s;
	scenario_init(&s);
	s.season_start = ymd(2020, 9, 1);
	s.season_end = ymd(2021, 4, 30);
	s.weather.source = WEATHER_DAILY;
	vd_date first = ymd(2016, 11, 1), last = ymd(2021, 4, 30);
	s.weather.daily = calloc((size_t)(last - first + 1), sizeof *s.weather.daily);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s.weather.daily);
	for (vd_date t = first; t <= last; t++) {
		if (t >= ymd(2018, 1, 10) && t <= ymd(2018, 1, 12))
			continue;
		weather_obs *o = &s.weather.daily[s.weather.n_daily++];
		o->date = t;
		o->tmax_c = 25.0;
		o->tmin_c = 15.0;
	}
	int lo, hi;
	CU_ASSERT_TRUE(scenario_shift_range(&s, &lo, &hi));
	CU_ASSERT_EQUAL(lo, 2016 - 2020 - 1);
	CU_ASSERT_EQUAL(hi, 2021 - 2020 + 1);
	CU_ASSERT_FALSE(scenario_shift_covered(&s, -4));
	CU_ASSERT_FALSE(scenario_shift_covered(&s, -3));
	CU_ASSERT_TRUE(scenario_shift_covered(&s, -2));
	CU_ASSERT_TRUE(scenario_shift_covered(&s, -1));
	CU_ASSERT_TRUE(scenario_shift_covered(&s, 0));
	CU_ASSERT_FALSE(scenario_shift_covered(&s, 1));
	/* a day without Tmax does not count */
	s.weather.daily[s.weather.n_daily - 100].tmax_c = NAN;
	CU_ASSERT_FALSE(scenario_shift_covered(&s, 0));
	scenario_fini(&s);
}

VUDONG_SUITE(scenario_shift)
{
	SUITE_ADD(s, "scenario_shift");
	TEST_ADD(s, test_scenario_shift_dates_by_hand);
	TEST_ADD(s, test_scenario_shift_moves_every_dated_field);
	TEST_ADD(s, test_scenario_shift_covered_seasons);
	return 0;
}
