/* test_ensemble_stats.c - the ensemble's order statistics in bounded memory
 * (sim/study/ensemble_stats.h): type-7 quantiles worked by hand through both paths (kept values and
 * passes), the multi-pass path bit for bit equal to sorting every value on sets with ties,
 * point masses, huge and tiny magnitudes and signed zeros, NaN for a non-finite value, the
 * pass count and the memory bound that does not grow with N. */
#include "testing.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ensemble_stats.h"

/* Feeds v[k][f] (n seasons of nf figures, season-major) pass after pass; returns the passes. */
static int feed(ensemble_tracker *t, const double *v, size_t n, size_t nf)
{
	for (int pass = 1; pass < 1000; pass++) {
		for (size_t k = 0; k < n; k++)
			ensemble_tracker_add(t, &v[k * nf]);
		ensemble_track_status st = ensemble_tracker_pass_end(t);
		CU_ASSERT_NOT_EQUAL_FATAL(st, ENSEMBLE_TRACK_NO_MEMORY);
		if (st == ENSEMBLE_TRACK_DONE)
			return pass;
	}
	CU_FAIL_FATAL("the passes do not end");
	return 0;
}

static bool same_bits(const ensemble_stats *a, const ensemble_stats *b)
{
	return memcmp(a, b, sizeof *a) == 0;
}

