/* scenario_load.c - scenario YAML to structs: reads the file, follows `extends:` (merging the
 * trees), converts every key through the schema table with typed, range-checked values,
 * reads the weather file, resolves ids and runs the semantic checks. Every problem is a
 * diagnostic with the file:line:col where the value was written. */
#include "scenario_io.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "scenario_marks.h"
#include "scenario_merge.h"
#include "schema.h"
#include "text_file.h"
#include "weather_csv.h"
#include "yaml_tree.h"

#define MAX_EXTENDS 16         /* files in one extends chain */
#define MAX_OBJECT_FIELDS 32

typedef struct {
	int *dst;
	const char *id;            /* arena text */
	const char *target;        /* "crop", "soil", "land" */
	const commune *scope;      /* land: the commune */
	src_mark mark;
} pending_ref;

typedef struct {
	char *name;                /* as used in diagnostics */
	char *dir;                 /* directory for paths written in it ("" = current) */
	char *rel_dir;             /* the same relative to the first file's directory */
	dev_t dev;
	ino_t ino;
	bool has_id;
} file_info;

typedef struct {
	yt_arena *arena;
	diag_list *dl;
	scenario *s;
	file_info *files;
	size_t n_files, cap_files;
	int chain[MAX_EXTENDS];    /* files being loaded, for cycles */
	int n_chain;
	mark_map marks;
	pending_ref *refs;
	size_t n_refs, cap_refs;
	commune *cur_commune;
	const yt_node *weather_file_node;
	bool oom;
} load_ctx;

/* ---- small helpers ---- */

static char *str_dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* dir + "/" + rel, or rel alone when it is absolute or dir is empty. */
static char *path_join(const char *dir, const char *rel)
{
	if (rel[0] == '/' || !dir || !dir[0] || strcmp(dir, ".") == 0)
		return str_dup(rel);
	size_t a = strlen(dir), b = strlen(rel);
	char *p = malloc(a + b + 2);
	if (!p)
		return NULL;
	memcpy(p, dir, a);
	size_t k = a;
	if (dir[a - 1] != '/')
		p[k++] = '/';
	memcpy(p + k, rel, b + 1);
	return p;
}

/* Directory part of path ("" when none, "/" for the root). */
static char *path_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return str_dup("");
	size_t n = slash == path ? 1 : (size_t)(slash - path);
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, path, n);
	p[n] = 0;
	return p;
}

static src_mark node_mark(const yt_node *n)
{
	return (src_mark){ .file = n->file, .line = n->line, .col = n->col };
}

static void oom(load_ctx *c)
{
	if (!c->oom)
		diag_add(c->dl, DIAG_ERROR, c->n_files ? c->files[0].name : NULL, 0, 0, "out of memory");
	c->oom = true;
}

