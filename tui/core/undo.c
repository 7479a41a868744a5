/* undo.c - undo/redo as two stacks of scenario snapshots moved (not copied) between them. */
#include "undo.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	scenario scn;
	unsigned long version;
} snapshot;

typedef struct {
	snapshot *items;
	size_t count, cap;
} snap_stack;

struct undo_stack {
	snap_stack undo, redo;
	size_t limit;
};

static void stack_clear(snap_stack *st)
{
	for (size_t i = 0; i < st->count; i++)
		scenario_fini(&st->items[i].scn);
	st->count = 0;
}

static void stack_fini(snap_stack *st)
{
	stack_clear(st);
	free(st->items);
	st->items = NULL;
	st->cap = 0;
}

/* Makes room for n items in all; false on OOM. */
static bool stack_reserve_n(snap_stack *st, size_t n)
{
	if (n <= st->cap)
		return true;
	size_t cap = st->cap ? st->cap * 2 : 16;
	while (cap < n)
		cap *= 2;
	snapshot *p = realloc(st->items, cap * sizeof *p);
	if (!p)
		return false;
	st->items = p;
	st->cap = cap;
	return true;
}

/* Makes room for one more item. */
static bool stack_reserve(snap_stack *st)
{
	return stack_reserve_n(st, st->count + 1);
}

undo_stack *undo_create(size_t limit)
{
	undo_stack *u = calloc(1, sizeof *u);
	if (!u)
		return NULL;
	u->limit = limit ? limit : 1;
	return u;
}

void undo_destroy(undo_stack *u)
{
	if (!u)
		return;
	stack_fini(&u->undo);
	stack_fini(&u->redo);
	free(u);
}

bool undo_push(undo_stack *u, const scenario *s, unsigned long version)
{
	/* Room on the redo stack for every step too, so undo and redo never allocate. */
	if (!stack_reserve(&u->undo) || !stack_reserve_n(&u->redo, u->undo.count + 1))
		return false;
	snapshot *sn = &u->undo.items[u->undo.count];
	if (!scenario_copy(&sn->scn, s))
		return false;
	sn->version = version;
	u->undo.count++;
	if (u->undo.count > u->limit) {
		scenario_fini(&u->undo.items[0].scn);
		memmove(u->undo.items, u->undo.items + 1, (u->undo.count - 1) * sizeof *u->undo.items);
		u->undo.count--;
	}
	stack_clear(&u->redo);
	return true;
}

void undo_drop(undo_stack *u)
{
	if (u->undo.count == 0)
		return;
	scenario_fini(&u->undo.items[--u->undo.count].scn);
}

/* Moves the top of `from` into *cur and *cur onto `to`. */
static bool move_step(snap_stack *from, snap_stack *to, scenario *cur, unsigned long *version)
{
	if (from->count == 0 || !stack_reserve(to))
		return false;
	snapshot top = from->items[--from->count];
	to->items[to->count].scn = *cur;
	to->items[to->count].version = *version;
	to->count++;
	*cur = top.scn;
	*version = top.version;
	return true;
}

bool undo_undo(undo_stack *u, scenario *cur, unsigned long *version)
{
	return move_step(&u->undo, &u->redo, cur, version);
}

bool undo_redo(undo_stack *u, scenario *cur, unsigned long *version)
{
	return move_step(&u->redo, &u->undo, cur, version);
}

size_t undo_undo_depth(const undo_stack *u)
{
	return u->undo.count;
}

size_t undo_redo_depth(const undo_stack *u)
{
	return u->redo.count;
}

void undo_clear(undo_stack *u)
{
	stack_clear(&u->undo);
	stack_clear(&u->redo);
}
