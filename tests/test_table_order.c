/* test_table_order.c - find and order on the table screens (table_order.h), driven like the
 * keys without a terminal on the built-in Bình Liêu scenario: `/` finds "dong tam" in
 * "Xã Đồng Tâm" (case and tones ignored), n and N go round the matches, o sorts the plan by
 * commune in Vietnamese order (Đồng Tâm before Hoành Mô before Vô Ngại, where byte order puts
 * Đ after V), O turns it round, and the cursor stays on the same item. */
#include "testing.h"
#include "app_fixture.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "collate.h"
#include "itemview.h"
#include "layout.h"
#include "scenario_load.h"
#include "screen_cols.h"
#include "screens.h"
#include "table_order.h"

static app *open_builtin(void)
{
	app *a = app_fixture_open(LANG_EN);
	app_set_screens(a, screens);
	return a;
}

/* Types text into the open prompt and confirms it. */
static unsigned type(app *a, const char *text)
{
	for (const char *p = text; *p; p++)
		app_prompt_input(a, PKEY_CHAR, (unsigned char)*p);
	return app_prompt_input(a, PKEY_ENTER, 0);
}

static const char *row_commune(const app *a, int row)
{
	item_ref r;
	CU_ASSERT_TRUE_FATAL(itemview_ref(&a->cur.scn, row, &r));
	return a->cur.scn.communes[r.commune].name;
}

static void test_find_ignores_case_and_tones(void)
{
	app *a = open_builtin();
	app_set_screen(a, SCREEN_PLAN);
	app_handle(a, ACT_FIND);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_FIND);
	type(a, "DONG TAM");
	CU_ASSERT_STRING_EQUAL(row_commune(a, a->view[SCREEN_PLAN].row), "Xã Đồng Tâm");
	/* n goes through every row of Đồng Tâm, then round to the first; N goes back. */
	int first = a->view[SCREEN_PLAN].row, seen = 1;
	for (;;) {
		app_handle(a, ACT_FIND_NEXT);
		CU_ASSERT_STRING_EQUAL(row_commune(a, a->view[SCREEN_PLAN].row), "Xã Đồng Tâm");
		if (a->view[SCREEN_PLAN].row == first || seen > 50)
			break;
		seen++;
	}
	int in_commune = 0;
	for (int i = 0; i < itemview_count(&a->cur.scn); i++)
		in_commune += strcmp(row_commune(a, i), "Xã Đồng Tâm") == 0;
	CU_ASSERT_EQUAL(seen, in_commune);
	app_handle(a, ACT_FIND_PREV);
	CU_ASSERT_EQUAL(a->view[SCREEN_PLAN].row, first + in_commune - 1);   /* its rows are together */
	/* Nothing found: the cursor stays, the status says so. */
	app_handle(a, ACT_FIND);
	a->prompt.len = a->prompt.cursor = 0;
	a->prompt.text[0] = 0;
	int before = a->view[SCREEN_PLAN].row;
	type(a, "zzz");
	CU_ASSERT_EQUAL(a->view[SCREEN_PLAN].row, before);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "Not found"));
	app_destroy(a);
}

/* The position of the first row of commune `name` in the plan as drawn after sorting. */
static int first_pos(const app *a, const int *rows, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (strcmp(row_commune(a, rows[i]), name) == 0)
			return i;
	return -1;
}

static void test_sort_by_commune_in_vietnamese_order_both_ways(void)
{
	app *a = open_builtin();
	app_set_screen(a, SCREEN_PLAN);
	a->view[SCREEN_PLAN].row = 0;
	int item = 0;
	app_handle(a, ACT_SORT);   /* the first column that sorts: the commune */
	CU_ASSERT_EQUAL(a->view[SCREEN_PLAN].sort, PC_COMMUNE + 1);
	CU_ASSERT_EQUAL(a->view[SCREEN_PLAN].row, item);   /* the cursor keeps its item */
	int n = itemview_count(&a->cur.scn), m;
	/* Ascending: Đồng Tâm < Hoành Mô < Vô Ngại (D, Đ, ... H ... V). */
	const table_spec *t = screens[SCREEN_PLAN]->table;
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	int *rows = table_shown(a, t, &m);
	CU_ASSERT_EQUAL_FATAL(m, n);
	int dt = first_pos(a, rows, n, "Xã Đồng Tâm"), hm = first_pos(a, rows, n, "Xã Hoành Mô"),
	    vn = first_pos(a, rows, n, "Xã Vô Ngại");
	CU_ASSERT_TRUE(dt >= 0 && dt < hm && hm < vn);
	for (int i = 1; i < n; i++) {
		char x[128], y[128];
		itemview_short_name(row_commune(a, rows[i - 1]), x, sizeof x);
		itemview_short_name(row_commune(a, rows[i]), y, sizeof y);
		CU_ASSERT_TRUE(collate_vi(x, y) <= 0);
	}
	free(rows);
	/* O: the other way round. */
	app_handle(a, ACT_SORT_BACK);
	CU_ASSERT_EQUAL(a->view[SCREEN_PLAN].sort, -(PC_COMMUNE + 1));
	rows = table_shown(a, t, &m);
	dt = first_pos(a, rows, n, "Xã Đồng Tâm");
	hm = first_pos(a, rows, n, "Xã Hoành Mô");
	vn = first_pos(a, rows, n, "Xã Vô Ngại");
	CU_ASSERT_TRUE(vn >= 0 && vn < hm && hm < dt);
	free(rows);
	/* Home goes to the first row shown: Vô Ngại's. */
	app_handle(a, ACT_HOME);
	CU_ASSERT_STRING_EQUAL(row_commune(a, a->view[SCREEN_PLAN].row), "Xã Vô Ngại");
	app_destroy(a);
}

/* A click on a header sorts by that column; a second click turns it round. */
static void test_header_click_sorts_both_ways(void)
{
	app *a = open_builtin();
	rect body = layout_body(24, 80);
	static const screen_id tables[] = { SCREEN_PLAN, SCREEN_RESULTS, SCREEN_CROPS };
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		screen_id s = tables[i];
		app_set_screen(a, s);
		a->view[s].sort = 0;
		CU_ASSERT_EQUAL(screens[s]->click(a, body, body.y, body.x + 1), CHANGED_VIEW);
		CU_ASSERT_EQUAL(a->view[s].sort, 1);    /* the first column, A to Z */
		screens[s]->click(a, body, body.y, body.x + 1);
		CU_ASSERT_EQUAL(a->view[s].sort, -1);   /* Z to A */
	}
	app_destroy(a);
}

VUDONG_SUITE(table_order)
{
	SUITE_ADD(s, "table_order");
	TEST_ADD(s, test_find_ignores_case_and_tones);
	TEST_ADD(s, test_sort_by_commune_in_vietnamese_order_both_ways);
	TEST_ADD(s, test_header_click_sorts_both_ways);
	return 0;
}
