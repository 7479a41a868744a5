/* test_rng.c - the portable generator: published reference outputs of splitmix64 and
 * xoshiro256**, and the moments of the uniform, normal and gamma deviates. */
#include "testing.h"

#include <math.h>
#include <stdint.h>

#include "rng.h"

static void test_rng_splitmix64_matches_reference_outputs(void)
{
	/* splitmix64 from state 0 (Vigna's splitmix64.c): the first three outputs. */
	uint64_t x = 0;
	CU_ASSERT_EQUAL(rng_splitmix64(&x), UINT64_C(0xe220a8397b1dcdaf));
	CU_ASSERT_EQUAL(rng_splitmix64(&x), UINT64_C(0x6e789e6aa1b965f4));
	CU_ASSERT_EQUAL(rng_splitmix64(&x), UINT64_C(0x06c45d188009454f));
}

static void test_rng_xoshiro256starstar_matches_reference_outputs(void)
{
	/* xoshiro256** from the state {1, 2, 3, 4}: the reference implementation's outputs
	 * (the vector rand_xoshiro and others test against). */
	rng_state r = { { 1, 2, 3, 4 } };
	static const uint64_t expect[] = {
		UINT64_C(11520), UINT64_C(0), UINT64_C(1509978240),
		UINT64_C(1215971899390074240), UINT64_C(1216172134540287360),
		UINT64_C(607988272756665600), UINT64_C(16172922978634559625),
	};
	for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++)
		CU_ASSERT_EQUAL(rng_next(&r), expect[i]);
}

static void test_rng_same_seed_same_stream_other_seed_other_stream(void)
{
	rng_state a, b, c;
	rng_seed(&a, 2020);
	rng_seed(&b, 2020);
	rng_seed(&c, 2021);
	int same_ab = 0, same_ac = 0;
	for (int i = 0; i < 1000; i++) {
		uint64_t x = rng_next(&a), y = rng_next(&b), z = rng_next(&c);
		same_ab += x == y;
		same_ac += x == z;
	}
	CU_ASSERT_EQUAL(same_ab, 1000);
	CU_ASSERT_EQUAL(same_ac, 0);
}

static void test_rng_uniform_stays_inside_the_open_interval(void)
{
	rng_state r;
	rng_seed(&r, 1);
	double sum = 0.0;
	const int n = 200000;
	for (int i = 0; i < n; i++) {
		double u = rng_uniform(&r);
		CU_ASSERT_FATAL(u > 0.0 && u < 1.0);
		sum += u;
	}
	/* Mean 1/2, sd of the mean sqrt(1/12/n) = 0.00065: 5 sd. */
	CU_ASSERT_DOUBLE_EQUAL(sum / n, 0.5, 0.0033);
}

static void test_rng_normal_has_zero_mean_unit_variance(void)
{
	rng_state r;
	rng_seed(&r, 7);
	const int n = 200000;
	double s1 = 0.0, s2 = 0.0;
	for (int i = 0; i < n; i++) {
		double z = rng_normal(&r);
		s1 += z;
		s2 += z * z;
	}
	double mean = s1 / n, var = s2 / n - mean * mean;
	/* sd of the mean 1/sqrt(n) = 0.0022; of the variance sqrt(2/n) = 0.0032: 5 sd. */
	CU_ASSERT_DOUBLE_EQUAL(mean, 0.0, 0.011);
	CU_ASSERT_DOUBLE_EQUAL(var, 1.0, 0.016);
}

static void check_gamma_moments(double shape, uint64_t seed)
{
	rng_state r;
	rng_seed(&r, seed);
	const int n = 200000;
	double s1 = 0.0, s2 = 0.0;
	for (int i = 0; i < n; i++) {
		double g = rng_gamma(&r, shape);
		CU_ASSERT_FATAL(g > 0.0);
		s1 += g;
		s2 += g * g;
	}
	double mean = s1 / n, var = s2 / n - mean * mean;
	/* Gamma(k, 1): mean k, variance k. sd of the mean sqrt(k/n); 5 sd. The variance's
	 * sd is sqrt((μ4 - k²)/n) with μ4 = 3k² + 6k: 6 sd allowed. */
	CU_ASSERT_DOUBLE_EQUAL(mean, shape, 5.0 * sqrt(shape / n));
	CU_ASSERT_DOUBLE_EQUAL(var, shape, 6.0 * sqrt((2.0 * shape * shape + 6.0 * shape) / n));
}

static void test_rng_gamma_has_mean_and_variance_of_its_shape(void)
{
	check_gamma_moments(0.6, 11);   /* the boosted branch (shape < 1), as rain uses */
	check_gamma_moments(0.9, 12);
	check_gamma_moments(2.5, 13);
}

VUDONG_SUITE(rng)
{
	SUITE_ADD(s, "rng");
	TEST_ADD(s, test_rng_splitmix64_matches_reference_outputs);
	TEST_ADD(s, test_rng_xoshiro256starstar_matches_reference_outputs);
	TEST_ADD(s, test_rng_same_seed_same_stream_other_seed_other_stream);
	TEST_ADD(s, test_rng_uniform_stays_inside_the_open_interval);
	TEST_ADD(s, test_rng_normal_has_zero_mean_unit_variance);
	TEST_ADD(s, test_rng_gamma_has_mean_and_variance_of_its_shape);
	return 0;
}
