/* recovery.c - the recovery file of unsaved edits (see recovery.h): its place and names,
 * its header, writing it self-contained into the state folder, reading it back only when it
 * can be trusted. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath */
#endif
#include "recovery.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hash.h"
#include "path.h"
#include "safe_dir.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "strbuf.h"
#include "text_file.h"
#include "yaml_tree.h"

#define NAME_MAX_BYTES 40          /* the readable part of a recovery file's name */
#define BUILTIN_LABEL "<built-in>"
#define HEADER_LINES 4


char *recovery_dir_for(const char *xdg_state_home, const char *home)
{
	if (xdg_state_home && xdg_state_home[0] == '/')
		return path_join(xdg_state_home, "vudong");
	if (home && home[0] == '/')
		return path_join(home, ".local/state/vudong");
	return NULL;
}

static bool name_byte_kept(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '_' || c == '.' || c >= 0x80;
}

char *recovery_prefix_for(const char *original)
{
	if (!original)
		return strdup(RECOVERY_BUILTIN_PREFIX);
	if (original[0] != '/' || strpbrk(original, "\r\n"))
		return NULL;
	const char *base = strrchr(original, '/') + 1;
	size_t n = path_stem_length(base);
	char name[NAME_MAX_BYTES + 1];
	size_t k = 0;
	for (; k < n && k < NAME_MAX_BYTES; k++)
		name[k] = name_byte_kept((unsigned char)base[k]) ? base[k] : '_';
	/* Cut inside a UTF-8 sequence: drop its partial bytes. */
	if (k < n && ((unsigned char)base[k] & 0xC0) == 0x80) {
		while (k > 0 && ((unsigned char)name[k - 1] & 0xC0) == 0x80)
			k--;
		if (k > 0 && (unsigned char)name[k - 1] >= 0xC0)
			k--;
	}
	name[k] = 0;
	if (name[0] == '.')
		name[0] = '_';               /* never a hidden file */
	uint64_t h = hash_fnv1a64(original, strlen(original));
	char *out = malloc(k + 1 + 16 + 1);
	if (out)
		sprintf(out, "%s%s%016" PRIx64, k ? name : "", k ? "-" : "", h);
	return out;
}

char *recovery_instance_name(const char *prefix, long pid, long long start, const char *ext)
{
	size_t n = strlen(prefix) + strlen(ext) + 48;
	char *out = malloc(n);
	if (out)
		snprintf(out, n, "%s.%ld-%lld%s", prefix, pid, start, ext);
	return out;
}

char *recovery_lock_name(const char *name)
{
	size_t n = strlen(name), e = strlen(RECOVERY_EXT);
	if (n >= e && strcmp(name + n - e, RECOVERY_EXT) == 0)
		n -= e;
	char *out = malloc(n + strlen(RECOVERY_LOCK_EXT) + 1);
	if (out) {
		memcpy(out, name, n);
		strcpy(out + n, RECOVERY_LOCK_EXT);
	}
	return out;
}

/* The absolute, resolved path of a file the scenario read, for a self-contained recovery
 * file; NULL to keep the name as written (a record compiled into the program, or a file
 * that is gone). */
static char *absolute_of(const char *resolved)
{
	if (!resolved || strncmp(resolved, BUILTIN_LABEL, strlen(BUILTIN_LABEL)) == 0)
		return NULL;
	return realpath(resolved, NULL);
}

char *recovery_text(const recovery_header *h, const scenario *s, size_t *len, diag_list *dl)
{
	/* Shallow: only the names of the weather's files change. */
	scenario c = *s;
	char *file = s->weather.source == WEATHER_FILE ? absolute_of(s->weather.file_resolved) : NULL;
	char *record = s->weather.source == WEATHER_STATION ?
		absolute_of(s->weather.station.record_resolved) : NULL;
	char *observed = s->weather.observed_to_date ? absolute_of(s->weather.observed_resolved) : NULL;
	if (file)
		c.weather.file = file;
	if (record)
		c.weather.station.record = record;
	if (observed)
		c.weather.observed_to_date = observed;
	size_t ylen = 0;
	char *yaml = scenario_to_yaml(&c, &ylen, dl);
	free(file);
	free(record);
	free(observed);
	if (!yaml)
		return NULL;
	time_t t = (time_t)h->time;
	struct tm tm;
	char when[32] = "?";
	if (gmtime_r(&t, &tm))
		strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	strbuf b;
	strbuf_init(&b);
	strbuf_appendf(&b, "%s: unsaved edits kept by the vudong interface; safe to delete\n"
		       "# original: %s\n# time: %lld %s\n# original-hash: %016" PRIx64 "\n",
		       RECOVERY_MAGIC, h->original ? h->original : BUILTIN_LABEL, h->time, when,
		       h->original_hash);
	strbuf_append_n(&b, yaml, ylen);
	free(yaml);
	char *text = b.oom ? NULL : strbuf_release(&b, len);
	strbuf_fini(&b);
	if (!text)
		diag_add(dl, DIAG_ERROR, h->original ? h->original : BUILTIN_LABEL, 0, 0, "out of memory");
	return text;
}

