/* report_daily.c - collects the daily trace for `--table daily` from season_run's day
 * callback: of each item, the part season_run marks as shown (season_day.shown). */
#include "report_util.h"

#include <stdint.h>
#include <stdlib.h>

void report_daily_init(report_daily *d)
{
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

void report_daily_on_day(void *ctx, const season_day *day)
{
	report_daily *d = ctx;
	if (d->oom || !day->shown)
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
