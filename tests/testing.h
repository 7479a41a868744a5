/* testing.h - what every CUnit test file shares: the suite declaration macro the runner
 * collects (VUDONG_SUITE), a tolerance assertion, and paths to the shipped files. */
#ifndef VUDONG_TESTING_H
#define VUDONG_TESTING_H

#include <CUnit/CUnit.h>

/* Each tests/test_*.c declares its suite(s) with a line starting `VUDONG_SUITE(name)`; the
 * Makefile lists them for the runner. The function registers the suite and its tests and
 * returns 0, or non-zero when CUnit could not add them. */
#define VUDONG_SUITE(name) int suite_##name(void); int suite_##name(void)

/* Adds a suite; on failure returns from the registering function. */
#define SUITE_ADD(var, name) \
	CU_pSuite var = CU_add_suite(name, NULL, NULL); \
	if (!var) return 1
#define TEST_ADD(suite, fn) \
	do { if (!CU_add_test(suite, #fn, fn)) return 1; } while (0)

#endif
