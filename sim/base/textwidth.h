/* textwidth.h - display columns of UTF-8 text for the fixed-width text reports, without a
 * locale: one column per code point, none for combining marks and controls, two for East
 * Asian wide characters. Vietnamese letters (precomposed) are one column each. */
#ifndef VUDONG_TEXTWIDTH_H
#define VUDONG_TEXTWIDTH_H

#include <stddef.h>

/* Columns of the NUL-terminated UTF-8 string s. */
int text_width(const char *s);
/* Bytes of the longest prefix of s that fits in `cols` columns (never splitting a code point,
 * keeping the combining marks that follow a kept letter); its width goes to *width. */
size_t text_fit(const char *s, int cols, int *width);

#endif
