/* wgen.h - the seeded weather generator: daily weather from monthly normals (DESIGN §3.7).
 * Wet and dry days by a two-state Markov chain (Geng et al. 1986), wet-day rain from a gamma
 * distribution, Tmax/Tmin/sunshine residuals correlated by Richardson's (1981) WGEN A and B
 * matrices, normals interpolated between months so each month keeps its mean. With a
 * station's month variability (weather_month_var, from its record) winters also differ: a
 * slow monthly temperature anomaly (AR(1) across months), cold surges (shot noise) and a
 * monthly rain multiplier, calibrated so generated monthly means vary from year to year as
 * the record's do (wgen_vary.c). Formulas, sources and every assumption:
 * docs/model-weather.md. Same seed, same days, any machine. */
#ifndef VUDONG_WGEN_H
#define VUDONG_WGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "scenario.h"

/* Assumptions (no station data for Bình Liêu; see docs/model-weather.md): */
#define WGEN_SD_TMAX_C 2.5           /* sd of daily Tmax about its mean */
#define WGEN_SD_TMIN_C 2.0           /* sd of daily Tmin about its mean */
#define WGEN_WET_TMAX_OFFSET_C (-2.0) /* wet-day mean Tmax minus dry-day mean Tmax */
#define WGEN_WET_SUNSHINE_RATIO 0.35 /* wet-day mean n/N over dry-day mean n/N */
#define WGEN_SD_SUNSHINE_SHARE 0.4   /* sd of n/N as a share of min(mean, 1 - mean) */
#define WGEN_MIN_RANGE_C 1.0         /* smallest Tmax - Tmin a generated day may have */
#define WGEN_WET_PERSISTENCE 0.25    /* Geng et al. (1986): P(W|W) - P(W|D) */
#define WGEN_RAIN_DAY_MM 0.1         /* a rain day has at least this much rain (gauge resolution) */

/* Cold surges of the East Asian winter monsoon (docs/model-weather.md §3.8), November to
 * March north of the equator, only with a station's variability: */
#define WGEN_SURGE_PER_DAY 0.1       /* chance a surge arrives on a day: about 15 a winter */
#define WGEN_SURGE_DROP_C 4.0        /* mean first-day drop of Tmax and Tmin */
#define WGEN_SURGE_DROP_SHAPE 4.0    /* its gamma shape (CV 0.5: most 2-7 °C, rarely over 10) */
#define WGEN_SURGE_EFOLD_DAYS 3.0    /* the drop then decays by e every this many days */
#define WGEN_SURGE_SHARE_MAX 0.5     /* surges take at most this share of a month's
				      * year-to-year variance left after the daily noise */
#define WGEN_LAG1_MAX 0.95           /* largest month-to-month AR(1) coefficient */

/* Geng et al. (1986): P(W|D) = 0.75 f, P(W|W) = 0.25 + P(W|D) with f the share of wet days
 * in the month (held to 0..1). The chain's stationary wet share is exactly f. */
void wgen_markov_probabilities(double wet_share, double *p_wet_after_dry, double *p_wet_after_wet);

/* The transition into a day whose wet share is f from a day whose wet share was f0 (both
 * held to 0..1): P(W|D) = f - r f0, P(W|W) = P(W|D) + r, so a day that is wet with chance f0
 * is followed by one wet with chance exactly f. r = 0.25 (Geng's persistence) where that
 * keeps both probabilities in 0..1, else the largest r that does: min(0.25, f/f0,
 * (1-f)/(1-f0)). With f0 = f this is wgen_markov_probabilities. */
void wgen_markov_transition(double share_yesterday, double share_today, double *p_wet_after_dry,
			    double *p_wet_after_wet);

/* Geng et al. (1986): scale β = -2.16 + 1.83 R̄ with R̄ the mean rain of a wet day (mm),
 * shape α = R̄ / β; below R̄ = 3 mm, β = 1.11 R̄ (the two meet at 3 mm), so α stays in
 * (0.54, 0.91] and the mean α β is exactly R̄. The generator keeps this shape and draws a
 * wet day's rain as WGEN_RAIN_DAY_MM + Gamma(α) × (R̄ - WGEN_RAIN_DAY_MM)/α (mean R̄). */
void wgen_gamma_parameters(double mean_wet_day_mm, double *shape, double *scale_mm);

/* One step of Richardson's (1981) residual process, χ(t) = A χ(t-1) + B ε(t), for the
 * standardised residuals of (Tmax, Tmin, radiation). */
