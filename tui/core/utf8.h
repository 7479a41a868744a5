/* utf8.h - the UTF-8 editing steps the interface's prompt needs: encode one code point, step
 * between code points, and put together the bytes a terminal sends one at a time when the
 * locale is not UTF-8 (LANG=C: curses cannot decode them, the program does). Decoding and display width are sim/base's (textwidth.h), the
 * one width table of the reports and the interface. Pure; no curses. */
#ifndef VUDONG_UTF8_H
#define VUDONG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Encodes cp into out (at least 4 bytes); returns the length, 0 for an invalid code point
 * (surrogates, above U+10FFFF). */
size_t utf8_encode(uint32_t cp, char *out);
/* Byte offset of the code point after / before the one at `pos` in s[0..len). */
size_t utf8_next(const char *s, size_t len, size_t pos);
size_t utf8_prev(const char *s, size_t pos);

/* Bytes of one code point as they come in. Zero-initialise (or utf8_decoder_reset) first. */
typedef struct {
	unsigned char buf[4];
	int have, need;         /* bytes held, bytes the lead byte announced (0: none held) */
} utf8_decoder;

typedef enum {
	UTF8_DONE,              /* *cp is a whole code point */
	UTF8_MORE,              /* the sequence needs more bytes */
	UTF8_BAD                /* not UTF-8 (a byte that starts nothing, an overlong form, a
				 * surrogate): dropped */
} utf8_step;

void utf8_decoder_reset(utf8_decoder *d);
/* Feeds byte b. When b is not the continuation a held sequence needed, the held bytes are
 * dropped and b starts afresh, so a key typed after a broken sequence is not lost. */
utf8_step utf8_decoder_feed(utf8_decoder *d, unsigned char b, uint32_t *cp);

#endif
