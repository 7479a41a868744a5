/* ensemble.h - many seasons of one scenario, each under its own generated weather, and the
 * distribution of their results (DESIGN §3.10): per district, commune, crop and plan item the
 * mean, standard deviation, P10, P50 and P90 of output, value and (district) growth
 * contribution, the probability of a crop failure and of missing the plan target.
 *
 * Seasons: with monthly normals, season k (0 ≤ k < N) is weather_build with the generator
 * seed `seed + k` (seed = --seed, else the scenario's generator seed), so season 0 with the
 * scenario's seed is exactly the plain run. Observed weather (a file or inline daily rows)
 * holds one season only: the ensemble then runs that one season and says so in a warning.
 *
 * Memory: one double per season per metric (the samples the quantiles need), the result's
 * fixed arrays, and one season's weather and results at a time (freed before the next
 * season is built). Nothing else grows with N; ensemble_alloc_bytes gives the formula. */
#ifndef VUDONG_ENSEMBLE_H
#define VUDONG_ENSEMBLE_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"
#include "season.h"

/* A crop fails in a season when its yield is below this share of its potential yield Ym
 * (an item: its own yield; a crop: its district yield, output / area). An immature item has
 * no harvest: yield 0, a failure. */
#define ENSEMBLE_FAILURE_SHARE 0.5
/* Number of warning kinds counted (warning_kind runs from 0 to WARN_TARGET_MISSED). */
#define ENSEMBLE_WARNING_KINDS ((int)WARN_TARGET_MISSED + 1)

/* The distribution of one figure over the seasons. sd is the sample standard deviation
 * (divisor n − 1; 0 for one season). P10, P50, P90 are quantiles of type 7 (Hyndman and
 * Fan 1996; R's default, numpy's "linear"): with the n values sorted x[0] ≤ … ≤ x[n−1],
 * Q(p) = x[j] + g (x[j+1] − x[j]) where h = (n − 1) p, j = floor(h), g = h − j.
 * All NaN when the figure does not exist (growth figures without an economy section). */
typedef struct {
	double mean, sd, p10, p50, p90, min, max;
} ensemble_stats;

typedef struct {
	double area_ha;                 /* the plan's area: the same in every season */
	size_t n_items;                 /* plan items in the group */
	ensemble_stats output_t, value_mvnd, profit_mvnd;
	/* The group's part of the district growth contribution (pp): the season's contribution
	 * × the group's share of the winter crop's value at constant prices. NaN without economy. */
	ensemble_stats contribution_pp;
	size_t failures;                /* seasons with a failure (see ensemble_result) */
} ensemble_group;

typedef struct {
	ensemble_group g;
	ensemble_stats value_const_mvnd;
	bool has_economy;
	ensemble_stats winter_growth_pct, contribution_pp, district_growth_pct;
	bool has_target;
	double target_growth_pct;
	size_t target_missed;           /* seasons whose district growth is below the target */
} ensemble_district;

typedef struct {
	int commune, item, crop;        /* indices into the scenario */
	double area_ha, yield_potential_t_ha;
	ensemble_stats yield_t_ha;      /* output_t is yield × area */
	size_t failures;                /* seasons with yield < ENSEMBLE_FAILURE_SHARE × Ym */
} ensemble_item;

typedef struct {
	int seasons_asked;              /* N as asked */
	int seasons;                    /* seasons run: N, or 1 with observed weather */
	bool generated;                 /* weather from normals (seeds below) */
	unsigned long seed_first;       /* seeds seed_first … seed_first + seasons − 1 */
	ensemble_district district;     /* failures: seasons in which some plan item failed */
	ensemble_group *communes;       /* one per commune; failures: some item of the commune failed */
	size_t n_communes;
	ensemble_group *crops;          /* one per crop; failures: the crop's district yield < share × Ym */
	size_t n_crops;
	ensemble_item *items;           /* one per plan item, in scenario order */
	size_t n_items;
	size_t warning_seasons[ENSEMBLE_WARNING_KINDS];  /* seasons with at least one warning of each kind */
	size_t alloc_bytes;             /* bytes ensemble_run allocated itself, at its peak */
	bool cancelled;                 /* stopped through ensemble_options.cancel */
} ensemble_result;

typedef struct {
	int seasons;                    /* N ≥ 1 (generated weather) */
	bool seed_given;                /* false: the scenario's generator seed */
	unsigned long seed;
	int threads;                    /* 0: one per online CPU; results are identical for any count */
	/* Called on the calling thread between batches with the share of the work done (0..1);
	 * NULL for none. */
	void (*progress)(void *ctx, double done);
	void *progress_ctx;
	/* When non-NULL and set non-zero (from any thread), the run stops at the next batch:
	 * ensemble_run returns false with er->cancelled set and adds no diagnostic. */
	const atomic_int *cancel;
} ensemble_options;

void ensemble_result_init(ensemble_result *er);
void ensemble_result_fini(ensemble_result *er);    /* safe on an init'ed result; NULL is a no-op */

/* Runs the ensemble into er (initialised; what it held is replaced). Problems building the
 * weather are errors in dl (false is returned); observed weather is a warning in dl (one
 * season is run). False also on out of memory (with a diagnostic). */
bool ensemble_run(const scenario *s, const ensemble_options *o, ensemble_result *er,
		  diag_list *dl);

/* The samples kept per season: 6 district figures (output, value, value at constant prices,
 * winter growth, contribution, district growth), 2 per commune and per crop (output,
 * value), 1 per plan item (yield). */
size_t ensemble_metric_count(const scenario *s);
/* What ensemble_run allocates itself for `seasons` seasons (er->alloc_bytes):
 *   ensemble_metric_count(s) × seasons × sizeof(double)        the samples (freed at the end)
 * + n_communes × sizeof(ensemble_group) + n_crops × sizeof(ensemble_group)
 * + n_items × sizeof(ensemble_item)                            the result (kept).
 * Besides this, one season's weather series and season result exist at a time. */
size_t ensemble_alloc_bytes(const scenario *s, int seasons);

/* The statistics of v[0..n-1] (sorted in place); all NaN when n is 0. */
void ensemble_stats_of(double *v, size_t n, ensemble_stats *out);
/* The statistics of a 0/1 indicator that was 1 in k of n seasons (mean = k / n, the
 * probability), by the same definitions, without storing the indicator. */
void ensemble_stats_of_count(size_t k, size_t n, ensemble_stats *out);
/* Type 7 quantile p (0..1) of sorted[0..n-1], n ≥ 1. */
double ensemble_quantile(const double *sorted, size_t n, double p);

#endif
