/* test_check.c - the semantic checks on an edited scenario in memory (no loader marks): what
 * the interface runs after an edit; messages point at the item that holds the value. */
#include "testing.h"

#include <stdio.h>
#include <string.h>

#include "scenario_check.h"
#include "scenario_load.h"
#include "schema.h"

static void test_check_accepts_the_builtin_scenario(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(&s, &dl));
	CU_ASSERT_TRUE(scenario_check(&s, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

static void test_check_reports_edits_that_break_the_rules_at_their_item(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(&s, &dl));
	soil *so = &s.soils[0];
	so->theta_wp = so->theta_fc;                       /* θWP = θFC */
	plan_item *p = &s.communes[0].plan[0];
	p->sow = s.season_end + 1;                         /* after the season */
	s.communes[0].plan[1].crop = -1;                   /* a crop removed */
	CU_ASSERT_FALSE(scenario_check(&s, &dl));
	CU_ASSERT_EQUAL(dl.errors, 3);
	diag_list_sort(&dl);
	/* The expected text from the scenario's own values (the built-in may be retuned). */
	char want[3][320], buf[512], fc[32], d0[11], d1[11], d2[11];
	schema_format_number(so->theta_fc, fc);
	snprintf(want[0], sizeof want[0], "<built-in>:%d:%d: error: 'theta_wp' %s must be below 'theta_fc' %s",
		 so->mark.line, so->mark.col, fc, fc);
	snprintf(want[1], sizeof want[1],
		 "<built-in>:%d:%d: error: sowing date %s is outside the season (%s to %s)",
		 p->mark.line, p->mark.col, date_format(p->sow, d0), date_format(s.season_start, d1),
		 date_format(s.season_end, d2));
	snprintf(want[2], sizeof want[2], "<built-in>:%d:%d: error: a plan item of commune '%s' has no crop",
		 s.communes[0].plan[1].mark.line, s.communes[0].plan[1].mark.col, s.communes[0].id);
	for (int i = 0; i < 3 && (size_t)i < dl.count; i++)
		CU_ASSERT_STRING_EQUAL(diag_format(&dl.items[i], buf, sizeof buf), want[i]);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

VUDONG_SUITE(check)
{
	SUITE_ADD(s, "check");
	TEST_ADD(s, test_check_accepts_the_builtin_scenario);
	TEST_ADD(s, test_check_reports_edits_that_break_the_rules_at_their_item);
	return 0;
}
