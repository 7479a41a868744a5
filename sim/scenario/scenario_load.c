/* scenario_load.c - scenario YAML to structs (scenario_load.h): the entry points and the order
 * of the work: parse, follow `extends:`, load the schema's objects, resolve references, read
 * the weather file, run the semantic checks. The parts live in scenario_load_*.c (see
 * scenario_load_impl.h). */
#include "scenario_load.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "path.h"
#include "scenario_load_impl.h"
#include "text_file.h"

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
	scenario_settle_ids(c->s);
	load_weather_file(c);
	if (c->oom)
		return false;
	/* Past the limit the checks would only add to a list already cut short. */
	if (!c->budget.spent)
		scenario_check_marked(c->s, &c->marks, c->dl);
	if (!c->budget.spent && c->mode == SCENARIO_LOAD_CHECK)
		scenario_check_plausible_marked(c->s, &c->marks, c->dl);
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
			const struct stat *id, scenario_load_mode mode, bool builtin, scenario *out,
			diag_list *dl)
{
	scenario_init(out);
	load_ctx c = { .dl = dl, .s = out, .mode = mode, .builtin = builtin };
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
	return load_common(name, text, len, base_dir ? base_dir : "", NULL, SCENARIO_LOAD_FULL,
			   false, out, dl);
}

bool load_builtin(const char *text, size_t len, scenario *out, diag_list *dl)
{
	return load_common("<built-in>", text, len, "", NULL, SCENARIO_LOAD_FULL, true, out, dl);
}

bool scenario_load_file(const char *path, scenario *out, diag_list *dl)
{
	return scenario_load_file_mode(path, SCENARIO_LOAD_FULL, out, dl);
}

bool scenario_load_file_mode(const char *path, scenario_load_mode mode, scenario *out,
			     diag_list *dl)
{
	char *text;
	size_t len;
	int e = text_file_read(path, YT_MAX_FILE_BYTES, &text, &len);
	if (e) {
		scenario_init(out);
		if (e == EFBIG)
			diag_add(dl, DIAG_ERROR, path, 0, 0,
				 "file is larger than 4 MiB; scenario files are limited to 4 MiB");
		else if (e == TEXT_FILE_NOT_REGULAR)
			diag_add(dl, DIAG_ERROR, path, 0, 0, "not a regular file");
		else
			diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot read the file: %s", strerror(e));
		return false;
	}
	char *dir = path_dir(path);
	struct stat st;
	bool have_id = stat(path, &st) == 0;
	bool ok = dir && load_common(path, text, len, dir, have_id ? &st : NULL, mode, false, out,
				     dl);
	if (!dir) {
		scenario_init(out);
		diag_add(dl, DIAG_ERROR, path, 0, 0, "out of memory");
	}
	free(dir);
	free(text);
	return ok;
}