bool recovery_write(int dfd, const char *shown, const char *name, const recovery_header *h,
		    const scenario *s, diag_list *dl)
{
	size_t len = 0;
	char *text = recovery_text(h, s, &len, dl);
	if (!text)
		return false;
	bool ok = safe_dir_write(dfd, shown, name, text, len, dl);
	free(text);
	return ok;
}

void recovery_header_fini(recovery_header *h)
{
	free(h->original);
	memset(h, 0, sizeof *h);
}

/* The rest of the line at *p after `prefix`, copied to a malloc'd string; NULL when the line
 * does not start with prefix or has no end. *p moves past the line. */
static char *header_value(const char **p, const char *end, const char *prefix)
{
	const char *eol = memchr(*p, '\n', (size_t)(end - *p));
	if (!eol)
		return NULL;
	size_t plen = strlen(prefix);
	size_t n = (size_t)(eol - *p);
	char *v = NULL;
	if (n >= plen && memcmp(*p, prefix, plen) == 0 && (v = malloc(n - plen + 1))) {
		memcpy(v, *p + plen, n - plen);
		v[n - plen] = 0;
	}
	*p = eol + 1;
	return v;
}

/* "SECONDS" or "SECONDS TEXT" (the readable UTC time after the number is not read). */
static bool parse_time(const char *s, long long *out)
{
	char *e;
	errno = 0;
	*out = strtoll(s, &e, 10);
	return e != s && !errno && (!*e || *e == ' ');
}

/* Exactly 16 hex digits. */
static bool parse_hash(const char *s, uint64_t *out)
{
	if (strlen(s) != 16)
		return false;
	for (int i = 0; i < 16; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	*out = (uint64_t)strtoull(s, NULL, 16);
	return true;
}

bool recovery_parse_header(const char *file, const char *text, size_t len, recovery_header *h,
			   diag_list *dl)
{
	static const char *const prefixes[HEADER_LINES] = { RECOVERY_MAGIC, "# original: ",
							    "# time: ", "# original-hash: " };
	static const char *const expected[HEADER_LINES] = {
		"a recovery file starts with `" RECOVERY_MAGIC "`",
		"expected `# original: PATH`",
		"expected `# time: SECONDS`",
		"expected `# original-hash: 16 hex digits`",
	};
	memset(h, 0, sizeof *h);
	const char *p = text, *end = text + len;
	char *v[HEADER_LINES] = { NULL };
	int bad = 0;
	for (int i = 0; i < HEADER_LINES && !bad; i++) {
		if (!(v[i] = header_value(&p, end, prefixes[i])))
			bad = i + 1;
		else if (i == 2 && !parse_time(v[2], &h->time))
			bad = 3;
		else if (i == 3 && !parse_hash(v[3], &h->original_hash))
			bad = 4;
	}
	if (bad) {
		diag_add(dl, DIAG_ERROR, file, bad, 1, "not a usable vudong recovery file: %s",
			 expected[bad - 1]);
	} else if (strcmp(v[1], BUILTIN_LABEL) != 0) {
		h->original = v[1];
		v[1] = NULL;
	}
	for (int i = 0; i < HEADER_LINES; i++)
		free(v[i]);
	return !bad;
}

/* Whether path is inside the folder `dir` (both resolved). */
static bool inside(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	return strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == 0);
}

/* A file a recovery file names: a record compiled in, or an absolute path of a regular file
 * outside the state folder. Checked without opening it. Returns false with a diagnostic. */
static bool reference_ok(const char *file, const yt_node *n, const char *what,
			 const char *state_real, diag_list *dl)
{
	if (!n)
		return true;
	if (n->kind != YT_SCALAR) {
		diag_add(dl, DIAG_ERROR, file, n->line, n->col, "%s must be a file name", what);
		return false;
	}
	if (n->text[0] != '/') {
		size_t blen;
		if (scenario_builtin_station(n->text, &blen))
			return true;
		diag_add(dl, DIAG_ERROR, file, n->line, n->col,
			 "%s '%s' not an absolute path", what, n->text);
		return false;
	}
	struct stat st;
	char *real = realpath(n->text, NULL);
	bool in_state = real && state_real && inside(real, state_real);
	bool ok = real && !in_state && stat(real, &st) == 0 && S_ISREG(st.st_mode);
	if (!ok)
		diag_add(dl, DIAG_ERROR, file, n->line, n->col,
			 in_state ? "%s '%s' inside the state folder"
				  : "%s '%s' not a regular file",
			 what, n->text);
	free(real);
	return ok;
}

