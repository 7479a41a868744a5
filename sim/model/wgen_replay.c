/* wgen_replay.c - a record's winter turned into days (wgen_replay.h): its months as normals,
 * the generator over the whole months, each month's days corrected to the record's values. */
#include "wgen_replay.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "wgen.h"

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

/* The stream that picks the day of a month's forced rain. */
#define REPLAY_RAIN_STREAM 0x4ea1d4a7ULL
#define SHIFT_ROUNDS 8

const station_month *wgen_record_month(const station_month *rec, size_t n_rec, int year,
				       int month)
{
	for (size_t i = 0; i < n_rec; i++)
		if (rec[i].year == year && rec[i].month == month)
			return &rec[i];
	return NULL;
}

static bool month_usable(const station_month *sm)
{
	return sm && isfinite(sm->tmax_c) && isfinite(sm->tmin_c) && isfinite(sm->rain_mm) &&
	       sm->tmin_c < sm->tmax_c && sm->rain_mm >= 0.0;
}

/* The whole months around [first, first+n): their first day and count of days. */
static void whole_months(vd_date first, size_t n, vd_date *span_first, size_t *span_n,
			 int *months)
{
	int y0, m0, d0, y1, m1, d1;
	date_to_ymd(first, &y0, &m0, &d0);
	date_to_ymd(first + (vd_date)n - 1, &y1, &m1, &d1);
	*span_first = date_from_ymd(y0, m0, 1);
	vd_date last = date_from_ymd(y1, m1, date_days_in_month(y1, m1));
	*span_n = (size_t)(last - *span_first) + 1;
	*months = (y1 * 12 + m1) - (y0 * 12 + m0) + 1;
}

bool wgen_replay_covered(const station_month *rec, size_t n_rec, vd_date first, size_t n)
{
	if (n == 0)
		return false;
	vd_date f;
	size_t sn;
	int k;
	whole_months(first, n, &f, &sn, &k);
	int y, m, d;
	date_to_ymd(f, &y, &m, &d);
	for (int i = 0; i < k; i++) {
		if (!month_usable(wgen_record_month(rec, n_rec, y, m)))
			return false;
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return true;
}

static double mean_of(const weather_obs *o, size_t n, size_t field)
{
	double s = 0.0;
	for (size_t i = 0; i < n; i++)
		s += *(const double *)((const char *)&o[i] + field);
	return s / (double)n;
}

/* Shifts the month's Tmax and Tmin to the targets, keeping Tmax - Tmin >= WGEN_MIN_RANGE_C:
 * a day the shift would squeeze is widened about its midpoint, and the shift is repeated
 * (such days are rare; a few rounds leave the means exact to rounding). */
static void shift_temperatures(weather_obs *o, size_t n, double tmax, double tmin)
{
	for (int round = 0; round < SHIFT_ROUNDS; round++) {
		double dx = tmax - mean_of(o, n, offsetof(weather_obs, tmax_c));
		double dn = tmin - mean_of(o, n, offsetof(weather_obs, tmin_c));
		bool squeezed = false;
		for (size_t i = 0; i < n; i++) {
			o[i].tmax_c += dx;
			o[i].tmin_c += dn;
			if (o[i].tmax_c - o[i].tmin_c < WGEN_MIN_RANGE_C) {
				double mid = 0.5 * (o[i].tmax_c + o[i].tmin_c);
				o[i].tmax_c = mid + 0.5 * WGEN_MIN_RANGE_C;
				o[i].tmin_c = mid - 0.5 * WGEN_MIN_RANGE_C;
				squeezed = true;
			}
		}
		if (!squeezed)
			return;
	}
}

static void scale_rain(weather_obs *o, size_t n, double total, uint64_t seed)
{
	double sum = 0.0;
	for (size_t i = 0; i < n; i++)
		sum += o[i].rain_mm;
	if (total <= 0.0) {
		for (size_t i = 0; i < n; i++)
			o[i].rain_mm = 0.0;
	} else if (sum <= 0.0) {
		rng_state r;
		rng_seed(&r, seed);
		size_t day = (size_t)(rng_uniform(&r) * (double)n);
		o[day < n ? day : n - 1].rain_mm = total;
	} else {
		double k = total / sum;
		for (size_t i = 0; i < n; i++)
			o[i].rain_mm *= k;
	}
}

wgen_replay_status wgen_replay(const station_month *rec, size_t n_rec,
			       const weather_normal normals[12], const weather_month_var var[12],
			       double latitude_deg, vd_date first, size_t n, uint64_t seed,
			       weather_obs *out, int *year, int *month)
{
	if (n == 0)
		return REPLAY_OK;
	vd_date span_first;
	size_t span_n;
	int k;
	whole_months(first, n, &span_first, &span_n, &k);
	if (k > 12)
		return REPLAY_TOO_LONG;

	/* The winter's months as normals; the months around them keep the scenario's. */
	weather_normal nm[12];
	memcpy(nm, normals, sizeof nm);
	const station_month *months[12];
	int y, m, d;
	date_to_ymd(span_first, &y, &m, &d);
	for (int i = 0; i < k; i++) {
		const station_month *sm = wgen_record_month(rec, n_rec, y, m);
		weather_normal *w = &nm[m - 1];
		*year = y;
		*month = m;
		if (!month_usable(sm))
			return REPLAY_NOT_COVERED;
		if (w->month != m)
			return REPLAY_MISSING_NORMAL;
		int len = date_days_in_month(y, m);
		w->tmax_c = sm->tmax_c;
		w->tmin_c = sm->tmin_c;
		w->rain_mm = sm->rain_mm;
		if (isfinite(sm->rain_days) && sm->rain_days >= 0.0)
			w->rain_days = fmin(sm->rain_days, len);
		if (w->rain_mm <= 0.0)
			w->rain_days = 0.0;
		else if (w->rain_days < 1.0)
			w->rain_days = 1.0;
		if (isfinite(sm->sunshine_h) && sm->sunshine_h >= 0.0)
			w->sunshine_h = sm->sunshine_h / len;
		if (isfinite(sm->rh_pct) && sm->rh_pct > 0.0)
			w->rh_pct = fmin(sm->rh_pct, 100.0);
		if (isfinite(sm->wind_m_s) && sm->wind_m_s >= 0.0)
			w->wind_m_s = sm->wind_m_s;
		months[i] = sm;
		if (++m > 12) {
			m = 1;
			y++;
		}
	}

	wgen_climate c;
	int missing = 0;
	switch (wgen_climate_init(&c, nm, var, latitude_deg, span_first, span_n, &missing)) {
	case WGEN_OK:
		break;
	case WGEN_MISSING_NORMAL:
		*month = missing;
		return REPLAY_MISSING_NORMAL;
	case WGEN_NO_MEMORY:
		return REPLAY_NO_MEMORY;
	}
	weather_obs *days = malloc(span_n * sizeof *days);
	if (!days) {
		wgen_climate_fini(&c);
		return REPLAY_NO_MEMORY;
	}
	wgen_generate_fast_only(&c, seed, days);
	for (size_t i = 0; i < c.n_months && i < (size_t)k; i++) {
		const wgen_month *mo = &c.months[i];
		weather_obs *o = &days[mo->first];
		shift_temperatures(o, mo->n, months[i]->tmax_c, months[i]->tmin_c);
		scale_rain(o, mo->n, months[i]->rain_mm, seed ^ (REPLAY_RAIN_STREAM + i));
	}
	memcpy(out, &days[first - span_first], n * sizeof *out);
	free(days);
	wgen_climate_fini(&c);
	return REPLAY_OK;
}
