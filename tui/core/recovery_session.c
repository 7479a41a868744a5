/* recovery_session.c - this instance's recovery file kept in step with the interface's
 * state: written after each change to unsaved edits, removed when the state is clean, saved
 * or discarded; and the files left by instances no longer running offered back at start (see
 * recovery_session.h). Every file is reached through the state folder's descriptor. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath (pkg-config's ncursesw flags may already set it) */
#endif
#include "recovery_session.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "path.h"
#include "prompt.h"
#include "safe_dir.h"
#include "scenario_save.h"

static bool same_text(const char *p, const char *q)
{
	return p == q || (p && q && strcmp(p, q) == 0);
}

/* Keeps the first diagnostic of dl as the session's error in both languages, short for the
 * status line: its line when it has one, then what is wrong (the file is named by the
 * message around it). */
static void take_error_in(const diag *d, lang l, const char *fallback, char *out, size_t size)
{
	if (d && d->line > 0)
		snprintf(out, size, "%s %d: %s", l == LANG_VI ? "dòng" : "line", d->line, diag_message(d, l));
	else if (d)
		snprintf(out, size, "%s", diag_message(d, l));
	else
		snprintf(out, size, "%s", tr(l, fallback));
}

static void take_error(recovery_session *r, const diag_list *dl, const char *fallback)
{
	const diag *d = diag_list_first_problem(dl);
	take_error_in(d, LANG_EN, fallback, r->error, sizeof r->error);
	take_error_in(d, LANG_VI, fallback, r->error_vi, sizeof r->error_vi);
}

/* Sets the session's error from an English format (a catalogue entry) and its arguments. */
static void say(recovery_session *r, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	vsnprintf(r->error, sizeof r->error, fmt, ap);
	vsnprintf(r->error_vi, sizeof r->error_vi, tr(LANG_VI, fmt), ap2);
	va_end(ap2);
	va_end(ap);
}

const char *recovery_session_error(const recovery_session *r, lang l)
{
	return l == LANG_VI ? r->error_vi : r->error;
}

/* The state folder, opened (and made, when `create`) once; false when it is not there yet
 * (create false) or cannot be trusted (then recovery is off and r->error says why). */
static bool open_dir(recovery_session *r, bool create)
{
	if (r->dfd >= 0)
		return true;
	if (!r->dir || r->dir_refused)
		return false;
	if (!create && access(r->dir, F_OK) != 0 && errno == ENOENT)
		return false;
	diag_list dl;
	diag_list_init(&dl);
	r->dfd = safe_dir_open(r->dir, create, &dl);
	if (r->dfd < 0) {
		r->dir_refused = true;
		take_error(r, &dl, "the state folder cannot be used");
	}
	diag_list_fini(&dl);
	return r->dfd >= 0;
}

/* Releases this instance's lock (its lock file goes). */
static void drop_lock(recovery_session *r)
{
	if (r->lock_fd >= 0)
		safe_dir_unlock(r->dfd, r->lock_name, r->lock_fd);
	r->lock_fd = -1;
}

/* The names, original and hash for a's scenario as it is now (loaded or just saved). */
static void retarget(recovery_session *r, const app *a)
{
	drop_lock(r);
	free(r->name);
	free(r->file);
	free(r->lock_name);
	free(r->original);
	free(r->seen_path);
	r->name = r->file = r->lock_name = r->original = NULL;
	r->seen_path = a->path ? strdup(a->path) : NULL;
	r->seen_saved = a->saved_version;
	r->ours = false;
	r->attempted = 0;
	r->original_hash = 0;
	if (!r->dir)
		return;
	if (a->path && !(r->original = realpath(a->path, NULL))) {
		say(r, "%s: cannot resolve the path", a->path);
		return;
	}
	char *prefix = recovery_prefix_for(r->original);
	r->name = prefix ? recovery_instance_name(prefix, r->pid, r->start, RECOVERY_EXT) : NULL;
	r->lock_name = r->name ? recovery_lock_name(r->name) : NULL;
	r->file = r->name ? path_join(r->dir, r->name) : NULL;
	free(prefix);
	if (!r->lock_name || !r->file) {
		free(r->name);
		free(r->lock_name);
		free(r->file);
		r->name = r->lock_name = r->file = NULL;
	}
	diag_list dl;
	diag_list_init(&dl);
	recovery_hash_original(r->original, &r->original_hash, &dl);
	diag_list_fini(&dl);
}

