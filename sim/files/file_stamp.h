/* file_stamp.h - what a file was when it was read (size, modification time and a hash of its
 * bytes), so that a save can tell whether another program changed it since. */
#ifndef VUDONG_FILE_STAMP_H
#define VUDONG_FILE_STAMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
	bool valid;              /* taken from a file that could be read */
	long long size;
	long long mtime_s;
	long mtime_ns;
	uint64_t hash;           /* FNV-1a 64 of the bytes (hash.h) */
} file_stamp;

/* Reads the regular file path (at most max bytes) and stamps it. On success the bytes are
 * given in *text (malloc'd, NUL-terminated; NULL text: not kept) and 0 is returned; else an
 * errno value (EFBIG over max, EINVAL not a regular file). */
int file_stamp_take(const char *path, size_t max, file_stamp *st, char **text, size_t *len);
/* Whether two stamps describe the same contents at the same time. */
bool file_stamp_equal(const file_stamp *a, const file_stamp *b);

#endif
