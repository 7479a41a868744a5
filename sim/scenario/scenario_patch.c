/* scenario_patch.c - an edited scenario saved into the text it was loaded from
 * (scenario_patch.h). Three YAML trees are compared: L, the loaded scenario as the saver
 * writes it; E, the edited one; B, the base an `extends:` file starts from. Where L and E
 * differ, the original text O is edited in place: a value replaced where it stands, a key or
 * list item inserted after its neighbour or deleted with its lines. Items of lists are
 * matched by their id (month for normals, date for daily rows, name for sectors), else by
 * position. In a file that extends another, what O does not hold is written as the smallest
 * difference from the base; a base's list item that is deleted becomes `{id: X, remove:
 * true}`. The patched text is loaded back and must give the edited scenario. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath */
#endif
#include "scenario_patch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_file.h"
#include "path.h"
#include "scenario_load.h"
#include "scenario_rename.h"
#include "scenario_save.h"
#include "schema.h"
#include "strbuf.h"
#include "yaml_tree.h"

typedef struct {
	size_t off, len;   /* the bytes of O replaced */
	char *text;        /* by this (owned) */
	size_t order;      /* of generation: edits at one offset keep it */
} text_edit;

typedef struct {
	const char *t;     /* O */
	size_t n;
	text_edit *ed;
	size_t n_ed, cap_ed;
	yt_arena *arena;   /* nodes made for differences */
	bool extends;
	bool oom;
	char lost[200];    /* the first difference that cannot be written into O */
} patcher;

/* ---- text positions in O ---- */

static size_t line_start(const patcher *p, size_t off)
{
	while (off > 0 && p->t[off - 1] != '\n')
		off--;
	return off;
}

/* The start of the line after the one holding off (the end of the text at the last line). */
static size_t after_line(const patcher *p, size_t off)
{
	if (off > 0 && off <= p->n && p->t[off - 1] == '\n')
		return off;
	while (off < p->n && p->t[off] != '\n')
		off++;
	return off < p->n ? off + 1 : off;
}

static int column(const patcher *p, size_t off)
{
	return (int)(off - line_start(p, off));
}

/* Where a node's own text ends (a block mapping or list ends with its last value; a block
 * scalar without its trailing line breaks). */
static size_t content_end(const patcher *p, const yt_node *n)
{
	if (n->kind == YT_SCALAR) {
		size_t e = n->end;
		if (n->style == '|' || n->style == '>')
			while (e > n->start && (p->t[e - 1] == '\n' || p->t[e - 1] == '\r' || p->t[e - 1] == ' '))
				e--;
		return e;
	}
	if (n->flow || n->len == 0)
		return n->end;
	return content_end(p, n->kind == YT_MAP ? n->pairs[n->len - 1].value : n->items[n->len - 1]);
}

/* Just after the ':' that follows a key. */
static size_t after_colon(const patcher *p, const yt_node *key)
{
	size_t i = key->end;
	while (i < p->n && (p->t[i] == ' ' || p->t[i] == '\t'))
		i++;
	return i < p->n && p->t[i] == ':' ? i + 1 : key->end;
}

static void add_edit(patcher *p, size_t off, size_t len, strbuf *text)
{
	if (!text->oom && p->n_ed == p->cap_ed) {
		size_t cap = p->cap_ed ? p->cap_ed * 2 : 32;
		text_edit *e = realloc(p->ed, cap * sizeof *e);
		if (e) {
			p->ed = e;
			p->cap_ed = cap;
		}
	}
	size_t n;
	char *s = text->oom || p->n_ed == p->cap_ed ? NULL : strbuf_release(text, &n);
	if (!s && !text->oom && p->n_ed < p->cap_ed)
		s = strdup("");
	strbuf_fini(text);
	if (!s) {
		p->oom = true;
		return;
	}
	p->ed[p->n_ed] = (text_edit){ off, len, s, p->n_ed };
	p->n_ed++;
}

static void lose(patcher *p, const char *what, const char *key)
{
	if (!p->lost[0])
		snprintf(p->lost, sizeof p->lost, what, key);
}

/* ---- writing values ---- */

/* A double-quoted scalar that reads back to exactly s: tabs and any UTF-8 stay as they are,
 * line breaks and other control characters are escaped. */
