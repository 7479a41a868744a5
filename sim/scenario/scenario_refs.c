/* scenario_refs.c - the lists that reference fields point into (see scenario_refs.h). */
#include "scenario_refs.h"

#include <string.h>

const char *scenario_ref_id(const scenario *s, const commune *scope, const char *target,
			    size_t i)
{
	if (strcmp(target, "crop") == 0)
		return i < s->n_crops ? s->crops[i].id : NULL;
	if (strcmp(target, "soil") == 0)
		return i < s->n_soils ? s->soils[i].id : NULL;
	return scope && i < scope->n_land ? scope->land[i].id : NULL;
}

const char *scenario_ref_name(const scenario *s, const commune *scope, const char *target,
			      size_t i)
{
	(void)scope;
	if (strcmp(target, "crop") == 0)
		return i < s->n_crops ? s->crops[i].name : NULL;
	if (strcmp(target, "soil") == 0)
		return i < s->n_soils ? s->soils[i].name : NULL;
	return NULL;
}
