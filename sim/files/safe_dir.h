/* safe_dir.h - a private folder that cannot be turned against its user (the interface's state
 * folder): made 0700, refused when it is a symbolic link, not a folder, not owned by the user
 * or writable by group or others; the files inside are read, replaced, locked, listed and
 * removed relative to the folder's descriptor with O_NOFOLLOW, so no symbolic link placed in
 * it is ever followed, and a FIFO in it never blocks a read. */
#ifndef VUDONG_SAFE_DIR_H
#define VUDONG_SAFE_DIR_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include "diag.h"

/* Opens the folder dir (an absolute path), first creating it and any missing parents with
 * mode 0700 when `create` (existing parents are left as they are). Returns a descriptor
 * (O_DIRECTORY, close-on-exec) or -1 with an error naming dir: "state folder is a symbolic link",
 * "... owned by another user (uid N)", "... writable by group or others (mode 0NNN)", or
 * what failed (short: the caller's message names the folder). */
int safe_dir_open(const char *dir, bool create, diag_list *dl);

/* Replaces the file `name` (no '/') in the folder atomically: a new temporary file
 * .NAME.XXXXXX made with O_EXCL | O_NOFOLLOW and mode 0600, written, flushed to disk, then
 * renamed over name, and the folder synced. A symbolic link at name is replaced by the file,
 * never followed. `shown` is the folder's path for messages. On failure nothing is left. */
bool safe_dir_write(int dfd, const char *shown, const char *name, const void *data, size_t len,
		    diag_list *dl);

/* Returned by safe_dir_read for a file owned by another user. */
#define SAFE_DIR_NOT_OWNED (-2)

/* Reads `name` in the folder into a malloc'd, NUL-terminated buffer: only a regular file
 * owned by the user, opened with O_NOFOLLOW | O_NONBLOCK (a symbolic link: ELOOP; a FIFO,
 * device or socket: TEXT_FILE_NOT_REGULAR at once; another user's: SAFE_DIR_NOT_OWNED), at
 * most max bytes (EFBIG). Returns 0 or that error; st (may be NULL) gets its status. */
int safe_dir_read(int dfd, const char *name, size_t max, char **out, size_t *len,
		  struct stat *st);
/* The text of a safe_dir_read error. */
const char *safe_dir_strerror(int e);

/* Removes `name` (a name that is not there is no error). Returns 0 or an errno value. */
int safe_dir_remove(int dfd, const char *name);
/* Renames `from` to `to` inside the folder. Returns 0 or an errno value. */
int safe_dir_rename(int dfd, const char *from, const char *to);

/* Opens (creating, mode 0600) the lock file `name` with O_NOFOLLOW and takes an exclusive
 * flock without waiting. The lock is on the file the name still names (a lock file removed
 * meanwhile by its last holder is opened again). Returns the descriptor, or -1: errno
 * EWOULDBLOCK when another process holds the lock, else why it could not be opened. */
int safe_dir_lock(int dfd, const char *name);
/* Removes the lock file `name` while still holding it, then releases it (fd closed). */
void safe_dir_unlock(int dfd, const char *name, int fd);

/* The names in the folder that begin with `prefix` and end with `suffix`, sorted by name.
 * A malloc'd array of malloc'd strings (safe_dir_names_free); NULL with *n = 0 when none or
 * on failure. */
char **safe_dir_names(int dfd, const char *prefix, const char *suffix, size_t *n);
void safe_dir_names_free(char **names, size_t n);

#endif