static void put_double_quoted(strbuf *b, const char *s, size_t len)
{
	strbuf_append_char(b, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			strbuf_append_char(b, '\\');
			strbuf_append_char(b, (char)c);
		} else if (c == '\n') {
			strbuf_append(b, "\\n");
		} else if (c == '\r') {
			strbuf_append(b, "\\r");
		} else if ((c < 0x20 && c != '\t') || c == 0x7f) {
			strbuf_appendf(b, "\\x%02X", c);
		} else if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0x85) {
			strbuf_append(b, "\\N");
			i++;
		} else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
			   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			strbuf_append(b, (unsigned char)s[i + 2] == 0xA8 ? "\\L" : "\\P");
			i += 2;
		} else if (c == 0xEF && i + 2 < len && (unsigned char)s[i + 1] == 0xBB &&
			   (unsigned char)s[i + 2] == 0xBF) {
			strbuf_append(b, "\\uFEFF");
			i += 2;
		} else {
			strbuf_append_char(b, (char)c);
		}
	}
	strbuf_append_char(b, '"');
}

/* A scalar of E; `prefer` is the style the value it replaces was written in. */
static void put_scalar(strbuf *b, const yt_node *n, char prefer)
{
	if (n->plain) {
		strbuf_append_n(b, n->text, n->len);
		return;
	}
	bool simple = prefer == '\'';
	for (size_t i = 0; simple && i < n->len; i++)
		if ((unsigned char)n->text[i] < 0x20 || (unsigned char)n->text[i] == 0x7f)
			simple = false;
	if (simple) {
		strbuf_append_char(b, '\'');
		for (size_t i = 0; i < n->len; i++) {
			if (n->text[i] == '\'')
				strbuf_append_char(b, '\'');
			strbuf_append_char(b, n->text[i]);
		}
		strbuf_append_char(b, '\'');
		return;
	}
	put_double_quoted(b, n->text, n->len);
}

static void put_flow(strbuf *b, const yt_node *n)
{
	if (n->kind == YT_SCALAR) {
		put_scalar(b, n, 0);
	} else if (n->kind == YT_MAP) {
		strbuf_append_char(b, '{');
		for (size_t i = 0; i < n->len; i++) {
			strbuf_append(b, i ? ", " : "");
			strbuf_append_n(b, n->pairs[i].key->text, n->pairs[i].key->len);
			strbuf_append(b, ": ");
			put_flow(b, n->pairs[i].value);
		}
		strbuf_append_char(b, '}');
	} else {
		strbuf_append_char(b, '[');
		for (size_t i = 0; i < n->len; i++) {
			strbuf_append(b, i ? ", " : "");
			put_flow(b, n->items[i]);
		}
		strbuf_append_char(b, ']');
	}
}

static bool is_block(const yt_node *n)
{
	return n->kind != YT_SCALAR && !n->flow && n->len > 0;
}

static void put_item(strbuf *b, const yt_node *n, int indent);

/* The pairs of a block mapping, one a line at indent (the first without its indentation when
 * first_inline: it follows "- "); each line ends with a line break. */
static void put_pairs(strbuf *b, const yt_node *m, int indent, bool first_inline)
{
	for (size_t i = 0; i < m->len; i++) {
		if (i || !first_inline)
			strbuf_append_repeat(b, " ", (size_t)indent);
		const yt_node *v = m->pairs[i].value;
		strbuf_append_n(b, m->pairs[i].key->text, m->pairs[i].key->len);
		strbuf_append_char(b, ':');
		if (!is_block(v)) {
			strbuf_append_char(b, ' ');
			put_flow(b, v);
			strbuf_append_char(b, '\n');
		} else if (v->kind == YT_MAP) {
			strbuf_append_char(b, '\n');
			put_pairs(b, v, indent + 2, false);
		} else {
			strbuf_append_char(b, '\n');
			for (size_t k = 0; k < v->len; k++)
				put_item(b, v->items[k], indent + 2);
		}
	}
}

/* "- item" at indent, ending with a line break. */
static void put_item(strbuf *b, const yt_node *n, int indent)
{
	strbuf_append_repeat(b, " ", (size_t)indent);
	strbuf_append(b, "- ");
	if (is_block(n) && n->kind == YT_MAP) {
		put_pairs(b, n, indent + 2, true);
	} else {
		put_flow(b, n);
		strbuf_append_char(b, '\n');
	}
}

/* ---- comparing trees ---- */