void recovery_session_init(recovery_session *r, char *dir, const app *a)
{
	memset(r, 0, sizeof *r);
	r->dfd = r->lock_fd = -1;
	r->dir = dir;
	r->pid = (long)getpid();
	/* The start in microseconds, never the same twice in one process. */
	static long long last;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	long long t = (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
	r->start = last = t > last ? t : last + 1;
	retarget(r, a);
}

static void offer_fini(recovery_session *r, recovery_offer *o, bool remove)
{
	if (remove)
		safe_dir_remove(r->dfd, o->name);
	if (o->lock_fd >= 0) {
		char *lock = recovery_lock_name(o->name);
		if (lock)
			safe_dir_unlock(r->dfd, lock, o->lock_fd);
		else
			close(o->lock_fd);
		free(lock);
	}
	free(o->name);
	recovery_header_fini(&o->header);
	scenario_fini(&o->scn);
	memset(o, 0, sizeof *o);
	o->lock_fd = -1;
}

/* Lets go of every offer still held (their files stay for a later start). */
static void drop_offers(recovery_session *r)
{
	for (size_t i = 0; i < r->n_offers; i++)
		offer_fini(r, &r->offers[i], false);
	free(r->offers);
	r->offers = NULL;
	r->n_offers = r->at = 0;
	r->offering = false;
}

void recovery_session_fini(recovery_session *r)
{
	drop_offers(r);
	drop_lock(r);
	if (r->dfd >= 0)
		close(r->dfd);
	free(r->dir);
	free(r->name);
	free(r->file);
	free(r->lock_name);
	free(r->original);
	free(r->seen_path);
	memset(r, 0, sizeof *r);
	r->dfd = r->lock_fd = -1;
}

/* Removes the file when this session wrote it. */
static bool remove_ours(recovery_session *r)
{
	if (!r->ours || !r->name || r->dfd < 0)
		return true;
	r->ours = false;
	r->attempted = 0;
	int e = safe_dir_remove(r->dfd, r->name);
	if (e)
		say(r, "%s: cannot remove the recovery file: %s", r->file, strerror(e));
	return e == 0;
}

/* This instance's lock, taken before its first file is written, so no other instance ever
 * takes that file for one left behind. */
static bool take_lock(recovery_session *r)
{
	if (r->lock_fd >= 0)
		return true;
	r->lock_fd = safe_dir_lock(r->dfd, r->lock_name);
	if (r->lock_fd < 0)
		say(r, "%s/%s: cannot lock: %s", r->dir, r->lock_name, strerror(errno));
	return r->lock_fd >= 0;
}

bool recovery_session_sync(recovery_session *r, const app *a)
{
	if (!r->dir || r->dir_refused || r->offering)
		return true;
	bool ok = true;
	if (a->saved_version != r->seen_saved || !same_text(a->path, r->seen_path)) {
		ok = remove_ours(r);
		retarget(r, a);
	}
	if (!a->dirty)
		return remove_ours(r) && ok;
	if (!r->name || r->attempted == a->version)
		return ok;
	r->attempted = a->version;
	if (!open_dir(r, true) || !take_lock(r))
		return false;
	diag_list dl;
	diag_list_init(&dl);
	recovery_header h = { r->original, (long long)time(NULL), r->original_hash };
	bool written = recovery_write(r->dfd, r->dir, r->name, &h, &a->cur.scn, &dl);
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
	drop_lock(r);
}

bool recovery_session_holds(const recovery_session *r, const app *a)
{
	return r->name && r->ours && r->attempted == a->version;
}

/* An unusable file is set aside (NAME.bad) so the next start does not ask again, and the
 * status line says why. */
static void set_aside(recovery_session *r, app *a, const char *name, const diag_list *dl)
{
	take_error(r, dl, "unreadable");
	size_t n = strlen(name);
	char *bad = malloc(n + 5);
	bool moved = false;
	if (bad) {
		memcpy(bad, name, n);
		memcpy(bad + n, ".bad", 5);
		moved = safe_dir_rename(r->dfd, name, bad) == 0;
	}
	if (moved)
		app_set_status(a, true, tr(a->lang, "Recovery file not usable (%s); moved to %s"),
			       recovery_session_error(r, a->lang), bad);
	else
		app_set_status(a, true, tr(a->lang, "Recovery file not usable (%s)"),
			       recovery_session_error(r, a->lang));
	free(bad);
}

/* Locks and reads one left-behind file; adds it to the offers when it holds edits. Returns
 * true when the status line says something about it. */
static bool consider(recovery_session *r, app *a, const char *name, uint64_t current)
{
	char *lock = recovery_lock_name(name);
	int fd = lock ? safe_dir_lock(r->dfd, lock) : -1;
	if (fd < 0) {
		free(lock);
		return false;      /* a live instance's (or being offered by one): not ours to touch */
	}
	recovery_offer o = { .lock_fd = fd };
	o.name = strdup(name);
	diag_list dl;
	diag_list_init(&dl);
	recovery_status st = o.name ? recovery_read(r->dfd, r->dir, name, r->original, &a->cur.scn,
						    &o.header, &o.scn, &dl)
				    : RECOVERY_NONE;
	recovery_offer *grown = NULL;
	if (st == RECOVERY_BAD) {
		set_aside(r, a, name, &dl);
		offer_fini(r, &o, false);
	} else if (st != RECOVERY_FOUND || scenario_hash(&o.scn) == current) {
		/* Gone, or nothing there that the file does not already say. */
		offer_fini(r, &o, st == RECOVERY_FOUND);
	} else if (!(grown = realloc(r->offers, (r->n_offers + 1) * sizeof *grown))) {
		offer_fini(r, &o, false);
	} else {
		r->offers = grown;
		r->offers[r->n_offers++] = o;
	}
	diag_list_fini(&dl);
	free(lock);
	return st == RECOVERY_BAD;
}

static int newest_first(const void *x, const void *y)
{
	const recovery_offer *p = x, *q = y;
	if (p->header.time != q->header.time)
		return p->header.time > q->header.time ? -1 : 1;
	return strcmp(p->name, q->name);
}

/* The question about offers[at]. */
static void ask(recovery_session *r, app *a)
{
	const recovery_offer *o = &r->offers[r->at];
	time_t t = (time_t)o->header.time;
	struct tm tm;
	char when[40] = "?";
	if (localtime_r(&t, &tm))
		strftime(when, sizeof when, "%H:%M %d/%m/%Y", &tm);
	bool stale = o->header.original_hash != r->original_hash;
	char label[sizeof a->prompt.label];
	int n = snprintf(label, sizeof label,
			 stale ? tr(a->lang, "File changed since. Restore unsaved edits from %s? (y/n)")
			       : tr(a->lang, "Restore unsaved edits from %s? (y/n)"), when);
	if (r->n_offers > 1 && n > 0 && (size_t)n < sizeof label)
		snprintf(label + n, sizeof label - (size_t)n, " [%zu/%zu]", r->at + 1, r->n_offers);
	app_open_prompt(a, PROMPT_CONFIRM_RESTORE, label, NULL);
	r->offering = true;
}

unsigned recovery_session_offer(recovery_session *r, app *a)
{
	drop_offers(r);
	if (!r->dir)
		return CHANGED_NOTHING;
	if (!open_dir(r, false)) {
		if (!r->dir_refused)
			return CHANGED_NOTHING;    /* no folder yet: nothing was ever kept */
		app_set_status(a, true, tr(a->lang, "Recovery is off: %s"), recovery_session_error(r, a->lang));
		return CHANGED_VIEW;
	}
	char *prefix = recovery_prefix_for(r->original);
	char *dot = prefix ? malloc(strlen(prefix) + 2) : NULL;
	size_t n = 0;
	char **names = NULL;
	if (dot) {
		strcpy(dot, prefix);
		strcat(dot, ".");
		names = safe_dir_names(r->dfd, dot, RECOVERY_EXT, &n);
	}
	free(prefix);
	free(dot);
	uint64_t current = n ? scenario_hash(&a->cur.scn) : 0;
	unsigned bits = CHANGED_NOTHING;
	for (size_t i = 0; i < n; i++)
		if (!same_text(names[i], r->name) && consider(r, a, names[i], current))
			bits = CHANGED_VIEW;
	safe_dir_names_free(names, n);
	if (r->n_offers == 0)
		return bits;
	qsort(r->offers, r->n_offers, sizeof *r->offers, newest_first);
	ask(r, a);
	return CHANGED_VIEW;
}

/* y: the recovered scenario replaces the loaded one as an edit (undo goes back to the file);
 * its file becomes this instance's, so it is still kept while the edits stay unsaved. */
static unsigned restore(recovery_session *r, app *a)
{
	recovery_offer *o = &r->offers[r->at];
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	scenario_fini(&a->cur.scn);
	a->cur.scn = o->scn;
	scenario_init(&o->scn);
	unsigned bits = app_end_edit(a);
	/* The file holds exactly this state, with the time the edits were made. */
	if (r->name && take_lock(r) && safe_dir_rename(r->dfd, o->name, r->name) == 0) {
		r->ours = true;
		r->attempted = a->version;
	}
	offer_fini(r, o, false);
	size_t left = r->n_offers - r->at - 1;
	if (a->cur.ok && left)
		app_set_status(a, false, tr(a->lang, "Unsaved edits restored (not saved yet; u undoes "
					     "them); %zu more kept for the next start"), left);
	else if (a->cur.ok)
		app_set_status(a, false, "%s",
			       tr(a->lang, "Unsaved edits restored (not saved yet; u undoes them)"));
	return bits;
}

unsigned recovery_session_answer(recovery_session *r, app *a, prompt_key key, unsigned long cp)
{
	/* "(y/n)": c is no answer here; Esc leaves the files for a later start. */
	prompt_answer ans = prompt_answer_of(key, cp, false);
	if (ans == ANSWER_NONE || !r->offering)
		return CHANGED_NOTHING;
	prompt_close(&a->prompt);
	r->offering = false;
	unsigned bits = CHANGED_VIEW;
	if (ans == ANSWER_YES) {
		bits |= restore(r, a);
	} else if (ans == ANSWER_NO) {
		offer_fini(r, &r->offers[r->at], true);
		app_set_status(a, false, "%s", tr(a->lang, "Unsaved edits discarded"));
		if (++r->at < r->n_offers) {
			ask(r, a);
			return bits;
		}
	} else {
		app_set_status(a, false, "%s", tr(a->lang, "Unsaved edits kept for the next start"));
	}
	drop_offers(r);
	return bits;
}
