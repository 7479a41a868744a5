/* safe_dir.c - the private state folder and the files in it, all relative to the folder's
 * descriptor with O_NOFOLLOW (see safe_dir.h). */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* openat, renameat, unlinkat, fdopendir */
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE   /* flock */
#endif
#include "safe_dir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "text_file.h"

#define TMP_TRIES 100

/* mkdir -p with mode 0700 for what is missing; 0 or an errno value. */
static int make_parents(const char *dir)
{
	char *buf = strdup(dir);
	if (!buf)
		return ENOMEM;
	int err = 0;
	for (char *p = buf + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;
		*p = 0;
		if (mkdir(buf, 0700) != 0 && errno != EEXIST)
			err = errno;
		*p = c;
		if (err || !c)
			break;
	}
	free(buf);
	return err;
}

int safe_dir_open(const char *dir, bool create, diag_list *dl)
{
	int err = create ? make_parents(dir) : 0;
	int fd = -1;
	struct stat st;
	if (!err) {
		fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0)
			err = errno;
	}
	if (err == ELOOP || (err == ENOTDIR && lstat(dir, &st) == 0 && S_ISLNK(st.st_mode))) {
		diag_add(dl, DIAG_ERROR, dir, 0, 0, "state folder is a symbolic link");
		return -1;
	}
	if (err) {
		diag_add(dl, DIAG_ERROR, dir, 0, 0, "cannot open the state folder: %s",
			 err == ENOTDIR ? "not a folder" : strerror(err));
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		diag_add(dl, DIAG_ERROR, dir, 0, 0, "cannot open the state folder: %s",
			 strerror(errno));
	} else if (st.st_uid != geteuid()) {
		diag_add(dl, DIAG_ERROR, dir, 0, 0,
			 "state folder owned by another user (uid %lu)",
			 (unsigned long)st.st_uid);
	} else if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		diag_add(dl, DIAG_ERROR, dir, 0, 0,
			 "state folder writable by group or others (mode 0%03o)",
			 (unsigned)(st.st_mode & 0777));
	} else {
		return fd;
	}
	close(fd);
	return -1;
}

/* Writes all of data to fd; 0 or an errno value. */
static int write_all(int fd, const char *p, size_t left)
{
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return errno;
		p += w;
		left -= (size_t)w;
	}
	return 0;
}

/* A new, empty temporary file .NAME.XXXXXX in the folder (its name in tmp); fd or -1. */
static int make_temporary(int dfd, const char *name, char *tmp, size_t size)
{
	static unsigned long counter;
	for (int i = 0; i < TMP_TRIES; i++) {
		unsigned long r = (unsigned long)getpid() * 2654435761u ^ (unsigned long)time(NULL) ^
				  (++counter * 40503u);
		snprintf(tmp, size, ".%s.%06lx", name, r & 0xFFFFFFu);
		int fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

bool safe_dir_write(int dfd, const char *shown, const char *name, const void *data, size_t len,
		    diag_list *dl)
{
	char tmp[300];
	if (strchr(name, '/') || strlen(name) + 9 >= sizeof tmp) {
		diag_add(dl, DIAG_ERROR, shown, 0, 0, "cannot write '%s': not a plain file name", name);
		return false;
	}
	int fd = make_temporary(dfd, name, tmp, sizeof tmp);
	if (fd < 0) {
		diag_add(dl, DIAG_ERROR, shown, 0, 0, "cannot write in the state folder: %s",
			 strerror(errno));
		return false;
	}
	/* 0600 whatever the umask (which is left alone: other threads share it). */
	int err = fchmod(fd, 0600) != 0 ? errno : 0;
	if (!err)
		err = write_all(fd, data, len);
	if (!err && fsync(fd) != 0)
		err = errno;
	if (close(fd) != 0 && !err)
		err = errno;
	if (!err && renameat(dfd, tmp, dfd, name) != 0)
		err = errno;
	if (err) {
		unlinkat(dfd, tmp, 0);
		diag_add(dl, DIAG_ERROR, shown, 0, 0, "cannot write '%s' in the state folder: %s", name,
			 strerror(err));
		return false;
	}
	(void)fsync(dfd);
	return true;
}

int safe_dir_read(int dfd, const char *name, size_t max, char **out, size_t *len,
		  struct stat *st)
{
	*out = NULL;
	*len = 0;
	int fd = openat(dfd, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return errno ? errno : EIO;
	struct stat sb;
	int err = 0;
	if (fstat(fd, &sb) != 0)
		err = errno ? errno : EIO;
	else if (S_ISREG(sb.st_mode) && sb.st_uid != geteuid())
		err = SAFE_DIR_NOT_OWNED;
	else
		err = text_file_read_fd(fd, max, out, len, &sb);
	if (st)
		*st = sb;
	close(fd);
	return err;
}

const char *safe_dir_strerror(int e)
{
	if (e == SAFE_DIR_NOT_OWNED)
		return "owned by another user";
	if (e == ELOOP)
		return "a symbolic link";
	if (e == EFBIG)
		return "larger than 4 MiB";
	return text_file_strerror(e);
}

int safe_dir_remove(int dfd, const char *name)
{
	return unlinkat(dfd, name, 0) == 0 || errno == ENOENT ? 0 : errno;
}

int safe_dir_rename(int dfd, const char *from, const char *to)
{
	return renameat(dfd, from, dfd, to) == 0 ? 0 : errno;
}

int safe_dir_lock(int dfd, const char *name)
{
	for (int tries = 0; tries < TMP_TRIES; tries++) {
		int fd = openat(dfd, name, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0600);
		if (fd < 0)
			return -1;
		struct stat a, b;
		if (fstat(fd, &a) != 0 || !S_ISREG(a.st_mode) || a.st_uid != geteuid()) {
			close(fd);
			errno = EPERM;
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
			int e = errno;
			close(fd);
			errno = e == EWOULDBLOCK ? EWOULDBLOCK : e;
			return -1;
		}
		/* The lock is on what the name still names: its last holder may have removed it
		 * between our open and our lock; then open the new one. */
		if (fstatat(dfd, name, &b, AT_SYMLINK_NOFOLLOW) == 0 && a.st_dev == b.st_dev &&
		    a.st_ino == b.st_ino)
			return fd;
		close(fd);
	}
	errno = EAGAIN;
	return -1;
}

void safe_dir_unlock(int dfd, const char *name, int fd)
{
	if (fd < 0)
		return;
	unlinkat(dfd, name, 0);
	close(fd);
}

static int by_name(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

char **safe_dir_names(int dfd, const char *prefix, const char *suffix, size_t *n)
{
	*n = 0;
	int fd = dup(dfd);
	if (fd < 0)
		return NULL;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return NULL;
	}
	rewinddir(d);
	size_t pl = strlen(prefix), sl = strlen(suffix), cap = 0;
	char **names = NULL;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l < pl + sl || strncmp(e->d_name, prefix, pl) != 0 ||
		    strcmp(e->d_name + l - sl, suffix) != 0)
			continue;
		if (*n == cap) {
			size_t nc = cap ? cap * 2 : 8;
			char **nn = realloc(names, nc * sizeof *nn);
			if (!nn)
				break;
			names = nn;
			cap = nc;
		}
		if (!(names[*n] = strdup(e->d_name)))
			break;
		(*n)++;
	}
	closedir(d);
	if (*n)
		qsort(names, *n, sizeof *names, by_name);
	else {
		free(names);
		names = NULL;
	}
	return names;
}

void safe_dir_names_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
