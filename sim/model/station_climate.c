/* station_climate.c - the normals and the year-to-year variability of each calendar month,
 * derived from a station's monthly record over a span of years (DESIGN §3.7,
 * docs/model-weather.md "Station records"). */
#include "station_climate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

/* Rain days, Sep–Apr: the district's estimated normals (REFERENCE §1, from Lạng Sơn and Móng
 * Cái climatology); May–Aug (estimate): the wet season's 16–17 rain days a month. Wind: the
 * same table, 1.3–1.5 m/s (estimate). */
const double station_default_rain_days[12] = { 8, 11, 14, 14, 16, 17, 17, 17, 15, 9, 6, 5 };
const double station_default_wind_m_s[12] = { 1.5, 1.5, 1.4, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.4 };

/* Running sums of one quantity. */
typedef struct {
	int n;
	double sum, sum2;
} moments;

static void add(moments *m, double v)
{
	if (isnan(v))
		return;
	m->n++;
	m->sum += v;
	m->sum2 += v * v;
}

static double mean_of(const moments *m)
{
	return m->n ? m->sum / m->n : NAN;
}

/* Sample standard deviation (n − 1). */
static double sd_of(const moments *m)
{
	if (m->n < 2)
		return NAN;
	double mean = m->sum / m->n;
	double v = (m->sum2 - m->n * mean * mean) / (m->n - 1);
	return v > 0 ? sqrt(v) : 0.0;
}

void station_record_years(const station_month *rows, size_t n, int *first, int *last)
{
	*first = *last = 0;
	for (size_t i = 0; i < n; i++) {
		if (!*first || rows[i].year < *first)
			*first = rows[i].year;
		if (rows[i].year > *last)
			*last = rows[i].year;
	}
}

/* Pearson correlation over the years of the month's tmean anomaly against the previous
 * month's (December of the year before for January), both in the span; NAN with fewer than 3
 * pairs or no spread. t[(y − from) × 12 + m − 1] is the tmean of year y, month m (NAN when
 * missing). */
static double lag1_correlation(const double *t, int m, int from, int to, double mean_m,
			       double mean_prev)
{
	moments a = { 0 }, b = { 0 };
	double sab = 0;
	for (int y = from; y <= to; y++) {
		int i = (y - from) * 12 + m - 1;
		if (i == 0)
			continue; /* January of the first year: no December before it in the span */
		double x = t[i] - mean_m, z = t[i - 1] - mean_prev;
		if (isnan(x) || isnan(z))
			continue;
		add(&a, x);
		add(&b, z);
		sab += x * z;
	}
	if (a.n < 3)
		return NAN;
	double ma = a.sum / a.n, mb = b.sum / b.n;
	double cov = sab - a.n * ma * mb;
	double va = a.sum2 - a.n * ma * ma, vb = b.sum2 - b.n * mb * mb;
	if (va <= 0 || vb <= 0)
		return NAN;
	return cov / sqrt(va * vb);
}

