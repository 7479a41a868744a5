/* id_index.h - finding items by id in lists of any length in O(log n): a sorted array of
 * (id, position) pairs. The loader resolves references and merges `extends:` lists with it,
 * the checks find repeated ids with it, so a hostile file with 100,000 items costs
 * milliseconds, not minutes (DESIGN §8: never a hang). */
#ifndef VUDONG_ID_INDEX_H
#define VUDONG_ID_INDEX_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
	const char *id;      /* borrowed from the list */
	size_t pos;          /* the item's place in the list */
} id_entry;

typedef struct {
	id_entry *e;         /* sorted by id, then pos; owned */
	size_t n;
} id_index;

/* The id of item i of the list ctx, or NULL to leave the item out. */
typedef const char *(*id_of_fn)(const void *ctx, size_t i);

/* Indexes items 0..n-1 of ctx. The ids must stay valid while the index is used. Returns
 * false on out of memory (then x is empty). */
bool id_index_build(id_index *x, const void *ctx, size_t n, id_of_fn id_of);
void id_index_fini(id_index *x);                  /* NULL or empty is a no-op */
/* The first (lowest) position with this id, or -1. */
long id_index_find(const id_index *x, const char *id);
/* For each item with an id written earlier in the list: first[pos] = the position of the
 * first item with that id; else first[pos] = pos. first has room for n entries (the n
 * given to build); items left out of the index keep first[pos] = pos. */
void id_index_first(const id_index *x, size_t *first, size_t n);

#endif