static bool node_equal(const yt_node *a, const yt_node *b)
{
	if (!a || !b || a->kind != b->kind || a->len != b->len)
		return false;
	if (a->kind == YT_SCALAR)
		return memcmp(a->text, b->text, a->len) == 0;
	for (size_t i = 0; i < a->len; i++) {
		if (a->kind == YT_MAP ? strcmp(a->pairs[i].key->text, b->pairs[i].key->text) != 0 ||
					!node_equal(a->pairs[i].value, b->pairs[i].value)
				      : !node_equal(a->items[i], b->items[i]))
			return false;
	}
	return true;
}

/* The key that names an item of a list of `object` (NULL: items are matched by position). */
static const char *item_key(const char *object)
{
	if (!object || strcmp(object, "shock") == 0)
		return NULL;
	if (strcmp(object, "normal") == 0)
		return "month";
	if (strcmp(object, "daily") == 0)
		return "date";
	if (strcmp(object, "sector") == 0)
		return "name";
	return "id";
}

static const char *key_of(const yt_node *item, const char *key)
{
	const yt_node *v = item && item->kind == YT_MAP ? yt_map_get(item, key) : NULL;
	return v && v->kind == YT_SCALAR && !v->null ? v->text : NULL;
}

/* Whether every item of seq (NULL counts) is a mapping named by key, each name once. */
static bool all_keyed(const yt_node *seq, const char *key)
{
	if (!seq)
		return true;
	if (seq->kind != YT_SEQ)
		return false;
	for (size_t i = 0; i < seq->len; i++) {
		const char *k = key_of(seq->items[i], key);
		if (!k)
			return false;
		for (size_t j = 0; j < i; j++)
			if (strcmp(k, key_of(seq->items[j], key)) == 0)
				return false;
	}
	return true;
}

static const yt_node *find_item(const yt_node *seq, const char *key, const char *name)
{
	for (size_t i = 0; seq && seq->kind == YT_SEQ && i < seq->len; i++) {
		const char *k = key_of(seq->items[i], key);
		if (k && strcmp(k, name) == 0)
			return seq->items[i];
	}
	return NULL;
}

/* Compares as the loader would see it: items of lists with ids in any order. */
static bool node_same(const yt_node *a, const yt_node *b, const char *object)
{
	if (!a || !b || a->kind != b->kind || a->len != b->len)
		return false;
	if (a->kind == YT_SCALAR)
		return memcmp(a->text, b->text, a->len) == 0;
	if (a->kind == YT_MAP) {
		for (size_t i = 0; i < a->len; i++) {
			const char *k = a->pairs[i].key->text;
			if (!node_same(a->pairs[i].value, yt_map_get(b, k), schema_child_object(object, k)))
				return false;
		}
		return true;
	}
	const char *key = item_key(object);
	bool keyed = key && all_keyed(a, key) && all_keyed(b, key);
	for (size_t i = 0; i < a->len; i++) {
		const yt_node *o = keyed ? find_item(b, key, key_of(a->items[i], key)) : b->items[i];
		if (!node_same(a->items[i], o, object))
			return false;
	}
	return true;
}

/* ---- differences as new nodes (for what O does not hold) ---- */

static yt_node *new_node(patcher *p, yt_kind kind, bool flow)
{
	yt_node *n = NULL;
	bool ok;
	/* A node from the arena: parse an empty collection of the right kind. */
	n = yt_parse(p->arena, kind == YT_MAP ? "{}" : "[]", 2, 0, "", NULL, &ok);
	if (!n) {
		p->oom = true;
		return NULL;
	}
	n->flow = flow;
	return n;
}

static yt_node *removal_item(patcher *p, const char *id)
{
	char text[SCN_ID_MAX + 48];
	bool ok;
	bool nullish = strcmp(id, "null") == 0 || strcmp(id, "Null") == 0 || strcmp(id, "NULL") == 0 ||
		       strcmp(id, "~") == 0;
	snprintf(text, sizeof text, nullish ? "{id: \"%s\", remove: true}" : "{id: %s, remove: true}", id);
	yt_node *n = yt_parse(p->arena, text, strlen(text), 0, "", NULL, &ok);
	if (!n)
		p->oom = true;
	return n;
}

/* What O must gain where it holds nothing for E: all of E, or in a file that extends another
 * only the keys (and list items) in which E differs from L. */
