/* waterbal.h - the FAO-56 single crop coefficient root-zone water balance (chapter 8,
 * eq. 81-88): TAW, RAW, Ks, actual evapotranspiration, depletion, deep percolation, runoff
 * and the three irrigation modes (DESIGN §3.3), over plain structs: one day (waterbal_step),
 * or a span of days of one part or of two parts at once (the season core's loop). */
#ifndef VUDONG_WATERBAL_H
#define VUDONG_WATERBAL_H

#include <stdbool.h>

#include "scenario.h"
#include "weather.h"

/* What one part of a field needs: its soil, crop p, runoff share and irrigation. */
typedef struct {
	double taw_per_m;       /* 1000 (θFC − θWP): TAW per metre of roots (eq. 82), mm/m */
	double init_frac;       /* initial depletion, share of TAW (initial_depletion_pct / 100) */
	double p_table;         /* FAO-56 Table 22 p */
	double runoff_share;    /* runoff as a share of rain, 0..1 */
	irrigation_mode mode;
	int interval_days;      /* IRRIGATION_SCHEDULE: on das 1, 1 + interval, 1 + 2 interval, ... */
	double depth_mm;        /* IRRIGATION_SCHEDULE */
} wb_params;

/* The root zone between days. */
typedef struct {
	double dr;              /* depletion at the end of the previous day, mm */
	double taw;             /* TAW of the previous day, mm */
} wb_state;

/* One day's terms, mm unless noted. Closure: dr - dr_prev = eta + dp - eff_rain - irrigation
 * + root_growth. */
typedef struct {
	double taw, raw, p;
	double root_growth;     /* depletion the new soil brought as the roots deepened */
	double irrigation;      /* applied in the morning */
	double dr_start;        /* after root growth and that morning's irrigation */
	double ks;              /* eq. 84 (dimensionless) */
	double etc, eta;        /* Kc ET0; Ks Kc ET0 (eq. 81) */
	double runoff, eff_rain, dp;
	double dr;              /* end of the day */
} wb_day;

/* Fills p from the scenario's soil, crop, land unit and plan item irrigation. `irrigated`
 * false gives the rain-fed part (mode none). */
void waterbal_params(wb_params *p, const soil *so, const crop *c, const land_unit *lu,
		     const irrigation *irr, bool irrigated);

/* The state at sowing: roots at zr0_m, depletion init_frac × TAW. */
void waterbal_start(wb_state *st, const wb_params *p, double zr0_m);

/* FAO-56 eq. 84: Ks from the depletion at the start of the day. */
double waterbal_ks(double dr, double taw, double raw, double p);

/* p adjusted for the day's ETc (FAO-56 Table 22 note), clamped to 0.1..0.8. */
double waterbal_p(double p_table, double etc);

/* One day: das is the day of the crop's life (1 on the sowing day), zr_m the root depth,
 * kc the crop coefficient, et0 and rain the day's weather. Updates st, writes the day in out. */
void waterbal_step(wb_state *st, const wb_params *pr, int das, double zr_m, double kc,
		   double et0, double rain, wb_day *out);

/* What a span of days added up to, mm: ETa, ETc (Kc ET0), ET0, rain and irrigation. */
typedef struct {
	double eta, etc, et0, rain, irrigation;
} wb_sums;

/* Called after each day of a span: d the day's index (das d + 1), dr_prev the depletion at
 * the end of the day before, x the day. */
typedef void (*wb_day_fn)(void *ctx, int d, double dr_prev, const wb_day *x);

/* Days d = from .. to - 1 of a crop's life (das d + 1) of one part: zr_m[d], kc[d] and wd[d]
 * are the day's root depth, crop coefficient and weather. Updates st; sum gets the span's
 * totals (it is overwritten). on_day, when not NULL, sees every day in order. */
void waterbal_span(wb_state *st, const wb_params *pr, int from, int to, const double *zr_m,
		   const double *kc, const weather_day *wd, wb_sums *sum, wb_day_fn on_day,
		   void *ctx);

/* The same for two parts that share the crop (roots, Kc) and the weather, e.g. the irrigated
 * and the rain-fed part of a plan item, without a callback: the two days are independent
 * chains of arithmetic the processor overlaps. */
void waterbal_span2(wb_state st[2], const wb_params pr[2], int from, int to,
		    const double *zr_m, const double *kc, const weather_day *wd, wb_sums sum[2]);

#endif
