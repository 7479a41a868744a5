/* app.c - the interface's state without curses: create/destroy, recompute (weather + season),
 * edits with undo snapshots, the baseline, the status line, the prompt's outcomes (commit an
 * edit, save, save as, export, the quit and replace questions) and the global actions. */
#include "app.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic_file.h"
#include "clock.h"
#include "export_screen.h"
#include "next_season.h"
#include "path.h"
#include "prompt.h"
#include "scenario_load.h"
#include "scenario_patch.h"
#include "scenario_save.h"
#include "strbuf.h"
#include "studies.h"
#include "undo.h"
#include "yaml_tree.h"   /* YT_MAX_FILE_BYTES */

#define UNDO_LIMIT 200

static void run_init(app_run *r)
{
	scenario_init(&r->scn);
	weather_series_init(&r->weather);
	season_result_init(&r->result);
	diag_list_init(&r->diags);
	r->ok = false;
}

static void run_fini(app_run *r)
{
	season_result_fini(&r->result);
	weather_series_fini(&r->weather);
	diag_list_fini(&r->diags);
	scenario_fini(&r->scn);
}

/* Weather then season for r->scn; the previous results are dropped first. */
static bool run_compute(app_run *r)
{
	season_result_fini(&r->result);
	season_result_init(&r->result);
	weather_series_fini(&r->weather);
	weather_series_init(&r->weather);
	diag_list_fini(&r->diags);
	diag_list_init(&r->diags);
	r->ok = weather_build(&r->scn, 0, &r->weather, &r->diags);
	if (r->ok && !season_run(&r->scn, &r->weather, &r->result, NULL, NULL)) {
		diag_add(&r->diags, DIAG_ERROR, NULL, 0, 0, "out of memory");
		r->ok = false;
	}
	return r->ok;
}

/* The first error of a failed run, for the status line. */
static void status_from_diags(app *a, const diag_list *dl, const char *what)
{
	const diag *first = diag_list_first_problem(dl);
	char buf[200];
	app_set_status(a, true, "%s: %s", what,
		       first ? diag_format_in(first, a->lang, buf, sizeof buf) : tr(a->lang, "unknown error"));
}

app *app_create(scenario *scn, const char *path, lang l)
{
	app *a = calloc(1, sizeof *a);
	if (!a)
		return NULL;
	run_init(&a->cur);
	run_init(&a->base);
	a->lang = l;
	a->screen = a->prev_screen = SCREEN_OVERVIEW;
	a->version = a->saved_version = a->base_version = 1;
	a->next_version = 2;
	a->undo = undo_create(UNDO_LIMIT);
	a->path = path ? strdup(path) : NULL;
	a->studies = studies_create();
	if (!a->undo || !a->studies || (path && !a->path)) {
		app_destroy(a);
		return NULL;
	}
	if (path) {
		/* The text a save patches; unreadable now (a race) means a whole save later. */
		if (file_stamp_take(path, YT_MAX_FILE_BYTES, &a->src_stamp, &a->src_text, &a->src_len) != 0)
			a->src_text = NULL;
	} else {
		size_t n;
		const char *t = scenario_builtin_text(&n);
		a->src_text = t ? malloc(n + 1) : NULL;
		if (a->src_text) {
			memcpy(a->src_text, t, n);
			a->src_text[n] = 0;
			a->src_len = n;
		}
	}
	a->cur.scn = *scn;
	scenario_init(scn);
	if (!scenario_copy(&a->base.scn, &a->cur.scn)) {
		app_destroy(a);
		return NULL;
	}
	app_recompute(a);
	run_compute(&a->base);
	return a;
}

void app_destroy(app *a)
{
	if (!a)
		return;
	studies_destroy(a->studies);   /* first: it stops a background run on a->cur's copy */
	if (a->workshop)
		a->workshop->fini(a);
	run_fini(&a->cur);
	run_fini(&a->base);
	undo_destroy(a->undo);
	free(a->path);
	free(a->src_text);
	free(a->form);
	free(a);
}

bool app_recompute(app *a)
{
	double t0 = clock_now_ms();
	bool ok = run_compute(&a->cur);
	a->last_recompute_ms = clock_now_ms() - t0;
	if (!ok)
		status_from_diags(a, &a->cur.diags, tr(a->lang, "Cannot compute the season"));
	return ok;
}

void app_set_status(app *a, bool is_error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->status, sizeof a->status, fmt, ap);
	va_end(ap);
	a->status_is_error = is_error;
}