static void test_ensemble_stats_quantiles_by_hand_through_both_paths(void)
{
	/* Ten values, season order: 7 3 9 1 5 10 2 8 6 4; sorted 1..10, n = 10, h = 9p.
	 *   P10: h = 0.9: 1 + 0.9 (2 − 1) = 1.9
	 *   P50: h = 4.5: 5 + 0.5 (6 − 5) = 5.5
	 *   P90: h = 8.1: 9 + 0.1 (10 − 9) = 9.1        (R: quantile(1:10, c(.1,.5,.9)))
	 * mean 55 / 10 = 5.5; Σ (x − 5.5)² = 2 (0.25 + 2.25 + 6.25 + 12.25 + 20.25) = 82.5,
	 * sd = sqrt(82.5 / 9) = 3.02765. With cap 10 the values are kept (one pass); with cap 2
	 * the first two seasons (7, 3) are the edges and the passes narrow: the same numbers. */
	const double v[10] = { 7, 3, 9, 1, 5, 10, 2, 8, 6, 4 };
	const size_t caps[2] = { 10, 2 };
	ensemble_stats st[2];
	int passes[2];
	for (int c = 0; c < 2; c++) {
		ensemble_tracker *t = ensemble_tracker_create(1, 10, caps[c]);
		CU_ASSERT_PTR_NOT_NULL_FATAL(t);
		passes[c] = feed(t, v, 10, 1);
		ensemble_tracker_stats(t, 0, &st[c]);
		ensemble_tracker_destroy(t);
		CU_ASSERT_DOUBLE_EQUAL(st[c].p10, 1.9, 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(st[c].p50, 5.5, 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(st[c].p90, 9.1, 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(st[c].mean, 5.5, 1e-12);
		CU_ASSERT_DOUBLE_EQUAL(st[c].sd, 3.02765, 1e-5);
		CU_ASSERT_DOUBLE_EQUAL(st[c].min, 1.0, 0);
		CU_ASSERT_DOUBLE_EQUAL(st[c].max, 10.0, 0);
	}
	CU_ASSERT_EQUAL(passes[0], 1);
	CU_ASSERT(passes[1] >= 2);
	CU_ASSERT_TRUE(same_bits(&st[0], &st[1]));
}

/* A reproducible stream of doubles in [0, 1) (64-bit LCG, Knuth's MMIX constants). */
static double lcg(uint64_t *x)
{
	*x = *x * 6364136223846793005ULL + 1442695040888963407ULL;
	return (double)(*x >> 11) / 9007199254740992.0;
}

/* nf figures of n seasons through the tracker with cap, against ensemble_stats_of on each
 * figure's column: bit for bit. Returns the passes. */
static int check_against_sorting(const double *v, size_t n, size_t nf, size_t cap)
{
	ensemble_tracker *t = ensemble_tracker_create(nf, n, cap);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	int passes = feed(t, v, n, nf);
	double *col = malloc(n * sizeof *col);
	CU_ASSERT_PTR_NOT_NULL_FATAL(col);
	for (size_t f = 0; f < nf; f++) {
		for (size_t k = 0; k < n; k++)
			col[k] = v[k * nf + f];
		ensemble_stats want, got;
		ensemble_stats_of(col, n, &want);
		ensemble_tracker_stats(t, f, &got);
		CU_ASSERT_TRUE(same_bits(&want, &got));
		if (!same_bits(&want, &got))
			fprintf(stderr, "\n  figure %zu (n %zu, cap %zu): p10 %.17g/%.17g p50 %.17g/%.17g "
				"p90 %.17g/%.17g\n", f, n, cap, want.p10, got.p10, want.p50, got.p50,
				want.p90, got.p90);
	}
	CU_ASSERT(ensemble_tracker_peak_bytes(t) <= ensemble_tracker_bound(nf, n, cap));
	free(col);
	ensemble_tracker_destroy(t);
	return passes;
}

enum { SETS = 8 };

/* Season k's value of set f: continuous, a 60 % point mass, ties on a grid of 7 values,
 * huge and tiny magnitudes with signed zeros, one constant, a mass at the top (a yield
 * capped at Ym), values 1 ulp apart, and a slow trend (sorted input). */
static double set_value(int f, size_t k, uint64_t *x)
{
	double u = lcg(x);
	switch (f) {
	case 0: return 1000.0 + 500.0 * u;
	case 1: return u < 0.6 ? 5.0 : 5.0 + (u - 0.6) * 10.0 - 2.0;
	case 2: return floor(u * 7.0) * 0.25;
	case 3: {
		static const double odd[] = { 1e300, -1e300, 1e-300, -1e-300, 0.0, -0.0, 4.9e-324, 1.0 };
		return odd[(size_t)(u * 8.0)] * (k % 3 + 1);
	}
	case 4: return 42.0;
	case 5: return u < 0.75 ? 20.0 : 20.0 * u;
	case 6: return nextafter(1.0, 2.0 * (double)(k % 4)) + (u < 0.5 ? 0.0 : 2.220446049250313e-16);
	default: return 0.001 * (double)k;
	}
}

static void test_ensemble_stats_multipass_equals_sorting_every_value(void)
{
	const size_t ns[] = { 300, 1000, 2 };
	const size_t caps[] = { 16, 1, 3, 64, 256 };
	for (size_t a = 0; a < sizeof ns / sizeof ns[0]; a++) {
		size_t n = ns[a];
		double *v = malloc(n * SETS * sizeof *v);
		CU_ASSERT_PTR_NOT_NULL_FATAL(v);
		uint64_t x = 12345;
		for (size_t k = 0; k < n; k++)
			for (int f = 0; f < SETS; f++)
				v[k * SETS + f] = set_value(f, k, &x);
		for (size_t c = 0; c < sizeof caps / sizeof caps[0]; c++) {
			int passes = check_against_sorting(v, n, SETS, caps[c]);
			/* n = 2 needs only its min and max: one pass whatever the cap */
			CU_ASSERT(n <= caps[c] || n == 2 ? passes == 1 : passes >= 2);
		}
		free(v);
	}
}

static void test_ensemble_stats_intervals_wait_for_the_budget(void)
{
	/* 96 continuous figures over 2,000 seasons with cap 1 and 2: about 3 intervals a figure
	 * to narrow, some 80 KiB, more than the 32 KiB budget of a pass, so some wait for a later
	 * pass; the result is still that of sorting. */
	size_t n = 2000, nf = 96;
	double *v = malloc(n * nf * sizeof *v);
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	uint64_t x = 99;
	for (size_t i = 0; i < n * nf; i++)
		v[i] = lcg(&x) * 100.0 + (double)(i % nf);
	CU_ASSERT(check_against_sorting(v, n, nf, 1) >= 4);
	CU_ASSERT(check_against_sorting(v, n, nf, 2) >= 4);
	free(v);
}

static void test_ensemble_stats_point_mass_resolves_in_the_first_pass(void)
{
	/* 500 seasons all at Ym = 20 t/ha but three: the pilot's one edge is 20, and every rank
	 * P10..P90 needs (j = 49, 50, 249, 250, 449, 450) falls on its own bin: no second pass. */
	double v[500];
	for (size_t k = 0; k < 500; k++)
		v[k] = k == 100 ? 3.0 : k == 200 ? 7.5 : k == 300 ? 0.0 : 20.0;
	ensemble_tracker *t = ensemble_tracker_create(1, 500, 16);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	CU_ASSERT_EQUAL(feed(t, v, 500, 1), 1);
	ensemble_stats st;
	ensemble_tracker_stats(t, 0, &st);
	CU_ASSERT_DOUBLE_EQUAL(st.p10, 20.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(st.p90, 20.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(st.min, 0.0, 0);
	/* mean (497 × 20 + 3 + 7.5 + 0) / 500 = 9950.5 / 500 = 19.901 */
	CU_ASSERT_DOUBLE_EQUAL(st.mean, 19.901, 1e-12);
	ensemble_tracker_destroy(t);
}

static void test_ensemble_stats_non_finite_value_gives_nan(void)
{
	/* Figure 0 has an infinity among its values, figure 1 is clean: 0 gets NaN statistics,
	 * 1 its own (values 0..99: P50 h = 49.5 → 49.5). */
	double v[200];
	for (size_t k = 0; k < 100; k++) {
		v[2 * k] = k == 70 ? INFINITY : (double)k;
		v[2 * k + 1] = (double)k;
	}
	const size_t caps[] = { 8, 100 };
	for (size_t c = 0; c < 2; c++) {
		ensemble_tracker *t = ensemble_tracker_create(2, 100, caps[c]);
		CU_ASSERT_PTR_NOT_NULL_FATAL(t);
		feed(t, v, 100, 2);
		ensemble_stats a, b;
		ensemble_tracker_stats(t, 0, &a);
		ensemble_tracker_stats(t, 1, &b);
		CU_ASSERT_TRUE(isnan(a.mean) && isnan(a.p50) && isnan(a.sd));
		CU_ASSERT_DOUBLE_EQUAL(b.p50, 49.5, 0);
		ensemble_tracker_destroy(t);
	}
}

static void test_ensemble_stats_memory_does_not_grow_with_n(void)
{
	/* 96 figures (the built-in scenario's): the bound is the same for 1,000 and 100,000
	 * seasons, and a run of 5,000 seasons of 96 continuous figures stays under it. Up to
	 * the cap the values are kept: 96 × N doubles. */
	size_t nf = 96;
	CU_ASSERT_EQUAL(ensemble_tracker_bound(nf, 1000, 256), ensemble_tracker_bound(nf, 100000, 256));
	CU_ASSERT_EQUAL(ensemble_tracker_bound(nf, 200, 256) - ensemble_tracker_bound(nf, 100, 256),
			nf * 100 * sizeof(double));
	size_t n = 5000;
	double *v = malloc(n * nf * sizeof *v);
	CU_ASSERT_PTR_NOT_NULL_FATAL(v);
	uint64_t x = 7;
	for (size_t i = 0; i < n * nf; i++)
		v[i] = lcg(&x) * (double)(i % nf + 1);
	ensemble_tracker *t = ensemble_tracker_create(nf, n, 256);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	int passes = feed(t, v, n, nf);
	CU_ASSERT(passes >= 2 && passes <= 4);
	CU_ASSERT(ensemble_tracker_peak_bytes(t) <= ensemble_tracker_bound(nf, n, 256));
	CU_ASSERT(ensemble_tracker_peak_bytes(t) < 512 * 1024);
	ensemble_tracker_destroy(t);
	free(v);
}

VUDONG_SUITE(ensemble_stats)
{
	SUITE_ADD(s, "ensemble_stats");
	TEST_ADD(s, test_ensemble_stats_quantiles_by_hand_through_both_paths);
	TEST_ADD(s, test_ensemble_stats_multipass_equals_sorting_every_value);
	TEST_ADD(s, test_ensemble_stats_intervals_wait_for_the_budget);
	TEST_ADD(s, test_ensemble_stats_point_mass_resolves_in_the_first_pass);
	TEST_ADD(s, test_ensemble_stats_non_finite_value_gives_nan);
	TEST_ADD(s, test_ensemble_stats_memory_does_not_grow_with_n);
	return 0;
}
