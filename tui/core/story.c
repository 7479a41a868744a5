/* story.c - loading a story file (YAML tree with marks, every problem a diagnostic) and
 * checking it against the scenario it runs on. */
#include "story.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "text_file.h"
#include "yaml_tree.h"

extern const char builtin_story_yaml[];
extern const size_t builtin_story_yaml_len;

#define STORY_FORMAT "vudong-story/1"

typedef struct {
	const char *file;
	diag_list *dl;
	bool failed;
} ctx;

static void err(ctx *c, const yt_node *n, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 3, 4)))
#endif
	;
static void err(ctx *c, const yt_node *n, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_add(c->dl, DIAG_ERROR, c->file, n ? n->line : 0, n ? n->col : 0, "%s", msg);
	c->failed = true;
}

/* Keys of map outside `known` (NULL-terminated) are errors. */
static void only_keys(ctx *c, const yt_node *map, const char *what, const char *const *known)
{
	for (size_t i = 0; i < map->len; i++) {
		const char *k = map->pairs[i].key->text;
		bool ok = false;
		for (const char *const *q = known; *q; q++)
			ok = ok || strcmp(k, *q) == 0;
		if (!ok)
			err(c, map->pairs[i].key, "unknown key `%s` in %s", k, what);
	}
}

static bool want(ctx *c, const yt_node *n, yt_kind kind, const char *what)
{
	static const char *const names[] = { "a text", "a mapping", "a list" };
	if (n && n->kind == kind && !(kind == YT_SCALAR && n->null))
		return true;
	char buf[80];
	err(c, n, "%s must be %s, not %s", what, names[kind], n ? yt_describe(n, buf, sizeof buf) : "missing");
	return false;
}

/* {vi: "...", en: "..."} into out[LANG_VI], out[LANG_EN]. */
static void load_texts(ctx *c, const yt_node *n, const char *what, char out[2][STORY_CAPTION_MAX])
{
	static const char *const known[] = { "vi", "en", NULL };
	if (!want(c, n, YT_MAP, what))
		return;
	only_keys(c, n, what, known);
	for (int l = 0; l < 2; l++) {
		const char *key = l == LANG_VI ? "vi" : "en";
		const yt_node *t = yt_map_get(n, key);
		if (!t) {
			err(c, n, "%s needs `%s`", what, key);
			continue;
		}
		if (!want(c, t, YT_SCALAR, what))
			continue;
		if (t->len >= STORY_CAPTION_MAX)
			err(c, t, "%s is longer than %d bytes", what, STORY_CAPTION_MAX - 1);
		else
			memcpy(out[l], t->text, t->len + 1);
	}
}

static const struct {
	const char *name;
	int code;
} key_names[] = {
	{ "Space", STORY_KEY_SPACE }, { "Enter", STORY_KEY_ENTER }, { "Tab", STORY_KEY_TAB },
	{ "Up", STORY_KEY_UP }, { "Down", STORY_KEY_DOWN }, { "Left", STORY_KEY_LEFT },
	{ "Right", STORY_KEY_RIGHT },
};

static void load_keys(ctx *c, const yt_node *n, story_action *a)
{
	if (!want(c, n, YT_SCALAR, "keys"))
		return;
	for (const char *p = n->text; *p;) {
		int code = 0;
		if (*p == '<') {
			const char *e = strchr(p, '>');
			size_t len = e ? (size_t)(e - p - 1) : 0;
			for (size_t i = 0; e && i < sizeof key_names / sizeof key_names[0]; i++)
				if (strlen(key_names[i].name) == len && strncmp(p + 1, key_names[i].name, len) == 0)
					code = key_names[i].code;
			if (!code) {
				err(c, n, "unknown key name `%.*s` (known: <Space> <Enter> <Tab> <Up> <Down> <Left> <Right>)",
				    e ? (int)(e - p + 1) : (int)strlen(p), p);
				return;
			}
			p = e + 1;
		} else if (*p > ' ' && *p < 0x7f) {
			code = *p++;
		} else {
			err(c, n, "keys are printable ASCII characters or <Name>s");
			return;
		}
		if (a->n_keys >= STORY_MAX_KEYS) {
			err(c, n, "more than %d keys in one action", STORY_MAX_KEYS);
			return;
		}
		a->keys[a->n_keys++] = code;
	}
}

static void load_set(ctx *c, const yt_node *n, story_action *a)
{
	static const char *const known[] = { "item", "area_ha", "sow", NULL };
	if (!want(c, n, YT_MAP, "set"))
		return;
	only_keys(c, n, "set", known);
	const yt_node *id = yt_map_get(n, "item");
	if (!id)
		err(c, n, "set needs `item` (a plan item's id)");
	else if (want(c, id, YT_SCALAR, "item") && id->len >= SCN_ID_MAX)
		err(c, id, "item id is too long");
	else if (id->kind == YT_SCALAR && !id->null)
		memcpy(a->item, id->text, id->len + 1);
	const yt_node *v = yt_map_get(n, "area_ha");
	if (v && want(c, v, YT_SCALAR, "area_ha")) {
		if (schema_parse_number(v->text, v->len, &a->area_ha) != NUM_OK || a->area_ha < 0 ||
		    a->area_ha > 1e6)
			err(c, v, "area_ha must be a number from 0 to 1000000");
		else
			a->has_area = true;
	}
	v = yt_map_get(n, "sow");
	if (v && want(c, v, YT_SCALAR, "sow")) {
		if (!date_parse(v->text, &a->sow))
			err(c, v, "sow must be a date YYYY-MM-DD that exists, not '%s'", v->text);
		else
			a->has_sow = true;
	}
	if (!a->has_area && !a->has_sow && !yt_map_get(n, "area_ha") && !yt_map_get(n, "sow"))
		err(c, n, "set changes nothing: give area_ha or sow");
}

