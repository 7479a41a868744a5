/* labour.h - labour by half-month: each plan item's labour days spread over its life (a share
 * at sowing or transplanting, a share over growth, a share at harvest), summed per commune per
 * half-month of the season and set against the commune's labour spread evenly over those
 * half-months (docs/model.md "Labour by half-month"). Works on a season_result the season
 * run has filled (sow, harvest, labour_days). */
#ifndef VUDONG_LABOUR_H
#define VUDONG_LABOUR_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "scenario.h"
#include "season_result.h"

/* The spread of an item's labour (shares add up to 1). */
#define LABOUR_SHARE_SOW      0.4   /* land preparation, sowing or transplanting */
#define LABOUR_SHARE_GROWTH   0.3   /* weeding, watering, care: evenly from sowing to harvest */
#define LABOUR_SHARE_HARVEST  0.3   /* harvest and carrying */
#define LABOUR_WINDOW_DAYS    10    /* the sowing share over the first, the harvest share over the last days */

/* One commune's half-month. available_days and shortfall_days are NAN when the commune gives
 * no labour_days_available. */
typedef struct {
	int commune;                /* index into scenario.communes */
	vd_date start, end;         /* inclusive: the 1st-15th or 16th-last of a month, cut to the season */
	double need_days;
	double available_days;
	double shortfall_days;      /* max(0, need - available) */
	double worked_ha;           /* area of the items with work in the half-month */
	double unworked_ha;         /* worked_ha × shortfall / need: the area whose work is not done */
} labour_period;

typedef struct {
	labour_period *periods;     /* commune-major: commune c's half-months from c * per_commune; owned */
	size_t n;
	size_t per_commune;         /* half-months in the season */
} labour_plan;

void labour_plan_init(labour_plan *p);
void labour_plan_fini(labour_plan *p);

/* Builds p (init'ed or fini'd) for s and r. A window (sowing, growth, harvest) partly
 * outside the season is cut to it and its days spread over the part inside; wholly outside,
 * they fall on the season's first or last day. An immature item's life ends on the season's
 * last day. So the need_days of every period add up to the district's labour. False on out of memory (p is
 * then empty). */
bool labour_plan_build(const scenario *s, const season_result *r, labour_plan *p);

/* The half-months of the season from start to end (inclusive); the count. */
size_t labour_half_months(vd_date start, vd_date end);

#endif
