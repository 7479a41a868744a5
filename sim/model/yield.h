/* yield.h - actual yield as potential yield times three factors, each in [0, 1] and each
 * reported: water (FAO-33 yield response), cold (frost and chilling rules), management
 * (DESIGN §3.4). */
#ifndef VUDONG_YIELD_H
#define VUDONG_YIELD_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "scenario.h"
#include "weather.h"

/* FAO-33 over the season: 1 - Ky (1 - ETa / ETc), clamped at 0 (1 when ETc is 0). */
double yield_f_water_season(double ky, double eta_mm, double etc_mm);

/* FAO-33 by stage: the product of 1 - Ky_i (1 - ETa_i / ETc_i) over the four stages, each
 * term clamped at 0 (a stage with no ETc counts 1). */
double yield_f_water_stages(const double ky[4], const double eta_mm[4], const double etc_mm[4]);

/* F_water of a crop from its per-stage sums: ky_stages when the crop has them, else the
 * seasonal ky over the summed stages. */
double yield_f_water_crop(const crop *c, const double eta_mm[4], const double etc_mm[4]);

/* The cold factor and why. */
typedef struct {
	double f_cold;          /* 0 when killed, else (1 - frost loss)^frost_days
				 * × (1 - chill loss)^chill_days */
	bool killed;            /* a day with Tmin <= frost.kill_c */
	vd_date kill_date;      /* the first such day, DATE_NONE when none */
	double kill_tmin_c;     /* its Tmin (NAN when none) */
	int frost_days;         /* days with Tmin <= frost.damage_c (not counting killing days) */
	int chill_days;         /* days beyond chill.tolerance_days in runs of Tmean < chill.tmean_c */
} cold_result;

/* The cold rules over the weather's days first .. first + n - 1 (sowing to harvest). A crop
 * without frost / chill thresholds takes no damage of that kind. */
void yield_cold(const crop *c, const weather_series *w, long first, int n, cold_result *out);

#endif
