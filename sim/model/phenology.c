/* phenology.c - stages, the FAO-56 Kc curve (eq. 66, adjusted by eq. 62/65) and root depth
 * of one crop sown on one day, computed in one pass over the weather. */
#include "phenology.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void pheno_calendar_init(pheno_calendar *pc)
{
	memset(pc, 0, sizeof *pc);
}

void pheno_calendar_fini(pheno_calendar *pc)
{
	if (!pc)
		return;
	free(pc->kc);   /* one block holds kc, zr_m and gdd */
	pheno_calendar_init(pc);
}

static double clamp(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

double pheno_gdd(double tmean_c, double tbase_c, double tupper_c)
{
	double t = tmean_c;
	if (!isnan(tupper_c) && t > tupper_c)
		t = tupper_c;
	return t > tbase_c ? t - tbase_c : 0.0;
}

double pheno_kc_adjust(double kc_table, double u2_m_s, double rhmin_pct, double height_m)
{
	double u2 = clamp(u2_m_s, 1.0, 6.0);
	double rh = clamp(rhmin_pct, 20.0, 80.0);
	double h = clamp(height_m, 0.1, 10.0);
	return kc_table + (0.04 * (u2 - 2.0) - 0.004 * (rh - 45.0)) * pow(h / 3.0, 0.3);
}

void pheno_stage_ends(const double len[PHENO_STAGES], double cum[PHENO_STAGES])
{
	double sum = 0.0;
	for (int k = 0; k < PHENO_STAGES; k++) {
		sum += len[k] > 0.0 ? len[k] : 0.0;
		cum[k] = sum;
	}
}

int pheno_stage_at(const double cum[PHENO_STAGES], double progress)
{
	for (int k = 0; k < PHENO_LATE; k++)
		if (progress <= cum[k])
			return k;
	return PHENO_LATE;
}

/* Eq. 66 for a day known to be in `stage`. */
static double kc_in_stage(int stage, const double cum[PHENO_STAGES], double kc_ini,
			  double kc_mid, double kc_end, double progress)
{
	switch (stage) {
	case PHENO_INI:
		return kc_ini;
	case PHENO_DEV: {
		/* progress > cum[INI] here, so the development stage has a positive length */
		double f = (progress - cum[PHENO_INI]) / (cum[PHENO_DEV] - cum[PHENO_INI]);
		return kc_ini + f * (kc_mid - kc_ini);
	}
	case PHENO_MID:
		return kc_mid;
	default: {
		double len = cum[PHENO_LATE] - cum[PHENO_MID];
		double f = len > 0.0 ? clamp((progress - cum[PHENO_MID]) / len, 0.0, 1.0) : 1.0;
		return kc_mid + f * (kc_end - kc_mid);
	}
	}
}

double pheno_kc_at(const double cum[PHENO_STAGES], double kc_ini, double kc_mid, double kc_end,
		   double progress)
{
	return kc_in_stage(pheno_stage_at(cum, progress), cum, kc_ini, kc_mid, kc_end, progress);
}

double pheno_root_depth(const double cum[PHENO_STAGES], double zr_min, double zr_max,
			double progress)
{
	double end = cum[PHENO_DEV];
	if (end <= 0.0 || progress >= end)
		return zr_max;
	double f = progress > 0.0 ? progress / end : 0.0;
	return zr_min + f * (zr_max - zr_min);
}

/* Eq. 62/65 with the mean u2 and RHmin over the days of one stage; the tabled value when the
 * crop never reached that stage within the weather. */
static double kc_adjusted_over(const pheno_calendar *pc, const crop *c, const weather_series *w,
			       int stage, double kc_table)
{
	int a = pc->stage_start[stage], b = pc->stage_start[stage + 1];
	if (b <= a)
		return kc_table;
	double u2 = 0.0, rh = 0.0;
	for (int d = a; d < b; d++) {
		const weather_day *wd = &w->days[pc->first + d];
		u2 += wd->u2_m_s;
		rh += wd->rhmin_pct;
	}
	return pheno_kc_adjust(kc_table, u2 / (b - a), rh / (b - a), c->height_m);
}

bool pheno_calendar_build(pheno_calendar *pc, const crop *c, const weather_series *w, long first)
{
	pheno_calendar_fini(pc);
	if (first < 0 || (size_t)first >= w->n)
		return true;   /* nothing to follow: n = 0, not mature */
	size_t avail = w->n - (size_t)first;
	double *block = malloc(3 * avail * sizeof *block);
	if (!block)
		return false;
	pc->kc = block;
	pc->zr_m = block + avail;
	pc->gdd = block + 2 * avail;
	pc->first = first;

	double cum[PHENO_STAGES];
	pheno_stage_ends(c->stages, cum);
	double tbase = isnan(c->tbase_c) ? 0.0 : c->tbase_c;

	/* Pass 1: degree days, progress, stage starts, maturity. The stage only moves on:
	 * day d is in the first stage k with progress <= cum[k] (pheno_stage_at). */
	bool in_gdd = c->stages_unit == STAGES_IN_GDD;
	double gsum = 0.0;
	int st = PHENO_INI, n = 0;
	pc->stage_start[PHENO_INI] = 0;
	for (int k = 1; k <= PHENO_STAGES; k++)
		pc->stage_start[k] = -1;
	for (size_t d = 0; d < avail; d++) {
		/* Degree days by the averaging method, (Tmax + Tmin)/2 (McMaster & Wilhelm 1997),
		 * not the station's daily mean (weather_day.tmean_c), which the cold rules use. */
		const weather_day *wd = &w->days[first + (long)d];
		gsum += pheno_gdd(0.5 * (wd->tmax_c + wd->tmin_c), tbase, c->tupper_c);
		pc->gdd[d] = gsum;
		n = (int)d + 1;
		double prog = in_gdd ? gsum : (double)n;
		while (st < PHENO_LATE && prog > cum[st])
			pc->stage_start[++st] = (int)d;
		if (prog >= cum[PHENO_LATE]) {
			pc->mature = true;
			break;
		}
	}
	pc->n = n;
	for (int k = 1; k <= PHENO_STAGES; k++)
		if (pc->stage_start[k] < 0)
			pc->stage_start[k] = n;

	/* Climate adjustment over the mid and late stages (eq. 62, eq. 65 when Kc_end >= 0.45). */
	pc->kc_ini = c->kc_ini;
	pc->kc_mid = kc_adjusted_over(pc, c, w, PHENO_MID, c->kc_mid);
	pc->kc_end = c->kc_end >= 0.45 ? kc_adjusted_over(pc, c, w, PHENO_LATE, c->kc_end)
				       : c->kc_end;

	/* Pass 2: the eq. 66 curve and the root depth of each day, stage by stage. */
	for (int k = 0; k < PHENO_STAGES; k++) {
		for (int d = pc->stage_start[k]; d < pc->stage_start[k + 1]; d++) {
			double prog = in_gdd ? pc->gdd[d] : (double)(d + 1);
			pc->kc[d] = kc_in_stage(k, cum, pc->kc_ini, pc->kc_mid, pc->kc_end, prog);
			pc->zr_m[d] = pheno_root_depth(cum, c->root_min_m, c->root_max_m, prog);
		}
	}
	return true;
}
