/* report_table.c - the tables of the CSV and JSON reports as rows of typed cells, with their
 * binding column names (DESIGN §6) in one place: items, communes, crops, district, daily,
 * labour. */
#include "report_util.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Digits after the '.' by kind of quantity. */
enum { DEC_HA = 3, DEC_T_HA = 3, DEC_F = 4, DEC_T = 3, DEC_MM = 2, DEC_MVND = 3,
       DEC_LABOUR = 1, DEC_PCT = 4, DEC_COEF = 4, DEC_C = 2 };

static const char *const items_cols[] = {
	"commune", "land", "crop", "area_ha", "irrigated_ha", "sow", "harvest", "days",
	"yield_potential_t_ha", "f_water", "f_cold", "f_mgmt", "yield_t_ha", "output_t",
	"et0_mm", "etc_mm", "eta_mm", "rain_mm", "irrigation_mm", "value_mvnd",
	"value_const_mvnd", "cost_mvnd", "profit_mvnd", "labour_days", "status",
};
static const char *const communes_cols[] = {
	"commune", "area_ha", "irrigated_ha", "yield_t_ha", "output_t", "et0_mm", "etc_mm",
	"eta_mm", "rain_mm", "irrigation_mm", "value_mvnd", "value_const_mvnd", "cost_mvnd",
	"profit_mvnd", "labour_days", "status", "items", "labour_days_available",
	"land_use_coefficient", "name",
};
static const char *const crops_cols[] = {
	"crop", "area_ha", "irrigated_ha", "yield_t_ha", "output_t", "et0_mm", "etc_mm",
	"eta_mm", "rain_mm", "irrigation_mm", "value_mvnd", "value_const_mvnd", "cost_mvnd",
	"profit_mvnd", "labour_days", "status", "items", "name",
};
static const char *const district_cols[] = {
	"area_ha", "output_t", "value_mvnd", "value_const_mvnd", "profit_mvnd", "labour_days",
	"winter_growth_pct", "contribution_pp", "district_growth_pct",
};
static const char *const daily_cols[] = {
	"date", "commune", "land", "crop", "das", "gdd", "stage", "kc", "zr_m", "et0_mm",
	"etc_mm", "eta_mm", "rain_mm", "irrigation_mm", "dr_mm", "taw_mm", "raw_mm", "ks",
	"tmin_c", "tmax_c",
};

static const char *const labour_cols[] = {
	"commune", "period_start", "period_end", "need_days", "available_days", "shortfall_days",
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

const char *report_table_name(report_table t)
{
	switch (t) {
	case REPORT_ITEMS: return "items";
	case REPORT_COMMUNES: return "communes";
	case REPORT_CROPS: return "crops";
	case REPORT_DISTRICT: return "district";
	case REPORT_DAILY: return "daily";
	case REPORT_LABOUR: return "labour";
	}
	return "items";
}

const char *const *report_columns(report_table t, size_t *n)
{
	switch (t) {
	case REPORT_COMMUNES: *n = COUNT(communes_cols); return communes_cols;
	case REPORT_CROPS: *n = COUNT(crops_cols); return crops_cols;
	case REPORT_DISTRICT: *n = COUNT(district_cols); return district_cols;
	case REPORT_DAILY: *n = COUNT(daily_cols); return daily_cols;
	case REPORT_LABOUR: *n = COUNT(labour_cols); return labour_cols;
	case REPORT_ITEMS:
	default: *n = COUNT(items_cols); return items_cols;
	}
}

static void put_str(report_row *row, const char *s)
{
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = s };
}

static void put_num(report_row *row, double v, int dec)
{
	row->cells[row->n++] = (report_cell){ .kind = CELL_NUM, .v = v, .dec = dec };
}

/* The crop index of the i-th crop that has plan items (crops without area are left out). */
static size_t nth_crop(const season_result *r, size_t i)
{
	for (size_t c = 0; c < r->n_crops; c++)
		if (r->crops[c].n_items > 0 && i-- == 0)
			return c;
	return r->n_crops;
}

size_t report_row_count(report_table t, const scenario *s, const season_result *r)
{
	(void)s;
	switch (t) {
	case REPORT_ITEMS: return r->n_items;
	case REPORT_COMMUNES: return r->n_communes;
	case REPORT_CROPS: {
		size_t n = 0;
		for (size_t c = 0; c < r->n_crops; c++)
			n += r->crops[c].n_items > 0;
		return n;
	}
	case REPORT_DISTRICT: return 1;
	case REPORT_DAILY:
	case REPORT_LABOUR: return 0;
	}
	return 0;
}

static void fill_item(const scenario *s, const item_result *it, report_row *row)
{
	const commune *c = &s->communes[it->commune];
	put_str(row, c->id);
	put_str(row, c->land[it->land].id);
	put_str(row, s->crops[it->crop].id);
	put_num(row, it->area_ha, DEC_HA);
	put_num(row, it->irrigated_ha, DEC_HA);
	put_str(row, report_fmt_date(it->sow, row->date1));
	put_str(row, report_fmt_date(it->harvest, row->date2));
	put_num(row, it->harvest == DATE_NONE ? NAN : (double)it->days, 0);
	put_num(row, it->yield_potential_t_ha, DEC_T_HA);
	put_num(row, it->f_water, DEC_F);
	put_num(row, it->f_cold, DEC_F);
	put_num(row, it->f_mgmt, DEC_F);
	put_num(row, it->yield_t_ha, DEC_T_HA);
	put_num(row, it->output_t, DEC_T);
	put_num(row, it->et0_mm, DEC_MM);
	put_num(row, it->etc_mm, DEC_MM);
	put_num(row, it->eta_mm, DEC_MM);
	put_num(row, it->rain_mm, DEC_MM);
	put_num(row, it->irrigation_mm, DEC_MM);
	put_num(row, it->value_mvnd, DEC_MVND);
	put_num(row, it->value_const_mvnd, DEC_MVND);
	put_num(row, it->cost_mvnd, DEC_MVND);
	put_num(row, it->profit_mvnd, DEC_MVND);
	put_num(row, it->labour_days, DEC_LABOUR);
	put_str(row, item_status_code(it->status, row->status, sizeof row->status));
}

