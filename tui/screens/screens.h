/* screens.h - the interface's screens in tab order (index = screen_id): the table the
 * program hands to the app at start (app_set_screens) and each screen's operations. */
#ifndef VUDONG_SCREENS_H
#define VUDONG_SCREENS_H

#include "screen.h"

extern const screen_ops *const screens[SCREEN_COUNT];

extern const screen_ops screen_overview, screen_plan, screen_crops, screen_weather,
	screen_results, screen_calendar, screen_help, screen_risk, screen_sensitivity,
	screen_compare;

/* The presentation view (screen_present.c): not a tab; the frame draws it over the whole
 * terminal but the status row while app.present is set. */
extern const screen_ops screen_present;
/* The season as a film (screen_film.c): drawn in the calendar's place while app.film is
 * shown. */
extern const screen_ops screen_film;
/* The form over the overview, plan or crops screen (screen_form.c, form.h): drawn in the
 * screen's place and given its actions while app.form is open. */
extern const screen_ops screen_form;

#endif