static void err_at(load_ctx *c, const yt_node *n, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
static void err_at(load_ctx *c, const yt_node *n, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	const char *file = (n && n->file >= 0 && (size_t)n->file < c->n_files) ?
				   c->files[n->file].name : c->files[0].name;
	if (!diag_add(c->dl, DIAG_ERROR, file, n ? n->line : 0, n ? n->col : 0, "%s", msg))
		c->oom = true;
}

static int add_file(load_ctx *c, const char *name, const char *dir, const char *rel_dir)
{
	if (c->n_files == c->cap_files) {
		size_t cap = c->cap_files ? c->cap_files * 2 : 4;
		file_info *f = realloc(c->files, cap * sizeof *f);
		if (!f)
			return -1;
		c->files = f;
		c->cap_files = cap;
	}
	file_info *f = &c->files[c->n_files];
	memset(f, 0, sizeof *f);
	f->name = str_dup(name);
	f->dir = str_dup(dir ? dir : "");
	f->rel_dir = str_dup(rel_dir ? rel_dir : "");
	if (!f->name || !f->dir || !f->rel_dir) {
		free(f->name);
		free(f->dir);
		free(f->rel_dir);
		return -1;
	}
	return (int)c->n_files++;
}

static void record(load_ctx *c, const void *addr, const schema_field *f, const yt_node *key,
		   const yt_node *value, bool bad)
{
	src_mark none = { .file = -1 };
	if (!mark_map_put(&c->marks, addr, f, key ? node_mark(key) : none,
			  value ? node_mark(value) : none, bad))
		oom(c);
}

/* ---- scalars ---- */

static bool need_scalar(load_ctx *c, const schema_field *f, const yt_node *v, const char *what)
{
	char d[64];
	if (v->poisoned)
		return false;
	if (v->kind != YT_SCALAR || v->null) {
		err_at(c, v, "'%s' must be %s, not %s", f->key, what, yt_describe(v, d, sizeof d));
		return false;
	}
	if (strlen(v->text) != v->len) {
		err_at(c, v, "'%s' must not contain a NUL character", f->key);
		return false;
	}
	return true;
}

/* The one path from YAML text to a number: plain scalar, checked parser, schema range. */
static bool get_number(load_ctx *c, const schema_field *f, const yt_node *v, double *out)
{
	const char *what = (f->type == SF_INT || f->type == SF_SEED) ? "a whole number" : "a number";
	if (!need_scalar(c, f, v, what))
		return false;
	if (!v->plain) {
		err_at(c, v, "'%s' must be %s, not the quoted text \"%.40s\"", f->key, what, v->text);
		return false;
	}
	double d;
	switch (schema_parse_number(v->text, v->len, &d)) {
	case NUM_OK:
		break;
	case NUM_NONFINITE:
		err_at(c, v, "'%s' must be a finite number, not '%.40s' (NaN and infinities are not allowed)",
		       f->key, v->text);
		return false;
	default:
		err_at(c, v, "'%s' must be %s, not '%.40s'", f->key, what, v->text);
		return false;
	}
	char msg[128];
	if (!schema_check_number(f, d, msg, sizeof msg)) {
		err_at(c, v, "'%s' %s, not %s", f->key, msg, v->text);
		return false;
	}
	*out = d;
	return true;
}

static bool get_date(load_ctx *c, const schema_field *f, const yt_node *v, vd_date *out)
{
	if (!need_scalar(c, f, v, "a date YYYY-MM-DD"))
		return false;
	if (date_parse(v->text, out))
		return true;
	int y, m, d;
	char tail;
	if (v->len == 10 && sscanf(v->text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
	    v->text[4] == '-' && v->text[7] == '-')
		err_at(c, v, "'%s' is not a day that exists: %s", f->key, v->text);
	else
		err_at(c, v, "'%s' must be a date YYYY-MM-DD, not '%.40s'", f->key, v->text);
	return false;
}

static bool valid_id(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		      *s == '-' || *s == '_' || *s == '.'))
			return false;
	return true;
}

static bool get_id(load_ctx *c, const schema_field *f, const yt_node *v)
{
	if (!need_scalar(c, f, v, "an id"))
		return false;
	if (v->len >= SCN_ID_MAX) {
		err_at(c, v, "'%s' is longer than %d characters", f->key, SCN_ID_MAX - 1);
		return false;
	}
	if (!valid_id(v->text)) {
		err_at(c, v, "'%s' may only hold letters, digits, '-', '_' and '.', not '%.40s'", f->key,
		       v->text);
		return false;
	}
	return true;
}

/* "a, b or c" from "a|b|c". */
static void choices_text(const char *choices, char *buf, size_t size)
{
	size_t n = 0, count = 1;
	for (const char *p = choices; *p; p++)
		count += *p == '|';
	size_t k = 0;
	buf[0] = 0;
	for (const char *p = choices; *p && n + 8 < size;) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		k++;
		const char *sep = k == 1 ? "" : (k == count ? " or " : ", ");
		n += (size_t)snprintf(buf + n, size - n, "%s%.*s", sep, (int)len, p);
		if (n >= size)
			break;
		p = e ? e + 1 : p + len;
	}
}

static int enum_index(const char *choices, const char *s)
{
	int i = 0;
	for (const char *p = choices; *p; i++) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (strlen(s) == len && strncmp(p, s, len) == 0)
			return i;
		p = e ? e + 1 : p + len;
	}
	return -1;
}

/* The choice nearest to s, into buf; false when none is near. */
static bool enum_hint(const char *choices, const char *s, char *buf, size_t size)
{
	int best_d = 3;
	for (const char *p = choices; *p;) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)len, p);
		int d = schema_edit_distance(s, name, 2);
		if (d < best_d) {
			best_d = d;
			snprintf(buf, size, "%s", name);
		}
		p = e ? e + 1 : p + len;
	}
	return best_d <= 2;
}

