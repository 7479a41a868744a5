/* test_path.c - file-name helpers (sim/files/path.h) and picking the diagnostic a status line shows
 * (sim/base/diag.h): cases worked by hand. */
#include "testing.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "path.h"
#include "tmpdir.h"

static void test_path_suffix_ignores_case_of_ascii_letters(void)
{
	CU_ASSERT_TRUE(path_has_suffix("report.csv", ".csv"));
	CU_ASSERT_TRUE(path_has_suffix("REPORT.CSV", ".csv"));
	CU_ASSERT_TRUE(path_has_suffix(".csv", ".csv"));
	CU_ASSERT_FALSE(path_has_suffix("csv", ".csv"));          /* shorter than the suffix */
	CU_ASSERT_FALSE(path_has_suffix("report.csv.txt", ".csv"));
	CU_ASSERT_FALSE(path_has_suffix("report.cs", ".csv"));
}

static void test_path_stem_drops_one_yaml_extension(void)
{
	CU_ASSERT_EQUAL(path_stem_length("plan.yaml"), 4);        /* "plan" */
	CU_ASSERT_EQUAL(path_stem_length("dir/Plan.YML"), 8);     /* "dir/Plan" */
	CU_ASSERT_EQUAL(path_stem_length("plan.yaml.yaml"), 9);   /* only the last one */
	CU_ASSERT_EQUAL(path_stem_length("plan.csv"), 8);         /* not a scenario: all of it */
	CU_ASSERT_EQUAL(path_stem_length(".yaml"), 0);
	CU_ASSERT_EQUAL(path_stem_length(""), 0);
}

/* A name is looked up in the data folder only when it is relative and not found from here
 * (the tests run in the source tree, which holds scenarios/binh-lieu-2020.yaml). */
static void test_path_find_data_prefers_the_working_directory(void)
{
	char dir[64], file[128];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "finddata"));
	snprintf(file, sizeof file, "%s/only-in-data.yaml", dir);
	FILE *f = fopen(file, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fclose(f);

	char *p = path_find_data("only-in-data.yaml", dir);   /* not here: the data folder's */
	CU_ASSERT_STRING_EQUAL(p, file);
	free(p);
	p = path_find_data("scenarios/binh-lieu-2020.yaml", dir);   /* here: as typed */
	CU_ASSERT_STRING_EQUAL(p, "scenarios/binh-lieu-2020.yaml");
	free(p);
	p = path_find_data("nowhere.yaml", dir);             /* in neither: as typed */
	CU_ASSERT_STRING_EQUAL(p, "nowhere.yaml");
	free(p);
	p = path_find_data(file, "/elsewhere");              /* absolute: as typed */
	CU_ASSERT_STRING_EQUAL(p, file);
	free(p);
	p = path_find_data("only-in-data.yaml", NULL);       /* no data folder */
	CU_ASSERT_STRING_EQUAL(p, "only-in-data.yaml");
	free(p);
	p = path_find_data("", dir);                         /* the folder itself is not a file */
	CU_ASSERT_STRING_EQUAL(p, "");
	free(p);
	CU_ASSERT_TRUE(tmpdir_remove(dir));
}

static void test_diag_first_problem_prefers_the_first_error(void)
{
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_PTR_NULL(diag_list_first_problem(&dl));
	diag_add(&dl, DIAG_WARNING, "a.yaml", 1, 1, "first warning");
	const diag *d = diag_list_first_problem(&dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	CU_ASSERT_STRING_EQUAL(d->message, "first warning");       /* no error: the first of all */
	diag_add(&dl, DIAG_ERROR, "a.yaml", 5, 2, "first error");
	diag_add(&dl, DIAG_ERROR, "a.yaml", 9, 3, "second error");
	d = diag_list_first_problem(&dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	CU_ASSERT_STRING_EQUAL(d->message, "first error");
	CU_ASSERT_EQUAL(d->line, 5);
	diag_list_fini(&dl);
}

VUDONG_SUITE(path)
{
	SUITE_ADD(s, "path");
	TEST_ADD(s, test_path_suffix_ignores_case_of_ascii_letters);
	TEST_ADD(s, test_path_stem_drops_one_yaml_extension);
	TEST_ADD(s, test_path_find_data_prefers_the_working_directory);
	TEST_ADD(s, test_diag_first_problem_prefers_the_first_error);
	return 0;
}
