/* runner.c - runs every CUnit suite and exits non-zero when any suite, test or assertion
 * failed (read before CU_cleanup_registry, never CU_get_error()). The font caches that drawing
 * a chart leaves in pango and fontconfig are given back at the end, as the command line does,
 * so the leak checkers see only the program's own memory. */
#include <stdio.h>
#include <stdlib.h>

#include <CUnit/Basic.h>

#include "report_pdf.h"

#define X(name) int suite_##name(void);
#include "suites.h"
#undef X

int main(void)
{
	if (CU_initialize_registry() != CUE_SUCCESS) {
		fprintf(stderr, "CUnit: %s\n", CU_get_error_msg());
		return 1;
	}
	int bad = 0;
#define X(name) if (suite_##name() != 0) { fprintf(stderr, "cannot register suite %s: %s\n", #name, CU_get_error_msg()); bad = 1; }
#include "suites.h"
#undef X
	if (bad) {
		CU_cleanup_registry();
		return 1;
	}
	CU_basic_set_mode(CU_BRM_NORMAL);
	CU_basic_run_tests();
	unsigned failed = CU_get_number_of_suites_failed() + CU_get_number_of_tests_failed() +
			  CU_get_number_of_failures();
	unsigned ran = CU_get_number_of_tests_run();
	CU_cleanup_registry();
	report_pdf_release_fonts();   /* no test draws after this */
	if (ran == 0) {
		fprintf(stderr, "no tests ran\n");
		return 1;
	}
	return failed ? 1 : 0;
}
