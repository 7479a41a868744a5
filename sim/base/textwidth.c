/* textwidth.c - display width of UTF-8 text (see textwidth.h). */
#include "textwidth.h"

#include <stdint.h>

/* Decodes one code point at s; returns its length (an invalid byte counts as one
 * one-column character). */
static size_t decode(const unsigned char *s, uint32_t *cp)
{
	unsigned c = s[0];
	size_t n;
	uint32_t v;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xe0) == 0xc0) {
		n = 2;
		v = c & 0x1f;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3;
		v = c & 0x0f;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4;
		v = c & 0x07;
	} else {
		*cp = 0xfffd;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*cp = 0xfffd;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3f);
	}
	*cp = v;
	return n;
}

static int cp_width(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
		return 0;
	if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
	    (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) ||
	    (cp >= 0xfe20 && cp <= 0xfe2f) || cp == 0x200b || cp == 0x200c || cp == 0x200d)
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) ||
	    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
	    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) ||
	    (cp >= 0x20000 && cp <= 0x3fffd))
		return 2;
	return 1;
}

int text_width(const char *s)
{
	int w = 0;
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		uint32_t cp;
		p += decode(p, &cp);
		w += cp_width(cp);
	}
	return w;
}

size_t text_fit(const char *s, int cols, int *width)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t keep = 0;
	int w = 0;
	while (p[keep]) {
		uint32_t cp;
		size_t n = decode(p + keep, &cp);
		int cw = cp_width(cp);
		if (w + cw > cols)
			break;
		w += cw;
		keep += n;
	}
	if (width)
		*width = w;
	return keep;
}
