/* weather_build.c - the season's daily weather series (sim/model/weather.h): observed days or the
 * seeded generator (after the days observed to date), then the enabled weather shocks, then the
 * FAO-56 radiation terms and ET0 once per day, at the reference elevation and for each commune
 * at its own, temperatures moved by the lapse rate (DESIGN §3.1, §3.7, §3.9;
 * docs/model-weather.md). */
#include "weather.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "et0.h"
#include "shocks.h"
#include "wgen.h"
#include "wgen_replay.h"

void weather_series_init(weather_series *w)
{
	memset(w, 0, sizeof *w);
	w->first = DATE_NONE;
	w->first_generated = DATE_NONE;
	w->source = WEATHER_NONE;
}

void weather_series_fini(weather_series *w)
{
	if (!w)
		return;
	free(w->days);
	/* The communes' days are one block, owned by the first commune that has some. */
	for (size_t i = 0; i < w->n_communes; i++)
		if (w->commune_days[i]) {
			free(w->commune_days[i]);
			break;
		}
	free(w->commune_days);
	weather_series_init(w);
}

static void oom(const scenario *s, diag_list *dl)
{
	diag_add(dl, DIAG_ERROR, s->path ? s->path : "<built-in>", 0, 0,
		 "out of memory building the daily weather");
}

/* The observed days inside the season, copied to a fresh array. Gaps and repeated dates
 * are errors at the day after the gap; weather that starts after the season start or ends
 * before its end is a warning (the series is then shorter; the season run reports crops
 * the weather does not cover). */
static weather_obs *observed_days(const scenario *s, vd_date *first, size_t *n, diag_list *dl)
{
	const weather_input *wi = &s->weather;
	size_t lo = 0, hi;
	while (lo < wi->n_daily && wi->daily[lo].date < s->season_start)
		lo++;
	hi = lo;
	while (hi < wi->n_daily && wi->daily[hi].date <= s->season_end)
		hi++;
	char b1[11], b2[11];
	if (lo == hi) {
		diag_add(dl, DIAG_ERROR, s->path ? s->path : "<built-in>", 0, 0,
			 "the weather has no day in the season %s..%s",
			 date_format(s->season_start, b1), date_format(s->season_end, b2));
		return NULL;
	}
	bool ok = true;
	for (size_t i = lo; i < hi; i++) {
		const weather_obs *o = &wi->daily[i];
		const char *file = scenario_mark_file(s, o->mark);
		if (i > lo && o->date != wi->daily[i - 1].date + 1) {
			ok = false;
			if (o->date <= wi->daily[i - 1].date)
				diag_add(dl, DIAG_ERROR, file, o->mark.line, o->mark.col,
					 "weather day %s is out of order or repeated",
					 date_format(o->date, b1));
			else
				diag_add(dl, DIAG_ERROR, file, o->mark.line, o->mark.col,
					 "weather is missing the days %s..%s",
					 date_format(wi->daily[i - 1].date + 1, b1),
					 date_format(o->date - 1, b2));
		}
		if (isnan(o->tmax_c) || isnan(o->tmin_c)) {
			ok = false;
			diag_add(dl, DIAG_ERROR, file, o->mark.line, o->mark.col,
				 "weather day %s has no tmax_c or tmin_c", date_format(o->date, b1));
		}
	}
	if (!ok)
		return NULL;
	if (wi->daily[lo].date > s->season_start)
		diag_add(dl, DIAG_WARNING, scenario_mark_file(s, wi->daily[lo].mark),
			 wi->daily[lo].mark.line, wi->daily[lo].mark.col,
			 "the weather starts on %s, after the season start %s",
			 date_format(wi->daily[lo].date, b1), date_format(s->season_start, b2));
	if (wi->daily[hi - 1].date < s->season_end)
		diag_add(dl, DIAG_WARNING, scenario_mark_file(s, wi->daily[hi - 1].mark),
			 wi->daily[hi - 1].mark.line, wi->daily[hi - 1].mark.col,
			 "the weather ends on %s, before the season end %s",
			 date_format(wi->daily[hi - 1].date, b1), date_format(s->season_end, b2));

	*first = wi->daily[lo].date;
	*n = hi - lo;
	weather_obs *days = malloc(*n * sizeof *days);
	if (!days) {
		oom(s, dl);
		return NULL;
	}
	memcpy(days, &wi->daily[lo], *n * sizeof *days);
	for (size_t i = 0; i < *n; i++)
		if (isnan(days[i].rain_mm))
			days[i].rain_mm = 0.0;
	return days;
}

