/* test_cold_damage.c - F_cold by stage: the five cold stages from the FAO-56 calendar,
 * rét hại and rét đậm runs on the station's daily mean, cold nights (tomato fruit set), frost
 * on clear calm nights, killing frost, the cold events and their words; old frost/chill keys
 * keep their old results; the built-in crops and the interface's default cold spell. Every
 * expectation is a hand calculation written next to it. */
#include "testing.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "cold_damage.h"
#include "fixtures.h"
#include "i18n.h"
#include "phenology.h"
#include "report.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "season.h"

/* A crop of stages 10/12/12/10 days (44 days) with no cold blocks. Its cold stages:
 * days 0-9 emergence (initial); 10-17 early growth (development, progress 11..18 of 10..22:
 * 3 × (p − 10) ≤ 2 × 12 up to p 18); 18-25 flowering (the rest of development, and mid-season
 * up to p 26: 3 × (26 − 22) ≤ 12); 26-33 bulking; 34-43 maturity (late). */
static crop stage_crop(void)
{
	crop c;
	memset(&c, 0, sizeof c);
	c.kc_ini = 0.5;
	c.kc_mid = 1.15;
	c.kc_end = 0.75;
	c.stages_unit = STAGES_IN_DAYS;
	c.stages[0] = 10;
	c.stages[1] = 12;
	c.stages[2] = 12;
	c.stages[3] = 10;
	c.tupper_c = NAN;
	c.height_m = 0.6;
	c.root_min_m = 0.3;
	c.root_max_m = 0.6;
	c.frost_clear_night_c = NAN;
	c.chill_tmin_c = NAN;
	return c;
}

static void set_weights(double w[COLD_STAGES], double a, double b, double c, double d, double e)
{
	w[0] = a, w[1] = b, w[2] = c, w[3] = d, w[4] = e;
}

/* 44 mild days (Tmax 24, Tmin 14, daily mean 19) from 1 January 2021, cloudy (Rs/Rso 0.5). */
static vd_date mild_weather(weather_series *w)
{
	vd_date t0 = date_from_ymd(2021, 1, 1);
	fx_weather(w, t0, 44, 24, 14, 2, 0);
	for (size_t i = 0; i < w->n; i++) {
		w->days[i].rs_mj_m2 = 10.0;
		w->days[i].rso_mj_m2 = 20.0;
	}
	return t0;
}

/* A spell on days a..b: Tmax 12, Tmin 6, the station's daily mean `mean`. */
static void spell(weather_series *w, int a, int b, double mean)
{
	for (int d = a; d <= b; d++) {
		w->days[d].tmax_c = 12.0;
		w->days[d].tmin_c = 6.0;
		w->days[d].tmean_c = mean;
	}
}

static void run(const crop *c, const weather_series *w, long first, cold_result *r)
{
	pheno_calendar pc;
	pheno_calendar_init(&pc);
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, c, w, first));
	cold_damage_run(c, w, &pc, r);
	pheno_calendar_fini(&pc);
}

static void test_cold_stages_follow_the_fao56_calendar(void)
{
	crop c = stage_crop();
	weather_series w;
	mild_weather(&w);
	pheno_calendar pc;
	pheno_calendar_init(&pc);
	CU_ASSERT_TRUE_FATAL(pheno_calendar_build(&pc, &c, &w, 0));
	CU_ASSERT_EQUAL(pc.n, 44);
	int expect[44];
	for (int d = 0; d < 44; d++)
		expect[d] = d < 10 ? COLD_STAGE_EMERGENCE : d < 18 ? COLD_STAGE_EARLY_GROWTH :
			    d < 26 ? COLD_STAGE_FLOWERING : d < 34 ? COLD_STAGE_BULKING :
			    COLD_STAGE_MATURITY;
	for (int d = 0; d < 44; d++)
		CU_ASSERT_EQUAL(cold_stage_of_day(&c, &pc, d), expect[d]);
	pheno_calendar_fini(&pc);
	fx_weather_free(&w);
}

/* chill {tmean_c: 13, tolerance_days: 1, loss_per_day: 0.04, stage_weights: [0.2, 0.4, 1, 0.6, 0.1]} */
static crop ret_hai_crop(void)
{
	crop c = stage_crop();
	c.has_chill = true;
	c.chill_tmean_c = 13.0;
	c.chill_tolerance_days = 1;
	c.chill_loss_per_day = 0.04;
	c.has_chill_weights = true;
	set_weights(c.chill_stage_weights, 0.2, 0.4, 1.0, 0.6, 0.1);
	return c;
}

