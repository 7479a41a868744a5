/* test_table_order.c - find and order on the table screens (table_order.h), driven like the
 * keys without a terminal on the built-in Bình Liêu scenario: `/` finds "dong tam" in
 * "Xã Đồng Tâm" (case and tones ignored), n and N go round the matches, o sorts the plan by
 * commune in Vietnamese order (Đồng Tâm before Hoành Mô before Vô Ngại, where byte order puts
 * Đ after V), O turns it round, and the cursor stays on the same item. And a hand-made list
 * in two groups under headings (as the risk and compare screens have): a sort orders each
 * group's rows among themselves, both ways, the headings stay; the cursor and `/` pass over
 * the headings. */
#include "testing.h"
#include "app_fixture.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "collate.h"
#include "itemview.h"
#include "layout.h"
#include "scenario_load.h"
#include "screen_cols.h"
#include "screens.h"
#include "sensitivity.h"
#include "table_order.h"

static app *open_builtin(void)
{
	app *a = app_fixture_open(LANG_EN);
	app_set_screens(a, screens);
	return a;
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
	app_fixture_type(a, "DONG TAM");
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
	app_fixture_type(a, "zzz");
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

/* The sensitivity screen: a click on the header of the parameters sorts them A to Z, again
 * Z to A; a click on a row selects it; Down moves on in the shown order. */
static void test_sensitivity_header_click_and_rows(void)
{
	app *a = open_builtin();
	rect body = layout_body(24, 80);
	app_set_screen(a, SCREEN_SENSITIVITY);
	screens[SCREEN_SENSITIVITY]->sync(a, true);
	view_state *v = &a->view[SCREEN_SENSITIVITY];
	int header = body.y + 3;
	CU_ASSERT_EQUAL(screens[SCREEN_SENSITIVITY]->click(a, body, header, body.x + 1), CHANGED_VIEW);
	CU_ASSERT_EQUAL(v->sort, 1);
	const table_spec *t = screens[SCREEN_SENSITIVITY]->table;
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	int n, *rows = table_shown(a, t, &n);
	CU_ASSERT_EQUAL_FATAL(n, SENS_PARAMS);
	for (int i = 1; i < n; i++) {
		char x[128], y[128];
		t->name(a, rows[i - 1], x, sizeof x);
		t->name(a, rows[i], y, sizeof y);
		CU_ASSERT_TRUE(collate_vi(x, y) <= 0);
	}
	/* The third row shown, clicked; Down: the fourth. */
	CU_ASSERT_EQUAL(screens[SCREEN_SENSITIVITY]->click(a, body, header + 3, body.x + 1), CHANGED_VIEW);
	CU_ASSERT_EQUAL(v->row, rows[2]);
	app_handle(a, ACT_DOWN);
	CU_ASSERT_EQUAL(v->row, rows[3]);
	free(rows);
	screens[SCREEN_SENSITIVITY]->click(a, body, header, body.x + 1);
	CU_ASSERT_EQUAL(v->sort, -1);
	app_destroy(a);
}

/* ---- a list in groups, by hand ---- */

/* Two headings, each over a group: the rows in the list's own order, a name and a figure
 * (NaN: none). */
static const struct {
	const char *name;
	double v;
	bool heading;
} grouped[] = {
	{ "By crop", 0, true },          /* 0 */
	{ "Vô Ngại", 3, false },          /* 1 */
	{ "Đồng Tâm", 1, false },         /* 2 */
	{ "Hoành Mô", 2, false },         /* 3 */
	{ "By commune", 0, true },       /* 4 */
	{ "Lục Hồn", 5, false },          /* 5 */
	{ "Bình Liêu", NAN, false },      /* 6 */
	{ "Đồng Văn", 4, false },         /* 7 */
};
#define N_GROUPED ((int)(sizeof grouped / sizeof grouped[0]))

static int grouped_count(const app *a)
{
	(void)a;
	return N_GROUPED;
}

static bool grouped_key(const app *a, int row, int col, table_key *k)
{
	(void)a;
	k->is_text = col == 0;
	snprintf(k->text, sizeof k->text, "%s", grouped[row].heading ? "" : grouped[row].name);
	k->num = grouped[row].heading ? 0 : grouped[row].v;
	return true;
}

static void grouped_name(const app *a, int row, char *buf, size_t size)
{
	(void)a;
	snprintf(buf, size, "%s", grouped[row].name);
}

static const char *grouped_label(int col)
{
	return col == 0 ? "Name" : "Value";
}

/* A heading is a group of its own; the rows under it are one group (its first row's). */
static int grouped_group(const app *a, int row)
{
	(void)a;
	if (grouped[row].heading)
		return row;
	while (row > 0 && !grouped[row - 1].heading)
		row--;
	return row;
}

static bool grouped_selectable(const app *a, int row)
{
	(void)a;
	return !grouped[row].heading;
}

static const table_spec grouped_table = {
	.screen = SCREEN_RISK, .n_cols = 2, .count = grouped_count, .key = grouped_key,
	.name = grouped_name, .label = grouped_label, .numbers_descending = true,
	.group = grouped_group, .selectable = grouped_selectable,
};

static void check_order(int sort, const int *want)
{
	int rows[N_GROUPED];
	CU_ASSERT_EQUAL_FATAL(table_rows(NULL, &grouped_table, sort, rows, N_GROUPED), N_GROUPED);
	for (int i = 0; i < N_GROUPED; i++) {
		CU_ASSERT_EQUAL(rows[i], want[i]);
		if (rows[i] != want[i])
			fprintf(stderr, "sort %d, place %d: row %d (%s), wanted %d (%s)\n", sort, i,
				rows[i], grouped[rows[i]].name, want[i], grouped[want[i]].name);
	}
}

/* By name, A to Z in the Vietnamese alphabet within each group: Đồng Tâm (Đ after D, before
 * H), Hoành Mô, Vô Ngại; Bình Liêu, Đồng Văn, Lục Hồn. Z to A the other way round. The
 * headings keep their places (0 and 4); unsorted is the list's own order. */
static void test_sort_within_groups_by_name_both_ways(void)
{
	static const int unsorted[N_GROUPED] = { 0, 1, 2, 3, 4, 5, 6, 7 };
	static const int az[N_GROUPED] = { 0, 2, 3, 1, 4, 6, 7, 5 };
	static const int za[N_GROUPED] = { 0, 1, 3, 2, 4, 5, 7, 6 };
	check_order(0, unsorted);
	check_order(+1, az);
	check_order(-1, za);
}

/* By the figure: 1 < 2 < 3 in the first group; 4 < 5 in the second, where Bình Liêu has none
 * and goes last both ways. */
static void test_sort_within_groups_by_number_both_ways(void)
{
	static const int up[N_GROUPED] = { 0, 2, 3, 1, 4, 7, 5, 6 };
	static const int down[N_GROUPED] = { 0, 1, 3, 2, 4, 5, 7, 6 };
	check_order(+2, up);
	check_order(-2, down);
}

/* The cursor passes over the headings, and `/` does not find them; a click on one does not
 * select it. Sorted by name, A to Z: 0 [2 3 1] 4 [6 7 5]. */
static void test_cursor_and_find_pass_over_headings(void)
{
	app *a = open_builtin();
	view_state *v = &a->view[SCREEN_RISK];
	v->sort = 1;
	v->row = 1;                                   /* Vô Ngại, last of the first group */
	table_move(a, &grouped_table, ACT_DOWN, 3);
	CU_ASSERT_EQUAL(v->row, 6);                   /* past "By commune" to Bình Liêu */
	table_move(a, &grouped_table, ACT_UP, 3);
	CU_ASSERT_EQUAL(v->row, 1);                   /* and back over it */
	table_move(a, &grouped_table, ACT_HOME, 3);
	CU_ASSERT_EQUAL(v->row, 2);                   /* the first row shown is a heading */
	table_move(a, &grouped_table, ACT_UP, 3);
	CU_ASSERT_EQUAL(v->row, 2);                   /* nothing to rest on above */
	table_move(a, &grouped_table, ACT_END, 3);
	CU_ASSERT_EQUAL(v->row, 5);
	CU_ASSERT_EQUAL(table_find(a, &grouped_table, "by", 1), -1);
	CU_ASSERT_EQUAL(table_find(a, &grouped_table, "dong", 1), 2);   /* round the end */
	v->row = 2;
	CU_ASSERT_EQUAL(table_find(a, &grouped_table, "DONG", 1), 7);
	CU_ASSERT_EQUAL(table_find(a, &grouped_table, "dong", -1), 7);  /* back, round */
	CU_ASSERT_EQUAL(table_pick(a, &grouped_table, 4), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(v->row, 2);
	CU_ASSERT_EQUAL(table_pick(a, &grouped_table, 7), CHANGED_VIEW);
	CU_ASSERT_EQUAL(v->row, 5);
	app_destroy(a);
}

VUDONG_SUITE(table_order)
{
	SUITE_ADD(s, "table_order");
	TEST_ADD(s, test_find_ignores_case_and_tones);
	TEST_ADD(s, test_sort_by_commune_in_vietnamese_order_both_ways);
	TEST_ADD(s, test_header_click_sorts_both_ways);
	TEST_ADD(s, test_sensitivity_header_click_and_rows);
	TEST_ADD(s, test_sort_within_groups_by_name_both_ways);
	TEST_ADD(s, test_sort_within_groups_by_number_both_ways);
	TEST_ADD(s, test_cursor_and_find_pass_over_headings);
	return 0;
}
