/* recovery.h - the recovery files of the interface's unsaved edits: where they live for a
 * scenario (one per running instance), writing one (atomic, mode 0600, in the state folder
 * opened by safe_dir.h) as the edited scenario's self-contained YAML under a header that
 * records the original file, the time and a hash of the original file's bytes, and reading
 * one back against the original's directory once it is known to be safe. No curses, no app state
 * (recovery_session.h keeps the file in step with the interface). */
#ifndef VUDONG_RECOVERY_H
#define VUDONG_RECOVERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "diag.h"
#include "scenario.h"

/* The name prefix of the built-in scenario's recovery files. */
#define RECOVERY_BUILTIN_PREFIX "builtin"
/* The first line of every recovery file. */
#define RECOVERY_MAGIC "# vudong recovery file"

/* The state directory: $XDG_STATE_HOME/vudong when xdg_state_home is an absolute path (the
 * XDG rule: a relative one is ignored), else $HOME/.local/state/vudong when home is
 * absolute. Takes the variables' values (NULL when unset). malloc'd; NULL when neither
 * applies (recovery is then off) or on out of memory. */
char *recovery_dir_for(const char *xdg_state_home, const char *home);

/* The prefix of the recovery files' names for the scenario at the absolute path `original`
 * (NULL = the built-in: RECOVERY_BUILTIN_PREFIX): the file's base name without .yaml/.yml,
 * bytes other than letters, digits, '-', '_', '.' and UTF-8 replaced by '_' and cut to 40
 * bytes, then '-' and 16 hex digits of hash_fnv1a64 of the whole path. E.g.
 * "/srv/plans/Bình Liêu.yaml" -> "Bình_Liêu-<hash>". malloc'd; NULL when original is not
 * absolute, holds a line break (the header could not record it) or on OOM. */
char *recovery_prefix_for(const char *original);

/* One running interface's files: PREFIX.INSTANCE.yaml holds its unsaved edits and
 * PREFIX.INSTANCE.lock is flock'ed by it while it runs (INSTANCE: its pid, '-', its start
 * time in microseconds), so another instance can tell a live one's file from one left behind. */
#define RECOVERY_EXT ".yaml"
#define RECOVERY_LOCK_EXT ".lock"
/* PREFIX.INSTANCE + ext, malloc'd. */
char *recovery_instance_name(const char *prefix, long pid, long long start, const char *ext);
/* The lock file's name of a recovery file's name (".yaml" -> ".lock"), malloc'd. */
char *recovery_lock_name(const char *name);

/* What a recovery file records besides the scenario. */
typedef struct {
	char *original;           /* the original's absolute path; NULL for the built-in; owned */
	long long time;           /* when it was written, seconds since the epoch */
	uint64_t original_hash;   /* hash_fnv1a64 of the original file's bytes then */
} recovery_header;

/* The file's text: the header comment lines then scenario_to_yaml of s made
 * self-contained: the weather, station and observed files named by absolute paths (a record
 * compiled into the program keeps its name). malloc'd, NUL-terminated; NULL on failure (dl
 * says why). */
char *recovery_text(const recovery_header *h, const scenario *s, size_t *len, diag_list *dl);

/* Writes recovery_text as `name` in the state folder dfd (safe_dir_write: atomic, 0600, no
 * link followed), replacing what was there. `shown` names the folder in messages. */
bool recovery_write(int dfd, const char *shown, const char *name, const recovery_header *h,
		    const scenario *s, diag_list *dl);

typedef enum {
	RECOVERY_NONE,            /* there is no recovery file */
	RECOVERY_FOUND,           /* read: *h and *out hold it */
	RECOVERY_BAD              /* there is one but it cannot be used: dl says why */
} recovery_status;

/* Reads `name` in the state folder dfd (whose path is `shown`) back for the scenario at
 * absolute path `original` (NULL = the built-in). Trusted only when it is a regular file of
 * the user's (a link, FIFO or another user's file is RECOVERY_BAD at once), its header is a
 * recovery file's naming that original, it has no `extends:` and its weather, station and
 * observed files are absolute paths of regular files outside the state folder (or a record
 * compiled in); all of that is checked before any other file is opened. The YAML is then
 * loaded as scenario_load_text does with the original's directory as the base. Where a file
 * it names is the same file as `loaded` names (may be NULL), the name is taken as `loaded`
 * writes it, so a save writes it as before. Diagnostics name shown/name with line and
 * column. On RECOVERY_FOUND the caller owns *h (recovery_header_fini) and *out
 * (scenario_fini; out->path is the original's, "<built-in>" for the built-in); otherwise
 * both are empty. `out` must not be initialised. */
recovery_status recovery_read(int dfd, const char *shown, const char *name, const char *original,
			      const scenario *loaded, recovery_header *h, scenario *out,
			      diag_list *dl);
void recovery_header_fini(recovery_header *h);

/* Parses the header lines at the start of text (pure). Returns false with a diagnostic at
 * the offending line of `file` when they are missing or malformed. */
bool recovery_parse_header(const char *file, const char *text, size_t len, recovery_header *h,
			   diag_list *dl);

/* hash_fnv1a64 of the original file's bytes (NULL = the built-in scenario's text). Returns
 * false with a diagnostic when the file cannot be read. */
bool recovery_hash_original(const char *original, uint64_t *hash, diag_list *dl);

#endif
