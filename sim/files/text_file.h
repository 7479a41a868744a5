/* text_file.h - reading a whole input file into memory with a size limit checked before
 * reading (DESIGN §8). Only regular files are read: a FIFO, device or socket is refused at
 * once (opened without blocking, checked with fstat), so nothing waits on a named pipe. */
#ifndef VUDONG_TEXT_FILE_H
#define VUDONG_TEXT_FILE_H

#include <stddef.h>
#include <sys/stat.h>

/* Returned for a path that is not a regular file (a FIFO, device, socket). */
#define TEXT_FILE_NOT_REGULAR (-1)

/* Reads path into a malloc'd, NUL-terminated buffer. Returns 0 on success, EFBIG when the
 * file is larger than max bytes, EISDIR for a directory, TEXT_FILE_NOT_REGULAR for anything
 * else that is not a regular file, else an errno value (ENOMEM on out of memory). */
int text_file_read(const char *path, size_t max, char **out, size_t *len);
/* The same, also giving the file's status as read (st may be NULL). */
int text_file_read_stat(const char *path, size_t max, char **out, size_t *len, struct stat *st);
/* The same on a descriptor already opened (with O_NONBLOCK, so a FIFO did not block the
 * open); the descriptor is left open. */
int text_file_read_fd(int fd, size_t max, char **out, size_t *len, struct stat *st);
/* The text of an error of text_file_read: "not a regular file" or strerror(e). */
const char *text_file_strerror(int e);

#endif
