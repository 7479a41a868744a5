/* clock.h - the program's clocks: monotonic milliseconds, for timing recomputes, runs and
 * input pauses; and the day a report is prepared. */
#ifndef VUDONG_CLOCK_H
#define VUDONG_CLOCK_H

#include <stdbool.h>

#include "date.h"

/* Milliseconds on CLOCK_MONOTONIC (only differences mean anything). */
double clock_now_ms(void);
/* The day a report is prepared (its title block): SOURCE_DATE_EPOCH when set (UTC), else
 * today's local date; DATE_NONE when the clock cannot be read. */
vd_date clock_today(void);

#endif
