/* draw.h - small curses helpers the screens share: UTF-8 text clipped to a width (with an
 * ellipsis), right-aligned and padded cells, horizontal bars in eighths, vertical bars,
 * table headers with a sort arrow, and difference cells whose sign is in the text (▲ +12,3),
 * never only in the colour. Glyphs and attributes come from theme.h. */
#ifndef VUDONG_DRAW_H
#define VUDONG_DRAW_H

#include <stdbool.h>

#include <curses.h>

#include "i18n.h"
#include "screen.h"

/* A terminal whose locale is not UTF-8 (LANG=C, POSIX): every text drawn is first written
 * in ASCII, Vietnamese without its marks ("Đồng Tâm" -> "Dong Tam", collate_ascii), so no raw
 * UTF-8 bytes reach it. Off by default. */
void draw_set_plain_text(bool on);
/* s as it may be written to the terminal: s itself, or its ASCII form in buf when plain text
 * is on. */
const char *draw_plain(const char *s, char *buf, size_t size);

/* s at (y, x) in at most w columns, cut with an ellipsis when longer; returns the columns
 * written. Control characters are shown as '?'. */
int draw_text(int y, int x, int w, const char *s, attr_t attr);
/* The same, right-aligned in w columns (the columns on the left are left untouched). */
int draw_text_right(int y, int x, int w, const char *s, attr_t attr);
/* The same, left-aligned and padded with spaces to w columns (a selected cell). */
void draw_text_pad(int y, int x, int w, const char *s, attr_t attr);
/* Right-aligned and padded on the left to w columns. */
void draw_text_right_pad(int y, int x, int w, const char *s, attr_t attr);
/* Spaces over w columns. */
void draw_fill(int y, int x, int w, attr_t attr);
/* Clears a rectangle. */
void draw_clear(rect r);
/* A horizontal rule of w columns. */
void draw_hline(int y, int x, int w, attr_t attr);

/* A bar for v against max in w columns, exact to an eighth of a cell (ASCII: whole '#');
 * returns the columns it took. */
int draw_hbar(int y, int x, int w, double v, double max, attr_t attr);
/* One cell of a vertical bar filled `eighths` (0..8) from the bottom (ASCII: '#' from 4/8,
 * '_' below). */
void draw_vcell(int y, int x, int eighths, attr_t attr);

/* A column header: label cut to w columns, right-aligned when `right`; when `sort` is +1
 * or -1 an ascending (▲/^) or descending (▼/v) arrow follows the label. */
void draw_header_cell(int y, int x, int w, const char *label, bool right, int sort, attr_t attr);

/* Screen s's line of keys (the hints of keys.h) on row y of area: each hint's keys in the
 * key colour, then what they do, dim; as many as fit whole. */
void draw_key_hints(rect area, int y, lang l, screen_id s);

/* A difference to the baseline, in text ("▲ +12,3", "▼ −4,0", "= 0,0"), right-aligned in w
 * columns; coloured as a gain or a loss by `higher_is_better` when colours are on. */
void draw_delta(int y, int x, int w, double diff, int decimals, lang l, bool higher_is_better);
/* The attribute of a difference: positive, negative or dim for zero. */
attr_t draw_delta_attr(double diff, int decimals, bool higher_is_better);

#endif
