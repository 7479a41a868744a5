/* scenario_load_object.c - a YAML mapping into a struct, driven by the schema table
 * (DESIGN §4): each key found in the object's fields (unknown keys reported with a hint),
 * exclusive groups (at most one of their keys; required groups exactly one), required keys,
 * shock keys that apply only to some kinds, and the structured values: nested objects,
 * lists of objects, the twelve monthly normals, irrigation, lists of four numbers. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_load_impl.h"

#define MAX_OBJECT_FIELDS 32

/* How messages name an item: its title ("crop", "the scenario": a phrase the catalogue
 * translates) and its id as the file wrote it (NULL when it has none). */
typedef struct {
	const char *title, *id;
} item_name;

static item_name item_name_of(const char *object, const yt_node *map)
{
	const schema_object *o = schema_find_object(object);
	item_name n = { .title = o ? o->title : object };
	const yt_node *id = yt_map_get(map, strcmp(object, "sector") == 0 ? "name" : "id");
	if (strcmp(object, "daily") == 0)
		id = yt_map_get(map, "date");
	if (id && id->kind == YT_SCALAR && !id->null && id->len < 64)
		n.id = id->text;
	else if (strcmp(object, "scenario") == 0)
		n.title = "the scenario";
	return n;
}

/* The mark of a list item's struct, where it has one. */
static src_mark *item_mark(const char *object, void *item)
{
	if (strcmp(object, "soil") == 0) return &((soil *)item)->mark;
	if (strcmp(object, "crop") == 0) return &((crop *)item)->mark;
	if (strcmp(object, "commune") == 0) return &((commune *)item)->mark;
	if (strcmp(object, "land") == 0) return &((land_unit *)item)->mark;
	if (strcmp(object, "plan") == 0) return &((plan_item *)item)->mark;
	if (strcmp(object, "sector") == 0) return &((sector *)item)->mark;
	if (strcmp(object, "shock") == 0) return &((shock *)item)->mark;
	if (strcmp(object, "daily") == 0) return &((weather_obs *)item)->mark;
	if (strcmp(object, "normal") == 0) return &((weather_normal *)item)->mark;
	return NULL;
}

/* Whether item n of list `key` is a mapping; reported when not. */
static bool item_is_map(load_ctx *c, const char *key, const yt_node *n)
{
	char d[64];
	if (n->kind == YT_MAP)
		return true;
	if (!n->poisoned)
		load_error_at(c, n, "each item of '%s' must be a mapping, not %s", key,
			      yt_describe(n, d, sizeof d));
	return false;
}

static bool load_list(load_ctx *c, const schema_field *f, const yt_node *v, void *base)
{
	if (!load_need(c, f, v, YT_SEQ, "a list"))
		return false;
	void **ptr = (void **)((char *)base + f->offset);
	size_t *count = (size_t *)((char *)base + f->count_offset);
	char *items = NULL;
	if (v->len) {
		items = calloc(v->len, f->size);
		if (!items) {
			load_oom(c);
			return false;
		}
	}
	*ptr = items;
	*count = v->len;
	bool ok = true;
	commune *outer = c->cur_commune;
	/* Past the problem budget the load has failed and nothing more is listed: stop. */
	for (size_t i = 0; i < v->len && !c->budget.spent; i++) {
		void *item = items + i * f->size;
		schema_apply_defaults(f->child, item);
		const yt_node *n = v->items[i];
		src_mark *m = item_mark(f->child, item);
		if (m)
			*m = load_mark(n);
		if (!item_is_map(c, f->key, n)) {
			ok = false;
			continue;
		}
		if (strcmp(f->child, "commune") == 0)
			c->cur_commune = item;
		load_object(c, f->child, n, item);
	}
	c->cur_commune = outer;
	return ok;
}

/* The month an item of `normals` gives, when it is valid; else 0. */
static int normal_month(const yt_node *n)
{
	const yt_node *mn = yt_map_get(n, "month");
	double d;
	if (mn && mn->kind == YT_SCALAR && mn->plain &&
	    schema_parse_number(mn->text, mn->len, &d) == NUM_OK && d >= 1 && d <= 12 && d == floor(d))
		return (int)d;
	return 0;
}

