/* app_fixture.h - the interface's state on the built-in scenario for the tests (the one
 * load_builtin of builtin.h, then app_create, or the built-in's text as a file of the test's
 * own), the full wiring the program gives it at start (tui/term/tui.c: the screens, the
 * presentation view, the film, the workshop), and typing into the open prompt. */
#ifndef VUDONG_TESTS_APP_FIXTURE_H
#define VUDONG_TESTS_APP_FIXTURE_H

#include <CUnit/CUnit.h>
#include <stdio.h>

#include "app.h"
#include "builtin.h"
#include "scenario_load.h"
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

/* The built-in scenario's text written as dir/name (its path into path), loaded from there
 * and opened in the app in language l, without screens. */
static inline app *app_fixture_open_copy(const char *dir, const char *name, lang l, char *path,
					 size_t size)
{
	snprintf(path, size, "%s/%s", dir, name);
	size_t len;
	const char *text = scenario_builtin_text(&len);
	FILE *f = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_EQUAL(fwrite(text, 1, len, f), len);
	fclose(f);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &s, &dl));
	diag_list_fini(&dl);
	app *a = app_create(&s, path, l);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	return a;
}

/* Replaces the open prompt's text with `text` (UTF-8, handed over as code points, as the
 * terminal does) and confirms it; returns what Enter changed. */
static inline unsigned app_fixture_type(app *a, const char *text)
{
	CU_ASSERT_NOT_EQUAL_FATAL(a->prompt.kind, PROMPT_NONE);
	while (a->prompt.len > 0) {
		app_prompt_input(a, PKEY_END, 0);
		app_prompt_input(a, PKEY_BACKSPACE, 0);
	}
	for (const unsigned char *p = (const unsigned char *)text; *p;) {
		unsigned long cp = *p++;
		int more = cp >= 0xf0 ? 3 : cp >= 0xe0 ? 2 : cp >= 0xc0 ? 1 : 0;
		cp &= more == 3 ? 0x07 : more == 2 ? 0x0f : more == 1 ? 0x1f : 0x7f;
		while (more-- > 0 && *p)
			cp = (cp << 6) | (*p++ & 0x3f);
		app_prompt_input(a, PKEY_CHAR, cp);
	}
	return app_prompt_input(a, PKEY_ENTER, 0);
}

#endif
