/* tmpdir.h - a private temporary directory for a test (mkdtemp under /tmp, named after the
 * test) and its removal with everything in it. */
#ifndef VUDONG_TMPDIR_H
#define VUDONG_TMPDIR_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* Makes /tmp/vudong-TAG-?????? and writes its path to buf. */
static inline bool tmpdir_make(char *buf, size_t size, const char *tag)
{
	int n = snprintf(buf, size, "/tmp/vudong-%s-XXXXXX", tag);
	return n > 0 && (size_t)n < size && mkdtemp(buf) != NULL;
}

/* Removes the directory and what the test left in it. */
static inline bool tmpdir_remove(const char *dir)
{
	char cmd[512];
	int n = snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return n > 0 && (size_t)n < sizeof cmd && system(cmd) == 0;
}

#endif