static bool load_normals(load_ctx *c, const schema_field *f, const yt_node *v, void *base)
{
	if (!load_need(c, f, v, YT_SEQ, "a list"))
		return false;
	weather_normal *slots = (weather_normal *)((char *)base + f->offset);
	memset(slots, 0, 12 * sizeof *slots);
	for (size_t i = 0; i < v->len; i++) {
		const yt_node *n = v->items[i];
		if (!item_is_map(c, f->key, n))
			continue;
		/* A month's slot is its place in the array; a repeated or bad month is still
		 * read (into tmp) so all of its problems are reported. */
		int month = normal_month(n);
		weather_normal tmp, *dst = &tmp;
		if (month && slots[month - 1].month)
			load_error_at(c, yt_map_get(n, "month"), "month %d given twice (first at %d:%d)",
				      month, slots[month - 1].mark.line, slots[month - 1].mark.col);
		else if (month)
			dst = &slots[month - 1];
		memset(dst, 0, sizeof *dst);
		schema_apply_defaults("normal", dst);
		dst->mark = load_mark(n);
		load_object(c, "normal", n, dst);
	}
	return true;
}

static bool load_irrigation(load_ctx *c, const schema_field *f, const yt_node *v, void *base)
{
	irrigation *irr = (irrigation *)((char *)base + f->offset);
	char d[64];
	if (v->poisoned)
		return false;
	if (v->kind == YT_SCALAR && !v->null) {
		if (strcmp(v->text, "none") == 0) {
			irr->mode = IRRIGATION_NONE;
			return true;
		}
		if (strcmp(v->text, "auto") == 0) {
			irr->mode = IRRIGATION_AUTO;
			return true;
		}
	}
	if (v->kind == YT_MAP) {
		irr->mode = IRRIGATION_SCHEDULE;
		load_object(c, "irrigation", v, irr);
		return true;
	}
	load_error_at(c, v, "'irrigation' must be none, auto or a mapping {interval_days: N, depth_mm: X}, not %s",
		      yt_describe(v, d, sizeof d));
	return false;
}

/* A list of n numbers (SF_NUMBERS4: the four FAO-56 stages; SF_STAGES5: the five cold stages). */
static bool load_numbers(load_ctx *c, const schema_field *f, const yt_node *v, double *dst)
{
	bool cold = f->type == SF_STAGES5;
	size_t n = cold ? COLD_STAGES : 4;
	if (!load_need(c, f, v, YT_SEQ, "a list"))
		return false;
	if (v->len != n) {
		load_error_at(c, v, cold ? "'%s' needs 5 values (emergence, early growth, flowering / tuber initiation, bulking, maturity), not %zu"
					 : "'%s' needs 4 values (initial, development, mid-season, late), not %zu",
			      f->key, v->len);
		return false;
	}
	bool ok = true;
	for (size_t i = 0; i < n; i++) {
		double d;
		if (load_number(c, f, v->items[i], &d))
			dst[i] = d;
		else
			ok = false;
	}
	return ok;
}

/* A list of choices into bits; an unknown or repeated choice is an error at that item. */
static bool load_flags(load_ctx *c, const schema_field *f, const yt_node *v, unsigned *dst)
{
	if (!load_need(c, f, v, YT_SEQ, "a list"))
		return false;
	bool ok = true;
	unsigned bits = 0;
	for (size_t i = 0; i < v->len; i++) {
		const yt_node *it = v->items[i];
		int k = it->kind == YT_SCALAR ? schema_choice_index(f->choices, it->text) : -1;
		if (k < 0) {
			char list[200];
			snprintf(list, sizeof list, "%s", f->choices);
			for (char *q = list; *q; q++)
				if (*q == '|')
					*q = ' ';
			load_error_at(c, it, "'%s' must list some of: %s; not '%.40s'", f->key, list,
				      it->kind == YT_SCALAR ? it->text : "a mapping or list");
			ok = false;
		} else if (bits & (1u << k)) {
			load_error_at(c, it, "'%s' lists '%s' twice", f->key, it->text);
			ok = false;
		} else {
			bits |= 1u << k;
		}
	}
	if (ok)
		*dst = bits;
	return ok;
}

/* A reference: an id, or the name of the item (scenario_load_refs.c resolves either). */
static bool load_ref_text(load_ctx *c, const schema_field *f, const yt_node *v)
{
	if (!load_need(c, f, v, YT_SCALAR, "an id"))
		return false;
	if (v->len == 0) {
		load_error_at(c, v, "'%s' must not be empty", f->key);
		return false;
	}
	if (strlen(v->text) != v->len) {
		load_error_at(c, v, "'%s' must not contain a NUL character", f->key);
		return false;
	}
	if (v->len >= SCN_NAME_MAX) {
		load_error_at(c, v, "'%s' is longer than %d characters", f->key, SCN_NAME_MAX - 1);
		return false;
	}
	return true;
}

