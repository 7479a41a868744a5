/* wgen_vary.c - what makes generated winters differ (docs/model-weather.md §3.8): the
 * calibration, from a station's month variability (weather_month_var), of the slow monthly
 * temperature anomaly (its SD per month and its AR(1) coefficient across months), the cold
 * surges of the winter monsoon and the monthly rain multiplier. The daily generator already
 * makes monthly means vary a little (the daily noise averages out over a month); the slow
 * parts supply the rest of the record's year-to-year variance, so the total matches it. */
#include "wgen.h"

#include <math.h>

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

/* Richardson's (1981) matrices, as in wgen.c (wgen_residuals_next applies them). */
static void residual_step(double prev[3][3], double next[3][3], bool with_b)
{
	/* next = A prev (A^T when with_b, + B B^T): the lag and stationary covariances. */
	static const double a[3][3] = {
		{ 0.567, 0.086, -0.002 },
		{ 0.253, 0.504, -0.050 },
		{ -0.006, -0.039, 0.244 },
	};
	static const double b[3][3] = {
		{ 0.781, 0.0, 0.0 },
		{ 0.328, 0.637, 0.0 },
		{ 0.238, -0.341, 0.873 },
	};
	double ap[3][3];
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++) {
			double v = 0.0;
			for (int k = 0; k < 3; k++)
				v += a[i][k] * prev[k][j];
			ap[i][j] = v;
		}
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++) {
			double v = ap[i][j];
			if (with_b) {
				v = 0.0;
				for (int k = 0; k < 3; k++)
					v += ap[i][k] * a[j][k] + b[i][k] * b[j][k];
			}
			next[i][j] = v;
		}
}

static double quad(const double w[3], double m[3][3])
{
	double v = 0.0;
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++)
			v += w[i] * m[i][j] * w[j];
	return v;
}

/* The stationary covariance G0 = A G0 A^T + B B^T, by iteration: A's spectral radius is
 * about 0.6, so 80 steps leave less than 1e-17 of the start. */
static void residual_stationary(double g[3][3])
{
	double next[3][3];
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++)
			g[i][j] = 0.0;
	for (int it = 0; it < 80; it++) {
		residual_step(g, next, true);
		for (int i = 0; i < 3; i++)
			for (int j = 0; j < 3; j++)
				g[i][j] = next[i][j];
	}
}

/* The variance of the n-day mean of w[v]·χ for each of the nw weight vectors, from the lag
 * covariances G_k = A^k G0: (n w'G0w + 2 Σ_{k=1}^{n-1} (n-k) w'G_k w) / n². */
static void residual_mean_variances(double g0[3][3], const double (*w)[3], int nw, int n,
				    double *out)
{
	double g[3][3], next[3][3];
	for (int i = 0; i < 3; i++)
		for (int j = 0; j < 3; j++)
			g[i][j] = g0[i][j];
	for (int v = 0; v < nw; v++)
		out[v] = n * quad(w[v], g);
	for (int k = 1; k < n; k++) {
		residual_step(g, next, false);
		for (int i = 0; i < 3; i++)
			for (int j = 0; j < 3; j++)
				g[i][j] = next[i][j];
		for (int v = 0; v < nw; v++)
			out[v] += 2.0 * (n - k) * quad(w[v], g);
	}
	for (int v = 0; v < nw; v++)
		out[v] /= (double)n * n;
}

double wgen_residual_mean_variance(const double w[3], int n)
{
	if (n < 1)
		return 0.0;
	double g0[3][3], out;
	residual_stationary(g0);
	residual_mean_variances(g0, (const double (*)[3])w, 1, n, &out);
	return out;
}

double wgen_surge_mean_variance(double p, double drop_c, int n)
{
	if (n < 1 || p <= 0.0 || drop_c <= 0.0)
		return 0.0;
	double d = exp(-1.0 / WGEN_SURGE_EFOLD_DAYS);
	/* A day's arrival Y: drop × Gamma(k)/k with chance p; E[Y²] = p drop² (1 + 1/k),
	 * E[Y] = p drop. */
	double var_y = p * drop_c * drop_c * (1.0 + 1.0 / WGEN_SURGE_DROP_SHAPE) -
		       p * p * drop_c * drop_c;
	double var_day = var_y / (1.0 - d * d);
	double sum = n, dk = 1.0;
	for (int k = 1; k < n; k++) {
		dk *= d;
		sum += 2.0 * (n - k) * dk;
	}
	return var_day * sum / ((double)n * n);
}

/* The cold-surge season of the East Asian winter monsoon: November to March, north of the
 * equator (docs/model-weather.md §3.8). */
static bool surge_month(int month, double latitude_deg)
{
	return latitude_deg > 0.0 && (month >= 11 || month <= 3);
}

/* Variance of a month's share of wet days (two-state chain with persistence r). */
static double wet_share_variance(double f, int n)
{
	double r = WGEN_WET_PERSISTENCE;
	return f * (1.0 - f) * (1.0 + r) / ((1.0 - r) * n);
}

static bool finite_pos(double x)
{
	return isfinite(x) && x > 0.0;
}

/* The gamma shape of the month's rain multiplier M (mean 1), so that the monthly total, the
 * daily process's sum times M, has the record's coefficient of variation:
 * 1 + cv² = (1 + cv_M²)(1 + cv_daily²). 0 when the daily process already varies as much. */
