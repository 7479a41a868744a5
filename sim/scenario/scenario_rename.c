/* scenario_rename.c - renamed ids written into the loaded text (scenario_rename.h): the text
 * is parsed, each id and reference scalar that names a renamed soil, crop, commune or land
 * unit by its old id is replaced by the new one, in its own quoting. */
#include "scenario_rename.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "yaml_tree.h"

typedef struct {
	size_t off, len;    /* the scalar's bytes in the text */
	const char *id;     /* its new text (an id of the edited scenario) */
	char quote;         /* 0, '\'' or '"' */
} id_edit;

typedef struct {
	const char *t;
	id_edit *ed;
	size_t n, cap;
	bool oom;
} renamer;

/* The new id of the element of an array (n elements of `stride` bytes, id and src_id at
 * those offsets) whose src_id is old, when it was renamed; NULL otherwise. */
static const char *renamed_in(const void *arr, size_t n, size_t stride, size_t id_off,
			      size_t src_off, const char *old)
{
	for (size_t i = 0; i < n; i++) {
		const char *e = (const char *)arr + i * stride;
		if (e[src_off] && strcmp(e + src_off, old) == 0)
			return strcmp(e + id_off, old) != 0 ? e + id_off : NULL;
	}
	return NULL;
}

#define RENAMED(arr, n, type, old) \
	renamed_in(arr, n, sizeof(type), offsetof(type, id), offsetof(type, src_id), old)

static bool any_renamed(const scenario *s)
{
	for (size_t i = 0; i < s->n_soils; i++)
		if (s->soils[i].src_id[0] && strcmp(s->soils[i].src_id, s->soils[i].id) != 0)
			return true;
	for (size_t i = 0; i < s->n_crops; i++)
		if (s->crops[i].src_id[0] && strcmp(s->crops[i].src_id, s->crops[i].id) != 0)
			return true;
	for (size_t i = 0; i < s->n_communes; i++) {
		const commune *c = &s->communes[i];
		if (c->src_id[0] && strcmp(c->src_id, c->id) != 0)
			return true;
		for (size_t j = 0; j < c->n_land; j++)
			if (c->land[j].src_id[0] && strcmp(c->land[j].src_id, c->land[j].id) != 0)
				return true;
	}
	return false;
}

/* The scalar v (an id or a reference) gets the new id `to` when there is one. */
static void rename_scalar(renamer *r, const yt_node *v, const char *to)
{
	if (!to || !v || v->kind != YT_SCALAR)
		return;
	if (r->n == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 16;
		id_edit *e = realloc(r->ed, cap * sizeof *e);
		if (!e) {
			r->oom = true;
			return;
		}
		r->ed = e;
		r->cap = cap;
	}
	size_t end = v->end;
	if (v->style == '|' || v->style == '>')
		while (end > v->start && strchr("\n\r ", r->t[end - 1]))
			end--;
	/* Ids hold no quotes or backslashes: the same quotes serve; a plain `null` would not
	 * read back as an id. */
	char q = v->style == '\'' || v->style == '"' ? v->style : 0;
	if (!q && (strcmp(to, "null") == 0 || strcmp(to, "Null") == 0 || strcmp(to, "NULL") == 0 ||
		   v->style == '|' || v->style == '>'))
		q = '"';
	r->ed[r->n++] = (id_edit){ v->start, end - v->start, to, q };
}

static const char *text_of(const yt_node *map, const char *key)
{
	const yt_node *v = yt_map_get(map, key);
	return v && v->kind == YT_SCALAR && !v->null ? v->text : NULL;
}

/* The value of `key` in map renamed by lookup(old) when it names a renamed thing. */
#define RENAME_KEY(r, map, key, arr, n, type) do { \
		const char *old_ = text_of(map, key); \
		if (old_) \
			rename_scalar(r, yt_map_get(map, key), RENAMED(arr, n, type, old_)); \
	} while (0)

static size_t seq_len(const yt_node *seq)
{
	return seq && seq->kind == YT_SEQ ? seq->len : 0;
}

