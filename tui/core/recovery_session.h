/* recovery_session.h - the recovery file of the unsaved edits, kept in step with the
 * interface: after every change the unsaved state is in the file and a clean state has
 * none; a save or a discard on purpose removes it; at start the file of the scenario being opened is offered
 * back through a yes/no question. No curses (tui.c calls these from its loop). */
#ifndef VUDONG_RECOVERY_SESSION_H
#define VUDONG_RECOVERY_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "recovery.h"

typedef struct {
	char *dir;                  /* the state directory; NULL = recovery is off */
	char *file;                 /* the current scenario's recovery file; NULL = none */
	char *original;             /* the scenario's absolute path; NULL for the built-in */
	char *seen_path;            /* a->path when `file` was chosen (save-as moves it) */
	unsigned long seen_saved;   /* a->saved_version then (a save makes the file obsolete) */
	uint64_t original_hash;     /* of the original file's bytes when loaded or saved */
	unsigned long attempted;    /* the a->version last written (or tried); 0 = none */
	bool ours;                  /* the file on disk was written by this session */
	bool dir_made;
	bool offering;              /* the restore question is open */
	recovery_header offer_header;
	scenario offer;             /* the recovered scenario while the question is open */
	char error[240];            /* the last failure (a diagnostic, English) */
} recovery_session;

/* Sets recovery up for a's scenario (a->path; NULL = the built-in) in the state directory
 * `dir`, which it takes over (malloc'd; NULL turns recovery off). Touches no file. */
void recovery_session_init(recovery_session *r, char *dir, const app *a);
void recovery_session_fini(recovery_session *r);

/* At start. When the scenario's recovery file exists and differs from a->cur.scn, opens the
 * restore question (PROMPT_CONFIRM_RESTORE) saying when the edits were made and whether the
 * file changed since; the same scenario: the file is removed; an unusable file: it is moved
 * to FILE.bad and the status line says why. Returns CHANGED_* bits. */
unsigned recovery_session_offer(recovery_session *r, app *a);

/* A key while the restore question is open. y: the recovered scenario becomes the current
 * one as one undoable edit (unsaved; the baseline stays the file on disk); n: the recovery
 * file is removed; Esc: it is left for now (the next edit replaces it). Other keys do
 * nothing. Returns CHANGED_* bits. */
unsigned recovery_session_answer(recovery_session *r, app *a, prompt_key key, unsigned long cp);

/* After anything that may have changed a; cheap when nothing did. Writes the file when a
 * has unsaved edits it does not hold yet, removes this session's file when a is clean, and
 * after a save (to any file) starts again for that file. Returns false when a write or a
 * removal just failed (r->error says why; each failure is reported once). */
bool recovery_session_sync(recovery_session *r, const app *a);

/* Quitting while discarding the unsaved edits on purpose: removes this session's file (a
 * file offered at start and left for later stays). */
void recovery_session_discard(recovery_session *r);

/* True when the file on disk holds this session's current unsaved edits. */
bool recovery_session_holds(const recovery_session *r, const app *a);

#endif
