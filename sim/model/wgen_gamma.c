/* wgen_gamma.c - the gamma distribution of wet-day rain from a month's mean rain per wet day
 * (Geng et al. 1986: β = −2.16 + 1.83 m for m ≥ 3 mm, else 1.11 m; α = m / β). Its own file
 * because the generator (wgen.c) and the year-to-year variation (wgen_vary.c) both use it. */
#include "wgen.h"

void wgen_gamma_parameters(double mean_wet_day_mm, double *shape, double *scale_mm)
{
	double m = mean_wet_day_mm;
	double beta = m >= 3.0 ? -2.16 + 1.83 * m : 1.11 * m;
	*scale_mm = beta;
	*shape = beta > 0.0 ? m / beta : 1.0;
}
