/* scenario_merge.c - `extends:` on the YAML trees (DESIGN §4): the extending file's tree is
 * laid over its base's, mappings key by key, lists of items that all carry an `id` item by
 * item, other values replaced; the schema tells which keys form exclusive groups. */
#include "scenario_merge.h"

#include <string.h>

#include "id_index.h"
#include "schema.h"

static const char *item_id(const yt_node *n)
{
	if (n->kind != YT_MAP)
		return NULL;
	const yt_node *id = yt_map_get(n, "id");
	return id && id->kind == YT_SCALAR && !id->null ? id->text : NULL;
}

static const char *seq_item_id(const void *seq, size_t i)
{
	return item_id(((const yt_node *)seq)->items[i]);
}

/* `remove: true` in an item of an extending file: the base's item of that id is dropped. */
static bool is_removal(const yt_node *item)
{
	const yt_node *r = yt_map_get(item, "remove");
	return r && r->kind == YT_SCALAR && r->plain && strcmp(r->text, "true") == 0;
}

static bool all_have_ids(const yt_node *seq)
{
	for (size_t i = 0; i < seq->len; i++)
		if (!item_id(seq->items[i]))
			return false;
	return true;
}

static yt_node *merge_node(yt_arena *a, const char *object, yt_node *base, yt_node *over,
			   bool *ok);

static void merge_map(yt_arena *a, const char *object, yt_node *base, yt_node *over, bool *ok)
{
	for (size_t i = 0; i < over->len; i++) {
		yt_pair *p = &over->pairs[i];
		if (strcmp(p->key->text, "extends") == 0 && object && strcmp(object, "scenario") == 0)
			continue;
		const schema_field *f = object ? schema_find(object, p->key->text) : NULL;
		if (f && f->group) {
			/* The extending file's choice in an exclusive group replaces the base's. */
			for (size_t j = 0; j < base->len;) {
				const schema_field *g = schema_find(object, base->pairs[j].key->text);
				if (g && g != f && g->group && strcmp(g->group, f->group) == 0)
					yt_map_remove(base, base->pairs[j].key->text);
				else
					j++;
			}
		}
		yt_pair *bp = yt_map_pair(base, p->key->text);
		if (!bp) {
			if (!yt_map_append(a, base, p->key, p->value))
				*ok = false;
			continue;
		}
		bp->value = merge_node(a, schema_child_object(object, p->key->text), bp->value, p->value, ok);
		bp->key = p->key;
	}
}

static yt_node *merge_node(yt_arena *a, const char *object, yt_node *base, yt_node *over,
			   bool *ok)
{
	if (base->kind == YT_MAP && over->kind == YT_MAP) {
		merge_map(a, object, base, over, ok);
		return base;
	}
	if (base->kind == YT_SEQ && over->kind == YT_SEQ && base->len && over->len &&
	    all_have_ids(base) && all_have_ids(over)) {
		/* Items of the base by id; items the extending file adds are appended. */
		id_index x;
		if (!id_index_build(&x, base, base->len, seq_item_id)) {
			*ok = false;
			return base;
		}
		bool removed = false;
		for (size_t i = 0; i < over->len; i++) {
			long j = id_index_find(&x, item_id(over->items[i]));
			if (is_removal(over->items[i])) {
				/* Marked now, dropped below: the index stays valid meanwhile. */
				if (j >= 0) {
					base->items[j] = NULL;
					removed = true;
				}
			} else if (j >= 0 && base->items[j]) {
				merge_map(a, object, base->items[j], over->items[i], ok);
			} else if (j < 0 && !yt_seq_append(a, base, over->items[i])) {
				*ok = false;
			}
		}
		id_index_fini(&x);
		if (removed) {
			size_t n = 0;
			for (size_t i = 0; i < base->len; i++)
				if (base->items[i])
					base->items[n++] = base->items[i];
			base->len = n;
		}
		return base;
	}
	return over;
}

bool scenario_merge(yt_arena *a, yt_node *base, yt_node *over)
{
	bool ok = true;
	merge_map(a, "scenario", base, over, &ok);
	return ok;
}
