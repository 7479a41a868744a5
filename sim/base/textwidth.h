/* textwidth.h - display columns of UTF-8 text without a locale, the one width table of the
 * reports and the interface: two columns for East Asian wide and fullwidth characters and
 * emoji, none for combining marks (the Vietnamese tone marks of decomposed text), zero-width
 * characters, variation selectors and controls, one for everything else (Vietnamese letters,
 * precomposed, are one column each). Also the strict UTF-8 decoder they step with. */
#ifndef VUDONG_TEXTWIDTH_H
#define VUDONG_TEXTWIDTH_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[0..len); stores it in *cp and returns its length in bytes (1..4).
 * An invalid, overlong or truncated sequence or a surrogate decodes as U+FFFD with length 1.
 * len 0 returns 0. */
size_t text_decode(const char *s, size_t len, uint32_t *cp);
/* Display columns of one code point: 0, 1 or 2 (see above). */
int text_cp_width(uint32_t cp);
/* Columns of the NUL-terminated UTF-8 string s. */
int text_width(const char *s);
/* Columns of s[0..len). */
int text_width_n(const char *s, size_t len);
/* Bytes of the longest prefix of s that fits in `cols` columns (never splitting a code point,
 * keeping the combining marks that follow a kept letter); its width goes to *width when width
 * is not NULL. */
size_t text_fit(const char *s, int cols, int *width);

#endif
