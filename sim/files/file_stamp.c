/* file_stamp.c - size, modification time and content hash of a file (file_stamp.h). */
#include "file_stamp.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "hash.h"
#include "text_file.h"

int file_stamp_take(const char *path, size_t max, file_stamp *st, char **text, size_t *len)
{
	*st = (file_stamp){ 0 };
	char *buf;
	size_t n;
	struct stat sb;
	int e = text_file_read_stat(path, max, &buf, &n, &sb);
	if (e)
		return e;
	st->valid = true;
	st->size = (long long)sb.st_size;
	st->mtime_s = (long long)sb.st_mtim.tv_sec;
	st->mtime_ns = sb.st_mtim.tv_nsec;
	st->hash = hash_fnv1a64(buf, n);
	if (text) {
		*text = buf;
		*len = n;
	} else {
		free(buf);
	}
	return 0;
}

bool file_stamp_equal(const file_stamp *a, const file_stamp *b)
{
	return a->valid && b->valid && a->size == b->size && a->mtime_s == b->mtime_s &&
	       a->mtime_ns == b->mtime_ns && a->hash == b->hash;
}
