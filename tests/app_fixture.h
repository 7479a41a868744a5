/* app_fixture.h - the interface's state on the built-in scenario for the tests (the one
 * load_builtin of builtin.h, then app_create), and the full wiring the program gives it at
 * start (tui/term/tui.c: the screens, the presentation view, the film, the workshop). */
#ifndef VUDONG_TESTS_APP_FIXTURE_H
#define VUDONG_TESTS_APP_FIXTURE_H

#include <CUnit/CUnit.h>

#include "app.h"
#include "builtin.h"
#include "screens.h"
#include "workshop.h"

/* The app on the built-in scenario in language l, without screens (the caller wires what it
 * tests). Fails the test at once when it cannot be made. */
static inline app *app_fixture_open(lang l)
{
	scenario s;
	load_builtin(&s);
	app *a = app_create(&s, NULL, l);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	return a;
}

/* The screens, the presentation view, the film and the workshop, as the program has them. */
static inline void app_fixture_wire_workshop(app *a)
{
	app_set_screens(a, screens);
	a->present_ops = &screen_present;
	a->film_ops = &screen_film;
	app_set_workshop(a, &workshop_ops);
}

#endif
