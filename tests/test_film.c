/* test_film.c - the season as a film on the built-in scenario: the film runs from the
 * first sowing to the last harvest, a day's frame has every item's stage (nothing sown
 * before its sowing day, everything harvested at the end), the cold days counted from the
 * weather by hand, soil water within [0, 1]; play advances 8 days a second at the default
 * speed, an edit closes it. */
#include "testing.h"
#include "app_fixture.h"

#include <math.h>
#include <stdlib.h>

#include "app.h"
#include "screens.h"
#include "workshop.h"
#include "film.h"
#include "scenario_load.h"
#include "scenario_save.h"

static app *open_builtin(void)
{
	app *a = app_fixture_open(LANG_EN);
	app_fixture_wire_workshop(a);
	return a;
}

static void test_film_frames_follow_the_season(void)
{
	app *a = open_builtin();
	film *f = film_create(a);
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	const season_result *r = &a->cur.result;
	vd_date first = r->items[0].sow, last = r->items[0].harvest;
	for (size_t i = 0; i < r->n_items; i++) {
		if (r->items[i].sow < first)
			first = r->items[i].sow;
		if (r->items[i].harvest > last)
			last = r->items[i].harvest;
	}
	CU_ASSERT_EQUAL(film_days(f), (int)(last - first) + 1);
	film_frame fr;
	film_frame_at(f, 0, &fr);
	CU_ASSERT_EQUAL(fr.date, first);
	int items = 0, growing = 0;
	for (int c = 0; c < fr.n_crops; c++)
		for (int i = 0; i < fr.crops[c].n_items; i++, items++)
			growing += fr.crops[c].stage[i] == 0;   /* sown today: initial stage */
	CU_ASSERT_EQUAL(items, (int)r->n_items);
	CU_ASSERT_TRUE(growing >= 1);
	/* The last day: every item harvested or on its harvest day. */
	film_frame_at(f, film_days(f) - 1, &fr);
	CU_ASSERT_EQUAL(fr.date, last);
	for (int c = 0; c < fr.n_crops; c++) {
		for (int i = 0; i < fr.crops[c].n_items; i++)
			CU_ASSERT_TRUE(fr.crops[c].stage[i] == FILM_HARVESTED || fr.crops[c].stage[i] == 3);
		CU_ASSERT_TRUE(isnan(fr.crops[c].water) || (fr.crops[c].water >= 0 && fr.crops[c].water <= 1));
	}
	/* The cold days by hand from the weather over the same days. */
	int hai = 0, dam = 0, frost = 0;
	for (vd_date t = first; t <= last; t++) {
		const weather_day *w = &a->cur.weather.days[t - a->cur.weather.first];
		hai += w->tmean_c <= 13.0;
		dam += w->tmean_c <= 15.0;
		frost += w->tmin_c <= 0.0;
	}
	CU_ASSERT_EQUAL(fr.ret_hai, hai);
	CU_ASSERT_EQUAL(fr.ret_dam, dam);
	CU_ASSERT_EQUAL(fr.frost, frost);
	CU_ASSERT_TRUE(hai > 0);
	film_destroy(f);
	app_destroy(a);
}

static void test_film_plays_at_its_speed_and_an_edit_closes_it(void)
{
	app *a = open_builtin();
	film_state fs = { 0 };
	CU_ASSERT_EQUAL(film_toggle(&fs, a, 1000.0), CHANGED_VIEW);
	CU_ASSERT_TRUE(fs.shown && fs.playing);
	CU_ASSERT_EQUAL(fs.speed, 3);
	film_advance(&fs, a, 2000.0);          /* one second at 8 days a second */
	CU_ASSERT_EQUAL((int)fs.day, 8);
	film_speed(&fs, 1);
	film_advance(&fs, a, 2500.0);          /* half a second at 16 */
	CU_ASSERT_EQUAL((int)fs.day, 16);
	film_toggle(&fs, a, 2500.0);           /* pause */
	CU_ASSERT_FALSE(fs.playing);
	film_step(&fs, -1);
	CU_ASSERT_EQUAL((int)fs.day, 15);
	film_advance(&fs, a, 9000.0);          /* paused: no change */
	CU_ASSERT_EQUAL((int)fs.day, 15);
	app_begin_edit(a);
	a->cur.scn.communes[0].plan[0].area_ha += 1.0;
	app_end_edit(a);
	CU_ASSERT_EQUAL(film_advance(&fs, a, 9100.0), CHANGED_VIEW);
	CU_ASSERT_FALSE(fs.shown);
	film_destroy(fs.f);
	app_destroy(a);
}

VUDONG_SUITE(film)
{
	SUITE_ADD(s, "film");
	TEST_ADD(s, test_film_frames_follow_the_season);
	TEST_ADD(s, test_film_plays_at_its_speed_and_an_edit_closes_it);
	return 0;
}
