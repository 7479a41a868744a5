/* weather.h - the season's daily weather as the model uses it: observed or generated days,
 * shocks applied, and the FAO-56 radiation terms and ET0 computed once per day (DESIGN §3.1). */
#ifndef VUDONG_WEATHER_H
#define VUDONG_WEATHER_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "diag.h"
#include "scenario.h"

typedef struct {
	vd_date date;
	double tmax_c, tmin_c, tmean_c;  /* after shocks */
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
	weather_day *days;               /* owned */
	weather_source source;
	unsigned long seed;              /* generator seed when source is WEATHER_NORMALS */
} weather_series;

void weather_series_init(weather_series *w);
void weather_series_fini(weather_series *w);

/* Builds the season's daily weather from the scenario: observed days (file/daily) or the
 * seeded generator (normals), then the enabled shocks, then ET0 for each day.
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

/* Index of date t in w, or -1 when outside. */
static inline long weather_index(const weather_series *w, vd_date t)
{
	long i = (long)t - (long)w->first;
	return (i >= 0 && (size_t)i < w->n) ? i : -1;
}

#endif