/* The generator's days for the whole season, seed = scenario seed + offset. */
static weather_obs *generated_days(const scenario *s, uint64_t seed, size_t n, diag_list *dl)
{
	wgen_climate c;
	int missing = 0;
	const char *file = s->path ? s->path : "<built-in>";
	switch (wgen_climate_init(&c, s->weather.normals, s->weather.var, s->site.latitude_deg,
				  s->season_start, n, &missing)) {
	case WGEN_OK:
		break;
	case WGEN_MISSING_NORMAL:
		diag_add(dl, DIAG_ERROR, file, 0, 0,
			 "weather normals lack month %d, which the season needs", missing);
		return NULL;
	case WGEN_NO_MEMORY:
		oom(s, dl);
		return NULL;
	}
	weather_obs *days = malloc(n * sizeof *days);
	if (!days) {
		wgen_climate_fini(&c);
		oom(s, dl);
		return NULL;
	}
	wgen_generate(&c, seed, days);
	wgen_climate_fini(&c);
	return days;
}

/* The replayed winter's days (wgen_replay.h) for the season of s, with the given seed. */
static weather_obs *replayed_days(const scenario *s, uint64_t seed, size_t n, diag_list *dl)
{
	const char *file = s->path ? s->path : "<built-in>";
	const weather_station *st = &s->weather.station;
	if (s->weather.source != WEATHER_STATION || st->n_months == 0) {
		diag_add(dl, DIAG_ERROR, file, 0, 0,
			 "replaying the record needs a station record as the weather (weather.station)");
		return NULL;
	}
	weather_obs *days = malloc(n * sizeof *days);
	if (!days) {
		oom(s, dl);
		return NULL;
	}
	int y = 0, m = 0;
	char b1[11];
	const char *rec = st->record ? st->record : file;
	switch (wgen_replay(st->months, st->n_months, s->weather.normals, s->weather.var,
			    s->site.latitude_deg, s->season_start, n, seed, days, &y, &m)) {
	case REPLAY_OK:
		return days;
	case REPLAY_NOT_COVERED:
		diag_add(dl, DIAG_ERROR, rec, 0, 0,
			 "the station record has no tmax_c, tmin_c and rain_mm for %04d-%02d, which "
			 "the season from %s needs", y, m, date_format(s->season_start, b1));
		break;
	case REPLAY_MISSING_NORMAL:
		diag_add(dl, DIAG_ERROR, file, 0, 0,
			 "weather normals lack month %d, which the season needs", m);
		break;
	case REPLAY_TOO_LONG:
		diag_add(dl, DIAG_ERROR, file, 0, 0,
			 "a replayed season cannot touch more than 12 calendar months");
		break;
	case REPLAY_NO_MEMORY:
		oom(s, dl);
		break;
	}
	free(days);
	return NULL;
}

bool weather_record_covers(const scenario *s)
{
	const weather_station *st = &s->weather.station;
	if (s->weather.source != WEATHER_STATION || s->season_start == DATE_NONE ||
	    s->season_end == DATE_NONE || s->season_end < s->season_start)
		return false;
	return wgen_replay_covered(st->months, st->n_months, s->season_start,
				   (size_t)(s->season_end - s->season_start) + 1);
}

uint64_t weather_record_seed(const scenario *s)
{
	int y, m, d;
	date_to_ymd(s->season_start, &y, &m, &d);
	return (uint64_t)s->weather.seed + (uint64_t)y;
}

/* Puts the days of observed_to_date from the season start over the first generated days.
 * Returns how many days it gave (0..n), or -1 on error (reported). */
static long overlay_observed(const scenario *s, weather_obs *days, size_t n, diag_list *dl)
{
	const weather_input *wi = &s->weather;
	size_t lo = 0;
	char b1[11], b2[11];
	while (lo < wi->n_observed && wi->observed[lo].date < s->season_start)
		lo++;
	if (lo == wi->n_observed || wi->observed[lo].date != s->season_start) {
		const weather_obs *o = lo < wi->n_observed ? &wi->observed[lo] :
				       wi->n_observed ? &wi->observed[wi->n_observed - 1] : NULL;
		diag_add(dl, DIAG_ERROR, o ? scenario_mark_file(s, o->mark) : s->path ? s->path : "<built-in>",
			 o ? o->mark.line : 0, o ? o->mark.col : 0,
			 "the observed weather (observed_to_date) must hold the season's first day %s",
			 date_format(s->season_start, b1));
		return -1;
	}
	size_t k = 0;
	for (; lo + k < wi->n_observed && k < n; k++) {
		const weather_obs *o = &wi->observed[lo + k];
		if (o->date != s->season_start + (vd_date)k) {
			diag_add(dl, DIAG_ERROR, scenario_mark_file(s, o->mark), o->mark.line, o->mark.col,
				 "the observed weather is missing the days %s..%s",
				 date_format(s->season_start + (vd_date)k, b1), date_format(o->date - 1, b2));
			return -1;
		}
		if (isnan(o->tmax_c) || isnan(o->tmin_c)) {
			diag_add(dl, DIAG_ERROR, scenario_mark_file(s, o->mark), o->mark.line, o->mark.col,
				 "weather day %s has no tmax_c or tmin_c", date_format(o->date, b1));
			return -1;
		}
		days[k] = *o;
		if (isnan(days[k].rain_mm))
			days[k].rain_mm = 0.0;
	}
	return (long)k;
}

