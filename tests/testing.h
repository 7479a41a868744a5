/* testing.h - what every CUnit test file shares: the suite declaration macro the runner
 * collects (VUDONG_SUITE), the test registration macros, and the slowdown that time limits
 * scale by under valgrind. */
#ifndef VUDONG_TESTING_H
#define VUDONG_TESTING_H

#include <CUnit/CUnit.h>
#include <stdlib.h>

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

/* How many times slower than native the tests run: `make valgrind` sets VUDONG_TEST_SLOWDOWN
 * (memcheck runs the program some 20 to 50 times slower, one thread at a time), so a limit that
 * checks "promptly" (a cancelled run ends within a batch) keeps its meaning there instead of
 * failing on a loaded machine. 1 when unset. */
static inline double test_slowdown(void)
{
	const char *s = getenv("VUDONG_TEST_SLOWDOWN");
	double v = s ? atof(s) : 1.0;
	return v >= 1.0 ? v : 1.0;
}

#endif
