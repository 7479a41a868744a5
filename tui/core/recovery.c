/* recovery.c - the recovery file of unsaved edits (see recovery.h): its place and name, its
 * header, writing it atomically with mode 0600, reading it back, removing it. */
#include "recovery.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
#include "hash.h"
#include "path.h"
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

char *recovery_name_for(const char *original)
{
	if (!original)
		return strdup(RECOVERY_BUILTIN_NAME);
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
	char *out = malloc(k + 1 + 16 + 6);
	if (out)
		sprintf(out, "%s%s%016" PRIx64 ".yaml", k ? name : "", k ? "-" : "", h);
	return out;
}

bool recovery_make_dir(const char *dir, diag_list *dl)
{
	char *buf = strdup(dir);
	if (!buf) {
		diag_add(dl, DIAG_ERROR, dir, 0, 0, "out of memory");
		return false;
	}
	int err = 0;
	for (char *p = buf + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;
		*p = 0;
		if (mkdir(buf, 0700) != 0 && errno != EEXIST)
			err = errno;
		*p = c;
		if (err || !c)
			break;
	}
	struct stat st;
	if (!err && stat(dir, &st) != 0)
		err = errno;
	else if (!err && !S_ISDIR(st.st_mode))
		err = ENOTDIR;
	if (err)
		diag_add(dl, DIAG_ERROR, dir, 0, 0, "cannot create the directory for recovery files: %s",
			 strerror(err));
	free(buf);
	return err == 0;
}

char *recovery_text(const recovery_header *h, const scenario *s, size_t *len, diag_list *dl)
{
	size_t ylen = 0;
	char *yaml = scenario_to_yaml(s, &ylen, dl);
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

bool recovery_write(const char *file, const recovery_header *h, const scenario *s,
		    diag_list *dl)
{
	size_t len = 0;
	char *text = recovery_text(h, s, &len, dl);
	if (!text)
		return false;
	bool ok = atomic_write_private_file(file, text, len, dl);
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

recovery_status recovery_read(const char *file, const char *original, recovery_header *h,
			      scenario *out, diag_list *dl)
{
	memset(h, 0, sizeof *h);
	scenario_init(out);
	char *text = NULL;
	size_t len = 0;
	int e = text_file_read(file, YT_MAX_FILE_BYTES, &text, &len);
	if (e == ENOENT)
		return RECOVERY_NONE;
	if (e) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "cannot read the recovery file: %s",
			 e == EFBIG ? "larger than 4 MiB" : text_file_strerror(e));
		return RECOVERY_BAD;
	}
	recovery_status st = RECOVERY_BAD;
	if (!recovery_parse_header(file, text, len, h, dl))
		goto done;
	if ((h->original == NULL) != (original == NULL) ||
	    (original && strcmp(h->original, original) != 0)) {
		diag_add(dl, DIAG_ERROR, file, 2, 1, "the recovery file is of %s, not of %s",
			 h->original ? h->original : BUILTIN_LABEL, original ? original : BUILTIN_LABEL);
		goto done;
	}
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
	st = RECOVERY_FOUND;
done:
	if (st != RECOVERY_FOUND)
		recovery_header_fini(h);
	free(text);
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

bool recovery_remove(const char *file, diag_list *dl)
{
	if (unlink(file) == 0 || errno == ENOENT)
		return true;
	diag_add(dl, DIAG_ERROR, file, 0, 0, "cannot remove the recovery file: %s", strerror(errno));
	return false;
}
