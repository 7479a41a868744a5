/* outlook_live.h - the outlook the overview leads with, kept in step with the scenario
 * being edited (issue 12): after an edit the season itself is recomputed at once (app.c);
 * the outlook (outlook.h: the scenario's seasons and seed) is recomputed on one background
 * thread (ensemble_job.h, the risk screen's machinery), and until it is done the figures on
 * show are those of an older version: outlook_live_current says so, and the overview marks
 * them as provisional. At most one outlook thread runs: after a burst of edits the next run
 * starts once the stopped one has ended (at its next batch). Results are remembered per
 * scenario version, so undo and redo show theirs at once. No curses here. */
#ifndef VUDONG_OUTLOOK_LIVE_H
#define VUDONG_OUTLOOK_LIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "ensemble_job.h"
#include "outlook.h"
#include "scenario.h"

#define OUTLOOK_LIVE_CACHE    8   /* versions whose outlook is remembered */
#define OUTLOOK_LIVE_STOPPING 4   /* stopped runs whose threads are still ending */
#define OUTLOOK_LIVE_THREADS  1   /* the other core stays with the interface */

typedef struct {
	unsigned long version;
	outlook o;
} outlook_cached;

typedef struct {
	ensemble_job *job;                 /* the run going on, or NULL */
	unsigned long job_version;         /* the scenario version it runs on */
	double job_started_ms;             /* when the version it runs on was first seen */
	ensemble_job *stopping[OUTLOOK_LIVE_STOPPING];
	outlook shown;                     /* the figures on show (maybe of an older version) */
	bool have;                         /* shown holds a finished outlook */
	unsigned long shown_version;       /* the scenario version of shown */
	outlook_cached cache[OUTLOOK_LIVE_CACHE];
	size_t n_cache, next_cache;
	bool failed;                       /* the run on the current version failed */
	unsigned long failed_version;
	char error[256], error_vi[256];    /* why (the first diagnostic), in English and Vietnamese */
	double last_ms;                    /* from the edit to the final outlook, the last run */
	bool paused;                       /* tests and the benchmark: start no run */
} outlook_live;

void outlook_live_init(outlook_live *ol);
/* Stops a run going on and waits for the threads; NULL is a no-op. */
void outlook_live_fini(outlook_live *ol);
/* Brings the outlook in step with version v of s (scenario_ok: the season of s computed,
 * else no run is started): a finished run is kept (and remembered); a run on another
 * version is stopped; a remembered outlook of v is shown at once, else a run on s starts.
 * now_ms: the clock (clock_now_ms), for last_ms. Returns true when what is shown changed. */
bool outlook_live_sync(outlook_live *ol, const scenario *s, unsigned long v, bool scenario_ok,
		       double now_ms);
/* The outlook on show belongs to version v (it is final, not provisional). */
bool outlook_live_current(const outlook_live *ol, unsigned long v);
/* A run is going on or ending: the loop should wake soon. */
bool outlook_live_busy(const outlook_live *ol);
/* The outlook of version v when it is known (on show or remembered), else NULL. */
const outlook *outlook_live_get(const outlook_live *ol, unsigned long v);

#endif
