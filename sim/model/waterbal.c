/* waterbal.c - setting up the root-zone water balance of one part of a field: its parameters
 * from the scenario and its state at sowing (the daily step is inline in waterbal.h). */
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
