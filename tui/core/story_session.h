/* story_session.h - a guided story being told: which step is shown, the actions of that step
 * still to play (keys one by one, a little apart, so the room sees them), the state after
 * every step that was reached (so ← restores it exactly) and the state before the first
 * (R starts again from it). The keys are fed back through the loop's own input handling
 * (a feed function), so they do exactly what the trainer's keys would do. No curses. */
#ifndef VUDONG_STORY_SESSION_H
#define VUDONG_STORY_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "story.h"

#define STORY_KEY_MS 350.0    /* between two keys of a step */

/* Feeds one story key (a printable character or STORY_KEY_*) to the program as if typed;
 * returns CHANGED_* bits. */
typedef unsigned (*story_feed_fn)(app *a, int code);

typedef struct story_session story_session;

/* NULL on out of memory. */
story_session *story_session_create(void);
void story_session_destroy(story_session *ss);   /* NULL is a no-op */

/* Starts telling st (taken over, even on failure) on a's current state: checks it against
 * the scenario (errors in dl, nothing started), keeps the state as the start and begins the
 * first step. */
bool story_session_start(story_session *ss, app *a, story *st, diag_list *dl);
bool story_session_active(const story_session *ss);
/* True while the shown step still has actions to play. */
bool story_session_playing(const story_session *ss);
/* Plays what is due at now_ms (a key, or every `set` up to the next key); returns CHANGED_*. */
unsigned story_session_tick(story_session *ss, app *a, double now_ms, story_feed_fn feed);
/* Space/→: finishes the shown step at once, then begins the next (the last step stays). */
unsigned story_session_next(story_session *ss, app *a, double now_ms, story_feed_fn feed);
/* ←: the previous step's state exactly as it was reached (nothing replayed). */
unsigned story_session_back(story_session *ss, app *a);
/* R: the state before the first step, then the first step again. */
unsigned story_session_reset(story_session *ss, app *a, double now_ms);
/* Esc: the trainer takes over here; the state stays. */
unsigned story_session_stop(story_session *ss, app *a);

/* The shown step (0-based), the number of steps, its caption in language l. */
size_t story_session_step(const story_session *ss);
size_t story_session_steps(const story_session *ss);
const char *story_session_caption(const story_session *ss, lang l);

/* Splits text into at most max_lines lines of at most `width` columns at spaces (a word
 * longer than a line is cut); out[i] get NUL-terminated UTF-8 of up to `size` bytes.
 * Returns the lines used; *cut is set when the text did not fit. */
int story_wrap(const char *text, int width, char (*out)[STORY_CAPTION_MAX], int max_lines,
	       bool *cut);

#endif
