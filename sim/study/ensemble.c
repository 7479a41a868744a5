/* ensemble.c - the ensemble run (ensemble.h): which seasons (generator seeds, the years
 * the observed weather covers, or the winters of a station record), their computation in batches by a pool of threads, and the
 * accumulation in season order on the calling thread: failure, target and warning counts,
 * and the figures fed to the order statistics (ensemble_stats.h), pass after pass; progress
 * and cancel between batches. */
#include "ensemble.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ensemble_stats.h"
#include "record_winters.h"
#include "scenario_shift.h"
#include "weather.h"
#include "work_pool.h"

#define BATCH 64                 /* seasons computed between two accumulations */
#define THREADS_MAX 64
#define SEASONS_PER_THREAD 32    /* fewer seasons than this a thread: fewer threads */

/* The district's figures, first in a season's figures; then G_FIGURES per commune, per crop;
 * then one per plan item (its yield). */
enum { D_OUTPUT, D_VALUE, D_VALUE_CONST, D_PROFIT, D_WINTER_GROWTH, D_CONTRIBUTION,
       D_DISTRICT_GROWTH, D_FIGURES };
enum { G_OUTPUT, G_VALUE, G_PROFIT, G_CONTRIBUTION, G_FIGURES };

typedef struct {
	size_t communes, crops, items, n;   /* where each part starts; n figures in all */
	size_t n_items;
} figure_layout;

/* One season as a worker computed it, for the calling thread to accumulate. */
typedef struct {
	bool ok;
	bool target_missed, district_failed;
	unsigned warnings;              /* bit k: some warning of kind k */
	ensemble_season_row row;
	double *figures;                /* figure_layout.n */
	unsigned char *failed;          /* items, then crops, then communes */
} season_record;

/* What one thread computes a season with. */
typedef struct {
	weather_series w;
	season_result r;
	scenario_shift sh;              /* observed weather, record: the scenario moved to the season's year */
} worker;

typedef struct {
	const scenario *s;
	scenario view;                  /* generated weather: s with the first seed */
	bool generated;                 /* seeds; else year shifts (observed weather, record) */
	bool record;                    /* the station record's winters, replayed */
	int *shifts;                    /* observed weather, record: each season's shift in years */
	size_t seasons;
	figure_layout m;
	worker *workers;
	int n_workers;
	season_record *records;         /* BATCH */
	double *figure_block;
	unsigned char *flag_block;
	size_t batch_first;
	size_t bytes;                   /* what the run allocated itself, besides the tracker */
} run_ctx;

static figure_layout layout_of(const scenario *s)
{
	figure_layout m;
	m.communes = D_FIGURES;
	m.crops = m.communes + G_FIGURES * s->n_communes;
	m.items = m.crops + G_FIGURES * s->n_crops;
	m.n_items = scenario_plan_item_count(s);
	m.n = m.items + m.n_items;
	return m;
}

size_t ensemble_metric_count(const scenario *s)
{
	return layout_of(s).n;
}

static size_t flags_per_season(const scenario *s)
{
	return scenario_plan_item_count(s) + s->n_crops + s->n_communes;
}

static size_t result_bytes(const scenario *s)
{
	return (s->n_communes + s->n_crops) * sizeof(ensemble_group) +
	       scenario_plan_item_count(s) * sizeof(ensemble_item);
}

static size_t batch_bytes(const scenario *s)
{
	return BATCH * (sizeof(season_record) + ensemble_metric_count(s) * sizeof(double) +
			flags_per_season(s));
}

static size_t workers_bytes(const scenario *s, int threads, bool observed)
{
	return (size_t)threads * (sizeof(worker) + (observed ? scenario_shift_bytes(s) : 0));
}

/* Observed weather: the number of year shifts worth trying (a bound of the seasons). */
static size_t shift_span(const scenario *s)
{
	int lo, hi;
	return scenario_shift_range(s, &lo, &hi) ? (size_t)(hi - lo + 1) : 1;
}

size_t ensemble_alloc_bytes(const scenario *s, int seasons)
{
	bool observed = !weather_source_generated(s->weather.source);
	size_t n = observed ? shift_span(s) : seasons > 0 ? (size_t)seasons : 1;
	return result_bytes(s) + (observed ? n * sizeof(int) : 0) +
	       ensemble_tracker_bound(ensemble_metric_count(s), n, ENSEMBLE_SAMPLE_CAP) +
	       batch_bytes(s) + workers_bytes(s, THREADS_MAX, observed);
}