/* The columns a commune and a crop row share, from area_ha to status. */
static void fill_group(const group_result *g, report_row *row)
{
	put_num(row, g->area_ha, DEC_HA);
	put_num(row, g->irrigated_ha, DEC_HA);
	put_num(row, g->area_ha > 0 ? g->yield_t_ha : NAN, DEC_T_HA);
	put_num(row, g->output_t, DEC_T);
	put_num(row, g->et0_mm, DEC_MM);
	put_num(row, g->etc_mm, DEC_MM);
	put_num(row, g->eta_mm, DEC_MM);
	put_num(row, g->rain_mm, DEC_MM);
	put_num(row, g->irrigation_mm, DEC_MM);
	put_num(row, g->value_mvnd, DEC_MVND);
	put_num(row, g->value_const_mvnd, DEC_MVND);
	put_num(row, g->cost_mvnd, DEC_MVND);
	put_num(row, g->profit_mvnd, DEC_MVND);
	put_num(row, g->labour_days, DEC_LABOUR);
	put_str(row, item_status_code(g->status, row->status, sizeof row->status));
	put_num(row, (double)g->n_items, 0);
}

void report_row_fill(report_table t, const scenario *s, const season_result *r, size_t i,
		     report_row *row)
{
	row->n = 0;
	switch (t) {
	case REPORT_ITEMS:
		fill_item(s, &r->items[i], row);
		break;
	case REPORT_COMMUNES: {
		const commune_result *cr = &r->communes[i];
		put_str(row, s->communes[i].id);
		fill_group(&cr->g, row);
		put_num(row, cr->labour_days_available > 0 ? cr->labour_days_available : NAN,
			DEC_LABOUR);
		put_num(row, cr->land_use_coefficient, DEC_COEF);
		put_str(row, s->communes[i].name);
		break;
	}
	case REPORT_CROPS: {
		size_t c = nth_crop(r, i);
		put_str(row, s->crops[c].id);
		fill_group(&r->crops[c], row);
		put_str(row, s->crops[c].name);
		break;
	}
	case REPORT_DISTRICT: {
		const district_result *d = &r->district;
		put_num(row, d->g.area_ha, DEC_HA);
		put_num(row, d->g.output_t, DEC_T);
		put_num(row, d->g.value_mvnd, DEC_MVND);
		put_num(row, d->g.value_const_mvnd, DEC_MVND);
		put_num(row, d->g.profit_mvnd, DEC_MVND);
		put_num(row, d->g.labour_days, DEC_LABOUR);
		put_num(row, d->has_economy ? d->winter_growth_pct : NAN, DEC_PCT);
		put_num(row, d->has_economy ? d->contribution_pp : NAN, DEC_PCT);
		put_num(row, d->has_economy ? d->district_growth_pct : NAN, DEC_PCT);
		break;
	}
	case REPORT_DAILY:
	case REPORT_LABOUR:
		break;
	}
}

void report_row_labour(const scenario *s, const labour_period *p, report_row *row)
{
	row->n = 0;
	put_str(row, s->communes[p->commune].id);
	put_str(row, report_fmt_date(p->start, row->date1));
	put_str(row, report_fmt_date(p->end, row->date2));
	put_num(row, p->need_days, DEC_LABOUR);
	put_num(row, p->available_days, DEC_LABOUR);
	put_num(row, p->shortfall_days, DEC_LABOUR);
}

static const char *const stage_names[] = { "ini", "dev", "mid", "late" };

void report_row_daily(const scenario *s, const season_day *d, report_row *row)
{
	const commune *c = &s->communes[d->commune];
	const plan_item *it = &c->plan[d->item];
	row->n = 0;
	put_str(row, report_fmt_date(d->date, row->date1));
	put_str(row, c->id);
	put_str(row, c->land[it->land].id);
	put_str(row, s->crops[it->crop].id);
	put_num(row, (double)d->das, 0);
	put_num(row, d->gdd, 1);
	put_str(row, d->stage >= 0 && d->stage < 4 ? stage_names[d->stage] : NULL);
	put_num(row, d->kc, DEC_F);
	put_num(row, d->zr_m, DEC_F);
	put_num(row, d->et0_mm, DEC_MM);
	put_num(row, d->etc_mm, DEC_MM);
	put_num(row, d->eta_mm, DEC_MM);
	put_num(row, d->rain_mm, DEC_MM);
	put_num(row, d->irrigation_mm, DEC_MM);
	put_num(row, d->dr_mm, DEC_MM);
	put_num(row, d->taw_mm, DEC_MM);
	put_num(row, d->raw_mm, DEC_MM);
	put_num(row, d->ks, DEC_F);
	put_num(row, d->tmin_c, DEC_C);
	put_num(row, d->tmax_c, DEC_C);
}
