/* test_export_screen.c - `x` writes what the screen shows: the season report from the
 * overview, the quantiles and chances from the risk screen (the same text as `vudong
 * ensemble`), the tornado from the sensitivity screen, A, B and B − A from the compare screen;
 * a study without a result is refused with a reason. */
#include "testing.h"
#include "app_fixture.h"
#include "tmpdir.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "screens.h"
#include "workshop.h"
#include "export_screen.h"
#include "report_pdf.h"
#include "report_study.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "sensitivity.h"
#include "studies.h"

static app *open_builtin(void)
{
	app *a = app_fixture_open(LANG_EN);
	app_fixture_wire_workshop(a);
	return a;
}

static void test_export_follows_the_screen(void)
{
	app *a = open_builtin();
	char why[200];
	strbuf sb;
	strbuf_init(&sb);
	CU_ASSERT_EQUAL(export_kind_for(a), EXPORT_SEASON);
	CU_ASSERT_STRING_EQUAL(export_suffix(EXPORT_SEASON), "-report.txt");
	CU_ASSERT_TRUE(export_write(a, EXPORT_SEASON, false, &sb, why, sizeof why));
	CU_ASSERT_PTR_NOT_NULL(strstr(strbuf_str(&sb), "District"));

	/* Risk: refused before a run, then exactly the ensemble writer's text. */
	app_set_screen(a, SCREEN_RISK);
	CU_ASSERT_EQUAL(export_kind_for(a), EXPORT_RISK);
	CU_ASSERT_STRING_EQUAL(export_suffix(EXPORT_RISK), "-risk.txt");
	strbuf_fini(&sb);
	strbuf_init(&sb);
	CU_ASSERT_FALSE(export_write(a, EXPORT_RISK, false, &sb, why, sizeof why));
	CU_ASSERT_STRING_EQUAL(why, "Nothing to export: run the seasons first (r)");
	risk_study *r = &a->studies->risk;
	ensemble_options eo = { .seasons = 20, .threads = 1 };
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(ensemble_run(&a->cur.scn, &eo, &r->result, &dl));
	r->have_result = true;
	r->result_version = a->version;
	CU_ASSERT_TRUE(export_write(a, EXPORT_RISK, false, &sb, why, sizeof why));
	strbuf want;
	strbuf_init(&want);
	study_options so = { .format = REPORT_TEXT, .lang = LANG_EN };
	CU_ASSERT_TRUE(report_write_ensemble(&want, &a->cur.scn, &r->result, &so));
	CU_ASSERT_STRING_EQUAL(strbuf_str(&sb), strbuf_str(&want));
	CU_ASSERT_PTR_NOT_NULL(strstr(strbuf_str(&sb), "P10"));
	strbuf_fini(&want);

	/* Sensitivity: the tornado. */
	app_set_screen(a, SCREEN_SENSITIVITY);
	strbuf_fini(&sb);
	strbuf_init(&sb);
	CU_ASSERT_FALSE(export_write(a, export_kind_for(a), false, &sb, why, sizeof why));
	sens_study *ss = &a->studies->sens;
	CU_ASSERT_TRUE_FATAL(sensitivity_run(&a->cur.scn, 10.0, &ss->result, &dl));
	ss->have_result = true;
	CU_ASSERT_TRUE(export_write(a, export_kind_for(a), true, &sb, why, sizeof why));
	CU_ASSERT_PTR_NOT_NULL(strstr(strbuf_str(&sb), "rank,parameter,low,high"));

	/* Compare: A, B and B − A against the more-potato scenario. */
	app_set_screen(a, SCREEN_COMPARE);
	strbuf_fini(&sb);
	strbuf_init(&sb);
	CU_ASSERT_FALSE(export_write(a, export_kind_for(a), false, &sb, why, sizeof why));
	char err[200] = "";
	compare_load(a, "scenarios/more-potato-on-paddy.yaml", err, sizeof err);
	CU_ASSERT_STRING_EQUAL(err, "");
	a->studies->cmp.built = false;
	app_sync_screens(a);
	CU_ASSERT_TRUE_FATAL(a->studies->cmp.built);
	CU_ASSERT_TRUE(export_write(a, export_kind_for(a), false, &sb, why, sizeof why));
	CU_ASSERT_PTR_NOT_NULL(strstr(strbuf_str(&sb), "B − A"));
	diag_list_fini(&dl);
	strbuf_fini(&sb);
	app_destroy(a);
}

/* The sheet names of the workbook at path, one a line, read back with openpyxl (as
 * tests/cli/xlsx.sh does); "" when python3 or openpyxl is missing. */
