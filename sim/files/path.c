/* path.c - path text helpers for the scenario I/O (see path.h). */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath (pkg-config's ncursesw flags may already set it) */
#endif
#include "path.h"

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *path_join(const char *dir, const char *rel)
{
	if (rel[0] == '/' || !dir || !dir[0] || strcmp(dir, ".") == 0)
		return strdup(rel);
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

char *path_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t n = !slash ? 0 : (slash == path ? 1 : (size_t)(slash - path));
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, path, n);
	p[n] = 0;
	return p;
}

char *path_relative(const char *target, const char *dir)
{
	char *t = realpath(target, NULL);
	char *f = realpath(dir[0] ? dir : ".", NULL);
	char *out = NULL;
	if (!t || !f)
		goto done;
	/* The longest common prefix ending at a component boundary. */
	size_t common = 0;
	for (size_t i = 0;; i++) {
		bool tb = t[i] == '/' || t[i] == 0, fb = f[i] == '/' || f[i] == 0;
		if (tb && fb)
			common = i;
		if (!t[i] || !f[i] || t[i] != f[i])
			break;
	}
	size_t ups = 0;
	if (strcmp(f, "/") != 0)
		for (const char *p = f + common; *p; p++)
			ups += *p == '/';
	const char *rest = t + common + (t[common] == '/');
	out = malloc(ups * 3 + strlen(rest) + 1);
	if (!out)
		goto done;
	out[0] = 0;
	for (size_t i = 0; i < ups; i++)
		strcat(out, "../");
	strcat(out, rest);
done:
	free(t);
	free(f);
	return out;
}

static bool path_exists(const char *path)
{
	struct stat st;
	/* Anything but "no such file" (a folder, no permission) is left for the loader to name. */
	return stat(path, &st) == 0 || (errno != ENOENT && errno != ENOTDIR);
}

char *path_find_data(const char *name, const char *data_dir)
{
	if (!name[0] || name[0] == '/' || !data_dir || !data_dir[0] || path_exists(name))
		return strdup(name);
	char *in_data = path_join(data_dir, name);
	if (!in_data || path_exists(in_data))
		return in_data;
	free(in_data);
	return strdup(name);
}

bool path_has_suffix(const char *path, const char *suffix)
{
	size_t n = strlen(path), m = strlen(suffix);
	if (n < m)
		return false;
	for (size_t i = 0; i < m; i++) {
		char c = path[n - m + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != suffix[i])
			return false;
	}
	return true;
}

size_t path_stem_length(const char *path)
{
	size_t n = strlen(path);
	if (path_has_suffix(path, ".yaml"))
		return n - 5;
	if (path_has_suffix(path, ".yml"))
		return n - 4;
	return n;
}
