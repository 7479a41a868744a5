/* ensemble_stats.h - exact statistics of many figures over N seasons in memory that does not
 * grow with N (the ensemble's order statistics, DESIGN §3.10): count, mean (the sum in season
 * order / N), sample SD (Welford's sum of squares in season order), min, max, and the type-7
 * quantiles P10, P50, P90, equal bit for bit to those of the N values sorted.
 *
 * The caller feeds every season's figures in season order (ensemble_tracker_add), ends the
 * pass, and feeds the same seasons again in the same order while the pass end says AGAIN.
 *
 * - N ≤ cap: every value is kept, then sorted: one pass.
 * - N > cap: pass 1 keeps the sums, min and max, and counts each figure's values in bins
 *   whose edges are the distinct values of its first min(cap, 64) seasons: one bin per edge
 *   (a value equal to it) and one between each two edges, so a point mass such as a yield
 *   capped at Ym that shows among the first seasons is resolved at once. Each order statistic
 *   still needed (ranks j and j + 1 of each quantile, Q(p) = x[j] + g (x[j+1] − x[j])) then
 *   lies in an open interval lo < x < hi holding `count` values, `below` of them ≤ lo
 *   (intervals of ranks that share one are one). A later pass either collects those values
 *   and selects exactly — when they are at most cap and all such intervals fit the budget
 *   below, else only when they cost no more than two narrowing steps — or counts them in
 *   the bins of up to 17 edges spaced evenly inside the interval, narrowing it; the
 *   interval's min and max are tracked, and when they are equal every rank in it is
 *   resolved. A value's bin is always found by a binary search over stored edges: the same
 *   test in every pass.
 * - Per pass, interval buffers stay within a budget of max(512 × cap, 32768) bytes; an
 *   interval that does not fit waits for the next pass (the first of a pass always goes).
 * - A figure with a non-finite value gets NaN statistics.
 *
 * Every narrowing leaves strictly fewer representable doubles in the interval, so the passes
 * end. With the default cap (256) and the built-in scenario's 96 figures: 2 passes for
 * N = 1,000, 3 for N = 10,000, 4 for N = 100,000, the tracker holding at most about
 * 170 KiB (ensemble_tracker_bound: 226 KiB). */
#ifndef VUDONG_ENSEMBLE_STATS_H
#define VUDONG_ENSEMBLE_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "ensemble.h"

typedef struct ensemble_tracker ensemble_tracker;

typedef enum {
	ENSEMBLE_TRACK_DONE,       /* every statistic is known */
	ENSEMBLE_TRACK_AGAIN,      /* feed the same values again, in the same order */
	ENSEMBLE_TRACK_NO_MEMORY,
} ensemble_track_status;

/* A tracker of n_figures figures over n_values seasons (1 ≤ n_values < 2^32) keeping at most
 * cap ≥ 1 values per figure. NULL on out of memory. destroy(NULL) is a no-op. */
ensemble_tracker *ensemble_tracker_create(size_t n_figures, size_t n_values, size_t cap);
void ensemble_tracker_destroy(ensemble_tracker *t);

/* One season's figures, v[0..n_figures-1]. Never allocates. */
void ensemble_tracker_add(ensemble_tracker *t, const double *v);
/* Ends a pass (after n_values adds). */
ensemble_track_status ensemble_tracker_pass_end(ensemble_tracker *t);
/* The passes still to run, the one being fed included: exact with N ≤ cap, otherwise an
 * estimate (for progress); 0 when done. */
int ensemble_tracker_passes_left(const ensemble_tracker *t);
/* The statistics of a figure once the tracker is done. */
void ensemble_tracker_stats(const ensemble_tracker *t, size_t figure, ensemble_stats *out);
/* Bytes the tracker allocated, at its peak so far. */
size_t ensemble_tracker_peak_bytes(const ensemble_tracker *t);
/* An upper bound of ensemble_tracker_peak_bytes for these arguments; for n_values > cap it
 * does not depend on n_values. */
size_t ensemble_tracker_bound(size_t n_figures, size_t n_values, size_t cap);

#endif
