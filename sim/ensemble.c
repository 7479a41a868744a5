/* ensemble.c - N seasons of a scenario under generated weather (seeds seed … seed+N−1), one
 * at a time: build the weather, run the season, keep one number per metric, free the season;
 * then the distributions (mean, sd, type-7 quantiles) and the failure and target counts. */
#include "ensemble.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "weather.h"

/* The district's samples, first in the sample block. */
enum { D_OUTPUT, D_VALUE, D_VALUE_CONST, D_WINTER_GROWTH, D_CONTRIBUTION, D_DISTRICT_GROWTH,
       D_METRICS };

/* Where each group's samples start in the block (rows of `seasons` doubles). */
typedef struct {
	size_t communes;   /* commune i: output at communes + 2i, value at communes + 2i + 1 */
	size_t crops;      /* crop i: output at crops + 2i, value at crops + 2i + 1 */
	size_t items;      /* item k: yield at items + k */
	size_t n;          /* metrics in all */
} metric_layout;

static size_t count_items(const scenario *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_communes; i++)
		n += s->communes[i].n_plan;
	return n;
}

static metric_layout layout_of(const scenario *s)
{
	metric_layout m;
	m.communes = D_METRICS;
	m.crops = m.communes + 2 * s->n_communes;
	m.items = m.crops + 2 * s->n_crops;
	m.n = m.items + count_items(s);
	return m;
}

size_t ensemble_metric_count(const scenario *s)
{
	return layout_of(s).n;
}

size_t ensemble_alloc_bytes(const scenario *s, int seasons)
{
	size_t n = seasons > 0 ? (size_t)seasons : 0;
	return ensemble_metric_count(s) * n * sizeof(double) +
	       (s->n_communes + s->n_crops) * sizeof(ensemble_group) +
	       count_items(s) * sizeof(ensemble_item);
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
	ensemble_result_init(er);
}

