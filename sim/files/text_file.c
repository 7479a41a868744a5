/* text_file.c - whole-file reads with the size checked first, so a huge file is refused
 * before any of it is parsed, and files without a size (pipes, devices such as /dev/zero)
 * are read only up to the limit plus one byte. */
#include "text_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads f into a buffer of at most max + 1 bytes (+ the NUL); 0 or an errno value. */
static int read_limited(FILE *f, size_t cap, size_t max, char **out, size_t *len)
{
	size_t n = 0;
	char *buf = malloc(cap + 1);
	if (!buf)
		return ENOMEM;
	for (;;) {
		if (n == cap) {
			if (cap > max)
				break;
			size_t ncap = cap > (max + 1) / 2 ? max + 1 : cap * 2;
			char *nb = realloc(buf, ncap + 1);
			if (!nb) {
				free(buf);
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
	int err = ferror(f) ? (errno ? errno : EIO) : n > max ? EFBIG : 0;
	if (err) {
		free(buf);
		return err;
	}
	buf[n] = 0;
	*out = buf;
	*len = n;
	return 0;
}

int text_file_read(const char *path, size_t max, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return errno ? errno : EIO;
	/* No stdio buffer: every read asks for exactly what still fits under the limit. */
	setvbuf(f, NULL, _IONBF, 0);
	struct stat st;
	int err = 0;
	if (fstat(fileno(f), &st) != 0)
		err = errno ? errno : EIO;
	else if (S_ISDIR(st.st_mode))
		err = EISDIR;
	else if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max)
		err = EFBIG;
	else
		/* A regular file's size is the first guess; a pipe or device starts small. */
		err = read_limited(f, S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536, max,
				   out, len);
	fclose(f);
	return err;
}

int text_file_read_regular(const char *path, size_t max, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	/* O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return errno ? errno : EIO;
	struct stat st;
	int err = 0;
	if (fstat(fd, &st) != 0)
		err = errno ? errno : EIO;
	else if (!S_ISREG(st.st_mode))
		err = TEXT_FILE_NOT_REGULAR;
	else if ((unsigned long long)st.st_size > max)
		err = EFBIG;
	if (err) {
		close(fd);
		return err;
	}
	FILE *f = fdopen(fd, "rb");
	if (!f) {
		err = errno ? errno : EIO;
		close(fd);
		return err;
	}
	setvbuf(f, NULL, _IONBF, 0);
	err = read_limited(f, (size_t)st.st_size + 1, max, out, len);
	fclose(f);
	return err;
}
