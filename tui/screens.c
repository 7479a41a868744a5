/* screens.c - the table of screens in tab order (index = screen_id); each screen lives in its
 * own tui/screen_*.c. */
#include <stddef.h>

#include "screen.h"

const screen_ops *const screens[SCREEN_COUNT] = {
	[SCREEN_OVERVIEW] = &screen_overview,
	[SCREEN_PLAN]     = &screen_plan,
	[SCREEN_CROPS]    = &screen_crops,
	[SCREEN_WEATHER]  = &screen_weather,
	[SCREEN_RESULTS]  = &screen_results,
	[SCREEN_CALENDAR] = &screen_calendar,
	[SCREEN_HELP]     = &screen_help,
};
