/* ensemble_stats.c - exact order statistics in memory that does not grow with N, over values
 * the caller feeds again pass after pass (ensemble_stats.h); and the statistics of a list and
 * of a 0/1 indicator (ensemble.h). */
#include "ensemble_stats.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define PILOT_MAX 64         /* first seasons whose distinct values are a figure's first edges */
#define SUB_EDGES 16         /* edges spaced evenly inside an interval being narrowed */
#define RANKS_MAX 6          /* j and j + 1 of P10, P50 and P90 */
#define BUDGET_PER_CAP 512   /* bytes of interval buffers per pass, per value of the cap, */
#define BUDGET_MIN 32768     /* and at least this many */
#define NARROW_BYTES ((SUB_EDGES + 1) * sizeof(double) + (2 * (SUB_EDGES + 1) + 1) * sizeof(uint32_t))

static const double quantile_p[3] = { 0.10, 0.50, 0.90 };

/* ---- type 7 and the moments, shared by the list and the tracker ---- */

static void quantile_rank(size_t n, double p, size_t *j, double *g)
{
	double h = (double)(n - 1) * p;
	*j = (size_t)floor(h);
	*g = h - (double)*j;
}

double ensemble_quantile(const double *sorted, size_t n, double p)
{
	size_t j;
	double g;
	quantile_rank(n, p, &j, &g);
	if (j >= n - 1)
		return sorted[n - 1];
	return sorted[j] + g * (sorted[j + 1] - sorted[j]);
}

/* Count, sum, Welford's mean and sum of squared deviations, min and max, in the order the
 * values come. A non-finite value makes the figure `bad` (NaN statistics). */
typedef struct {
	size_t n;
	double sum, mean, m2, min, max;
	bool bad;
} moments;

static void moments_add(moments *m, double x)
{
	m->n++;
	if (!isfinite(x)) {
		m->bad = true;
		return;
	}
	m->sum += x;
	double d = x - m->mean;
	m->mean += d / (double)m->n;
	m->m2 += d * (x - m->mean);
	if (m->n == 1 || x < m->min)
		m->min = x;
	if (m->n == 1 || x > m->max)
		m->max = x;
}

static void stats_nan(ensemble_stats *out)
{
	out->mean = out->sd = out->p10 = out->p50 = out->p90 = out->min = out->max = NAN;
}