static void test_cold_three_day_ret_hai_at_flowering_loses_the_computed_share(void)
{
	crop c = ret_hai_crop();
	weather_series w;
	vd_date t0 = mild_weather(&w);
	spell(&w, 19, 21, 9.0);   /* three days of daily mean 9 °C at flowering */
	cold_result r;
	run(&c, &w, 0, &r);
	/* the first day is tolerated; days 20 and 21 cost 0.04 × 1 each: 0.96² = 0.9216 */
	CU_ASSERT_EQUAL(r.chill_days, 2);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.9216, 1e-12);
	CU_ASSERT_EQUAL_FATAL(r.n_events, 1);
	const cold_event *e = &r.events[0];
	CU_ASSERT_EQUAL(e->rule, COLD_RULE_RET_HAI);
	CU_ASSERT_EQUAL(e->stage, COLD_STAGE_FLOWERING);
	CU_ASSERT_EQUAL(e->from, t0 + 20);
	CU_ASSERT_EQUAL(e->to, t0 + 21);
	CU_ASSERT_EQUAL(e->days, 2);
	CU_ASSERT_DOUBLE_EQUAL(e->loss, 0.0784, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(e->tmin_c, 6.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(e->tmean_c, 9.0, 0);
	fx_weather_free(&w);
}

static void test_cold_the_same_spell_in_a_tolerant_stage_loses_less(void)
{
	crop c = ret_hai_crop();
	weather_series w;
	cold_result r;
	mild_weather(&w);
	spell(&w, 28, 30, 9.0);   /* bulking, weight 0.6: (1 − 0.024)² = 0.952576 */
	run(&c, &w, 0, &r);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.952576, 1e-12);
	CU_ASSERT_EQUAL(r.events[0].stage, COLD_STAGE_BULKING);
	fx_weather_free(&w);

	mild_weather(&w);
	spell(&w, 36, 38, 9.0);   /* maturity, weight 0.1: (1 − 0.004)² = 0.992016 */
	run(&c, &w, 0, &r);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.992016, 1e-12);
	CU_ASSERT_EQUAL(r.events[0].stage, COLD_STAGE_MATURITY);
	fx_weather_free(&w);

	/* a spell across the end of flowering: day 25 (flowering, the second day of the run)
	 * and days 26-27 (bulking): 0.96 × 0.976² = 0.914497..., two events */
	mild_weather(&w);
	spell(&w, 24, 27, 9.0);
	run(&c, &w, 0, &r);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.96 * 0.976 * 0.976, 1e-12);
	CU_ASSERT_EQUAL_FATAL(r.n_events, 2);
	CU_ASSERT_EQUAL(r.events[0].stage, COLD_STAGE_FLOWERING);
	CU_ASSERT_EQUAL(r.events[0].days, 1);
	CU_ASSERT_EQUAL(r.events[1].stage, COLD_STAGE_BULKING);
	CU_ASSERT_EQUAL(r.events[1].days, 2);
	fx_weather_free(&w);
}

/* The rule reads the station's daily mean (weather_day.tmean_c), not (Tmax + Tmin)/2, and a
 * run is named by its warmest day. */
static void test_cold_runs_use_the_station_daily_mean_and_are_named_by_it(void)
{
	crop c = ret_hai_crop();
	weather_series w;
	cold_result r;
	mild_weather(&w);
	for (int d = 19; d <= 21; d++) {   /* midpoint 13.5, station mean 12.8: rét hại */
		w.days[d].tmax_c = 18.0;
		w.days[d].tmin_c = 9.0;
		w.days[d].tmean_c = 12.8;
	}
	for (int d = 28; d <= 30; d++) {   /* midpoint 12.5, station mean 13.4: not */
		w.days[d].tmax_c = 14.0;
		w.days[d].tmin_c = 11.0;
		w.days[d].tmean_c = 13.4;
	}
	run(&c, &w, 0, &r);
	CU_ASSERT_EQUAL(r.chill_days, 2);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.9216, 1e-12);
	fx_weather_free(&w);

	/* a crop chilled at 15 °C: a run of 12, 12, 14 is rét đậm (its warmest day is above 13);
	 * a run at exactly 13 is rét hại (at or below, the officers' rule) */
	c.chill_tmean_c = 15.0;
	mild_weather(&w);
	spell(&w, 19, 19, 12.0);
	spell(&w, 20, 20, 12.0);
	spell(&w, 21, 21, 14.0);
	spell(&w, 28, 30, 13.0);
	run(&c, &w, 0, &r);
	CU_ASSERT_EQUAL_FATAL(r.n_events, 2);
	CU_ASSERT_EQUAL(r.events[0].rule, COLD_RULE_RET_DAM);
	CU_ASSERT_DOUBLE_EQUAL(r.events[0].tmean_c, 12.0, 0);   /* its coldest day */
	CU_ASSERT_EQUAL(r.events[1].rule, COLD_RULE_RET_HAI);
	fx_weather_free(&w);
}

