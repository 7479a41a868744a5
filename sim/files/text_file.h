/* text_file.h - reading a whole input file into memory with a size limit checked before
 * reading (DESIGN §8). */
#ifndef VUDONG_TEXT_FILE_H
#define VUDONG_TEXT_FILE_H

#include <stddef.h>

/* Reads path into a malloc'd, NUL-terminated buffer. Returns 0 on success, EFBIG when the
 * file is larger than max bytes, else an errno value (ENOMEM on out of memory, EISDIR for a
 * directory). */
int text_file_read(const char *path, size_t max, char **out, size_t *len);

/* text_file_read for inputs that must be regular files: anything else (a FIFO, a device, a
 * directory) is refused at once, without waiting for a writer, with TEXT_FILE_NOT_REGULAR. */
#define TEXT_FILE_NOT_REGULAR (-1)
int text_file_read_regular(const char *path, size_t max, char **out, size_t *len);

#endif
