/* ensemble_job.c - one ensemble_run on its own pthread: the job owns a copy of the scenario,
 * the result and the diagnostics; the thread publishes progress and its final state through
 * atomics (release on the worker's side, acquire on the poller's), so the main loop reads
 * them without locks and touches the result only after it saw the final state. */
#include "ensemble_job.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "clock.h"

#define DONE_SCALE 10000   /* progress is kept in ten-thousandths */

struct ensemble_job {
	scenario scn;                /* the private copy the run reads */
	ensemble_options opts;
	ensemble_result result;
	diag_list diags;
	pthread_t thread;
	atomic_int cancel;           /* set by ensemble_job_cancel; the engine reads it */
	atomic_int done;             /* 0 .. DONE_SCALE */
	atomic_int status;           /* job_status; JOB_RUNNING until the thread ends */
	bool ok;                     /* ensemble_run's answer (read after status) */
	bool taken;
	double t_start, t_end;       /* CLOCK_MONOTONIC ms; t_end written before status */
};

/* The engine's progress callback (on the job's thread). */
static void on_progress(void *ctx, double done)
{
	ensemble_job *j = ctx;
	if (!(done >= 0))
		done = 0;
	if (done > 1)
		done = 1;
	atomic_store_explicit(&j->done, (int)lround(done * DONE_SCALE), memory_order_relaxed);
}

static void *job_main(void *arg)
{
	ensemble_job *j = arg;
	j->ok = ensemble_run(&j->scn, &j->opts, &j->result, &j->diags);
	job_status st = j->ok ? JOB_DONE : JOB_FAILED;
	if (atomic_load(&j->cancel) || j->result.cancelled)
		st = JOB_CANCELLED;
	if (j->ok)
		atomic_store_explicit(&j->done, DONE_SCALE, memory_order_relaxed);
	j->t_end = clock_now_ms();
	atomic_store_explicit(&j->status, (int)st, memory_order_release);
	return NULL;
}

ensemble_job *ensemble_job_start(const scenario *s, int seasons, int threads)
{
	ensemble_job *j = calloc(1, sizeof *j);
	if (!j)
		return NULL;
	if (!scenario_copy(&j->scn, s)) {
		free(j);
		return NULL;
	}
	ensemble_result_init(&j->result);
	diag_list_init(&j->diags);
	atomic_init(&j->cancel, 0);
	atomic_init(&j->done, 0);
	atomic_init(&j->status, JOB_RUNNING);
	j->opts = (ensemble_options){
		.seasons = seasons,
		.threads = threads,
		.progress = on_progress,
		.progress_ctx = j,
		.cancel = &j->cancel,
	};
	j->t_start = clock_now_ms();
	if (pthread_create(&j->thread, NULL, job_main, j) != 0) {
		diag_list_fini(&j->diags);
		scenario_fini(&j->scn);
		free(j);
		return NULL;
	}
	return j;
}

job_status ensemble_job_poll(const ensemble_job *j, double *done)
{
	/* The atomics are only read; C11's atomic_load wants a non-const pointer. */
	ensemble_job *m = (ensemble_job *)j;
	job_status st = (job_status)atomic_load_explicit(&m->status, memory_order_acquire);
	if (done)
		*done = (double)atomic_load_explicit(&m->done, memory_order_relaxed) / DONE_SCALE;
	return st;
}

void ensemble_job_cancel(ensemble_job *j)
{
	if (j)
		atomic_store(&j->cancel, 1);
}

bool ensemble_job_take(ensemble_job *j, ensemble_result *er, diag_list *dl)
{
	job_status st = ensemble_job_poll(j, NULL);
	if (st == JOB_RUNNING || j->taken)
		return false;
	j->taken = true;
	if (dl)
		for (size_t i = 0; i < j->diags.count; i++)
			diag_list_copy(dl, &j->diags.items[i]);
	if (st != JOB_DONE)
		return false;
	ensemble_result_fini(er);
	*er = j->result;
	ensemble_result_init(&j->result);
	return true;
}

int ensemble_job_seasons(const ensemble_job *j)
{
	return j->opts.seasons;
}

double ensemble_job_elapsed_ms(const ensemble_job *j)
{
	if (ensemble_job_poll(j, NULL) == JOB_RUNNING)
		return clock_now_ms() - j->t_start;
	return j->t_end - j->t_start;
}

void ensemble_job_destroy(ensemble_job *j)
{
	if (!j)
		return;
	atomic_store(&j->cancel, 1);
	pthread_join(j->thread, NULL);
	ensemble_result_fini(&j->result);
	diag_list_fini(&j->diags);
	scenario_fini(&j->scn);
	free(j);
}