void ensemble_result_init(ensemble_result *er)
{
	memset(er, 0, sizeof *er);
}

void ensemble_result_fini(ensemble_result *er)
{
	if (!er)
		return;
	free(er->communes);
	free(er->crops);
	free(er->items);
	free(er->season_rows);
	ensemble_result_init(er);
}

/* ---- one season ---- */

static bool failed(double yield_t_ha, double ym_t_ha)
{
	return yield_t_ha < ENSEMBLE_FAILURE_SHARE * ym_t_ha;
}

/* A group's part of the district contribution: by its share of the value at constant
 * prices, or of the plan area when the district harvests nothing. */
static double group_contribution(const group_result *g, const district_result *d)
{
	if (!d->has_economy)
		return 0.0;
	double share = d->g.value_const_mvnd > 0.0 ? g->value_const_mvnd / d->g.value_const_mvnd :
		       d->g.area_ha > 0.0 ? g->area_ha / d->g.area_ha : 0.0;
	return d->contribution_pp * share;
}

static void group_figures(double *f, const group_result *g, const district_result *d)
{
	f[G_OUTPUT] = g->output_t;
	f[G_VALUE] = g->value_mvnd;
	f[G_PROFIT] = g->profit_mvnd;
	f[G_CONTRIBUTION] = group_contribution(g, d);
}

static double loss_pct(double without, double simulated)
{
	return without > 0.0 ? 100.0 * (without - simulated) / without : 0.0;
}

/* The season's row of `--table seasons`; season and year are set by season_compute. */
static void season_row_fill(const run_ctx *rc, const season_result *r, ensemble_season_row *row)
{
	(void)rc;
	double out = 0.0, no_cold = 0.0, no_water = 0.0;
	for (size_t j = 0; j < r->n_items; j++) {
		const item_result *it = &r->items[j];
		out += it->output_t;
		if (it->harvest == DATE_NONE)
			continue;
		double ym = it->yield_potential_t_ha * it->area_ha * it->f_mgmt;
		no_cold += ym * it->f_water;
		no_water += ym * it->f_cold;
	}
	row->output_t = r->district.g.output_t;
	row->value_const_mvnd = r->district.g.value_const_mvnd;
	row->cold_loss_pct = loss_pct(no_cold, out);
	row->water_loss_pct = loss_pct(no_water, out);
}

static void record_fill(const run_ctx *rc, const season_result *r, season_record *rec)
{
	const figure_layout *m = &rc->m;
	const district_result *d = &r->district;
	double *f = rec->figures;
	f[D_OUTPUT] = d->g.output_t;
	f[D_VALUE] = d->g.value_mvnd;
	f[D_VALUE_CONST] = d->g.value_const_mvnd;
	f[D_PROFIT] = d->g.profit_mvnd;
	f[D_WINTER_GROWTH] = d->winter_growth_pct;
	f[D_CONTRIBUTION] = d->contribution_pp;
	f[D_DISTRICT_GROWTH] = d->district_growth_pct;
	rec->target_missed = d->has_target && d->district_growth_pct < d->target_growth_pct;
	for (size_t i = 0; i < r->n_communes; i++)
		group_figures(&f[m->communes + G_FIGURES * i], &r->communes[i].g, d);

	unsigned char *item_failed = rec->failed;
	unsigned char *crop_failed = item_failed + m->n_items;
	unsigned char *commune_failed = crop_failed + r->n_crops;
	for (size_t i = 0; i < r->n_crops; i++) {
		const group_result *g = &r->crops[i];
		group_figures(&f[m->crops + G_FIGURES * i], g, d);
		crop_failed[i] = g->n_items > 0 && g->area_ha > 0.0 &&
				 failed(g->output_t / g->area_ha, rc->s->crops[i].yield_potential_t_ha);
	}
	memset(commune_failed, 0, r->n_communes);
	rec->district_failed = false;
	for (size_t j = 0; j < r->n_items; j++) {
		const item_result *it = &r->items[j];
		f[m->items + j] = it->yield_t_ha;
		item_failed[j] = failed(it->yield_t_ha, it->yield_potential_t_ha);
		if (item_failed[j]) {
			commune_failed[it->commune] = 1;
			rec->district_failed = true;
		}
	}
	season_row_fill(rc, r, &rec->row);
	rec->warnings = 0;
	for (size_t j = 0; j < r->n_warnings; j++) {
		int kind = (int)r->warnings[j].kind;
		if (kind >= 0 && kind < ENSEMBLE_WARNING_KINDS)
			rec->warnings |= 1u << kind;
	}
}

