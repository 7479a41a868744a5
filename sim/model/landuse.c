/* landuse.c - area on each land unit day by day, labour per commune, and the land-use
 * coefficient of paddy land. */
#include "landuse.h"

/* The first day another crop may occupy an item's land: its harvest day (lifted in the
 * morning, the next crop can go in that day), or the day after the weather ends for an
 * item that never matures (it holds the land to the end). A crop occupies at least its
 * sowing day. */
static vd_date occupied_until(const item_result *ir, vd_date last_day)
{
	vd_date end = ir->harvest != DATE_NONE ? ir->harvest : last_day + 1;
	return end > ir->sow ? end : ir->sow + 1;
}

/* Items occupying the land on day t: the summed area of those in [lo, hi) on unit `land`. */
static double area_on(const season_result *r, size_t lo, size_t hi, int land, vd_date t,
		      vd_date last_day)
{
	double sum = 0.0;
	for (size_t k = lo; k < hi; k++) {
		const item_result *ir = &r->items[k];
		if (ir->land == land && ir->sow <= t && t < occupied_until(ir, last_day))
			sum += ir->area_ha;
	}
	return sum;
}

/* One land unit. The summed area only rises on a sowing day, so checking each item's sowing
 * day finds every day over: the first day over is the earliest sowing day over, the peak
 * the largest excess on those days. */
static bool check_unit(const scenario *s, size_t lo, size_t hi, int ci, int li, vd_date last_day,
		       season_result *r)
{
	const land_unit *lu = &s->communes[ci].land[li];
	double tol = 1e-9 * (lu->area_ha > 1.0 ? lu->area_ha : 1.0);
	vd_date first_over = DATE_NONE;
	double peak = 0.0;
	for (size_t j = lo; j < hi; j++) {
		const item_result *ij = &r->items[j];
		if (ij->land != li)
			continue;
		double over = area_on(r, lo, hi, li, ij->sow, last_day) - lu->area_ha;
		if (over <= tol)
			continue;
		if (first_over == DATE_NONE || ij->sow < first_over)
			first_over = ij->sow;
		if (over > peak)
			peak = over;
		for (size_t k = lo; k < hi; k++) {
			item_result *ik = &r->items[k];
			if (ik->land == li && ik->sow <= ij->sow && ij->sow < occupied_until(ik, last_day))
				ik->status |= ITEM_OVER_ALLOCATED;
		}
	}
	if (first_over == DATE_NONE)
		return true;
	season_warning w = {
		.kind = WARN_OVER_ALLOCATED, .is_error = false, .commune = ci, .item = -1,
		.land = li, .date = first_over, .value = peak,
	};
	return season_result_add_warning(r, &w);
}

bool landuse_check_area(const scenario *s, vd_date last_day, season_result *r)
{
	size_t lo = 0;
	for (size_t ci = 0; ci < s->n_communes; ci++) {
		const commune *co = &s->communes[ci];
		size_t hi = lo + co->n_plan;
		for (size_t li = 0; li < co->n_land; li++)
			if (!check_unit(s, lo, hi, (int)ci, (int)li, last_day, r))
				return false;
		lo = hi;
	}
	return true;
}

bool landuse_check_labour(const scenario *s, season_result *r)
{
	size_t lo = 0;
	for (size_t ci = 0; ci < s->n_communes; ci++) {
		const commune *co = &s->communes[ci];
		size_t hi = lo + co->n_plan;
		double need = 0.0;
		for (size_t k = lo; k < hi; k++) {
			item_result *ir = &r->items[k];
			ir->labour_days = ir->area_ha * s->crops[ir->crop].labour_days_ha;
			need += ir->labour_days;
		}
		r->communes[ci].labour_days_available = co->labour_days_available;
		if (co->labour_days_available > 0.0 && need > co->labour_days_available * (1.0 + 1e-12)) {
			for (size_t k = lo; k < hi; k++)
				r->items[k].status |= ITEM_LABOUR_SHORT;
			season_warning w = {
				.kind = WARN_LABOUR_SHORT, .is_error = false, .commune = (int)ci,
				.item = -1, .land = -1, .date = DATE_NONE,
				.value = need - co->labour_days_available,
			};
			if (!season_result_add_warning(r, &w))
				return false;
		}
		lo = hi;
	}
	return true;
}

void landuse_coefficients(const scenario *s, season_result *r)
{
	double d_area = 0.0, d_crops = 0.0;
	size_t lo = 0;
	for (size_t ci = 0; ci < s->n_communes; ci++) {
		const commune *co = &s->communes[ci];
		double area = 0.0, crops = 0.0;
		for (size_t li = 0; li < co->n_land; li++) {
			const land_unit *lu = &co->land[li];
			if (lu->kind != LAND_PADDY)
				continue;
			area += lu->area_ha;
			crops += lu->crops_per_year * lu->area_ha;
		}
		/* the winter area: every plan item on paddy land, summed */
		for (size_t k = lo; k < lo + co->n_plan; k++) {
			const item_result *ir = &r->items[k];
			if (co->land[ir->land].kind == LAND_PADDY)
				crops += ir->area_ha;
		}
		r->communes[ci].land_use_coefficient = area > 0.0 ? crops / area : 0.0;
		d_area += area;
		d_crops += crops;
		lo += co->n_plan;
	}
	r->district.land_use_coefficient = d_area > 0.0 ? d_crops / d_area : 0.0;
}
