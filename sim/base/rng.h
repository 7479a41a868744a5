/* rng.h - the portable random numbers behind the weather generator: splitmix64 seeding
 * xoshiro256** (Blackman & Vigna 2018), uniform, normal (Marsaglia polar method) and gamma
 * (Marsaglia & Tsang 2000) deviates. Integer arithmetic only in the generator itself, so a
 * seed gives the same stream on every machine; never libc rand(). */
#ifndef VUDONG_RNG_H
#define VUDONG_RNG_H

#include <stdint.h>

typedef struct {
	uint64_t s[4];
} rng_state;

/* splitmix64 step (Steele, Lea & Flood 2014): advances *x and returns the next output. */
uint64_t rng_splitmix64(uint64_t *x);
/* Seeds the four state words with successive splitmix64 outputs of seed. */
void rng_seed(rng_state *r, uint64_t seed);
/* The next 64 random bits (xoshiro256**). */
uint64_t rng_next(rng_state *r);
/* Uniform on the open interval (0, 1): ((bits >> 11) + 0.5) / 2^53, never 0 or 1. */
double rng_uniform(rng_state *r);
/* Standard normal deviate (Marsaglia polar method; the second deviate is discarded). */
double rng_normal(rng_state *r);
/* Gamma deviate with the given shape (> 0) and scale 1 (Marsaglia & Tsang 2000; shapes
 * below 1 by the boost Gamma(a) = Gamma(a + 1) U^(1/a)). */
double rng_gamma(rng_state *r, double shape);

#endif
