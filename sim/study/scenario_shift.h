/* scenario_shift.h - a scenario's dates moved by whole years, for an ensemble over the years
 * of an observed weather file (DESIGN §3.10): the season's start and end, every plan item's
 * sowing date, every land unit's free_from and free_until, every shock's `from`. A date
 * keeps its month and day; 29 February becomes 28 February in a common year. The observed
 * days themselves are not moved: the moved season reads another year of them.
 *
 * A shift holds its own copies of the dated arrays (communes with their land and plan, the
 * shocks) and shares everything else with the base scenario, which must outlive it and stay
 * unchanged. Each move re-derives every date from the base, so no error builds up, and
 * allocates nothing. */
#ifndef VUDONG_SCENARIO_SHIFT_H
#define VUDONG_SCENARIO_SHIFT_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "scenario.h"

typedef struct {
	const scenario *base;
	scenario view;              /* read this (never scenario_fini it) */
	int years;                  /* the current shift */
	commune *communes;          /* owned copies; their land and plan point into the blocks */
	land_unit *land;
	plan_item *plan;
	shock *shocks;
} scenario_shift;

/* d moved by `years` whole years; DATE_NONE stays DATE_NONE. */
vd_date scenario_shift_date(vd_date d, int years);

/* A shift of base by 0 years. False on out of memory (sh is then fini'd). */
bool scenario_shift_init(scenario_shift *sh, const scenario *base);
/* Moves sh->view's dates to base's dates + `years`. */
void scenario_shift_set(scenario_shift *sh, int years);
void scenario_shift_fini(scenario_shift *sh);    /* safe after a failed init; NULL is a no-op */
/* Bytes scenario_shift_init allocates for s. */
size_t scenario_shift_bytes(const scenario *s);

/* Whether s's observed days (weather.daily, sorted) hold every day of its season moved by
 * `years`, each with Tmax and Tmin. */
bool scenario_shift_covered(const scenario *s, int years);
/* The shifts worth trying: from the first observed day's year to the last's, against the
 * season start's year (one more either way, for seasons that cross a new year). False when
 * s has no observed days. */
bool scenario_shift_range(const scenario *s, int *lo, int *hi);

#endif
