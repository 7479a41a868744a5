/* risk_control.c - the risk screen's runs: how many seasons (the steps of + and -, the
 * scenario's default), starting a run on the current scenario in the background, stopping
 * it (by a key or because the scenario changed), and the poll that reads its progress, keeps
 * its result when it ends and reaps stopped runs once their threads have ended. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "studies.h"

/* The seasons + and - step through. */
static const int season_steps[] = { 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 3000,
				    5000, 10000, 20000, 50000, RISK_MAX_SEASONS };
#define N_SEASON_STEPS ((int)(sizeof season_steps / sizeof season_steps[0]))

int risk_step_seasons(int n, int dir)
{
	if (dir > 0) {
		for (int i = 0; i < N_SEASON_STEPS; i++)
			if (season_steps[i] > n)
				return season_steps[i];
		return RISK_MAX_SEASONS;
	}
	for (int i = N_SEASON_STEPS - 1; i >= 0; i--)
		if (season_steps[i] < n)
			return season_steps[i];
	return n < 1 ? 1 : n > season_steps[0] ? season_steps[0] : n;
}

int risk_seasons(const app *a)
{
	const risk_study *r = &a->studies->risk;
	if (r->seasons > 0)
		return r->seasons;
	return a->cur.scn.ensemble_seasons > 0 ? a->cur.scn.ensemble_seasons : RISK_DEFAULT_SEASONS;
}

/* ---- the job ---- */

/* Puts a job that was asked to stop where the sync reaps it once its thread has ended. */
static void park(risk_study *r, ensemble_job *j)
{
	ensemble_job_cancel(j);
	for (int i = 0; i < RISK_STOPPING_MAX; i++)
		if (!r->stopping[i]) {
			r->stopping[i] = j;
			return;
		}
	/* Full: wait for the oldest (asked to stop long ago) to make room. */
	ensemble_job_destroy(r->stopping[0]);
	memmove(r->stopping, r->stopping + 1, sizeof r->stopping[0] * (RISK_STOPPING_MAX - 1));
	r->stopping[RISK_STOPPING_MAX - 1] = j;
}

static void stop(risk_study *r, risk_phase why)
{
	if (!r->job)
		return;
	park(r, r->job);
	r->job = NULL;
	r->phase = why;
}

unsigned risk_start(app *a)
{
	risk_study *r = &a->studies->risk;
	stop(r, RISK_CANCELLED);
	diag_list_fini(&r->diags);
	diag_list_init(&r->diags);
	r->auto_started = true;
	r->job = ensemble_job_start(&a->cur.scn, risk_seasons(a), 0);
	if (!r->job) {
		r->phase = RISK_FAILED;
		diag_add(&r->diags, DIAG_ERROR, NULL, 0, 0, "%s",
			 tr(a->lang, "Out of memory: the seasons could not be started"));
		return CHANGED_VIEW;
	}
	r->job_version = a->version;
	r->progress = 0;
	r->phase = RISK_RUNNING;
	return CHANGED_VIEW;
}

unsigned risk_cancel(app *a)
{
	risk_study *r = &a->studies->risk;
	if (!r->job)
		return CHANGED_NOTHING;
	stop(r, RISK_CANCELLED);
	app_set_status(a, false, "%s", tr(a->lang, "Risk: the run was stopped"));
	return CHANGED_VIEW;
}

/* The job ended: keep its result (or why it failed). */
static void finish(app *a, bool shown)
{
	risk_study *r = &a->studies->risk;
	ensemble_job *j = r->job;
	r->job = NULL;
	diag_list_fini(&r->diags);
	diag_list_init(&r->diags);
	ensemble_result res;
	ensemble_result_init(&res);
	if (ensemble_job_take(j, &res, &r->diags)) {
		ensemble_result_fini(&r->result);
		r->result = res;
		r->have_result = true;
		r->result_version = r->job_version;
		r->result_ms = ensemble_job_elapsed_ms(j);
		r->phase = RISK_FINISHED;
		if (!shown)
			app_set_status(a, false, tr(a->lang, "Risk: %d seasons done (key 8 shows them)"),
				       r->result.seasons);
	} else {
		ensemble_result_fini(&res);
		r->phase = ensemble_job_poll(j, NULL) == JOB_CANCELLED ? RISK_CANCELLED : RISK_FAILED;
	}
	ensemble_job_destroy(j);   /* the thread has ended: no wait */
}

unsigned risk_poll(app *a, bool shown)
{
	risk_study *r = &a->studies->risk;
	unsigned bits = CHANGED_NOTHING;
	for (int i = 0; i < RISK_STOPPING_MAX; i++)
		if (r->stopping[i] && ensemble_job_poll(r->stopping[i], NULL) != JOB_RUNNING) {
			ensemble_job_destroy(r->stopping[i]);
			r->stopping[i] = NULL;
		}
	if (r->job) {
		job_status st = ensemble_job_poll(r->job, &r->progress);
		if (st != JOB_RUNNING) {
			finish(a, shown);
			bits |= CHANGED_VIEW;
		} else if (r->job_version != a->version) {
			stop(r, RISK_STOPPED_BY_EDIT);
			bits |= CHANGED_VIEW;
		} else if (shown) {
			bits |= CHANGED_VIEW;   /* the progress bar and the time */
		}
	}
	/* The first visit runs the seasons; later ones show what there is. */
	if (shown && !r->auto_started && !r->job)
		bits |= risk_start(a);
	return bits;
}

