/* utf8.c - UTF-8 encoding and stepping between code points (decoding: textwidth.c). */
#include "utf8.h"

#include "textwidth.h"

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
	return pos + text_decode(s + pos, len - pos, &cp);
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
	if (p + text_decode(s + p, pos - p, &cp) == pos)
		return p;
	return pos - 1;
}
