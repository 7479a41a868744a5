/* utf8.c - UTF-8 encoding, stepping between code points, and a byte-at-a-time decoder for
 * keys typed in a locale that is not UTF-8 (decoding of whole strings: textwidth.c). */
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

void utf8_decoder_reset(utf8_decoder *d)
{
	d->have = d->need = 0;
}

/* The length a lead byte announces; 0 for a byte that cannot start a code point. */
static int lead_length(unsigned char b)
{
	if (b < 0x80)
		return 1;
	if (b >= 0xC2 && b <= 0xDF)
		return 2;
	if (b >= 0xE0 && b <= 0xEF)
		return 3;
	if (b >= 0xF0 && b <= 0xF4)
		return 4;
	return 0;
}

utf8_step utf8_decoder_feed(utf8_decoder *d, unsigned char b, uint32_t *cp)
{
	if (d->need > 0 && (b & 0xC0) != 0x80)
		utf8_decoder_reset(d);   /* a broken sequence: dropped, b starts afresh */
	if (d->need == 0) {
		int n = lead_length(b);
		if (n == 0)
			return UTF8_BAD;
		if (n == 1) {
			*cp = b;
			return UTF8_DONE;
		}
		d->buf[0] = b;
		d->have = 1;
		d->need = n;
		return UTF8_MORE;
	}
	d->buf[d->have++] = b;
	if (d->have < d->need)
		return UTF8_MORE;
	int n = d->need;
	utf8_decoder_reset(d);
	/* Overlong forms and surrogates decode as U+FFFD in one byte. */
	if (text_decode((const char *)d->buf, (size_t)n, cp) != (size_t)n)
		return UTF8_BAD;
	return UTF8_DONE;
}
