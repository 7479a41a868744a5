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

/* Writes all of data to fd; returns 0 or an errno value. */
static int write_all(int fd, const char *p, size_t left)
{
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		p += w;
		left -= (size_t)w;
	}
	return 0;
}

/* A device or FIFO (e.g. /dev/null, /dev/stdout) cannot be replaced by rename: write into it. */
static bool write_in_place(const char *path, const void *data, size_t len, diag_list *dl)
{
	int fd = open(path, O_WRONLY);
	int err = fd < 0 ? errno : write_all(fd, data, len);
	if (fd >= 0 && close(fd) != 0 && !err)
		err = errno;
	if (err)
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(err));
	return err == 0;
}

static bool write_via_rename(const char *path, const void *data, size_t len, diag_list *dl);

bool atomic_write_file(const char *path, const void *data, size_t len, bool overwrite,
		       diag_list *dl)
{
	struct stat st;
	if (stat(path, &st) == 0) {
		if (!overwrite) {
			diag_add(dl, DIAG_ERROR, path, 0, 0, "file exists (use --force to replace it)");
			return false;
		}
		if (S_ISDIR(st.st_mode)) {
			diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(EISDIR));
			return false;
		}
		if (!S_ISREG(st.st_mode))
			return write_in_place(path, data, len, dl);
		/* Replace the file a symbolic link points to, not the link itself. */
		char *target = realpath(path, NULL);
		if (target) {
			bool ok = write_via_rename(target, data, len, dl);
			free(target);
			return ok;
		}
	}
	return write_via_rename(path, data, len, dl);
}

static bool write_via_rename(const char *path, const void *data, size_t len, diag_list *dl)
{
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
	int err = write_all(fd, data, len);
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