static void load_action(ctx *c, const yt_node *n, story_action *a)
{
	static const char *const known[] = { "keys", "set", NULL };
	memset(a, 0, sizeof *a);
	a->line = n->line;
	a->col = n->col;
	if (!want(c, n, YT_MAP, "an action") )
		return;
	only_keys(c, n, "an action", known);
	const yt_node *k = yt_map_get(n, "keys"), *s = yt_map_get(n, "set");
	if ((k != NULL) == (s != NULL)) {
		err(c, n, "an action is either `keys` or `set`");
		return;
	}
	a->kind = k ? STORY_KEYS : STORY_SET;
	if (k)
		load_keys(c, k, a);
	else
		load_set(c, s, a);
}

static void load_step(ctx *c, const yt_node *n, story_step *st)
{
	static const char *const known[] = { "caption", "do", NULL };
	if (!want(c, n, YT_MAP, "a step"))
		return;
	only_keys(c, n, "a step", known);
	const yt_node *cap = yt_map_get(n, "caption"), *dos = yt_map_get(n, "do");
	if (!cap)
		err(c, n, "a step needs a `caption`");
	else
		load_texts(c, cap, "caption", st->caption);
	if (!dos) {
		err(c, n, "a step needs `do` (a list of actions)");
		return;
	}
	if (!want(c, dos, YT_SEQ, "do"))
		return;
	st->actions = calloc(dos->len ? dos->len : 1, sizeof *st->actions);
	if (!st->actions) {
		err(c, dos, "out of memory");
		return;
	}
	for (size_t i = 0; i < dos->len; i++)
		load_action(c, dos->items[i], &st->actions[st->n_actions++]);
}

static void load_root(ctx *c, const yt_node *root, story *s)
{
	static const char *const known[] = { "format", "title", "steps", NULL };
	if (!want(c, root, YT_MAP, "a story"))
		return;
	only_keys(c, root, "the story", known);
	const yt_node *f = yt_map_get(root, "format");
	if (!f)
		err(c, root, "the story needs `format: %s`", STORY_FORMAT);
	else if (want(c, f, YT_SCALAR, "format") && strcmp(f->text, STORY_FORMAT) != 0)
		err(c, f, "format must be %s, not '%s'", STORY_FORMAT, f->text);
	const yt_node *t = yt_map_get(root, "title");
	if (!t)
		err(c, root, "the story needs a `title`");
	else
		load_texts(c, t, "title", s->title);
	const yt_node *steps = yt_map_get(root, "steps");
	if (!steps) {
		err(c, root, "the story needs `steps`");
		return;
	}
	if (!want(c, steps, YT_SEQ, "steps"))
		return;
	if (steps->len == 0 || steps->len > STORY_MAX_STEPS) {
		err(c, steps, "a story has 1 to %d steps", STORY_MAX_STEPS);
		return;
	}
	for (size_t i = 0; i < steps->len; i++)
		load_step(c, steps->items[i], &s->steps[s->n_steps++]);
}

void story_init(story *s)
{
	memset(s, 0, sizeof *s);
}

void story_fini(story *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_steps; i++)
		free(s->steps[i].actions);
	free(s->file);
	story_init(s);
}

bool story_load_text(const char *name, const char *text, size_t len, story *s, diag_list *dl)
{
	story_init(s);
	ctx c = { name, dl, false };
	s->file = strdup(name);
	yt_arena *arena = yt_arena_create();
	if (!s->file || !arena) {
		diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
		yt_arena_destroy(arena);
		story_fini(s);
		return false;
	}
	bool ok;
	yt_node *root = yt_parse(arena, text, len, 0, name, dl, &ok);
	if (!ok)
		c.failed = true;
	if (root)
		load_root(&c, root, s);
	else if (ok)
		err(&c, NULL, "the story is empty");
	yt_arena_destroy(arena);
	if (c.failed) {
		story_fini(s);
		return false;
	}
	return true;
}

bool story_load_file(const char *path, story *s, diag_list *dl)
{
	char *text = NULL;
	size_t len = 0;
	story_init(s);
	int e = text_file_read(path, YT_MAX_FILE_BYTES, &text, &len);
	if (e) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "%s", e == EFBIG ? "file too large" : strerror(e));
		return false;
	}
	bool ok = story_load_text(path, text, len, s, dl);
	free(text);
	return ok;
}

bool story_load_builtin(story *s, diag_list *dl)
{
	return story_load_text("<built-in story>", builtin_story_yaml, builtin_story_yaml_len, s, dl);
}

bool story_find_item(const scenario *scn, const char *id, size_t *commune_i, size_t *item_i)
{
	for (size_t c = 0; c < scn->n_communes; c++)
		for (size_t i = 0; i < scn->communes[c].n_plan; i++)
			if (strcmp(scn->communes[c].plan[i].id, id) == 0) {
				*commune_i = c;
				*item_i = i;
				return true;
			}
	return false;
}

bool story_check(const story *s, const scenario *scn, diag_list *dl)
{
	bool ok = true;
	for (size_t i = 0; i < s->n_steps; i++)
		for (size_t j = 0; j < s->steps[i].n_actions; j++) {
			const story_action *a = &s->steps[i].actions[j];
			size_t c, it;
			if (a->kind == STORY_SET && !story_find_item(scn, a->item, &c, &it)) {
				diag_add(dl, DIAG_ERROR, s->file, a->line, a->col,
					 "no plan item `%s` in the scenario", a->item);
				ok = false;
			}
		}
	return ok;
}
