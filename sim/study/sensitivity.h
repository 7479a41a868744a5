/* sensitivity.h - one-at-a-time sensitivity of the district's figures (DESIGN §3.10): each
 * parameter moved down and up on its own, all crops at once, the rest of the scenario as it
 * is, and the effect on district output value and growth contribution as a tornado table
 * (largest effect first).
 *
 *   price            every crop's price_vnd_kg × (1 ± step)   (current prices only: the
 *                    constant prices measure volume, so the contribution does not move)
 *   yield_potential  every crop's yield_potential_t_ha × (1 ± step)
 *   area             every plan item's area_ha × (1 ± step)
 *   ky               every crop's ky and ky_stages × (1 ± step)
 *   kc_mid           every crop's kc.mid × (1 ± step)
 *   warming          a warming shock of −1 / +1 °C on every day
 *   rain             a rain shock × 0.8 / × 1.2 on every day
 *   winter_crop_prev economy.winter_crop_prev_bn_vnd × (1 ± step): the baseline the growth
 *                    is measured against, itself an estimate (no effect without economy)
 * The shocks are appended after the scenario's own (applied last). Each run works on a copy
 * of the scenario; the weather is built once for the base and the five parameters that do
 * not touch it, and once more for each of the four weather runs. */
#ifndef VUDONG_SENSITIVITY_H
#define VUDONG_SENSITIVITY_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"

typedef enum {
	SENS_PRICE, SENS_YIELD_POTENTIAL, SENS_AREA, SENS_KY, SENS_KC_MID, SENS_WARMING,
	SENS_RAIN, SENS_WINTER_CROP_PREV, SENS_PARAMS
} sens_param;

#define SENS_WARMING_C   1.0   /* the warming run: ± this many °C */
#define SENS_RAIN_SHARE  0.20  /* the rain runs: × (1 ± this) */

/* The district's figures of one run. Growth figures are NaN without an economy section. */
typedef struct {
	double output_t, value_mvnd, value_const_mvnd;
	double winter_growth_pct, contribution_pp, district_growth_pct;
	size_t n_warnings;                /* warnings and errors of the run */
} sens_figures;

typedef struct {
	sens_param param;
	double low, high;                 /* the changes: percent (−step, +step; rain −20, +20)
					   * or, for warming, °C (−1, +1) */
	sens_figures lo, hi;              /* the runs at low and high */
	double value_swing_mvnd;          /* |hi.value − lo.value|: the sort key */
	double contribution_swing_pp;     /* |hi.contribution − lo.contribution|: ties; 0 without economy */
} sens_row;

typedef struct {
	double step_pct;
	bool has_economy;
	sens_figures base;
	sens_row rows[SENS_PARAMS];       /* by value swing, largest first; ties (within a
					   * relative 1e-9) by contribution swing, then in
					   * sens_param order */
} sensitivity_result;

/* "price", "yield_potential", "area", "ky", "kc_mid", "warming", "rain", "winter_crop_prev". */
const char *sensitivity_param_name(sens_param p);

/* Moves parameter p of s (a copy the caller owns) down (sign −1) or up (+1) as described
 * above. False on out of memory (appending a shock); s is then unchanged. */
bool sensitivity_perturb(scenario *s, sens_param p, int sign, double step_pct);

/* Runs the base and the 16 perturbed seasons. step_pct in (0, 100). False with an error in
 * dl when the weather cannot be built or memory runs out. */
bool sensitivity_run(const scenario *s, double step_pct, sensitivity_result *out,
		     diag_list *dl);

#endif
