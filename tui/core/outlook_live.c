/* outlook_live.c - the overview's outlook in the background (outlook_live.h): one ensemble
 * job per scenario version, stopped when the scenario changes under it, its result kept
 * with the version it belongs to in a small ring of remembered outlooks. */
#include "outlook_live.h"

#include <stdio.h>
#include <string.h>

void outlook_live_init(outlook_live *ol)
{
	memset(ol, 0, sizeof *ol);
}

void outlook_live_fini(outlook_live *ol)
{
	if (!ol)
		return;
	ensemble_job_destroy(ol->job);
	for (int i = 0; i < OUTLOOK_LIVE_STOPPING; i++)
		ensemble_job_destroy(ol->stopping[i]);
	memset(ol, 0, sizeof *ol);
}

const outlook *outlook_live_get(const outlook_live *ol, unsigned long v)
{
	if (ol->have && ol->shown_version == v)
		return &ol->shown;
	for (size_t i = 0; i < ol->n_cache; i++)
		if (ol->cache[i].version == v)
			return &ol->cache[i].o;
	return NULL;
}

bool outlook_live_current(const outlook_live *ol, unsigned long v)
{
	return ol->have && ol->shown_version == v;
}

bool outlook_live_busy(const outlook_live *ol)
{
	if (ol->job)
		return true;
	for (int i = 0; i < OUTLOOK_LIVE_STOPPING; i++)
		if (ol->stopping[i])
			return true;
	return false;
}

static void say_out_of_memory(outlook_live *ol)
{
	snprintf(ol->error, sizeof ol->error, "%s", tr(LANG_EN, "out of memory"));
	snprintf(ol->error_vi, sizeof ol->error_vi, "%s", tr(LANG_VI, "out of memory"));
}

static void remember(outlook_live *ol, unsigned long v, const outlook *o)
{
	for (size_t i = 0; i < ol->n_cache; i++)
		if (ol->cache[i].version == v) {
			ol->cache[i].o = *o;
			return;
		}
	ol->cache[ol->next_cache] = (outlook_cached){ v, *o };
	ol->next_cache = (ol->next_cache + 1) % OUTLOOK_LIVE_CACHE;
	if (ol->n_cache < OUTLOOK_LIVE_CACHE)
		ol->n_cache++;
}

/* Puts a stopped job where later syncs reap it once its thread has ended. */
static void park(outlook_live *ol, ensemble_job *j)
{
	ensemble_job_cancel(j);
	for (int i = 0; i < OUTLOOK_LIVE_STOPPING; i++)
		if (!ol->stopping[i]) {
			ol->stopping[i] = j;
			return;
		}
	ensemble_job_destroy(ol->stopping[0]);   /* asked to stop long ago */
	memmove(ol->stopping, ol->stopping + 1, sizeof ol->stopping[0] * (OUTLOOK_LIVE_STOPPING - 1));
	ol->stopping[OUTLOOK_LIVE_STOPPING - 1] = j;
}

static void reap(outlook_live *ol)
{
	for (int i = 0; i < OUTLOOK_LIVE_STOPPING; i++)
		if (ol->stopping[i] && ensemble_job_poll(ol->stopping[i], NULL) != JOB_RUNNING) {
			ensemble_job_destroy(ol->stopping[i]);
			ol->stopping[i] = NULL;
		}
}

/* The job ended: show its outlook, or say why there is none. */
static void finish(outlook_live *ol, double now_ms)
{
	ensemble_job *j = ol->job;
	ol->job = NULL;
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	if (ensemble_job_take(j, &er, &dl)) {
		outlook_of(&er, &ol->shown);
		ol->have = true;
		ol->shown_version = ol->job_version;
		ol->last_ms = now_ms - ol->job_started_ms;
		remember(ol, ol->job_version, &ol->shown);
	} else {
		ol->failed = true;
		ol->failed_version = ol->job_version;
		if (dl.count) {
			diag_format_in(&dl.items[0], LANG_EN, ol->error, sizeof ol->error);
			diag_format_in(&dl.items[0], LANG_VI, ol->error_vi, sizeof ol->error_vi);
		} else {
			say_out_of_memory(ol);
		}
	}
	diag_list_fini(&dl);
	ensemble_result_fini(&er);
	ensemble_job_destroy(j);   /* the thread has ended: no wait */
}

bool outlook_live_sync(outlook_live *ol, const scenario *s, unsigned long v, bool scenario_ok,
		       double now_ms)
{
	bool changed = false;
	reap(ol);
	if (ol->job && ensemble_job_poll(ol->job, NULL) != JOB_RUNNING) {
		finish(ol, now_ms);
		changed = true;
	}
	if (ol->job && ol->job_version != v) {
		park(ol, ol->job);
		ol->job = NULL;
	}
	if (outlook_live_current(ol, v) || ol->job || ol->paused)
		return changed;
	if (ol->failed && ol->failed_version == v)
		return changed;
	const outlook *known = outlook_live_get(ol, v);
	if (known) {
		ol->shown = *known;
		ol->shown_version = v;
		ol->have = true;
		return true;
	}
	if (!scenario_ok)
		return changed;
	/* One outlook thread at a time: a stopped run ends at its next batch (a few ms) before
	 * the next starts, so a burst of edits never piles up threads beside the interface. */
	for (int i = 0; i < OUTLOOK_LIVE_STOPPING; i++)
		if (ol->stopping[i])
			return changed;
	ol->job = ensemble_job_start(s, outlook_seasons(s), OUTLOOK_LIVE_THREADS);
	ol->job_version = v;
	ol->job_started_ms = now_ms;
	if (!ol->job) {
		ol->failed = true;
		ol->failed_version = v;
		say_out_of_memory(ol);
	}
	return true;
}
