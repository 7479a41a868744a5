/* outlook.h - what the plan will produce, as a planner reports it (DESIGN §6, issue 12): the
 * median and the P10–P90 range of the district's output, value, growth contribution and
 * district growth over many seasons of the scenario's weather, and the chance of meeting the
 * growth target. The seasons come from the ensemble engine (ensemble.h) with the scenario's
 * own defaults, so the outlook's quantiles are exactly those of `vudong ensemble` with the
 * same seasons, seed and threads (ensemble_result in, outlook out: outlook_of).
 *
 * Method: generated seasons (weather from monthly normals, seeds seed … seed+N−1), the
 * observed seasons of a multi-year weather file, or (once the weather can be a station
 * record) the record's winters; each has a stable name for files and words for people. */
#ifndef VUDONG_OUTLOOK_H
#define VUDONG_OUTLOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "ensemble.h"
#include "scenario.h"

/* Seasons when the scenario names none (`ensemble: {seasons}`): enough for a steady P10 and
 * P90 (20 seasons beyond each), few enough for the interface to redo after every edit (the
 * built-in scenario: about 60 ms on one core, DESIGN §9 asks < 250 ms). */
#define OUTLOOK_DEFAULT_SEASONS 200

typedef enum {
	OUTLOOK_GENERATED,   /* generated from normals, one seed per season */
	OUTLOOK_OBSERVED,    /* the seasons an observed multi-year weather file covers */
	OUTLOOK_RECORD       /* the winters of a station record, replayed (issue 11) */
} outlook_method;

/* A figure over the seasons; NaN when the figure does not exist (no economy). */
typedef struct {
	double p10, p50, p90, mean;
} outlook_range;

typedef struct {
	int seasons;                       /* seasons run (0: no outlook) */
	outlook_method method;
	unsigned long seed_first;          /* generated: seeds seed_first … + seasons − 1 */
	int year_first, year_last;         /* observed or record: the first and last season's year */
	outlook_range output_t, value_mvnd, value_const_mvnd;
	bool has_economy;
	outlook_range winter_growth_pct, contribution_pp, district_growth_pct;
	bool has_target;
	double target_growth_pct;
	size_t target_met;                 /* seasons whose district growth reaches the target */
	double p_target_met;               /* target_met / seasons; NaN without a target */
} outlook;

/* "generated", "observed", "record": the JSON `method`. */
const char *outlook_method_name(outlook_method m);
/* The seasons the outlook runs: the scenario's `ensemble: {seasons}`, else the default. */
int outlook_seasons(const scenario *s);
/* The ensemble options of the outlook: outlook_seasons, the scenario's seed, `threads`
 * (0: one per CPU; the result is the same for any count). */
ensemble_options outlook_options(const scenario *s, int threads);
/* The outlook of a finished ensemble run (the district's statistics, unchanged). */
void outlook_of(const ensemble_result *er, outlook *out);
/* Runs the ensemble with outlook_options and fills out. False with diagnostics in dl when
 * the weather cannot be built or memory runs out (out then holds seasons = 0). */
bool outlook_run(const scenario *s, int threads, outlook *out, diag_list *dl);
/* The median growth reaches the target (false without a target or economy). */
bool outlook_median_meets_target(const outlook *o);

#endif
