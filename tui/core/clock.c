/* clock.c - monotonic milliseconds and the calendar day a report is prepared (clock.h). */
#include "clock.h"

#include <stdlib.h>
#include <time.h>

double clock_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

vd_date clock_today(void)
{
	/* SOURCE_DATE_EPOCH (reproducible builds) fixes the day, else the local date */
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	bool fixed = epoch && *epoch;
	time_t t = fixed ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
	struct tm tm;
	if (fixed ? !gmtime_r(&t, &tm) : !localtime_r(&t, &tm))
		return DATE_NONE;
	return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
