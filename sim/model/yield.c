/* yield.c - the water factor of the yield: FAO-33 water response, seasonal or by stage (the
 * cold factor is cold_damage.c's). */
#include "yield.h"

#include <math.h>

static double response(double ky, double eta, double etc)
{
	if (!(etc > 0.0))
		return 1.0;
	double f = 1.0 - ky * (1.0 - eta / etc);
	return f > 0.0 ? (f < 1.0 ? f : 1.0) : 0.0;
}

double yield_f_water_season(double ky, double eta_mm, double etc_mm)
{
	return response(ky, eta_mm, etc_mm);
}

double yield_f_water_stages(const double ky[4], const double eta_mm[4], const double etc_mm[4])
{
	double f = 1.0;
	for (int k = 0; k < 4; k++)
		f *= response(ky[k], eta_mm[k], etc_mm[k]);
	return f;
}

double yield_f_water_crop(const crop *c, const double eta_mm[4], const double etc_mm[4])
{
	if (c->has_ky_stages)
		return yield_f_water_stages(c->ky_stages, eta_mm, etc_mm);
	double eta = 0.0, etc = 0.0;
	for (int k = 0; k < 4; k++) {
		eta += eta_mm[k];
		etc += etc_mm[k];
	}
	return yield_f_water_season(c->ky, eta, etc);
}
