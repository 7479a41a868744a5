/* scenario_load_extends.c - `extends:` (DESIGN §4): reads the base file a scenario names
 * (relative to the scenario), follows its own `extends:` first, refuses cycles and chains
 * deeper than LOAD_MAX_EXTENDS files, then lays the extending tree over the base's
 * (scenario_merge). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "path.h"
#include "scenario_load_impl.h"
#include "scenario_merge.h"
#include "text_file.h"

/* The file a key in `file` names: the path to read, its directory, and its directory as
 * written relative to the first file (for paths saved later). False on out of memory. */
typedef struct {
	char *path, *dir, *rel_dir;
} named_file;

static void named_file_fini(named_file *n)
{
	free(n->path);
	free(n->dir);
	free(n->rel_dir);
}

static bool named_file_init(named_file *n, const file_info *from, const char *text)
{
	char *rel = path_dir(text);
	n->path = path_join(from->dir, text);
	n->dir = n->path ? path_dir(n->path) : NULL;
	n->rel_dir = rel ? path_join(from->rel_dir, rel) : NULL;
	free(rel);
	if (n->path && n->dir && n->rel_dir)
		return true;
	named_file_fini(n);
	return false;
}

/* Whether the file with identity st is one of those being loaded (reported). */
static bool in_chain(load_ctx *c, const yt_node *ext, const struct stat *st)
{
	for (int i = 0; i < c->n_chain; i++) {
		const file_info *fi = &c->files[c->chain[i]];
		if (fi->has_id && fi->dev == st->st_dev && fi->ino == st->st_ino) {
			load_error_at(c, ext, "'extends' makes a cycle: %s is already being loaded",
				      fi->name);
			return true;
		}
	}
	return false;
}

/* Reads and parses the base file; its tree, or NULL (reported). */
static yt_node *read_base(load_ctx *c, const yt_node *ext, const named_file *nf)
{
	struct stat st;
	bool have_id = stat(nf->path, &st) == 0;
	if (have_id && in_chain(c, ext, &st))
		return NULL;
	char *text;
	size_t len;
	int e = text_file_read(nf->path, YT_MAX_FILE_BYTES, &text, &len);
	if (e) {
		load_error_at(c, ext, "cannot read '%s' (%s): %s", ext->text, nf->path,
			      e == EFBIG ? "larger than 4 MiB" : text_file_strerror(e));
		return NULL;
	}
	int idx = load_add_file(c, nf->path, nf->dir, nf->rel_dir);
	if (idx < 0) {
		free(text);
		load_oom(c);
		return NULL;
	}
	c->files[idx].has_id = have_id;
	c->files[idx].dev = have_id ? st.st_dev : 0;
	c->files[idx].ino = have_id ? st.st_ino : 0;
	yt_node *base = load_parse_text(c, idx, text, len);
	free(text);
	if (!base)
		return NULL;
	c->chain[c->n_chain++] = idx;
	base = load_extends(c, base, idx);
	c->n_chain--;
	return base;
}

yt_node *load_extends(load_ctx *c, yt_node *root, int file)
{
	yt_node *ext = yt_map_get(root, "extends");
	if (!ext)
		return root;
	if (!load_need(c, schema_find("scenario", "extends"), ext, YT_SCALAR, "a file name"))
		return NULL;
	if (c->n_chain >= LOAD_MAX_EXTENDS) {
		load_error_at(c, ext, "'extends' goes deeper than %d files", LOAD_MAX_EXTENDS);
		return NULL;
	}
	named_file nf;
	if (!named_file_init(&nf, &c->files[file], ext->text)) {
		load_oom(c);
		return NULL;
	}
	yt_node *base = read_base(c, ext, &nf);
	named_file_fini(&nf);
	if (!base)
		return NULL;
	yt_map_remove(base, "extends");
	if (!scenario_merge(c->arena, base, root))
		load_oom(c);
	return base;
}
