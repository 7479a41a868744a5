/* strbuf.h - a growable, always NUL-terminated string buffer that the report writers write
 * into (sim/ writes no FILE*; the caller decides where the bytes go). Out of memory sets a
 * sticky flag: every later append is a no-op and the caller checks `oom` once at the end. */
#ifndef VUDONG_STRBUF_H
#define VUDONG_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
	char *data;      /* owned; NULL until the first append (strbuf_str gives "" then) */
	size_t len;      /* bytes, without the NUL */
	size_t cap;      /* bytes allocated */
	bool oom;        /* an append failed; the contents are incomplete */
} strbuf;

void strbuf_init(strbuf *b);
void strbuf_fini(strbuf *b);                 /* frees; safe on an init'ed buffer */
void strbuf_reset(strbuf *b);                /* empties, keeps the memory and clears oom */

/* Each returns false (and sets oom) when memory runs out, or when oom was already set. */
bool strbuf_append(strbuf *b, const char *s);
bool strbuf_append_n(strbuf *b, const char *s, size_t n);
bool strbuf_append_char(strbuf *b, char c);
bool strbuf_append_repeat(strbuf *b, const char *s, size_t times);
bool strbuf_appendf(strbuf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 2, 3)))
#endif
	;

/* The contents (never NULL). */
const char *strbuf_str(const strbuf *b);
/* Hands the malloc'd string to the caller (NULL when nothing was appended or on oom) and
 * leaves b empty. */
char *strbuf_release(strbuf *b, size_t *len);

#endif
