/* waterbal.h - the FAO-56 single crop coefficient root-zone water balance (chapter 8,
 * eq. 81-88): TAW, RAW, Ks, actual evapotranspiration, depletion, deep percolation, runoff
 * and the three irrigation modes (DESIGN §3.3). One day is one call of waterbal_step, an
 * inline function over plain structs so the season loop stays fast. */
#ifndef VUDONG_WATERBAL_H
#define VUDONG_WATERBAL_H

#include <stdbool.h>

#include "scenario.h"

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
static inline double waterbal_ks(double dr, double taw, double raw, double p)
{
	if (dr <= raw)
		return 1.0;
	double ks = (taw - dr) / ((1.0 - p) * taw);
	return ks > 0.0 ? ks : 0.0;
}

/* p adjusted for the day's ETc (FAO-56 Table 22 note), clamped to 0.1..0.8. */
static inline double waterbal_p(double p_table, double etc)
{
	double p = p_table + 0.04 * (5.0 - etc);
	return p < 0.1 ? 0.1 : p > 0.8 ? 0.8 : p;
}

/* One day: das is the day of the crop's life (1 on the sowing day), zr_m the root depth,
 * kc the crop coefficient, et0 and rain the day's weather. Updates st, writes the day in out. */
static inline void waterbal_step(wb_state *st, const wb_params *pr, int das, double zr_m,
				 double kc, double et0, double rain, wb_day *out)
{
	double taw = pr->taw_per_m * zr_m;
	double dr = st->dr;
	double grow = 0.0;
	if (taw > st->taw) {
		/* new soil joins the root zone at the initial moisture state */
		grow = (taw - st->taw) * pr->init_frac;
		dr += grow;
	}
	double etc = kc * et0;
	double p = waterbal_p(pr->p_table, etc);
	double raw = p * taw;

	double irr = 0.0;
	if (pr->mode == IRRIGATION_AUTO) {
		if (dr > raw)
			irr = dr;                       /* refill to field capacity */
	} else if (pr->mode == IRRIGATION_SCHEDULE) {
		if (pr->interval_days > 0 && (das - 1) % pr->interval_days == 0)
			irr = pr->depth_mm;
	}
	double dr_start = dr > irr ? dr - irr : 0.0;

	double ks = waterbal_ks(dr_start, taw, raw, p);
	double eta = ks * etc;
	double runoff = pr->runoff_share * rain;
	double eff = rain - runoff;
	/* The soil cannot dry past the wilting point: ETa is at most the water above it. This
	 * binds only when Kc ET0 > (1 - p) TAW; Ks is then the effective ETa / ETc. */
	double avail = taw - dr + eff + irr;
	if (eta > avail) {
		eta = avail > 0.0 ? avail : 0.0;
		ks = etc > 0.0 ? eta / etc : 0.0;
	}
	double x = dr - eff - irr + eta;        /* eq. 85 before the bounds */
	double dp = 0.0;
	if (x < 0.0) {
		dp = -x;                        /* eq. 88: water above field capacity drains */
		x = 0.0;
	}
	out->taw = taw;
	out->raw = raw;
	out->p = p;
	out->root_growth = grow;
	out->irrigation = irr;
	out->dr_start = dr_start;
	out->ks = ks;
	out->etc = etc;
	out->eta = eta;
	out->runoff = runoff;
	out->eff_rain = eff;
	out->dp = dp;
	out->dr = x;
	st->dr = x;
	st->taw = taw;
}

#endif
