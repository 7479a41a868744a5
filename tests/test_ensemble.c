/* test_ensemble.c - the ensemble (sim/study/ensemble.h): type-7 quantiles and sample standard
 * deviation on lists worked by hand, the 0/1 indicator's statistics, one season equal to a
 * plain run, the seed scheme (season k is the plain run with seed + k), reproducibility,
 * failure and target counts on plans built to fail, observed weather giving one season,
 * memory that does not grow with N, the passes equal to keeping every value, the same
 * result on any number of threads, progress and cancel, profit and the groups'
 * contributions, and the seasons of a multi-year weather file. */
#include "testing.h"
#include "builtin.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ensemble.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "season.h"
#include "tmpdir.h"
#include "weather.h"

/* The district output of a plain run of s with the generator seed `seed`. */
static double plain_output(const scenario *s, unsigned long seed, season_result *r)
{
	scenario view = *s;   /* shares the arrays; only the seed differs */
	view.weather.seed = seed;
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = weather_build(&view, 0, &w, &dl);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_TRUE_FATAL(season_run(s, &w, r, NULL, NULL));
	weather_series_fini(&w);
	return r->district.g.output_t;
}

static bool run(const scenario *s, int seasons, long seed, ensemble_result *er, diag_list *dl)
{
	ensemble_options o = { .seasons = seasons, .seed_given = seed >= 0,
			       .seed = seed >= 0 ? (unsigned long)seed : 0 };
	return ensemble_run(s, &o, er, dl);
}

