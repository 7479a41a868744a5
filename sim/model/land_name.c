/* land_name.c - land units by name, not by id (see land_name.h). */
#include "land_name.h"

#include <stdio.h>
#include <string.h>

const char *land_kind_label(land_kind k, lang l)
{
	return tr(l, land_kind_name(k));
}

char *land_unit_name(const commune *c, int land, lang l, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	if (!c || land < 0 || (size_t)land >= c->n_land) {
		snprintf(buf, size, "?");
		return buf;
	}
	const land_unit *lu = &c->land[land];
	if (l == LANG_EN) {
		/* the ids are English words already ("paddy", "upland-2") */
		snprintf(buf, size, "%s", lu->id);
		return buf;
	}
	int same_kind = 0;
	for (size_t i = 0; i < c->n_land; i++)
		same_kind += c->land[i].kind == lu->kind;
	const char *label = land_kind_label(lu->kind, l);
	if (same_kind > 1)
		snprintf(buf, size, "%s (%s)", label, lu->id);
	else
		snprintf(buf, size, "%s", label);
	return buf;
}
