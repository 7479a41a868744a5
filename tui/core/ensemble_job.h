/* ensemble_job.h - an ensemble run on a background thread, for the interface: started on a
 * private copy of a scenario, polled without blocking for its state and the share of the
 * work done (an atomic the engine's progress callback writes), asked to stop, and its
 * result taken once it is done. Only ensemble_job_destroy waits (it stops, then joins). */
#ifndef VUDONG_ENSEMBLE_JOB_H
#define VUDONG_ENSEMBLE_JOB_H

#include <stdbool.h>

#include "diag.h"
#include "ensemble.h"
#include "scenario.h"

typedef struct ensemble_job ensemble_job;

typedef enum {
	JOB_RUNNING,     /* the thread is working */
	JOB_DONE,        /* finished with a result (ensemble_job_take) */
	JOB_FAILED,      /* finished without one (the diagnostics say why) */
	JOB_CANCELLED    /* asked to stop, and the thread has ended */
} job_status;

/* Starts ensemble_run on a copy of s (the caller may change or free s at once) for
 * `seasons` seasons with the scenario's seed and `threads` worker threads (0: one per
 * CPU). Returns NULL on out of memory or when no thread can be started. */
ensemble_job *ensemble_job_start(const scenario *s, int seasons, int threads);
/* The job's state now; *done (may be NULL) gets the share of the work done, 0..1 (1 once
 * the run finished). Never blocks. */
job_status ensemble_job_poll(const ensemble_job *j, double *done);
/* Asks the run to stop at its next batch and returns at once; the state becomes
 * JOB_CANCELLED when the thread has ended (whatever it finished with). */
void ensemble_job_cancel(ensemble_job *j);
/* Once the state is JOB_DONE or JOB_FAILED: moves the result into er (initialised; what it
 * held is replaced) and appends the run's diagnostics to dl (may be NULL). Returns true for
 * JOB_DONE; false (er left empty) otherwise or when already taken. */
bool ensemble_job_take(ensemble_job *j, ensemble_result *er, diag_list *dl);
/* The seasons asked for. */
int ensemble_job_seasons(const ensemble_job *j);
/* Milliseconds from the start to the end of the run (to now while it runs). */
double ensemble_job_elapsed_ms(const ensemble_job *j);
/* Stops the run when it is still going, waits for the thread and frees everything. NULL is
 * a no-op. */
void ensemble_job_destroy(ensemble_job *j);

#endif
