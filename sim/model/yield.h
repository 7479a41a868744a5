/* yield.h - actual yield as potential yield times three factors, each in [0, 1] and each
 * reported: water (FAO-33 yield response, here), cold (cold_damage.h), management (the plan
 * item's factor) (DESIGN §3.4). */
#ifndef VUDONG_YIELD_H
#define VUDONG_YIELD_H

#include "scenario.h"

/* FAO-33 over the season: 1 - Ky (1 - ETa / ETc), clamped at 0 (1 when ETc is 0). */
double yield_f_water_season(double ky, double eta_mm, double etc_mm);

/* FAO-33 by stage: the product of 1 - Ky_i (1 - ETa_i / ETc_i) over the four stages, each
 * term clamped at 0 (a stage with no ETc counts 1). */
double yield_f_water_stages(const double ky[4], const double eta_mm[4], const double etc_mm[4]);

/* F_water of a crop from its per-stage sums: ky_stages when the crop has them, else the
 * seasonal ky over the summed stages. */
double yield_f_water_crop(const crop *c, const double eta_mm[4], const double etc_mm[4]);

#endif
