/* studies.h - the state of the three study screens and of the overview's outlook, owned by
 * the app through one pointer (app.studies): the risk screen's ensemble (the job running in the background, the last
 * result and the scenario version it belongs to), the sensitivity screen's one-at-a-time
 * runs, and the compare screen's second scenario with its season and the comparison.
 * The screens (screen_risk.c, screen_sensitivity.c, screen_compare.c) keep it in step with
 * the scenario in their sync op; studies_busy tells the loop to wake often for progress. */
#ifndef VUDONG_STUDIES_H
#define VUDONG_STUDIES_H

#include <stdbool.h>
#include <stddef.h>

#include "compare.h"
#include "diag.h"
#include "ensemble.h"
#include "ensemble_job.h"
#include "outlook_live.h"
#include "scenario.h"
#include "season.h"
#include "sensitivity.h"
#include "weather.h"

struct app;

#define RISK_DEFAULT_SEASONS 500      /* when the scenario names none */
#define RISK_MAX_SEASONS     ENSEMBLE_SEASONS_MAX   /* as `vudong ensemble --seasons` and the schema */
#define RISK_STOPPING_MAX    4        /* stopped runs whose threads are still ending */
#define SENS_DEFAULT_STEP    10.0     /* as `vudong sensitivity` */

typedef enum {
	RISK_NOT_RUN,          /* nothing started yet */
	RISK_RUNNING,
	RISK_FINISHED,         /* the last run ended with a result */
	RISK_CANCELLED,        /* stopped by the user */
	RISK_STOPPED_BY_EDIT,  /* stopped because the scenario changed */
	RISK_FAILED            /* ended without a result (diags say why) */
} risk_phase;

typedef struct {
	int seasons;                   /* N for the next run; 0 until first chosen */
	bool show_value;               /* the bars show value; else output */
	risk_phase phase;
	ensemble_job *job;             /* the run going on, or NULL */
	unsigned long job_version;     /* the scenario version it runs on */
	double progress;               /* its share done at the last poll, 0..1 */
	ensemble_job *stopping[RISK_STOPPING_MAX];  /* asked to stop, thread not yet ended */
	ensemble_result result;        /* the last finished run */
	bool have_result;
	unsigned long result_version;  /* the scenario version of `result` */
	double result_ms;              /* how long it took */
	diag_list diags;               /* the last run's warnings or errors */
	bool auto_started;             /* the first visit started a run */
} risk_study;

typedef struct {
	double step_pct;               /* the ± step of the next run */
	bool show_contribution;        /* the bars show the growth contribution; else value */
	sensitivity_result result;
	bool have_result;
	unsigned long version;         /* the scenario version of the last attempt */
	double result_step;            /* the step of the last attempt */
	bool tried;                    /* an attempt was made (version and result_step hold) */
	diag_list diags;               /* why the last attempt failed */
	double ms;                     /* how long it took */
} sens_study;

typedef struct {
	char path[256];                /* the other scenario's file; "" before one is chosen */
	scenario scn;                  /* loaded from path (when ran) */
	weather_series weather;
	season_result result;
	bool ran;                      /* the file loaded and its season computed */
	compare_result cmp;            /* current (A) against the other (B) */
	bool built;
	unsigned long version;         /* the current scenario's version cmp was built on */
} compare_study;

typedef struct studies {
	outlook_live outlook;          /* the overview's outlook (outlook_live.h) */
	risk_study risk;
	sens_study sens;
	compare_study cmp;
} studies;

/* NULL on out of memory. */
studies *studies_create(void);
/* Stops a running ensemble (waiting for its thread) and frees everything; NULL is a no-op. */
void studies_destroy(studies *st);
/* True while a background job runs or is ending: the loop then waits for keys only
 * briefly, to redraw the progress. */
bool studies_busy(const struct app *a);
/* True while the overview's outlook is being recomputed: the loop wakes often (its end is
 * due within a quarter of a second). */
bool studies_outlook_busy(const struct app *a);

/* For the screens: drops the other scenario of the compare screen (and its results). */
void studies_compare_clear(compare_study *c);

/* ---- the risk screen's runs (risk_control.c) ---- */

/* The seasons the next run takes: the one chosen, else the scenario's, else the default. */
int risk_seasons(const struct app *a);
/* The next number of seasons up (dir > 0) or down from n on the steps 10, 20, 30, 50, 100,
 * ... RISK_MAX_SEASONS. */
int risk_step_seasons(int n, int dir);
/* Starts a run of risk_seasons(a) seasons on the current scenario (a run going on is
 * stopped first). Returns CHANGED_* bits. */
unsigned risk_start(struct app *a);
/* Stops the run going on (the figures before it stay). */
unsigned risk_cancel(struct app *a);
/* The risk screen's sync op: reaps stopped runs whose threads ended; reads the progress of
 * the run going on, keeps its result when it ends (a status line says so when the screen
 * is not shown), stops it when the scenario changed; on the first visit (shown) starts a
 * run. Returns CHANGED_VIEW when there is something new to draw. */
unsigned risk_poll(struct app *a, bool shown);

/* ---- the sensitivity screen (screen_sensitivity.c) ---- */

/* The next step up (dir > 0) or down from step on 1, 2, 5, 10, 15, 20, 25, 30, 40, 50 %. */
double sens_step_pct(double step, int dir);

/* ---- the compare screen (screen_compare.c) ---- */

/* Loads the scenario file at path (a relative path that does not exist here is looked up in
 * the installed data folder, data_dir.h) and runs its season as the other side of the
 * comparison. On failure writes the first diagnostic (file:line:col: message, translated
 * lead) to err and keeps the previous other scenario. Returns CHANGED_* bits. */
unsigned compare_load(struct app *a, const char *path, char *err, size_t err_size);

#endif