/* Loads one value into the struct at base; returns false when it was reported as bad. */
static bool load_value(load_ctx *c, const schema_field *f, const yt_node *v, void *base)
{
	char *p = (char *)base + f->offset;
	switch (f->type) {
	case SF_REF:
		return load_ref_text(c, f, v) && load_ref_add(c, f, v, (int *)p);
	case SF_NUMBERS4:
	case SF_STAGES5:
		return load_numbers(c, f, v, (double *)p);
	case SF_FLAGS:
		return load_flags(c, f, v, (unsigned *)p);
	case SF_OBJECT:
		if (!load_need(c, f, v, YT_MAP, "a mapping"))
			return false;
		load_object(c, f->child, v, p);
		return true;
	case SF_LIST:
		return load_list(c, f, v, base);
	case SF_NORMALS:
		return load_normals(c, f, v, base);
	case SF_IRRIGATION:
		return load_irrigation(c, f, v, base);
	default:
		return load_scalar(c, f, v, p);
	}
}

static void unknown_key(load_ctx *c, const char *object, const yt_node *key)
{
	/* "at the top level" or "in <the object's title>" (a phrase the catalogue translates) */
	const schema_object *o = schema_find_object(object);
	bool top = strcmp(object, "scenario") == 0;
	const char *title = top ? "" : o ? o->title : object;
	const char *hint = schema_suggest_key(object, key->text);
	size_t digits = strspn(key->text, "0123456789");
	if (key->len > 0 && digits == key->len)
		load_error_at(c, key, top ? "unknown key '%.60s' at the top level%s: the decimals of a number written with a decimal comma? Inside { } a comma ends the value; YAML numbers use a point (1.5, not 1,5)"
					  : "unknown key '%.60s' in %s: the decimals of a number written with a decimal comma? Inside { } a comma ends the value; YAML numbers use a point (1.5, not 1,5)",
			      key->text, title);
	else if (hint)
		load_error_at(c, key, top ? "unknown key '%.60s' at the top level%s; did you mean `%s`?"
					  : "unknown key '%.60s' in %s; did you mean `%s`?", key->text, title, hint);
	else
		load_error_at(c, key, top ? "unknown key '%.60s' at the top level%s" : "unknown key '%.60s' in %s",
			      key->text, title);
}

/* An object's fields and the pairs of the mapping that give them. */
typedef struct {
	const char *object;
	const schema_field *fields;
	size_t count;
	const yt_pair *given[MAX_OBJECT_FIELDS];
} object_keys;

/* Matches the mapping's keys to the object's fields; unknown keys are reported. */
static void match_keys(load_ctx *c, object_keys *k, const yt_node *map)
{
	size_t first = 0, count = 0;
	for (size_t i = 0; i < schema_n_fields; i++)
		if (strcmp(schema_fields[i].object, k->object) == 0) {
			if (!count)
				first = i;
			count++;
		}
	k->fields = &schema_fields[first];
	k->count = count < MAX_OBJECT_FIELDS ? count : MAX_OBJECT_FIELDS;
	memset(k->given, 0, sizeof k->given);
	for (size_t i = 0; i < map->len; i++) {
		const yt_pair *p = &map->pairs[i];
		size_t j;
		for (j = 0; j < k->count; j++)
			if (strcmp(k->fields[j].key, p->key->text) == 0)
				break;
		if (j == k->count)
			unknown_key(c, k->object, p->key);
		else
			k->given[j] = p;
	}
}

/* Exclusive groups: when two of a group's keys are given, both are reported as bad and
 * neither is used (the checks then skip what depends on them). */
static void drop_conflicts(load_ctx *c, object_keys *k, void *base)
{
	bool conflict[MAX_OBJECT_FIELDS] = { false };
	const schema_field *fields = k->fields;
	for (size_t i = 0; i < k->count; i++) {
		if (!fields[i].group || !k->given[i])
			continue;
		for (size_t j = 0; j < k->count; j++) {
			if (j == i || !k->given[j] || !fields[j].group ||
			    strcmp(fields[j].group, fields[i].group))
				continue;
			const yt_node *a = k->given[i]->key, *b = k->given[j]->key;
			bool b_later = b->file != a->file ? b->file < a->file :
				       (b->line > a->line || (b->line == a->line && b->col > a->col));
			if (!b_later)
				continue;
			const schema_group *g = schema_find_group(k->object, fields[i].group);
			load_error_at(c, b, "%s given twice: '%s' and '%s' (first at %d:%d); give only one",
				      g ? g->name : fields[i].group, b->text, a->text, a->line, a->col);
			load_record(c, (char *)base + fields[j].offset, &fields[j], b, k->given[j]->value, true);
			load_record(c, (char *)base + fields[i].offset, &fields[i], a, k->given[i]->value, true);
			k->given[j] = NULL;
			conflict[i] = true;
		}
	}
	for (size_t i = 0; i < k->count; i++)
		if (conflict[i])
			k->given[i] = NULL;
}

