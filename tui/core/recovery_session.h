/* recovery_session.h - this instance's recovery file of the unsaved edits, kept in step with
 * the interface: after every change the unsaved state is in the file (locked while this
 * instance runs) and a clean state has none; a save or a discard on purpose removes it,
 * never another instance's; at start the files of the scenario being opened left by
 * instances no longer running are offered back through a yes/no dialog. No curses (tui.c calls these from its loop). */
#ifndef VUDONG_RECOVERY_SESSION_H
#define VUDONG_RECOVERY_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "recovery.h"

/* A recovery file left by an instance that is no longer running, offered at start. */
typedef struct {
	char *name;                 /* its name in the state folder */
	int lock_fd;                /* its lock, held while it is offered (-1: none) */
	recovery_header header;
	scenario scn;
} recovery_offer;

typedef struct {
	char *dir;                  /* the state directory; NULL = recovery is off */
	int dfd;                    /* the folder opened by safe_dir_open; -1 = not yet */
	bool dir_refused;           /* the folder cannot be trusted: recovery is off */
	long pid;                   /* this instance: its pid and start time (microseconds) */
	long long start;            /* name its files */
	char *name;                 /* this instance's recovery file (in dir); NULL = none */
	char *file;                 /* dir/name, for messages; NULL = none */
	char *lock_name;            /* its lock file, flock'ed from the first write */
	int lock_fd;                /* -1 = not held */
	char *original;             /* the scenario's absolute path; NULL for the built-in */
	char *seen_path;            /* a->path when `name` was chosen (save-as moves it) */
	unsigned long seen_saved;   /* a->saved_version then (a save makes the file obsolete) */
	uint64_t original_hash;     /* of the original file's bytes when loaded or saved */
	unsigned long attempted;    /* the a->version last written (or tried); 0 = none */
	bool ours;                  /* the file on disk was written by this session */
	bool offering;              /* the restore question is open */
	recovery_offer *offers;     /* left-behind files of this scenario, newest first */
	size_t n_offers, at;        /* offers[at] is the one asked about */
	char error[240], error_vi[240]; /* the last failure (a diagnostic), English, Vietnamese */
} recovery_session;

/* The last failure in language l. */
const char *recovery_session_error(const recovery_session *r, lang l);

/* Sets recovery up for a's scenario (a->path; NULL = the built-in) in the state directory
 * `dir`, which it takes over (malloc'd; NULL turns recovery off). Touches no file. */
void recovery_session_init(recovery_session *r, char *dir, const app *a);
void recovery_session_fini(recovery_session *r);

/* At start. Every recovery file of this scenario whose instance is no longer running (its
 * lock is free; a live instance's file is never touched) and that differs from a->cur.scn is
 * locked and offered, newest first, through the restore question (PROMPT_CONFIRM_RESTORE),
 * saying when the edits were made, whether the file changed since and which of how many it
 * is; one the same as the scenario is removed; an unusable one is moved to NAME.bad and the
 * status line says why. A state folder that cannot be trusted turns recovery off with a
 * message on the status line. Returns CHANGED_* bits. */
unsigned recovery_session_offer(recovery_session *r, app *a);

/* A key while the restore question is open. y: the recovered scenario becomes the current
 * one as one undoable edit (unsaved; the baseline stays the file on disk) and its file
 * becomes this instance's; the others left are kept for a later start. n: that file is
 * removed and the next one is asked about. Esc: all are kept for a later start. Other keys
 * do nothing. Returns CHANGED_* bits. */
unsigned recovery_session_answer(recovery_session *r, app *a, prompt_key key, unsigned long cp);

/* After anything that may have changed a; cheap when nothing did. Writes the file when a
 * has unsaved edits it does not hold yet, removes this session's file when a is clean, and
 * after a save (to any file) starts again for that file. Returns false when a write or a
 * removal just failed (r->error says why; each failure is reported once). */
bool recovery_session_sync(recovery_session *r, const app *a);

/* Quitting while discarding the unsaved edits on purpose: removes this session's file (a
 * file offered at start and left for later stays, as does every other instance's). */
void recovery_session_discard(recovery_session *r);

/* True when the file on disk holds this session's current unsaved edits. */
bool recovery_session_holds(const recovery_session *r, const app *a);

#endif
