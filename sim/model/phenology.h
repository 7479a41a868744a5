/* phenology.h - a crop's calendar from its sowing day: stage lengths in days or growing
 * degree days, the stage of each day, the FAO-56 eq. 66 Kc curve with the eq. 62/65 climate
 * adjustment of Kc_mid and Kc_end, and the root depth (DESIGN §3.2). */
#ifndef VUDONG_PHENOLOGY_H
#define VUDONG_PHENOLOGY_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"
#include "weather.h"

enum { PHENO_INI, PHENO_DEV, PHENO_MID, PHENO_LATE, PHENO_STAGES };

/* One crop sown on one day, followed over the weather. Day d (0-based) is das d + 1. */
typedef struct {
	long first;                     /* index of the sowing day in the weather series */
	int n;                          /* days followed: to harvest, or to the end of the weather */
	bool mature;                    /* the last stage completed within the weather */
	int stage_start[PHENO_STAGES + 1]; /* first day (0-based) of each stage; [4] = n */
	double kc_ini, kc_mid, kc_end;  /* the curve's three values, mid and end climate-adjusted */
	double *kc;                     /* n values (owned) */
	double *zr_m;                   /* n values: root depth at the end of each day (owned) */
	double *gdd;                    /* n values: degree days since sowing, through each day (owned) */
} pheno_calendar;

void pheno_calendar_init(pheno_calendar *pc);
void pheno_calendar_fini(pheno_calendar *pc);

/* Follows crop c sown on the weather's day `first` (0 <= first < w->n). Returns false on out of
 * memory (pc is then empty). */
bool pheno_calendar_build(pheno_calendar *pc, const crop *c, const weather_series *w, long first);

/* Degree days of one day: max(0, Tmean - Tbase) with Tmean first clamped to Tupper when
 * Tupper is a number (NAN = no upper clamp). */
double pheno_gdd(double tmean_c, double tbase_c, double tupper_c);

/* FAO-56 eq. 62 (Kc_mid) and eq. 65 (Kc_end): the tabled value plus
 * [0.04 (u2 - 2) - 0.004 (RHmin - 45)] (h / 3)^0.3, with u2 clamped to 1..6 m/s, RHmin to
 * 20..80 % and h to 0.1..10 m. */
double pheno_kc_adjust(double kc_table, double u2_m_s, double rhmin_pct, double height_m);

/* Cumulative stage ends (cum[k] = L1 + ... + L(k+1)) from four stage lengths. */
void pheno_stage_ends(const double len[PHENO_STAGES], double cum[PHENO_STAGES]);

/* The stage a crop is in once `progress` (days or degree days since sowing, through the day)
 * has accumulated: the first k with progress <= cum[k]; PHENO_LATE beyond the end. */
int pheno_stage_at(const double cum[PHENO_STAGES], double progress);

/* FAO-56 eq. 66: Kc_ini flat over the initial stage, linear to Kc_mid over development, flat
 * over mid season, linear to Kc_end over the late season; `progress` plays the role of i. */
double pheno_kc_at(const double cum[PHENO_STAGES], double kc_ini, double kc_mid, double kc_end,
		   double progress);

/* Root depth: linear from zr_min at sowing (progress 0) to zr_max at the end of development
 * (cum[PHENO_DEV]), then constant. */
double pheno_root_depth(const double cum[PHENO_STAGES], double zr_min, double zr_max,
			double progress);

#endif
