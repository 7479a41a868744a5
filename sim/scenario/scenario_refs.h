/* scenario_refs.h - the ids that reference fields name (schema SF_REF, whose `child` is
 * "crop", "soil" or "land"): the loader turns ids into indexes, the saver indexes back
 * into ids. Land units are looked up in one commune (`scope`). */
#ifndef VUDONG_SCENARIO_REFS_H
#define VUDONG_SCENARIO_REFS_H

#include <stddef.h>

#include "scenario.h"

/* The id of item i of the target's list, or NULL past its end (or when target is "land"
 * and scope is NULL). */
const char *scenario_ref_id(const scenario *s, const commune *scope, const char *target,
			    size_t i);
/* The name of item i ("Bắp cải" for a crop, a soil's name), NULL when the target's items
 * have none (land units) or past the end. */
const char *scenario_ref_name(const scenario *s, const commune *scope, const char *target,
			      size_t i);

#endif