static bool oom(const scenario *s, diag_list *dl)
{
	diag_add(dl, DIAG_ERROR, s->path ? s->path : "<built-in>", 0, 0,
		 "out of memory running the ensemble");
	return false;
}

/* Season k on worker wk into rec; its diagnostics go to dl, or nowhere when dl is NULL. */
static bool season_compute(const run_ctx *rc, worker *wk, size_t k, diag_list *dl,
			   season_record *rec)
{
	diag_list own;
	diag_list_init(&own);
	diag_list *d = dl ? dl : &own;
	const scenario *sc = &rc->view;
	unsigned long offset = 0;
	if (rc->generated) {
		offset = (unsigned long)k;
	} else {
		scenario_shift_set(&wk->sh, rc->shifts[k]);
		sc = &wk->sh.view;
	}
	bool ok = rc->record ? weather_build_record(sc, &wk->w, d)
			     : weather_build(sc, offset, &wk->w, d);
	if (ok && !season_run(sc, &wk->w, &wk->r, NULL, NULL))
		ok = oom(rc->s, d);
	if (ok) {
		record_fill(rc, &wk->r, rec);
		int y, mo, day;
		date_to_ymd(sc->season_start, &y, &mo, &day);
		rec->row.year = y;
		rec->row.season = rc->generated ? (long)(sc->weather.seed + offset) : y;
	}
	weather_series_fini(&wk->w);
	diag_list_fini(&own);
	rec->ok = ok;
	return ok;
}

static void season_work(void *ctx, int worker_ix, size_t k)
{
	run_ctx *rc = ctx;
	season_compute(rc, &rc->workers[worker_ix], k, NULL, &rc->records[k - rc->batch_first]);
}

/* ---- the run's parts ---- */

/* The fixed parts of the result from the plan (areas, item counts, economy flags). */
static bool result_alloc(const scenario *s, ensemble_result *er)
{
	size_t n_items = scenario_plan_item_count(s);
	er->communes = calloc(s->n_communes ? s->n_communes : 1, sizeof *er->communes);
	er->crops = calloc(s->n_crops ? s->n_crops : 1, sizeof *er->crops);
	er->items = calloc(n_items ? n_items : 1, sizeof *er->items);
	if (!er->communes || !er->crops || !er->items)
		return false;
	er->n_communes = s->n_communes;
	er->n_crops = s->n_crops;
	er->n_items = n_items;
	size_t k = 0;
	for (size_t i = 0; i < s->n_communes; i++) {
		const commune *c = &s->communes[i];
		for (size_t j = 0; j < c->n_plan; j++, k++) {
			const plan_item *p = &c->plan[j];
			ensemble_item *it = &er->items[k];
			it->commune = (int)i;
			it->item = (int)j;
			it->crop = p->crop;
			it->area_ha = p->area_ha;
			it->yield_potential_t_ha = s->crops[p->crop].yield_potential_t_ha;
			er->communes[i].area_ha += p->area_ha;
			er->communes[i].n_items++;
			er->crops[p->crop].area_ha += p->area_ha;
			er->crops[p->crop].n_items++;
			er->district.g.area_ha += p->area_ha;
			er->district.g.n_items++;
		}
	}
	const economy_input *e = &s->economy;
	er->district.has_economy = e->present;
	er->district.has_target = e->present && e->has_target;
	er->district.target_growth_pct = er->district.has_target ? e->target_growth_pct : 0.0;
	return true;
}

