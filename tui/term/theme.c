/* theme.c - colour pairs or monochrome attributes for each role, Unicode or ASCII glyphs. */
#include "theme.h"

#include <math.h>
#include <string.h>

static const theme_glyphs unicode_glyphs = {
	"─", "│", "┌", "┐", "└", "┘", "┬", "┴", "┤", "├", "┼",
	{ "", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█" }, "█", "░",
	"▲", "▼", "◀", "▶", "•", "…", "Δ", "−", "[x]", "[ ]", "!",
};

static const theme_glyphs ascii_glyphs = {
	"-", "|", "+", "+", "+", "+", "+", "+", "+", "+", "+",
	{ "", "", "", "", "#", "#", "#", "#", "#" }, "#", ".",
	"^", "v", "<", ">", "*", "~", "d", "-", "[x]", "[ ]", "!",
};

/* Curses state: set by theme_init, read by every drawing function (like curses itself). */
static attr_t role_attr[TH_COUNT];
static bool use_color, use_ascii;
static theme_id current = THEME_MONO;
static bool colours_started;

static attr_t attrs_of(unsigned ts)
{
	return ((ts & TS_BOLD) ? A_BOLD : 0) | ((ts & TS_UNDERLINE) ? A_UNDERLINE : 0) |
	       ((ts & TS_REVERSE) ? A_REVERSE : 0) | ((ts & TS_DIM) ? A_DIM : 0);
}

static void init_mono(void)
{
	const theme_spec *s = theme_spec_get(THEME_MONO);
	for (int r = 0; r < TH_COUNT; r++)
		role_attr[r] = attrs_of(s->role[r].attrs);
	current = THEME_MONO;
	bkgdset(A_NORMAL | ' ');
	bkgd(A_NORMAL | ' ');
}

/* A palette index on this terminal: with fewer than 16 colours the bright ones are their
 * base colour, made bright by bold. */
static short colour_of(int index, attr_t *extra)
{
	if (index >= 8 && COLORS < 16) {
		*extra |= A_BOLD;
		return (short)(index - 8);
	}
	return (short)index;
}

static void init_colour(theme_id t)
{
	const theme_spec *s = theme_spec_get(t);
	for (int r = 0; r < TH_COUNT; r++) {
		attr_t extra = 0;
		short fg = colour_of(s->role[r].fg, &extra);
		short bg = colour_of(s->role[r].bg, &extra);
		if (s->role[r].bg >= 8 && COLORS < 16)
			extra &= ~(attr_t)A_BOLD;   /* bold brightens the text, not the ground */
		init_pair((short)(r + 1), fg, bg);
		role_attr[r] = COLOR_PAIR(r + 1) | attrs_of(s->role[r].attrs) | extra;
	}
	current = t;
	/* The whole screen in the theme's ground: erase() and text without a pair take it. */
	bkgdset(COLOR_PAIR(TH_NORMAL + 1) | ' ');
	bkgd(COLOR_PAIR(TH_NORMAL + 1) | ' ');
}

void theme_init_named(theme_id t, bool ascii)
{
	use_ascii = ascii;
	bool want = theme_spec_get(t)->colour;
	if (want && !colours_started && has_colors())
		colours_started = start_color() != ERR;
	use_color = want && colours_started && COLOR_PAIRS > TH_COUNT;
	if (use_color)
		init_colour(t);
	else
		init_mono();
}

void theme_init(bool color, bool ascii)
{
	theme_init_named(color ? THEME_DARK : THEME_MONO, ascii);
}

theme_id theme_current(void)
{
	return current;
}

attr_t theme_emphasis(void)
{
	return attrs_of(theme_spec_get(current)->emphasis);
}

attr_t theme_attr(theme_role r)
{
	return (unsigned)r < TH_COUNT ? role_attr[r] : A_NORMAL;
}

bool theme_has_color(void)
{
	return use_color;
}

bool theme_is_ascii(void)
{
	return use_ascii;
}

const theme_glyphs *theme_glyphs_for(bool ascii)
{
	return ascii ? &ascii_glyphs : &unicode_glyphs;
}

const theme_glyphs *theme_glyphs_get(void)
{
	return theme_glyphs_for(use_ascii);
}

int theme_bar_text(double cells, const theme_glyphs *g, char *buf, size_t size)
{
	if (size == 0)
		return 0;
	buf[0] = 0;
	if (!(cells > 0))
		return 0;
	long eighths = lround(cells * 8.0);
	long whole = eighths / 8;
	int part = (int)(eighths % 8);
	size_t used = 0;
	int cols = 0;
	const char *full = g->eighths[8];
	size_t flen = strlen(full);
	for (long i = 0; i < whole && used + flen < size; i++) {
		memcpy(buf + used, full, flen);
		used += flen;
		cols++;
	}
	const char *tail = g->eighths[part];
	size_t tlen = strlen(tail);
	if (tlen && used + tlen < size) {
		memcpy(buf + used, tail, tlen);
		used += tlen;
		cols++;
	}
	buf[used] = 0;
	return cols;
}
