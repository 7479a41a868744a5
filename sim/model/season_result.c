/* season_result.c - a season's results: created empty, freed, warnings appended, and an
 * item's status bits written as the report's status code. */
#include "season_result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void season_result_init(season_result *r)
{
	memset(r, 0, sizeof *r);
}

void season_result_fini(season_result *r)
{
	if (!r)
		return;
	free(r->items);
	free(r->communes);
	free(r->crops);
	free(r->warnings);
	season_result_init(r);
}

bool season_result_add_warning(season_result *r, const season_warning *w)
{
	size_t n = r->n_warnings;
	if (n == 0 || (n >= 4 && (n & (n - 1)) == 0)) {   /* capacity 4, 8, 16, ... */
		size_t cap = n ? 2 * n : 4;
		season_warning *v = realloc(r->warnings, cap * sizeof *v);
		if (!v)
			return false;
		r->warnings = v;
	}
	r->warnings[r->n_warnings++] = *w;
	return true;
}

char *item_status_code(unsigned status, char *buf, size_t size)
{
	static const char *const codes[] = {
		"late-harvest", "early-sow", "frost-killed", "cold-damage", "immature",
		"over-allocated", "labour-short", "water-stress", "outside-season",
	};
	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (status == 0) {
		snprintf(buf, size, "ok");
		return buf;
	}
	size_t len = 0;
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		if (!(status & (1u << i)))
			continue;
		int n = snprintf(buf + len, size - len, "%s%s", len ? "+" : "", codes[i]);
		if (n < 0 || (size_t)n >= size - len)
			break;   /* truncated: buf holds what fitted */
		len += (size_t)n;
	}
	return buf;
}
