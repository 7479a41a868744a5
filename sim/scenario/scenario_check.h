/* scenario_check.h - the semantic rules of a scenario (DESIGN §4, §8) on the structs alone:
 * ids, references, dates in order and inside the season, soil water limits, crop parameters,
 * weather that covers the season. The loader runs them with exact marks; the interface can
 * run them on an edited scenario (the marks are then those of the items). */
#ifndef VUDONG_SCENARIO_CHECK_H
#define VUDONG_SCENARIO_CHECK_H

#include <stdbool.h>

#include "diag.h"
#include "scenario.h"

/* Adds every problem to dl; returns true when no error was added (warnings allowed). */
bool scenario_check(const scenario *s, diag_list *dl);

/* Adds a warning for every number outside its plausible range (schema_check_plausible):
 * prices, yields, costs, labour, areas. `vudong check` and the interface call it; a run
 * does not (a value outside the plausible range is allowed). */
void scenario_check_plausible(const scenario *s, diag_list *dl);

#endif