/* The first and last year the season starts in: the shifted start's year. */
static void plan_years(const scenario *s, const run_ctx *rc, ensemble_result *er)
{
	int y, mo, d;
	date_to_ymd(scenario_shift_date(s->season_start, rc->shifts[0]), &y, &mo, &d);
	er->year_first = y;
	date_to_ymd(scenario_shift_date(s->season_start, rc->shifts[rc->seasons - 1]), &y, &mo, &d);
	er->year_last = y;
	er->years_skipped = er->year_last - er->year_first + 1 - er->seasons;
}

/* The record's winters (record_winters.h); rc->shifts takes their array. */
static bool record_plan(const scenario *s, const ensemble_options *o, run_ctx *rc,
			ensemble_result *er, diag_list *dl)
{
	record_winters rw;
	if (!record_winters_find(s, o->year_from, o->year_to, &rw, dl))
		return false;
	rc->shifts = rw.shifts;
	rc->seasons = rw.n;
	rc->bytes += (size_t)(rw.year_last - rw.year_first + 1) * sizeof *rc->shifts;
	er->seasons = (int)rc->seasons;
	plan_years(s, rc, er);
	return true;
}

/* Which seasons: generated (seeds), the year shifts the observed days cover, or the
 * record's winters. */
static bool seasons_plan(const scenario *s, const ensemble_options *o, run_ctx *rc,
			 ensemble_result *er, diag_list *dl)
{
	int asked = o->seasons > 0 ? o->seasons : 1;
	er->seasons_asked = asked;
	rc->view = *s;
	if (rc->generated) {
		if (o->seed_given)
			rc->view.weather.seed = o->seed;
		er->seed_first = rc->view.weather.seed;
		rc->seasons = (size_t)asked;
		er->seasons = asked;
		return true;
	}
	int lo = 0, hi = -1;
	if (rc->record)
		return record_plan(s, o, rc, er, dl);
	size_t span = shift_span(s);   /* room for every shift worth trying: one check each */
	rc->shifts = malloc(span * sizeof *rc->shifts);
	if (!rc->shifts)
		return oom(s, dl);
	rc->bytes += span * sizeof *rc->shifts;
	rc->seasons = 0;
	if (scenario_shift_range(s, &lo, &hi))
		for (int y = lo; y <= hi; y++)
			if (scenario_shift_covered(s, y))
				rc->shifts[rc->seasons++] = y;
	if (rc->seasons == 0)
		rc->shifts[rc->seasons++] = 0;   /* as the scenario stands: weather_build says why */
	er->seasons = (int)rc->seasons;
	plan_years(s, rc, er);
	if (rc->seasons == 1 && asked > 1)
		diag_add(dl, DIAG_WARNING, s->path ? s->path : "<built-in>", 0, 0,
			 "the weather is observed, not generated from normals, and covers one "
			 "season: the ensemble has one season, not %d", asked);
	return true;
}

static int threads_for(const ensemble_options *o, size_t seasons)
{
	long t = o->threads > 0 ? o->threads : sysconf(_SC_NPROCESSORS_ONLN);
	if (t < 1)
		t = 1;
	if (t > THREADS_MAX)
		t = THREADS_MAX;
	size_t by_seasons = seasons / SEASONS_PER_THREAD;
	if ((size_t)t > by_seasons)
		t = by_seasons > 0 ? (long)by_seasons : 1;
	return (int)t;
}

static bool workers_alloc(run_ctx *rc, int n)
{
	rc->workers = calloc((size_t)n, sizeof *rc->workers);
	if (!rc->workers)
		return false;
	rc->bytes += workers_bytes(rc->s, n, !rc->generated);
	for (int i = 0; i < n; i++) {
		weather_series_init(&rc->workers[i].w);
		season_result_init(&rc->workers[i].r);
		rc->n_workers = i + 1;
		if (!rc->generated && !scenario_shift_init(&rc->workers[i].sh, rc->s))
			return false;
	}
	return true;
}

static bool batch_alloc(run_ctx *rc)
{
	size_t nf = rc->m.n, nflags = flags_per_season(rc->s);
	rc->records = calloc(BATCH, sizeof *rc->records);
	rc->figure_block = calloc(BATCH * (nf ? nf : 1), sizeof *rc->figure_block);
	rc->flag_block = calloc(BATCH * (nflags ? nflags : 1), 1);
	if (!rc->records || !rc->figure_block || !rc->flag_block)
		return false;
	rc->bytes += batch_bytes(rc->s);
	for (size_t i = 0; i < BATCH; i++) {
		rc->records[i].figures = rc->figure_block + i * nf;
		rc->records[i].failed = rc->flag_block + i * nflags;
	}
	return true;
}

