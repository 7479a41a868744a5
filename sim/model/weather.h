/* weather.h - the season's daily weather as the model uses it: observed or generated days,
 * shocks applied, and the FAO-56 radiation terms and ET0 computed once per day (DESIGN §3.1). */
#ifndef VUDONG_WEATHER_H
#define VUDONG_WEATHER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "diag.h"
#include "scenario.h"

typedef struct {
	vd_date date;
	double tmax_c, tmin_c;           /* after shocks */
	double tmean_c;                  /* the station's daily mean (docs/model-weather.md), after shocks */
	double rain_mm;                  /* after shocks; missing = 0 */
	double ea_kpa;                   /* actual vapour pressure used */
	double rhmin_pct;                /* for the Kc climate adjustment (eq. 62); estimated when missing */
	double u2_m_s;                   /* wind at 2 m */
	double ra_mj_m2, rs_mj_m2, rso_mj_m2, rn_mj_m2;
	double et0_mm;
	unsigned char cold_shocked;      /* 1 when a cold_spell shock touched this day */
} weather_day;

typedef struct {
	vd_date first;                   /* date of days[0] */
	size_t n;                        /* consecutive days */
	weather_day *days;               /* owned: the reference series, at ref_elevation_m */
	weather_source source;
	unsigned long seed;              /* generator seed when the days are generated */
	/* The first generated day: `first` when every day is generated (normals, station),
	 * later when `observed_to_date` gave the days before it, DATE_NONE when every day is
	 * observed (file, daily, or observed to the season's end). */
	vd_date first_generated;
	double ref_elevation_m;          /* the station's (station source), else site.elevation_m */
	/* Per commune (scenario.communes order): the days of a commune whose elevation differs
	 * from ref_elevation_m, temperatures moved by the lapse rate and ET0 recomputed there;
	 * NULL for a commune at the reference elevation (it uses `days`). Owned. */
	weather_day **commune_days;
	size_t n_communes;
} weather_series;

void weather_series_init(weather_series *w);
void weather_series_fini(weather_series *w);

/* Builds the season's daily weather from the scenario: observed days (file/daily) or the
 * seeded generator (normals, station; after the days of observed_to_date when given), then
 * the enabled shocks, then ET0 for each day, at the reference elevation and for each commune
 * at its own (lapse_c_per_100m).
 * `seed_offset` is added to the scenario's seed (0 for a normal run; the ensemble uses it).
 * Errors (e.g. gaps in observed days) are added to dl with the scenario's locations.
 * Returns false on error; w is then empty. */
bool weather_build(const scenario *s, unsigned long seed_offset, weather_series *w, diag_list *dl);

/* The season's weather from the station record's winter that the season's dates fall in
 * (DESIGN §3.7; wgen_replay.h): generated with seed weather_record_seed(s), each month
 * corrected to the record's values, then shocks and ET0 as weather_build. Needs the
 * WEATHER_STATION source; an error names the first month the record lacks. */
bool weather_build_record(const scenario *s, weather_series *w, diag_list *dl);
/* Whether the station record holds every month the season of s touches. */
bool weather_record_covers(const scenario *s);
/* The replay's seed: the scenario's generator seed + the year the season starts. */
uint64_t weather_record_seed(const scenario *s);

/* True when the source's days come from the generator (normals, station). */
static inline bool weather_source_generated(weather_source s)
{
	return s == WEATHER_NORMALS || s == WEATHER_STATION;
}

/* The days commune `ci` (an index into scenario.communes) sees. */
static inline const weather_day *weather_commune_days(const weather_series *w, int ci)
{
	return ci >= 0 && (size_t)ci < w->n_communes && w->commune_days[ci] ?
		w->commune_days[ci] : w->days;
}

/* Index of date t in w, or -1 when outside. */
static inline long weather_index(const weather_series *w, vd_date t)
{
	long i = (long)t - (long)w->first;
	return (i >= 0 && (size_t)i < w->n) ? i : -1;
}

#endif