/* ---- mappings through the schema ---- */

static void load_map(load_ctx *c, const char *object, const yt_node *map, void *base);

static const char *item_title(const char *object, const yt_node *map, char *buf, size_t size)
{
	const schema_object *o = schema_find_object(object);
	const char *title = o ? o->title : object;
	const yt_node *id = yt_map_get(map, strcmp(object, "sector") == 0 ? "name" : "id");
	if (strcmp(object, "daily") == 0)
		id = yt_map_get(map, "date");
	if (id && id->kind == YT_SCALAR && !id->null && id->len < 64)
		snprintf(buf, size, "%s '%s'", title, id->text);
	else if (strcmp(object, "scenario") == 0)
		snprintf(buf, size, "the scenario");
	else
		snprintf(buf, size, "%s", title);
	return buf;
}

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

static bool need_map(load_ctx *c, const schema_field *f, const yt_node *v, const char *what)
{
	char d[64];
	if (v->poisoned)
		return false;
	if (v->kind != YT_MAP) {
		err_at(c, v, "'%s' must be %s, not %s", f->key, what, yt_describe(v, d, sizeof d));
		return false;
	}
	return true;
}

static bool need_seq(load_ctx *c, const schema_field *f, const yt_node *v)
{
	char d[64];
	if (v->poisoned)
		return false;
	if (v->kind != YT_SEQ) {
		err_at(c, v, "'%s' must be a list, not %s", f->key, yt_describe(v, d, sizeof d));
		return false;
	}
	return true;
}

static bool load_list(load_ctx *c, const schema_field *f, const yt_node *v, void *base)
{
	if (!need_seq(c, f, v))
		return false;
	void **ptr = (void **)((char *)base + f->offset);
	size_t *count = (size_t *)((char *)base + f->count_offset);
	char *items = NULL;
	if (v->len) {
		items = calloc(v->len, f->size);
		if (!items) {
			oom(c);
			return false;
		}
	}
	*ptr = items;
	*count = v->len;
	bool ok = true;
	commune *outer = c->cur_commune;
	for (size_t i = 0; i < v->len; i++) {
		void *item = items + i * f->size;
		schema_apply_defaults(f->child, item);
		const yt_node *n = v->items[i];
		src_mark *m = item_mark(f->child, item);
		if (m)
			*m = node_mark(n);
		if (n->kind != YT_MAP) {
			char d[64];
			if (!n->poisoned)
				err_at(c, n, "each item of '%s' must be a mapping, not %s", f->key,
				       yt_describe(n, d, sizeof d));
			ok = false;
			continue;
		}
		if (strcmp(f->child, "commune") == 0)
			c->cur_commune = item;
		load_map(c, f->child, n, item);
	}
	c->cur_commune = outer;
	return ok;
}

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
	if (!need_seq(c, f, v))
		return false;
	weather_normal *slots = (weather_normal *)((char *)base + f->offset);
	memset(slots, 0, 12 * sizeof *slots);
	for (size_t i = 0; i < v->len; i++) {
		const yt_node *n = v->items[i];
		if (n->kind != YT_MAP) {
			char d[64];
			if (!n->poisoned)
				err_at(c, n, "each item of 'normals' must be a mapping, not %s",
				       yt_describe(n, d, sizeof d));
			continue;
		}
		/* A month's slot is its place in the array; a repeated or bad month is still
		 * read (into tmp) so all of its problems are reported. */
		int month = normal_month(n);
		weather_normal tmp, *dst = &tmp;
		if (month && slots[month - 1].month)
			err_at(c, yt_map_get(n, "month"), "month %d given twice (first at %d:%d)", month,
			       slots[month - 1].mark.line, slots[month - 1].mark.col);
		else if (month)
			dst = &slots[month - 1];
		memset(dst, 0, sizeof *dst);
		schema_apply_defaults("normal", dst);
		dst->mark = node_mark(n);
		load_map(c, "normal", n, dst);
	}
	return true;
}

static bool load_irrigation(load_ctx *c, const schema_field *f, const yt_node *v, void *base)
{
	irrigation *irr = (irrigation *)((char *)base + f->offset);
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
		load_map(c, "irrigation", v, irr);
		return true;
	}
	char d[64];
	err_at(c, v, "'irrigation' must be none, auto or a mapping {interval_days: N, depth_mm: X}, not %s",
	       yt_describe(v, d, sizeof d));
	return false;
}