static void update_dirty(app *a)
{
	a->dirty = a->version != a->saved_version;
}

bool app_begin_edit(app *a)
{
	if (undo_push(a->undo, &a->cur.scn, a->version))
		return true;
	app_set_status(a, true, "%s", tr(a->lang, "Out of memory: the edit was not made"));
	return false;
}

unsigned app_end_edit(app *a)
{
	a->version = a->next_version++;
	update_dirty(a);
	app_recompute(a);
	return CHANGED_SCENARIO | CHANGED_VIEW;
}

void app_cancel_edit(app *a)
{
	undo_drop(a->undo);
}

unsigned app_undo(app *a)
{
	if (!undo_undo(a->undo, &a->cur.scn, &a->version)) {
		app_set_status(a, false, "%s", tr(a->lang, "Nothing to undo"));
		return CHANGED_VIEW;
	}
	update_dirty(a);
	if (app_recompute(a))
		app_set_status(a, false, tr(a->lang, "Undone (%zu more to undo)"),
			       undo_undo_depth(a->undo));
	return CHANGED_SCENARIO | CHANGED_VIEW;
}

unsigned app_redo(app *a)
{
	if (!undo_redo(a->undo, &a->cur.scn, &a->version)) {
		app_set_status(a, false, "%s", tr(a->lang, "Nothing to redo"));
		return CHANGED_VIEW;
	}
	update_dirty(a);
	if (app_recompute(a))
		app_set_status(a, false, tr(a->lang, "Redone (%zu more to redo)"),
			       undo_redo_depth(a->undo));
	return CHANGED_SCENARIO | CHANGED_VIEW;
}

unsigned app_pin_baseline(app *a)
{
	scenario copy;
	if (!scenario_copy(&copy, &a->cur.scn)) {
		app_set_status(a, true, "%s", tr(a->lang, "Out of memory: the baseline was not pinned"));
		return CHANGED_VIEW;
	}
	scenario_fini(&a->base.scn);
	a->base.scn = copy;
	run_compute(&a->base);
	a->base_version = a->version;
	a->have_base_chance = false;
	app_set_status(a, false, "%s", tr(a->lang, "Baseline pinned: differences are now against these figures"));
	return CHANGED_BASELINE | CHANGED_VIEW;
}

unsigned app_set_screen(app *a, screen_id s)
{
	if ((unsigned)s >= SCREEN_COUNT)
		return CHANGED_NOTHING;
	if (s != a->screen) {
		a->prev_screen = a->screen;
		a->screen = s;
		free(a->form);   /* a form belongs to the screen it was opened on */
		a->form = NULL;
	}
	return CHANGED_VIEW;
}

void app_set_workshop(app *a, const app_workshop_ops *ops)
{
	a->workshop = ops;
}

void app_set_screens(app *a, const screen_ops *const *screens)
{
	a->screens = screens;
}

const screen_ops *app_screen(const app *a, screen_id s)
{
	return a->screens && (unsigned)s < SCREEN_COUNT ? a->screens[s] : NULL;
}

unsigned app_sync_screens(app *a)
{
	unsigned bits = CHANGED_NOTHING;
	for (int s = 0; s < SCREEN_COUNT; s++) {
		const screen_ops *ops = app_screen(a, (screen_id)s);
		if (ops && ops->sync)
			bits |= ops->sync(a, a->screen == (screen_id)s);
	}
	return bits;
}

void app_open_prompt(app *a, prompt_kind kind, const char *label, const char *initial)
{
	prompt_open(&a->prompt, kind, label, initial);
}

