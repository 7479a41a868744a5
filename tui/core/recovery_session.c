/* recovery_session.c - the recovery file kept in step with the interface's state: written
 * after each change to unsaved edits, removed when the state is clean, saved or discarded,
 * and offered back at start (see recovery_session.h). */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath (pkg-config's ncursesw flags may already set it) */
#endif
#include "recovery_session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "path.h"
#include "prompt.h"
#include "scenario_save.h"

static bool same_text(const char *p, const char *q)
{
	return p == q || (p && q && strcmp(p, q) == 0);
}

/* Keeps the first diagnostic of dl as the session's error. */
static void take_error(recovery_session *r, const diag_list *dl, const char *fallback)
{
	const diag *d = diag_list_first_problem(dl);
	if (d)
		diag_format(d, r->error, sizeof r->error);
	else
		snprintf(r->error, sizeof r->error, "%s", fallback);
}

/* The file, original and hash for a's scenario as it is now (loaded or just saved). */
static void retarget(recovery_session *r, const app *a)
{
	free(r->file);
	free(r->original);
	free(r->seen_path);
	r->file = r->original = NULL;
	r->seen_path = a->path ? strdup(a->path) : NULL;
	r->seen_saved = a->saved_version;
	r->ours = false;
	r->attempted = 0;
	r->original_hash = 0;
	if (!r->dir)
		return;
	if (a->path && !(r->original = realpath(a->path, NULL))) {
		snprintf(r->error, sizeof r->error, "%s: cannot resolve the path", a->path);
		return;
	}
	char *name = recovery_name_for(r->original);
	r->file = name ? path_join(r->dir, name) : NULL;
	free(name);
	diag_list dl;
	diag_list_init(&dl);
	recovery_hash_original(r->original, &r->original_hash, &dl);
	diag_list_fini(&dl);
}

void recovery_session_init(recovery_session *r, char *dir, const app *a)
{
	memset(r, 0, sizeof *r);
	scenario_init(&r->offer);
	r->dir = dir;
	retarget(r, a);
}

static void drop_offer(recovery_session *r)
{
	scenario_fini(&r->offer);
	recovery_header_fini(&r->offer_header);
	r->offering = false;
}

void recovery_session_fini(recovery_session *r)
{
	drop_offer(r);
	free(r->dir);
	free(r->file);
	free(r->original);
	free(r->seen_path);
	memset(r, 0, sizeof *r);
}

/* Removes the file when this session wrote it. */
static bool remove_ours(recovery_session *r)
{
	if (!r->ours || !r->file)
		return true;
	r->ours = false;
	r->attempted = 0;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = recovery_remove(r->file, &dl);
	if (!ok)
		take_error(r, &dl, "cannot remove the recovery file");
	diag_list_fini(&dl);
	return ok;
}

bool recovery_session_sync(recovery_session *r, const app *a)
{
	if (!r->dir || r->offering)
		return true;
	bool ok = true;
	if (a->saved_version != r->seen_saved || !same_text(a->path, r->seen_path)) {
		ok = remove_ours(r);
		retarget(r, a);
	}
	if (!a->dirty)
		return remove_ours(r) && ok;
	if (!r->file || r->attempted == a->version)
		return ok;
	r->attempted = a->version;
	diag_list dl;
	diag_list_init(&dl);
	if (!r->dir_made)
		r->dir_made = recovery_make_dir(r->dir, &dl);
	recovery_header h = { r->original, (long long)time(NULL), r->original_hash };
	bool written = r->dir_made && recovery_write(r->file, &h, &a->cur.scn, &dl);
	if (written)
		r->ours = true;
	else
		take_error(r, &dl, "cannot write the recovery file");
	diag_list_fini(&dl);
	return written && ok;
}

void recovery_session_discard(recovery_session *r)
{
	remove_ours(r);
}

bool recovery_session_holds(const recovery_session *r, const app *a)
{
	return r->file && r->ours && r->attempted == a->version;
}

/* The file is unusable: out of the way (FILE.bad) so the next start does not ask again, and
 * the status line says why. */
static unsigned set_aside(recovery_session *r, app *a, const diag_list *dl)
{
	take_error(r, dl, "unreadable");
	size_t n = strlen(r->file);
	char *bad = malloc(n + 5);
	bool moved = false;
	if (bad) {
		memcpy(bad, r->file, n);
		memcpy(bad + n, ".bad", 5);
		moved = rename(r->file, bad) == 0;
	}
	if (moved)
		app_set_status(a, true, tr(a->lang, "Recovery file not usable (%s); moved to %s"),
			       r->error, bad);
	else
		app_set_status(a, true, tr(a->lang, "Recovery file not usable (%s)"), r->error);
	free(bad);
	return CHANGED_VIEW;
}

unsigned recovery_session_offer(recovery_session *r, app *a)
{
	if (!r->file)
		return CHANGED_NOTHING;
	drop_offer(r);
	diag_list dl;
	diag_list_init(&dl);
	recovery_status st = recovery_read(r->file, r->original, &r->offer_header, &r->offer, &dl);
	unsigned bits = CHANGED_NOTHING;
	if (st == RECOVERY_BAD) {
		bits = set_aside(r, a, &dl);
	} else if (st == RECOVERY_FOUND && scenario_hash(&r->offer) == scenario_hash(&a->cur.scn)) {
		/* Nothing there that the file does not already say. */
		drop_offer(r);
		recovery_remove(r->file, &dl);
	} else if (st == RECOVERY_FOUND) {
		time_t t = (time_t)r->offer_header.time;
		struct tm tm;
		char when[40] = "?";
		if (localtime_r(&t, &tm))
			strftime(when, sizeof when, "%H:%M %d/%m/%Y", &tm);
		bool stale = r->offer_header.original_hash != r->original_hash;
		char label[sizeof a->prompt.label];
		snprintf(label, sizeof label,
			 stale ? tr(a->lang, "File changed since. Restore unsaved edits from %s? (y/n)")
			       : tr(a->lang, "Restore unsaved edits from %s? (y/n)"), when);
		app_open_prompt(a, PROMPT_CONFIRM_RESTORE, label, NULL);
		r->offering = true;
		bits = CHANGED_VIEW;
	}
	diag_list_fini(&dl);
	return bits;
}

/* y: the recovered scenario replaces the loaded one as an edit (undo goes back to the file). */
static unsigned restore(recovery_session *r, app *a)
{
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	scenario_fini(&a->cur.scn);
	a->cur.scn = r->offer;
	scenario_init(&r->offer);
	unsigned bits = app_end_edit(a);
	/* The file on disk holds exactly this state, with the time the edits were made. */
	r->ours = true;
	r->attempted = a->version;
	if (a->cur.ok)
		app_set_status(a, false, "%s",
			       tr(a->lang, "Unsaved edits restored (not saved yet; u undoes them)"));
	return bits;
}

unsigned recovery_session_answer(recovery_session *r, app *a, prompt_key key, unsigned long cp)
{
	/* "(y/n)": c is no answer here; Esc leaves the file for now. */
	prompt_answer ans = prompt_answer_of(key, cp, false);
	if (ans == ANSWER_NONE || !r->offering)
		return CHANGED_NOTHING;
	prompt_close(&a->prompt);
	r->offering = false;
	unsigned bits = CHANGED_VIEW;
	if (ans == ANSWER_YES) {
		bits |= restore(r, a);
	} else if (ans == ANSWER_NO) {
		diag_list dl;
		diag_list_init(&dl);
		if (recovery_remove(r->file, &dl)) {
			app_set_status(a, false, "%s", tr(a->lang, "Unsaved edits discarded"));
		} else {
			take_error(r, &dl, "cannot remove the recovery file");
			app_set_status(a, true, "%s", r->error);
		}
		diag_list_fini(&dl);
	} else {
		app_set_status(a, false, "%s", tr(a->lang, "Recovery file kept until the next edit"));
	}
	drop_offer(r);
	return bits;
}