static void et0_input_from_obs(const weather_obs *o, double dt, et0_input *in)
{
	in->tmax_c = o->tmax_c + dt;
	in->tmin_c = o->tmin_c + dt;
	in->ea_kpa = o->ea_kpa;
	in->tdew_c = o->tdew_c + dt;
	in->rhmax_pct = o->rhmax_pct;
	in->rhmin_pct = o->rhmin_pct;
	in->rh_pct = o->rh_pct;
	in->wind_m_s = o->wind_m_s;
	in->sunshine_h = o->sunshine_h;
	in->srad_mj_m2 = o->srad_mj_m2;
}

/* The days at elevation_m, temperatures moved by dt (°C): radiation terms and ET0 with that
 * elevation's air pressure (FAO-56 eq. 7), the station's daily mean from offset[]. sun[i]
 * holds day i's sun terms: filled when fill_sun, else used (they do not depend on elevation). */
static void compute_days(const scenario *s, const weather_obs *obs, size_t n,
			 const unsigned char *cold, const double *offset, double dt, double elevation_m,
			 et0_terms *sun, bool fill_sun, weather_day *days)
{
	et0_site site;
	et0_site_init(&site, s->site.latitude_deg, elevation_m, s->weather.anemometer_height_m,
		      s->weather.krs);
	for (size_t i = 0; i < n; i++) {
		const weather_obs *o = &obs[i];
		weather_day *d = &days[i];
		et0_input in;
		et0_terms t;
		et0_input_from_obs(o, dt, &in);
		if (cold[i] || dt < 0) {
			/* A cold spell, or colder air up the hill, cannot hold more vapour than
			 * saturation at its Tmin: ea ≤ e°(Tmin) (Tdew ≤ Tmin). */
			double ea = et0_choose_ea(&in, NULL);
			double cap = et0_sat_vapour_pressure(in.tmin_c);
			in.ea_kpa = ea < cap ? ea : cap;
		}
		if (fill_sun || !sun)
			et0_compute_day(&site, date_doy(o->date), &in, &t);
		else
			et0_compute_day_sun(&site, &sun[i], &in, &t);
		if (fill_sun && sun)
			sun[i] = t;
		d->date = o->date;
		d->tmax_c = in.tmax_c;
		d->tmin_c = in.tmin_c;
		d->tmean_c = t.tmean_c + offset[i];
		d->rain_mm = o->rain_mm;
		d->ea_kpa = t.ea_kpa;
		d->rhmin_pct = t.rhmin_pct;
		d->u2_m_s = t.u2_m_s;
		d->ra_mj_m2 = t.ra;
		d->rs_mj_m2 = t.rs;
		d->rso_mj_m2 = t.rso;
		d->rn_mj_m2 = t.rn;
		d->et0_mm = t.et0_mm;
		d->cold_shocked = cold[i];
	}
}

/* Each day's station daily mean minus (Tmax + Tmin)/2, before shocks: an observed day's own
 * `tmean_c` when given; a generated day the month's offset from the station record when
 * known; else 0. */
static void mean_offsets(const scenario *s, const weather_obs *obs, size_t n,
			 vd_date first_generated, double *offset)
{
	for (size_t i = 0; i < n; i++) {
		const weather_obs *o = &obs[i];
		bool generated = first_generated != DATE_NONE && o->date >= first_generated;
		const weather_month_var *v = &s->weather.var[date_month(o->date) - 1];
		if (!generated)
			offset[i] = isnan(o->tmean_c) ? 0.0 : o->tmean_c - 0.5 * (o->tmax_c + o->tmin_c);
		else
			offset[i] = v->known && !isnan(v->tmean_offset_c) ? v->tmean_offset_c : 0.0;
	}
}

/* Whether commune c has days of its own: an elevation that differs from the reference. */
static bool commune_own_days(const scenario *s, size_t c, double ref_m)
{
	double elev = s->communes[c].elevation_m;
	return !isnan(elev) && elev != ref_m && s->weather.lapse_c_per_100m != 0;
}

/* The communes' own days (only those whose elevation differs from the reference), in one
 * allocation (commune_days[first one with days] owns it). */
