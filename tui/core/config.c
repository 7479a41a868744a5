/* config.c - the remembered theme and language: path, parse (with file:line warnings),
 * format and atomic save. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic_file.h"
#include "i18n.h"
#include "path.h"
#include "text_file.h"
#include "theme_spec.h"

void config_init(vd_config *c)
{
	c->theme = -1;
	c->lang = -1;
}

char *config_path(const char *xdg_config_home, const char *home)
{
	if (xdg_config_home && xdg_config_home[0] == '/')
		return path_join(xdg_config_home, "vudong/config");
	if (home && home[0])
		return path_join(home, ".config/vudong/config");
	return NULL;
}

static bool is_space(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r';
}

/* [s, e) without surrounding blanks. */
static void trim(const char **s, const char **e)
{
	while (*s < *e && is_space(**s))
		(*s)++;
	while (*e > *s && is_space((*e)[-1]))
		(*e)--;
}

static void parse_line(const char *s, const char *e, const char *file, int line, vd_config *c,
		       diag_list *dl)
{
	trim(&s, &e);
	if (s == e || *s == '#')
		return;
	const char *eq = memchr(s, '=', (size_t)(e - s));
	if (!eq) {
		diag_add(dl, DIAG_WARNING, file, line, 0, "expected `key = value`; line ignored");
		return;
	}
	const char *ke = eq, *vs = eq + 1;
	trim(&s, &ke);
	trim(&vs, &e);
	char key[32], val[64];
	if ((size_t)(ke - s) >= sizeof key || (size_t)(e - vs) >= sizeof val) {
		diag_add(dl, DIAG_WARNING, file, line, 0, "key or value too long; line ignored");
		return;
	}
	snprintf(key, sizeof key, "%.*s", (int)(ke - s), s);
	snprintf(val, sizeof val, "%.*s", (int)(e - vs), vs);
	if (strcmp(key, "theme") == 0) {
		int t = theme_parse(val);
		if (t < 0)
			diag_add(dl, DIAG_WARNING, file, line, 0,
				 "theme must be dark, light, contrast or mono, not '%s'", val);
		else
			c->theme = t;
	} else if (strcmp(key, "lang") == 0) {
		int l = lang_parse(val);
		if (l < 0)
			diag_add(dl, DIAG_WARNING, file, line, 0, "lang must be vi or en, not '%s'", val);
		else
			c->lang = l;
	} else {
		diag_add(dl, DIAG_WARNING, file, line, 0, "unknown key '%s' (known: theme, lang)", key);
	}
}

void config_parse(const char *text, size_t len, const char *file, vd_config *c, diag_list *dl)
{
	const char *p = text, *end = text + len;
	int line = 1;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		if (memchr(p, 0, (size_t)(le - p)))
			diag_add(dl, DIAG_WARNING, file, line, 0, "a NUL byte; line ignored");
		else
			parse_line(p, le, file, line, c, dl);
		p = nl ? nl + 1 : end;
		line++;
	}
}

void config_load(const char *path, vd_config *c, diag_list *dl)
{
	char *text = NULL;
	size_t len = 0;
	int err = text_file_read(path, CONFIG_MAX_BYTES, &text, &len);
	if (err == ENOENT)
		return;
	if (err == EFBIG)
		diag_add(dl, DIAG_WARNING, path, 0, 0, "larger than %d bytes; not read",
			 CONFIG_MAX_BYTES);
	else if (err)
		diag_add(dl, DIAG_WARNING, path, 0, 0, "cannot read: %s", strerror(err));
	else
		config_parse(text, len, path, c, dl);
	free(text);
}

char *config_format(const vd_config *c)
{
	char buf[512];
	int n = snprintf(buf, sizeof buf,
			 "# vudong settings, written by vudong (docs/workshop.md).\n"
			 "# key = value; lines starting with # are comments.\n"
			 "%s%s%s%s%s%s",
			 c->theme >= 0 ? "theme = " : "",
			 c->theme >= 0 ? theme_name((theme_id)c->theme) : "",
			 c->theme >= 0 ? "\n" : "",
			 c->lang >= 0 ? "lang = " : "",
			 c->lang >= 0 ? (c->lang == LANG_EN ? "en" : "vi") : "",
			 c->lang >= 0 ? "\n" : "");
	if (n < 0 || (size_t)n >= sizeof buf)
		return NULL;
	return strdup(buf);
}

/* mkdir -p of path's folder (0700 for what it creates). */
static bool make_folders(const char *path, diag_list *dl)
{
	char *dir = path_dir(path);
	if (!dir)
		return false;
	bool ok = true;
	if (!dir[0]) {
		free(dir);
		return true;
	}
	for (char *p = dir + 1; ok; p++) {
		char ch = *p;
		if (ch != '/' && ch != 0)
			continue;
		*p = 0;
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			diag_add(dl, DIAG_ERROR, dir, 0, 0, "cannot create the folder: %s", strerror(errno));
			ok = false;
		}
		*p = ch;
		if (ch == 0)
			break;
	}
	free(dir);
	return ok;
}

bool config_save(const char *path, const vd_config *c, diag_list *dl)
{
	char *text = config_format(c);
	if (!text) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "out of memory");
		return false;
	}
	bool ok = make_folders(path, dl) && atomic_write_file(path, text, strlen(text), true, dl);
	free(text);
	return ok;
}