static yt_node *diff_node(patcher *p, const yt_node *L, yt_node *E, const yt_node *B,
			  const char *object)
{
	if (!L || L->kind != E->kind || E->kind == YT_SCALAR)
		return E;
	if (E->kind == YT_MAP) {
		yt_node *m = new_node(p, YT_MAP, E->flow);
		if (!m)
			return E;
		for (size_t i = 0; i < E->len; i++) {
			const char *k = E->pairs[i].key->text;
			const yt_node *lv = yt_map_get(L, k);
			if (strcmp(k, "id") == 0 || !node_equal(lv, E->pairs[i].value)) {
				yt_node *v = diff_node(p, lv, E->pairs[i].value, yt_map_get(B, k),
						       schema_child_object(object, k));
				if (!yt_map_append(p->arena, m, E->pairs[i].key, v))
					p->oom = true;
			}
		}
		for (size_t i = 0; i < L->len; i++)
			if (!yt_map_get(E, L->pairs[i].key->text) && yt_map_get(B, L->pairs[i].key->text))
				lose(p, "'%s' is removed, but the base file gives it", L->pairs[i].key->text);
		if (m->len == 0)
			m->flow = true;
		return m;
	}
	/* A list: item by item only where the loader merges by id (both lists all with ids). */
	if (!p->extends || !B || B->kind != YT_SEQ || B->len == 0 || !all_keyed(B, "id") ||
	    !all_keyed(E, "id") || !all_keyed(L, "id") || !item_key(object) ||
	    strcmp(item_key(object), "id") != 0)
		return E;
	yt_node *s = new_node(p, YT_SEQ, E->flow);
	if (!s)
		return E;
	for (size_t i = 0; i < E->len; i++) {
		const char *id = key_of(E->items[i], "id");
		const yt_node *li = find_item(L, "id", id);
		if (!li || !node_equal(li, E->items[i])) {
			yt_node *d = diff_node(p, li, E->items[i], find_item(B, "id", id), object);
			if (!yt_seq_append(p->arena, s, d))
				p->oom = true;
		}
	}
	for (size_t i = 0; i < L->len; i++) {
		const char *id = key_of(L->items[i], "id");
		if (!find_item(E, "id", id) && find_item(B, "id", id)) {
			yt_node *r = removal_item(p, id);
			if (r && !yt_seq_append(p->arena, s, r))
				p->oom = true;
		}
	}
	if (s->len == 0)
		s->flow = true;
	return s;
}

/* ---- edits on O ---- */

/* A comment after the replaced text stays in its column: the spaces before it give or take
 * the difference (at least one space stays). */
static void keep_comment_column(const patcher *p, size_t from, size_t *to, strbuf *b)
{
	size_t sp = *to;
	while (sp < p->n && p->t[sp] == ' ')
		sp++;
	if (sp == *to || sp >= p->n || p->t[sp] != '#')
		return;
	size_t old = *to - from, spaces = sp - *to;
	if (b->len > old) {
		size_t take = b->len - old;
		if (take > spaces - 1)
			take = spaces - 1;
		*to += take;
	} else {
		strbuf_append_repeat(b, " ", old - b->len);
	}
}

/* O (the value of okey, or a list item when okey is NULL) becomes all of E. */
static void replace_whole(patcher *p, const yt_node *okey, const yt_node *O, const yt_node *E)
{
	strbuf b;
	strbuf_init(&b);
	size_t from = O->start, to = content_end(p, O);
	if (O->kind == YT_SCALAR && O->null && O->plain && okey)
		from = to = after_colon(p, okey);
	if (is_block(E) && okey) {
		int indent = column(p, okey->start) + 2;
		if (O->kind != YT_SCALAR && !O->flow)
			from = after_colon(p, okey);
		strbuf_append_char(&b, '\n');
		if (E->kind == YT_MAP)
			put_pairs(&b, E, indent, false);
		else
			for (size_t i = 0; i < E->len; i++)
				put_item(&b, E->items[i], indent);
		if (b.len)
			b.len--, b.data[b.len] = 0; /* O's own line break follows */
	} else if (is_block(E) && E->kind == YT_MAP && !okey) {
		put_pairs(&b, E, column(p, O->start), true);
		if (b.len)
			b.len--, b.data[b.len] = 0;
	} else {
		/* After a bare "key:" the value needs its space. */
		if (okey && from == to && from == after_colon(p, okey))
			strbuf_append_char(&b, ' ');
		if (O->kind == YT_SCALAR && E->kind == YT_SCALAR)
			put_scalar(&b, E, O->style);
		else
			put_flow(&b, E);
		keep_comment_column(p, from, &to, &b);
	}
	add_edit(p, from, to - from, &b);
}