static void test_ensemble_quantiles_of_a_known_list_by_hand(void)
{
	/* x = 15 20 35 40 50 sorted, n = 5. Type 7: h = (n − 1) p = 4p.
	 *   P10: h = 0.4, 15 + 0.4 (20 − 15) = 17
	 *   P50: h = 2,   x[2] = 35
	 *   P90: h = 3.6, 40 + 0.6 (50 − 40) = 46      (R: quantile(x, c(.1,.5,.9)) = 17 35 46)
	 * mean 160 / 5 = 32; deviations −17 −12 3 8 18, squares 289 144 9 64 324 = 830,
	 * sd = sqrt(830 / 4) = sqrt(207.5) = 14.40486 */
	double v[] = { 40, 15, 50, 20, 35 };
	ensemble_stats st;
	ensemble_stats_of(v, 5, &st);
	CU_ASSERT_DOUBLE_EQUAL(st.p10, 17.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(st.p50, 35.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(st.p90, 46.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(st.mean, 32.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(st.sd, 14.40486, 1e-5);
	CU_ASSERT_DOUBLE_EQUAL(st.min, 15.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(st.max, 50.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(v[0], 15.0, 0);   /* sorted in place */

	/* 1 2 3 4: h = 3p; P10 1 + 0.3 = 1.3, P50 2 + 0.5 = 2.5, P90 3 + 0.7 = 3.7 */
	double u[] = { 4, 3, 2, 1 };
	ensemble_stats_of(u, 4, &st);
	CU_ASSERT_DOUBLE_EQUAL(st.p10, 1.3, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(st.p50, 2.5, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(st.p90, 3.7, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(ensemble_quantile(u, 4, 0.0), 1.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(ensemble_quantile(u, 4, 1.0), 4.0, 0);

	/* one value: every quantile is that value, sd 0 */
	double one[] = { 7.5 };
	ensemble_stats_of(one, 1, &st);
	CU_ASSERT_DOUBLE_EQUAL(st.p10, 7.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(st.p90, 7.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(st.sd, 0.0, 0);
	ensemble_stats_of(NULL, 0, &st);
	CU_ASSERT_TRUE(isnan(st.mean) && isnan(st.p50));
}

static void test_ensemble_indicator_statistics_match_the_stored_list(void)
{
	/* 3 ones in 10: mean 0.3, sd = sqrt(3 × 7 / (10 × 9)) = 0.483046; sorted 0×7 then 1×3:
	 * P10 h = 0.9 between x0 = x1 = 0 -> 0; P50 h = 4.5 -> 0; P90 h = 8.1 between x8 = x9
	 * = 1 -> 1. The same from the stored list through ensemble_stats_of. */
	ensemble_stats a, b;
	ensemble_stats_of_count(3, 10, &a);
	CU_ASSERT_DOUBLE_EQUAL(a.mean, 0.3, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(a.sd, 0.483046, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(a.p10, 0.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(a.p50, 0.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(a.p90, 1.0, 0);
	double v[10] = { 0, 1, 0, 0, 1, 0, 0, 1, 0, 0 };
	ensemble_stats_of(v, 10, &b);
	CU_ASSERT_DOUBLE_EQUAL(a.sd, b.sd, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(a.p10, b.p10, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(a.p90, b.p90, 1e-15);
	/* 1 one in 4: P90 h = 2.7 between x2 = 0 and x3 = 1 -> 0.7 */
	double w[4] = { 0, 0, 1, 0 };
	ensemble_stats_of_count(1, 4, &a);
	ensemble_stats_of(w, 4, &b);
	CU_ASSERT_DOUBLE_EQUAL(a.p90, 0.7, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(b.p90, 0.7, 1e-12);
}

static void test_ensemble_one_season_equals_a_plain_run(void)
{
	scenario s;
	load_builtin(&s);
	season_result r;
	season_result_init(&r);
	double out = plain_output(&s, s.weather.seed, &r);
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(run(&s, 1, -1, &er, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL(er.seasons, 1);
	CU_ASSERT_TRUE(er.generated);
	CU_ASSERT_EQUAL(er.seed_first, s.weather.seed);
	const ensemble_district *d = &er.district;
	CU_ASSERT_DOUBLE_EQUAL(d->g.output_t.mean, out, 0);
	CU_ASSERT_DOUBLE_EQUAL(d->g.output_t.p10, out, 0);
	CU_ASSERT_DOUBLE_EQUAL(d->g.output_t.p90, out, 0);
	CU_ASSERT_DOUBLE_EQUAL(d->g.output_t.sd, 0.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(d->g.value_mvnd.mean, r.district.g.value_mvnd, 0);
	CU_ASSERT_DOUBLE_EQUAL(d->contribution_pp.mean, r.district.contribution_pp, 0);
	CU_ASSERT_DOUBLE_EQUAL(d->district_growth_pct.p50, r.district.district_growth_pct, 0);
	CU_ASSERT_EQUAL_FATAL(er.n_items, r.n_items);
	for (size_t j = 0; j < r.n_items; j++)
		CU_ASSERT_DOUBLE_EQUAL(er.items[j].yield_t_ha.mean, r.items[j].yield_t_ha, 0);
	for (size_t i = 0; i < r.n_communes; i++)
		CU_ASSERT_DOUBLE_EQUAL(er.communes[i].output_t.mean, r.communes[i].g.output_t, 0);
	for (size_t i = 0; i < r.n_crops; i++)
		CU_ASSERT_DOUBLE_EQUAL(er.crops[i].value_mvnd.mean, r.crops[i].value_mvnd, 0);
	/* the plain run meets the 13.5 % target (13.57 % on the Lạng Sơn record): not missed */
	CU_ASSERT_TRUE(d->has_target);
	CU_ASSERT_EQUAL(d->target_missed, r.district.district_growth_pct < r.district.target_growth_pct);
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	season_result_fini(&r);
	scenario_fini(&s);
}

static void test_ensemble_season_k_uses_seed_plus_k(void)
{
	/* Seeds 500, 501, 502: the mean, min and max of the district output are those of the
	 * three plain runs with those seeds. */
	scenario s;
	load_builtin(&s);
	season_result r;
	season_result_init(&r);
	double o[3], sum = 0, lo = INFINITY, hi = -INFINITY;
	for (int k = 0; k < 3; k++) {
		o[k] = plain_output(&s, 500 + (unsigned long)k, &r);
		sum += o[k];
		lo = fmin(lo, o[k]);
		hi = fmax(hi, o[k]);
	}
	CU_ASSERT_TRUE(o[0] != o[1] || o[1] != o[2]);   /* the seeds give different weather */
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(run(&s, 3, 500, &er, &dl));
	CU_ASSERT_EQUAL(er.seed_first, 500);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.mean, sum / 3.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.min, lo, 0);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.max, hi, 0);
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	season_result_fini(&r);
	scenario_fini(&s);
}

static void test_ensemble_same_seed_gives_the_same_result(void)
{
	scenario s;
	load_builtin(&s);
	ensemble_result a, b, c;
	ensemble_result_init(&a);
	ensemble_result_init(&b);
	ensemble_result_init(&c);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(run(&s, 20, 7, &a, &dl));
	CU_ASSERT_TRUE_FATAL(run(&s, 20, 7, &b, &dl));
	CU_ASSERT_TRUE_FATAL(run(&s, 20, 8, &c, &dl));
	CU_ASSERT_EQUAL(memcmp(&a.district, &b.district, sizeof a.district), 0);
	CU_ASSERT_EQUAL_FATAL(a.n_items, b.n_items);
	CU_ASSERT_EQUAL(memcmp(a.items, b.items, a.n_items * sizeof *a.items), 0);
	CU_ASSERT_EQUAL(memcmp(a.crops, b.crops, a.n_crops * sizeof *a.crops), 0);
	CU_ASSERT_EQUAL(memcmp(a.warning_seasons, b.warning_seasons, sizeof a.warning_seasons), 0);
	/* seeds 8..27 share 19 seasons with 7..26 but not all: the distribution moves */
	CU_ASSERT_NOT_EQUAL(a.district.g.output_t.mean, c.district.g.output_t.mean);
	diag_list_fini(&dl);
	ensemble_result_fini(&a);
	ensemble_result_fini(&b);
	ensemble_result_fini(&c);
	scenario_fini(&s);
}

static void test_ensemble_counts_failures_and_missed_targets(void)
{
	/* Every cabbage item at management factor 0.4: Ya = Ym × F_water × F_cold × 0.4 ≤ 0.4 Ym
	 * < 0.5 Ym in every season, so each cabbage item, the cabbage crop (its district yield
	 * is a mean of such yields), each commune growing cabbage and the district fail in all
	 * N seasons. A target of 99 % growth is missed in every season. */
	scenario s;
	load_builtin(&s);
	int cabbage = scenario_find_crop(&s, "cabbage");
	CU_ASSERT_FATAL(cabbage >= 0);
	bool *grows = calloc(s.n_communes, sizeof *grows);
	CU_ASSERT_PTR_NOT_NULL_FATAL(grows);
	for (size_t i = 0; i < s.n_communes; i++)
		for (size_t j = 0; j < s.communes[i].n_plan; j++)
			if (s.communes[i].plan[j].crop == cabbage) {
				s.communes[i].plan[j].management_factor = 0.4;
				grows[i] = true;
			}
	s.economy.target_growth_pct = 99.0;
	const int n = 12;
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(run(&s, n, -1, &er, &dl));
	CU_ASSERT_EQUAL(er.crops[cabbage].failures, (size_t)n);
	CU_ASSERT_EQUAL(er.district.g.failures, (size_t)n);
	CU_ASSERT_EQUAL(er.district.target_missed, (size_t)n);
	CU_ASSERT_EQUAL(er.warning_seasons[WARN_TARGET_MISSED], (size_t)n);
	for (size_t i = 0; i < s.n_communes; i++)
		if (grows[i])
			CU_ASSERT_EQUAL(er.communes[i].failures, (size_t)n);
	for (size_t j = 0; j < er.n_items; j++)
		if (er.items[j].crop == cabbage) {
			CU_ASSERT_EQUAL(er.items[j].failures, (size_t)n);
			CU_ASSERT(er.items[j].yield_t_ha.max < 0.5 * er.items[j].yield_potential_t_ha);
		}
	/* a target of −99 % is never missed */
	s.economy.target_growth_pct = -99.0;
	CU_ASSERT_TRUE_FATAL(run(&s, n, -1, &er, &dl));
	CU_ASSERT_EQUAL(er.district.target_missed, 0);
	CU_ASSERT_EQUAL(er.warning_seasons[WARN_TARGET_MISSED], 0);
	free(grows);
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	scenario_fini(&s);
}

static void test_ensemble_observed_weather_runs_one_season_with_a_warning(void)
{
	/* The built-in's generated weather written into the scenario as inline daily rows:
	 * the ensemble cannot draw other seasons from it, runs one and says so. */
	scenario s;
	load_builtin(&s);
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	weather_obs *days = calloc(w.n, sizeof *days);
	CU_ASSERT_PTR_NOT_NULL_FATAL(days);
	for (size_t i = 0; i < w.n; i++) {
		weather_obs *o = &days[i];
		o->date = w.days[i].date;
		o->tmax_c = w.days[i].tmax_c;
		o->tmin_c = w.days[i].tmin_c;
		o->rain_mm = w.days[i].rain_mm;
		o->ea_kpa = w.days[i].ea_kpa;
		o->rhmax_pct = o->rhmin_pct = o->rh_pct = o->tdew_c = NAN;
		o->wind_m_s = w.days[i].u2_m_s;
		o->sunshine_h = NAN;
		o->srad_mj_m2 = w.days[i].rs_mj_m2;
		o->mark = (src_mark){ -1, 0, 0 };
	}
	s.weather.source = WEATHER_DAILY;
	s.weather.daily = days;
	s.weather.n_daily = w.n;
	weather_series_fini(&w);

	season_result r;
	season_result_init(&r);
	double out = plain_output(&s, s.weather.seed, &r);
	ensemble_result er;
	ensemble_result_init(&er);
	CU_ASSERT_TRUE_FATAL(run(&s, 25, 99, &er, &dl));
	CU_ASSERT_EQUAL(er.seasons_asked, 25);
	CU_ASSERT_EQUAL(er.seasons, 1);
	CU_ASSERT_FALSE(er.generated);
	CU_ASSERT_EQUAL(dl.warnings, 1);
	CU_ASSERT_EQUAL(dl.errors, 0);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.mean, out, 0);
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	season_result_fini(&r);
	scenario_fini(&s);
}

static void test_ensemble_memory_is_flat_in_n(void)
{
	/* The built-in: 7 communes, 8 crops, 29 plan items, so 7 + 4 × 7 + 4 × 8 + 29 = 96
	 * figures a season. Up to the sample cap (256) the values are kept (96 × N doubles);
	 * above it the bound does not move with N, and each run stays within its bound. */
	scenario s;
	load_builtin(&s);
	CU_ASSERT_EQUAL_FATAL(s.n_communes, 7);
	CU_ASSERT_EQUAL_FATAL(s.n_crops, 8);
	CU_ASSERT_EQUAL(ensemble_metric_count(&s), 96);
	CU_ASSERT_EQUAL(ensemble_alloc_bytes(&s, 200) - ensemble_alloc_bytes(&s, 100),
			100 * 96 * sizeof(double));
	CU_ASSERT_EQUAL(ensemble_alloc_bytes(&s, 1000), ensemble_alloc_bytes(&s, 100000));
	CU_ASSERT_EQUAL(ensemble_alloc_bytes(&s, 300), ensemble_alloc_bytes(&s, 100000));
	CU_ASSERT(ensemble_alloc_bytes(&s, 100000) < 1024 * 1024);
	const int ns[] = { 1, 10, 200, 300 };
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++) {
		CU_ASSERT_TRUE_FATAL(run(&s, ns[i], -1, &er, &dl));
		CU_ASSERT(er.alloc_bytes > 0);
		CU_ASSERT(er.alloc_bytes <= ensemble_alloc_bytes(&s, ns[i]));
		CU_ASSERT_EQUAL(er.passes, ns[i] <= ENSEMBLE_SAMPLE_CAP ? 1 : 2);
	}
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	scenario_fini(&s);
}

/* Every statistic and count of a and b, bit for bit. */
static bool same_result(const ensemble_result *a, const ensemble_result *b)
{
	return a->seasons == b->seasons && a->n_items == b->n_items &&
	       a->n_communes == b->n_communes && a->n_crops == b->n_crops &&
	       memcmp(&a->district, &b->district, sizeof a->district) == 0 &&
	       memcmp(a->items, b->items, a->n_items * sizeof *a->items) == 0 &&
	       memcmp(a->communes, b->communes, a->n_communes * sizeof *a->communes) == 0 &&
	       memcmp(a->crops, b->crops, a->n_crops * sizeof *a->crops) == 0 &&
	       memcmp(a->warning_seasons, b->warning_seasons, sizeof a->warning_seasons) == 0;
}

static bool run_with(const scenario *s, const ensemble_options *o, ensemble_result *er)
{
	diag_list dl;
	diag_list_init(&dl);
	bool ok = ensemble_run(s, o, er, &dl);
	CU_ASSERT_EQUAL(dl.count, 0);
	diag_list_fini(&dl);
	return ok;
}

static void test_ensemble_multipass_equals_stored_values(void)
{
	/* 300 seasons with every value kept (cap 300: one pass) and with 16 (the passes narrow
	 * the order statistics), on 1 and 2 threads: the same result bit for bit. The crop
	 * yields capped at Ym and the failure-free items are point masses. */
	scenario s;
	load_builtin(&s);
	ensemble_result stored, multi, multi2;
	ensemble_result_init(&stored);
	ensemble_result_init(&multi);
	ensemble_result_init(&multi2);
	ensemble_options o = { .seasons = 300, .threads = 1, .sample_cap = 300 };
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &stored));
	CU_ASSERT_EQUAL(stored.passes, 1);
	o.sample_cap = 16;
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &multi));
	CU_ASSERT(multi.passes >= 3);
	o.threads = 2;
	o.sample_cap = 1;
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &multi2));
	CU_ASSERT(multi2.passes >= 3);
	CU_ASSERT_TRUE(same_result(&stored, &multi));
	CU_ASSERT_TRUE(same_result(&stored, &multi2));
	CU_ASSERT(multi.alloc_bytes < stored.alloc_bytes);
	ensemble_result_fini(&stored);
	ensemble_result_fini(&multi);
	ensemble_result_fini(&multi2);
	scenario_fini(&s);
}

static void test_ensemble_threads_give_the_same_result(void)
{
	/* 150 seasons on 1, 2 and 3 threads (150 / 32 allows 4): the result does not depend on
	 * which thread ran which season. */
	scenario s;
	load_builtin(&s);
	ensemble_result r[3];
	for (int t = 0; t < 3; t++) {
		ensemble_result_init(&r[t]);
		ensemble_options o = { .seasons = 150, .seed_given = true, .seed = 40, .threads = t + 1 };
		CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &r[t]));
		CU_ASSERT_EQUAL(r[t].threads, t + 1);
	}
	CU_ASSERT_TRUE(same_result(&r[0], &r[1]));
	CU_ASSERT_TRUE(same_result(&r[0], &r[2]));
	/* few seasons: one thread, whatever is asked */
	ensemble_result few;
	ensemble_result_init(&few);
	ensemble_options o = { .seasons = 20, .threads = 8 };
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &few));
	CU_ASSERT_EQUAL(few.threads, 1);
	ensemble_result_fini(&few);
	for (int t = 0; t < 3; t++)
		ensemble_result_fini(&r[t]);
	scenario_fini(&s);
}

/* Progress calls recorded; cancels at call number `cancel_at` (0: never). */
typedef struct {
	double v[4096];
	size_t n;
	size_t cancel_at;
	atomic_int cancel;
} progress_log;

static void log_progress(void *ctx, double done)
{
	progress_log *p = ctx;
	if (p->n < sizeof p->v / sizeof p->v[0])
		p->v[p->n] = done;
	p->n++;
	if (p->cancel_at && p->n == p->cancel_at)
		atomic_store(&p->cancel, 1);
}

static void test_ensemble_progress_rises_to_one(void)
{
	/* 300 seasons with cap 16 (several passes) on 2 threads: progress after every batch of
	 * 64 seasons in every pass (5 a pass), never down, within 0..1, 1 at the end. */
	scenario s;
	load_builtin(&s);
	progress_log *p = calloc(1, sizeof *p);
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	ensemble_options o = { .seasons = 300, .threads = 2, .sample_cap = 16,
			       .progress = log_progress, .progress_ctx = p };
	ensemble_result er;
	ensemble_result_init(&er);
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &er));
	CU_ASSERT(er.passes >= 3);
	CU_ASSERT((int)p->n >= 5 * er.passes);
	CU_ASSERT_FATAL(p->n > 0 && p->n <= sizeof p->v / sizeof p->v[0]);
	for (size_t i = 0; i < p->n; i++) {
		CU_ASSERT(p->v[i] >= 0.0 && p->v[i] <= 1.0);
		if (i > 0)
			CU_ASSERT(p->v[i] >= p->v[i - 1]);
	}
	CU_ASSERT_DOUBLE_EQUAL(p->v[p->n - 1], 1.0, 0);
	CU_ASSERT(p->v[0] < 0.5);
	ensemble_result_fini(&er);
	free(p);
	scenario_fini(&s);
}

static void test_ensemble_cancel_from_progress_stops_the_run(void)
{
	/* The flag set at the second progress call (after 128 of 2,000 seasons): the run
	 * stops at the next batch, returns false with cancelled set, no diagnostic, no
	 * statistics (and, under make asan, nothing leaked). A flag set before the start stops
	 * it before any season. */
	scenario s;
	load_builtin(&s);
	progress_log *p = calloc(1, sizeof *p);
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	p->cancel_at = 2;
	atomic_init(&p->cancel, 0);
	ensemble_options o = { .seasons = 2000, .threads = 2, .progress = log_progress,
			       .progress_ctx = p, .cancel = &p->cancel };
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(ensemble_run(&s, &o, &er, &dl));
	CU_ASSERT_TRUE(er.cancelled);
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL(p->n, 2);
	CU_ASSERT_PTR_NULL(er.items);
	CU_ASSERT_EQUAL(er.n_items, 0);
	p->n = 0;
	p->cancel_at = 0;
	CU_ASSERT_FALSE(ensemble_run(&s, &o, &er, &dl));
	CU_ASSERT_TRUE(er.cancelled);
	CU_ASSERT_EQUAL(p->n, 0);
	CU_ASSERT_EQUAL(dl.count, 0);
	/* cleared, the same options run to the end */
	atomic_store(&p->cancel, 0);
	o.seasons = 70;
	CU_ASSERT_TRUE(ensemble_run(&s, &o, &er, &dl));
	CU_ASSERT_FALSE(er.cancelled);
	CU_ASSERT_EQUAL(er.seasons, 70);
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	free(p);
	scenario_fini(&s);
}

static void test_ensemble_profit_and_group_contributions(void)
{
	/* Profit = value − cost and the cost does not depend on the weather: the district
	 * profit's mean is the value's mean less Σ area × cost_vnd_ha / 10⁶ (million VND) and
	 * its SD is the value's. A commune's or crop's contribution is the district's times its
	 * share of the value at constant prices that season; the shares add up to 1, so the
	 * communes' means, and the crops', add up to the district's mean. */
	scenario s;
	load_builtin(&s);
	double cost = 0.0;
	for (size_t i = 0; i < s.n_communes; i++)
		for (size_t j = 0; j < s.communes[i].n_plan; j++) {
			const plan_item *p = &s.communes[i].plan[j];
			cost += p->area_ha * s.crops[p->crop].cost_vnd_ha / 1e6;
		}
	ensemble_result er;
	ensemble_result_init(&er);
	ensemble_options o = { .seasons = 40 };
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &er));
	const ensemble_district *d = &er.district;
	CU_ASSERT_DOUBLE_EQUAL(d->g.profit_mvnd.mean, d->g.value_mvnd.mean - cost, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(d->g.profit_mvnd.sd, d->g.value_mvnd.sd, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(d->g.profit_mvnd.p50, d->g.value_mvnd.p50 - cost, 1e-6);
	double communes = 0.0, crops = 0.0, profit = 0.0;
	for (size_t i = 0; i < er.n_communes; i++) {
		communes += er.communes[i].contribution_pp.mean;
		profit += er.communes[i].profit_mvnd.mean;
	}
	for (size_t i = 0; i < er.n_crops; i++)
		crops += er.crops[i].contribution_pp.mean;
	CU_ASSERT(d->contribution_pp.sd > 0.0);
	CU_ASSERT_DOUBLE_EQUAL(communes, d->contribution_pp.mean, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(crops, d->contribution_pp.mean, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(profit, d->g.profit_mvnd.mean, 1e-6);
	CU_ASSERT_TRUE(memcmp(&d->g.contribution_pp, &d->contribution_pp, sizeof d->contribution_pp) == 0);
	/* without an economy section: no contributions at all */
	s.economy.present = false;
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &er));
	CU_ASSERT_TRUE(isnan(er.district.contribution_pp.mean));
	CU_ASSERT_TRUE(isnan(er.communes[0].contribution_pp.p50));
	CU_ASSERT_TRUE(isnan(er.crops[0].contribution_pp.mean));
	CU_ASSERT_FALSE(isnan(er.crops[0].profit_mvnd.mean));
	ensemble_result_fini(&er);
	scenario_fini(&s);
}

/* ---- observed weather over several years ---- */

/* A made-up but plausible day at Bình Liêu: a seasonal cycle (coldest mid-January), a
 * wobble by day and year, rain every sixth day, and a frost week in January 2019. */
static void fixture_day(FILE *f, vd_date t)
{
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	double cycle = cos(2.0 * 3.14159265358979 * (date_doy(t) - 196) / 365.0);
	double tmax = 24.0 + 7.0 * cycle + 1.5 * sin(0.37 * t + y);
	double tmin = tmax - 8.0 + cos(0.23 * t);
	if (y == 2019 && m == 1 && d >= 10 && d <= 16) {
		tmax = 5.0;
		tmin = -2.5;
	}
	double rain = t % 6 == 0 ? 4.0 + (double)((t * 7) % 11) + (y % 3) * 5.0 : 0.0;
	char date[11];
	fprintf(f, "%s,%.1f,%.1f,%.1f,82,1.4,%.1f\n", date_format(t, date), tmax, tmin, rain,
		4.0 + 2.0 * sin(0.11 * t));
}

/* dir/multi.csv: days from 2015-11-01 to 2021-04-30 without 2018-01-10..12; dir/multi.yaml:
 * the built-in scenario with that file as its weather. Loads it into s. */
static void load_multi_year(const char *dir, scenario *s)
{
	char path[512];
	snprintf(path, sizeof path, "%s/multi.csv", dir);
	FILE *f = fopen(path, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs("date,tmax_c,tmin_c,rain_mm,rh_pct,wind_m_s,sunshine_h\n", f);
	for (vd_date t = date_from_ymd(2015, 11, 1); t <= date_from_ymd(2021, 4, 30); t++)
		if (t < date_from_ymd(2018, 1, 10) || t > date_from_ymd(2018, 1, 12))
			fixture_day(f, t);
	CU_ASSERT_EQUAL_FATAL(fclose(f), 0);
	scenario b;
	load_builtin(&b);
	b.weather.source = WEATHER_FILE;
	b.weather.file = strdup("multi.csv");
	memset(b.weather.normals, 0, sizeof b.weather.normals);
	diag_list dl;
	diag_list_init(&dl);
	snprintf(path, sizeof path, "%s/multi.yaml", dir);
	CU_ASSERT_TRUE_FATAL(scenario_save(&b, path, true, &dl));
	scenario_fini(&b);
	bool ok = scenario_load_file(path, s, &dl);
	for (size_t i = 0; i < dl.count; i++)
		fprintf(stderr, "\n  %s", dl.items[i].message);
	CU_ASSERT_EQUAL(dl.count, 0);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE_FATAL(ok);
	CU_ASSERT_EQUAL_FATAL(s->weather.source, WEATHER_FILE);
}

/* The test's own move by whole years (29 February to 28 in a common year). */
static vd_date moved(vd_date d, int years)
{
	if (d == DATE_NONE)
		return d;
	int y, m, day;
	date_to_ymd(d, &y, &m, &day);
	if (m == 2 && day == 29 && !date_ymd_valid(y + years, 2, 29))
		day = 28;
	return date_from_ymd(y + years, m, day);
}

/* A plain run of a copy of s with every date moved by `years`. */
static void plain_moved_run(const scenario *s, int years, season_result *r)
{
	scenario c;
	CU_ASSERT_TRUE_FATAL(scenario_copy(&c, s));
	c.season_start = moved(c.season_start, years);
	c.season_end = moved(c.season_end, years);
	for (size_t i = 0; i < c.n_communes; i++) {
		for (size_t k = 0; k < c.communes[i].n_land; k++) {
			land_unit *u = &c.communes[i].land[k];
			u->free_from = moved(u->free_from, years);
			u->free_until = moved(u->free_until, years);
		}
		for (size_t k = 0; k < c.communes[i].n_plan; k++)
			c.communes[i].plan[k].sow = moved(c.communes[i].plan[k].sow, years);
	}
	for (size_t k = 0; k < c.n_shocks; k++)
		c.shocks[k].from = moved(c.shocks[k].from, years);
	weather_series w;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&c, 0, &w, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE_FATAL(season_run(&c, &w, r, NULL, NULL));
	weather_series_fini(&w);
	scenario_fini(&c);
}

static int cmp_dbl(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void test_ensemble_observed_years_are_the_seasons(void)
{
	/* The weather file holds 2015-11-01..2021-04-30 less three days of January 2018; the
	 * season runs 09-01..04-30. Whole seasons: those starting 2016, 2018, 2019 and 2020
	 * (2015 starts before the file, 2017 has the gap): 4 seasons, 2016 to 2020, 1 year
	 * left out; --seasons (30) does not apply, and no warning. With a cold spell from
	 * 2021-01-20 moved with each year, season y is the plain run of the scenario with
	 * every date moved by y − 2020: the mean, min, max and P50 of the district output, each
	 * item's mean yield and failures, the counts of warnings. The 2018 season meets the
	 * frost week of January 2019. */
	char dir[256];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "ensemble-years"));
	scenario s;
	load_multi_year(dir, &s);
	s.shocks = calloc(1, sizeof *s.shocks);
	CU_ASSERT_PTR_NOT_NULL_FATAL(s.shocks);
	s.n_shocks = 1;
	s.shocks[0] = (shock){ .kind = SHOCK_COLD_SPELL, .enabled = true,
			       .from = date_from_ymd(2021, 1, 20), .days = 5, .tmin_c = 1.0,
			       .tmax_c = 8.0, .crop = -1, .mark = { -1, 0, 0 } };

	ensemble_result er, er2;
	ensemble_result_init(&er);
	ensemble_result_init(&er2);
	ensemble_options o = { .seasons = 30, .threads = 2 };
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &er));
	CU_ASSERT_FALSE(er.generated);
	CU_ASSERT_EQUAL(er.seasons, 4);
	CU_ASSERT_EQUAL(er.seasons_asked, 30);
	CU_ASSERT_EQUAL(er.year_first, 2016);
	CU_ASSERT_EQUAL(er.year_last, 2020);
	CU_ASSERT_EQUAL(er.years_skipped, 1);
	o.sample_cap = 1;
	CU_ASSERT_TRUE_FATAL(run_with(&s, &o, &er2));
	CU_ASSERT(er2.passes >= 2);
	CU_ASSERT_TRUE(same_result(&er, &er2));

	const int shifts[4] = { -4, -2, -1, 0 };
	double out[4], sum = 0.0;
	double *yield_sum = calloc(er.n_items, sizeof *yield_sum);
	size_t *item_failures = calloc(er.n_items, sizeof *item_failures);
	size_t frost = 0;
	CU_ASSERT_FATAL(yield_sum && item_failures);
	season_result r;
	season_result_init(&r);
	for (int k = 0; k < 4; k++) {
		plain_moved_run(&s, shifts[k], &r);
		CU_ASSERT_EQUAL_FATAL(r.n_items, er.n_items);
		out[k] = r.district.g.output_t;
		sum += out[k];
		for (size_t j = 0; j < r.n_items; j++) {
			yield_sum[j] += r.items[j].yield_t_ha;
			item_failures[j] += r.items[j].yield_t_ha < 0.5 * r.items[j].yield_potential_t_ha;
		}
		bool cold = false;
		for (size_t j = 0; j < r.n_warnings; j++)
			cold |= r.warnings[j].kind == WARN_COLD_DAMAGE;
		frost += cold;
	}
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.mean, sum / 4.0, 0);
	qsort(out, 4, sizeof *out, cmp_dbl);
	CU_ASSERT(out[0] < out[3]);            /* the years differ */
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.min, out[0], 0);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.max, out[3], 0);
	/* P50 of 4: h = 1.5, x1 + 0.5 (x2 − x1) */
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.p50, out[1] + 0.5 * (out[2] - out[1]), 0);
	for (size_t j = 0; j < er.n_items; j++) {
		CU_ASSERT_DOUBLE_EQUAL(er.items[j].yield_t_ha.mean, yield_sum[j] / 4.0, 0);
		CU_ASSERT_EQUAL(er.items[j].failures, item_failures[j]);
	}
	CU_ASSERT_EQUAL(er.warning_seasons[WARN_COLD_DAMAGE], frost);
	CU_ASSERT(frost >= 1);

	/* Only the 2020 season covered (the days from 2020-06-01): one season, a warning. */
	size_t lo = 0;
	while (s.weather.daily[lo].date < date_from_ymd(2020, 6, 1))
		lo++;
	memmove(s.weather.daily, &s.weather.daily[lo], (s.weather.n_daily - lo) * sizeof *s.weather.daily);
	s.weather.n_daily -= lo;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(ensemble_run(&s, &o, &er, &dl));
	CU_ASSERT_EQUAL(er.seasons, 1);
	CU_ASSERT_EQUAL(er.year_first, 2020);
	CU_ASSERT_EQUAL(dl.warnings, 1);
	plain_moved_run(&s, 0, &r);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.mean, r.district.g.output_t, 0);
	diag_list_fini(&dl);
	season_result_fini(&r);
	free(yield_sum);
	free(item_failures);
	ensemble_result_fini(&er);
	ensemble_result_fini(&er2);
	scenario_fini(&s);
	CU_ASSERT_TRUE(tmpdir_remove(dir));
}

VUDONG_SUITE(ensemble)
{
	SUITE_ADD(s, "ensemble");
	TEST_ADD(s, test_ensemble_quantiles_of_a_known_list_by_hand);
	TEST_ADD(s, test_ensemble_indicator_statistics_match_the_stored_list);
	TEST_ADD(s, test_ensemble_one_season_equals_a_plain_run);
	TEST_ADD(s, test_ensemble_season_k_uses_seed_plus_k);
	TEST_ADD(s, test_ensemble_same_seed_gives_the_same_result);
	TEST_ADD(s, test_ensemble_counts_failures_and_missed_targets);
	TEST_ADD(s, test_ensemble_observed_weather_runs_one_season_with_a_warning);
	TEST_ADD(s, test_ensemble_memory_is_flat_in_n);
	TEST_ADD(s, test_ensemble_multipass_equals_stored_values);
	TEST_ADD(s, test_ensemble_threads_give_the_same_result);
	TEST_ADD(s, test_ensemble_progress_rises_to_one);
	TEST_ADD(s, test_ensemble_cancel_from_progress_stops_the_run);
	TEST_ADD(s, test_ensemble_profit_and_group_contributions);
	TEST_ADD(s, test_ensemble_observed_years_are_the_seasons);
	return 0;
}
