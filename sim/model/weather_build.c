/* weather_build.c - the season's daily weather series (sim/model/weather.h): observed days or the
 * seeded generator, then the enabled weather shocks, then the FAO-56 radiation terms and ET0
 * once per day (DESIGN §3.1, §3.7, §3.9). */
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
	w->source = WEATHER_NONE;
}

void weather_series_fini(weather_series *w)
{
	if (!w)
		return;
	free(w->days);
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

static void et0_input_from_obs(const weather_obs *o, et0_input *in)
{
	in->tmax_c = o->tmax_c;
	in->tmin_c = o->tmin_c;
	in->ea_kpa = o->ea_kpa;
	in->tdew_c = o->tdew_c;
	in->rhmax_pct = o->rhmax_pct;
	in->rhmin_pct = o->rhmin_pct;
	in->rh_pct = o->rh_pct;
	in->wind_m_s = o->wind_m_s;
	in->sunshine_h = o->sunshine_h;
	in->srad_mj_m2 = o->srad_mj_m2;
}

/* weather_build, or with `record` the replay of the record's winter (seed: the caller's). */
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
	uint64_t seed = (uint64_t)s->weather.seed + (uint64_t)seed_offset;
	switch (s->weather.source) {
	case WEATHER_FILE:
	case WEATHER_DAILY:
		obs = observed_days(s, &first, &n, dl);
		break;
	case WEATHER_NORMALS:
	case WEATHER_STATION:
		obs = record ? replayed_days(s, seed, n, dl) : generated_days(s, seed, n, dl);
		break;
	case WEATHER_NONE:
		diag_add(dl, DIAG_ERROR, file, 0, 0,
			 "the scenario has no weather (a file, daily rows or normals)");
		break;
	}
	if (!obs)
		return false;

	unsigned char *cold = malloc(n);
	weather_day *days = malloc(n * sizeof *days);
	if (!cold || !days) {
		free(cold);
		free(days);
		free(obs);
		oom(s, dl);
		return false;
	}
	shocks_apply_weather(s->shocks, s->n_shocks, first, obs, n, cold);

	et0_site site;
	et0_site_init(&site, s->site.latitude_deg, s->site.elevation_m,
		      s->weather.anemometer_height_m, s->weather.krs);
	for (size_t i = 0; i < n; i++) {
		const weather_obs *o = &obs[i];
		weather_day *d = &days[i];
		et0_input in;
		et0_terms t;
		et0_input_from_obs(o, &in);
		if (cold[i]) {
			/* A cold spell cannot leave the air holding more vapour than saturation at
			 * the new Tmin: ea ≤ e°(Tmin) (Tdew ≤ Tmin). */
			double ea = et0_choose_ea(&in, NULL);
			double cap = et0_sat_vapour_pressure(in.tmin_c);
			in.ea_kpa = ea < cap ? ea : cap;
		}
		et0_compute_day(&site, date_doy(o->date), &in, &t);
		d->date = o->date;
		d->tmax_c = o->tmax_c;
		d->tmin_c = o->tmin_c;
		d->tmean_c = t.tmean_c;
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
	free(cold);
	free(obs);
	w->first = first;
	w->n = n;
	w->days = days;
	w->source = s->weather.source;
	w->seed = s->weather.source == WEATHER_NORMALS || s->weather.source == WEATHER_STATION ?
		  s->weather.seed + seed_offset : 0;
	return true;
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
