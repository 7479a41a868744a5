/* plain_words.c - the plain English words for the symbols on the main screens
 * (plain_words.h). One row per id: the symbol (or a label holding one) and its words. */
#include "plain_words.h"

#include <string.h>

static const struct {
	const char *id, *en;
} plain_en[] = {
	{ "Kc", "Water" },              /* crops: the water need, over "start", "mid", "end" */
	{ "ini", "start" },
	{ "p", "Stress" },              /* crops: where water stress starts */
	{ "Ky", "Dry" },                /* crops: sensitivity to drought, "Dry sens." */
	{ "to water", "sens." },
	{ "Ym", "Max" },                /* crops: the potential yield */
	{ "Fw", "Water" },              /* results: the share of the yield water left, over */
	{ "H2O", "index" },             /* "index" */
	{ "Fc", "Cold" },               /* results: the share of the yield the cold left, over */
	{ "cold", "index" },            /* "index" (its unit line's id is "cold") */
	{ "Fm", "Mgmt" },
	{ "P10", "Low" },               /* risk: 1 season in 10 below */
	{ "P50", "Median" },
	{ "P90", "High" },              /* risk: 1 season in 10 above */
	{ "P(fail)", "Failure" },
	{ "Ky (yield response)", "Drought sensitivity" },
	{ "Kc mid-season", "Water need mid-season" },
	{ "ET0, short", "Evap." },      /* weather chart: reference evapotranspiration */
};

const char *plain_word(lang l, const char *id)
{
	if (l != LANG_EN)
		return tr(l, id);
	for (size_t i = 0; i < sizeof plain_en / sizeof plain_en[0]; i++)
		if (strcmp(plain_en[i].id, id) == 0)
			return plain_en[i].en;
	return id;
}
