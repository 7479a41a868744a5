/* ensemble.h - many seasons of one scenario and the distribution of their results (DESIGN
 * §3.10): per district, commune, crop and plan item the mean, standard deviation, P10, P50
 * and P90 of output, value, profit and growth contribution, the probability of a crop failure
 * and of missing the plan target, and how often each warning came up.
 *
 * Seasons: with monthly normals, season k (0 ≤ k < N) is weather_build with the generator
 * seed `seed + k` (seed = --seed, else the scenario's generator seed), so season 0 with the
 * scenario's seed is exactly the plain run. Observed weather (a file or inline daily rows)
 * runs every season the days cover: the scenario's dates moved by whole years
 * (scenario_shift.h), each shift whose whole season lies inside the observed days, in year
 * order; N (`seasons`) does not apply. When it covers one season only, that one is run and a
 * warning says so (when more were asked).
 *
 * Record (ensemble_options.record, a station record as the weather): one season per winter
 * the record covers, in year order: the scenario's dates moved by whole years to the winter
 * starting in year Y (scenario_shift.h) and its weather replayed from that winter's months
 * (weather_build_record; seed = the scenario's generator seed + Y), for every Y in
 * year_from..year_to (0: the record's first / last year) whose season's months the record
 * holds; N (`seasons`) does not apply.
 *
 * Threads: seasons are computed in batches by `threads` workers, each with its own weather
 * and season buffers; every sum, count and histogram is updated by the calling thread in
 * season order, so the result is the same bit for bit whatever the number of threads.
 *
 * Memory does not grow with N: the quantiles are exact order statistics kept in bounded
 * memory (ensemble_stats.h): N ≤ sample_cap keeps every value (one pass); above, the seasons
 * are run again (they are deterministic) in as many passes as the order statistics need.
 * ensemble_alloc_bytes bounds what the run allocates itself. */
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
	 * × the group's share of the district's value at constant prices that season (by its
	 * share of the plan area when the district harvests nothing). The groups of one level
	 * (communes, crops) add up to the district's contribution in every season; the district's
	 * own is its whole contribution. NaN without economy. */
	ensemble_stats contribution_pp;
	size_t failures;                /* seasons with a failure (see ensemble_result) */
} ensemble_group;

