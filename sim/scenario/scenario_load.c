/* scenario_load.c - scenario YAML to structs (scenario_io.h): the entry points, the state of
 * one load (its file list, marks and diagnostics), parsing a file's text, and the order of
 * the work: parse, follow `extends:`, load the schema's objects, resolve references, read
 * the weather file, run the semantic checks. The parts live in scenario_load_*.c (see
 * scenario_load_impl.h). */
#include "scenario_io.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "path.h"
#include "scenario_load_impl.h"
#include "text_file.h"

src_mark load_mark(const yt_node *n)
{
	return (src_mark){ .file = n->file, .line = n->line, .col = n->col };
}

void load_oom(load_ctx *c)
{
	if (!c->oom)
		diag_add(c->dl, DIAG_ERROR, c->n_files ? c->files[0].name : NULL, 0, 0, "out of memory");
	c->oom = true;
}

void load_error_at(load_ctx *c, const yt_node *n, const char *fmt, ...)
{
	const char *file = (n && n->file >= 0 && (size_t)n->file < c->n_files) ?
				   c->files[n->file].name : c->files[0].name;
	int line = n ? n->line : 0, col = n ? n->col : 0;
	if (!diag_budget_take(&c->budget, c->dl, file, line, col))
		return;
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (!diag_add(c->dl, DIAG_ERROR, file, line, col, "%s", msg))
		c->oom = true;
}

void load_record(load_ctx *c, const void *addr, const schema_field *f, const yt_node *key,
		 const yt_node *value, bool bad)
{
	src_mark none = { .file = -1 };
	if (!mark_map_put(&c->marks, addr, f, key ? load_mark(key) : none,
			  value ? load_mark(value) : none, bad))
		load_oom(c);
}

int load_add_file(load_ctx *c, const char *name, const char *dir, const char *rel_dir)
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
	f->name = strdup(name);
	f->dir = strdup(dir ? dir : "");
	f->rel_dir = strdup(rel_dir ? rel_dir : "");
	if (!f->name || !f->dir || !f->rel_dir) {
		free(f->name);
		free(f->dir);
		free(f->rel_dir);
		return -1;
	}
	return (int)c->n_files++;
}

yt_node *load_parse_text(load_ctx *c, int file, const char *text, size_t len)
{
	const char *name = c->files[file].name;
	if (len > YT_MAX_FILE_BYTES) {
		diag_add(c->dl, DIAG_ERROR, name, 0, 0,
			 "file is larger than 4 MiB (%zu bytes); scenario files are limited to 4 MiB", len);
		return NULL;
	}
	bool ok;
	yt_node *root = yt_parse(c->arena, text, len, file, name, c->dl, &ok);
	if (!root) {
		if (ok)
			diag_add(c->dl, DIAG_ERROR, name, 0, 0,
				 "the file is empty; a scenario starts with `format: vudong/1`");
		return NULL;
	}
	if (root->kind != YT_MAP) {
		char d[64];
		load_error_at(c, root, "a scenario must be a mapping of keys (format: vudong/1, site: ...), not %s",
			      yt_describe(root, d, sizeof d));
		return NULL;
	}
	return root;
}

/* The scenario keeps the names of the files it was read from (for its marks). */
static bool move_files(load_ctx *c)
{
	scenario *s = c->s;
	s->files = calloc(c->n_files, sizeof *s->files);
	if (!s->files)
		return false;
	for (size_t i = 0; i < c->n_files; i++) {
		s->files[i] = c->files[i].name;
		c->files[i].name = strdup(s->files[i]);
		s->n_files = i + 1;
		if (!c->files[i].name)
			return false;
	}
	return true;
}

/* A soil, crop or commune without a `name` is shown by its id in reports and the interface. */
static void default_names(scenario *s)
{
	for (size_t i = 0; i < s->n_soils; i++)
		if (!s->soils[i].name[0])
			memcpy(s->soils[i].name, s->soils[i].id, sizeof s->soils[i].id);
	for (size_t i = 0; i < s->n_crops; i++)
		if (!s->crops[i].name[0])
			memcpy(s->crops[i].name, s->crops[i].id, sizeof s->crops[i].id);
	for (size_t i = 0; i < s->n_communes; i++)
		if (!s->communes[i].name[0])
			memcpy(s->communes[i].name, s->communes[i].id, sizeof s->communes[i].id);
}

static bool load_root(load_ctx *c, const char *text, size_t len)
{
	yt_node *root = load_parse_text(c, 0, text, len);
	if (!root)
		return false;
	c->chain[c->n_chain++] = 0;
	root = load_extends(c, root, 0);
	if (!root)
		return false;
	yt_map_remove(root, "extends");
	load_object(c, "scenario", root, c->s);
	default_names(c->s);
	if (!move_files(c))
		load_oom(c);
	if (c->oom)
		return false;
	load_refs_resolve(c);
	load_weather_file(c);
	if (c->oom)
		return false;
	/* Past the limit the checks would only add to a list already cut short. */
	if (!c->budget.spent)
		scenario_check_marked(c->s, &c->marks, c->dl);
	return !c->oom;
}

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

/* id: the file's identity when it is a file (for extends cycles). */
static bool load_common(const char *name, const char *text, size_t len, const char *dir,
			const struct stat *id, bool builtin, scenario *out, diag_list *dl)
{
	scenario_init(out);
	load_ctx c = { .dl = dl, .s = out, .builtin = builtin };
	diag_budget_init(&c.budget, dl);
	mark_map_init(&c.marks);
	c.arena = yt_arena_create();
	out->path = strdup(name);
	bool ok = false;
	if (!c.arena || !out->path || load_add_file(&c, name, dir, "") < 0) {
		diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
	} else {
		if (id) {
			c.files[0].has_id = true;
			c.files[0].dev = id->st_dev;
			c.files[0].ino = id->st_ino;
		}
		size_t errors = dl->errors;
		bool lost = dl->out_of_memory;
		/* A diagnostic that could not be added (out of memory) may have been an error. */
		ok = load_root(&c, text, len) && dl->errors == errors && dl->out_of_memory == lost;
	}
	ctx_fini(&c);
	if (!ok)
		scenario_fini(out);
	return ok;
}

bool scenario_load_text(const char *name, const char *text, size_t len, const char *base_dir,
			scenario *out, diag_list *dl)
{
	return load_common(name, text, len, base_dir ? base_dir : "", NULL, false, out, dl);
}

bool load_builtin(const char *text, size_t len, scenario *out, diag_list *dl)
{
	return load_common("<built-in>", text, len, "", NULL, true, out, dl);
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
	bool ok = dir && load_common(path, text, len, dir, have_id ? &st : NULL, false, out, dl);
	if (!dir) {
		scenario_init(out);
		diag_add(dl, DIAG_ERROR, path, 0, 0, "out of memory");
	}
	free(dir);
	free(text);
	return ok;
}
