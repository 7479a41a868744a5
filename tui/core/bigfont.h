/* bigfont.h - a 5-row block font of our own for the presentation view's headline figures:
 * digits, the decimal and thousands marks, %, /, + and − (U+2212 or '-'), drawn with full
 * blocks (█) or '#' (ASCII), each block `hx` columns wide and `vy` rows tall. Pure text: the
 * layout tests measure it, the screen writes its rows. */
#ifndef VUDONG_BIGFONT_H
#define VUDONG_BIGFONT_H

#include <stdbool.h>
#include <stddef.h>

#define BIGFONT_ROWS 5

/* True when every character of s has a glyph (digits . , % + - − and space). */
bool bigfont_can_draw(const char *s);
/* Columns s takes with blocks hx columns wide (one blank block column between glyphs). */
int bigfont_width(const char *s, int hx);
/* Row `row` (0 .. BIGFONT_ROWS * vy − 1) of s as UTF-8 into buf (blocks and spaces, exactly
 * bigfont_width(s, hx) columns). Returns false when buf is too small. */
bool bigfont_row(const char *s, int row, int hx, int vy, bool ascii, char *buf, size_t size);

#endif
