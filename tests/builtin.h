/* builtin.h - the tests' one way to load the built-in Bình Liêu scenario: through the real
 * loader, failing the test at once when it does not load. */
#ifndef VUDONG_TESTS_BUILTIN_H
#define VUDONG_TESTS_BUILTIN_H

#include <CUnit/CUnit.h>

#include "diag.h"
#include "scenario_load.h"

static inline void load_builtin(scenario *s)
{
	diag_list dl;
	diag_list_init(&dl);
	bool ok = scenario_load_builtin(s, &dl);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
}

#endif