/* True when both paths name the same existing file. */
static bool same_file(const char *p, const char *q)
{
	struct stat a, b;
	if (!p || !q)
		return false;
	if (strcmp(p, q) == 0)
		return true;
	return stat(p, &a) == 0 && stat(q, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* Saves with ATOMIC_* flags: the loaded text patched (comments, order and `extends:` kept). */
static bool save_with(app *a, const char *path, unsigned flags)
{
	diag_list dl;
	diag_list_init(&dl);
	char *dir = a->path ? path_dir(a->path) : NULL;
	scenario_source src = { a->src_text, a->src_len, a->path ? a->path : "<built-in>",
				dir ? dir : "" };
	char *saved = NULL;
	size_t saved_len = 0;
	bool ok = scenario_save_patched(&a->cur.scn, a->src_text && (dir || !a->path) ? &src : NULL,
					path, flags, &saved, &saved_len, &dl);
	free(dir);
	if (ok) {
		/* path may be a->path itself: copy before freeing the old one. */
		char *p = path ? strdup(path) : NULL;
		if (p) {
			free(a->path);
			a->path = p;
		}
		free(a->src_text);
		a->src_text = saved;
		a->src_len = saved_len;
		/* The ids are the text's now: a later rename is counted from them. */
		scenario_settle_ids(&a->cur.scn);
		/* What is on disk now, to notice the next outside change. */
		if (file_stamp_take(a->path, YT_MAX_FILE_BYTES, &a->src_stamp, NULL, NULL) != 0)
			a->src_stamp.valid = false;
		a->saved_version = a->version;
		update_dirty(a);
		const diag *w = diag_list_first_problem(&dl);
		char msg[sizeof a->status], buf[200];
		snprintf(msg, sizeof msg, tr(a->lang, "Saved to %s"), a->path);
		if (w)
			app_set_status(a, false, "%s (%s)", msg, diag_format_in(w, a->lang, buf, sizeof buf));
		else
			app_set_status(a, false, "%s", msg);
	} else {
		free(saved);
		status_from_diags(a, &dl, tr(a->lang, "Not saved"));
	}
	diag_list_fini(&dl);
	return ok;
}

bool app_save_to(app *a, const char *path, bool overwrite)
{
	return save_with(a, path, overwrite ? ATOMIC_OVERWRITE : 0);
}

bool app_reload(app *a)
{
	diag_list dl;
	diag_list_init(&dl);
	scenario s;
	file_stamp st;
	char *text = NULL;
	size_t len = 0;
	bool ok = a->path && file_stamp_take(a->path, YT_MAX_FILE_BYTES, &st, &text, &len) == 0 &&
		  scenario_load_file(a->path, &s, &dl);
	if (!ok) {
		free(text);
		status_from_diags(a, &dl, tr(a->lang, "Not reloaded"));
		diag_list_fini(&dl);
		return false;
	}
	diag_list_fini(&dl);
	if (!app_begin_edit(a)) {
		scenario_fini(&s);
		free(text);
		return false;
	}
	scenario_fini(&a->cur.scn);
	a->cur.scn = s;
	free(a->src_text);
	a->src_text = text;
	a->src_len = len;
	a->src_stamp = st;
	app_end_edit(a);
	a->saved_version = a->version;
	update_dirty(a);
	app_set_status(a, false, tr(a->lang, "Reloaded %s; your edits are one undo away (u)"), a->path);
	return true;
}

bool app_export_to(app *a, const char *path, bool overwrite)
{
	diag_list dl;
	diag_list_init(&dl);
	strbuf sb;
	strbuf_init(&sb);
	bool ok;
	if (path_has_suffix(path, ".xlsx")) {
		/* the workbook of the season: every table, the outlook and the provenance */
		ok = export_write_xlsx(a, path, overwrite, &dl);
		goto done;
	}
	char why[200];
	ok = export_write(a, export_kind_for(a), path_has_suffix(path, ".csv"), &sb, why, sizeof why);
	if (!ok) {
		app_set_status(a, true, "%s", why);
		diag_list_fini(&dl);
		strbuf_fini(&sb);
		return false;
	}
	/* overwrite is only given once the user said "replace" (also a read-only file). */
	ok = atomic_write_file_flags(path, strbuf_str(&sb), sb.len,
				     overwrite ? ATOMIC_OVERWRITE | ATOMIC_READ_ONLY_OK : 0, &dl);
done:
	if (ok)
		app_set_status(a, false, tr(a->lang, "Report written to %s"), path);
	else
		status_from_diags(a, &dl, tr(a->lang, "Not exported"));
	diag_list_fini(&dl);
	strbuf_fini(&sb);
	return ok;
}

/* A default file name for save-as and export, next to the loaded file when there is one. */
static void default_path(const app *a, const char *suffix, char *out, size_t size)
{
	if (!a->path) {
		snprintf(out, size, "vudong%s", suffix);
		return;
	}
	size_t n = path_stem_length(a->path);
	snprintf(out, size, "%.*s%s", (int)n, a->path, suffix);
}

/* The save-as or export target was chosen: ask before replacing another file, else do it. */
static unsigned save(app *a);

static unsigned write_or_ask(app *a, pending_op op, const char *path)
{
	bool exists = file_exists(path);
	struct stat pst;
	if (exists && stat(path, &pst) == 0 && !S_ISREG(pst.st_mode)) {
		/* A device or FIFO never becomes the current file (nor a report). */
		a->quit_after_save = false;
		app_set_status(a, true, "%s: %s: %s",
			       op == PENDING_SAVE ? tr(a->lang, "Not saved") : tr(a->lang, "Not exported"),
			       path, S_ISDIR(pst.st_mode) ? tr(a->lang, "a folder") :
							   tr(a->lang, "not a regular file"));
		return CHANGED_VIEW;
	}
	bool replace_ok = op == PENDING_SAVE && same_file(path, a->path);
	if (replace_ok)
		return save(a);
	if (exists) {
		a->pending = op;
		snprintf(a->pending_path, sizeof a->pending_path, "%s", path);
		char label[160];
		struct stat st;
		bool ro = stat(path, &st) == 0 && !(st.st_mode & 0222);
		const char *fmt = ro ? tr(a->lang, "%s exists and is read-only. Replace it? (y/n)") :
				       tr(a->lang, "%s exists. Replace it? (y/n)");
		snprintf(label, sizeof label, fmt, path);
		app_open_prompt(a, PROMPT_CONFIRM_REPLACE, label, NULL);
		return CHANGED_VIEW;
	}
	bool ok = op == PENDING_SAVE ? app_save_to(a, path, exists)
		  : op == PENDING_CHART ? a->workshop && a->workshop->export_chart(a, path, false)
		  : app_export_to(a, path, false);
	if (ok && op == PENDING_SAVE && a->quit_after_save)
		return CHANGED_QUIT | CHANGED_VIEW;
	a->quit_after_save = false;
	return CHANGED_VIEW;
}

static void open_save_as(app *a)
{
	char def[256];
	if (a->path)
		snprintf(def, sizeof def, "%s", a->path);
	else
		default_path(a, ".yaml", def, sizeof def);
	app_open_prompt(a, PROMPT_SAVE_AS, tr(a->lang, "Save as:"), def);
}

/* Saves to the current file, or asks for a name when there is none (the built-in). */
static unsigned save(app *a)
{
	if (!a->path) {
		open_save_as(a);
		return CHANGED_VIEW;
	}
	/* Nothing replaced behind the user's back: a file changed since it was read, or one the
	 * user made read-only, is replaced only when the user says so. */
	file_stamp now;
	int e = file_stamp_take(a->path, YT_MAX_FILE_BYTES, &now, NULL, NULL);
	struct stat st;
	bool changed = a->src_stamp.valid ? (e != 0 || !file_stamp_equal(&now, &a->src_stamp)) :
					    e == 0;
	bool ro = stat(a->path, &st) == 0 && S_ISREG(st.st_mode) && !(st.st_mode & 0222);
	if (changed || ro) {
		char label[160];
		a->guard_changed = changed;
		const char *fmt = changed ?
			tr(a->lang, "%s changed on disk since it was read: (a) save as, (r) reload, (o) overwrite, Esc") :
			tr(a->lang, "%s is read-only: (a) save as, (o) overwrite it anyway, Esc");
		snprintf(label, sizeof label, fmt, a->path);
		app_open_prompt(a, PROMPT_CONFIRM_GUARD, label, NULL);
		return CHANGED_VIEW;
	}
	bool ok = app_save_to(a, a->path, true);
	if (ok && a->quit_after_save)
		return CHANGED_QUIT | CHANGED_VIEW;
	a->quit_after_save = false;
	return CHANGED_VIEW;
}

/* The answer to "changed on disk" / "read-only". */
static unsigned answer_guard(app *a, prompt_key key, unsigned long cp)
{
	int ans = key == PKEY_ESCAPE ? 'c' : key == PKEY_CHAR && cp < 128 ? (int)(cp | 0x20) : 0;
	if (ans != 'a' && ans != 'o' && ans != 'c' && !(ans == 'r' && a->guard_changed))
		return CHANGED_NOTHING;
	prompt_close(&a->prompt);
	if (ans == 'a') {
		open_save_as(a);
		return CHANGED_VIEW;
	}
	if (ans == 'r') {
		a->quit_after_save = false;
		return app_reload(a) ? CHANGED_SCENARIO | CHANGED_VIEW : CHANGED_VIEW;
	}
	if (ans == 'c') {
		a->quit_after_save = false;
		app_set_status(a, false, "%s", tr(a->lang, "Not saved; nothing was written"));
		return CHANGED_VIEW;
	}
	bool ok = save_with(a, a->path, ATOMIC_OVERWRITE | ATOMIC_READ_ONLY_OK);
	if (ok && a->quit_after_save)
		return CHANGED_QUIT | CHANGED_VIEW;
	a->quit_after_save = false;
	return CHANGED_VIEW;
}

/* Trims spaces at both ends in place. */
static char *trim(char *s)
{
	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		s[--n] = 0;
	return s;
}

static unsigned answer_question(app *a, prompt_key key, unsigned long cp)
{
	prompt_answer ans = prompt_answer_of(key, cp, true);
	if (ans == ANSWER_NONE)
		return CHANGED_NOTHING;
	prompt_kind kind = a->prompt.kind;
	prompt_close(&a->prompt);
	if (kind == PROMPT_CONFIRM_QUIT) {
		if (ans == ANSWER_NO)
			return CHANGED_QUIT;
		if (ans == ANSWER_CANCEL)
			return CHANGED_VIEW;
		a->quit_after_save = true;
		return save(a);
	}
	/* PROMPT_CONFIRM_REPLACE: 'n' and 'c' both keep the file. */
	pending_op op = a->pending;
	a->pending = PENDING_NONE;
	if (ans != ANSWER_YES) {
		a->quit_after_save = false;
		app_set_status(a, false, "%s", tr(a->lang, "Not replaced; nothing was written"));
		return CHANGED_VIEW;
	}
	bool ok = op == PENDING_SAVE ? save_with(a, a->pending_path, ATOMIC_OVERWRITE | ATOMIC_READ_ONLY_OK)
		  : op == PENDING_CHART ? a->workshop && a->workshop->export_chart(a, a->pending_path, true)
		  : app_export_to(a, a->pending_path, true);
	if (ok && op == PENDING_SAVE && a->quit_after_save)
		return CHANGED_QUIT | CHANGED_VIEW;
	a->quit_after_save = false;
	return CHANGED_VIEW;
}

unsigned app_prompt_input(app *a, prompt_key key, unsigned long cp)
{
	prompt_kind kind = a->prompt.kind;
	if (kind == PROMPT_NONE || kind == PROMPT_CONFIRM_RESTORE)   /* recovery_session_answer */
		return CHANGED_NOTHING;
	if (kind == PROMPT_CONFIRM_QUIT || kind == PROMPT_CONFIRM_REPLACE)
		return answer_question(a, key, cp);
	if (kind == PROMPT_CONFIRM_GUARD)
		return answer_guard(a, key, cp);
	if (kind == PROMPT_CONFIRM_REVERT)
		return a->workshop ? a->workshop->answer_revert(a, key, cp) : CHANGED_NOTHING;
	prompt_result r = prompt_edit(&a->prompt, key, (uint32_t)cp);
	if (r == PROMPT_CONTINUE)
		return CHANGED_VIEW;
	char buf[sizeof a->prompt.text];
	memcpy(buf, a->prompt.text, sizeof buf);
	prompt_close(&a->prompt);
	if (r == PROMPT_CANCEL) {
		a->quit_after_save = false;
		return CHANGED_VIEW;
	}
	char *text = trim(buf);
	switch (kind) {
	case PROMPT_EDIT: {
		const screen_ops *s = a->form && a->form_ops ? a->form_ops : app_screen(a, a->screen);
		char err[200] = "";
		unsigned bits = s && s->commit ? s->commit(a, text, err, sizeof err) : CHANGED_NOTHING;
		if (err[0])
			app_set_status(a, bits == CHANGED_NOTHING, "%s", err);
		return bits | CHANGED_VIEW;
	}
	case PROMPT_SAVE_AS:
		if (!*text) {
			a->quit_after_save = false;
			app_set_status(a, false, "%s", tr(a->lang, "Not saved: no file name"));
			return CHANGED_VIEW;
		}
		return write_or_ask(a, PENDING_SAVE, text);
	case PROMPT_EXPORT:
	case PROMPT_EXPORT_CHART:
		if (!*text) {
			app_set_status(a, false, "%s", tr(a->lang, "Not exported: no file name"));
			return CHANGED_VIEW;
		}
		return write_or_ask(a, kind == PROMPT_EXPORT ? PENDING_EXPORT : PENDING_CHART, text);
	case PROMPT_FIND: {
		snprintf(a->find_text, sizeof a->find_text, "%s", text);
		const screen_ops *s = app_screen(a, a->screen);
		if (!*text || !s || !s->handle)
			return CHANGED_VIEW;
		return s->handle(a, ACT_FIND_NEXT) | CHANGED_VIEW;
	}
	case PROMPT_NEXT_SEASON: {
		char msg[sizeof a->status];
		bool ok = next_season_write(&a->cur.scn, a->src_text, a->src_len, a->path, text,
					    a->lang, msg, sizeof msg);
		app_set_status(a, !ok, "%s", msg);
		return CHANGED_VIEW;
	}
	default:
		return CHANGED_VIEW;
	}
}

unsigned app_handle(app *a, action act)
{
	if (a->prompt.kind != PROMPT_NONE || act == ACT_NONE)
		return CHANGED_NOTHING;
	unsigned bits = a->status[0] ? CHANGED_VIEW : CHANGED_NOTHING;
	unsigned taken;
	if (a->workshop && a->workshop->intercept(a, act, &taken))
		return bits | taken;
	a->status[0] = 0;
	a->status_is_error = false;
	char def[256];
	/* Esc and q close the help screen (back where ? was pressed), as in htop and mc. */
	if (a->screen == SCREEN_HELP && (act == ACT_CANCEL || act == ACT_QUIT))
		act = ACT_HELP;
	/* q closes a form as Esc does (the form is a dialog). */
	if (a->form && act == ACT_QUIT)
		act = ACT_CANCEL;
	switch (act) {
	case ACT_NEXT_SCREEN:
		return bits | app_set_screen(a, (screen_id)((a->screen + 1) % SCREEN_COUNT));
	case ACT_PREV_SCREEN:
		return bits | app_set_screen(a, (screen_id)((a->screen + SCREEN_COUNT - 1) % SCREEN_COUNT));
	case ACT_SCREEN_1: case ACT_SCREEN_2: case ACT_SCREEN_3: case ACT_SCREEN_4:
	case ACT_SCREEN_5: case ACT_SCREEN_6: case ACT_SCREEN_7: case ACT_SCREEN_8:
	case ACT_SCREEN_9: case ACT_SCREEN_10:
		return bits | app_set_screen(a, (screen_id)(act - ACT_SCREEN_1));
	case ACT_HELP:
		if (a->screen == SCREEN_HELP)
			return bits | app_set_screen(a, a->prev_screen == SCREEN_HELP ? SCREEN_OVERVIEW
										 : a->prev_screen);
		return bits | app_set_screen(a, SCREEN_HELP);
	case ACT_UNDO:
		return bits | app_undo(a);
	case ACT_REDO:
		return bits | app_redo(a);
	case ACT_PIN_BASELINE:
		return bits | app_pin_baseline(a);
	case ACT_SAVE:
		a->quit_after_save = false;
		return bits | save(a);
	case ACT_SAVE_AS:
		a->quit_after_save = false;
		open_save_as(a);
		return bits | CHANGED_VIEW;
	case ACT_EXPORT:
		default_path(a, export_suffix(export_kind_for(a)), def, sizeof def);
		app_open_prompt(a, PROMPT_EXPORT, tr(a->lang, "Export report to (.csv for a table, .xlsx for Excel):"), def);
		return bits | CHANGED_VIEW;
	case ACT_NEXT_SEASON:
		default_path(a, "-next.yaml", def, sizeof def);
		app_open_prompt(a, PROMPT_NEXT_SEASON, tr(a->lang, "New season from this one, write to:"), def);
		return bits | CHANGED_VIEW;
	case ACT_LANGUAGE:
		a->lang = a->lang == LANG_VI ? LANG_EN : LANG_VI;
		app_set_status(a, false, "%s", tr(a->lang, "Language: English"));
		return bits | CHANGED_VIEW;
	case ACT_THEME: case ACT_PRESENT: case ACT_REVERT: case ACT_EXPORT_CHART: case ACT_STORY:
	case ACT_PLAY: case ACT_FASTER: case ACT_SLOWER:
		return bits | (a->workshop ? a->workshop->handle(a, act) : CHANGED_NOTHING);
	case ACT_QUIT:
		if (!a->dirty)
			return CHANGED_QUIT;
		app_open_prompt(a, PROMPT_CONFIRM_QUIT,
				tr(a->lang, "Save changes? (y)es (n)o (c)ancel"), NULL);
		return bits | CHANGED_VIEW;
	default: {
		const screen_ops *s = a->form && a->form_ops ? a->form_ops : app_screen(a, a->screen);
		return bits | (s && s->handle ? s->handle(a, act) : CHANGED_NOTHING);
	}
	}
}
