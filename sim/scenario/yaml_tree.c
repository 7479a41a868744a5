/* yaml_tree.c - libyaml events to a tree of nodes with marks, enforcing the file limits as
 * events arrive (libyaml 0.2.5 itself has no nesting limit), and the arena the nodes live in. */
#include "yaml_tree.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>

#include <yaml.h>

#define NODES_PER_CHUNK 512
#define TEXT_CHUNK 65536

typedef struct node_chunk {
	struct node_chunk *next;
	size_t used;
	yt_node nodes[NODES_PER_CHUNK];
} node_chunk;

typedef struct text_chunk {
	struct text_chunk *next;
	size_t used, cap;
	char data[];
} text_chunk;

struct yt_arena {
	node_chunk *nodes;
	text_chunk *text;
};

yt_arena *yt_arena_create(void)
{
	return calloc(1, sizeof(yt_arena));
}

void yt_arena_destroy(yt_arena *a)
{
	if (!a)
		return;
	for (node_chunk *c = a->nodes, *next; c; c = next) {
		next = c->next;
		for (size_t i = 0; i < c->used; i++) {
			free(c->nodes[i].pairs);
			free(c->nodes[i].items);
		}
		free(c);
	}
	for (text_chunk *t = a->text, *next; t; t = next) {
		next = t->next;
		free(t);
	}
	free(a);
}

static yt_node *arena_node(yt_arena *a, yt_kind kind)
{
	if (!a->nodes || a->nodes->used == NODES_PER_CHUNK) {
		node_chunk *c = malloc(sizeof *c);
		if (!c)
			return NULL;
		c->next = a->nodes;
		c->used = 0;
		a->nodes = c;
	}
	yt_node *n = &a->nodes->nodes[a->nodes->used++];
	memset(n, 0, sizeof *n);
	n->kind = kind;
	return n;
}

static char *arena_text(yt_arena *a, const char *s, size_t len)
{
	text_chunk *t = a->text;
	if (!t || t->cap - t->used < len + 1) {
		size_t cap = len + 1 > TEXT_CHUNK ? len + 1 : TEXT_CHUNK;
		t = malloc(sizeof *t + cap);
		if (!t)
			return NULL;
		t->used = 0;
		t->cap = cap;
		/* Keep the partly used chunk at the head when this one is a one-off big string. */
		if (a->text && cap > TEXT_CHUNK) {
			t->next = a->text->next;
			a->text->next = t;
		} else {
			t->next = a->text;
			a->text = t;
		}
	}
	char *p = t->data + t->used;
	if (len)
		memcpy(p, s, len);
	p[len] = 0;
	t->used += len + 1;
	return p;
}

static bool grow(void *ptr, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return true;
	size_t n = *cap ? *cap * 2 : 8;
	while (n < need)
		n *= 2;
	void **p = ptr;
	void *q = realloc(*p, n * elem);
	if (!q)
		return false;
	*p = q;
	*cap = n;
	return true;
}

bool yt_map_append(yt_arena *a, yt_node *map, yt_node *key, yt_node *value)
{
	(void)a;
	if (!grow(&map->pairs, &map->cap, map->len + 1, sizeof *map->pairs))
		return false;
	map->pairs[map->len++] = (yt_pair){ key, value };
	return true;
}

bool yt_seq_append(yt_arena *a, yt_node *seq, yt_node *item)
{
	(void)a;
	if (!grow(&seq->items, &seq->cap, seq->len + 1, sizeof *seq->items))
		return false;
	seq->items[seq->len++] = item;
	return true;
}

yt_pair *yt_map_pair(const yt_node *map, const char *key)
{
	if (!map || map->kind != YT_MAP)
		return NULL;
	for (size_t i = 0; i < map->len; i++)
		if (strcmp(map->pairs[i].key->text, key) == 0)
			return &map->pairs[i];
	return NULL;
}

yt_node *yt_map_get(const yt_node *map, const char *key)
{
	yt_pair *p = yt_map_pair(map, key);
	return p ? p->value : NULL;
}

void yt_map_remove(yt_node *map, const char *key)
{
	yt_pair *p = yt_map_pair(map, key);
	if (!p)
		return;
	size_t i = (size_t)(p - map->pairs);
	memmove(&map->pairs[i], &map->pairs[i + 1], (map->len - i - 1) * sizeof *map->pairs);
	map->len--;
}

const char *yt_describe(const yt_node *n, char *buf, size_t size)
{
	if (!n || (n->kind == YT_SCALAR && n->null))
		return "an empty value";
	if (n->kind == YT_MAP)
		return "a mapping";
	if (n->kind == YT_SEQ)
		return "a list";
	if (n->len > 40)
		snprintf(buf, size, "'%.37s...'", n->text);
	else
		snprintf(buf, size, "'%s'", n->text);
	return buf;
}

