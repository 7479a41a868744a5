/* scenario_marks.c - the (address, field) -> mark hash map the loader fills for the checks,
 * and the budget of diagnostics they share. */
#include "scenario_marks.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void mark_map_init(mark_map *m)
{
	memset(m, 0, sizeof *m);
}

void mark_map_fini(mark_map *m)
{
	if (!m)
		return;
	free(m->e);
	mark_map_init(m);
}

static size_t slot_of(const void *addr, const schema_field *f, size_t cap)
{
	/* splitmix64's finaliser: every bit of the (aligned, evenly spaced) addresses reaches
	 * the low bits the table uses. */
	uint64_t h = (uint64_t)(uintptr_t)addr ^ ((uint64_t)(uintptr_t)f * 0x9E3779B97F4A7C15ull);
	h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
	h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
	h ^= h >> 31;
	return (size_t)h & (cap - 1);
}

static mark_entry *find_slot(mark_entry *e, size_t cap, const void *addr, const schema_field *f)
{
	size_t i = slot_of(addr, f, cap);
	while (e[i].addr && !(e[i].addr == addr && e[i].field == f))
		i = (i + 1) & (cap - 1);
	return &e[i];
}

static bool grow(mark_map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 256;
	mark_entry *e = calloc(cap, sizeof *e);
	if (!e)
		return false;
	for (size_t i = 0; i < m->cap; i++)
		if (m->e[i].addr)
			*find_slot(e, cap, m->e[i].addr, m->e[i].field) = m->e[i];
	free(m->e);
	m->e = e;
	m->cap = cap;
	return true;
}

bool mark_map_put(mark_map *m, const void *addr, const schema_field *f, src_mark key,
		  src_mark value, bool bad)
{
	if ((m->n + 1) * 2 > m->cap && !grow(m))
		return false;
	mark_entry *e = find_slot(m->e, m->cap, addr, f);
	if (!e->addr)
		m->n++;
	*e = (mark_entry){ .addr = addr, .field = f, .key = key, .value = value, .bad = bad };
	return true;
}

const mark_entry *mark_map_get(const mark_map *m, const void *addr, const schema_field *f)
{
	if (!m || !m->cap)
		return NULL;
	const mark_entry *e = find_slot(m->e, m->cap, addr, f);
	return e->addr ? e : NULL;
}

void diag_budget_init(diag_budget *b, const diag_list *dl)
{
	b->start = dl->count;
	b->spent = false;
}

bool diag_budget_take(diag_budget *b, diag_list *dl, const char *file, int line, int col)
{
	if (b->spent)
		return false;
	if (dl->count - b->start < SCENARIO_MAX_DIAGS)
		return true;
	b->spent = true;
	diag_add(dl, DIAG_ERROR, file, line, col,
		 "too many problems (more than %d); this one and the rest are not listed",
		 SCENARIO_MAX_DIAGS);
	return false;
}
