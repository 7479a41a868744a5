/* weather_chart.h - the charts of the weather screen (weather_chart.c) and the cold-day rule
 * they mark. */
#ifndef VUDONG_WEATHER_CHART_H
#define VUDONG_WEATHER_CHART_H

#include <stdbool.h>

#include "app.h"
#include "screen.h"
#include "weather.h"

/* Cold days as officers name them (docs/reference.md §1): frost risk when Tmin <= 4 °C, rét
 * hại when the daily mean is below 13 °C. */
#define WEATHER_FROST_TMIN_C 4.0
#define WEATHER_COLD_TMEAN_C 13.0
/* Rét đậm: a day whose mean is at most this (cold_damage.h COLD_RET_DAM_C), shown beside the
 * rét hại days with its own mark. */
#define WEATHER_RET_DAM_TMEAN_C 15.0
/* Rét đậm: a day whose mean is at most this (cold_damage.h COLD_RET_DAM_C), shown beside the
 * rét hại days with its own mark. */
#define WEATHER_RET_DAM_TMEAN_C 15.0

bool weather_chart_is_cold_day(const weather_day *d);
/* The cold days of the series. */
int weather_chart_cold_days(const weather_series *w);
/* A rét đậm day that is not a cold (rét hại or frost) day: mean ≤ 15 °C; their count. */
bool weather_chart_is_ret_dam_day(const weather_day *d);
int weather_chart_ret_dam_days(const weather_series *w);
/* A rét đậm day that is not a cold (rét hại or frost) day: mean ≤ 15 °C; their count. */
bool weather_chart_is_ret_dam_day(const weather_day *d);
int weather_chart_ret_dam_days(const weather_series *w);

/* Draws the title, charts and legend of a->cur.weather in area (the charts need 8 rows and
 * 17 columns; with less only the title is drawn). Reads the app only. */
void weather_chart_draw(const app *a, rect area);

#endif