/* ---- the parser ---- */

typedef struct {
	yt_node *node;
	yt_node *key;         /* map: the key waiting for its value */
	bool drop_value;      /* map: the key was a duplicate; its value is dropped */
} frame;

typedef struct {
	yt_arena *a;
	const char *text;
	size_t len;
	int file;
	const char *name;
	diag_list *dl;
	frame stack[YT_MAX_DEPTH + 1];
	int depth;
	size_t nodes;
	int errors;           /* reported so far */
	yt_node *root;
	size_t cur_char, cur_byte;  /* a character index of libyaml's marks and its byte offset */
	bool error;           /* something was reported */
	bool fatal;           /* stop parsing */
} parse_state;

static void report(parse_state *ps, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 4, 5)))
#endif
	;
static void report(parse_state *ps, int line, int col, const char *fmt, ...)
{
	ps->error = true;
	if (ps->fatal)
		return;
	if (++ps->errors > YT_MAX_ERRORS) {
		diag_add(ps->dl, DIAG_ERROR, ps->name, line, col,
			 "too many problems (more than %d); the rest of the file is not read",
			 YT_MAX_ERRORS);
		ps->fatal = true;
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(ps->dl, DIAG_ERROR, ps->name, line, col, fmt, ap);
	va_end(ap);
}

static void report_oom(parse_state *ps)
{
	diag_add(ps->dl, DIAG_ERROR, ps->name, 0, 0, "out of memory");
	ps->error = ps->fatal = true;
}

/* Line and column (1-based, in characters as libyaml counts them) of a byte offset. A
 * byte-order mark at the start is not a character of the line, as libyaml's marks agree. */
static void offset_position(const char *text, size_t len, size_t off, int *line, int *col)
{
	int l = 1, c = 1;
	size_t i = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	if (off > len)
		off = len;
	for (; i < off; i++) {
		unsigned char ch = (unsigned char)text[i];
		if (ch == '\n' || (ch == '\r' && !(i + 1 < len && text[i + 1] == '\n'))) {
			l++;
			c = 1;
		} else if (ch != '\r' && (ch & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

/* The byte at 0-based line and column (columns count characters; a byte-order mark at the
 * start is not one), or 0 past the end. */
static char char_at(const char *text, size_t len, size_t line, size_t col)
{
	size_t i = 0;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	for (size_t l = 0; l < line && i < len; i++)
		if (text[i] == '\n')
			l++;
	for (size_t c = 0; c < col && i < len; c++)
		do
			i++;
		while (i < len && ((unsigned char)text[i] & 0xC0u) == 0x80u);
	return i < len ? text[i] : 0;
}

static void report_parser_error(parse_state *ps, const yaml_parser_t *p)
{
	int line, col;
	switch (p->error) {
	case YAML_MEMORY_ERROR:
		report_oom(ps);
		return;
	case YAML_READER_ERROR: {
		size_t off = p->problem_offset;
		unsigned byte = (unsigned)p->problem_value & 0xffu;
		if (p->problem && strstr(p->problem, "trailing") && off > 0 && off <= ps->len) {
			/* Point at the byte that started the broken sequence. */
			size_t j = off - 1;
			while (j > 0 && ((unsigned char)ps->text[j] & 0xC0u) == 0x80u)
				j--;
			off = j;
			byte = (unsigned char)ps->text[j];
		}
		offset_position(ps->text, ps->len, off, &line, &col);
		if (p->problem && strstr(p->problem, "incomplete"))
			report(ps, line, col, "invalid UTF-8: the text ends inside a character; save the file as UTF-8");
		else if (p->problem && strstr(p->problem, "UTF-8"))
			report(ps, line, col, "invalid UTF-8: byte 0x%02x does not start a valid character; save the file as UTF-8",
			       byte);
		else if (p->problem && strstr(p->problem, "control characters"))
			report(ps, line, col, "control character U+%04X is not allowed",
			       (unsigned)p->problem_value);
		else
			report(ps, line, col, "cannot read the text: %s",
			       p->problem ? p->problem : "unknown error");
		break;
	}
	default:
		line = (int)p->problem_mark.line + 1;
		col = (int)p->problem_mark.column + 1;
		if (char_at(ps->text, ps->len, p->problem_mark.line, p->problem_mark.column) == '\t')
			report(ps, line, col, "a tab character; YAML indents with spaces only: replace the tab with spaces");
		else if (p->context)
			report(ps, line, col, "syntax error: %s %s (line %d)",
			       p->problem ? p->problem : "unknown error", p->context,
			       (int)p->context_mark.line + 1);
		else
			report(ps, line, col, "syntax error: %s",
			       p->problem ? p->problem : "unknown error");
		break;
	}
	ps->fatal = true;
}

/* Anchors and tags: reported, then ignored. */
static void check_decorations(parse_state *ps, const yaml_event_t *ev, const yaml_char_t *anchor,
			      const yaml_char_t *tag, bool tag_implicit)
{
	int line = (int)ev->start_mark.line + 1, col = (int)ev->start_mark.column + 1;
	if (anchor)
		report(ps, line, col, "anchors (&%.40s) are not allowed; write the value out", (const char *)anchor);
	if (tag && !tag_implicit) {
		const char *t = (const char *)tag, *std = "tag:yaml.org,2002:";
		char shown[128];
		if (strncmp(t, std, strlen(std)) == 0)
			snprintf(shown, sizeof shown, "!!%.100s", t + strlen(std));
		else
			snprintf(shown, sizeof shown, "%.100s", t);
		report(ps, line, col, "tags (%s) are not allowed", shown);
	}
}

/* The byte offset of libyaml's mark index (characters, a byte-order mark not counted).
 * Marks arrive almost in order, so the cursor walks from the last one. */
static size_t byte_offset(parse_state *ps, size_t index)
{
	const unsigned char *t = (const unsigned char *)ps->text;
	if (ps->cur_char == 0 && ps->cur_byte == 0 && ps->len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0)
		ps->cur_byte = 3;
	while (ps->cur_char < index && ps->cur_byte < ps->len) {
		ps->cur_byte++;
		while (ps->cur_byte < ps->len && (t[ps->cur_byte] & 0xC0) == 0x80)
			ps->cur_byte++;
		ps->cur_char++;
	}
	while (ps->cur_char > index && ps->cur_byte > 0) {
		ps->cur_byte--;
		while (ps->cur_byte > 0 && (t[ps->cur_byte] & 0xC0) == 0x80)
			ps->cur_byte--;
		ps->cur_char--;
	}
	return ps->cur_byte;
}

static yt_node *new_node(parse_state *ps, yt_kind kind, const yaml_event_t *ev)
{
	if (++ps->nodes > YT_MAX_NODES) {
		char n[32];
		snprintf(n, sizeof n, "%d", YT_MAX_NODES);
		report(ps, (int)ev->start_mark.line + 1, (int)ev->start_mark.column + 1,
		       "too many values (more than %s in one file)", n);
		ps->fatal = true;
		return NULL;
	}
	yt_node *n = arena_node(ps->a, kind);
	if (!n) {
		report_oom(ps);
		return NULL;
	}
	n->file = ps->file;
	n->line = (int)ev->start_mark.line + 1;
	n->col = (int)ev->start_mark.column + 1;
	n->start = byte_offset(ps, ev->start_mark.index);
	n->end = byte_offset(ps, ev->end_mark.index);
	return n;
}

/* Attaches a finished or just-started node to its parent (or makes it the root). */
static void attach(parse_state *ps, yt_node *n)
{
	if (ps->depth == 0) {
		ps->root = n;
		return;
	}
	frame *f = &ps->stack[ps->depth - 1];
	if (f->node->kind == YT_SEQ) {
		if (!yt_seq_append(ps->a, f->node, n))
			report_oom(ps);
		return;
	}
	if (!f->key) {
		if (n->kind != YT_SCALAR || n->poisoned) {
			if (!n->poisoned)
				report(ps, n->line, n->col, "a key must be plain text, not a mapping or list");
			ps->fatal = true;
			return;
		}
		if (strlen(n->text) != n->len) {
			report(ps, n->line, n->col, "a key must not contain a NUL character");
			ps->fatal = true;
			return;
		}
		f->drop_value = false;
		for (size_t i = 0; i < f->node->len; i++) {
			const yt_node *k = f->node->pairs[i].key;
			if (strcmp(k->text, n->text) == 0) {
				report(ps, n->line, n->col, "duplicate key '%.60s' (first at %d:%d)",
				       n->text, k->line, k->col);
				f->drop_value = true;
				break;
			}
		}
		if (!f->drop_value && f->node->len >= YT_MAX_KEYS) {
			char lim[16];
			snprintf(lim, sizeof lim, "%d", YT_MAX_KEYS);
			report(ps, n->line, n->col, "too many keys in one mapping (more than %s)", lim);
			ps->fatal = true;
			return;
		}
		f->key = n;
		return;
	}
	if (!f->drop_value && !yt_map_append(ps->a, f->node, f->key, n))
		report_oom(ps);
	f->key = NULL;
	f->drop_value = false;
}

static bool is_null_text(const char *s, size_t len)
{
	return len == 0 || (len == 1 && s[0] == '~') ||
	       (len == 4 && (!memcmp(s, "null", 4) || !memcmp(s, "Null", 4) || !memcmp(s, "NULL", 4)));
}

static void handle_event(parse_state *ps, const yaml_event_t *ev, int *documents)
{
	yt_node *n;
	int line = (int)ev->start_mark.line + 1, col = (int)ev->start_mark.column + 1;
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++*documents > 1) {
			report(ps, line, col, "a second YAML document ('---'); a scenario file holds one");
			ps->fatal = true;
		}
		break;
	case YAML_ALIAS_EVENT:
		report(ps, line, col, "aliases (*%.40s) are not allowed; write the value out",
		       (const char *)ev->data.alias.anchor);
		if ((n = new_node(ps, YT_SCALAR, ev)) != NULL) {
			n->null = n->poisoned = true;
			n->text = arena_text(ps->a, "", 0);
			if (!n->text)
				report_oom(ps);
			else
				attach(ps, n);
		}
		break;
	case YAML_SCALAR_EVENT:
		check_decorations(ps, ev, ev->data.scalar.anchor, ev->data.scalar.tag,
				  ev->data.scalar.plain_implicit || ev->data.scalar.quoted_implicit);
		if ((n = new_node(ps, YT_SCALAR, ev)) == NULL)
			break;
		n->len = ev->data.scalar.length;
		n->text = arena_text(ps->a, (const char *)ev->data.scalar.value, n->len);
		if (!n->text) {
			report_oom(ps);
			break;
		}
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		switch (ev->data.scalar.style) {
		case YAML_SINGLE_QUOTED_SCALAR_STYLE: n->style = '\''; break;
		case YAML_DOUBLE_QUOTED_SCALAR_STYLE: n->style = '"'; break;
		case YAML_LITERAL_SCALAR_STYLE: n->style = '|'; break;
		case YAML_FOLDED_SCALAR_STYLE: n->style = '>'; break;
		default: n->style = 'p'; break;
		}
		n->null = n->plain && is_null_text(n->text, n->len);
		attach(ps, n);
		break;
	case YAML_MAPPING_START_EVENT:
	case YAML_SEQUENCE_START_EVENT: {
		bool map = ev->type == YAML_MAPPING_START_EVENT;
		if (map)
			check_decorations(ps, ev, ev->data.mapping_start.anchor,
					  ev->data.mapping_start.tag, ev->data.mapping_start.implicit);
		else
			check_decorations(ps, ev, ev->data.sequence_start.anchor,
					  ev->data.sequence_start.tag, ev->data.sequence_start.implicit);
		if (ps->depth >= YT_MAX_DEPTH) {
			char lim[16];
			snprintf(lim, sizeof lim, "%d", YT_MAX_DEPTH);
			report(ps, line, col, "nesting deeper than %s levels", lim);
			ps->fatal = true;
			break;
		}
		if ((n = new_node(ps, map ? YT_MAP : YT_SEQ, ev)) == NULL)
			break;
		n->flow = map ? ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE :
				ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
		attach(ps, n);
		if (ps->fatal)
			break;
		ps->stack[ps->depth++] = (frame){ .node = n };
		break;
	}
	case YAML_MAPPING_END_EVENT:
	case YAML_SEQUENCE_END_EVENT:
		if (ps->depth > 0)
			ps->stack[--ps->depth].node->end = byte_offset(ps, ev->end_mark.index);
		break;
	default:
		break;
	}
}

yt_node *yt_parse(yt_arena *a, const char *text, size_t len, int file_index,
		  const char *file_name, diag_list *dl, bool *ok)
{
	parse_state ps = { .a = a, .text = text, .len = len, .file = file_index, .name = file_name,
			   .dl = dl };
	yaml_parser_t p;
	if (!yaml_parser_initialize(&p)) {
		report_oom(&ps);
		*ok = false;
		return NULL;
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	int documents = 0;
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&p, &ev)) {
			/* After an error libyaml returns empty events forever: stop here. */
			report_parser_error(&ps, &p);
			break;
		}
		bool end = ev.type == YAML_STREAM_END_EVENT || ev.type == YAML_NO_EVENT;
		handle_event(&ps, &ev, &documents);
		yaml_event_delete(&ev);
		if (end || ps.fatal)
			break;
	}
	yaml_parser_delete(&p);
	*ok = !ps.error;
	return ps.fatal ? NULL : ps.root;
}
