/* report_seasons.h - reports of one row (or one block of days) per season (DESIGN §5, §6):
 * `vudong ensemble --table seasons` (season,year,output_t,value_const_mvnd,cold_loss_pct,
 * water_loss_pct; binding) and `vudong weather --seed S | --seasons N | --record`, the daily
 * weather of several seasons with a `season` column first in CSV (the generator seed, or the
 * year a replayed winter starts). Writers append to a strbuf; false on out of memory. */
#ifndef VUDONG_REPORT_SEASONS_H
#define VUDONG_REPORT_SEASONS_H

#include <stdbool.h>
#include <stddef.h>

#include "ensemble.h"
#include "report.h"
#include "report_study.h"
#include "scenario.h"
#include "strbuf.h"
#include "weather.h"

/* The ensemble's er->season_rows as CSV, JSON or a text table. */
bool report_write_ensemble_seasons(strbuf *sb, const scenario *s, const ensemble_result *er,
				   const study_options *o);

/* The weather of several seasons, written one season at a time so nothing but the output
 * grows with their number: begin (provenance and header; `what` says which seasons, e.g.
 * "seeds 2020 to 2029" or "the record's winters 1961 to 2014"), add for each season in
 * order (index 0, 1, …; `season` is its seed or year), end. CSV columns: season, then those
 * of `vudong weather`. */
void report_weather_seasons_begin(strbuf *sb, const scenario *s, const weather_series *first,
				  const char *what, const report_options *o);
void report_weather_seasons_add(strbuf *sb, size_t index, long season, const weather_series *w,
				const report_options *o);
bool report_weather_seasons_end(strbuf *sb, size_t count, const report_options *o);

#endif
