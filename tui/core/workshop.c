/* workshop.c - theme cycling, the presentation toggle and revert-to-file, as app actions. */
#include "workshop.h"

#include <stdio.h>

#include "prompt.h"
#include "scenario_io.h"
#include "theme_spec.h"
#include "undo.h"

static unsigned next_theme(app *a)
{
	a->theme = (a->theme + 1) % THEME_COUNT;
	app_set_status(a, false, tr(a->lang, "Theme: %s"), theme_name((theme_id)a->theme));
	return CHANGED_VIEW;
}

static unsigned ask_revert(app *a)
{
	char label[200];
	snprintf(label, sizeof label, tr(a->lang, "Revert to %s, dropping the edits and the pinned baseline? (y/n)"),
		 a->path ? a->path : tr(a->lang, "the built-in scenario"));
	app_open_prompt(a, PROMPT_CONFIRM_REVERT, label, NULL);
	return CHANGED_VIEW;
}

unsigned workshop_handle(app *a, action act)
{
	switch (act) {
	case ACT_THEME:
		return next_theme(a);
	case ACT_PRESENT:
		a->present = !a->present;
		return CHANGED_VIEW;
	case ACT_REVERT:
		return ask_revert(a);
	default:
		return CHANGED_NOTHING;
	}
}

void workshop_before_action(app *a, action act)
{
	bool screen_key = (act >= ACT_NEXT_SCREEN && act <= ACT_SCREEN_10) || act == ACT_HELP;
	if (a->present && screen_key)
		a->present = false;
}

bool workshop_revert(app *a)
{
	scenario fresh;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = a->path ? scenario_load_file(a->path, &fresh, &dl) : scenario_load_builtin(&fresh, &dl);
	if (!ok) {
		const diag *d = diag_list_first_problem(&dl);
		char buf[200];
		app_set_status(a, true, "%s: %s", tr(a->lang, "Not reverted"),
			       d ? diag_format(d, buf, sizeof buf) : tr(a->lang, "unknown error"));
		diag_list_fini(&dl);
		return false;
	}
	diag_list_fini(&dl);
	if (!app_begin_edit(a)) {
		scenario_fini(&fresh);
		return false;
	}
	scenario_fini(&a->cur.scn);
	a->cur.scn = fresh;
	app_end_edit(a);
	a->saved_version = a->version;   /* the state is the file's again */
	a->dirty = false;
	app_pin_baseline(a);   /* the baseline is the file too; its status line is replaced */
	app_set_status(a, false, tr(a->lang, "Reverted to %s (u brings the edits back)"),
		       a->path ? a->path : tr(a->lang, "the built-in scenario"));
	return true;
}

unsigned workshop_answer_revert(app *a, prompt_key key, unsigned long cp)
{
	if (key == PKEY_CHAR && (cp == 'y' || cp == 'Y')) {
		prompt_close(&a->prompt);
		workshop_revert(a);
		return CHANGED_SCENARIO | CHANGED_BASELINE | CHANGED_VIEW;
	}
	if (key == PKEY_ESCAPE || (key == PKEY_CHAR && (cp == 'n' || cp == 'N' || cp == 'c' || cp == 'C'))) {
		prompt_close(&a->prompt);
		app_set_status(a, false, "%s", tr(a->lang, "Not reverted; the edits stay"));
		return CHANGED_VIEW;
	}
	return CHANGED_NOTHING;
}
