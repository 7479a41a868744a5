/* atomic_file.c - whole-file writes through a temporary file and rename(2). */
#include "atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

bool atomic_write_file(const char *path, const void *data, size_t len, bool overwrite,
		       diag_list *dl)
{
	if (!overwrite && file_exists(path)) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "file exists (use --force to replace it)");
		return false;
	}
	size_t n = strlen(path);
	char *tmp = malloc(n + 16);
	if (!tmp) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "out of memory");
		return false;
	}
	memcpy(tmp, path, n);
	memcpy(tmp + n, ".tmp.XXXXXX", 12);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot create a temporary file: %s",
			 strerror(errno));
		free(tmp);
		return false;
	}
	const char *p = data;
	size_t left = len;
	int err = 0;
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			err = errno;
			break;
		}
		p += w;
		left -= (size_t)w;
	}
	if (!err && fsync(fd) != 0)
		err = errno;
	/* mkstemp makes 0600; give the file the usual permissions. */
	if (!err) {
		mode_t mask = umask(0);
		umask(mask);
		if (fchmod(fd, 0666 & ~mask) != 0)
			err = errno;
	}
	if (close(fd) != 0 && !err)
		err = errno;
	if (!err && rename(tmp, path) != 0)
		err = errno;
	if (err) {
		unlink(tmp);
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(err));
	}
	free(tmp);
	return err == 0;
}