void wgen_residuals_next(const double prev[3], const double eps[3], double next[3]);

/* Day-by-day parameters of the generator over a span of dates, built once from the normals
 * and reusable for any number of seeds (the ensemble). */
typedef struct {
	double p_wet_after_dry, p_wet_after_wet, wet_share;
	double gamma_shape, gamma_scale_mm; /* wet-day rain = floor + Gamma(shape) × scale */
	double rain_floor_mm;            /* WGEN_RAIN_DAY_MM, or half the wet-day mean below 0.2 mm */
	double tmax_dry_c, tmax_wet_c, tmin_c;
	double sun_dry, sun_wet;         /* relative sunshine n/N */
	double daylight_h;               /* N (FAO-56 eq. 34) */
	double rh_pct, wind_m_s;
	double surge_p;                  /* chance a cold surge arrives this day (0: none) */
	double surge_drop_c;             /* its mean first-day drop, °C */
	double surge_comp_c;             /* the expected surge drop of the day, added back */
	unsigned slot;                   /* index of the day's calendar month in wgen_climate.months */
} wgen_day_params;

/* What makes one calendar month of the span differ between seasons (wgen_vary.c). */
typedef struct {
	int year, month;
	size_t first, n;                 /* its days in the span (days[first .. first+n-1]) */
	double lf_tmax_c, lf_tmin_c;     /* SD of the slow anomaly added to Tmax and Tmin */
	double lf_phi;                   /* AR(1) coefficient on the previous month's anomaly */
	double rain_shape;               /* gamma shape of the rain multiplier (mean 1); 0: none */
} wgen_month;

typedef struct {
	vd_date first;
	size_t n;
	wgen_day_params *days;           /* owned; n entries */
	wgen_month *months;              /* owned; the calendar months the days touch */
	size_t n_months;
	bool varies;                     /* built with a station's variability (var[].known) */
} wgen_climate;

typedef enum { WGEN_OK, WGEN_MISSING_NORMAL, WGEN_NO_MEMORY } wgen_status;

/* Builds the parameters for n days from `first` at the given latitude. Every calendar month
 * the days touch needs its normal (normals[m-1].month == m); the months just before and
 * after are used for the interpolation when present. var (NULL, or indexed month-1): where
 * a month's variability is known, the slow anomaly, cold surges and rain multiplier are
 * calibrated from it (wgen_vary.c); without it the generator is plain WGEN (each month's
 * mean varies only by the daily noise). On WGEN_MISSING_NORMAL *missing_month says which;
 * c is then empty. */
wgen_status wgen_climate_init(wgen_climate *c, const weather_normal normals[12],
			      const weather_month_var var[12], double latitude_deg, vd_date first,
			      size_t n, int *missing_month);
void wgen_climate_fini(wgen_climate *c);

/* Generates c->n days into out[] (caller-owned, c->n entries): date, tmax_c, tmin_c (always
 * Tmin < Tmax), rain_mm, sunshine_h, rh_pct and wind_m_s (at the anemometer height, as the
 * normals give it); every other field NAN, mark.file = -1. */
void wgen_generate(const wgen_climate *c, uint64_t seed, weather_obs *out);
/* The same without the slow anomaly and the rain multiplier (cold surges and the daily noise
 * stay): the days a record's replay corrects to its months' values (wgen_replay.h). */
void wgen_generate_fast_only(const wgen_climate *c, uint64_t seed, weather_obs *out);

/* ---- calibration of the variability (wgen_vary.c) ---- */

/* The variance of a month's mean of w·χ over n days, χ the stationary residual process above
 * (the exact sum of its lag covariances). */
double wgen_residual_mean_variance(const double w[3], int n);
/* The variance of a month's mean of the surge drop over n days, surges arriving with chance
 * p a day with a gamma (WGEN_SURGE_DROP_SHAPE) first-day drop of mean drop_c, decaying by
 * WGEN_SURGE_EFOLD_DAYS (stationary shot noise). */
double wgen_surge_mean_variance(double p, double drop_c, int n);
/* Fills c->months[*] (lf_*, lf_phi, rain_shape) and the days' surge parameters from var;
 * c->days' other parameters and the months' first/n must be set. */
void wgen_vary_calibrate(wgen_climate *c, const weather_normal normals[12],
			 const weather_month_var var[12], double latitude_deg);

#endif
