/* workshop.c - theme cycling, the presentation toggle and revert-to-file, as app actions. */
#include "workshop.h"

#include <stdio.h>
#include <stdlib.h>

#include "atomic_file.h"
#include "clock.h"
#include "film.h"
#include "path.h"
#include "prompt.h"
#include "report_pdf.h"
#include "story_session.h"
#include "studies.h"
#include "scenario_load.h"
#include "scenario_save.h"
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

/* The default chart file name: next to the scenario, else in the current folder. */
static void ask_chart(app *a)
{
	char def[256];
	if (a->path)
		snprintf(def, sizeof def, "%.*s-chart.png", (int)path_stem_length(a->path), a->path);
	else
		snprintf(def, sizeof def, "vudong-chart.png");
	app_open_prompt(a, PROMPT_EXPORT_CHART, tr(a->lang, "Export the chart to (.png, .svg or .pdf):"), def);
}

unsigned workshop_start_story(app *a, const char *file)
{
	story st;
	diag_list dl;
	diag_list_init(&dl);
	if (!a->story)
		a->story = story_session_create();
	bool ok = a->story && (file ? story_load_file(file, &st, &dl) : story_load_builtin(&st, &dl));
	if (ok)
		ok = story_session_start(a->story, a, &st, &dl);
	if (!ok) {
		const diag *d = diag_list_first_problem(&dl);
		char buf[240];
		app_set_status(a, true, "%s: %s", tr(a->lang, "The story cannot start"),
			       d ? diag_format_in(d, a->lang, buf, sizeof buf) : tr(a->lang, "out of memory"));
	}
	diag_list_fini(&dl);
	return CHANGED_VIEW;
}

bool workshop_export_chart(app *a, const char *path, bool overwrite)
{
	picture_format f;
	if (path_has_suffix(path, ".png"))
		f = PICTURE_PNG;
	else if (path_has_suffix(path, ".svg"))
		f = PICTURE_SVG;
	else if (path_has_suffix(path, ".pdf"))
		f = PICTURE_PDF;
	else {
		app_set_status(a, true, "%s", tr(a->lang, "Not exported: the name must end in .png, .svg or .pdf"));
		return false;
	}
	if (!a->cur.ok) {
		app_set_status(a, true, "%s", tr(a->lang, "Nothing to export: the season could not be computed"));
		return false;
	}
	/* The screen's own chart: the risk screen's spread, the sensitivity's tornado, else the
	 * output by crop. */
	const risk_study *r = &a->studies->risk;
	const sens_study *ss = &a->studies->sens;
	bool spread = a->screen == SCREEN_RISK && r->have_result;
	bool tornado = a->screen == SCREEN_SENSITIVITY && ss->have_result;
	chart_kind k = spread ? CHART_RISK_SPREAD : tornado ? CHART_TORNADO : CHART_OUTPUT_BY_CROP;
	strbuf sb;
	strbuf_init(&sb);
	diag_list dl;
	diag_list_init(&dl);
	bool ok = report_write_chart(&sb, k, f, &a->cur.scn, &a->cur.result,
				     spread ? &r->result : NULL, tornado ? &ss->result : NULL, a->lang, &dl) &&
		  atomic_write_file(path, strbuf_str(&sb), sb.len, overwrite, &dl);
	if (ok) {
		app_set_status(a, false, tr(a->lang, "Chart written to %s"), path);
	} else {
		const diag *d = diag_list_first_problem(&dl);
		char buf[200];
		app_set_status(a, true, "%s: %s", tr(a->lang, "Not exported"),
			       d ? diag_format_in(d, a->lang, buf, sizeof buf) : "");
	}
	diag_list_fini(&dl);
	strbuf_fini(&sb);
	return ok;
}

bool workshop_intercept(app *a, action act, unsigned *bits)
{
	bool screen_key = (act >= ACT_NEXT_SCREEN && act <= ACT_SCREEN_10) || act == ACT_HELP;
	/* (A story's own keys keep the view: its figures follow the story's steps.) */
	if (a->present && screen_key && !story_session_playing(a->story))
		a->present = false;
	film_state *fs = a->film;
	if (!fs || !fs->shown || a->screen != SCREEN_CALENDAR || a->present)
		return false;
	switch (act) {
	case ACT_LEFT: case ACT_RIGHT:
		*bits = film_step(fs, act == ACT_RIGHT ? 1 : -1);
		return true;
	case ACT_CANCEL:
		*bits = film_close(fs);
		return true;
	default:
		return false;
	}
}

void workshop_fini(app *a)
{
	story_session_destroy(a->story);
	a->story = NULL;
	if (a->film)
		film_destroy(a->film->f);
	free(a->film);
	a->film = NULL;
}

static unsigned film_key(app *a, action act)
{
	if (!a->film && !(a->film = calloc(1, sizeof *a->film))) {
		app_set_status(a, true, "%s", tr(a->lang, "Out of memory: the edit was not made"));
		return CHANGED_VIEW;
	}
	if (act == ACT_PLAY) {
		a->present = false;
		app_set_screen(a, SCREEN_CALENDAR);
		return film_toggle(a->film, a, clock_now_ms());
	}
	return film_speed(a->film, act == ACT_FASTER ? 1 : -1);
}

unsigned workshop_handle(app *a, action act)
{
	switch (act) {
	case ACT_EXPORT_CHART:
		ask_chart(a);
		return CHANGED_VIEW;
	case ACT_STORY:
		return workshop_start_story(a, NULL);
	case ACT_PLAY: case ACT_FASTER: case ACT_SLOWER:
		return film_key(a, act);
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
			       d ? diag_format_in(d, a->lang, buf, sizeof buf) : tr(a->lang, "unknown error"));
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

const app_workshop_ops workshop_ops = {
	.intercept = workshop_intercept,
	.handle = workshop_handle,
	.answer_revert = workshop_answer_revert,
	.export_chart = workshop_export_chart,
	.fini = workshop_fini,
};