/* frost {damage_c: 0, kill_c: -2, loss_per_day: 0.05, clear_night_c: 4,
 *        stage_weights: [0.5, 1, 1, 1, 0.5]} */
static crop frost_crop(void)
{
	crop c = stage_crop();
	c.has_frost = true;
	c.frost_damage_c = 0.0;
	c.frost_kill_c = -2.0;
	c.frost_loss_per_day = 0.05;
	c.frost_clear_night_c = 4.0;
	c.has_frost_weights = true;
	set_weights(c.frost_stage_weights, 0.5, 1, 1, 1, 0.5);
	return c;
}

static void night(weather_series *w, int d, double tmin, double rs, double u2)
{
	w->days[d].tmin_c = tmin;
	w->days[d].rs_mj_m2 = rs;   /* Rso is 20 */
	w->days[d].u2_m_s = u2;
}

static void test_cold_frost_on_clear_calm_nights(void)
{
	crop c = frost_crop();
	weather_series w;
	vd_date t0 = mild_weather(&w);
	night(&w, 12, 3.0, 10.0, 1.0);   /* cloudy (Rs/Rso 0.5): no frost at 3 °C */
	night(&w, 13, 3.0, 14.0, 1.0);   /* clear (0.7) and calm: sương muối, early growth, 0.05 */
	night(&w, 14, 3.0, 14.0, 3.0);   /* clear but windy (u2 3 m/s): none */
	night(&w, 15, 0.0, 10.0, 3.0);   /* at damage_c: frost whatever the sky, 0.05 */
	night(&w, 40, 3.0, 12.0, 2.0);   /* clear (0.6) and calm (2 m/s), maturity: 0.025 */
	CU_ASSERT_FALSE(cold_night_clear_calm(&w.days[12]));
	CU_ASSERT_TRUE(cold_night_clear_calm(&w.days[13]));
	CU_ASSERT_FALSE(cold_night_clear_calm(&w.days[14]));
	CU_ASSERT_TRUE(cold_night_clear_calm(&w.days[40]));
	cold_result r;
	run(&c, &w, 0, &r);
	/* 0.95 × 0.95 × 0.975 = 0.8799375 */
	CU_ASSERT_EQUAL(r.frost_days, 3);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.8799375, 1e-12);
	CU_ASSERT_EQUAL_FATAL(r.n_events, 3);
	CU_ASSERT_EQUAL(r.events[0].rule, COLD_RULE_FROST);
	CU_ASSERT_EQUAL(r.events[0].from, t0 + 13);
	CU_ASSERT_EQUAL(r.events[1].from, t0 + 15);
	CU_ASSERT_EQUAL(r.events[2].stage, COLD_STAGE_MATURITY);
	CU_ASSERT_DOUBLE_EQUAL(r.events[2].loss, 0.025, 1e-12);
	/* without the clear-night rule only the night at 0 °C counts */
	c.frost_clear_night_c = NAN;
	run(&c, &w, 0, &r);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.95, 1e-12);
	fx_weather_free(&w);
}

