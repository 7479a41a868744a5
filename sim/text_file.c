/* text_file.c - whole-file reads with the size checked first, so a huge file is refused
 * before any of it is parsed. */
#include "text_file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

int text_file_read(const char *path, size_t max, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno;
	struct stat st;
	if (fstat(fileno(f), &st) != 0) {
		int e = errno;
		fclose(f);
		return e;
	}
	if (S_ISDIR(st.st_mode)) {
		fclose(f);
		return EISDIR;
	}
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
		fclose(f);
		return EFBIG;
	}
	/* Read up to max + 1 bytes: pipes and growing files are limited the same way. */
	size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536, n = 0;
	char *buf = malloc(cap + 1);
	if (!buf) {
		fclose(f);
		return ENOMEM;
	}
	for (;;) {
		if (n == cap) {
			if (cap > max) {
				free(buf);
				fclose(f);
				return EFBIG;
			}
			size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			char *nb = realloc(buf, ncap + 1);
			if (!nb) {
				free(buf);
				fclose(f);
				return ENOMEM;
			}
			buf = nb;
			cap = ncap;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	int err = ferror(f) ? (errno ? errno : EIO) : 0;
	fclose(f);
	if (err) {
		free(buf);
		return err;
	}
	if (n > max) {
		free(buf);
		return EFBIG;
	}
	buf[n] = 0;
	*out = buf;
	*len = n;
	return 0;
}