static bool add_ref(load_ctx *c, const schema_field *f, const yt_node *v, int *dst)
{
	if (c->n_refs == c->cap_refs) {
		size_t cap = c->cap_refs ? c->cap_refs * 2 : 64;
		pending_ref *r = realloc(c->refs, cap * sizeof *r);
		if (!r) {
			oom(c);
			return false;
		}
		c->refs = r;
		c->cap_refs = cap;
	}
	c->refs[c->n_refs++] = (pending_ref){ .dst = dst, .id = v->text, .target = f->child,
					      .scope = c->cur_commune, .mark = node_mark(v) };
	return true;
}

/* Loads one value into the struct at base; returns false when it was reported as bad. */
static bool load_value(load_ctx *c, const schema_field *f, const yt_node *v, void *base)
{
	char *p = (char *)base + f->offset;
	double d;
	switch (f->type) {
	case SF_NUMBER:
		if (!get_number(c, f, v, &d))
			return false;
		*(double *)p = d;
		return true;
	case SF_INT:
		if (!get_number(c, f, v, &d))
			return false;
		*(int *)p = (int)d;
		return true;
	case SF_SEED:
		if (!get_number(c, f, v, &d))
			return false;
		*(unsigned long *)p = (unsigned long)d;
		return true;
	case SF_BOOL:
		if (!need_scalar(c, f, v, "true or false"))
			return false;
		if (v->plain && (!strcmp(v->text, "true") || !strcmp(v->text, "True") || !strcmp(v->text, "TRUE"))) {
			*(bool *)p = true;
			return true;
		}
		if (v->plain && (!strcmp(v->text, "false") || !strcmp(v->text, "False") || !strcmp(v->text, "FALSE"))) {
			*(bool *)p = false;
			return true;
		}
		err_at(c, v, "'%s' must be true or false, not '%.40s'", f->key, v->text);
		return false;
	case SF_DATE:
		return get_date(c, f, v, (vd_date *)p);
	case SF_ID:
		if (!get_id(c, f, v))
			return false;
		memcpy(p, v->text, v->len + 1);
		return true;
	case SF_NAME:
	case SF_FORMAT:
		if (!need_scalar(c, f, v, "text"))
			return false;
		if (v->len >= f->size) {
			err_at(c, v, "'%s' is longer than %zu bytes", f->key, f->size - 1);
			return false;
		}
		if (f->type == SF_FORMAT && strcmp(v->text, "vudong/1") != 0) {
			err_at(c, v, "unsupported format '%.40s'; this program reads 'vudong/1'", v->text);
			return false;
		}
		memcpy(p, v->text, v->len + 1);
		return true;
	case SF_TEXT:
	case SF_PATH: {
		if (!need_scalar(c, f, v, f->type == SF_PATH ? "a file name" : "text"))
			return false;
		char *t = str_dup(v->text);
		if (!t) {
			oom(c);
			return false;
		}
		free(*(char **)p);
		*(char **)p = t;
		return true;
	}
	case SF_ENUM: {
		char list[160], hint[64];
		if (!need_scalar(c, f, v, "a choice"))
			return false;
		int k = enum_index(f->choices, v->text);
		if (k >= 0) {
			*(int *)p = k;
			return true;
		}
		choices_text(f->choices, list, sizeof list);
		if (enum_hint(f->choices, v->text, hint, sizeof hint))
			err_at(c, v, "'%s' must be %s, not '%.40s'; did you mean `%s`?", f->key, list, v->text, hint);
		else
			err_at(c, v, "'%s' must be %s, not '%.40s'", f->key, list, v->text);
		return false;
	}
	case SF_REF:
		if (!get_id(c, f, v))
			return false;
		return add_ref(c, f, v, (int *)p);
	case SF_NUMBERS4: {
		if (!need_seq(c, f, v))
			return false;
		if (v->len != 4) {
			err_at(c, v, "'%s' needs 4 values (initial, development, mid-season, late), not %zu",
			       f->key, v->len);
			return false;
		}
		bool ok = true;
		for (int i = 0; i < 4; i++) {
			if (get_number(c, f, v->items[i], &d))
				((double *)p)[i] = d;
			else
				ok = false;
		}
		return ok;
	}
	case SF_OBJECT:
		if (!need_map(c, f, v, "a mapping"))
			return false;
		load_map(c, f->child, v, p);
		return true;
	case SF_LIST:
		return load_list(c, f, v, base);
	case SF_NORMALS:
		return load_normals(c, f, v, base);
	case SF_IRRIGATION:
		return load_irrigation(c, f, v, base);
	}
	return false;
}

