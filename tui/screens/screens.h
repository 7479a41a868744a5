/* screens.h - the interface's screens in tab order (index = screen_id): the table the
 * program hands to the app at start (app_set_screens) and each screen's operations. */
#ifndef VUDONG_SCREENS_H
#define VUDONG_SCREENS_H

#include "screen.h"

extern const screen_ops *const screens[SCREEN_COUNT];

extern const screen_ops screen_overview, screen_plan, screen_crops, screen_weather,
	screen_results, screen_calendar, screen_help, screen_risk, screen_sensitivity,
	screen_compare;

#endif