static void test_cold_killing_frost_loses_the_crop_and_ends_the_count(void)
{
	crop c = frost_crop();
	weather_series w;
	vd_date t0 = mild_weather(&w);
	night(&w, 20, -1.0, 10.0, 2.0);   /* a frost day at flowering */
	night(&w, 30, -2.0, 10.0, 2.0);   /* at kill_c, bulking: lost */
	night(&w, 35, -1.0, 10.0, 2.0);   /* after the kill: not counted */
	cold_result r;
	run(&c, &w, 0, &r);
	CU_ASSERT_TRUE(r.killed);
	CU_ASSERT_EQUAL(r.f_cold, 0.0);
	CU_ASSERT_EQUAL(r.kill_date, t0 + 30);
	CU_ASSERT_DOUBLE_EQUAL(r.kill_tmin_c, -2.0, 0);
	CU_ASSERT_EQUAL(r.kill_stage, COLD_STAGE_BULKING);
	CU_ASSERT_EQUAL(r.frost_days, 1);
	CU_ASSERT_EQUAL_FATAL(r.n_events, 2);
	CU_ASSERT_EQUAL(r.events[0].rule, COLD_RULE_FROST);
	CU_ASSERT_EQUAL(r.events[1].rule, COLD_RULE_KILLING_FROST);
	CU_ASSERT_DOUBLE_EQUAL(r.events[1].loss, 1.0, 0);
	/* sown on day 31, after the killing night, the crop meets only day 35's frost, at
	 * emergence (its day 4), weight 0.5: 0.975 */
	run(&c, &w, 31, &r);
	CU_ASSERT_FALSE(r.killed);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.975, 1e-12);
	fx_weather_free(&w);
}

/* The tomato of the built-in scenario: fruit set fails on nights below 10 °C, in full at
 * flowering (chill {tmean_c: 13, tolerance_days: 1, loss_per_day: 0.02, tmin_c: 10,
 * stage_weights: [0.2, 0.3, 1, 0.5, 0.1]}). */
static void test_cold_tomato_loses_fruit_set_on_cold_nights_at_flowering(void)
{
	scenario s;
	load_builtin(&s);
	int ti = scenario_find_crop(&s, "tomato");
	CU_ASSERT_TRUE_FATAL(ti >= 0);
	crop c = s.crops[ti];
	scenario_fini(&s);
	CU_ASSERT_TRUE_FATAL(c.has_chill && c.has_chill_weights);
	CU_ASSERT_DOUBLE_EQUAL(c.chill_tmin_c, 10.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(c.chill_loss_per_day, 0.02, 0);
	CU_ASSERT_DOUBLE_EQUAL(c.chill_stage_weights[COLD_STAGE_FLOWERING], 1.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(c.chill_stage_weights[COLD_STAGE_MATURITY], 0.1, 0);
	/* its stages on a 44-day calendar, and no frost: the nights stay above 0 °C and cloudy */
	c.stages_unit = STAGES_IN_DAYS;
	c.stages[0] = 10, c.stages[1] = 12, c.stages[2] = 12, c.stages[3] = 10;
	weather_series w;
	mild_weather(&w);                    /* daily mean 19 °C: no rét */
	w.days[19].tmin_c = 8.0;             /* flowering: 0.02 */
	w.days[21].tmin_c = 10.0;            /* not below 10: nothing */
	w.days[23].tmin_c = 8.0;             /* flowering: 0.02 */
	w.days[40].tmin_c = 8.0;             /* maturity: 0.002 */
	cold_result r;
	run(&c, &w, 0, &r);
	/* 0.98² × 0.998 = 0.95847... */
	CU_ASSERT_EQUAL(r.chill_days, 3);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.98 * 0.98 * 0.998, 1e-12);
	CU_ASSERT_EQUAL_FATAL(r.n_events, 3);
	CU_ASSERT_EQUAL(r.events[0].rule, COLD_RULE_COLD_NIGHT);
	CU_ASSERT_EQUAL(r.events[0].stage, COLD_STAGE_FLOWERING);
	CU_ASSERT_DOUBLE_EQUAL(r.events[0].loss, 0.02, 1e-12);
	fx_weather_free(&w);
}

/* Files written before stage weights: frost {damage_c: 0, kill_c: -3, loss_per_day: 0.05},
 * chill {tmean_c: 5, tolerance_days: 3, loss_per_day: 0.01}, every stage weight 1. The
 * figures of the old rule's tests. */
static crop old_crop(double len)
{
	crop c = stage_crop();
	for (int k = 0; k < 4; k++)
		c.stages[k] = len;
	c.has_frost = true;
	c.frost_damage_c = 0.0;
	c.frost_kill_c = -3.0;
	c.frost_loss_per_day = 0.05;
	c.has_chill = true;
	c.chill_tmean_c = 5.0;
	c.chill_tolerance_days = 3;
	c.chill_loss_per_day = 0.01;
	return c;
}

static void test_cold_old_keys_give_the_old_results(void)
{
	weather_series w;
	vd_date t0 = date_from_ymd(2021, 1, 1);
	cold_result r;
	/* frost: two days at or below 0 °C, (1 − 0.05)² = 0.9025, whatever their stage */
	crop c = old_crop(10);
	fx_weather(&w, t0, 40, 15, 8, 2, 0);
	w.days[3].tmin_c = 0.0;
	w.days[29].tmin_c = -1.5;
	w.days[20].tmin_c = 0.5;
	run(&c, &w, 0, &r);
	CU_ASSERT_EQUAL(r.frost_days, 2);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.9025, 1e-12);
	/* kill at −3 °C */
	w.days[12].tmin_c = -3.0;
	run(&c, &w, 0, &r);
	CU_ASSERT_TRUE(r.killed);
	CU_ASSERT_EQUAL(r.kill_date, t0 + 12);
	fx_weather_free(&w);

	/* chilling: a run of 6 days at 4 °C (3 tolerated, 3 count), a run of 2 (none), a run of
	 * 4 at 4.9 (1 counts): (1 − 0.01)⁴ = 0.96059601 */
	fx_weather(&w, t0, 40, 15, 8, 2, 0);
	for (int d = 5; d < 11; d++)
		w.days[d].tmean_c = 4.0;
	for (int d = 15; d < 17; d++)
		w.days[d].tmean_c = 4.0;
	for (int d = 25; d < 29; d++)
		w.days[d].tmean_c = 4.9;
	run(&c, &w, 0, &r);
	CU_ASSERT_EQUAL(r.chill_days, 4);
	CU_ASSERT_EQUAL(r.frost_days, 0);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, 0.96059601, 1e-12);
	/* a crop of 8 days sees only the first 3 days of the run: nothing */
	c = old_crop(2);
	run(&c, &w, 0, &r);
	CU_ASSERT_EQUAL(r.chill_days, 0);
	CU_ASSERT_EQUAL(r.f_cold, 1.0);
	fx_weather_free(&w);
}