static void unknown_key(load_ctx *c, const char *object, const yt_node *key)
{
	char where[160];
	const schema_object *o = schema_find_object(object);
	if (strcmp(object, "scenario") == 0)
		snprintf(where, sizeof where, "at the top level");
	else
		snprintf(where, sizeof where, "in %s", o ? o->title : object);
	const char *hint = schema_suggest_key(object, key->text);
	if (hint)
		err_at(c, key, "unknown key '%.60s' %s; did you mean `%s`?", key->text, where, hint);
	else
		err_at(c, key, "unknown key '%.60s' %s", key->text, where);
}

static void load_map(load_ctx *c, const char *object, const yt_node *map, void *base)
{
	size_t first = 0, count = 0;
	for (size_t i = 0; i < schema_n_fields; i++)
		if (strcmp(schema_fields[i].object, object) == 0) {
			if (!count)
				first = i;
			count++;
		}
	if (count > MAX_OBJECT_FIELDS)
		count = MAX_OBJECT_FIELDS;
	const schema_field *fields = &schema_fields[first];
	const yt_pair *given[MAX_OBJECT_FIELDS] = { 0 };
	bool conflict[MAX_OBJECT_FIELDS] = { false };

	for (size_t i = 0; i < map->len; i++) {
		const yt_pair *p = &map->pairs[i];
		size_t k;
		for (k = 0; k < count; k++)
			if (strcmp(fields[k].key, p->key->text) == 0)
				break;
		if (k == count) {
			unknown_key(c, object, p->key);
			continue;
		}
		given[k] = p;
	}
	/* Exclusive groups: keep the first written, report the others. */
	for (size_t k = 0; k < count; k++) {
		if (!fields[k].group || !given[k])
			continue;
		for (size_t j = 0; j < count; j++) {
			if (j == k || !given[j] || !fields[j].group || strcmp(fields[j].group, fields[k].group))
				continue;
			const yt_node *a = given[k]->key, *b = given[j]->key;
			bool b_later = b->file != a->file ? b->file < a->file :
				       (b->line > a->line || (b->line == a->line && b->col > a->col));
			if (!b_later)
				continue;
			const schema_group *g = schema_find_group(object, fields[k].group);
			err_at(c, b, "%s given twice: '%s' and '%s' (first at %d:%d); give only one",
			       g ? g->name : fields[k].group, b->text, a->text, a->line, a->col);
			/* Neither is used: the checks then skip what depends on them. */
			record(c, (char *)base + fields[j].offset, &fields[j], b, given[j]->value, true);
			record(c, (char *)base + fields[k].offset, &fields[k], a, given[k]->value, true);
			given[j] = NULL;
			conflict[k] = true;
		}
	}
	for (size_t k = 0; k < count; k++)
		if (conflict[k])
			given[k] = NULL;
	char title[160];
	item_title(object, map, title, sizeof title);
	const char *kind = NULL;
	bool kind_bad = false;
	for (size_t k = 0; k < count; k++) {
		const schema_field *f = &fields[k];
		const yt_pair *p = given[k];
		void *addr = (char *)base + f->offset;
		if (f->kinds) {
			if (kind_bad)
				continue;
			if (!schema_kind_applies(f, kind)) {
				if (p)
					err_at(c, p->key, "'%s' does not apply to a %s shock", f->key, kind);
				continue;
			}
		}
		if (!p) {
			if (f->flags & SFF_REQUIRED) {
				if (f->kinds)
					err_at(c, map, "%s shock is missing required key '%s'", kind, f->key);
				else if (f->type == SF_FORMAT)
					err_at(c, map, "the scenario is missing required key 'format' (write `format: vudong/1` first)");
				else
					err_at(c, map, "%s is missing required key '%s'", title, f->key);
				record(c, addr, f, NULL, NULL, true);
			}
			if (f->type == SF_ENUM && strcmp(f->key, "kind") == 0 && f->choices)
				kind_bad = true;
			continue;
		}
		bool ok = load_value(c, f, p->value, base);
		if (f->type != SF_OBJECT && f->type != SF_LIST)
			record(c, addr, f, p->key, p->value, !ok);
		else
			record(c, addr, f, p->key, p->value, false);
		if (ok && f->set_given)
			f->set_given(base);
		if (f->type == SF_PATH && strcmp(f->object, "weather") == 0 && ok)
			c->weather_file_node = p->value;
		if (f->type == SF_ENUM && strcmp(f->key, "kind") == 0) {
			if (ok)
				kind = p->value->text;
			else
				kind_bad = true;
		}
	}
	/* Required exclusive groups. */
	for (size_t g = 0; g < schema_n_groups; g++) {
		const schema_group *grp = &schema_groups[g];
		if (strcmp(grp->object, object) != 0 || !grp->required)
			continue;
		bool any = false;
		for (size_t k = 0; k < count; k++)
			if (fields[k].group && strcmp(fields[k].group, grp->name) == 0 &&
			    (given[k] || mark_map_get(&c->marks, (char *)base + fields[k].offset, &fields[k])))
				any = true;
		if (!any) {
			if (strcmp(object, "weather") == 0)
				err_at(c, map, "%s", grp->missing);
			else
				err_at(c, map, "%s: %s", title, grp->missing);
		}
	}
}

