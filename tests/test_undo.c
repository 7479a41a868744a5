/* test_undo.c - the undo history: snapshots are deep copies, undo and redo move whole
 * scenarios back and forth with their version numbers, a new edit forgets the redo steps,
 * and the oldest steps go past the limit. */
#include "testing.h"

#include "fixtures.h"
#include "undo.h"

/* One commune, one land unit, one plan item of `area` ha. */
static void make_scenario(scenario *s, double area)
{
	scenario_init(s);
	int so = fx_add_soil(s, "loam", 0);
	int cr = fx_add_crop(s, "potato", 20);
	int cm = fx_add_commune(s, "town", 0);
	int ld = fx_add_land(s, cm, "paddy", LAND_PADDY, so, 100, 0.5, 2);
	fx_add_item(s, cm, cr, ld, area, date_from_ymd(2020, 10, 25), IRRIGATION_AUTO);
}

static double area_of(const scenario *s)
{
	return s->communes[0].plan[0].area_ha;
}

static void test_undo_restores_the_state_before_each_edit_in_turn(void)
{
	undo_stack *u = undo_create(10);
	CU_ASSERT_PTR_NOT_NULL_FATAL(u);
	scenario cur;
	make_scenario(&cur, 10);
	unsigned long version = 1;
	/* Two edits: 10 -> 20 (version 2) -> 30 (version 3). */
	CU_ASSERT_TRUE(undo_push(u, &cur, version));
	cur.communes[0].plan[0].area_ha = 20;
	version = 2;
	CU_ASSERT_TRUE(undo_push(u, &cur, version));
	cur.communes[0].plan[0].area_ha = 30;
	version = 3;
	CU_ASSERT_EQUAL(undo_undo_depth(u), 2);

	CU_ASSERT_TRUE(undo_undo(u, &cur, &version));
	CU_ASSERT_EQUAL(area_of(&cur), 20);
	CU_ASSERT_EQUAL(version, 2);
	CU_ASSERT_TRUE(undo_undo(u, &cur, &version));
	CU_ASSERT_EQUAL(area_of(&cur), 10);
	CU_ASSERT_EQUAL(version, 1);
	CU_ASSERT_FALSE(undo_undo(u, &cur, &version));
	CU_ASSERT_EQUAL(area_of(&cur), 10);
	CU_ASSERT_EQUAL(undo_redo_depth(u), 2);

	CU_ASSERT_TRUE(undo_redo(u, &cur, &version));
	CU_ASSERT_EQUAL(area_of(&cur), 20);
	CU_ASSERT_TRUE(undo_redo(u, &cur, &version));
	CU_ASSERT_EQUAL(area_of(&cur), 30);
	CU_ASSERT_EQUAL(version, 3);
	CU_ASSERT_FALSE(undo_redo(u, &cur, &version));
	scenario_fini(&cur);
	undo_destroy(u);
}

static void test_undo_snapshot_is_a_deep_copy(void)
{
	undo_stack *u = undo_create(10);
	scenario cur;
	make_scenario(&cur, 10);
	unsigned long version = 1;
	CU_ASSERT_TRUE(undo_push(u, &cur, version));
	/* Changing the live plan array must not reach the snapshot. */
	cur.communes[0].plan[0].area_ha = 99;
	cur.crops[0].price_vnd_kg = 1;
	CU_ASSERT_TRUE(undo_undo(u, &cur, &version));
	CU_ASSERT_EQUAL(area_of(&cur), 10);
	CU_ASSERT_EQUAL(cur.crops[0].price_vnd_kg, 7000);
	scenario_fini(&cur);
	undo_destroy(u);
}

static void test_undo_new_edit_forgets_redo_and_drop_abandons_a_step(void)
{
	undo_stack *u = undo_create(10);
	scenario cur;
	make_scenario(&cur, 10);
	unsigned long version = 1;
	undo_push(u, &cur, version);
	cur.communes[0].plan[0].area_ha = 20;
	version = 2;
	undo_undo(u, &cur, &version);
	CU_ASSERT_EQUAL(undo_redo_depth(u), 1);
	undo_push(u, &cur, version);          /* a different edit */
	CU_ASSERT_EQUAL(undo_redo_depth(u), 0);
	CU_ASSERT_EQUAL(undo_undo_depth(u), 1);
	undo_drop(u);                         /* the edit was abandoned */
	CU_ASSERT_EQUAL(undo_undo_depth(u), 0);
	undo_drop(u);                         /* nothing left: no-op */
	CU_ASSERT_EQUAL(undo_undo_depth(u), 0);
	scenario_fini(&cur);
	undo_destroy(u);
}

static void test_undo_keeps_only_the_newest_steps_past_the_limit(void)
{
	undo_stack *u = undo_create(3);
	scenario cur;
	make_scenario(&cur, 0);
	unsigned long version = 0;
	/* Five edits 0 -> 1 -> ... -> 5 with a limit of 3: undo reaches back to 2 only. */
	for (int i = 1; i <= 5; i++) {
		CU_ASSERT_TRUE(undo_push(u, &cur, version));
		cur.communes[0].plan[0].area_ha = i;
		version = (unsigned long)i;
	}
	CU_ASSERT_EQUAL(undo_undo_depth(u), 3);
	while (undo_undo(u, &cur, &version))
		;
	CU_ASSERT_EQUAL(area_of(&cur), 2);
	CU_ASSERT_EQUAL(version, 2);
	while (undo_redo(u, &cur, &version))
		;
	CU_ASSERT_EQUAL(area_of(&cur), 5);
	undo_clear(u);
	CU_ASSERT_EQUAL(undo_undo_depth(u), 0);
	CU_ASSERT_EQUAL(undo_redo_depth(u), 0);
	scenario_fini(&cur);
	undo_destroy(u);
	undo_destroy(NULL);
}

VUDONG_SUITE(undo)
{
	SUITE_ADD(s, "undo");
	TEST_ADD(s, test_undo_restores_the_state_before_each_edit_in_turn);
	TEST_ADD(s, test_undo_snapshot_is_a_deep_copy);
	TEST_ADD(s, test_undo_new_edit_forgets_redo_and_drop_abandons_a_step);
	TEST_ADD(s, test_undo_keeps_only_the_newest_steps_past_the_limit);
	return 0;
}
