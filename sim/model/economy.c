/* economy.c - value, cost and profit of each item at current (shocked) and constant prices,
 * the group sums, and the district growth figures. */
#include "economy.h"

#include <math.h>
#include <string.h>

double economy_price_factor(const scenario *s, int crop_ix)
{
	double f = 1.0;
	for (size_t i = 0; i < s->n_shocks; i++) {
		const shock *sh = &s->shocks[i];
		if (sh->kind == SHOCK_PRICE && sh->enabled && (sh->crop < 0 || sh->crop == crop_ix))
			f *= sh->factor;
	}
	return f;
}

void economy_value_items(const scenario *s, season_result *r)
{
	for (size_t k = 0; k < r->n_items; k++) {
		item_result *ir = &r->items[k];
		const crop *c = &s->crops[ir->crop];
		/* t × 1000 kg/t × VND/kg / 10^6 = t × VND/kg / 1000 million VND */
		double price = c->price_vnd_kg * economy_price_factor(s, ir->crop);
		ir->value_mvnd = ir->output_t * price / 1000.0;
		ir->value_const_mvnd = ir->output_t * c->price_const_vnd_kg / 1000.0;
		ir->cost_mvnd = ir->area_ha * c->cost_vnd_ha / 1e6;
		ir->profit_mvnd = ir->value_mvnd - ir->cost_mvnd;
	}
}

static void group_add(group_result *g, const item_result *ir)
{
	g->area_ha += ir->area_ha;
	g->irrigated_ha += ir->irrigated_ha;
	g->output_t += ir->output_t;
	g->value_mvnd += ir->value_mvnd;
	g->value_const_mvnd += ir->value_const_mvnd;
	g->cost_mvnd += ir->cost_mvnd;
	g->profit_mvnd += ir->profit_mvnd;
	g->labour_days += ir->labour_days;
	/* mm figures: summed area × mm here, divided by the area in group_finish */
	g->et0_mm += ir->area_ha * ir->et0_mm;
	g->etc_mm += ir->area_ha * ir->etc_mm;
	g->eta_mm += ir->area_ha * ir->eta_mm;
	g->rain_mm += ir->area_ha * ir->rain_mm;
	g->irrigation_mm += ir->area_ha * ir->irrigation_mm;
	g->n_items++;
	g->status |= ir->status;
}

static void group_finish(group_result *g)
{
	double a = g->area_ha;
	g->yield_t_ha = a > 0.0 ? g->output_t / a : 0.0;
	double inv = a > 0.0 ? 1.0 / a : 0.0;
	g->et0_mm *= inv;
	g->etc_mm *= inv;
	g->eta_mm *= inv;
	g->rain_mm *= inv;
	g->irrigation_mm *= inv;
}

void economy_sum_groups(const scenario *s, season_result *r)
{
	(void)s;
	for (size_t i = 0; i < r->n_communes; i++)
		memset(&r->communes[i].g, 0, sizeof r->communes[i].g);
	for (size_t i = 0; i < r->n_crops; i++)
		memset(&r->crops[i], 0, sizeof r->crops[i]);
	memset(&r->district.g, 0, sizeof r->district.g);
	for (size_t k = 0; k < r->n_items; k++) {
		const item_result *ir = &r->items[k];
		group_add(&r->communes[ir->commune].g, ir);
		group_add(&r->crops[ir->crop], ir);
		group_add(&r->district.g, ir);
	}
	for (size_t i = 0; i < r->n_communes; i++)
		group_finish(&r->communes[i].g);
	for (size_t i = 0; i < r->n_crops; i++)
		group_finish(&r->crops[i]);
	group_finish(&r->district.g);
}

bool economy_district(const scenario *s, season_result *r)
{
	district_result *d = &r->district;
	const economy_input *e = &s->economy;
	d->has_economy = e->present;
	d->has_target = e->present && e->has_target;
	d->target_growth_pct = d->has_target ? e->target_growth_pct : 0.0;
	d->winter_growth_pct = d->contribution_pp = d->contribution_share = 0.0;
	d->district_growth_pct = d->shares_sum = 0.0;
	if (!e->present)
		return true;

	double go_const_bn = d->g.value_const_mvnd / 1000.0;
	double prev = e->winter_crop_prev_bn_vnd, total = e->district_output_prev_bn_vnd;
	d->winter_growth_pct = prev > 0.0 ? (go_const_bn / prev - 1.0) * 100.0 : 0.0;
	d->contribution_pp = total > 0.0 ? (go_const_bn - prev) / total * 100.0 : 0.0;
	double growth = 0.0, shares = total > 0.0 ? prev / total : 0.0;
	for (size_t i = 0; i < e->n_other_sectors; i++) {
		growth += e->other_sectors[i].share_prev * e->other_sectors[i].growth_pct;
		shares += e->other_sectors[i].share_prev;
	}
	d->district_growth_pct = growth + d->contribution_pp;
	d->contribution_share = d->district_growth_pct != 0.0 ?
				d->contribution_pp / d->district_growth_pct : 0.0;
	d->shares_sum = shares;

	if (fabs(shares - 1.0) > 0.01) {
		season_warning w = {
			.kind = WARN_SHARES_SUM, .commune = -1, .item = -1, .land = -1,
			.date = DATE_NONE, .value = shares,
		};
		if (!season_result_add_warning(r, &w))
			return false;
	}
	if (d->has_target && d->district_growth_pct < d->target_growth_pct) {
		season_warning w = {
			.kind = WARN_TARGET_MISSED, .commune = -1, .item = -1, .land = -1,
			.date = DATE_NONE, .value = d->district_growth_pct - d->target_growth_pct,
		};
		if (!season_result_add_warning(r, &w))
			return false;
	}
	return true;
}
