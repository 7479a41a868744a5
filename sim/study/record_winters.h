/* record_winters.h - which winters of a station record can be replayed for a scenario
 * (DESIGN §3.7, §3.10): the years Y, from the record's first to its last (within the years
 * asked), such that the scenario's season moved to start in Y (scenario_shift.h) touches only
 * months the record holds (Tmax, Tmin and rain). Shared by `vudong ensemble --record` and
 * `vudong weather --record`. */
#ifndef VUDONG_RECORD_WINTERS_H
#define VUDONG_RECORD_WINTERS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"

typedef struct {
	int *shifts;               /* years to move the scenario by, one per winter, in year order */
	size_t n;
	int year_first, year_last; /* the years tried (the record's span within those asked) */
} record_winters;

/* Fills rw (owned arrays; record_winters_fini frees them). year_from/year_to: 0 = no limit.
 * Errors in dl: no station record as the weather, no whole season in the years tried, out of
 * memory. */
bool record_winters_find(const scenario *s, int year_from, int year_to, record_winters *rw,
			 diag_list *dl);
void record_winters_fini(record_winters *rw);

#endif