static double rain_shape(const weather_normal *nm, double cv, int n)
{
	if (!finite_pos(cv) || !(nm->rain_mm > 0.0) || !(nm->rain_days > 0.0))
		return 0.0;
	double f = fmin(1.0, nm->rain_days / n);
	double mean_wet = nm->rain_mm / (f * n);
	double shape, scale;
	wgen_gamma_parameters(mean_wet, &shape, &scale);
	double floor_mm = fmin(WGEN_RAIN_DAY_MM, 0.5 * mean_wet);
	double sc = (mean_wet - floor_mm) / shape;
	double var_amount = shape * sc * sc;
	double mean = n * f * mean_wet;
	double var = n * f * var_amount + mean_wet * mean_wet * n * n * wet_share_variance(f, n);
	double cv_daily2 = var / (mean * mean);
	double cv_m2 = (1.0 + cv * cv) / (1.0 + cv_daily2) - 1.0;
	return cv_m2 > 1e-6 ? 1.0 / cv_m2 : 0.0;
}

void wgen_vary_calibrate(wgen_climate *c, const weather_normal normals[12],
			 const weather_month_var var[12], double latitude_deg)
{
	/* The weights of the month's mean temperature, Tmax and Tmin on the residuals. */
	static const double w[3][3] = {
		{ 0.5 * WGEN_SD_TMAX_C, 0.5 * WGEN_SD_TMIN_C, 0.0 },
		{ WGEN_SD_TMAX_C, 0.0, 0.0 },
		{ 0.0, WGEN_SD_TMIN_C, 0.0 },
	};
	double g0[3][3];
	residual_stationary(g0);
	double noise[32][3];             /* by month length, computed when first needed */
	bool noise_done[32] = { false };
	double prev_total = 0.0, prev_lf = 0.0;
	for (size_t i = 0; i < c->n_months; i++) {
		wgen_month *mo = &c->months[i];
		const weather_month_var *v = &var[mo->month - 1];
		const weather_normal *nm = &normals[mo->month - 1];
		int n = date_days_in_month(mo->year, mo->month);
		mo->lf_tmax_c = mo->lf_tmin_c = mo->lf_phi = mo->rain_shape = 0.0;
		double drop = 0.0, total = 0.0, lf = 0.0;
		if (v->known && finite_pos(v->sd_tmean_c)) {
			if (!noise_done[n]) {
				residual_mean_variances(g0, w, 3, n, noise[n]);
				noise_done[n] = true;
			}
			double f = nm->rain_days > 0.0 && nm->rain_mm > 0.0
				   ? fmin(1.0, nm->rain_days / n) : 0.0;
			double wet_x = WGEN_WET_TMAX_OFFSET_C * WGEN_WET_TMAX_OFFSET_C *
				       wet_share_variance(f, n);
			/* What the daily noise already gives the month's mean temperature. */
			total = v->sd_tmean_c * v->sd_tmean_c;
			double left = total - noise[n][0] - 0.25 * wet_x;
			double surge_var = 0.0;
			if (surge_month(mo->month, latitude_deg) && left > 0.0) {
				/* Surges of the literature's size, made weaker where they alone
				 * would take more than their share of what is left. */
				double p = WGEN_SURGE_PER_DAY;
				drop = WGEN_SURGE_DROP_C;
				surge_var = wgen_surge_mean_variance(p, drop, n);
				double cap = WGEN_SURGE_SHARE_MAX * left;
				if (surge_var > cap) {
					drop *= sqrt(cap / surge_var);
					surge_var = cap;
				}
			}
			lf = sqrt(fmax(0.0, left - surge_var));
			/* Split between Tmax and Tmin as the record's own SDs ask, keeping the
			 * mean temperature's: (lf_tmax + lf_tmin)/2 = lf. */
			double sx = 0.0, sn = 0.0;
			if (finite_pos(v->sd_tmax_c) && finite_pos(v->sd_tmin_c)) {
				sx = sqrt(fmax(0.0, v->sd_tmax_c * v->sd_tmax_c - surge_var - wet_x -
						       noise[n][1]));
				sn = sqrt(fmax(0.0, v->sd_tmin_c * v->sd_tmin_c - surge_var -
						       noise[n][2]));
			}
			if (sx + sn > 0.0) {
				mo->lf_tmax_c = 2.0 * lf * sx / (sx + sn);
				mo->lf_tmin_c = 2.0 * lf * sn / (sx + sn);
			} else {
				mo->lf_tmax_c = mo->lf_tmin_c = lf;
			}
			/* The record's lag-1 correlation is of the whole monthly anomaly; only
			 * the slow part carries over, so its coefficient is larger. */
			if (i > 0 && isfinite(v->lag1_corr) && lf > 0.0 && prev_lf > 0.0) {
				double phi = v->lag1_corr * sqrt(total * prev_total) / (lf * prev_lf);
				mo->lf_phi = fmax(-WGEN_LAG1_MAX, fmin(WGEN_LAG1_MAX, phi));
			}
		}
		if (v->known)
			mo->rain_shape = rain_shape(nm, v->cv_rain, n);
		for (size_t d = mo->first; d < mo->first + mo->n; d++) {
			c->days[d].surge_p = drop > 0.0 ? WGEN_SURGE_PER_DAY : 0.0;
			c->days[d].surge_drop_c = drop;
		}
		prev_total = total;
		prev_lf = lf;
	}
	/* The expected surge drop of each day, added back so every month keeps its mean:
	 * E[S_d] = e^(-1/τ) E[S_(d-1)] - p_d drop_d, with S = 0 before the first day. */
	double decay = exp(-1.0 / WGEN_SURGE_EFOLD_DAYS), expected = 0.0;
	for (size_t d = 0; d < c->n; d++) {
		expected = decay * expected - c->days[d].surge_p * c->days[d].surge_drop_c;
		c->days[d].surge_comp_c = -expected;
	}
}