static void run_ctx_fini(run_ctx *rc)
{
	for (int i = 0; i < rc->n_workers; i++) {
		weather_series_fini(&rc->workers[i].w);
		season_result_fini(&rc->workers[i].r);
		scenario_shift_fini(&rc->workers[i].sh);
	}
	free(rc->workers);
	free(rc->records);
	free(rc->figure_block);
	free(rc->flag_block);
	free(rc->shifts);
}

/* The counts of pass 1, in season order. */
static void record_count(const run_ctx *rc, const season_record *rec, ensemble_result *er)
{
	er->district.target_missed += rec->target_missed;
	er->district.g.failures += rec->district_failed;
	const unsigned char *crop_failed = rec->failed + rc->m.n_items;
	const unsigned char *commune_failed = crop_failed + er->n_crops;
	for (size_t j = 0; j < er->n_items; j++)
		er->items[j].failures += rec->failed[j];
	for (size_t i = 0; i < er->n_crops; i++)
		er->crops[i].failures += crop_failed[i];
	for (size_t i = 0; i < er->n_communes; i++)
		er->communes[i].failures += commune_failed[i];
	for (int kind = 0; kind < ENSEMBLE_WARNING_KINDS; kind++)
		er->warning_seasons[kind] += (rec->warnings >> kind) & 1u;
}

static ensemble_stats none(void)
{
	ensemble_stats st = { NAN, NAN, NAN, NAN, NAN, NAN, NAN };
	return st;
}

static void group_stats(const ensemble_tracker *t, size_t at, bool economy, ensemble_group *g)
{
	ensemble_tracker_stats(t, at + G_OUTPUT, &g->output_t);
	ensemble_tracker_stats(t, at + G_VALUE, &g->value_mvnd);
	ensemble_tracker_stats(t, at + G_PROFIT, &g->profit_mvnd);
	if (economy)
		ensemble_tracker_stats(t, at + G_CONTRIBUTION, &g->contribution_pp);
	else
		g->contribution_pp = none();
}

static void result_finish(const run_ctx *rc, const ensemble_tracker *t, ensemble_result *er)
{
	ensemble_district *d = &er->district;
	bool economy = d->has_economy;
	ensemble_tracker_stats(t, D_OUTPUT, &d->g.output_t);
	ensemble_tracker_stats(t, D_VALUE, &d->g.value_mvnd);
	ensemble_tracker_stats(t, D_VALUE_CONST, &d->value_const_mvnd);
	ensemble_tracker_stats(t, D_PROFIT, &d->g.profit_mvnd);
	d->winter_growth_pct = d->contribution_pp = d->district_growth_pct = none();
	if (economy) {
		ensemble_tracker_stats(t, D_WINTER_GROWTH, &d->winter_growth_pct);
		ensemble_tracker_stats(t, D_CONTRIBUTION, &d->contribution_pp);
		ensemble_tracker_stats(t, D_DISTRICT_GROWTH, &d->district_growth_pct);
	}
	d->g.contribution_pp = d->contribution_pp;
	for (size_t i = 0; i < er->n_communes; i++)
		group_stats(t, rc->m.communes + G_FIGURES * i, economy, &er->communes[i]);
	for (size_t i = 0; i < er->n_crops; i++)
		group_stats(t, rc->m.crops + G_FIGURES * i, economy, &er->crops[i]);
	for (size_t j = 0; j < er->n_items; j++)
		ensemble_tracker_stats(t, rc->m.items + j, &er->items[j].yield_t_ha);
}

static bool cancelled(const ensemble_options *o)
{
	return o->cancel && atomic_load(o->cancel) != 0;
}

static void report_progress(const ensemble_options *o, double *last, double done)
{
	if (done > 1.0)
		done = 1.0;
	if (!o->progress || done < *last)
		return;
	*last = done;
	o->progress(o->progress_ctx, done);
}

typedef enum { PASSES_DONE, PASSES_FAILED, PASSES_CANCELLED } passes_end;

