/* recovery.h - the recovery file of the interface's unsaved edits: where it lives for a
 * scenario, writing it (atomic, mode 0600) as the edited scenario's YAML under a header that
 * records the original file, the time and a hash of the original file's bytes, reading it
 * back against the original's directory, and removing it. No curses, no app state
 * (recovery_session.h keeps the file in step with the interface). */
#ifndef VUDONG_RECOVERY_H
#define VUDONG_RECOVERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "diag.h"
#include "scenario.h"

/* The recovery file of the built-in scenario, in the state directory. */
#define RECOVERY_BUILTIN_NAME "builtin.yaml"
/* The first line of every recovery file. */
#define RECOVERY_MAGIC "# vudong recovery file"

/* The state directory: $XDG_STATE_HOME/vudong when xdg_state_home is an absolute path (the
 * XDG rule: a relative one is ignored), else $HOME/.local/state/vudong when home is
 * absolute. Takes the variables' values (NULL when unset). malloc'd; NULL when neither
 * applies (recovery is then off) or on out of memory. */
char *recovery_dir_for(const char *xdg_state_home, const char *home);

/* The recovery file's name inside the state directory for the scenario at the absolute
 * path `original` (NULL = the built-in: RECOVERY_BUILTIN_NAME): the file's base name without
 * .yaml/.yml, bytes other than letters, digits, '-', '_', '.' and UTF-8 replaced by '_' and
 * cut to 40 bytes, then '-', 16 hex digits of hash_fnv1a64 of the whole path, ".yaml".
 * E.g. "/srv/plans/Bình Liêu.yaml" -> "Bình_Liêu-<hash>.yaml". malloc'd; NULL when original
 * is not absolute, holds a line break (the header could not record it) or on OOM. */
char *recovery_name_for(const char *original);


/* Creates dir and any missing parents with mode 0700 (an existing directory is left as it
 * is). Returns false with a diagnostic when it cannot. */
bool recovery_make_dir(const char *dir, diag_list *dl);

/* What a recovery file records besides the scenario. */
typedef struct {
	char *original;           /* the original's absolute path; NULL for the built-in; owned */
	long long time;           /* when it was written, seconds since the epoch */
	uint64_t original_hash;   /* hash_fnv1a64 of the original file's bytes then */
} recovery_header;

/* The file's text: the header comment lines then scenario_to_yaml(s). malloc'd,
 * NUL-terminated; NULL on failure (dl says why). */
char *recovery_text(const recovery_header *h, const scenario *s, size_t *len, diag_list *dl);

/* Writes recovery_text to `file` atomically (temporary file, fsync, rename) with mode 0600,
 * replacing what was there. The directory must exist. Returns false with a diagnostic. */
bool recovery_write(const char *file, const recovery_header *h, const scenario *s,
		    diag_list *dl);

typedef enum {
	RECOVERY_NONE,            /* there is no recovery file */
	RECOVERY_FOUND,           /* read: *h and *out hold it */
	RECOVERY_BAD              /* there is one but it cannot be used: dl says why */
} recovery_status;

/* Reads `file` back for the scenario at absolute path `original` (NULL = the built-in):
 * the header must be a recovery file's and name that original (else RECOVERY_BAD), and the
 * YAML is loaded as scenario_load_text does with the original's directory as the base, so
 * relative weather-file paths resolve as they did. Diagnostics name `file` with its line and
 * column. On RECOVERY_FOUND the caller owns *h (recovery_header_fini) and *out (scenario_fini;
 * out->path is the original's, "<built-in>" for the built-in); otherwise both are empty.
 * `out` must not be initialised. */
recovery_status recovery_read(const char *file, const char *original, recovery_header *h,
			      scenario *out, diag_list *dl);
void recovery_header_fini(recovery_header *h);

/* Parses the header lines at the start of text (pure). Returns false with a diagnostic at
 * the offending line of `file` when they are missing or malformed. */
bool recovery_parse_header(const char *file, const char *text, size_t len, recovery_header *h,
			   diag_list *dl);

/* hash_fnv1a64 of the original file's bytes (NULL = the built-in scenario's text). Returns
 * false with a diagnostic when the file cannot be read. */
bool recovery_hash_original(const char *original, uint64_t *hash, diag_list *dl);

/* Removes `file`; a file that is not there is not an error. */
bool recovery_remove(const char *file, diag_list *dl);

#endif
