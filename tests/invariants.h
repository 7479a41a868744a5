/* invariants.h - the season run's invariants, checked on every day of every part through the
 * daily callback and on the sums afterwards (defined in test_season.c, also used by the test
 * over the shipped scenarios). */
#ifndef VUDONG_INVARIANTS_H
#define VUDONG_INVARIANTS_H

#include <stddef.h>

#include "scenario.h"
#include "season.h"
#include "weather.h"

/* Runs the season on s and w and asserts (CUnit) per day: 0 <= Dr <= TAW, RAW <= TAW,
 * 0 <= Ks <= 1, ETa = Ks Kc ET0, closure dr - dr_prev = eta + dp - eff_rain - irrigation +
 * root_growth to 1e-9 mm; per item: the callback's days and ETa agree with the item result;
 * the items add up to communes, crops and district. Returns the field-days seen (the result
 * is left in r, which must be initialised). */
size_t season_check_invariants(const scenario *s, const weather_series *w, season_result *r);

#endif