static void missing_key(load_ctx *c, const schema_field *f, const yt_node *map,
			const char *kind, item_name name)
{
	if (f->kinds)
		load_error_at(c, map, "%s shock is missing required key '%s'", kind, f->key);
	else if (f->type == SF_FORMAT)
		load_error_at(c, map, "the scenario is missing required key 'format' (write `format: vudong/1` first)");
	else
		load_error_at(c, map, name.id ? "%s '%s' is missing required key '%s'"
					      : "%s is missing required key '%s'%s", name.title,
			      name.id ? name.id : f->key, name.id ? f->key : "");
}

/* Whether a missing key is an error: in a weather-only load the scenario's soils, crops and
 * communes may be left out (scenario_load.h). */
static bool required_here(const load_ctx *c, const char *object, const schema_field *f)
{
	if (!(f->flags & SFF_REQUIRED))
		return false;
	if (c->mode != SCENARIO_LOAD_WEATHER_ONLY || strcmp(object, "scenario") != 0)
		return true;
	static const char *const optional[] = { "soils", "crops", "communes" };
	for (size_t i = 0; i < sizeof optional / sizeof optional[0]; i++)
		if (strcmp(f->key, optional[i]) == 0)
			return false;
	return true;
}

/* Required exclusive groups: one of their keys must be given (or already reported). */
static void check_required_groups(load_ctx *c, const object_keys *k, const yt_node *map,
				  void *base, item_name name)
{
	for (size_t g = 0; g < schema_n_groups; g++) {
		const schema_group *grp = &schema_groups[g];
		if (strcmp(grp->object, k->object) != 0 || !grp->required)
			continue;
		bool any = false;
		for (size_t i = 0; i < k->count; i++)
			if (k->fields[i].group && strcmp(k->fields[i].group, grp->name) == 0 &&
			    (k->given[i] ||
			     mark_map_get(&c->marks, (char *)base + k->fields[i].offset, &k->fields[i])))
				any = true;
		if (any)
			continue;
		if (strcmp(k->object, "weather") == 0)
			load_error_at(c, map, "%s", grp->missing);
		else
			load_error_at(c, map, name.id ? "%s '%s': %s" : "%s: %s%s", name.title,
				      name.id ? name.id : grp->missing, name.id ? grp->missing : "");
	}
}

void load_object(load_ctx *c, const char *object, const yt_node *map, void *base)
{
	if (c->budget.spent)
		return;
	object_keys k = { .object = object };
	match_keys(c, &k, map);
	drop_conflicts(c, &k, base);
	item_name name = item_name_of(object, map);
	/* A shock's `kind` comes first in the table; the keys after it apply by kind. */
	const char *kind = NULL;
	bool kind_bad = false;
	for (size_t i = 0; i < k.count; i++) {
		const schema_field *f = &k.fields[i];
		const yt_pair *p = k.given[i];
		void *addr = (char *)base + f->offset;
		bool is_kind = f->type == SF_ENUM && strcmp(f->key, "kind") == 0;
		if (f->kinds) {
			if (kind_bad)
				continue;
			if (!schema_kind_applies(f, kind)) {
				if (p)
					load_error_at(c, p->key, "'%s' does not apply to a %s shock", f->key, kind);
				continue;
			}
		}
		if (!p) {
			if (required_here(c, object, f)) {
				missing_key(c, f, map, kind, name);
				load_record(c, addr, f, NULL, NULL, true);
			}
			kind_bad = kind_bad || is_kind;
			continue;
		}
		bool ok = load_value(c, f, p->value, base);
		load_record(c, addr, f, p->key, p->value,
			    !ok && f->type != SF_OBJECT && f->type != SF_LIST);
		if (ok && f->set_given)
			f->set_given(base);
		if (ok && f->type == SF_PATH && strcmp(f->object, "weather") == 0 &&
		    strcmp(f->key, "file") == 0)
			c->weather_file_node = p->value;
		if (ok && f->type == SF_PATH && strcmp(f->object, "weather") == 0 &&
		    strcmp(f->key, "observed_to_date") == 0)
			c->observed_node = p->value;
		if (ok && f->type == SF_PATH && strcmp(f->object, "station") == 0)
			c->station_record_node = p->value;
		if (is_kind) {
			if (ok)
				kind = p->value->text;
			else
				kind_bad = true;
		}
	}
	check_required_groups(c, &k, map, base, name);
}
