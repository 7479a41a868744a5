/* shocks.h - what-if overlays on the season's daily weather (DESIGN §3.9): cold spell,
 * warming, rain factor, drought. Price shocks are not weather; the economy applies them. */
#ifndef VUDONG_SHOCKS_H
#define VUDONG_SHOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "scenario.h"

/* True for the kinds that change the weather (every kind but price). */
bool shock_is_weather(shock_kind k);

/* Applies the enabled weather shocks, in list order, to n consecutive days starting at
 * `first` (days[i].date == first + i), rain already 0 where missing:
 *   cold_spell: over from..from+days-1, Tmin = min(Tmin, spell Tmin) and Tmax = min(Tmax,
 *               spell Tmax), and the day is marked in cold_shocked[] (1) even where it was
 *               already colder than the spell;
 *   warming:    Tmax and Tmin + delta_c on every day;
 *   rain:       rain × factor on every day;
 *   drought:    rain = 0 over from..from+days-1.
 * Days of a shock outside the span are ignored. cold_shocked (n entries) is set to 0/1. */
void shocks_apply_weather(const shock *shocks, size_t n_shocks, vd_date first,
			  weather_obs *days, size_t n, unsigned char *cold_shocked);

#endif
