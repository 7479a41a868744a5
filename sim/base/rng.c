/* rng.c - splitmix64, xoshiro256**, and the uniform, normal and gamma deviates built on it.
 * Every accept/reject decision compares exact arithmetic where it can (the polar method's
 * s < 1, Marsaglia-Tsang's squeeze) so the stream of draws does not depend on libm. */
#include "rng.h"

#include <math.h>

/* Same bits on every machine: no fused multiply-add contraction (GCC already keeps it off
 * under -std=c11; clang contracts by default where the CPU has FMA). */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

uint64_t rng_splitmix64(uint64_t *x)
{
	uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

void rng_seed(rng_state *r, uint64_t seed)
{
	uint64_t x = seed;
	for (int i = 0; i < 4; i++)
		r->s[i] = rng_splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t rng_next(rng_state *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

double rng_uniform(rng_state *r)
{
	/* 53 bits; both operations are exact in binary64. */
	return ((double)(rng_next(r) >> 11) + 0.5) * 0x1.0p-53;
}

double rng_normal(rng_state *r)
{
	double u, v, s;
	do {
		u = 2.0 * rng_uniform(r) - 1.0;
		v = 2.0 * rng_uniform(r) - 1.0;
		s = u * u + v * v;
	} while (s >= 1.0 || s == 0.0);
	return u * sqrt(-2.0 * log(s) / s);
}

/* Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS 26(3). */
static double gamma_at_least_one(rng_state *r, double shape)
{
	double d = shape - 1.0 / 3.0;
	double c = 1.0 / sqrt(9.0 * d);
	for (;;) {
		double x, v;
		do {
			x = rng_normal(r);
			v = 1.0 + c * x;
		} while (v <= 0.0);
		v = v * v * v;
		double u = rng_uniform(r);
		double x2 = x * x;
		if (u < 1.0 - 0.0331 * x2 * x2)        /* squeeze: no libm */
			return d * v;
		if (log(u) < 0.5 * x2 + d * (1.0 - v + log(v)))
			return d * v;
	}
}

double rng_gamma(rng_state *r, double shape)
{
	if (shape >= 1.0)
		return gamma_at_least_one(r, shape);
	double g = gamma_at_least_one(r, shape + 1.0);
	return g * exp(log(rng_uniform(r)) / shape);
}