static void insert_pair(patcher *p, const yt_node *O, const yt_node *key, const yt_node *v)
{
	strbuf b;
	strbuf_init(&b);
	size_t at;
	if (O->flow) {
		at = O->end;
		while (at > O->start && p->t[at - 1] != '}')
			at--;
		if (at > O->start)
			at--;
		strbuf_append(&b, O->len ? ", " : "");
		strbuf_append_n(&b, key->text, key->len);
		strbuf_append(&b, ": ");
		put_flow(&b, v);
	} else {
		int indent = column(p, O->start);
		at = after_line(p, content_end(p, O));
		if (at == p->n && p->n && p->t[p->n - 1] != '\n')
			strbuf_append_char(&b, '\n');
		yt_node one = { .kind = YT_MAP, .len = 1, .pairs = &(yt_pair){ (yt_node *)key, (yt_node *)v } };
		put_pairs(&b, &one, indent, false);
	}
	add_edit(p, at, 0, &b);
}

static void delete_pair(patcher *p, const yt_node *O, size_t i)
{
	const yt_node *key = O->pairs[i].key, *v = O->pairs[i].value;
	size_t from, to;
	if (O->flow) {
		if (i > 0)
			from = content_end(p, O->pairs[i - 1].value), to = content_end(p, v);
		else if (O->len > 1)
			from = key->start, to = O->pairs[1].key->start;
		else
			from = key->start, to = content_end(p, v);
	} else {
		size_t ls = line_start(p, key->start);
		bool alone = true;
		for (size_t k = ls; k < key->start; k++)
			if (p->t[k] != ' ')
				alone = false;
		if (alone)
			from = ls, to = after_line(p, content_end(p, v));
		else if (i + 1 < O->len)
			from = key->start, to = O->pairs[i + 1].key->start;
		else
			from = key->start, to = content_end(p, v);
	}
	strbuf b;
	strbuf_init(&b);
	add_edit(p, from, to - from, &b);
}

/* A new item in the block or flow list O: after `prev`, or first when prev is NULL. */
static void insert_item(patcher *p, const yt_node *O, const yt_node *prev, const yt_node *v)
{
	strbuf b;
	strbuf_init(&b);
	size_t at;
	if (O->flow) {
		at = O->end;
		while (at > O->start && p->t[at - 1] != ']')
			at--;
		if (at > O->start)
			at--;
		strbuf_append(&b, O->len ? ", " : "");
		put_flow(&b, v);
	} else {
		at = prev ? after_line(p, content_end(p, prev)) : line_start(p, O->items[0]->start);
		if (at == p->n && p->n && p->t[p->n - 1] != '\n')
			strbuf_append_char(&b, '\n');
		put_item(&b, v, column(p, O->start));
	}
	add_edit(p, at, 0, &b);
}

static void delete_item(patcher *p, const yt_node *O, const yt_node *item)
{
	strbuf b;
	strbuf_init(&b);
	if (O->flow) {
		lose(p, "%s", "an item of a list written in brackets is removed");
		return;
	}
	size_t from = line_start(p, item->start), to = after_line(p, content_end(p, item));
	add_edit(p, from, to - from, &b);
}

/* A list left without items is written `[]` (a key without value is not an empty list). */
static void mark_empty(patcher *p, const yt_node *okey)
{
	strbuf b;
	strbuf_init(&b);
	strbuf_append(&b, " []");
	if (okey)
		add_edit(p, after_colon(p, okey), 0, &b);
	else
		strbuf_fini(&b);
}

static void patch_node(patcher *p, const yt_node *okey, const yt_node *O, const yt_node *L,
		       yt_node *E, const yt_node *B, const char *object);

static void patch_map(patcher *p, const yt_node *O, const yt_node *L, yt_node *E,
		      const yt_node *B, const char *object)
{
	for (size_t i = 0; i < E->len; i++) {
		const char *k = E->pairs[i].key->text;
		yt_node *ev = E->pairs[i].value;
		const yt_node *lv = yt_map_get(L, k);
		if (lv && node_equal(lv, ev))
			continue;
		const char *child = schema_child_object(object, k);
		const yt_pair *op = yt_map_pair(O, k);
		if (op)
			patch_node(p, op->key, op->value, lv, ev, yt_map_get(B, k), child);
		else
			insert_pair(p, O, E->pairs[i].key, diff_node(p, lv, ev, yt_map_get(B, k), child));
	}
	for (size_t i = 0; i < L->len; i++) {
		const char *k = L->pairs[i].key->text;
		if (yt_map_get(E, k))
			continue;
		if (p->extends && yt_map_get(B, k)) {
			lose(p, "'%s' is removed, but the base file gives it", k);
			continue;
		}
		for (size_t j = 0; j < O->len; j++)
			if (strcmp(O->pairs[j].key->text, k) == 0)
				delete_pair(p, O, j);
	}
}

