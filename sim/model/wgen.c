/* wgen.c - the weather generator: mean-preserving interpolation of monthly normals, the
 * Markov chain of wet days, gamma rain, and Richardson's correlated residuals. */
#include "wgen.h"

#include <math.h>
#include <stdlib.h>

#include "et0.h"
#include "rng.h"

/* Same bits on every machine: no fused multiply-add contraction (GCC already keeps it off
 * under -std=c11; clang contracts by default where the CPU has FMA). */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

#define PI 3.14159265358979323846

/* Richardson (1981), Water Resour. Res. 17(1):182-190, Table 2: the serial (A) and cross
 * (B) correlation matrices for (Tmax, Tmin, radiation) residuals, as used in WGEN
 * (Richardson & Wright 1984) for locations without their own estimates. */
static const double wgen_a[3][3] = {
	{ 0.567, 0.086, -0.002 },
	{ 0.253, 0.504, -0.050 },
	{ -0.006, -0.039, 0.244 },
};
static const double wgen_b[3][3] = {
	{ 0.781, 0.0, 0.0 },
	{ 0.328, 0.637, 0.0 },
	{ 0.238, -0.341, 0.873 },
};

static double clamp(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

void wgen_markov_probabilities(double wet_share, double *p_wet_after_dry, double *p_wet_after_wet)
{
	wgen_markov_transition(wet_share, wet_share, p_wet_after_dry, p_wet_after_wet);
}

void wgen_markov_transition(double share_yesterday, double share_today, double *p_wet_after_dry,
			    double *p_wet_after_wet)
{
	double f0 = clamp(share_yesterday, 0.0, 1.0), f = clamp(share_today, 0.0, 1.0);
	/* P(wet today) = P(W|D) + r f0 with r = P(W|W) - P(W|D); P(W|D) = f - r f0 makes it f.
	 * Geng's r = 0.25, smaller only where keeping P(W|D) >= 0 and P(W|W) <= 1 needs it
	 * (a dry month after a much wetter one, or the reverse). */
	double r = WGEN_WET_PERSISTENCE;
	if (f0 > 0.0)
		r = fmin(r, f / f0);
	if (f0 < 1.0)
		r = fmin(r, (1.0 - f) / (1.0 - f0));
	*p_wet_after_dry = clamp(f - r * f0, 0.0, 1.0);
	*p_wet_after_wet = clamp(*p_wet_after_dry + r, 0.0, 1.0);
}

void wgen_residuals_next(const double prev[3], const double eps[3], double next[3])
{
	double out[3];
	for (int i = 0; i < 3; i++) {
		double v = 0.0;
		for (int j = 0; j < 3; j++)
			v += wgen_a[i][j] * prev[j] + wgen_b[i][j] * eps[j];
		out[i] = v;
	}
	for (int i = 0; i < 3; i++)
		next[i] = out[i];
}

/* ---- mean-preserving interpolation of the normals ------------------------------------------
 * Each month's value is placed at its middle day and days are interpolated linearly between
 * neighbouring middles. Plain linear interpolation through the normals would flatten peaks
 * (a month's mean would move towards its neighbours'), so the knot values are solved for
 * instead: the mean over a month's days of the interpolated curve equals the month's normal
 * (a tridiagonal system; the idea of Epstein 1991, J. Climate 4:365-368, here solved exactly
 * for the actual month lengths). The months just outside the span keep their normals as
 * fixed knots. */

enum { Q_TMAX, Q_TMIN, Q_SUN, Q_RH, Q_WIND, N_Q };

typedef struct {
	vd_date start;
	int len, month;
	double center;           /* day number of the middle of the month */
	double a, b, d;          /* month mean = a k[i-1] + b k[i] + d k[i+1] */
	double value[N_Q];       /* the normal */
	double knot[N_Q];        /* the solved knot */
	double cp, dp;           /* Thomas algorithm scratch */
} month_span;

static double daylight_hours(double latitude_rad, int doy)
{
	double decl = et0_solar_declination(doy);
	return et0_daylight_hours(et0_sunset_hour_angle(latitude_rad, decl));
}

static void normal_values(const weather_normal *nm, const month_span *ms, double latitude_rad,
			  double v[N_Q])
{
	double n_mid = daylight_hours(latitude_rad, date_doy((vd_date)floor(ms->center)));
	v[Q_TMAX] = nm->tmax_c;
	v[Q_TMIN] = nm->tmin_c;
	v[Q_SUN] = n_mid > 0.0 ? clamp(nm->sunshine_h / n_mid, 0.0, 1.0) : 0.0;
	v[Q_RH] = nm->rh_pct;
	v[Q_WIND] = nm->wind_m_s;
}

static void solve_knots(month_span *m, size_t k, int q)
{
	/* Unknowns are knots 1..k-2; knots 0 and k-1 are fixed at their normals. */
	m[0].knot[q] = m[0].value[q];
	m[k - 1].knot[q] = m[k - 1].value[q];
	for (size_t i = 1; i + 1 < k; i++) {
		double rhs = m[i].value[q];
		if (i == 1)
			rhs -= m[i].a * m[0].knot[q];
		if (i + 2 == k)
			rhs -= m[i].d * m[k - 1].knot[q];
		double sub = i == 1 ? 0.0 : m[i].a;
		double prev_cp = i == 1 ? 0.0 : m[i - 1].cp;
		double prev_dp = i == 1 ? 0.0 : m[i - 1].dp;
		double piv = m[i].b - sub * prev_cp;
		m[i].cp = i + 2 == k ? 0.0 : m[i].d / piv;
		m[i].dp = (rhs - sub * prev_dp) / piv;
	}
	for (size_t i = k - 1; i-- > 1;)
		m[i].knot[q] = m[i].dp - (i + 2 == k ? 0.0 : m[i].cp * m[i + 1].knot[q]);
}

static double interpolate(const month_span *m, size_t j, vd_date t, int q)
{
	size_t lo = (double)t < m[j].center ? j - 1 : j;
	double frac = ((double)t - m[lo].center) / (m[lo + 1].center - m[lo].center);
	return m[lo].knot[q] + (m[lo + 1].knot[q] - m[lo].knot[q]) * frac;
}

/* Lays out the months from the one before `first` to the one after the last day. */
static month_span *months_layout(vd_date first, size_t n, size_t *count)
{
	int y0, m0, d0, y1, m1, d1;
	date_to_ymd(first, &y0, &m0, &d0);
	date_to_ymd(first + (vd_date)n - 1, &y1, &m1, &d1);
	size_t k = (size_t)((y1 * 12 + m1) - (y0 * 12 + m0)) + 3;
	month_span *ms = calloc(k, sizeof *ms);
	if (!ms)
		return NULL;
	int y = m0 == 1 ? y0 - 1 : y0, m = m0 == 1 ? 12 : m0 - 1;
	for (size_t i = 0; i < k; i++) {
		ms[i].start = date_from_ymd(y, m, 1);
		ms[i].len = date_days_in_month(y, m);
		ms[i].month = m;
		ms[i].center = ms[i].start + 0.5 * (ms[i].len - 1);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	*count = k;
	return ms;
}

static void month_weights(month_span *ms, size_t k)
{
	for (size_t i = 1; i + 1 < k; i++) {
		month_span *s = &ms[i];
		double a = 0.0, b = 0.0, d = 0.0;
		for (int day = 0; day < s->len; day++) {
			double t = (double)(s->start + day);
			if (t < s->center) {
				double w = (s->center - t) / (s->center - ms[i - 1].center);
				a += w;
				b += 1.0 - w;
			} else {
				double w = (t - s->center) / (ms[i + 1].center - s->center);
				d += w;
				b += 1.0 - w;
			}
		}
		s->a = a / s->len;
		s->b = b / s->len;
		s->d = d / s->len;
	}
}

/* Rain parameters of a calendar month, step-wise (not interpolated) so the expected monthly
 * total and rain-day count are exactly the normals. A wet day's rain is the rain-day floor
 * plus a gamma deviate with Geng's shape for the wet-day mean R̄, scaled so the mean stays R̄.
 * The Markov probabilities are set afterwards, when yesterday's wet share is known. */
static void rain_params(const weather_normal *nm, int days_in_month, wgen_day_params *p)
{
	double f = 0.0, mean_wet = 0.0;
	if (nm->rain_mm > 0.0 && nm->rain_days > 0.0) {
		f = clamp(nm->rain_days / days_in_month, 0.0, 1.0);
		mean_wet = nm->rain_mm / (f * days_in_month);
	}
	p->wet_share = f;
	if (f > 0.0) {
		double scale;
		wgen_gamma_parameters(mean_wet, &p->gamma_shape, &scale);
		p->rain_floor_mm = fmin(WGEN_RAIN_DAY_MM, 0.5 * mean_wet);
		p->gamma_scale_mm = (mean_wet - p->rain_floor_mm) / p->gamma_shape;
	} else {
		p->gamma_shape = 1.0;
		p->gamma_scale_mm = 0.0;
		p->rain_floor_mm = 0.0;
	}
}

static bool any_known(const weather_month_var var[12])
{
	if (!var)
		return false;
	for (int m = 0; m < 12; m++)
		if (var[m].known)
			return true;
	return false;
}

wgen_status wgen_climate_init(wgen_climate *c, const weather_normal normals[12],
			      const weather_month_var var[12], double latitude_deg, vd_date first,
			      size_t n, int *missing_month)
{
	c->first = first;
	c->n = 0;
	c->days = NULL;
	c->months = NULL;
	c->n_months = 0;
	c->varies = false;
	if (missing_month)
		*missing_month = 0;
	if (n == 0)
		return WGEN_OK;

	size_t k;
	month_span *ms = months_layout(first, n, &k);
	if (!ms)
		return WGEN_NO_MEMORY;
	double lat = latitude_deg * PI / 180.0;
	for (size_t i = 1; i + 1 < k; i++) {
		const weather_normal *nm = &normals[ms[i].month - 1];
		if (nm->month != ms[i].month) {
			if (missing_month)
				*missing_month = ms[i].month;
			free(ms);
			return WGEN_MISSING_NORMAL;
		}
		normal_values(nm, &ms[i], lat, ms[i].value);
	}
	/* The outer months: their own normal when the scenario has it, else the inner
	 * neighbour's (a flat end). */
	size_t ends[2][2] = { { 0, 1 }, { k - 1, k - 2 } };
	for (int e = 0; e < 2; e++) {
		month_span *s = &ms[ends[e][0]];
		const weather_normal *nm = &normals[s->month - 1];
		if (nm->month == s->month)
			normal_values(nm, s, lat, s->value);
		else
			for (int q = 0; q < N_Q; q++)
				s->value[q] = ms[ends[e][1]].value[q];
	}
	month_weights(ms, k);
	for (int q = 0; q < N_Q; q++)
		solve_knots(ms, k, q);

	c->days = malloc(n * sizeof *c->days);
	c->months = calloc(k - 2, sizeof *c->months);
	if (!c->days || !c->months) {
		free(c->days);
		free(c->months);
		c->days = NULL;
		c->months = NULL;
		free(ms);
		return WGEN_NO_MEMORY;
	}
	c->n = n;
	c->n_months = k - 2;
	for (size_t i = 1; i + 1 < k; i++) {
		wgen_month *mo = &c->months[i - 1];
		int y, m, d;
		date_to_ymd(ms[i].start, &y, &m, &d);
		mo->year = y;
		mo->month = m;
	}
	size_t j = 1;
	for (size_t i = 0; i < n; i++) {
		vd_date t = first + (vd_date)i;
		while (t >= ms[j].start + ms[j].len)
			j++;
		wgen_day_params *p = &c->days[i];
		wgen_month *mo = &c->months[j - 1];
		if (mo->n == 0)
			mo->first = i;
		mo->n++;
		p->slot = (unsigned)(j - 1);
		p->surge_p = p->surge_drop_c = p->surge_comp_c = 0.0;
		rain_params(&normals[ms[j].month - 1], ms[j].len, p);
		double f = p->wet_share;
		/* Yesterday's share is the previous day's (the first day's own: the generator
		 * draws yesterday's state from it), so every day's wet chance is its month's f,
		 * also on the first days of a month after a wetter or drier one. */
		double f0 = i > 0 ? c->days[i - 1].wet_share : f;
		wgen_markov_transition(f0, f, &p->p_wet_after_dry, &p->p_wet_after_wet);

		/* Wet and dry means such that f × wet + (1 - f) × dry is the normal. */
		double tmax = interpolate(ms, j, t, Q_TMAX);
		p->tmax_dry_c = tmax - f * WGEN_WET_TMAX_OFFSET_C;
		p->tmax_wet_c = p->tmax_dry_c + WGEN_WET_TMAX_OFFSET_C;
		p->tmin_c = interpolate(ms, j, t, Q_TMIN);

		double sun = clamp(interpolate(ms, j, t, Q_SUN), 0.0, 1.0);
		p->sun_dry = fmin(1.0, sun / (1.0 - f + f * WGEN_WET_SUNSHINE_RATIO));
		p->sun_wet = WGEN_WET_SUNSHINE_RATIO * p->sun_dry;
		p->daylight_h = daylight_hours(lat, date_doy(t));

		p->rh_pct = clamp(interpolate(ms, j, t, Q_RH), 0.0, 100.0);
		p->wind_m_s = fmax(0.0, interpolate(ms, j, t, Q_WIND));
	}
	free(ms);
	if (any_known(var)) {
		c->varies = true;
		wgen_vary_calibrate(c, normals, var, latitude_deg);
	}
	return WGEN_OK;
}

void wgen_climate_fini(wgen_climate *c)
{
	if (!c)
		return;
	free(c->days);
	free(c->months);
	c->days = NULL;
	c->months = NULL;
	c->n = c->n_months = 0;
}

static void obs_clear(weather_obs *o, vd_date t)
{
	o->date = t;
	o->tmax_c = o->tmin_c = o->tmean_c = o->rain_mm = NAN;
	o->rhmax_pct = o->rhmin_pct = o->rh_pct = NAN;
	o->tdew_c = o->ea_kpa = NAN;
	o->wind_m_s = NAN;
	o->sunshine_h = o->srad_mj_m2 = NAN;
	o->mark.file = -1;
	o->mark.line = o->mark.col = 0;
}

/* The slow part of one month: its temperature anomaly z (unit variance, AR(1) on the
 * previous month's) and rain multiplier, drawn from the slow stream when the month begins. */
typedef struct {
	double z, tmax_c, tmin_c, rain_factor;
} slow_state;

static void slow_next(const wgen_month *mo, rng_state *rs, slow_state *st, bool first)
{
	double e = rng_normal(rs);
	double phi = first ? 0.0 : mo->lf_phi;
	st->z = phi * st->z + sqrt(1.0 - phi * phi) * e;
	st->tmax_c = mo->lf_tmax_c * st->z;
	st->tmin_c = mo->lf_tmin_c * st->z;
	st->rain_factor = 1.0;
	if (mo->rain_shape > 0.0)
		st->rain_factor = rng_gamma(rs, mo->rain_shape) / mo->rain_shape;
}

/* The slow anomaly, the rain multiplier and the surges come from a second stream seeded from
 * the same seed, so the daily draws (wet days, residuals) are those of plain WGEN. */
#define WGEN_SLOW_STREAM 0x5eed5c01d5a5e7ULL

static void generate(const wgen_climate *c, uint64_t seed, bool slow, weather_obs *out)
{
	if (c->n == 0)
		return;
	rng_state r, rs;
	rng_seed(&r, seed);
	rng_seed(&rs, seed ^ WGEN_SLOW_STREAM);
	/* Yesterday's state for the first day, from the chain's stationary share. */
	bool wet = rng_uniform(&r) < c->days[0].wet_share;
	double chi[3] = { 0.0, 0.0, 0.0 };
	double decay = exp(-1.0 / WGEN_SURGE_EFOLD_DAYS);
	double surge = 0.0;              /* today's surge drop (<= 0) */
	slow_state st = { 0.0, 0.0, 0.0, 1.0 };
	unsigned slot = (unsigned)-1;

	for (size_t i = 0; i < c->n; i++) {
		const wgen_day_params *p = &c->days[i];
		weather_obs *o = &out[i];
		obs_clear(o, c->first + (vd_date)i);
		if (c->varies && slow && p->slot != slot) {
			slow_next(&c->months[p->slot], &rs, &st, slot == (unsigned)-1);
			slot = p->slot;
		}

		/* The draws per day are always: one uniform, a gamma when wet, three normals. */
		double pw = wet ? p->p_wet_after_wet : p->p_wet_after_dry;
		wet = rng_uniform(&r) < pw;
		o->rain_mm = wet ? p->rain_floor_mm + rng_gamma(&r, p->gamma_shape) * p->gamma_scale_mm
				 : 0.0;
		o->rain_mm *= st.rain_factor;

		double eps[3];
		for (int v = 0; v < 3; v++)
			eps[v] = rng_normal(&r);
		wgen_residuals_next(chi, eps, chi);

		double tmax = (wet ? p->tmax_wet_c : p->tmax_dry_c) + WGEN_SD_TMAX_C * chi[0];
		double tmin = p->tmin_c + WGEN_SD_TMIN_C * chi[1];
		if (c->varies) {
			/* A surge arrives with chance surge_p, its first-day drop gamma. */
			surge *= decay;
			if (p->surge_p > 0.0 && rng_uniform(&rs) < p->surge_p)
				surge -= p->surge_drop_c * rng_gamma(&rs, WGEN_SURGE_DROP_SHAPE) /
					 WGEN_SURGE_DROP_SHAPE;
			double shift = surge + p->surge_comp_c;
			tmax += st.tmax_c + shift;
			tmin += st.tmin_c + shift;
		}
		if (tmax - tmin < WGEN_MIN_RANGE_C) {
			double mid = 0.5 * (tmax + tmin);
			tmax = mid + 0.5 * WGEN_MIN_RANGE_C;
			tmin = mid - 0.5 * WGEN_MIN_RANGE_C;
		}
		o->tmax_c = tmax;
		o->tmin_c = tmin;

		double sm = wet ? p->sun_wet : p->sun_dry;
		double sd = WGEN_SD_SUNSHINE_SHARE * fmin(sm, 1.0 - sm);
		o->sunshine_h = clamp(sm + sd * chi[2], 0.0, 1.0) * p->daylight_h;
		o->rh_pct = p->rh_pct;
		o->wind_m_s = p->wind_m_s;
	}
}

void wgen_generate(const wgen_climate *c, uint64_t seed, weather_obs *out)
{
	generate(c, seed, true, out);
}

void wgen_generate_fast_only(const wgen_climate *c, uint64_t seed, weather_obs *out)
{
	generate(c, seed, false, out);
}
