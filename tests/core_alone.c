/* core_alone.c - tui/core without the screens or the terminal: `make test` links this with
 * the objects of tui/core and libvudong.a only (no curses, no tui/term or tui/screens), so a call
 * from the core into a screen or the terminal is an undefined symbol and fails the build.
 * Then it checks that the app reaches screens only through the table it is given: without
 * one, global actions work and screen actions do nothing; with a table, the current
 * screen's handle, commit and sync are the ones called. Exits 1 on the first failure. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "scenario_load.h"
#include "scenario_save.h"

static int failures;

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "core_alone: %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static int handled, committed, synced;
static action last_action;

static unsigned fake_handle(struct app *a, action act)
{
	(void)a;
	handled++;
	last_action = act;
	return CHANGED_VIEW;
}

static unsigned fake_commit(struct app *a, const char *text, char *err, size_t size)
{
	(void)a;
	committed++;
	snprintf(err, size, "%s", strcmp(text, "42") == 0 ? "" : "not 42");
	return CHANGED_NOTHING;
}

static unsigned fake_sync(struct app *a, bool shown)
{
	(void)a;
	synced += shown ? 100 : 1;
	return CHANGED_NOTHING;
}

static const screen_ops fake = { .title = "Overview", .handle = fake_handle,
				 .commit = fake_commit, .sync = fake_sync };
static const screen_ops plain = { .title = "Overview" };

int main(void)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = scenario_load_builtin(&s, &dl);
	diag_list_fini(&dl);
	app *a = ok ? app_create(&s, NULL, LANG_EN) : NULL;
	if (!a) {
		fputs("core_alone: cannot create the app on the built-in scenario\n", stderr);
		return 1;
	}
	/* No screens: the global actions still work, a screen action does nothing. */
	CHECK(a->cur.ok);
	CHECK(app_screen(a, SCREEN_PLAN) == NULL);
	CHECK(app_handle(a, ACT_SCREEN_2) == CHANGED_VIEW && a->screen == SCREEN_PLAN);
	CHECK(app_handle(a, ACT_DOWN) == CHANGED_NOTHING);
	CHECK(app_sync_screens(a) == CHANGED_NOTHING);
	app_handle(a, ACT_UNDO);
	CHECK(strcmp(a->status, "Nothing to undo") == 0);

	/* A table: the plan's entry is the fake, the others have no operations. */
	const screen_ops *table[SCREEN_COUNT];
	for (int i = 0; i < SCREEN_COUNT; i++)
		table[i] = i == SCREEN_PLAN ? &fake : &plain;
	app_set_screens(a, table);
	CHECK(app_screen(a, SCREEN_PLAN) == &fake);
	CHECK(app_screen(a, SCREEN_COUNT) == NULL);
	CHECK(app_handle(a, ACT_DOWN) == CHANGED_VIEW && handled == 1 && last_action == ACT_DOWN);
	app_sync_screens(a);
	CHECK(synced == 100);                 /* the plan's sync, told it is shown */
	app_set_screen(a, SCREEN_CROPS);
	CHECK(app_handle(a, ACT_DOWN) == CHANGED_NOTHING && handled == 1);
	app_sync_screens(a);
	CHECK(synced == 101);                 /* the same sync, now not shown */

	/* The edit prompt's text goes to the current screen's commit; its error to the status. */
	app_set_screen(a, SCREEN_PLAN);
	app_open_prompt(a, PROMPT_EDIT, "Area (ha):", "41");
	app_prompt_input(a, PKEY_ENTER, 0);
	CHECK(committed == 1 && a->status_is_error && strcmp(a->status, "not 42") == 0);
	CHECK(a->prompt.kind == PROMPT_NONE);

	app_destroy(a);
	if (failures) {
		fprintf(stderr, "core_alone: %d failure(s)\n", failures);
		return 1;
	}
	puts("core_alone: tui/core links with libvudong.a alone and reaches screens only through its table");
	return 0;
}
