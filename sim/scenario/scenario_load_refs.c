/* scenario_load_refs.c - references by id (a plan item's crop and land unit, a land unit's
 * soil, a price shock's crop): remembered while loading, resolved to indexes once every
 * list is loaded (through sorted indexes: lists of any length). A crop or soil may also be
 * given by its name ("Bắp cải", "bap cai"), or its id in other capitals, where that names
 * one item only; an unknown id is an error with the nearest id (or the id of the nearest
 * name) as a hint. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "id_index.h"
#include "schema.h"
#include "text_fold.h"
#include "scenario_load_impl.h"
#include "scenario_refs.h"

bool load_ref_add(load_ctx *c, const schema_field *f, const yt_node *v, int *dst)
{
	if (c->n_refs == c->cap_refs) {
		size_t cap = c->cap_refs ? c->cap_refs * 2 : 64;
		pending_ref *r = realloc(c->refs, cap * sizeof *r);
		if (!r) {
			load_oom(c);
			return false;
		}
		c->refs = r;
		c->cap_refs = cap;
	}
	c->refs[c->n_refs++] = (pending_ref){ .dst = dst, .id = v->text, .target = f->child,
					      .scope = c->cur_commune, .mark = load_mark(v) };
	return true;
}

/* The list a reference points into. */
typedef struct {
	const scenario *s;
	const commune *scope;
	const char *target;
} ref_list;

static const char *ref_list_id(const void *ctx, size_t i)
{
	const ref_list *l = ctx;
	return scenario_ref_id(l->s, l->scope, l->target, i);
}

static size_t ref_list_len(const ref_list *l)
{
	if (strcmp(l->target, "crop") == 0)
		return l->s->n_crops;
	if (strcmp(l->target, "soil") == 0)
		return l->s->n_soils;
	return l->scope ? l->scope->n_land : 0;
}

/* An index of one list, built when first needed (land: again for each commune). */
typedef struct {
	ref_list list;
	id_index index;
	bool built;
} ref_lookup;

static bool lookup_prepare(ref_lookup *lk, const scenario *s, const commune *scope,
			   const char *target)
{
	if (lk->built && lk->list.scope == scope)
		return true;
	id_index_fini(&lk->index);
	lk->list = (ref_list){ .s = s, .scope = scope, .target = target };
	lk->built = id_index_build(&lk->index, &lk->list, ref_list_len(&lk->list), ref_list_id);
	return lk->built;
}

/* The item whose name (or id) is `text` once both are folded (text_fold.h): its index, -1
 * when none is, -2 when several are (their ids then in `ids`). */
static int find_by_name(const scenario *s, const commune *scope, const char *target,
			const char *text, char *ids, size_t size)
{
	int found = -1;
	size_t n = 0;
	ids[0] = 0;
	const char *name, *id;
	for (size_t i = 0; (id = scenario_ref_id(s, scope, target, i)) != NULL; i++) {
		name = scenario_ref_name(s, scope, target, i);
		if (!text_fold_equal(id, text) && !(name && name[0] && text_fold_equal(name, text)))
			continue;
		if (n < size)
			n += (size_t)snprintf(ids + n, size - n, "%s%s", found == -1 ? "" : ", ", id);
		found = found == -1 ? (int)i : -2;
	}
	return found;
}

/* The id of the item whose folded name is nearest to text's (edit distance at most 2). */
static const char *nearest_by_name(const scenario *s, const commune *scope, const char *target,
				   const char *text)
{
	char want[SCN_NAME_MAX * 2], have[SCN_NAME_MAX * 2];
	text_fold(text, want, sizeof want);
	const char *best = NULL, *id;
	int best_d = 3;
	for (size_t i = 0; (id = scenario_ref_id(s, scope, target, i)) != NULL; i++) {
		const char *name = scenario_ref_name(s, scope, target, i);
		if (!name || !name[0])
			continue;
		int d = schema_edit_distance(want, text_fold(name, have, sizeof have), 2);
		if (d < best_d) {
			best_d = d;
			best = id;
		}
	}
	return best;
}