static void patch_keyed_seq(patcher *p, const yt_node *okey, const yt_node *O, const yt_node *L,
			    yt_node *E, const yt_node *B, const char *object, const char *key)
{
	size_t deleted = 0, inserted = 0;
	const yt_node *prev = NULL;
	for (size_t i = 0; i < E->len; i++) {
		const char *id = key_of(E->items[i], key);
		const yt_node *li = find_item(L, key, id), *oi = find_item(O, key, id);
		const yt_node *bi = find_item(B, key, id);
		if (!li || !node_equal(li, E->items[i])) {
			if (oi)
				patch_node(p, NULL, oi, li, E->items[i], bi, object);
			else {
				insert_item(p, O, prev, diff_node(p, li, E->items[i], bi, object));
				inserted++;
			}
		}
		if (oi)
			prev = oi;
	}
	for (size_t i = 0; i < L->len; i++) {
		const char *id = key_of(L->items[i], key);
		if (find_item(E, key, id))
			continue;
		const yt_node *oi = find_item(O, key, id);
		if (p->extends && find_item(B, key, id)) {
			yt_node *r = removal_item(p, id);
			if (r && oi)
				replace_whole(p, NULL, oi, r);
			else if (r)
				insert_item(p, O, O->len ? O->items[O->len - 1] : NULL, r), inserted++;
		} else if (oi) {
			delete_item(p, O, oi);
			deleted++;
		}
	}
	if (deleted && deleted == O->len && !inserted)
		mark_empty(p, okey);
}

static void patch_seq(patcher *p, const yt_node *okey, const yt_node *O, const yt_node *L,
		      yt_node *E, const yt_node *B, const char *object)
{
	const char *key = item_key(object);
	if (key && all_keyed(L, key) && all_keyed(E, key) && all_keyed(O, key) && O->len &&
	    (!O->flow || L->len == E->len)) {
		patch_keyed_seq(p, okey, O, L, E, B, object, key);
		return;
	}
	if (O->len != L->len || (O->flow && L->len != E->len) || O->len == 0) {
		replace_whole(p, okey, O, E);
		return;
	}
	size_t pre = 0, suf = 0;
	while (pre < L->len && pre < E->len && node_equal(L->items[pre], E->items[pre]))
		pre++;
	while (suf < L->len - pre && suf < E->len - pre &&
	       node_equal(L->items[L->len - 1 - suf], E->items[E->len - 1 - suf]))
		suf++;
	size_t nl = L->len - pre - suf, ne = E->len - pre - suf, m = nl < ne ? nl : ne;
	for (size_t i = 0; i < m; i++)
		patch_node(p, NULL, O->items[pre + i], L->items[pre + i], E->items[pre + i], NULL, object);
	for (size_t i = m; i < ne; i++) {
		const yt_node *prev = pre + m > 0 ? O->items[pre + m - 1] : NULL;
		insert_item(p, O, prev, E->items[pre + i]);
	}
	for (size_t i = m; i < nl; i++)
		delete_item(p, O, O->items[pre + i]);
	if (nl > ne && E->len == 0)
		mark_empty(p, okey);
}

static void patch_node(patcher *p, const yt_node *okey, const yt_node *O, const yt_node *L,
		       yt_node *E, const yt_node *B, const char *object)
{
	if (L && node_equal(L, E))
		return;
	if (!L || L->kind != E->kind || O->kind != E->kind || E->kind == YT_SCALAR)
		replace_whole(p, okey, O, E);
	else if (E->kind == YT_MAP)
		patch_map(p, O, L, E, B, object);
	else
		patch_seq(p, okey, O, L, E, B, object);
}