typedef struct {
	ensemble_group g;               /* g.contribution_pp equals contribution_pp below */
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

/* One season's row of `--table seasons` (DESIGN §6), kept when ensemble_options.season_rows. */
typedef struct {
	long season;                    /* the generator seed, or the year a replayed winter starts */
	int year;                       /* the year the season starts */
	double output_t, value_const_mvnd;
	/* The share of the district's output lost to cold and to water: output with F_cold (or
	 * F_water) set to 1, Σ Ym × area × the other factors over the items that matured,
	 * against the output simulated; 0 when that output is 0. */
	double cold_loss_pct, water_loss_pct;
} ensemble_season_row;

typedef struct {
	int seasons_asked;              /* N as asked */
	int seasons;                    /* seasons run: N generated, or the observed seasons */
	bool generated;                 /* weather from normals or a station (seeds below) */
	bool record;                    /* winters replayed from the station record */
	unsigned long seed_first;       /* seeds seed_first … seed_first + seasons − 1 */
	/* Observed weather or the record: the calendar years in which the first and the last
	 * season run start (the scenario's season start moved by whole years), and how many years
	 * between them were left out because the weather does not cover their whole season. 0
	 * when generated. */
	int year_first, year_last, years_skipped;
	ensemble_district district;     /* failures: seasons in which some plan item failed */
	ensemble_group *communes;       /* one per commune; failures: some item of the commune failed */
	size_t n_communes;
	ensemble_group *crops;          /* one per crop; failures: the crop's district yield < share × Ym */
	size_t n_crops;
	ensemble_item *items;           /* one per plan item, in scenario order */
	size_t n_items;
	size_t warning_seasons[ENSEMBLE_WARNING_KINDS];  /* seasons with at least one warning of each kind */
	ensemble_season_row *season_rows; /* one per season in season order, when asked; owned */
	size_t n_season_rows;
	size_t alloc_bytes;             /* bytes ensemble_run allocated itself, at its peak */
	int passes;                     /* times the seasons were run (1 when N ≤ the sample cap) */
	int threads;                    /* threads that computed seasons (the calling one included) */
	bool cancelled;                 /* stopped through ensemble_options.cancel */
} ensemble_result;

/* Values kept per figure before the multi-pass order statistics take over (the default of
 * ensemble_options.sample_cap). */
#define ENSEMBLE_SAMPLE_CAP 256

typedef struct {
	int seasons;                    /* N ≥ 1 (generated weather) */
	bool seed_given;                /* false: the scenario's generator seed */
	unsigned long seed;
	int threads;                    /* 0: one per online CPU; results are identical for any count */
	/* Called on the calling thread between batches with the share of the work done (0..1,
	 * never decreasing, the later passes included; 1 once at the end); NULL for none. */
	void (*progress)(void *ctx, double done);
	void *progress_ctx;
	/* When non-NULL and set non-zero (from any thread), the run stops at the next batch:
	 * ensemble_run returns false with er->cancelled set and adds no diagnostic. */
	const atomic_int *cancel;
	/* K: with N ≤ K every value is kept and one pass suffices; above, the seasons are run
	 * again to narrow the order statistics. 0: ENSEMBLE_SAMPLE_CAP. Only speed and memory
	 * depend on it, never the result (tests set it small to exercise the passes). */
	int sample_cap;
	/* Replay the station record's winters (see the top) instead of generating N seasons;
	 * year_from..year_to limit the years the seasons start in (0: no limit). */
	bool record;
	int year_from, year_to;
	/* Keep one ensemble_season_row per season (memory grows with N by 48 bytes a season). */
	bool season_rows;
} ensemble_options;

void ensemble_result_init(ensemble_result *er);
void ensemble_result_fini(ensemble_result *er);    /* safe on an init'ed result; NULL is a no-op */

/* Runs the ensemble into er (initialised; what it held is replaced). Problems building the
 * weather are errors in dl (false is returned); observed weather covering one season is a
 * warning in dl (one season is run); `record` without a station record, or with no winter
 * the record covers in the years asked, is an error. False also on out of memory (with a diagnostic), and
 * when cancelled (er->cancelled, no diagnostic). On false er holds no statistics. */
bool ensemble_run(const scenario *s, const ensemble_options *o, ensemble_result *er,
		  diag_list *dl);

/* The figures kept per season: 7 district figures (output, value, value at constant prices,
 * profit, winter growth, contribution, district growth), 4 per commune and per crop (output,
 * value, profit, contribution), 1 per plan item (yield). */
size_t ensemble_metric_count(const scenario *s);
/* An upper bound of what ensemble_run allocates itself (er->alloc_bytes) for `seasons`
 * seasons with the default sample cap, whatever the thread count: the result's arrays, the
 * order statistics (ensemble_tracker_bound), one batch of season records and the workers'
 * bookkeeping. It does not grow with N above the sample cap. Besides this, each thread holds
 * one season's weather series and season result at a time. */
size_t ensemble_alloc_bytes(const scenario *s, int seasons);

/* The statistics of v[0..n-1]: mean and SD in the order given (ensemble_stats.h), then v is
 * sorted in place for the quantiles; all NaN when n is 0. */
void ensemble_stats_of(double *v, size_t n, ensemble_stats *out);
/* The statistics of a 0/1 indicator that was 1 in k of n seasons (mean = k / n, the
 * probability), by the same definitions, without storing the indicator. */
void ensemble_stats_of_count(size_t k, size_t n, ensemble_stats *out);
/* Type 7 quantile p (0..1) of sorted[0..n-1], n ≥ 1. */
double ensemble_quantile(const double *sorted, size_t n, double p);

#endif