static const commune *commune_by_src(const scenario *s, const char *old)
{
	for (size_t i = 0; old && i < s->n_communes; i++)
		if (s->communes[i].src_id[0] && strcmp(s->communes[i].src_id, old) == 0)
			return &s->communes[i];
	return NULL;
}

static void rename_commune(renamer *r, const scenario *s, const yt_node *item)
{
	const commune *c = commune_by_src(s, text_of(item, "id"));
	RENAME_KEY(r, item, "id", s->communes, s->n_communes, commune);
	const yt_node *land = yt_map_get(item, "land"), *plan = yt_map_get(item, "plan");
	for (size_t j = 0; j < seq_len(land); j++) {
		const yt_node *lu = land->items[j];
		if (c)
			RENAME_KEY(r, lu, "id", c->land, c->n_land, land_unit);
		RENAME_KEY(r, lu, "soil", s->soils, s->n_soils, soil);
	}
	for (size_t j = 0; j < seq_len(plan); j++) {
		const yt_node *it = plan->items[j];
		RENAME_KEY(r, it, "crop", s->crops, s->n_crops, crop);
		if (c)
			RENAME_KEY(r, it, "land", c->land, c->n_land, land_unit);
	}
}

static void rename_all(renamer *r, const scenario *s, const yt_node *root)
{
	const yt_node *soils = yt_map_get(root, "soils"), *crops = yt_map_get(root, "crops");
	const yt_node *communes = yt_map_get(root, "communes"), *shocks = yt_map_get(root, "shocks");
	for (size_t i = 0; i < seq_len(soils); i++)
		RENAME_KEY(r, soils->items[i], "id", s->soils, s->n_soils, soil);
	for (size_t i = 0; i < seq_len(crops); i++)
		RENAME_KEY(r, crops->items[i], "id", s->crops, s->n_crops, crop);
	for (size_t i = 0; i < seq_len(communes); i++)
		rename_commune(r, s, communes->items[i]);
	for (size_t i = 0; i < seq_len(shocks); i++)
		RENAME_KEY(r, shocks->items[i], "crop", s->crops, s->n_crops, crop);
}

static int edit_cmp(const void *a, const void *b)
{
	const id_edit *x = a, *y = b;
	return x->off < y->off ? -1 : x->off > y->off;
}

static char *apply(renamer *r, size_t len, size_t *out_len)
{
	qsort(r->ed, r->n, sizeof *r->ed, edit_cmp);
	strbuf b;
	strbuf_init(&b);
	size_t at = 0;
	for (size_t i = 0; i < r->n; i++) {
		const id_edit *e = &r->ed[i];
		if (e->off < at)
			continue;   /* the same scalar twice: written once */
		strbuf_append_n(&b, r->t + at, e->off - at);
		if (e->quote)
			strbuf_append_char(&b, e->quote);
		strbuf_append(&b, e->id);
		if (e->quote)
			strbuf_append_char(&b, e->quote);
		at = e->off + e->len;
	}
	strbuf_append_n(&b, r->t + at, len - at);
	if (b.oom) {
		r->oom = true;
		strbuf_fini(&b);
		return NULL;
	}
	return strbuf_release(&b, out_len);
}

char *scenario_rename_text(const scenario *edited, const char *text, size_t len, size_t *out_len,
			   bool *oom)
{
	*oom = false;
	if (!any_renamed(edited))
		return NULL;
	yt_arena *arena = yt_arena_create();
	if (!arena) {
		*oom = true;
		return NULL;
	}
	diag_list quiet;
	diag_list_init(&quiet);
	bool ok;
	const yt_node *root = yt_parse(arena, text, len, 0, "", &quiet, &ok);
	renamer r = { .t = text };
	char *out = NULL;
	if (root && ok && root->kind == YT_MAP && !yt_map_get(root, "extends")) {
		rename_all(&r, edited, root);
		if (!r.oom && r.n > 0)
			out = apply(&r, len, out_len);
	}
	*oom = r.oom || quiet.out_of_memory;
	free(r.ed);
	diag_list_fini(&quiet);
	yt_arena_destroy(arena);
	return out;
}