void station_climate_derive(const station_month *rows, size_t n, int year_from, int year_to,
			    weather_normal normals[12], weather_month_var var[12],
			    station_climate_info *info)
{
	int first, last;
	station_record_years(rows, n, &first, &last);
	if (year_from || year_to) {
		first = year_from;
		last = year_to;
	}
	memset(info, 0, sizeof *info);
	info->year_first = first;
	info->year_last = last;
	moments tmean[12], tmax[12], tmin[12], rain[12], sun[12], rh[12], rdays[12], wind[12],
		offset[12];
	memset(tmean, 0, sizeof tmean);
	memset(tmax, 0, sizeof tmax);
	memset(tmin, 0, sizeof tmin);
	memset(rain, 0, sizeof rain);
	memset(sun, 0, sizeof sun);
	memset(rh, 0, sizeof rh);
	memset(rdays, 0, sizeof rdays);
	memset(wind, 0, sizeof wind);
	memset(offset, 0, sizeof offset);
	src_mark mark[12];
	for (int m = 0; m < 12; m++)
		mark[m] = (src_mark){ .file = -1 };
	for (size_t i = 0; i < n; i++) {
		const station_month *r = &rows[i];
		if (r->year < first || r->year > last || r->month < 1 || r->month > 12)
			continue;
		int m = r->month - 1;
		if (mark[m].file < 0)
			mark[m] = r->mark;
		add(&tmean[m], r->tmean_c);
		add(&tmax[m], r->tmax_c);
		add(&tmin[m], r->tmin_c);
		add(&rain[m], r->rain_mm);
		add(&sun[m], r->sunshine_h / date_days_in_month(r->year, r->month));
		add(&rh[m], r->rh_pct);
		add(&rdays[m], r->rain_days);
		add(&wind[m], r->wind_m_s);
		add(&offset[m], r->tmean_c - (r->tmax_c + r->tmin_c) / 2.0);
	}
	for (int m = 0; m < 12; m++) {
		int years = tmax[m].n;
		if (tmin[m].n < years)
			years = tmin[m].n;
		if (rain[m].n < years)
			years = rain[m].n;
		info->years[m] = years;
		weather_normal *w = &normals[m];
		weather_month_var *v = &var[m];
		if (years < STATION_MIN_YEARS) {
			memset(w, 0, sizeof *w);
			w->mark = mark[m];
			*v = (weather_month_var){ .known = false, .sd_tmean_c = NAN, .sd_tmax_c = NAN,
						  .sd_tmin_c = NAN, .cv_rain = NAN, .lag1_corr = NAN,
						  .tmean_offset_c = NAN };
			continue;
		}
		w->month = m + 1;
		w->tmax_c = mean_of(&tmax[m]);
		w->tmin_c = mean_of(&tmin[m]);
		w->rain_mm = mean_of(&rain[m]);
		w->sunshine_h = mean_of(&sun[m]);
		w->rh_pct = mean_of(&rh[m]);
		w->rain_days = rdays[m].n ? mean_of(&rdays[m]) : station_default_rain_days[m];
		w->wind_m_s = wind[m].n ? mean_of(&wind[m]) : station_default_wind_m_s[m];
		w->mark = mark[m];
		v->known = true;
		v->sd_tmean_c = sd_of(&tmean[m]);
		v->sd_tmax_c = sd_of(&tmax[m]);
		v->sd_tmin_c = sd_of(&tmin[m]);
		double rmean = mean_of(&rain[m]);
		v->cv_rain = rmean > 0 ? sd_of(&rain[m]) / rmean : NAN;
		v->tmean_offset_c = mean_of(&offset[m]);
	}
	/* The span's monthly means in year-month order, for the lag-1 correlation. */
	size_t months = last >= first ? (size_t)(last - first + 1) * 12 : 0;
	double *t = months ? malloc(months * sizeof *t) : NULL;
	for (size_t i = 0; t && i < months; i++)
		t[i] = NAN;
	for (size_t i = 0; t && i < n; i++)
		if (rows[i].year >= first && rows[i].year <= last && rows[i].month >= 1 &&
		    rows[i].month <= 12)
			t[(size_t)(rows[i].year - first) * 12 + (size_t)rows[i].month - 1] = rows[i].tmean_c;
	for (int m = 0; m < 12; m++) {
		int pm = m == 0 ? 11 : m - 1;
		var[m].lag1_corr = t && var[m].known && tmean[m].n && tmean[pm].n ?
			lag1_correlation(t, m + 1, first, last, mean_of(&tmean[m]),
					 mean_of(&tmean[pm])) : NAN;
	}
	free(t);
}

void scenario_weather_derive(scenario *s, station_climate_info *info)
{
	weather_input *w = &s->weather;
	station_climate_info unused;
	if (!info)
		info = &unused;
	memset(info, 0, sizeof *info);
	if (w->source != WEATHER_STATION) {
		for (int m = 0; m < 12; m++)
			w->var[m] = (weather_month_var){ .known = false, .sd_tmean_c = NAN,
							 .sd_tmax_c = NAN, .sd_tmin_c = NAN,
							 .cv_rain = NAN, .lag1_corr = NAN,
							 .tmean_offset_c = NAN };
		return;
	}
	station_climate_derive(w->station.months, w->station.n_months, w->station.year_from,
			       w->station.year_to, w->normals, w->var, info);
}
