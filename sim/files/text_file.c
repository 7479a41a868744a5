/* text_file.c - whole-file reads with the size checked first, so a huge file is refused
 * before any of it is parsed, and only regular files: the file is opened with O_NONBLOCK
 * (opening a FIFO with no writer would otherwise wait forever) and checked with fstat before
 * a byte is read. */
#include "text_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *text_file_strerror(int e)
{
	return e == TEXT_FILE_NOT_REGULAR ? "not a regular file" : strerror(e);
}

/* Reads up to max + 1 bytes of fd into a buffer first sized cap; 0 or an errno value. */
static int read_limited(int fd, size_t cap, size_t max, char **out, size_t *len)
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
		ssize_t got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int e = errno;
			free(buf);
			return e ? e : EIO;
		}
		if (got == 0)
			break;
		n += (size_t)got;
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

int text_file_read_fd(int fd, size_t max, char **out, size_t *len, struct stat *st)
{
	*out = NULL;
	*len = 0;
	struct stat sb;
	int err = 0;
	if (fstat(fd, &sb) != 0)
		err = errno ? errno : EIO;
	else if (S_ISDIR(sb.st_mode))
		err = EISDIR;
	else if (!S_ISREG(sb.st_mode))
		err = TEXT_FILE_NOT_REGULAR;
	else if ((unsigned long long)sb.st_size > max)
		err = EFBIG;
	else {
		/* A regular file never blocks; its size is the first guess. */
		int fl = fcntl(fd, F_GETFL);
		if (fl >= 0)
			(void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
		err = read_limited(fd, (size_t)sb.st_size + 1, max, out, len);
	}
	if (st)
		*st = sb;
	return err;
}

int text_file_read_stat(const char *path, size_t max, char **out, size_t *len, struct stat *st)
{
	*out = NULL;
	*len = 0;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return errno ? errno : EIO;
	int err = text_file_read_fd(fd, max, out, len, st);
	close(fd);
	return err;
}

int text_file_read(const char *path, size_t max, char **out, size_t *len)
{
	return text_file_read_stat(path, max, out, len, NULL);
}
