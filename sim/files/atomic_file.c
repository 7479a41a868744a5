/* atomic_file.c - whole-file writes through a temporary file and rename(2), to regular files
 * only. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath, fchown */
#endif
#include "atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "path.h"

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

/* Why the temporary file could not be made in the folder of `file`: the folder is named,
 * since that is where the problem is ("nodir/x.txt" -> the folder 'nodir' does not exist). */
static void report_no_temporary(const char *name, const char *file, int err, diag_list *dl)
{
	char *dir = path_dir(file);
	const char *shown = !dir ? file : dir[0] ? dir : ".";
	struct stat st;
	if (err == ENOENT && stat(dir && dir[0] ? dir : ".", &st) != 0)
		diag_add(dl, DIAG_ERROR, name, 0, 0, "cannot write: the folder '%s' does not exist",
			 shown);
	else if (err == ENOENT)
		/* The folder is there but takes no new file (/proc/self): say what failed. */
		diag_add(dl, DIAG_ERROR, name, 0, 0,
			 "cannot write: no new file can be made in the folder '%s' (%s)", shown,
			 strerror(err));
	else if (err == ENOTDIR)
		diag_add(dl, DIAG_ERROR, name, 0, 0, "cannot write: '%s' is not a folder", shown);
	else
		diag_add(dl, DIAG_ERROR, name, 0, 0, "cannot write in the folder '%s': %s", shown,
			 strerror(err));
	free(dir);
}

/* Makes the rename durable: the folder's entry, not only the file's data, reaches the disk.
 * Best effort: some file systems refuse fsync on a folder, and the file is already whole. */
static void sync_folder(const char *file)
{
	char *dir = path_dir(file);
	if (!dir)
		return;
	int fd = open(dir[0] ? dir : ".", O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

/* Writes a temporary file beside `file`, then renames it over `file`. `name` is the path the
 * caller gave (for messages); `mode` the permissions of the new file. On failure `file` is
 * untouched and the temporary file removed. */
static bool write_via_rename(const char *file, const char *name, const void *data, size_t len,
			     mode_t mode, const struct stat *old, diag_list *dl)
{
	size_t n = strlen(file);
	char *tmp = malloc(n + 32);
	if (!tmp) {
		diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
		return false;
	}
	/* FILE.tmp.XXXXXX; when that name would pass the usual 255-byte limit of a file name,
	 * a hidden .vudong.tmp.XXXXXX in the same folder. */
	const char *slash = strrchr(file, '/');
	size_t dir_len = slash ? (size_t)(slash + 1 - file) : 0;
	memcpy(tmp, file, n);
	if (n - dir_len + 11 <= 255)
		memcpy(tmp + n, ".tmp.XXXXXX", 12);
	else
		memcpy(tmp + dir_len, ".vudong.tmp.XXXXXX", 19);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		report_no_temporary(name, file, errno, dl);
		free(tmp);
		return false;
	}
	int err = write_all(fd, data, len);
	if (!err && fsync(fd) != 0)
		err = errno;
	/* A replaced file keeps its owner and group, or the user is told. */
	if (!err && old && (old->st_uid != geteuid() || old->st_gid != getegid()) &&
	    fchown(fd, old->st_uid, old->st_gid) != 0 && fchown(fd, (uid_t)-1, old->st_gid) != 0)
		diag_add(dl, DIAG_WARNING, name, 0, 0,
			 "the replaced file's owner or group could not be kept (%s); it now belongs to you",
			 strerror(errno));
	/* mkstemp makes 0600; give the file the permissions it is meant to have. */
	if (!err && fchmod(fd, mode) != 0)
		err = errno;
	if (close(fd) != 0 && !err)
		err = errno;
	if (!err && rename(tmp, file) != 0)
		err = errno;
	if (err) {
		unlink(tmp);
		diag_add(dl, DIAG_ERROR, name, 0, 0, "cannot write: %s", strerror(err));
	} else {
		sync_folder(file);
	}
	free(tmp);
	return err == 0;
}

/* Whether the user may not write st's file (its permissions say so; root is asked too). */
static bool read_only(const char *path, const struct stat *st)
{
	return !(st->st_mode & 0222) || (geteuid() != 0 && access(path, W_OK) != 0);
}

/* new_mode: the permissions of a file that does not exist yet; −1 for 0666 less the umask. */
static bool write_file(const char *path, const void *data, size_t len, unsigned flags,
		       int new_mode, diag_list *dl)
{
	struct stat st;
	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot write: %s", strerror(EISDIR));
			return false;
		}
		if (!S_ISREG(st.st_mode)) {
			diag_add(dl, DIAG_ERROR, path, 0, 0, "not a regular file");
			return false;
		}
		if (!(flags & ATOMIC_OVERWRITE)) {
			diag_add(dl, DIAG_ERROR, path, 0, 0, "file exists (use --force to replace it)");
			return false;
		}
		if (!(flags & ATOMIC_READ_ONLY_OK) && read_only(path, &st)) {
			diag_add(dl, DIAG_ERROR, path, 0, 0,
				 "the file is read-only and was not replaced (make it writable to replace it)");
			return false;
		}
		/* Keep the permissions the user gave the file (a private file stays private), and
		 * replace the file a symbolic link points to, not the link itself. */
		mode_t mode = st.st_mode & 0777;
		struct stat lst;
		char *target = lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode) ? realpath(path, NULL) : NULL;
		bool ok = write_via_rename(target ? target : path, path, data, len, mode, &st, dl);
		free(target);
		return ok;
	}
	if (new_mode >= 0)
		return write_via_rename(path, path, data, len, (mode_t)new_mode, NULL, dl);
	mode_t mask = umask(0);
	umask(mask);
	return write_via_rename(path, path, data, len, 0666 & ~mask, NULL, dl);
}

bool atomic_write_file_flags(const char *path, const void *data, size_t len, unsigned flags,
			     diag_list *dl)
{
	return write_file(path, data, len, flags, -1, dl);
}

bool atomic_write_file(const char *path, const void *data, size_t len, bool overwrite,
		       diag_list *dl)
{
	return write_file(path, data, len, overwrite ? ATOMIC_OVERWRITE : 0, -1, dl);
}

bool atomic_write_private_file(const char *path, const void *data, size_t len, diag_list *dl)
{
	return write_file(path, data, len, ATOMIC_OVERWRITE | ATOMIC_READ_ONLY_OK, 0600, dl);
}
