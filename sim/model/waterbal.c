/* waterbal.c - the root-zone water balance of one part of a field (FAO-56 chapter 8): its
 * parameters from the scenario, its state at sowing, and the daily step (Ks, ETa, irrigation,
 * runoff, depletion, deep percolation). */
#include "waterbal.h"

void waterbal_params(wb_params *p, const soil *so, const crop *c, const land_unit *lu,
		     const irrigation *irr, bool irrigated)
{
	p->taw_per_m = 1000.0 * (so->theta_fc - so->theta_wp);     /* eq. 82 per metre */
	p->init_frac = so->initial_depletion_pct / 100.0;
	p->p_table = c->depletion_p;
	p->runoff_share = lu->runoff_share;
	p->mode = irrigated ? irr->mode : IRRIGATION_NONE;
	p->interval_days = irr->interval_days;
	p->depth_mm = irr->depth_mm;
}

void waterbal_start(wb_state *st, const wb_params *p, double zr0_m)
{
	st->taw = p->taw_per_m * zr0_m;
	st->dr = p->init_frac * st->taw;
}

static inline double ks_of(double dr, double taw, double raw, double p)
{
	if (dr <= raw)
		return 1.0;
	double ks = (taw - dr) / ((1.0 - p) * taw);
	return ks > 0.0 ? ks : 0.0;
}

static inline double p_of(double p_table, double etc)
{
	double p = p_table + 0.04 * (5.0 - etc);
	return p < 0.1 ? 0.1 : p > 0.8 ? 0.8 : p;
}

/* The daily step, inline in the span loops below so the season core stays fast. */
static inline void step(wb_state *st, const wb_params *pr, int das, double zr_m, double kc,
			double et0, double rain, wb_day *out)
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
	double p = p_of(pr->p_table, etc);
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

	double ks = ks_of(dr_start, taw, raw, p);
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

double waterbal_ks(double dr, double taw, double raw, double p)
{
	return ks_of(dr, taw, raw, p);
}

double waterbal_p(double p_table, double etc)
{
	return p_of(p_table, etc);
}

void waterbal_step(wb_state *st, const wb_params *pr, int das, double zr_m, double kc,
		   double et0, double rain, wb_day *out)
{
	step(st, pr, das, zr_m, kc, et0, rain, out);
}

void waterbal_span(wb_state *st, const wb_params *pr, int from, int to, const double *zr_m,
		   const double *kc, const weather_day *wd, wb_sums *sum, wb_day_fn on_day,
		   void *ctx)
{
	double eta = 0.0, etc = 0.0, et0 = 0.0, rain = 0.0, irr = 0.0;
	for (int d = from; d < to; d++) {
		double dr_prev = st->dr;
		wb_day x;
		step(st, pr, d + 1, zr_m[d], kc[d], wd[d].et0_mm, wd[d].rain_mm, &x);
		eta += x.eta;
		etc += x.etc;
		et0 += wd[d].et0_mm;
		rain += wd[d].rain_mm;
		irr += x.irrigation;
		if (on_day)
			on_day(ctx, d, dr_prev, &x);
	}
	*sum = (wb_sums){ .eta = eta, .etc = etc, .et0 = et0, .rain = rain, .irrigation = irr };
}

void waterbal_span2(wb_state st[2], const wb_params pr[2], int from, int to,
		    const double *zr_m, const double *kc, const weather_day *wd, wb_sums sum[2])
{
	double eta0 = 0.0, eta1 = 0.0, irr0 = 0.0, irr1 = 0.0;
	double etc = 0.0, et0 = 0.0, rain = 0.0;
	for (int d = from; d < to; d++) {
		double zr = zr_m[d], k = kc[d], e0 = wd[d].et0_mm, r = wd[d].rain_mm;
		wb_day x0, x1;
		step(&st[0], &pr[0], d + 1, zr, k, e0, r, &x0);
		step(&st[1], &pr[1], d + 1, zr, k, e0, r, &x1);
		eta0 += x0.eta;
		eta1 += x1.eta;
		irr0 += x0.irrigation;
		irr1 += x1.irrigation;
		etc += x0.etc;
		et0 += e0;
		rain += r;
	}
	sum[0] = (wb_sums){ .eta = eta0, .etc = etc, .et0 = et0, .rain = rain, .irrigation = irr0 };
	sum[1] = (wb_sums){ .eta = eta1, .etc = etc, .et0 = et0, .rain = rain, .irrigation = irr1 };
}
