/* palette.c - the terminals' 16-colour tables and WCAG 2 luminance and contrast.
 * Sources: xterm's default colours (XTerm-col.ad, xterm 390), GNOME Terminal's "Tango"
 * palette (terminal-profile, GNOME 3), Windows Terminal's "Campbell" scheme (defaults.json).
 * The tmux capture check (tests/e2e/contrast.sh) reads the PAL lines below: keep one colour
 * per line in that form. */
#include "palette.h"

#include <math.h>

#define PAL(hex) { (unsigned char)((hex) >> 16), (unsigned char)(((hex) >> 8) & 0xff), \
		   (unsigned char)((hex) & 0xff) }

const palette palettes[] = {
	{ "xterm", {
		PAL(0x000000), PAL(0xcd0000), PAL(0x00cd00), PAL(0xcdcd00),
		PAL(0x0000ee), PAL(0xcd00cd), PAL(0x00cdcd), PAL(0xe5e5e5),
		PAL(0x7f7f7f), PAL(0xff0000), PAL(0x00ff00), PAL(0xffff00),
		PAL(0x5c5cff), PAL(0xff00ff), PAL(0x00ffff), PAL(0xffffff),
	} },
	{ "tango", {
		PAL(0x2e3436), PAL(0xcc0000), PAL(0x4e9a06), PAL(0xc4a000),
		PAL(0x3465a4), PAL(0x75507b), PAL(0x06989a), PAL(0xd3d7cf),
		PAL(0x555753), PAL(0xef2929), PAL(0x8ae234), PAL(0xfce94f),
		PAL(0x729fcf), PAL(0xad7fa8), PAL(0x34e2e2), PAL(0xeeeeec),
	} },
	{ "campbell", {
		PAL(0x0c0c0c), PAL(0xc50f1f), PAL(0x13a10e), PAL(0xc19c00),
		PAL(0x0037da), PAL(0x881798), PAL(0x3a96dd), PAL(0xcccccc),
		PAL(0x767676), PAL(0xe74856), PAL(0x16c60c), PAL(0xf9f1a5),
		PAL(0x3b78ff), PAL(0xb4009e), PAL(0x61d6d6), PAL(0xf2f2f2),
	} },
};
const size_t palette_count = sizeof palettes / sizeof palettes[0];

/* An sRGB channel (0-255) to linear light (WCAG 2.x, threshold 0.04045). */
static double channel_linear(unsigned char v)
{
	double c = v / 255.0;
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

double palette_luminance(palette_rgb c)
{
	return 0.2126 * channel_linear(c.r) + 0.7152 * channel_linear(c.g) +
	       0.0722 * channel_linear(c.b);
}

double palette_contrast(palette_rgb a, palette_rgb b)
{
	double la = palette_luminance(a), lb = palette_luminance(b);
	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}
