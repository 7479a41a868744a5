/* atomic_file.h - writing a whole file atomically: a temporary file beside the target,
 * fsync, then rename. The target is never truncated or half-written on failure. */
#ifndef VUDONG_ATOMIC_FILE_H
#define VUDONG_ATOMIC_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* Writes len bytes to path. When overwrite is false and path exists, nothing is written and
 * an error "FILE exists (use --force to replace it)" is added. I/O errors name the file and
 * strerror. Returns true on success. */
bool atomic_write_file(const char *path, const void *data, size_t len, bool overwrite,
		       diag_list *dl);
bool file_exists(const char *path);

#endif
