/* land_name.c - land units by name, not by id (see land_name.h). */
#include "land_name.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

const char *land_kind_label(land_kind k, lang l)
{
	return tr(l, land_kind_name(k));
}

/* The name with `label` for the kind (full or short). */
static char *unit_name(const commune *c, int land, lang l, bool short_form, char *buf,
		       size_t size);

char *land_unit_name(const commune *c, int land, lang l, char *buf, size_t size)
{
	return unit_name(c, land, l, false, buf, size);
}

char *land_unit_short_name(const commune *c, int land, lang l, char *buf, size_t size)
{
	return unit_name(c, land, l, true, buf, size);
}

static char *unit_name(const commune *c, int land, lang l, bool short_form, char *buf,
		       size_t size)
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
	const char *label = !short_form ? land_kind_label(lu->kind, l) :
			    tr(l, lu->kind == LAND_PADDY ? "Paddy" : "Upland");
	if (same_kind > 1)
		snprintf(buf, size, "%s (%s)", label, lu->id);
	else
		snprintf(buf, size, "%s", label);
	return buf;
}