double ensemble_quantile(const double *sorted, size_t n, double p)
{
	double h = (double)(n - 1) * p;
	size_t j = (size_t)floor(h);
	if (j >= n - 1)
		return sorted[n - 1];
	double g = h - (double)j;
	return sorted[j] + g * (sorted[j + 1] - sorted[j]);
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static void stats_nan(ensemble_stats *out)
{
	out->mean = out->sd = out->p10 = out->p50 = out->p90 = out->min = out->max = NAN;
}

void ensemble_stats_of(double *v, size_t n, ensemble_stats *out)
{
	if (n == 0) {
		stats_nan(out);
		return;
	}
	qsort(v, n, sizeof *v, cmp_double);
	double sum = 0.0;
	for (size_t i = 0; i < n; i++)
		sum += v[i];
	double mean = sum / (double)n, ss = 0.0;
	for (size_t i = 0; i < n; i++)
		ss += (v[i] - mean) * (v[i] - mean);
	out->mean = mean;
	out->sd = n > 1 ? sqrt(ss / (double)(n - 1)) : 0.0;
	out->p10 = ensemble_quantile(v, n, 0.10);
	out->p50 = ensemble_quantile(v, n, 0.50);
	out->p90 = ensemble_quantile(v, n, 0.90);
	out->min = v[0];
	out->max = v[n - 1];
}

/* x[j] of the sorted indicator: n − k zeros, then k ones. */
static double indicator_at(size_t j, size_t k, size_t n)
{
	return j >= n - k ? 1.0 : 0.0;
}

static double indicator_quantile(size_t k, size_t n, double p)
{
	double h = (double)(n - 1) * p;
	size_t j = (size_t)floor(h);
	if (j >= n - 1)
		return indicator_at(n - 1, k, n);
	double g = h - (double)j;
	double a = indicator_at(j, k, n), b = indicator_at(j + 1, k, n);
	return a + g * (b - a);
}

void ensemble_stats_of_count(size_t k, size_t n, ensemble_stats *out)
{
	if (n == 0 || k > n) {
		stats_nan(out);
		return;
	}
	double dn = (double)n, dk = (double)k;
	out->mean = dk / dn;
	/* Σ (x − m)² = k (1 − m)² + (n − k) m² = k (n − k) / n */
	out->sd = n > 1 ? sqrt(dk * (dn - dk) / (dn * (dn - 1.0))) : 0.0;
	out->p10 = indicator_quantile(k, n, 0.10);
	out->p50 = indicator_quantile(k, n, 0.50);
	out->p90 = indicator_quantile(k, n, 0.90);
	out->min = k == n ? 1.0 : 0.0;
	out->max = k > 0 ? 1.0 : 0.0;
}

/* Where a run keeps its samples. */
typedef struct {
	const scenario *s;
	metric_layout m;
	size_t seasons;
	double *samples;          /* m.n rows of `seasons` doubles */
} recorder;

static inline double *sample(const recorder *rc, size_t metric, size_t k)
{
	return &rc->samples[metric * rc->seasons + k];
}

static bool failed(double yield_t_ha, double ym_t_ha)
{
	return yield_t_ha < ENSEMBLE_FAILURE_SHARE * ym_t_ha;
}

/* Keeps season k's figures and counts its failures and warnings. */
static void record_season(recorder *rc, const season_result *r, size_t k, ensemble_result *er)
{
	const district_result *d = &r->district;
	*sample(rc, D_OUTPUT, k) = d->g.output_t;
	*sample(rc, D_VALUE, k) = d->g.value_mvnd;
	*sample(rc, D_VALUE_CONST, k) = d->g.value_const_mvnd;
	*sample(rc, D_WINTER_GROWTH, k) = d->winter_growth_pct;
	*sample(rc, D_CONTRIBUTION, k) = d->contribution_pp;
	*sample(rc, D_DISTRICT_GROWTH, k) = d->district_growth_pct;
	if (d->has_target && d->district_growth_pct < d->target_growth_pct)
		er->district.target_missed++;

	for (size_t i = 0; i < r->n_communes; i++) {
		*sample(rc, rc->m.communes + 2 * i, k) = r->communes[i].g.output_t;
		*sample(rc, rc->m.communes + 2 * i + 1, k) = r->communes[i].g.value_mvnd;
	}
	for (size_t i = 0; i < r->n_crops; i++) {
		const group_result *g = &r->crops[i];
		*sample(rc, rc->m.crops + 2 * i, k) = g->output_t;
		*sample(rc, rc->m.crops + 2 * i + 1, k) = g->value_mvnd;
		if (g->n_items > 0 && g->area_ha > 0.0 &&
		    failed(g->output_t / g->area_ha, rc->s->crops[i].yield_potential_t_ha))
			er->crops[i].failures++;
	}

	/* The items come commune by commune (scenario order), so a commune's season counts
	 * once when its first failed item is met. */
	int last_commune = -1;
	for (size_t j = 0; j < r->n_items; j++) {
		const item_result *it = &r->items[j];
		*sample(rc, rc->m.items + j, k) = it->yield_t_ha;
		if (!failed(it->yield_t_ha, it->yield_potential_t_ha))
			continue;
		er->items[j].failures++;
		if (it->commune != last_commune) {
			er->communes[it->commune].failures++;
			last_commune = it->commune;
		}
	}
	er->district.g.failures += last_commune >= 0;

	bool seen[ENSEMBLE_WARNING_KINDS] = { false };
	for (size_t j = 0; j < r->n_warnings; j++) {
		int kind = (int)r->warnings[j].kind;
		if (kind >= 0 && kind < ENSEMBLE_WARNING_KINDS && !seen[kind]) {
			seen[kind] = true;
			er->warning_seasons[kind]++;
		}
	}
}

/* The fixed parts of the result from the plan (areas, item counts, economy flags). */
static bool result_alloc(const scenario *s, ensemble_result *er)
{
	size_t n_items = count_items(s);
	er->communes = calloc(s->n_communes ? s->n_communes : 1, sizeof *er->communes);
	er->crops = calloc(s->n_crops ? s->n_crops : 1, sizeof *er->crops);
	er->items = calloc(n_items ? n_items : 1, sizeof *er->items);
	if (!er->communes || !er->crops || !er->items)
		return false;
	er->n_communes = s->n_communes;
	er->n_crops = s->n_crops;
	er->n_items = n_items;
	er->alloc_bytes += (s->n_communes + s->n_crops) * sizeof(ensemble_group) +
			   n_items * sizeof(ensemble_item);
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

/* The distributions from the samples (each row sorted in place). */
static void result_finish(const recorder *rc, ensemble_result *er)
{
	size_t n = rc->seasons;
	ensemble_district *d = &er->district;
	ensemble_stats_of(sample(rc, D_OUTPUT, 0), n, &d->g.output_t);
	ensemble_stats_of(sample(rc, D_VALUE, 0), n, &d->g.value_mvnd);
	ensemble_stats_of(sample(rc, D_VALUE_CONST, 0), n, &d->value_const_mvnd);
	ensemble_stats_of(sample(rc, D_WINTER_GROWTH, 0), d->has_economy ? n : 0, &d->winter_growth_pct);
	ensemble_stats_of(sample(rc, D_CONTRIBUTION, 0), d->has_economy ? n : 0, &d->contribution_pp);
	ensemble_stats_of(sample(rc, D_DISTRICT_GROWTH, 0), d->has_economy ? n : 0,
			  &d->district_growth_pct);
	for (size_t i = 0; i < er->n_communes; i++) {
		ensemble_stats_of(sample(rc, rc->m.communes + 2 * i, 0), n, &er->communes[i].output_t);
		ensemble_stats_of(sample(rc, rc->m.communes + 2 * i + 1, 0), n, &er->communes[i].value_mvnd);
	}
	for (size_t i = 0; i < er->n_crops; i++) {
		ensemble_stats_of(sample(rc, rc->m.crops + 2 * i, 0), n, &er->crops[i].output_t);
		ensemble_stats_of(sample(rc, rc->m.crops + 2 * i + 1, 0), n, &er->crops[i].value_mvnd);
	}
	for (size_t j = 0; j < er->n_items; j++)
		ensemble_stats_of(sample(rc, rc->m.items + j, 0), n, &er->items[j].yield_t_ha);
}

static bool oom(const scenario *s, diag_list *dl)
{
	diag_add(dl, DIAG_ERROR, s->path ? s->path : "<built-in>", 0, 0,
		 "out of memory running the ensemble");
	return false;
}

bool ensemble_run(const scenario *s, const ensemble_options *o, ensemble_result *er,
		  diag_list *dl)
{
	ensemble_result_fini(er);
	const char *file = s->path ? s->path : "<built-in>";
	int asked = o->seasons > 0 ? o->seasons : 1;
	er->seasons_asked = asked;
	er->generated = s->weather.source == WEATHER_NORMALS;
	er->seasons = er->generated ? asked : 1;
	if (!er->generated && asked > 1)
		diag_add(dl, DIAG_WARNING, file, 0, 0,
			 "the weather is observed, not generated from normals: the ensemble has "
			 "one season, not %d", asked);
	/* A view of the scenario with the first seed in place of its own: weather_build adds
	 * the season number to it. The view shares every array with s and is never fini'd. */
	scenario view = *s;
	if (er->generated && o->seed_given)
		view.weather.seed = o->seed;
	er->seed_first = er->generated ? view.weather.seed : 0;

	if (!result_alloc(s, er)) {
		ensemble_result_fini(er);
		return oom(s, dl);
	}
	recorder rc = { .s = s, .m = layout_of(s), .seasons = (size_t)er->seasons };
	size_t sample_bytes = rc.m.n * rc.seasons * sizeof(double);
	rc.samples = malloc(sample_bytes ? sample_bytes : 1);
	if (!rc.samples) {
		ensemble_result_fini(er);
		return oom(s, dl);
	}
	er->alloc_bytes += sample_bytes;

	weather_series w;
	season_result r;
	weather_series_init(&w);
	season_result_init(&r);
	bool ok = true;
	for (size_t k = 0; ok && k < rc.seasons; k++) {
		if (!weather_build(&view, (unsigned long)k, &w, dl)) {
			ok = false;
			break;
		}
		if (!season_run(s, &w, &r, NULL, NULL)) {
			ok = oom(s, dl);
		} else {
			record_season(&rc, &r, k, er);
		}
		weather_series_fini(&w);
	}
	if (ok)
		result_finish(&rc, er);
	season_result_fini(&r);
	free(rc.samples);
	if (!ok)
		ensemble_result_fini(er);
	return ok;
}
