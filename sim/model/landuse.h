/* landuse.h - the land and labour a plan needs against what the communes have: day-by-day
 * area on each land unit, labour days per commune, and the land-use coefficient of paddy
 * land (hệ số sử dụng đất) per commune and district (DESIGN §3.6). Works on a season_result
 * whose items the season run has filled (sow, harvest, area). */
#ifndef VUDONG_LANDUSE_H
#define VUDONG_LANDUSE_H

#include <stdbool.h>

#include "date.h"
#include "scenario.h"
#include "season_result.h"

/* Each land unit, each day: the summed area of the items growing there against the unit's
 * area. An item occupies its land from sowing up to, not including, its harvest day (the
 * land is free again on the harvest day, so a crop may follow on it that day); an immature
 * item (harvest DATE_NONE) occupies it through `last_day`, the weather's last day.
 * Excess: WARN_OVER_ALLOCATED (commune, land, first day over, peak hectares over) and
 * ITEM_OVER_ALLOCATED on every item growing there on a day over. False on out of memory. */
bool landuse_check_area(const scenario *s, vd_date last_day, season_result *r);

/* Labour: each item's labour_days = area × labour_days_ha; per commune the sum against
 * labour_days_available when that is > 0: WARN_LABOUR_SHORT (value = days short) and
 * ITEM_LABOUR_SHORT on the commune's items. Sets commune_result.labour_days_available.
 * False on out of memory. */
bool landuse_check_labour(const scenario *s, season_result *r);

/* Land-use coefficient of paddy land, per commune and district:
 * (Σ crops_per_year × area + winter area) / Σ area over the paddy units, where the winter
 * area is the summed area of the plan items on paddy units (two winter crops one after the
 * other on the same hectare count twice: the coefficient counts crops, not land).
 * 0 where there is no paddy land. */
void landuse_coefficients(const scenario *s, season_result *r);

#endif