static void report_unknown(load_ctx *c, const pending_ref *r)
{
	const scenario *s = c->s;
	const char *file = scenario_mark_file(s, r->mark);
	if (!diag_budget_take(&c->budget, c->dl, file, r->mark.line, r->mark.col))
		return;
	const char *what = strcmp(r->target, "land") == 0 ? "land unit" : r->target;
	const char *best = NULL, *id;
	int best_d = 3;
	size_t known = 0, ln = 0;
	char list[256] = "";
	for (size_t k = 0; (id = scenario_ref_id(s, r->scope, r->target, k)) != NULL; k++) {
		if (!id[0])
			continue;
		int d = schema_edit_distance(r->id, id, 2);
		if (d < best_d) {
			best_d = d;
			best = id;
		}
		if (ln + strlen(id) + 8 < sizeof list) {
			ln += (size_t)snprintf(list + ln, sizeof list - ln, "%s%s", known ? ", " : "", id);
			known++;
		}
	}
	if (!best)
		best = nearest_by_name(s, r->scope, r->target, r->id);
	/* " in commune 'c'" for a land unit: the commune's id is the file's, quoted */
	bool in = r->scope && strcmp(r->target, "land") == 0;
	const char *scope = in ? r->scope->id : "";
	int l = r->mark.line, col = r->mark.col;
	if (best)
		diag_add(c->dl, DIAG_ERROR, file, l, col,
			 in ? "unknown %s '%s' in commune '%s'; did you mean `%s`?"
			    : "unknown %s '%s'%s; did you mean `%s`?", what, r->id, scope, best);
	else if (known)
		diag_add(c->dl, DIAG_ERROR, file, l, col,
			 in ? "unknown %s '%s' in commune '%s' (known: %s)" : "unknown %s '%s'%s (known: %s)",
			 what, r->id, scope, list);
	else
		diag_add(c->dl, DIAG_ERROR, file, l, col,
			 in ? "unknown %s '%s' in commune '%s' (none is defined)"
			    : "unknown %s '%s'%s (none is defined)", what, r->id, scope);
}

void load_refs_resolve(load_ctx *c)
{
	static const char *const targets[3] = { "crop", "soil", "land" };
	ref_lookup lk[3] = { 0 };
	for (size_t i = 0; i < c->n_refs && !c->oom && !c->budget.spent; i++) {
		pending_ref *r = &c->refs[i];
		int t = strcmp(r->target, "crop") == 0 ? 0 : strcmp(r->target, "soil") == 0 ? 1 : 2;
		if (!lookup_prepare(&lk[t], c->s, t == 2 ? r->scope : NULL, targets[t])) {
			load_oom(c);
			break;
		}
		*r->dst = (int)id_index_find(&lk[t].index, r->id);
		if (*r->dst >= 0)
			continue;
		char ids[160];
		int by_name = find_by_name(c->s, t == 2 ? r->scope : NULL, targets[t], r->id, ids,
					   sizeof ids);
		if (by_name >= 0) {
			*r->dst = by_name;
			continue;
		}
		if (by_name == -2) {
			const char *file = scenario_mark_file(c->s, r->mark);
			const char *what = t == 0 ? "crop" : t == 1 ? "soil" : "land unit";
			if (diag_budget_take(&c->budget, c->dl, file, r->mark.line, r->mark.col))
				diag_add(c->dl, DIAG_ERROR, file, r->mark.line, r->mark.col,
					 "'%s' names more than one %s (%s); write the id of the one you mean",
					 r->id, what, ids);
		} else {
			report_unknown(c, r);
		}
		/* Let the checks skip what depends on it. */
		load_record(c, r->dst, NULL, NULL, NULL, true);
	}
	for (int t = 0; t < 3; t++)
		id_index_fini(&lk[t].index);
}