/* The built-in text with one crop's frost line replaced; NULL when the line is not there. */
static char *builtin_with(const char *old_line, const char *new_line)
{
	size_t n;
	const char *t = scenario_builtin_text(&n);
	const char *p = strstr(t, old_line);
	if (!p)
		return NULL;
	size_t a = (size_t)(p - t), lo = strlen(old_line), ln = strlen(new_line);
	char *y = malloc(n - lo + ln + 1);
	if (!y)
		return NULL;
	memcpy(y, t, a);
	memcpy(y + a, new_line, ln);
	memcpy(y + a + ln, p + lo, n - a - lo);
	y[n - lo + ln] = 0;
	return y;
}

#define POTATO_FROST \
	"frost: {damage_c: 0, kill_c: -2, loss_per_day: 0.05, clear_night_c: 4, stage_weights: [0.5, 1, 1, 1, 0.5]}"

static void test_cold_old_keys_load_and_new_keys_round_trip(void)
{
	char *y = builtin_with(POTATO_FROST, "frost: {damage_c: 0, kill_c: -2, loss_per_day: 0.05}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(y);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(scenario_load_text("old.yaml", y, strlen(y), NULL, &s, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	const crop *p = &s.crops[scenario_find_crop(&s, "potato")];
	CU_ASSERT_TRUE(p->has_frost);
	CU_ASSERT_FALSE(p->has_frost_weights);
	CU_ASSERT_TRUE(isnan(p->frost_clear_night_c));
	for (int k = 0; k < COLD_STAGES; k++)
		CU_ASSERT_DOUBLE_EQUAL(p->frost_stage_weights[k], 1.0, 0);
	/* saved, the old block stays old: no keys appear that the file did not have */
	char *out = scenario_to_yaml(&s, NULL, &dl);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	CU_ASSERT_PTR_NOT_NULL(strstr(out, "frost: {damage_c: 0, kill_c: -2, loss_per_day: 0.05}"));
	CU_ASSERT_PTR_NOT_NULL(strstr(out, "stage_weights: [1, 0.8, 0.6, 0.6, 0.4]"));   /* cabbage's */
	free(out);
	scenario_fini(&s);
	free(y);

	/* four weights instead of five: a diagnostic at the list */
	y = builtin_with(POTATO_FROST, "frost: {damage_c: 0, kill_c: -2, loss_per_day: 0.05, stage_weights: [1, 1, 1, 1]}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(y);
	diag_list_fini(&dl);
	diag_list_init(&dl);
	CU_ASSERT_FALSE(scenario_load_text("bad.yaml", y, strlen(y), NULL, &s, &dl));
	CU_ASSERT_TRUE_FATAL(dl.count >= 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[0].message, "'stage_weights' needs 5 values (emergence, early growth, flowering / tuber initiation, bulking, maturity), not 4"));
	free(y);
	diag_list_fini(&dl);

	/* a clear-night threshold below damage_c is refused (the loader's check), at its value */
	y = builtin_with(POTATO_FROST, "frost: {damage_c: 0, kill_c: -2, loss_per_day: 0.05, clear_night_c: -1}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(y);
	diag_list_init(&dl);
	CU_ASSERT_FALSE(scenario_load_text("night.yaml", y, strlen(y), NULL, &s, &dl));
	CU_ASSERT_TRUE_FATAL(dl.count >= 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[0].message, "frost 'clear_night_c' -1 must not be below 'damage_c' 0"));
	free(y);
	diag_list_fini(&dl);
}

static void test_cold_events_beyond_the_list_are_summed(void)
{
	crop c = stage_crop();
	c.has_chill = true;
	c.chill_tmean_c = -50.0;   /* no runs: only cold nights */
	c.chill_tolerance_days = 0;
	c.chill_loss_per_day = 0.03;
	c.chill_tmin_c = 10.0;
	weather_series w;
	mild_weather(&w);
	for (int d = 2; d <= 28; d += 2)   /* 14 separate cold nights */
		w.days[d].tmin_c = 8.0;
	cold_result r;
	run(&c, &w, 0, &r);
	CU_ASSERT_EQUAL(r.n_events, COLD_EVENTS_MAX);
	CU_ASSERT_EQUAL(r.n_more, 14 - COLD_EVENTS_MAX);
	double kept = 1.0 - r.more_loss;
	for (int i = 0; i < r.n_events; i++)
		kept *= 1.0 - r.events[i].loss;
	CU_ASSERT_DOUBLE_EQUAL(kept, pow(0.97, 14), 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(r.f_cold, pow(0.97, 14), 1e-12);
	fx_weather_free(&w);
}

static void test_cold_events_in_words(void)
{
	cold_event e = {
		.from = date_from_ymd(2021, 1, 12), .to = date_from_ymd(2021, 1, 18),
		.rule = COLD_RULE_RET_HAI, .stage = COLD_STAGE_FLOWERING, .days = 7, .loss = 0.18,
	};
	char buf[300];
	CU_ASSERT_STRING_EQUAL(report_cold_event_text(&e, LANG_VI, buf, sizeof buf),
			       "rét hại 12–18/01, ra hoa/hình thành củ: −18,0 % năng suất");
	CU_ASSERT_STRING_EQUAL(report_cold_event_text(&e, LANG_EN, buf, sizeof buf),
			       "rét hại (mean ≤ 13 °C) 12–18/01, flowering/tuber initiation: −18.0 %");
	e.from = date_from_ymd(2020, 12, 30);
	e.to = date_from_ymd(2021, 1, 2);
	e.rule = COLD_RULE_FROST;
	e.stage = COLD_STAGE_MATURITY;
	e.loss = 0.05;
	CU_ASSERT_STRING_EQUAL(report_cold_event_text(&e, LANG_VI, buf, sizeof buf),
			       "sương muối 30/12–02/01, chín: −5,0 % năng suất");
	/* every rule and stage has its Vietnamese name */
	for (int k = 0; k < COLD_RULES; k++)
		CU_ASSERT_TRUE(tr_has(report_cold_rule_id((cold_rule)k)));
	for (int k = 0; k < COLD_STAGES; k++)
		CU_ASSERT_TRUE(tr_has(report_cold_stage_id(k)));
}

/* The built-in scenario with the January 2021 cold spell: the eight nights of −1 °C (at the
 * station; colder on higher communes by the lapse rate) are frost days (≤ 0 °C) for every
 * potato item: one frost event 07–14/01 whose loss is 1 − (1 − 0.05 w)⁸ with w the potato's
 * weight at the stage the item is in (0.5 at maturity: (1 − 0.025)⁸ = 0.816652...), or, where
 * a night reaches the potato's kill_c (−2 °C) on a high commune, the crop killed on 7 January.
 * The town's item is at maturity, and its loss is named in the warning. */
static void test_cold_spell_scenario_costs_potato_its_frost_nights(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file("scenarios/cold-spell-jan-2021.yaml", &s, &dl));
	weather_series w;
	weather_series_init(&w);
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	season_result r;
	season_result_init(&r);
	CU_ASSERT_TRUE_FATAL(season_run(&s, &w, &r, NULL, NULL));
	int potato = scenario_find_crop(&s, "potato"), seen = 0, at_maturity = 0;
	const crop *pc = &s.crops[potato];
	vd_date from = date_from_ymd(2021, 1, 7), to = date_from_ymd(2021, 1, 14);
	for (size_t k = 0; k < r.n_items; k++) {
		const item_result *it = &r.items[k];
		if (it->crop != potato)
			continue;
		seen++;
		if (it->cold.killed) {
			CU_ASSERT_EQUAL(it->cold.kill_date, from);
			CU_ASSERT_TRUE(it->cold.kill_tmin_c <= pc->frost_kill_c);
			CU_ASSERT_DOUBLE_EQUAL(it->f_cold, 0.0, 0.0);
			continue;
		}
		const cold_event *e = NULL;
		for (int j = 0; j < it->cold.n_events; j++)
			if (it->cold.events[j].from == from && it->cold.events[j].rule == COLD_RULE_FROST)
				e = &it->cold.events[j];
		CU_ASSERT_PTR_NOT_NULL_FATAL(e);
		CU_ASSERT_EQUAL(e->to, to);
		double wt = pc->frost_stage_weights[e->stage];
		CU_ASSERT_DOUBLE_EQUAL(e->loss, 1.0 - pow(1.0 - pc->frost_loss_per_day * wt, 8), 1e-12);
		if (e->stage == COLD_STAGE_MATURITY && it->cold.n_events == 1) {
			at_maturity++;
			CU_ASSERT_DOUBLE_EQUAL(it->f_cold, pow(0.975, 8), 1e-12);
		}
	}
	CU_ASSERT_TRUE(at_maturity > 0);
	CU_ASSERT_TRUE(seen > 0);
	bool named = false;
	for (size_t i = 0; i < r.n_warnings; i++) {
		char text[1024];
		if (r.warnings[i].kind != WARN_COLD_DAMAGE)
			continue;
		report_warning_text(&s, &w, &r, &r.warnings[i], LANG_VI, text, sizeof text);
		named |= strstr(text, "sương muối 07–14/01, chín: −18,3 % năng suất") != NULL;
	}
	CU_ASSERT_TRUE(named);
	season_result_fini(&r);
	weather_series_fini(&w);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

VUDONG_SUITE(cold_damage)
{
	SUITE_ADD(s, "cold_damage");
	TEST_ADD(s, test_cold_stages_follow_the_fao56_calendar);
	TEST_ADD(s, test_cold_three_day_ret_hai_at_flowering_loses_the_computed_share);
	TEST_ADD(s, test_cold_the_same_spell_in_a_tolerant_stage_loses_less);
	TEST_ADD(s, test_cold_runs_use_the_station_daily_mean_and_are_named_by_it);
	TEST_ADD(s, test_cold_frost_on_clear_calm_nights);
	TEST_ADD(s, test_cold_killing_frost_loses_the_crop_and_ends_the_count);
	TEST_ADD(s, test_cold_tomato_loses_fruit_set_on_cold_nights_at_flowering);
	TEST_ADD(s, test_cold_old_keys_give_the_old_results);
	TEST_ADD(s, test_cold_old_keys_load_and_new_keys_round_trip);
	TEST_ADD(s, test_cold_events_beyond_the_list_are_summed);
	TEST_ADD(s, test_cold_events_in_words);
	TEST_ADD(s, test_cold_spell_scenario_costs_potato_its_frost_nights);
	return 0;
}