static bool commune_series(const scenario *s, const weather_obs *obs, size_t n,
			   const unsigned char *cold, const double *offset, et0_terms *sun,
			   weather_series *w)
{
	size_t own = 0;
	for (size_t c = 0; c < s->n_communes; c++)
		own += commune_own_days(s, c, w->ref_elevation_m);
	if (!own)
		return true;
	w->commune_days = calloc(s->n_communes, sizeof *w->commune_days);
	weather_day *block = malloc(own * n * sizeof *block);
	if (!w->commune_days || !block) {
		free(block);
		return false;
	}
	w->n_communes = s->n_communes;
	for (size_t c = 0; c < s->n_communes; c++) {
		if (!commune_own_days(s, c, w->ref_elevation_m))
			continue;
		double elev = s->communes[c].elevation_m;
		double dt = -s->weather.lapse_c_per_100m * (elev - w->ref_elevation_m) / 100.0;
		w->commune_days[c] = block;
		compute_days(s, obs, n, cold, offset, dt, elev, sun, false, block);
		block += n;
	}
	return true;
}

/* weather_build, or with `record` the replay of the record's winter (seed: the caller's;
 * observed_to_date does not apply: the winter is the record's). */
static bool build(const scenario *s, unsigned long seed_offset, bool record, weather_series *w,
		  diag_list *dl)
{
	weather_series_init(w);
	const char *file = s->path ? s->path : "<built-in>";
	if (s->season_start == DATE_NONE || s->season_end == DATE_NONE ||
	    s->season_end < s->season_start) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "the season needs a start and an end on or after it");
		return false;
	}

	vd_date first = s->season_start;
	size_t n = (size_t)((long)s->season_end - (long)s->season_start) + 1;
	weather_obs *obs = NULL;
	vd_date first_generated = DATE_NONE;
	uint64_t seed = (uint64_t)s->weather.seed + (uint64_t)seed_offset;
	switch (s->weather.source) {
	case WEATHER_FILE:
	case WEATHER_DAILY:
		obs = observed_days(s, &first, &n, dl);
		break;
	case WEATHER_NORMALS:
	case WEATHER_STATION:
		obs = record ? replayed_days(s, seed, n, dl) : generated_days(s, seed, n, dl);
		first_generated = first;
		if (obs && s->weather.n_observed && !record) {
			long k = overlay_observed(s, obs, n, dl);
			if (k < 0) {
				free(obs);
				return false;
			}
			first_generated = (size_t)k == n ? DATE_NONE : first + (vd_date)k;
		}
		break;
	case WEATHER_NONE:
		diag_add(dl, DIAG_ERROR, file, 0, 0,
			 "the scenario has no weather (a file, daily rows, normals or a station record)");
		break;
	}
	if (!obs)
		return false;

	w->ref_elevation_m = s->weather.source == WEATHER_STATION && !isnan(s->weather.station.elevation_m) ?
		s->weather.station.elevation_m : s->site.elevation_m;
	bool any_own = false;
	for (size_t c = 0; c < s->n_communes; c++)
		any_own |= commune_own_days(s, c, w->ref_elevation_m);
	unsigned char *cold = malloc(n);
	double *offset = malloc(n * sizeof *offset);
	weather_day *days = malloc(n * sizeof *days);
	et0_terms *sun = any_own ? malloc(n * sizeof *sun) : NULL;
	if (!cold || !offset || !days || (any_own && !sun)) {
		free(cold);
		free(offset);
		free(days);
		free(sun);
		free(obs);
		oom(s, dl);
		return false;
	}
	mean_offsets(s, obs, n, first_generated, offset);
	shocks_apply_weather(s->shocks, s->n_shocks, first, obs, n, cold);

	compute_days(s, obs, n, cold, offset, 0.0, w->ref_elevation_m, sun, true, days);
	w->first = first;
	w->n = n;
	w->days = days;
	w->source = s->weather.source;
	w->seed = weather_source_generated(s->weather.source) ? s->weather.seed + seed_offset : 0;
	w->first_generated = first_generated;
	bool ok = commune_series(s, obs, n, cold, offset, sun, w);
	free(sun);
	free(cold);
	free(offset);
	free(obs);
	if (!ok) {
		weather_series_fini(w);
		oom(s, dl);
	}
	return ok;
}

bool weather_build(const scenario *s, unsigned long seed_offset, weather_series *w, diag_list *dl)
{
	return build(s, seed_offset, false, w, dl);
}

bool weather_build_record(const scenario *s, weather_series *w, diag_list *dl)
{
	return build(s, (unsigned long)(weather_record_seed(s) - (uint64_t)s->weather.seed), true,
		     w, dl);
}