/* Mean, SD, min and max; the quantiles from x(ctx, rank), the value of that rank. */
static void stats_fill(const moments *m, double (*x)(const void *, size_t), const void *ctx,
		       ensemble_stats *out)
{
	size_t n = m->n;
	if (n == 0 || m->bad) {
		stats_nan(out);
		return;
	}
	out->mean = m->sum / (double)n;
	out->sd = n > 1 ? sqrt(m->m2 / (double)(n - 1)) : 0.0;
	out->min = m->min;
	out->max = m->max;
	double *q[3] = { &out->p10, &out->p50, &out->p90 };
	for (int i = 0; i < 3; i++) {
		size_t j;
		double g;
		quantile_rank(n, quantile_p[i], &j, &g);
		if (j >= n - 1) {
			*q[i] = x(ctx, n - 1);
		} else {
			double a = x(ctx, j), b = x(ctx, j + 1);
			*q[i] = a + g * (b - a);
		}
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double sorted_at(const void *ctx, size_t r)
{
	return ((const double *)ctx)[r];
}

void ensemble_stats_of(double *v, size_t n, ensemble_stats *out)
{
	moments m = { 0 };
	for (size_t i = 0; i < n; i++) {
		v[i] += 0.0;               /* −0 becomes +0, as in the tracker */
		moments_add(&m, v[i]);
	}
	if (n == 0 || m.bad) {
		stats_nan(out);
		return;
	}
	qsort(v, n, sizeof *v, cmp_double);
	stats_fill(&m, sorted_at, v, out);
}

/* x[j] of the sorted indicator: n − k zeros, then k ones. */
static double indicator_at(size_t j, size_t k, size_t n)
{
	return j >= n - k ? 1.0 : 0.0;
}

static double indicator_quantile(size_t k, size_t n, double p)
{
	size_t j;
	double g;
	quantile_rank(n, p, &j, &g);
	if (j >= n - 1)
		return indicator_at(n - 1, k, n);
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

/* ---- the tracker ---- */

/* An order statistic still needed, and where it is known to lie. */
typedef struct {
	size_t rank;
	double value;              /* once resolved */
	bool resolved;
	double lo, hi;             /* lo < x[rank] < hi (open; ±inf at the ends) */
	size_t below, count;       /* values ≤ lo; values inside */
	int iv;                    /* its interval in the pass being fed; −1 when waiting */
} rank_state;

typedef struct {
	moments m;
	double *keep;              /* pass 1: every value (N ≤ cap) or the pilot, then the edges */
	size_t n_keep;
	size_t n_edges;            /* pass 1, N > cap: keep[0..n_edges) are the edges */
	uint32_t *counts;          /* pass 1, N > cap: 2 n_edges + 1 bins */
	rank_state r[RANKS_MAX];   /* ascending ranks */
	int n_ranks;
	size_t iv_first, n_iv;     /* its intervals in the pass being fed */
} figure;

typedef struct {
	double lo, hi;             /* the values lo < x < hi */
	size_t below, count;
	bool collect;
	double *v;                 /* collect: the values inside; narrow: the edges */
	size_t n_v;
	uint32_t *counts;          /* narrow: 2 n_v + 1 bins */
	double mn, mx;             /* of the values inside fed this pass */
	size_t seen;
} interval;

struct ensemble_tracker {
	size_t n_figures, n_values, cap, pilot;
	bool keep_all;             /* N ≤ cap */
	int pass;                  /* the pass being fed, from 1 */
	bool done;
	int left;                  /* passes_left */
	figure *fig;
	double *keep_block;        /* pass 1: the figures' keep arrays */
	uint32_t *count_block;     /* pass 1, N > cap: the figures' counts */
	interval *iv;              /* later passes: room for iv_cap, n_iv used */
	size_t n_iv, iv_cap;
	size_t bytes, peak;
};

static void *t_alloc(ensemble_tracker *t, size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (p) {
		t->bytes += n * size;
		if (t->bytes > t->peak)
			t->peak = t->bytes;
	}
	return p;
}

static void t_free(ensemble_tracker *t, void *p, size_t n, size_t size)
{
	if (!p)
		return;
	free(p);
	t->bytes -= n * size;
}

/* The bin of x among the sorted distinct edges e[0..m): 2i + 1 when x == e[i], else 2i where
 * i edges are below x (bin 0 below every edge, bin 2m above them). */
static size_t bin_of(const double *e, size_t m, double x)
{
	size_t lo = 0, hi = m;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (e[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < m && e[lo] == x ? 2 * lo + 1 : 2 * lo;
}

static size_t budget_of(size_t cap)
{
	return cap * BUDGET_PER_CAP > BUDGET_MIN ? cap * BUDGET_PER_CAP : BUDGET_MIN;
}

/* An interval of at most this many values is collected when the pass's intervals cannot
 * all be collected within the budget: collecting it costs no more than two narrowing steps. */
static size_t collect_small(const ensemble_tracker *t)
{
	size_t by_cost = 2 * NARROW_BYTES / sizeof(double);
	return t->cap < by_cost ? t->cap : by_cost;
}

/* Passes to settle an interval of `count` values when up to `collect` values are collected. */
static int passes_for(size_t count, size_t collect)
{
	int k = 1;
	while (count > collect) {
		count = count / (SUB_EDGES + 1) + 1;
		k++;
	}
	return k;
}

ensemble_tracker *ensemble_tracker_create(size_t n_figures, size_t n_values, size_t cap)
{
	if (n_values == 0 || n_values >= UINT32_MAX || cap == 0)
		return NULL;
	ensemble_tracker *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->bytes = t->peak = sizeof *t;
	t->n_figures = n_figures;
	t->n_values = n_values;
	t->cap = cap;
	t->keep_all = n_values <= cap;
	t->pilot = t->keep_all ? n_values : cap < PILOT_MAX ? cap : PILOT_MAX;
	t->pass = 1;
	t->left = t->keep_all ? 1 : 1 + passes_for(n_values / (t->pilot + 1) + 1, cap);
	t->fig = t_alloc(t, n_figures, sizeof *t->fig);
	t->keep_block = t_alloc(t, n_figures * t->pilot, sizeof(double));
	if (!t->keep_all)
		t->count_block = t_alloc(t, n_figures * (2 * t->pilot + 1), sizeof(uint32_t));
	if (!t->fig || !t->keep_block || (!t->keep_all && !t->count_block)) {
		ensemble_tracker_destroy(t);
		return NULL;
	}
	for (size_t i = 0; i < n_figures; i++) {
		t->fig[i].keep = t->keep_block + i * t->pilot;
		if (!t->keep_all)
			t->fig[i].counts = t->count_block + i * (2 * t->pilot + 1);
	}
	return t;
}

static void free_pass1(ensemble_tracker *t)
{
	t_free(t, t->keep_block, t->n_figures * t->pilot, sizeof(double));
	t->keep_block = NULL;
	if (!t->keep_all)
		t_free(t, t->count_block, t->n_figures * (2 * t->pilot + 1), sizeof(uint32_t));
	t->count_block = NULL;
	for (size_t i = 0; i < t->n_figures; i++) {
		t->fig[i].keep = NULL;
		t->fig[i].counts = NULL;
	}
}

static void free_intervals(ensemble_tracker *t)
{
	for (size_t k = 0; k < t->n_iv; k++) {
		interval *q = &t->iv[k];
		if (q->collect) {
			t_free(t, q->v, q->count, sizeof(double));
		} else {
			t_free(t, q->v, SUB_EDGES + 1, sizeof(double));
			t_free(t, q->counts, 2 * (SUB_EDGES + 1) + 1, sizeof(uint32_t));
		}
	}
	if (t->iv)
		t_free(t, t->iv, t->iv_cap, sizeof *t->iv);
	t->iv = NULL;
	t->n_iv = t->iv_cap = 0;
}

void ensemble_tracker_destroy(ensemble_tracker *t)
{
	if (!t)
		return;
	free_intervals(t);
	free(t->keep_block);
	free(t->count_block);
	free(t->fig);
	free(t);
}

/* The pilot's distinct values become the edges, each counted in its own bin. */
static void edges_from_pilot(figure *f)
{
	qsort(f->keep, f->n_keep, sizeof *f->keep, cmp_double);
	size_t m = 0;
	for (size_t i = 0; i < f->n_keep; i++) {
		if (m == 0 || f->keep[i] != f->keep[m - 1])
			f->keep[m++] = f->keep[i];
		f->counts[2 * (m - 1) + 1]++;
	}
	f->n_edges = m;
}

static void add_pass1(ensemble_tracker *t, figure *f, double x)
{
	moments_add(&f->m, x);
	if (f->m.bad)
		return;
	if (f->n_keep < t->pilot) {
		f->keep[f->n_keep++] = x;
		if (!t->keep_all && f->n_keep == t->pilot)
			edges_from_pilot(f);
	} else {
		f->counts[bin_of(f->keep, f->n_edges, x)]++;
	}
}

static void add_later(ensemble_tracker *t, figure *f, double x)
{
	for (size_t k = 0; k < f->n_iv; k++) {
		interval *q = &t->iv[f->iv_first + k];
		if (!(q->lo < x && x < q->hi))
			continue;
		if (q->seen == 0 || x < q->mn)
			q->mn = x;
		if (q->seen == 0 || x > q->mx)
			q->mx = x;
		q->seen++;
		if (q->collect) {
			if (q->n_v < q->count)
				q->v[q->n_v++] = x;
		} else {
			q->counts[bin_of(q->v, q->n_v, x)]++;
		}
	}
}

void ensemble_tracker_add(ensemble_tracker *t, const double *v)
{
	if (t->done)
		return;
	for (size_t i = 0; i < t->n_figures; i++) {
		figure *f = &t->fig[i];
		double x = v[i] + 0.0;     /* −0 becomes +0: one zero, as in a sort */
		if (t->pass == 1)
			add_pass1(t, f, x);
		else if (!f->m.bad)
			add_later(t, f, x);
	}
}

/* The ranks a figure's quantiles need, ascending and distinct; ranks 0 and n − 1 are the
 * min and the max, known already. */
static void ranks_needed(figure *f)
{
	size_t n = f->m.n, want[RANKS_MAX];
	int k = 0;
	for (int i = 0; i < 3; i++) {
		size_t j;
		double g;
		quantile_rank(n, quantile_p[i], &j, &g);
		if (j >= n - 1)
			continue;
		want[k++] = j;
		want[k++] = j + 1;
	}
	for (int i = 1; i < k; i++)       /* insertion sort of at most 6 */
		for (int m = i; m > 0 && want[m - 1] > want[m]; m--) {
			size_t w = want[m];
			want[m] = want[m - 1];
			want[m - 1] = w;
		}
	f->n_ranks = 0;
	for (int i = 0; i < k; i++) {
		if (want[i] == 0 || want[i] == n - 1 || (i > 0 && want[i] == want[i - 1]))
			continue;
		rank_state *r = &f->r[f->n_ranks++];
		memset(r, 0, sizeof *r);
		r->rank = want[i];
		r->iv = -1;
	}
}

/* Places r among the bins `counts` (2m + 1 of them, edges e[0..m)) of the values inside
 * lo < x < hi, `below` of the values lying under them: resolved on an edge's own bin, else
 * the open bin becomes its interval. False when the bins hold too few values. */
static bool locate(rank_state *r, const double *e, size_t m, const uint32_t *counts, double lo,
		   double hi, size_t below)
{
	size_t cum = below;
	for (size_t b = 0; b < 2 * m + 1; b++) {
		if (r->rank >= cum + counts[b]) {
			cum += counts[b];
			continue;
		}
		if (b % 2 == 1) {
			r->resolved = true;
			r->value = e[(b - 1) / 2];
		} else {
			size_t i = b / 2;
			r->lo = i == 0 ? lo : e[i - 1];
			r->hi = i == m ? hi : e[i];
			r->below = cum;
			r->count = counts[b];
		}
		return true;
	}
	return false;      /* fewer values than pass 1 counted */
}

static void first_pass_end(ensemble_tracker *t)
{
	for (size_t i = 0; i < t->n_figures; i++) {
		figure *f = &t->fig[i];
		if (f->m.bad || f->m.n != t->n_values) {
			f->m.bad = true;
			f->n_ranks = 0;
			continue;
		}
		ranks_needed(f);
		if (t->keep_all)
			qsort(f->keep, f->n_keep, sizeof *f->keep, cmp_double);
		for (int k = 0; k < f->n_ranks; k++) {
			rank_state *r = &f->r[k];
			if (t->keep_all) {
				r->resolved = true;
				r->value = f->keep[r->rank];
			} else if (!locate(r, f->keep, f->n_edges, f->counts, -INFINITY, INFINITY, 0)) {
				f->m.bad = true;
			}
		}
	}
	free_pass1(t);
}

static void later_pass_end(ensemble_tracker *t)
{
	for (size_t k = 0; k < t->n_iv; k++) {
		interval *q = &t->iv[k];
		if (q->collect && q->n_v == q->count)
			qsort(q->v, q->n_v, sizeof *q->v, cmp_double);
	}
	for (size_t i = 0; i < t->n_figures; i++) {
		figure *f = &t->fig[i];
		for (int k = 0; k < f->n_ranks && !f->m.bad; k++) {
			rank_state *r = &f->r[k];
			if (r->resolved || r->iv < 0)
				continue;
			const interval *q = &t->iv[r->iv];
			r->iv = -1;
			if (q->seen != q->count || r->rank < q->below) {
				f->m.bad = true;   /* the values fed differ from pass 1's: no statistics */
			} else if (q->mn == q->mx) {
				r->resolved = true;
				r->value = q->mn;
			} else if (q->collect) {
				r->resolved = true;
				r->value = q->v[r->rank - q->below];
			} else if (!locate(r, q->v, q->n_v, q->counts, q->lo, q->hi, q->below)) {
				f->m.bad = true;
			}
		}
	}
	free_intervals(t);
}

/* Edges strictly inside lo < x < hi: 17 evenly spaced over the part of it between the
 * figure's min and max, or the next double above lo when none falls inside. */
static size_t narrow_edges(double lo, double hi, double fmin, double fmax, double *e)
{
	double a = lo > fmin ? lo : fmin, b = hi < fmax ? hi : fmax;
	double step = b / SUB_EDGES - a / SUB_EDGES;
	size_t m = 0;
	for (int k = 0; k <= SUB_EDGES; k++) {
		double x = k == SUB_EDGES ? b : a + step * k;
		if (lo < x && x < hi && (m == 0 || x > e[m - 1]))
			e[m++] = x;
	}
	if (m == 0) {
		double x = nextafter(lo, hi);
		if (lo < x && x < hi)
			e[m++] = x;
	}
	return m;
}

/* Whether the ranks' intervals (ranks sharing one counted once) holding at most cap values
 * can all be collected within the budget. */
static bool collect_all_fits(const ensemble_tracker *t, size_t budget)
{
	size_t need = 0;
	for (size_t i = 0; i < t->n_figures; i++) {
		const figure *f = &t->fig[i];
		const rank_state *prev = NULL;
		for (int k = 0; k < f->n_ranks && !f->m.bad; k++) {
			const rank_state *r = &f->r[k];
			if (r->resolved || (prev && prev->lo == r->lo && prev->hi == r->hi))
				continue;
			prev = r;
			if (r->count <= t->cap)
				need += r->count * sizeof(double);
		}
	}
	return need <= budget;
}

/* The intervals of the next pass: ranks with the same interval share it. Intervals of at most
 * cap values are collected when all of them fit the budget, else only the small ones; the
 * others are narrowed. Within the budget, in figure and rank order (the first always goes);
 * the others wait. */
static ensemble_track_status plan_intervals(ensemble_tracker *t)
{
	size_t pending = 0;
	for (size_t i = 0; i < t->n_figures; i++)
		for (int k = 0; k < t->fig[i].n_ranks; k++)
			pending += !t->fig[i].m.bad && !t->fig[i].r[k].resolved;
	if (pending == 0) {
		t->done = true;
		t->left = 0;
		return ENSEMBLE_TRACK_DONE;
	}
	t->iv = t_alloc(t, pending, sizeof *t->iv);     /* ranks that share one need less */
	if (!t->iv)
		return ENSEMBLE_TRACK_NO_MEMORY;
	t->iv_cap = pending;
	size_t budget = budget_of(t->cap), used = 0;
	size_t collect_max = collect_all_fits(t, budget) ? t->cap : collect_small(t);
	int left = 1;
	for (size_t i = 0; i < t->n_figures; i++) {
		figure *f = &t->fig[i];
		f->iv_first = t->n_iv;
		f->n_iv = 0;
		const rank_state *prev = NULL;
		for (int k = 0; k < f->n_ranks && !f->m.bad; k++) {
			rank_state *r = &f->r[k];
			if (r->resolved)
				continue;
			if (prev && prev->lo == r->lo && prev->hi == r->hi) {
				r->iv = prev->iv;
				continue;
			}
			prev = r;
			bool collect = r->count <= collect_max;
			size_t cost = collect ? r->count * sizeof(double) : NARROW_BYTES;
			int need = passes_for(r->count, collect_max);
			if (t->n_iv > 0 && used + cost > budget) {
				r->iv = -1;
				left = left > need + 1 ? left : need + 1;
				continue;
			}
			/* Counted from here on, so that free_intervals frees what it holds. */
			interval *q = &t->iv[t->n_iv++];
			memset(q, 0, sizeof *q);
			q->lo = r->lo;
			q->hi = r->hi;
			q->below = r->below;
			q->count = r->count;
			q->collect = collect;
			if (collect) {
				q->v = t_alloc(t, r->count, sizeof(double));
				if (!q->v)
					return ENSEMBLE_TRACK_NO_MEMORY;
			} else {
				q->v = t_alloc(t, SUB_EDGES + 1, sizeof(double));
				q->counts = t_alloc(t, 2 * (SUB_EDGES + 1) + 1, sizeof(uint32_t));
				if (!q->v || !q->counts)
					return ENSEMBLE_TRACK_NO_MEMORY;
				q->n_v = narrow_edges(r->lo, r->hi, f->m.min, f->m.max, q->v);
			}
			r->iv = (int)t->n_iv - 1;
			f->n_iv++;
			used += cost;
			left = left > need ? left : need;
		}
	}
	t->left = left;
	return ENSEMBLE_TRACK_AGAIN;
}

ensemble_track_status ensemble_tracker_pass_end(ensemble_tracker *t)
{
	if (t->done)
		return ENSEMBLE_TRACK_DONE;
	if (t->pass == 1)
		first_pass_end(t);
	else
		later_pass_end(t);
	t->pass++;
	ensemble_track_status st = plan_intervals(t);
	if (st == ENSEMBLE_TRACK_NO_MEMORY)
		free_intervals(t);
	return st;
}

int ensemble_tracker_passes_left(const ensemble_tracker *t)
{
	return t->done ? 0 : t->left;
}

static double figure_at(const void *ctx, size_t rank)
{
	const figure *f = ctx;
	if (rank == 0)
		return f->m.min;
	if (rank == f->m.n - 1)
		return f->m.max;
	for (int k = 0; k < f->n_ranks; k++)
		if (f->r[k].rank == rank && f->r[k].resolved)
			return f->r[k].value;
	return NAN;
}

void ensemble_tracker_stats(const ensemble_tracker *t, size_t figure_ix, ensemble_stats *out)
{
	if (!t->done || figure_ix >= t->n_figures) {
		stats_nan(out);
		return;
	}
	const figure *f = &t->fig[figure_ix];
	stats_fill(&f->m, figure_at, f, out);
}

size_t ensemble_tracker_peak_bytes(const ensemble_tracker *t)
{
	return t->peak;
}

size_t ensemble_tracker_bound(size_t n_figures, size_t n_values, size_t cap)
{
	size_t fixed = sizeof(ensemble_tracker) + n_figures * sizeof(figure);
	if (n_values <= cap)
		return fixed + n_figures * n_values * sizeof(double);
	size_t pilot = cap < PILOT_MAX ? cap : PILOT_MAX;
	size_t pass1 = n_figures * (pilot * sizeof(double) + (2 * pilot + 1) * sizeof(uint32_t));
	size_t first = cap * sizeof(double) > NARROW_BYTES ? cap * sizeof(double) : NARROW_BYTES;
	size_t later = n_figures * RANKS_MAX * sizeof(interval) + budget_of(cap) + first;
	return fixed + (pass1 > later ? pass1 : later);
}
