/* season_result.h - the results of a season that the reports and the interface read: per
 * item, per commune, per crop, district, and the warnings the model files (season, landuse,
 * economy) add to them (DESIGN §3.2-3.8). */
#ifndef VUDONG_SEASON_RESULT_H
#define VUDONG_SEASON_RESULT_H

#include <stdbool.h>
#include <stddef.h>

#include "cold_damage.h"
#include "date.h"

/* Status bits of an item (the report's `status` joins their codes with '+'; 0 is `ok`). */
enum {
	ITEM_LATE_HARVEST  = 1u << 0,  /* harvest after the land unit's free_until   "late-harvest" */
	ITEM_EARLY_SOW     = 1u << 1,  /* sowing before free_from                    "early-sow" */
	ITEM_FROST_KILLED  = 1u << 2,  /* F_cold = 0                                 "frost-killed" */
	ITEM_COLD_DAMAGE   = 1u << 3,  /* 0 < F_cold < 1                             "cold-damage" */
	ITEM_IMMATURE      = 1u << 4,  /* weather ends before the crop matures       "immature" (error) */
	ITEM_OVER_ALLOCATED= 1u << 5,  /* its land unit is over-allocated on some day "over-allocated" */
	ITEM_LABOUR_SHORT  = 1u << 6,  /* its commune lacks labour                   "labour-short" */
	ITEM_WATER_STRESS  = 1u << 7,  /* F_water < 0.9                              "water-stress" */
	ITEM_OUTSIDE_SEASON= 1u << 8,  /* sowing outside the season                  "outside-season" */
};

typedef struct {
	int commune, item;              /* indices into scenario.communes / commune.plan */
	int crop, land;                 /* copies for convenience */
	double area_ha, irrigated_ha;
	vd_date sow, harvest;           /* harvest = DATE_NONE when immature */
	int days;                       /* sow..harvest inclusive */
	double yield_potential_t_ha;
	double f_water, f_cold, f_mgmt; /* area-weighted over the irrigated and rain-fed parts */
	double yield_t_ha, output_t;
	double et0_mm, etc_mm, eta_mm, rain_mm, irrigation_mm;  /* area-weighted means, mm */
	double value_mvnd, value_const_mvnd, cost_mvnd, profit_mvnd;  /* million VND */
	double labour_days;
	unsigned status;
	cold_result cold;               /* why f_cold is what it is: the cold events */
} item_result;

/* Sums over a group (commune, crop, district). yield_t_ha is output / area. */
typedef struct {
	double area_ha, irrigated_ha, output_t, yield_t_ha;
	double value_mvnd, value_const_mvnd, cost_mvnd, profit_mvnd, labour_days;
	double et0_mm, etc_mm, eta_mm, rain_mm, irrigation_mm;  /* area-weighted means */
	size_t n_items;
	unsigned status;                /* OR of the items' status */
} group_result;

typedef struct {
	group_result g;
	double labour_days_available;   /* 0 = not given */
	double land_use_coefficient;    /* paddy land of the commune: crops_per_year + winter area / area */
} commune_result;

typedef struct {
	group_result g;
	double land_use_coefficient;    /* paddy land of the district */
	bool has_economy;
	double winter_growth_pct;       /* (GO_const / prev - 1) * 100 */
	double contribution_pp;         /* (GO_const - prev) / district_prev * 100 */
	double contribution_share;      /* contribution_pp / district_growth_pct (0..1, may exceed) */
	double district_growth_pct;     /* sum of sectors + contribution */
	double shares_sum;              /* other sectors' shares + winter share; warn when off 1 by > 0.01 */
	bool has_target;
	double target_growth_pct;
} district_result;

typedef enum {
	WARN_LATE_HARVEST,     /* item, date = harvest, value = days late */
	WARN_EARLY_SOW,        /* item, date = sow, value = days early */
	WARN_OUTSIDE_SEASON,   /* item, date = sow */
	WARN_FROST_KILLED,     /* item, date = the killing day, value = Tmin; the item's cold says the stage */
	WARN_COLD_DAMAGE,      /* item, value = yield share lost (1 - F_cold); its events are the item's cold */
	WARN_IMMATURE,         /* item (an error: the weather ends before maturity) */
	WARN_OVER_ALLOCATED,   /* commune, land, date = first day over, value = ha over (peak) */
	WARN_LABOUR_SHORT,     /* commune, value = labour days short */
	WARN_SHARES_SUM,       /* value = the sum of shares */
	WARN_TARGET_MISSED,    /* value = district growth - target (pp) */
} warning_kind;

typedef struct {
	warning_kind kind;
	bool is_error;
	int commune, item, land;        /* -1 when not applicable */
	vd_date date;                   /* DATE_NONE when not applicable */
	double value;
} season_warning;

typedef struct {
	item_result *items;             /* one per plan item, in scenario order (commune, then plan) */
	size_t n_items;
	commune_result *communes;       /* one per commune */
	size_t n_communes;
	group_result *crops;            /* one per crop (crops with no area have n_items 0) */
	size_t n_crops;
	district_result district;
	season_warning *warnings;
	size_t n_warnings;
} season_result;

void season_result_init(season_result *r);
void season_result_fini(season_result *r);

/* Appends a copy of *w to r->warnings. Returns false on out of memory (r unchanged). Used by
 * the model files (season, landuse, economy) that add warnings to a result. */
bool season_result_add_warning(season_result *r, const season_warning *w);

/* "late-harvest+frost-killed" style code for a status (writes "ok" for 0). Returns buf. */
char *item_status_code(unsigned status, char *buf, size_t size);

#endif