/* Runs the passes the tracker asks for; failures, targets and warnings counted in pass 1. */
static passes_end run_passes(run_ctx *rc, work_pool *pool, ensemble_tracker *t,
			     const ensemble_options *o, ensemble_result *er, diag_list *dl)
{
	double shown = 0.0;
	for (int pass = 1;; pass++) {
		double start = shown;
		int left = ensemble_tracker_passes_left(t);
		double span = (1.0 - start) / (left > 0 ? left : 1);
		for (size_t first = 0; first < rc->seasons; first += BATCH) {
			if (cancelled(o))
				return PASSES_CANCELLED;
			size_t count = rc->seasons - first < BATCH ? rc->seasons - first : BATCH;
			rc->batch_first = first;
			work_pool_run(pool, first, count);
			for (size_t i = 0; i < count; i++) {
				season_record *rec = &rc->records[i];
				/* A season that failed on a worker is run again here for its
				 * diagnostics, so they come in season order whatever the threads. */
				if (!rec->ok && !season_compute(rc, &rc->workers[0], first + i, dl, rec))
					return PASSES_FAILED;
				if (pass == 1) {
					record_count(rc, rec, er);
					if (er->season_rows)
						er->season_rows[er->n_season_rows++] = rec->row;
				}
				ensemble_tracker_add(t, rec->figures);
			}
			report_progress(o, &shown,
					start + span * (double)(first + count) / (double)rc->seasons);
		}
		er->passes = pass;
		switch (ensemble_tracker_pass_end(t)) {
		case ENSEMBLE_TRACK_DONE:
			return PASSES_DONE;
		case ENSEMBLE_TRACK_NO_MEMORY:
			oom(rc->s, dl);
			return PASSES_FAILED;
		case ENSEMBLE_TRACK_AGAIN:
			break;
		}
	}
}

bool ensemble_run(const scenario *s, const ensemble_options *o, ensemble_result *er,
		  diag_list *dl)
{
	ensemble_result_fini(er);
	run_ctx rc;
	memset(&rc, 0, sizeof rc);
	rc.s = s;
	rc.record = o->record;
	rc.generated = weather_source_generated(s->weather.source) && !o->record;
	rc.m = layout_of(s);
	er->generated = rc.generated;
	er->record = rc.record;
	ensemble_tracker *t = NULL;
	work_pool *pool = NULL;
	passes_end end = PASSES_FAILED;
	if (cancelled(o)) {
		end = PASSES_CANCELLED;
		goto out;
	}
	if (!seasons_plan(s, o, &rc, er, dl))
		goto out;
	size_t cap = o->sample_cap > 0 ? (size_t)o->sample_cap : ENSEMBLE_SAMPLE_CAP;
	int threads = threads_for(o, rc.seasons);
	t = ensemble_tracker_create(rc.m.n, rc.seasons, cap);
	if (o->season_rows) {
		er->season_rows = calloc(rc.seasons, sizeof *er->season_rows);
		rc.bytes += rc.seasons * sizeof *er->season_rows;
	}
	if (!t || !result_alloc(s, er) || !batch_alloc(&rc) || !workers_alloc(&rc, threads) ||
	    (o->season_rows && !er->season_rows)) {
		oom(s, dl);
		goto out;
	}
	rc.bytes += result_bytes(s);
	/* The first season on this thread with the caller's diagnostics: what building the
	 * weather has to say (an error ends the run here) is said once. */
	if (!season_compute(&rc, &rc.workers[0], 0, dl, &rc.records[0]))
		goto out;
	pool = work_pool_create(threads, season_work, &rc);
	if (!pool) {
		oom(s, dl);
		goto out;
	}
	er->threads = work_pool_threads(pool);
	end = run_passes(&rc, pool, t, o, er, dl);
	if (end == PASSES_DONE) {
		result_finish(&rc, t, er);
		er->alloc_bytes = rc.bytes + ensemble_tracker_peak_bytes(t);
		double last = 0.0;
		report_progress(o, &last, 1.0);
	}
out:
	work_pool_destroy(pool);
	ensemble_tracker_destroy(t);
	run_ctx_fini(&rc);
	if (end != PASSES_DONE) {
		ensemble_result_fini(er);
		er->cancelled = end == PASSES_CANCELLED;
	}
	return end == PASSES_DONE;
}
