/* utf8.h - the UTF-8 editing steps the interface's prompt needs: encode one code point and
 * step between code points. Decoding and display width are sim/base's (textwidth.h), the
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

#endif
