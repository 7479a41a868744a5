/* utf8.c - UTF-8 decoding, encoding, stepping and display width without the C locale. */
#include "utf8.h"

#include <string.h>

size_t utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (len == 0)
		return 0;
	unsigned char c = s[0];
	size_t n;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		n = 2; v = c & 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3; v = c & 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (len < n) {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = v;
	return n;
}

size_t utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp <= 0x10FFFF) {
		o[0] = (unsigned char)(0xF0 | (cp >> 18));
		o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[3] = (unsigned char)(0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

size_t utf8_next(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return len;
	uint32_t cp;
	return pos + utf8_decode(s + pos, len - pos, &cp);
}

size_t utf8_prev(const char *s, size_t pos)
{
	if (pos == 0)
		return 0;
	size_t p = pos - 1;
	/* Step back over at most three continuation bytes. */
	for (int i = 0; i < 3 && p > 0 && ((unsigned char)s[p] & 0xC0) == 0x80; i++)
		p--;
	/* Only accept the lead byte when it really spans up to pos; else step one byte. */
	uint32_t cp;
	if (p + utf8_decode(s + p, pos - p, &cp) == pos)
		return p;
	return pos - 1;
}

int utf8_cp_width(uint32_t cp)
{
	if (cp == 0 || cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	/* Combining marks (the Vietnamese tone marks when text is decomposed), zero-width
	 * joiners and variation selectors. */
	if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	    (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	    (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x200B && cp <= 0x200F) ||
	    (cp >= 0xFE00 && cp <= 0xFE0F))
		return 0;
	/* East Asian wide and fullwidth ranges, and emoji. */
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
	    (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
	    (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

int utf8_width(const char *s, size_t len)
{
	if (len == (size_t)-1)
		len = strlen(s);
	int w = 0;
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		i += utf8_decode(s + i, len - i, &cp);
		w += utf8_cp_width(cp);
	}
	return w;
}

size_t utf8_fit(const char *s, int cols, int *width)
{
	size_t len = strlen(s), i = 0;
	int w = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + i, len - i, &cp);
		int cw = utf8_cp_width(cp);
		if (w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	if (width)
		*width = w;
	return i;
}
