/* palette.h - the 16-colour tables of the common terminals (xterm, GNOME's Tango, Windows
 * Terminal's Campbell) and WCAG 2 contrast between two of their colours. No curses: the
 * themes' contrast test and the tmux capture check read these tables. */
#ifndef VUDONG_PALETTE_H
#define VUDONG_PALETTE_H

#include <stddef.h>

typedef struct {
	unsigned char r, g, b;
} palette_rgb;

typedef struct {
	const char *name;            /* "xterm", "tango", "campbell" */
	palette_rgb colour[16];      /* ANSI 0-7, then the bright 8-15 */
} palette;

extern const palette palettes[];
extern const size_t palette_count;

/* WCAG 2.x relative luminance (sRGB channels linearised), 0 (black) to 1 (white). */
double palette_luminance(palette_rgb c);
/* WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
double palette_contrast(palette_rgb a, palette_rgb b);

#endif