/* ---- extends ---- */

static yt_node *parse_file_text(load_ctx *c, int file, const char *text, size_t len, bool *ok)
{
	if (len > YT_MAX_FILE_BYTES) {
		diag_add(c->dl, DIAG_ERROR, c->files[file].name, 0, 0,
			 "file is larger than 4 MiB (%zu bytes); scenario files are limited to 4 MiB", len);
		*ok = false;
		return NULL;
	}
	yt_node *root = yt_parse(c->arena, text, len, file, c->files[file].name, c->dl, ok);
	if (!root && !*ok)
		return NULL;
	if (!root) {
		diag_add(c->dl, DIAG_ERROR, c->files[file].name, 0, 0,
			 "the file is empty; a scenario starts with `format: vudong/1`");
		*ok = false;
		return NULL;
	}
	if (root->kind != YT_MAP) {
		char d[64];
		err_at(c, root, "a scenario must be a mapping of keys (format: vudong/1, site: ...), not %s",
		       yt_describe(root, d, sizeof d));
		*ok = false;
		return NULL;
	}
	return root;
}

static const char *read_error_text(int e)
{
	return e == EFBIG ? "larger than 4 MiB" : strerror(e);
}

/* Follows root's `extends:` (recursively) and returns the merged tree; NULL on failure. */
static yt_node *apply_extends(load_ctx *c, yt_node *root, int file)
{
	yt_node *ext = yt_map_get(root, "extends");
	if (!ext)
		return root;
	const schema_field *f = schema_find("scenario", "extends");
	if (!need_scalar(c, f, ext, "a file name"))
		return NULL;
	if (c->n_chain >= MAX_EXTENDS) {
		err_at(c, ext, "'extends' goes deeper than %d files", MAX_EXTENDS);
		return NULL;
	}
	char *path = path_join(c->files[file].dir, ext->text);
	char *rel = path_dir(ext->text);
	char *rel_dir = rel ? path_join(c->files[file].rel_dir, rel) : NULL;
	char *dir = path ? path_dir(path) : NULL;
	if (!path || !rel || !rel_dir || !dir) {
		free(path), free(rel), free(rel_dir), free(dir);
		oom(c);
		return NULL;
	}
	free(rel);
	struct stat st;
	bool have_id = stat(path, &st) == 0;
	for (int i = 0; have_id && i < c->n_chain; i++) {
		const file_info *fi = &c->files[c->chain[i]];
		if (fi->has_id && fi->dev == st.st_dev && fi->ino == st.st_ino) {
			err_at(c, ext, "'extends' makes a cycle: %s is already being loaded", fi->name);
			free(path), free(rel_dir), free(dir);
			return NULL;
		}
	}
	char *text;
	size_t len;
	int e = text_file_read(path, YT_MAX_FILE_BYTES, &text, &len);
	if (e) {
		err_at(c, ext, "cannot read '%s' (%s): %s", ext->text, path, read_error_text(e));
		free(path), free(rel_dir), free(dir);
		return NULL;
	}
	int idx = add_file(c, path, dir, rel_dir);
	free(path), free(rel_dir), free(dir);
	if (idx < 0) {
		free(text);
		oom(c);
		return NULL;
	}
	c->files[idx].has_id = true;
	c->files[idx].dev = st.st_dev;
	c->files[idx].ino = st.st_ino;
	bool ok;
	yt_node *base = parse_file_text(c, idx, text, len, &ok);
	free(text);
	if (!base)
		return NULL;
	c->chain[c->n_chain++] = idx;
	base = apply_extends(c, base, idx);
	c->n_chain--;
	if (!base)
		return NULL;
	yt_map_remove(base, "extends");
	if (!scenario_merge(c->arena, base, root))
		oom(c);
	return base;
}

