/* season.h - one season's run of every plan item (DESIGN §3.2-3.8): its results
 * (season_result.h) and, on request, every day of every part. */
#ifndef VUDONG_SEASON_H
#define VUDONG_SEASON_H

#include <stdbool.h>
#include <stddef.h>

#include "cold_damage.h"
#include "date.h"
#include "scenario.h"
#include "season_result.h"
#include "weather.h"

/* One day of one part of one item, for `--table daily`, the invariant tests and the charts.
 * The callback sees every day of every part; `irrigated` tells which part. */
typedef struct {
	int commune, item;
	bool irrigated;
	bool shown;                     /* the part a daily table shows: the irrigated one when the
					   item has one, else the rain-fed one */
	vd_date date;
	int das;                        /* 1 on the sowing day */
	double gdd;                     /* cumulative degree days since sowing */
	int stage;                      /* 0 ini, 1 dev, 2 mid, 3 late */
	double kc, zr_m;
	double et0_mm, etc_mm, eta_mm, rain_mm, eff_rain_mm, runoff_mm, irrigation_mm, dp_mm;
	double dr_start_mm;             /* depletion at the start of the day, after that morning's irrigation */
	double dr_mm;                   /* at the end of the day */
	double dr_prev_mm;              /* at the end of the previous day (before root growth) */
	double root_growth_mm;          /* depletion the new soil brought as the roots deepened */
	double taw_mm, raw_mm, ks, p;
	double tmin_c, tmax_c;
} season_day;

typedef void (*season_day_fn)(void *ctx, const season_day *day);

/* Runs every plan item over the weather. `r` must be initialised (season_result_init); what
 * it held is replaced. `on_day` may be NULL. Immature items and other
 * problems become warnings in r (never printed). Returns false only on out of memory. */
bool season_run(const scenario *s, const weather_series *w, season_result *r,
		season_day_fn on_day, void *ctx);

#endif
