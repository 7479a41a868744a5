/* strbuf.c - the growable string buffer behind the report writers. */
#include "strbuf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void strbuf_init(strbuf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
	b->oom = false;
}

void strbuf_fini(strbuf *b)
{
	if (!b)
		return;
	free(b->data);
	strbuf_init(b);
}

void strbuf_reset(strbuf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = 0;
	b->oom = false;
}

/* Makes room for `extra` more bytes plus the NUL. */
static bool reserve(strbuf *b, size_t extra)
{
	if (b->oom)
		return false;
	if (extra > SIZE_MAX / 2 - b->len - 1) {
		b->oom = true;
		return false;
	}
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < need)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p) {
		b->oom = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

bool strbuf_append_n(strbuf *b, const char *s, size_t n)
{
	if (!reserve(b, n))
		return false;
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = 0;
	return true;
}

bool strbuf_append(strbuf *b, const char *s)
{
	return strbuf_append_n(b, s, strlen(s));
}

bool strbuf_append_char(strbuf *b, char c)
{
	return strbuf_append_n(b, &c, 1);
}

bool strbuf_append_repeat(strbuf *b, const char *s, size_t times)
{
	size_t n = strlen(s);
	if (n && times > SIZE_MAX / 4 / n) {
		b->oom = true;
		return false;
	}
	if (!reserve(b, n * times))
		return false;
	for (size_t i = 0; i < times; i++)
		strbuf_append_n(b, s, n);
	return true;
}

bool strbuf_appendf(strbuf *b, const char *fmt, ...)
{
	if (b->oom)
		return false;
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->oom = true;
		return false;
	}
	if ((size_t)n < sizeof small)
		return strbuf_append_n(b, small, (size_t)n);
	if (!reserve(b, (size_t)n))
		return false;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return true;
}

const char *strbuf_str(const strbuf *b)
{
	return b->data ? b->data : "";
}

char *strbuf_release(strbuf *b, size_t *len)
{
	char *p = b->oom ? NULL : b->data;
	if (len)
		*len = p ? b->len : 0;
	if (!p)
		free(b->data);
	strbuf_init(b);
	return p;
}
