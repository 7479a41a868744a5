/* labour.c - labour by half-month per commune: the items' labour spread over their lives
 * (labour.h) and summed into the season's half-months, against the labour available. */
#include "labour.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void labour_plan_init(labour_plan *p)
{
	memset(p, 0, sizeof *p);
}

void labour_plan_fini(labour_plan *p)
{
	if (!p)
		return;
	free(p->periods);
	labour_plan_init(p);
}

/* The last day of the half-month that holds t. */
static vd_date half_month_end(vd_date t)
{
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	return d <= 15 ? date_from_ymd(y, m, 15) : date_from_ymd(y, m, date_days_in_month(y, m));
}

size_t labour_half_months(vd_date start, vd_date end)
{
	size_t n = 0;
	for (vd_date t = start; t <= end; t = half_month_end(t) + 1)
		n++;
	return n;
}

static vd_date clamp_day(vd_date t, vd_date lo, vd_date hi)
{
	return t < lo ? lo : t > hi ? hi : t;
}

/* Adds `days` labour days spread evenly over from..to (cut to the season) to the commune's
 * half-months `row`; the item's area counts as worked in each half-month that gets some. */
static void spread(labour_period *row, size_t n, vd_date from, vd_date to, double days,
		   double area_ha, bool *touched)
{
	vd_date lo = clamp_day(from, row[0].start, row[n - 1].end);
	vd_date hi = clamp_day(to, row[0].start, row[n - 1].end);
	if (hi < lo)
		hi = lo;
	double per_day = days / (double)(hi - lo + 1);
	for (size_t k = 0; k < n; k++) {
		vd_date a = lo > row[k].start ? lo : row[k].start;
		vd_date b = hi < row[k].end ? hi : row[k].end;
		if (b < a)
			continue;
		row[k].need_days += per_day * (double)(b - a + 1);
		if (!touched[k] && days > 0.0) {
			touched[k] = true;
			row[k].worked_ha += area_ha;
		}
	}
}

static void spread_item(const scenario *s, const item_result *it, labour_period *row, size_t n,
			bool *touched)
{
	vd_date sow = it->sow;
	vd_date harvest = it->harvest == DATE_NONE ? s->season_end : it->harvest;
	if (harvest < sow)
		harvest = sow;
	int w = LABOUR_WINDOW_DAYS - 1;
	vd_date sow_end = sow + w < harvest ? sow + w : harvest;
	vd_date harvest_start = harvest - w > sow ? harvest - w : sow;
	memset(touched, 0, n * sizeof *touched);
	spread(row, n, sow, sow_end, LABOUR_SHARE_SOW * it->labour_days, it->area_ha, touched);
	spread(row, n, sow, harvest, LABOUR_SHARE_GROWTH * it->labour_days, it->area_ha, touched);
	spread(row, n, harvest_start, harvest, LABOUR_SHARE_HARVEST * it->labour_days, it->area_ha,
	       touched);
}

static void fill_commune_periods(const scenario *s, int c, labour_period *row, size_t n)
{
	vd_date t = s->season_start;
	double avail = s->communes[c].labour_days_available;
	for (size_t k = 0; k < n; k++) {
		vd_date e = half_month_end(t);
		row[k] = (labour_period){
			.commune = c, .start = t, .end = e < s->season_end ? e : s->season_end,
			.available_days = avail > 0.0 ? avail / (double)n : NAN,
		};
		t = e + 1;
	}
}

static void close_periods(labour_period *row, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		labour_period *p = &row[k];
		if (isnan(p->available_days)) {
			p->shortfall_days = NAN;
			continue;
		}
		double gap = p->need_days - p->available_days;
		p->shortfall_days = gap > 1e-9 ? gap : 0.0;
		p->unworked_ha = p->shortfall_days > 0.0 ? p->worked_ha * p->shortfall_days / p->need_days
							 : 0.0;
	}
}

bool labour_plan_build(const scenario *s, const season_result *r, labour_plan *p)
{
	labour_plan_init(p);
	if (s->season_end < s->season_start || s->n_communes == 0)
		return true;
	size_t n = labour_half_months(s->season_start, s->season_end);
	p->periods = calloc(n * s->n_communes, sizeof *p->periods);
	bool *touched = calloc(n, sizeof *touched);
	if (!p->periods || !touched) {
		free(touched);
		labour_plan_fini(p);
		return false;
	}
	p->per_commune = n;
	p->n = n * s->n_communes;
	for (size_t c = 0; c < s->n_communes; c++)
		fill_commune_periods(s, (int)c, p->periods + c * n, n);
	for (size_t i = 0; i < r->n_items; i++) {
		const item_result *it = &r->items[i];
		spread_item(s, it, p->periods + (size_t)it->commune * n, n, touched);
	}
	for (size_t c = 0; c < s->n_communes; c++)
		close_periods(p->periods + c * n, n);
	free(touched);
	return true;
}
