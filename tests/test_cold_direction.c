/* test_cold_direction.c - the direction check of issue 11: on the built-in scenario (its
 * Lạng Sơn winters), the same 200 generated seasons 2 °C colder (a `warming` shock of −2 °C on
 * every day) lower the median district output and raise the chance of missing the growth
 * target; 2 °C warmer does not lower the median nor raise that chance. Before issue 11 a winter
 * 3 °C colder *raised* potato output and lowered the chance of missing the target (42.0 % →
 * 32.8 %): the winters had no cold in them and cold damage did not bite. */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>

#include "builtin.h"
#include "ensemble.h"
#include "scenario.h"

#define SEASONS 200

typedef struct {
	double p50_output_t;
	double p_missed;
} outlook;

static outlook run_with_warming(const scenario *base, double delta_c)
{
	scenario c;
	outlook out = { 0.0, 0.0 };
	CU_ASSERT_TRUE_FATAL(scenario_copy(&c, base));
	if (delta_c != 0.0) {
		shock *v = realloc(c.shocks, (c.n_shocks + 1) * sizeof *v);
		CU_ASSERT_PTR_NOT_NULL_FATAL(v);
		c.shocks = v;
		c.shocks[c.n_shocks++] = (shock){ .kind = SHOCK_WARMING, .enabled = true,
						  .delta_c = delta_c, .crop = -1,
						  .from = DATE_NONE };
	}
	ensemble_options o = { .seasons = SEASONS };
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(ensemble_run(&c, &o, &er, &dl));
	CU_ASSERT_TRUE_FATAL(er.district.has_target);
	out.p50_output_t = er.district.g.output_t.p50;
	out.p_missed = (double)er.district.target_missed / er.seasons;
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	scenario_fini(&c);
	return out;
}

static void test_a_colder_winter_lowers_output_and_raises_the_risk(void)
{
	scenario s;
	load_builtin(&s);
	/* The built-in weather varies from winter to winter (a station's record). */
	CU_ASSERT_EQUAL(s.weather.source, WEATHER_STATION);
	outlook cold = run_with_warming(&s, -2.0);
	outlook base = run_with_warming(&s, 0.0);
	outlook warm = run_with_warming(&s, 2.0);
	CU_ASSERT(cold.p50_output_t < base.p50_output_t);
	CU_ASSERT(cold.p_missed > base.p_missed);
	CU_ASSERT(warm.p50_output_t >= base.p50_output_t);
	CU_ASSERT(warm.p_missed <= base.p_missed);
	if (getenv("VUDONG_TEST_VERBOSE"))
		fprintf(stderr, "\ndirection over %d seasons: median output t %.1f / %.1f / %.1f, "
			"P(target missed) %.3f / %.3f / %.3f (−2 °C / as is / +2 °C)\n", SEASONS,
			cold.p50_output_t, base.p50_output_t, warm.p50_output_t, cold.p_missed,
			base.p_missed, warm.p_missed);
	scenario_fini(&s);
}

VUDONG_SUITE(cold_direction)
{
	SUITE_ADD(s, "cold_direction");
	TEST_ADD(s, test_a_colder_winter_lowers_output_and_raises_the_risk);
	return 0;
}
