/* scenario_load_ctx.c - the state of one scenario load that every part of the loader uses:
 * its file list, where each value was written, its diagnostics, and parsing a file's text. */
#include "scenario_load_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	va_list ap;
	va_start(ap, fmt);
	if (!diag_vadd(c->dl, DIAG_ERROR, file, line, col, fmt, ap))
		c->oom = true;
	va_end(ap);
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
