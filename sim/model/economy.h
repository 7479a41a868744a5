/* economy.h - what the harvest is worth: output, value at current and constant prices,
 * cost, profit; sums per commune, crop and district; the winter crop's growth and its
 * contribution to district growth (DESIGN §3.8, price shocks §3.9). Money in item and group
 * results is in million VND; the scenario's economy keys and GO figures are in billion VND. */
#ifndef VUDONG_ECONOMY_H
#define VUDONG_ECONOMY_H

#include <stdbool.h>

#include "scenario.h"
#include "season_result.h"

/* The factor on crop `crop`'s current price: the product of the enabled SHOCK_PRICE shocks
 * naming that crop or every crop (-1). 1 without shocks. Constant prices are never shocked:
 * they measure volume, and a price crash changes the value of the harvest, not its volume. */
double economy_price_factor(const scenario *s, int crop_ix);

/* Per item from its output_t (already set): value_mvnd = output × price × shock factor,
 * value_const_mvnd = output × constant price, cost_mvnd = area × cost, profit = value - cost. */
void economy_value_items(const scenario *s, season_result *r);

/* The commune, crop and district sums (group_result) from the items: amounts summed,
 * yield_t_ha = output / area, the mm figures area-weighted means, status ORed. */
void economy_sum_groups(const scenario *s, season_result *r);

/* The district's growth figures from the economy keys (nothing when the scenario has none):
 * winter_growth_pct = (GO_const / winter_crop_prev - 1) × 100;
 * contribution_pp = (GO_const - winter_crop_prev) / district_output_prev × 100;
 * district_growth_pct = Σ other sectors share_prev × growth_pct + contribution_pp;
 * contribution_share = contribution_pp / district_growth_pct (0 when growth is 0);
 * shares_sum = Σ share_prev + winter_crop_prev / district_output_prev.
 * GO_const is the district's value at constant prices in billion VND. Warnings:
 * WARN_SHARES_SUM when shares_sum is off 1 by more than 0.01, WARN_TARGET_MISSED when a
 * target is given and the growth falls short of it. False on out of memory. */
bool economy_district(const scenario *s, season_result *r);

#endif