static int edit_cmp(const void *a, const void *b)
{
	const text_edit *x = a, *y = b;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* O with the edits applied; NULL when two overlap (reported as lost) or on out of memory. */
static char *apply_edits(patcher *p, size_t *len)
{
	if (p->n_ed)
		qsort(p->ed, p->n_ed, sizeof *p->ed, edit_cmp);
	strbuf b;
	strbuf_init(&b);
	size_t at = 0;
	for (size_t i = 0; i < p->n_ed; i++) {
		const text_edit *e = &p->ed[i];
		if (e->off < at) {
			lose(p, "%s", "two changes fall on the same text");
			strbuf_fini(&b);
			return NULL;
		}
		strbuf_append_n(&b, p->t + at, e->off - at);
		strbuf_append(&b, e->text);
		at = e->off + e->len;
	}
	strbuf_append_n(&b, p->t + at, p->n - at);
	if (b.oom) {
		p->oom = true;
		strbuf_fini(&b);
		return NULL;
	}
	char *s = strbuf_release(&b, len);
	if (!s)
		s = strdup(""), *len = 0;
	return s;
}

/* ---- the scenario as a tree ---- */

/* The saver's text of s parsed into a, with the weather file as given (for the comparison
 * of what is written, not where it is read from). */
static yt_node *scenario_tree(yt_arena *a, const scenario *s, bool drop_file, diag_list *dl)
{
	scenario t = *s;
	if (drop_file)
		t.weather.file = NULL;
	size_t len;
	char *yaml = scenario_to_yaml(&t, &len, dl);
	if (!yaml)
		return NULL;
	bool ok;
	yt_node *root = yt_parse(a, yaml, len, 0, s->path, dl, &ok);
	free(yaml);
	return ok ? root : NULL;
}

/* `extends:` and `weather.file` of O rewritten for a file in another folder. */
static void rewrite_paths(patcher *p, const yt_node *root, const char *from_dir, const char *to_dir)
{
	char *ra = realpath(from_dir[0] ? from_dir : ".", NULL), *rb = realpath(to_dir[0] ? to_dir : ".", NULL);
	bool same = ra && rb && strcmp(ra, rb) == 0;
	free(ra);
	free(rb);
	if (same)
		return;
	const yt_node *nodes[2] = { yt_map_get(root, "extends"), yt_map_get(yt_map_get(root, "weather"), "file") };
	for (int i = 0; i < 2; i++) {
		const yt_node *n = nodes[i];
		if (!n || n->kind != YT_SCALAR || n->null)
			continue;
		char *abs = path_join(from_dir, n->text);
		char *rel = abs ? path_relative(abs, to_dir) : NULL;
		const char *use = rel ? rel : abs;
		if (use && strcmp(use, n->text) != 0) {
			strbuf b;
			strbuf_init(&b);
			put_double_quoted(&b, use, strlen(use));
			add_edit(p, n->start, content_end(p, n) - n->start, &b);
		}
		free(rel);
		free(abs);
	}
}

static bool patch_all(patcher *p, const scenario *edited, const scenario_source *src,
		      const char *to_dir, diag_list *dl)
{
	diag_list quiet;
	diag_list_init(&quiet);
	scenario loaded, base;
	bool have_loaded = scenario_load_text(src->name, src->text, src->len, src->dir, &loaded, &quiet);
	bool ok = false;
	if (!have_loaded) {
		const diag *d = diag_list_first_problem(&quiet);
		char buf[300];
		diag_add(dl, DIAG_ERROR, src->name, 0, 0, "the file it was loaded from no longer loads: %s",
			 d ? diag_format(d, buf, sizeof buf) : "unknown error");
		diag_list_fini(&quiet);
		return false;
	}
	bool have_base = false;
	bool parsed;
	const yt_node *O = yt_parse(p->arena, src->text, src->len, 0, src->name, &quiet, &parsed);
	const yt_node *ext = yt_map_get(O, "extends");
	if (ext && ext->kind == YT_SCALAR) {
		char *bp = path_join(src->dir, ext->text);
		have_base = bp && scenario_load_file(bp, &base, &quiet);
		free(bp);
		p->extends = true;
	}
	const yt_node *L = scenario_tree(p->arena, &loaded, false, &quiet);
	yt_node *E = scenario_tree(p->arena, edited, false, &quiet);
	const yt_node *B = have_base ? scenario_tree(p->arena, &base, false, &quiet) : NULL;
	if (!O || !L || !E || (p->extends && !B)) {
		diag_add(dl, DIAG_ERROR, src->name, 0, 0, "%s", p->extends && !B ?
			 "its base file no longer loads" : "the file it was loaded from cannot be read again");
	} else {
		patch_map(p, O, L, E, B, "scenario");
		rewrite_paths(p, O, src->dir, to_dir);
		ok = true;
	}
	scenario_fini(&loaded);
	if (have_base)
		scenario_fini(&base);
	diag_list_fini(&quiet);
	return ok;
}

/* Whether text loads (from to_path) to the edited scenario. */
static bool loads_to(const char *text, size_t len, const char *to_path, const char *to_dir,
		     const scenario *edited, diag_list *dl)
{
	diag_list quiet;
	diag_list_init(&quiet);
	scenario back;
	bool same = false;
	if (scenario_load_text(to_path, text, len, to_dir, &back, &quiet)) {
		yt_arena *a = yt_arena_create();
		const yt_node *x = a ? scenario_tree(a, &back, true, &quiet) : NULL;
		const yt_node *y = a ? scenario_tree(a, edited, true, &quiet) : NULL;
		same = x && y && node_same(x, y, "scenario");
		yt_arena_destroy(a);
		scenario_fini(&back);
	}
	if (!same) {
		const diag *d = diag_list_first_problem(&quiet);
		char buf[300];
		diag_add(dl, DIAG_ERROR, to_path, 0, 0,
			 "the edits cannot be written into the file as it is%s%s", d ? ": " : "",
			 d ? diag_format(d, buf, sizeof buf) : "");
	}
	diag_list_fini(&quiet);
	return same;
}

char *scenario_patch_text(const scenario *edited, const scenario_source *given,
			  const char *to_path, size_t *len, diag_list *dl)
{
	/* Renamed ids first, in place: the patch then matches the items by their new ids. */
	bool rename_oom;
	size_t renamed_len = 0;
	char *renamed = scenario_rename_text(edited, given->text, given->len, &renamed_len, &rename_oom);
	scenario_source with_renames = *given;
	if (renamed) {
		with_renames.text = renamed;
		with_renames.len = renamed_len;
	}
	const scenario_source *src = &with_renames;
	patcher p = { .t = src->text, .n = src->len, .arena = yt_arena_create() };
	if (rename_oom)
		p.oom = true;
	char *to_dir = path_dir(to_path);
	char *out = NULL;
	if (!p.arena || !to_dir) {
		diag_add(dl, DIAG_ERROR, to_path, 0, 0, "out of memory");
	} else if (patch_all(&p, edited, src, to_dir, dl)) {
		if (!p.lost[0] && !p.oom)
			out = apply_edits(&p, len);
		if (p.oom)
			diag_add(dl, DIAG_ERROR, to_path, 0, 0, "out of memory");
		else if (p.lost[0])
			diag_add(dl, DIAG_ERROR, to_path, 0, 0, "%s", p.lost);
		if (out && !loads_to(out, *len, to_path, to_dir, edited, dl)) {
			free(out);
			out = NULL;
		}
	}
	for (size_t i = 0; i < p.n_ed; i++)
		free(p.ed[i].text);
	free(p.ed);
	free(to_dir);
	free(renamed);
	yt_arena_destroy(p.arena);
	return out;
}

/* The whole scenario, with a weather file named relative to path's folder. */
static char *whole_text(const scenario *s, const char *path, size_t *len, diag_list *dl)
{
	scenario t = *s; /* shallow: only weather.file may point elsewhere */
	char *rel = NULL;
	if (s->weather.source == WEATHER_FILE && s->weather.file_resolved) {
		char *dir = path_dir(path);
		rel = dir ? path_relative(s->weather.file_resolved, dir) : NULL;
		free(dir);
		if (rel)
			t.weather.file = rel;
	}
	char *yaml = scenario_to_yaml(&t, len, dl);
	free(rel);
	return yaml;
}

bool scenario_save_patched(const scenario *edited, const scenario_source *src, const char *path,
			   unsigned flags, char **saved, size_t *saved_len, diag_list *dl)
{
	size_t len = 0;
	char *text = NULL;
	if (src) {
		diag_list why;
		diag_list_init(&why);
		text = scenario_patch_text(edited, src, path, &len, &why);
		if (!text) {
			const diag *d = diag_list_first_problem(&why);
			char buf[400];
			diag_add(dl, DIAG_WARNING, path, 0, 0,
				 "saved as a whole scenario, without the comments and `extends:` of %s (%s)",
				 src->name, d ? diag_format(d, buf, sizeof buf) : "unknown reason");
		}
		diag_list_fini(&why);
	}
	if (!text && !(text = whole_text(edited, path, &len, dl)))
		return false;
	bool ok = atomic_write_file_flags(path, text, len, flags, dl);
	if (ok && saved) {
		*saved = text;
		*saved_len = len;
	} else {
		free(text);
	}
	return ok;
}
