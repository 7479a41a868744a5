/* utf8.h - the little UTF-8 arithmetic the interface needs without a locale: decode and encode
 * one code point, step between code points, and display width (Vietnamese text is precomposed,
 * combining marks take no column, CJK-wide and emoji take two). Pure; no curses. */
#ifndef VUDONG_UTF8_H
#define VUDONG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[0..len); stores it in *cp and returns its length in bytes (1..4).
 * An invalid or truncated sequence decodes as U+FFFD with length 1. len 0 returns 0. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encodes cp into out (at least 4 bytes); returns the length, 0 for an invalid code point
 * (surrogates, above U+10FFFF). */
size_t utf8_encode(uint32_t cp, char *out);
/* Byte offset of the code point after / before the one at `pos` in s[0..len). */
size_t utf8_next(const char *s, size_t len, size_t pos);
size_t utf8_prev(const char *s, size_t pos);
/* Display columns of one code point: 0 for combining marks and controls, 2 for wide ones. */
int utf8_cp_width(uint32_t cp);
/* Display columns of s[0..len) (len = (size_t)-1: up to the NUL). */
int utf8_width(const char *s, size_t len);
/* The longest prefix of s (NUL-terminated) that fits in `cols` columns, in bytes; its width
 * goes to *width when width is not NULL. Never splits a code point. */
size_t utf8_fit(const char *s, int cols, int *width);

#endif