static void sheet_names(const char *path, char *out, size_t size)
{
	char cmd[900];
	const char *py = "import sys, openpyxl; "
			 "print(\"\\n\".join(openpyxl.load_workbook(sys.argv[1]).sheetnames))";
	snprintf(cmd, sizeof cmd, "{ /usr/bin/python3 -c '%s' '%s' || python3 -c '%s' '%s'; } 2>/dev/null",
		 py, path, py, path);
	out[0] = 0;
	FILE *f = popen(cmd, "r");
	if (!f)
		return;
	size_t n = fread(out, 1, size - 1, f);
	out[n] = 0;
	pclose(f);
}

/* `x` to a .xlsx name writes the workbook of what the screen shows: the risk screen's
 * ensemble, the sensitivity (one sheet), the season's tables elsewhere. */
static void test_export_xlsx_follows_the_screen(void)
{
	app *a = open_builtin();
	char dir[64], path[128], names[400];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "xlsx"));
	diag_list dl;
	diag_list_init(&dl);
	snprintf(path, sizeof path, "%s/season.xlsx", dir);
	CU_ASSERT_TRUE(export_write_xlsx(a, path, false, &dl));
	FILE *f = fopen(path, "rb");
	char magic[4] = { 0 };
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_EQUAL(fread(magic, 1, 4, f), 4);
	fclose(f);
	CU_ASSERT_EQUAL(memcmp(magic, "PK\x03\x04", 4), 0);   /* a zip: the workbook */
	sheet_names(path, names, sizeof names);
	if (names[0]) {
		CU_ASSERT_PTR_NOT_NULL(strstr(names, "Items"));
		CU_ASSERT_PTR_NOT_NULL(strstr(names, "Outlook"));
	}
	app_set_screen(a, SCREEN_SENSITIVITY);
	snprintf(path, sizeof path, "%s/sens.xlsx", dir);
	CU_ASSERT_FALSE(export_write_xlsx(a, path, false, &dl));   /* nothing computed yet */
	CU_ASSERT_TRUE_FATAL(sensitivity_run(&a->cur.scn, 10.0, &a->studies->sens.result, &dl));
	a->studies->sens.have_result = true;
	CU_ASSERT_TRUE(export_write_xlsx(a, path, false, &dl));
	sheet_names(path, names, sizeof names);
	if (names[0]) {
		CU_ASSERT_PTR_NOT_NULL(strstr(names, "Sensitivity"));
		CU_ASSERT_PTR_NULL(strstr(names, "Items"));
	}
	diag_list_fini(&dl);
	tmpdir_remove(dir);
	app_destroy(a);
}

/* X on the sensitivity screen: the tornado as a picture (a PNG; refused without a result). */
static void test_tornado_chart_is_a_picture(void)
{
	app *a = open_builtin();
	diag_list dl;
	diag_list_init(&dl);
	strbuf sb;
	strbuf_init(&sb);
	CU_ASSERT_FALSE(report_write_chart(&sb, CHART_TORNADO, PICTURE_PNG, &a->cur.scn,
					   &a->cur.result, NULL, NULL, LANG_EN, &dl));
	CU_ASSERT_EQUAL(dl.errors, 1);   /* "nothing to draw", said */
	sensitivity_result sr;
	CU_ASSERT_TRUE_FATAL(sensitivity_run(&a->cur.scn, 10.0, &sr, &dl));
	strbuf_fini(&sb);
	strbuf_init(&sb);
	CU_ASSERT_TRUE(report_write_chart(&sb, CHART_TORNADO, PICTURE_PNG, &a->cur.scn,
					  &a->cur.result, NULL, &sr, LANG_VI, &dl));
	CU_ASSERT_EQUAL(dl.errors, 1);
	CU_ASSERT_TRUE(sb.len > 1000);
	CU_ASSERT_EQUAL(memcmp(strbuf_str(&sb), "\x89PNG", 4), 0);
	const char *keep = getenv("VUDONG_KEEP_TORNADO");   /* to look at it */
	if (keep) {
		FILE *f = fopen(keep, "wb");
		if (f) {
			fwrite(strbuf_str(&sb), 1, sb.len, f);
			fclose(f);
		}
	}
	strbuf_fini(&sb);
	diag_list_fini(&dl);
	app_destroy(a);
}

VUDONG_SUITE(export_screen)
{
	SUITE_ADD(s, "export_screen");
	TEST_ADD(s, test_export_follows_the_screen);
	TEST_ADD(s, test_export_xlsx_follows_the_screen);
	TEST_ADD(s, test_tornado_chart_is_a_picture);
	return 0;
}
