/* test_scenarios.c - the season run's invariants on the built-in scenario and on every
 * shipped scenario file (scenarios/NAME.yaml, loaded by the YAML loader, weather from
 * weather_build), and the direction of the shipped what-ifs against the baseline.
 * Run from the source tree's top directory. */
#include "testing.h"

#include <glob.h>
#include <stdio.h>
#include <string.h>

#include "invariants.h"
#include "scenario_load.h"
#include "season.h"
#include "weather.h"

/* A scenario with its weather and its result. */
typedef struct {
	scenario s;
	weather_series w;
	season_result r;
	size_t field_days;
} loaded;

/* Loads `path` (NULL: the built-in scenario), builds the weather and runs the season
 * through the invariant checker. False (with a CUnit failure) when it cannot. */
static bool load_and_check(const char *path, loaded *x)
{
	diag_list dl;
	diag_list_init(&dl);
	bool ok = path ? scenario_load_file(path, &x->s, &dl) : scenario_load_builtin(&x->s, &dl);
	if (!ok) {
		char buf[512];
		for (size_t i = 0; i < dl.count; i++)
			fprintf(stderr, "%s\n", diag_format(&dl.items[i], buf, sizeof buf));
		diag_list_fini(&dl);
		CU_FAIL("scenario does not load");
		return false;
	}
	weather_series_init(&x->w);
	if (!weather_build(&x->s, 0, &x->w, &dl)) {
		diag_list_fini(&dl);
		scenario_fini(&x->s);
		CU_FAIL("weather does not build");
		return false;
	}
	diag_list_fini(&dl);
	season_result_init(&x->r);
	x->field_days = season_check_invariants(&x->s, &x->w, &x->r);
	CU_ASSERT(x->field_days > 0);
	return true;
}

static void loaded_free(loaded *x)
{
	season_result_fini(&x->r);
	weather_series_fini(&x->w);
	scenario_fini(&x->s);
}

static void test_scenarios_builtin_keeps_the_invariants(void)
{
	loaded x;
	if (!load_and_check(NULL, &x))
		return;
	/* every item of the built-in plan is sown inside its weather and matures */
	for (size_t k = 0; k < x.r.n_items; k++)
		CU_ASSERT_FALSE(x.r.items[k].status & ITEM_IMMATURE);
	CU_ASSERT(x.r.district.g.output_t > 0.0);
	CU_ASSERT_TRUE(x.r.district.has_economy);
	loaded_free(&x);
}

static void test_scenarios_every_shipped_file_keeps_the_invariants(void)
{
	glob_t g;
	int rc = glob("scenarios/*.yaml", 0, NULL, &g);
	CU_ASSERT_EQUAL_FATAL(rc, 0);
	CU_ASSERT(g.gl_pathc >= 1);
	for (size_t i = 0; i < g.gl_pathc; i++) {
		loaded x;
		if (!load_and_check(g.gl_pathv[i], &x))
			continue;
		loaded_free(&x);
	}
	globfree(&g);
}

/* The shipped what-ifs move the figures the way their names say. */
static void test_scenarios_what_ifs_move_the_right_way(void)
{
	loaded base, cold, price, potato;
	if (!load_and_check("scenarios/binh-lieu-2020.yaml", &base))
		return;
	if (load_and_check("scenarios/cold-spell-jan-2021.yaml", &cold)) {
		/* a frost spell cannot raise any item's cold factor, and lowers the district's output */
		for (size_t k = 0; k < base.r.n_items && k < cold.r.n_items; k++)
			CU_ASSERT(cold.r.items[k].f_cold <= base.r.items[k].f_cold);
		CU_ASSERT(cold.r.district.g.output_t < base.r.district.g.output_t);
		loaded_free(&cold);
	}
	if (load_and_check("scenarios/cabbage-price-crash.yaml", &price)) {
		/* the same harvest, worth less at current prices, the same at constant prices */
		CU_ASSERT_DOUBLE_EQUAL(price.r.district.g.output_t, base.r.district.g.output_t, 1e-9);
		CU_ASSERT(price.r.district.g.value_mvnd < base.r.district.g.value_mvnd);
		CU_ASSERT_DOUBLE_EQUAL(price.r.district.g.value_const_mvnd,
				       base.r.district.g.value_const_mvnd, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(price.r.district.contribution_pp,
				       base.r.district.contribution_pp, 1e-12);
		loaded_free(&price);
	}
	if (load_and_check("scenarios/more-potato-on-paddy.yaml", &potato)) {
		CU_ASSERT(potato.r.district.g.area_ha > base.r.district.g.area_ha);
		CU_ASSERT(potato.r.district.land_use_coefficient > base.r.district.land_use_coefficient);
		loaded_free(&potato);
	}
	loaded_free(&base);
}

VUDONG_SUITE(scenarios)
{
	SUITE_ADD(s, "scenarios");
	TEST_ADD(s, test_scenarios_builtin_keeps_the_invariants);
	TEST_ADD(s, test_scenarios_every_shipped_file_keeps_the_invariants);
	TEST_ADD(s, test_scenarios_what_ifs_move_the_right_way);
	return 0;
}