/* ---- references ---- */

static const char *ref_id_at(const scenario *s, const pending_ref *r, size_t i)
{
	if (strcmp(r->target, "crop") == 0)
		return i < s->n_crops ? s->crops[i].id : NULL;
	if (strcmp(r->target, "soil") == 0)
		return i < s->n_soils ? s->soils[i].id : NULL;
	return r->scope && i < r->scope->n_land ? r->scope->land[i].id : NULL;
}

static void resolve_refs(load_ctx *c)
{
	scenario *s = c->s;
	for (size_t i = 0; i < c->n_refs; i++) {
		pending_ref *r = &c->refs[i];
		int idx = -1;
		const char *what = r->target;
		if (strcmp(r->target, "crop") == 0)
			idx = scenario_find_crop(s, r->id);
		else if (strcmp(r->target, "soil") == 0)
			idx = scenario_find_soil(s, r->id);
		else if (r->scope) {
			idx = commune_find_land(r->scope, r->id);
			what = "land unit";
		}
		*r->dst = idx;
		if (idx >= 0)
			continue;
		const char *best = NULL, *id;
		int best_d = 3;
		size_t known = 0;
		char list[256] = "";
		size_t ln = 0;
		for (size_t k = 0; (id = ref_id_at(s, r, k)) != NULL; k++) {
			int d = schema_edit_distance(r->id, id, 2);
			if (d < best_d && id[0]) {
				best_d = d;
				best = id;
			}
			if (id[0] && ln + strlen(id) + 8 < sizeof list) {
				ln += (size_t)snprintf(list + ln, sizeof list - ln, "%s%s", known ? ", " : "", id);
				known++;
			}
		}
		const char *file = scenario_mark_file(s, r->mark);
		char where[160] = "";
		if (r->scope && strcmp(r->target, "land") == 0)
			snprintf(where, sizeof where, " in commune '%s'", r->scope->id);
		if (best)
			diag_add(c->dl, DIAG_ERROR, file, r->mark.line, r->mark.col,
				 "unknown %s '%s'%s; did you mean `%s`?", what, r->id, where, best);
		else if (known)
			diag_add(c->dl, DIAG_ERROR, file, r->mark.line, r->mark.col,
				 "unknown %s '%s'%s (known: %s)", what, r->id, where, list);
		else
			diag_add(c->dl, DIAG_ERROR, file, r->mark.line, r->mark.col,
				 "unknown %s '%s'%s (none is defined)", what, r->id, where);
		/* Let the checks skip what depends on it. */
		record(c, r->dst, NULL, NULL, NULL, true);
	}
}

/* ---- the whole load ---- */

static void ctx_fini(load_ctx *c)
{
	for (size_t i = 0; i < c->n_files; i++) {
		free(c->files[i].name);
		free(c->files[i].dir);
		free(c->files[i].rel_dir);
	}
	free(c->files);
	free(c->refs);
	mark_map_fini(&c->marks);
	yt_arena_destroy(c->arena);
}

static bool move_files(load_ctx *c)
{
	scenario *s = c->s;
	s->files = calloc(c->n_files, sizeof *s->files);
	if (!s->files)
		return false;
	for (size_t i = 0; i < c->n_files; i++) {
		s->files[i] = c->files[i].name;
		c->files[i].name = str_dup(s->files[i]);
		s->n_files = i + 1;
		if (!c->files[i].name)
			return false;
	}
	return true;
}

