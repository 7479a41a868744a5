/* id_index.c - the sorted (id, position) index of id_index.h. */
#include "id_index.h"

#include <stdlib.h>
#include <string.h>

static int compare_entries(const void *a, const void *b)
{
	const id_entry *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	return (x->pos > y->pos) - (x->pos < y->pos);
}

bool id_index_build(id_index *x, const void *ctx, size_t n, id_of_fn id_of)
{
	x->e = NULL;
	x->n = 0;
	if (n == 0)
		return true;
	x->e = malloc(n * sizeof *x->e);
	if (!x->e)
		return false;
	for (size_t i = 0; i < n; i++) {
		const char *id = id_of(ctx, i);
		if (id)
			x->e[x->n++] = (id_entry){ .id = id, .pos = i };
	}
	qsort(x->e, x->n, sizeof *x->e, compare_entries);
	return true;
}

void id_index_fini(id_index *x)
{
	if (!x)
		return;
	free(x->e);
	x->e = NULL;
	x->n = 0;
}

long id_index_find(const id_index *x, const char *id)
{
	/* The lower bound: the first entry not below id. */
	size_t lo = 0, hi = x->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(x->e[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n && strcmp(x->e[lo].id, id) == 0 ? (long)x->e[lo].pos : -1;
}

void id_index_first(const id_index *x, size_t *first, size_t n)
{
	for (size_t i = 0; i < n; i++)
		first[i] = i;
	for (size_t i = 1; i < x->n; i++)
		if (strcmp(x->e[i].id, x->e[i - 1].id) == 0)
			first[x->e[i].pos] = first[x->e[i - 1].pos];
}