/* A recovery file is self-contained: no `extends:`, and only the files reference_ok takes.
 * Parsed on its own, before the loader opens anything it names. */
static bool self_contained(const char *file, const char *text, size_t len, const char *shown,
			   diag_list *dl)
{
	yt_arena *arena = yt_arena_create();
	if (!arena) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "out of memory");
		return false;
	}
	bool parsed = false;
	yt_node *root = yt_parse(arena, text, len, 0, file, dl, &parsed);
	bool ok = parsed;
	const yt_node *ext = yt_map_get(root, "extends");
	if (ok && ext) {
		diag_add(dl, DIAG_ERROR, file, ext->line, ext->col,
			 "`extends:` refused (a recovery file stands alone)");
		ok = false;
	}
	const yt_node *w = yt_map_get(root, "weather");
	char *state_real = shown ? realpath(shown, NULL) : NULL;
	ok = ok && reference_ok(file, yt_map_get(w, "file"), "weather.file", state_real, dl) &&
	     reference_ok(file, yt_map_get(w, "observed_to_date"), "weather.observed_to_date",
			  state_real, dl) &&
	     reference_ok(file, yt_map_get(yt_map_get(w, "station"), "record"),
			  "weather.station.record", state_real, dl);
	free(state_real);
	yt_arena_destroy(arena);
	return ok;
}

/* Whether two paths name the same file. */
static bool same_file(const char *p, const char *q)
{
	struct stat a, b;
	return p && q && stat(p, &a) == 0 && stat(q, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* *written becomes `like` when both name the same file (the scenario as loaded writes it). */
static void keep_name(char **written, const char *resolved, const char *like,
		      const char *like_resolved)
{
	char *copy;
	if (*written && like && same_file(resolved, like_resolved) && (copy = strdup(like))) {
		free(*written);
		*written = copy;
	}
}

recovery_status recovery_read(int dfd, const char *shown, const char *name, const char *original,
			      const scenario *loaded, recovery_header *h, scenario *out,
			      diag_list *dl)
{
	memset(h, 0, sizeof *h);
	scenario_init(out);
	char *file = path_join(shown ? shown : ".", name);
	if (!file) {
		diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
		return RECOVERY_BAD;
	}
	char *text = NULL;
	size_t len = 0;
	int e = safe_dir_read(dfd, name, YT_MAX_FILE_BYTES, &text, &len, NULL);
	if (e == ENOENT) {
		free(file);
		return RECOVERY_NONE;
	}
	recovery_status st = RECOVERY_BAD;
	if (e) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "unreadable: %s", safe_dir_strerror(e));
		goto done;
	}
	if (!recovery_parse_header(file, text, len, h, dl))
		goto done;
	if ((h->original == NULL) != (original == NULL) ||
	    (original && strcmp(h->original, original) != 0)) {
		diag_add(dl, DIAG_ERROR, file, 2, 1, "the recovery file is of %s, not of %s",
			 h->original ? h->original : BUILTIN_LABEL, original ? original : BUILTIN_LABEL);
		goto done;
	}
	if (!self_contained(file, text, len, shown, dl))
		goto done;
	char *base = original ? path_dir(original) : NULL;
	if (original && !base) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "out of memory");
		goto done;
	}
	bool ok = scenario_load_text(file, text, len, base, out, dl);
	free(base);
	if (!ok)
		goto done;
	char *p = strdup(original ? original : BUILTIN_LABEL);
	if (!p) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "out of memory");
		scenario_fini(out);
		goto done;
	}
	free(out->path);
	out->path = p;
	if (loaded) {
		weather_input *w = &out->weather;
		const weather_input *lw = &loaded->weather;
		keep_name(&w->file, w->file_resolved, lw->file, lw->file_resolved);
		keep_name(&w->station.record, w->station.record_resolved, lw->station.record,
			  lw->station.record_resolved);
		keep_name(&w->observed_to_date, w->observed_resolved, lw->observed_to_date,
			  lw->observed_resolved);
	}
	st = RECOVERY_FOUND;
done:
	if (st != RECOVERY_FOUND)
		recovery_header_fini(h);
	free(text);
	free(file);
	return st;
}

bool recovery_hash_original(const char *original, uint64_t *hash, diag_list *dl)
{
	if (!original) {
		size_t len = 0;
		const char *t = scenario_builtin_text(&len);
		*hash = hash_fnv1a64(t, len);
		return true;
	}
	char *text = NULL;
	size_t len = 0;
	int e = text_file_read(original, YT_MAX_FILE_BYTES, &text, &len);
	if (e) {
		diag_add(dl, DIAG_ERROR, original, 0, 0, "cannot read: %s",
			 e == EFBIG ? "larger than 4 MiB" : text_file_strerror(e));
		return false;
	}
	*hash = hash_fnv1a64(text, len);
	free(text);
	return true;
}
