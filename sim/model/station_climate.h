/* station_climate.h - what a station's monthly record says about each calendar month
 * (DESIGN §3.7): the normals the generator starts from and the year-to-year variability
 * that makes winters differ, over a span of years. Pure: rows in, numbers out. */
#ifndef VUDONG_STATION_CLIMATE_H
#define VUDONG_STATION_CLIMATE_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"

/* A month needs at least this many years with its temperatures (and rain) in the span. */
#define STATION_MIN_YEARS 5

/* When the record has no `rain_days` / `wind_m_s` column (the IMHEN files have neither):
 * per calendar month, indexed month-1 (docs/model-weather.md gives the source). */
extern const double station_default_rain_days[12];
extern const double station_default_wind_m_s[12];

/* Per month, how many years entered the normals (the smaller of the Tmax, Tmin and rain
 * counts) and the variability. */
typedef struct {
	int years[12];
	int year_first, year_last;   /* the span used (the record's own when 0..0 was asked) */
} station_climate_info;

/* From the rows of the years year_from..year_to (0, 0 = every year of the record), per
 * calendar month: normals[m] (tmax_c, tmin_c, rain_mm: means; sunshine_h: mean of the month
 * total over the days of that month, h/day; rh_pct: mean or NAN; rain_days and wind_m_s: the
 * record's columns when present, else the defaults above) and var[m] (sample standard
 * deviations across years of the monthly mean temperature, Tmax and Tmin; the coefficient of
 * variation of rain; the lag-1 correlation of the month's temperature anomaly with the previous
 * month's, December of the year before for January; the mean of tmean_c − (tmax_c + tmin_c)/2).
 * Missing cells are skipped. A month with fewer than STATION_MIN_YEARS years of Tmax, Tmin or
 * rain gets normals[m].month = 0 and var[m].known = false; statistics without enough values
 * (an SD needs 2, a correlation 3 pairs) are NAN. */
void station_climate_derive(const station_month *rows, size_t n, int year_from, int year_to,
			    weather_normal normals[12], weather_month_var var[12],
			    station_climate_info *info);

/* The first and last year of the record (0, 0 when it is empty). */
void station_record_years(const station_month *rows, size_t n, int *first, int *last);

/* For a STATION source: derives weather.normals and weather.var from weather.station (its
 * rows and years), keeping the marks of the record. Other sources: var[] all unknown. */
void scenario_weather_derive(scenario *s, station_climate_info *info);

#endif