static void read_weather_file(load_ctx *c)
{
	weather_input *w = &c->s->weather;
	const yt_node *n = c->weather_file_node;
	if (w->source != WEATHER_FILE || !n || !w->file)
		return;
	const file_info *fi = &c->files[n->file];
	char *resolved = path_join(fi->dir, w->file);
	char *as_written = path_join(fi->rel_dir, w->file);
	if (!resolved || !as_written) {
		free(resolved);
		free(as_written);
		oom(c);
		return;
	}
	free(w->file);
	w->file = as_written;
	free(w->file_resolved);
	w->file_resolved = resolved;
	char *text;
	size_t len;
	const schema_field *f = schema_find("weather", "file");
	int e = text_file_read(resolved, WEATHER_CSV_MAX_BYTES, &text, &len);
	if (e) {
		err_at(c, n, "cannot read weather file '%s' (%s): %s", n->text, resolved,
		       e == EFBIG ? "larger than 16 MiB" : strerror(e));
		record(c, (char *)w + f->offset, f, NULL, n, true);
		return;
	}
	int idx = add_file(c, resolved, "", "");
	char **files = idx >= 0 ? realloc(c->s->files, (size_t)(idx + 1) * sizeof *files) : NULL;
	if (!files) {
		free(text);
		oom(c);
		return;
	}
	c->s->files = files;
	c->s->files[idx] = str_dup(resolved);
	if (!c->s->files[idx]) {
		free(text);
		oom(c);
		return;
	}
	c->s->n_files = (size_t)idx + 1;
	/* A file with errors says so itself; the season checks would only repeat it. */
	if (!weather_csv_parse(resolved, idx, text, len, &w->daily, &w->n_daily, c->dl))
		record(c, (char *)w + f->offset, f, NULL, n, true);
	free(text);
}

static bool load_root(load_ctx *c, const char *text, size_t len)
{
	bool ok;
	yt_node *root = parse_file_text(c, 0, text, len, &ok);
	if (!root)
		return false;
	c->chain[c->n_chain++] = 0;
	root = apply_extends(c, root, 0);
	if (!root)
		return false;
	yt_map_remove(root, "extends");
	size_t errors = c->dl->errors;
	load_map(c, "scenario", root, c->s);
	if (!move_files(c)) {
		oom(c);
		return false;
	}
	if (c->oom)
		return false;
	resolve_refs(c);
	read_weather_file(c);
	if (c->oom)
		return false;
	scenario_check_marked(c->s, &c->marks, c->dl);
	return c->dl->errors == errors && !c->oom;
}

static bool load_common(const char *name, const char *text, size_t len, const char *dir,
			const struct stat *id, scenario *out, diag_list *dl)
{
	scenario_init(out);
	load_ctx c = { .dl = dl, .s = out };
	mark_map_init(&c.marks);
	c.arena = yt_arena_create();
	out->path = str_dup(name);
	bool ok = false;
	if (!c.arena || !out->path || add_file(&c, name, dir, "") < 0) {
		diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
	} else {
		if (id) {
			c.files[0].has_id = true;
			c.files[0].dev = id->st_dev;
			c.files[0].ino = id->st_ino;
		}
		size_t errors = dl->errors;
		ok = load_root(&c, text, len) && dl->errors == errors;
	}
	ctx_fini(&c);
	if (!ok)
		scenario_fini(out);
	return ok;
}

bool scenario_load_text(const char *name, const char *text, size_t len, const char *base_dir,
			scenario *out, diag_list *dl)
{
	return load_common(name, text, len, base_dir ? base_dir : "", NULL, out, dl);
}

bool scenario_load_file(const char *path, scenario *out, diag_list *dl)
{
	char *text;
	size_t len;
	int e = text_file_read(path, YT_MAX_FILE_BYTES, &text, &len);
	if (e) {
		scenario_init(out);
		if (e == EFBIG)
			diag_add(dl, DIAG_ERROR, path, 0, 0,
				 "file is larger than 4 MiB; scenario files are limited to 4 MiB");
		else
			diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot read the file: %s", strerror(e));
		return false;
	}
	char *dir = path_dir(path);
	struct stat st;
	bool have_id = stat(path, &st) == 0;
	bool ok = dir && load_common(path, text, len, dir, have_id ? &st : NULL, out, dl);
	if (!dir) {
		scenario_init(out);
		diag_add(dl, DIAG_ERROR, path, 0, 0, "out of memory");
	}
	free(dir);
	free(text);
	return ok;
}
