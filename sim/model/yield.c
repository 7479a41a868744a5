/* yield.c - the yield factors: FAO-33 water response (seasonal or by stage) and the frost
 * and chilling rules. */
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

void yield_cold(const crop *c, const weather_series *w, long first, int n, cold_result *out)
{
	out->killed = false;
	out->kill_date = DATE_NONE;
	out->kill_tmin_c = NAN;
	out->frost_days = 0;
	out->chill_days = 0;
	int run = 0;
	for (int d = 0; d < n; d++) {
		const weather_day *wd = &w->days[first + d];
		if (c->has_frost) {
			if (wd->tmin_c <= c->frost_kill_c) {
				if (!out->killed) {
					out->killed = true;
					out->kill_date = wd->date;
					out->kill_tmin_c = wd->tmin_c;
				}
			} else if (wd->tmin_c <= c->frost_damage_c) {
				out->frost_days++;
			}
		}
		if (c->has_chill) {
			if (wd->tmean_c < c->chill_tmean_c) {
				if (++run > c->chill_tolerance_days)
					out->chill_days++;
			} else {
				run = 0;
			}
		}
	}
	if (out->killed) {
		out->f_cold = 0.0;
		return;
	}
	double f = 1.0;
	if (out->frost_days)
		f *= pow(1.0 - c->frost_loss_per_day, out->frost_days);
	if (out->chill_days)
		f *= pow(1.0 - c->chill_loss_per_day, out->chill_days);
	out->f_cold = f < 0.0 ? 0.0 : f;
}
