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

/* Curses state: set once by theme_init, read by every drawing function (like curses itself). */
static attr_t role_attr[TH_COUNT];
static bool use_color, use_ascii;

enum { PAIR_TAB = 1, PAIR_TAB_ACTIVE, PAIR_TOPBAR, PAIR_STATUS, PAIR_ERROR, PAIR_KEY,
       PAIR_KEY_LABEL, PAIR_POSITIVE, PAIR_NEGATIVE, PAIR_WARNING, PAIR_BAR, PAIR_BAR_BASE,
       PAIR_TITLE, PAIR_HEADER, PAIR_PROMPT };

static void init_mono(void)
{
	role_attr[TH_NORMAL] = A_NORMAL;
	role_attr[TH_TITLE] = A_BOLD;
	role_attr[TH_HEADER] = A_BOLD | A_UNDERLINE;
	role_attr[TH_SELECTED] = A_REVERSE;
	role_attr[TH_DIM] = A_DIM;
	role_attr[TH_POSITIVE] = A_NORMAL;
	role_attr[TH_NEGATIVE] = A_BOLD;
	role_attr[TH_WARNING] = A_BOLD;
	role_attr[TH_ERROR] = A_BOLD;
	role_attr[TH_BAR] = A_NORMAL;
	role_attr[TH_BAR_BASE] = A_DIM;
	role_attr[TH_TAB] = A_REVERSE;
	role_attr[TH_TAB_ACTIVE] = A_BOLD;
	role_attr[TH_TOPBAR] = A_REVERSE;
	role_attr[TH_STATUS] = A_NORMAL;
	role_attr[TH_STATUS_ERROR] = A_BOLD;
	role_attr[TH_PROMPT] = A_BOLD;
	role_attr[TH_KEY] = A_BOLD;
	role_attr[TH_KEY_LABEL] = A_REVERSE;
}

static void init_colour(void)
{
	init_mono();   /* the attributes stay; colours add to them */
	int bg = -1;
	if (use_default_colors() == ERR)
		bg = COLOR_BLACK;
	int topbg = COLOR_BLUE;
	init_pair(PAIR_TAB, COLOR_WHITE, topbg);
	init_pair(PAIR_TAB_ACTIVE, COLOR_BLACK, COLOR_CYAN);
	init_pair(PAIR_TOPBAR, COLOR_WHITE, topbg);
	init_pair(PAIR_STATUS, COLOR_CYAN, bg);
	init_pair(PAIR_ERROR, COLOR_WHITE, COLOR_RED);
	init_pair(PAIR_KEY, COLOR_WHITE, bg);
	init_pair(PAIR_KEY_LABEL, COLOR_BLACK, COLOR_CYAN);
	init_pair(PAIR_POSITIVE, COLOR_GREEN, bg);
	init_pair(PAIR_NEGATIVE, COLOR_RED, bg);
	init_pair(PAIR_WARNING, COLOR_YELLOW, bg);
	init_pair(PAIR_BAR, COLOR_GREEN, bg);
	init_pair(PAIR_BAR_BASE, COLOR_BLUE, bg);
	init_pair(PAIR_TITLE, COLOR_CYAN, bg);
	init_pair(PAIR_HEADER, COLOR_YELLOW, bg);
	init_pair(PAIR_PROMPT, COLOR_YELLOW, bg);
	role_attr[TH_TITLE] = A_BOLD | COLOR_PAIR(PAIR_TITLE);
	role_attr[TH_HEADER] = A_BOLD | COLOR_PAIR(PAIR_HEADER);
	role_attr[TH_POSITIVE] = COLOR_PAIR(PAIR_POSITIVE);
	role_attr[TH_NEGATIVE] = A_BOLD | COLOR_PAIR(PAIR_NEGATIVE);
	role_attr[TH_WARNING] = A_BOLD | COLOR_PAIR(PAIR_WARNING);
	role_attr[TH_ERROR] = A_BOLD | COLOR_PAIR(PAIR_NEGATIVE);
	role_attr[TH_BAR] = COLOR_PAIR(PAIR_BAR);
	role_attr[TH_BAR_BASE] = COLOR_PAIR(PAIR_BAR_BASE);
	role_attr[TH_TAB] = COLOR_PAIR(PAIR_TAB);
	role_attr[TH_TAB_ACTIVE] = A_BOLD | COLOR_PAIR(PAIR_TAB_ACTIVE);
	role_attr[TH_TOPBAR] = COLOR_PAIR(PAIR_TOPBAR);
	role_attr[TH_STATUS] = COLOR_PAIR(PAIR_STATUS);
	role_attr[TH_STATUS_ERROR] = A_BOLD | COLOR_PAIR(PAIR_ERROR);
	role_attr[TH_PROMPT] = A_BOLD | COLOR_PAIR(PAIR_PROMPT);
	role_attr[TH_KEY] = A_BOLD | COLOR_PAIR(PAIR_KEY);
	role_attr[TH_KEY_LABEL] = COLOR_PAIR(PAIR_KEY_LABEL);
}

void theme_init(bool color, bool ascii)
{
	use_ascii = ascii;
	use_color = color && has_colors() && start_color() != ERR && COLOR_PAIRS > PAIR_PROMPT;
	if (use_color)
		init_colour();
	else
		init_mono();
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
