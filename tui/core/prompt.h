/* prompt.h - the one-line editor behind the status-line prompt: UTF-8 aware insert,
 * backspace, delete, cursor moves, and the horizontal window shown at a given width; and
 * the answer a key gives to a yes/no question. Pure functions on prompt_state (app.h); no
 * curses. */
#ifndef VUDONG_PROMPT_H
#define VUDONG_PROMPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "app.h"

typedef enum { PROMPT_CONTINUE, PROMPT_ACCEPT, PROMPT_CANCEL } prompt_result;

/* Opens the prompt: label (already translated, cut to fit), initial text (NULL = empty; cut
 * at a code point boundary to fit), cursor at the end. */
void prompt_open(prompt_state *p, prompt_kind kind, const char *label, const char *initial);
void prompt_close(prompt_state *p);

/* Inserts one code point at the cursor; false (and nothing changes) when it is not a
 * printable character or the line is full. */
bool prompt_insert(prompt_state *p, uint32_t cp);
/* Removes the whole code point before / at the cursor. */
void prompt_backspace(prompt_state *p);
void prompt_delete(prompt_state *p);
void prompt_left(prompt_state *p);
void prompt_right(prompt_state *p);
void prompt_home(prompt_state *p);
void prompt_end(prompt_state *p);
/* Clears the whole line. */
void prompt_kill(prompt_state *p);

/* Applies one key: edits, or reports that Enter accepted / Esc cancelled the line. */
prompt_result prompt_edit(prompt_state *p, prompt_key key, uint32_t cp);

/* The answer a key gives to a yes/no question (the quit, replace and restore questions). */
typedef enum { ANSWER_NONE, ANSWER_YES, ANSWER_NO, ANSWER_CANCEL } prompt_answer;

/* y or Y: yes; n or N: no; Esc: cancel, and c or C too when `c_cancels` (the questions that
 * say "(c)ancel"); any other key: ANSWER_NONE, the question stays open. */
prompt_answer prompt_answer_of(prompt_key key, unsigned long cp, bool c_cancels);

/* Which part of the text to show in `cols` columns so the cursor is visible: the byte
 * offset of the first code point shown and the cursor's column relative to it. */
void prompt_view(const prompt_state *p, int cols, size_t *start, int *cursor_col);

#endif
