/* wgen_replay.h - a station record's winter replayed day by day (DESIGN §3.7): the months of
 * one winter, each with its own recorded Tmax, Tmin and rain, turned into days by the
 * generator (seeded) and then corrected so each month's days reproduce that month's values:
 * temperatures shifted to the month's means, rain scaled to its total (Wilks 1989 conditions
 * a daily generator on monthly totals the same way). docs/model-weather.md §3.9. */
#ifndef VUDONG_WGEN_REPLAY_H
#define VUDONG_WGEN_REPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "scenario.h"

typedef enum {
	REPLAY_OK,
	REPLAY_NOT_COVERED,      /* the record lacks Tmax, Tmin or rain of a month (*year, *month) */
	REPLAY_MISSING_NORMAL,   /* no normal for a month (rain days, sunshine, RH, wind) */
	REPLAY_TOO_LONG,         /* the days touch more than 12 calendar months */
	REPLAY_NO_MEMORY
} wgen_replay_status;

/* The record's month (year, month), or NULL. */
const station_month *wgen_record_month(const station_month *rec, size_t n_rec, int year,
				       int month);

/* Whether the record holds Tmax, Tmin and rain for every calendar month the n days from
 * `first` touch. */
bool wgen_replay_covered(const station_month *rec, size_t n_rec, vd_date first, size_t n);

/* The n days from `first` of the record's winter into out[] (caller-owned, n entries, fields
 * as wgen_generate fills them). The whole months the days touch are generated (normals:
 * the record's Tmax, Tmin, rain, and its sunshine and RH where given; rain days, wind and
 * the rest from `normals`; var as for wgen_climate_init, without the slow anomaly), then
 * each month is corrected: Tmax and Tmin shifted so their means are the record's (Tmin <
 * Tmax kept), rain scaled to the record's total (all days dry at 0 mm; one day, drawn from
 * the seed, gets the whole total when the month has rain but no wet day was generated).
 * On REPLAY_NOT_COVERED or REPLAY_MISSING_NORMAL *year and *month say which month. */
wgen_replay_status wgen_replay(const station_month *rec, size_t n_rec,
			       const weather_normal normals[12], const weather_month_var var[12],
			       double latitude_deg, vd_date first, size_t n, uint64_t seed,
			       weather_obs *out, int *year, int *month);

#endif
