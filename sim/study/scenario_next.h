/* scenario_next.h - next season's scenario from this one (issue 15, `vudong scenario --next`):
 * every date a year on (scenario_shift.h), the years in the name moved too, and the economy's
 * baseline set from this season's simulated outcome: the winter crop's output value at
 * constant prices and the district's output, both the outlook's median (outlook.h) and marked
 * as estimates. observed_to_date is dropped: its days belong to this season. */
#ifndef VUDONG_SCENARIO_NEXT_H
#define VUDONG_SCENARIO_NEXT_H

#include <stdbool.h>

#include "outlook.h"
#include "scenario.h"

/* What scenario_next_make changed, for the note written with the file. */
typedef struct {
	bool economy_set;                  /* the economy's baseline was replaced */
	double winter_prev_was, winter_prev;           /* bn VND */
	double district_prev_was, district_prev;       /* bn VND */
	double district_growth_pct;        /* the median district growth used */
	bool dropped_observed;             /* observed_to_date was removed */
} scenario_next_note;

/* Makes *out (uninitialised or fini'd) next season's scenario of s with o, the outlook of s
 * (seasons > 0 and has_economy to set the baseline; else the economy is left as it is).
 * False on out of memory (out is then fini'd). */
bool scenario_next_make(const scenario *s, const outlook *o, scenario *out,
			scenario_next_note *note);

/* The name with each year equal to the season's first or last year moved a year on
 * ("vụ đông 2020–2021" -> "vụ đông 2021–2022"). */
void scenario_next_name(const char *name, int year_a, int year_b, char *out, size_t size);

#endif
