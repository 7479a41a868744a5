/* undo.h - the undo and redo history of the scenario being edited: whole-scenario snapshots
 * (deep copies), each tagged with the version number it had, so the interface can tell
 * whether the state after an undo is the one last saved. Pure; no curses. */
#ifndef VUDONG_UNDO_H
#define VUDONG_UNDO_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"

typedef struct undo_stack undo_stack;

/* A history keeping at most `limit` undo steps (the oldest are dropped); NULL on OOM. */
undo_stack *undo_create(size_t limit);
void undo_destroy(undo_stack *u);          /* NULL is a no-op */

/* Before an edit: stores a deep copy of s with its version and forgets the redo steps.
 * Returns false on out of memory (the history is then unchanged). */
bool undo_push(undo_stack *u, const scenario *s, unsigned long version);
/* Drops the newest undo step without applying it (an edit that was begun and abandoned). */
void undo_drop(undo_stack *u);
/* Undo: *cur becomes the newest snapshot and *version its version; the state *cur had goes
 * on the redo stack. No copying, so it cannot fail once a step exists. False when there is
 * nothing to undo. */
bool undo_undo(undo_stack *u, scenario *cur, unsigned long *version);
/* The reverse of undo_undo. False when there is nothing to redo. */
bool undo_redo(undo_stack *u, scenario *cur, unsigned long *version);
size_t undo_undo_depth(const undo_stack *u);
size_t undo_redo_depth(const undo_stack *u);
void undo_clear(undo_stack *u);

#endif
