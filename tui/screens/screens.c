/* screens.c - the table of screens in tab order (index = screen_id, the number keys 1..9
 * and 0 in that order); each screen lives in its own tui/screens/screen_*.c. */
#include "screens.h"

const screen_ops *const screens[SCREEN_COUNT] = {
	[SCREEN_OVERVIEW] = &screen_overview,
	[SCREEN_PLAN]     = &screen_plan,
	[SCREEN_CROPS]    = &screen_crops,
	[SCREEN_WEATHER]  = &screen_weather,
	[SCREEN_RESULTS]  = &screen_results,
	[SCREEN_CALENDAR] = &screen_calendar,
	[SCREEN_HELP]     = &screen_help,
	[SCREEN_RISK]     = &screen_risk,
	[SCREEN_SENSITIVITY] = &screen_sensitivity,
	[SCREEN_COMPARE]  = &screen_compare,
};
