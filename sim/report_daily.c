/* report_daily.c - collects the daily trace for `--table daily` from season_run's day
 * callback: of each item, the irrigated part when it has one, else the rain-fed part. */
#include "report_impl.h"

#include <stdint.h>
#include <stdlib.h>

void report_daily_init(report_daily *d, const scenario *s)
{
	d->s = s;
	d->days = NULL;
	d->n = d->cap = 0;
	d->oom = false;
}

void report_daily_fini(report_daily *d)
{
	if (!d)
		return;
	free(d->days);
	d->days = NULL;
	d->n = d->cap = 0;
}

/* True when the item is simulated in an irrigated part (DESIGN §3: irrigated area = item
 * area × the land unit's irrigable share when irrigation is not `none`). */
static bool has_irrigated_part(const scenario *s, int commune_ix, int item_ix)
{
	const commune *c = &s->communes[commune_ix];
	const plan_item *it = &c->plan[item_ix];
	return it->irrigation.mode != IRRIGATION_NONE && c->land[it->land].irrigable_share > 0;
}

void report_daily_on_day(void *ctx, const season_day *day)
{
	report_daily *d = ctx;
	if (d->oom || day->irrigated != has_irrigated_part(d->s, day->commune, day->item))
		return;
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 1024;
		season_day *p = cap < SIZE_MAX / sizeof *p ? realloc(d->days, cap * sizeof *p) : NULL;
		if (!p) {
			d->oom = true;
			return;
		}
		d->days = p;
		d->cap = cap;
	}
	d->days[d->n++] = *day;
}
