/* atomic_file.h - writing a whole file atomically: a temporary file beside the target,
 * fsync, then rename. The target is never truncated or half-written on failure. */
#ifndef VUDONG_ATOMIC_FILE_H
#define VUDONG_ATOMIC_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Writes len bytes to path through PATH.tmp.XXXXXX in the same folder (.vudong.tmp.XXXXXX
 * when that name would be over 255 bytes), fsync and rename; the folder is synced after the
 * rename. Only a regular file is written: a device, FIFO or socket is "not a regular file".
 * When overwrite is false and path exists, nothing is written and the error "file exists
 * (use --force to replace it)" is added; a read-only file is never replaced (an error says
 * so). A replaced file keeps its permissions, owner and group (a warning when the owner or
 * group cannot be kept); a symbolic link stays a link (its target is replaced). Every error
 * names path as given: a missing folder is "cannot write: the folder 'DIR' does not exist",
 * other failures say what failed and name strerror. On failure the old file is untouched and
 * no temporary file is left. Returns true on success. */
bool atomic_write_file(const char *path, const void *data, size_t len, bool overwrite,
		       diag_list *dl);
enum {
	ATOMIC_OVERWRITE = 1u << 0,      /* replace an existing file */
	ATOMIC_READ_ONLY_OK = 1u << 1    /* also a read-only one (the user was asked) */
};
bool atomic_write_file_flags(const char *path, const void *data, size_t len, unsigned flags,
			     diag_list *dl);
/* The same for a file only its owner may read: created 0600 (whatever the umask, which is
 * left alone, so other threads are not affected); an existing file is replaced and keeps
 * its permissions. */
bool atomic_write_private_file(const char *path, const void *data, size_t len, diag_list *dl);
bool file_exists(const char *path);

#endif
