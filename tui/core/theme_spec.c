/* theme_spec.c - the four themes' colours and attributes, role by role, and the contrast
 * each gives on the palettes of palette.c. Every colour role keeps 4.5 : 1 (WCAG AA for
 * text) on xterm, Tango and Campbell, whether or not the terminal shows bold as bright:
 * colours that fail on one of them (Tango's red on its black, any yellow or cyan on white)
 * are not used for text on that background. */
#include "theme_spec.h"

#include <string.h>

/* ANSI palette indices. */
enum { BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE,
       GREY, B_RED, B_GREEN, B_YELLOW, B_BLUE, B_MAGENTA, B_CYAN, B_WHITE };

#define R(f, b, a) { (signed char)(f), (signed char)(b), (unsigned char)(a) }

static const theme_spec specs[THEME_COUNT] = {
	[THEME_DARK] = { "dark", true, {
		[TH_NORMAL]       = R(B_WHITE, BLACK, 0),
		[TH_TITLE]        = R(B_CYAN, BLACK, TS_BOLD),
		[TH_HEADER]       = R(B_YELLOW, BLACK, TS_BOLD),
		[TH_SELECTED]     = R(B_WHITE, BLACK, TS_REVERSE),
		[TH_DIM]          = R(WHITE, BLACK, 0),
		[TH_POSITIVE]     = R(B_GREEN, BLACK, 0),
		[TH_NEGATIVE]     = R(B_WHITE, RED, TS_BOLD),
		[TH_WARNING]      = R(B_YELLOW, BLACK, TS_BOLD),
		[TH_ERROR]        = R(B_WHITE, RED, TS_BOLD),
		[TH_BAR]          = R(B_GREEN, BLACK, 0),
		[TH_BAR_BASE]     = R(WHITE, BLACK, 0),
		[TH_TAB]          = R(B_WHITE, BLUE, 0),
		[TH_TAB_ACTIVE]   = R(B_WHITE, BLACK, TS_BOLD),
		[TH_TOPBAR]       = R(B_WHITE, BLUE, 0),
		[TH_STATUS]       = R(B_CYAN, BLACK, 0),
		[TH_STATUS_ERROR] = R(B_WHITE, RED, TS_BOLD),
		[TH_PROMPT]       = R(B_YELLOW, BLACK, TS_BOLD),
		[TH_KEY]          = R(B_WHITE, BLACK, TS_BOLD),
		[TH_KEY_LABEL]    = R(B_WHITE, BLUE, 0),
	}, TS_BOLD },
	/* Light: black on bright white; no bold on colours (bold-as-bright would turn blue
	 * and black into pale blue and grey), emphasis by underline. */
	[THEME_LIGHT] = { "light", true, {
		[TH_NORMAL]       = R(BLACK, B_WHITE, 0),
		[TH_TITLE]        = R(BLUE, B_WHITE, TS_UNDERLINE),
		[TH_HEADER]       = R(BLACK, B_WHITE, TS_UNDERLINE),
		[TH_SELECTED]     = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_DIM]          = R(BLUE, B_WHITE, 0),
		[TH_POSITIVE]     = R(BLUE, B_WHITE, 0),
		[TH_NEGATIVE]     = R(RED, B_WHITE, 0),
		[TH_WARNING]      = R(BLACK, YELLOW, 0),
		[TH_ERROR]        = R(B_WHITE, RED, 0),
		[TH_BAR]          = R(BLUE, B_WHITE, 0),
		[TH_BAR_BASE]     = R(BLACK, B_WHITE, 0),
		[TH_TAB]          = R(B_WHITE, BLUE, 0),
		[TH_TAB_ACTIVE]   = R(BLACK, B_WHITE, TS_UNDERLINE),
		[TH_TOPBAR]       = R(B_WHITE, BLUE, 0),
		[TH_STATUS]       = R(BLUE, B_WHITE, 0),
		[TH_STATUS_ERROR] = R(B_WHITE, RED, 0),
		[TH_PROMPT]       = R(B_WHITE, BLUE, 0),
		[TH_KEY]          = R(B_WHITE, BLUE, 0),
		[TH_KEY_LABEL]    = R(BLACK, WHITE, 0),
	}, TS_UNDERLINE },
	/* High contrast: black on white only (21 : 1 on xterm), reverse video for what
	 * stands out, underline for headings. */
	[THEME_CONTRAST] = { "contrast", true, {
		[TH_NORMAL]       = R(BLACK, B_WHITE, 0),
		[TH_TITLE]        = R(BLACK, B_WHITE, TS_UNDERLINE),
		[TH_HEADER]       = R(BLACK, B_WHITE, TS_UNDERLINE),
		[TH_SELECTED]     = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_DIM]          = R(BLACK, B_WHITE, 0),
		[TH_POSITIVE]     = R(BLACK, B_WHITE, 0),
		[TH_NEGATIVE]     = R(BLACK, B_WHITE, TS_UNDERLINE),
		[TH_WARNING]      = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_ERROR]        = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_BAR]          = R(BLACK, B_WHITE, 0),
		[TH_BAR_BASE]     = R(BLACK, B_WHITE, 0),
		[TH_TAB]          = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_TAB_ACTIVE]   = R(BLACK, B_WHITE, TS_UNDERLINE),
		[TH_TOPBAR]       = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_STATUS]       = R(BLACK, B_WHITE, 0),
		[TH_STATUS_ERROR] = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_PROMPT]       = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_KEY]          = R(BLACK, B_WHITE, TS_REVERSE),
		[TH_KEY_LABEL]    = R(BLACK, B_WHITE, TS_UNDERLINE),
	}, TS_UNDERLINE },
	/* Mono (NO_COLOR, --no-color): the terminal's own colours, meaning in attributes. */
	[THEME_MONO] = { "mono", false, {
		[TH_NORMAL]       = R(-1, -1, 0),
		[TH_TITLE]        = R(-1, -1, TS_BOLD),
		[TH_HEADER]       = R(-1, -1, TS_BOLD | TS_UNDERLINE),
		[TH_SELECTED]     = R(-1, -1, TS_REVERSE),
		[TH_DIM]          = R(-1, -1, TS_DIM),
		[TH_POSITIVE]     = R(-1, -1, 0),
		[TH_NEGATIVE]     = R(-1, -1, TS_BOLD),
		[TH_WARNING]      = R(-1, -1, TS_BOLD),
		[TH_ERROR]        = R(-1, -1, TS_BOLD),
		[TH_BAR]          = R(-1, -1, 0),
		[TH_BAR_BASE]     = R(-1, -1, TS_DIM),
		[TH_TAB]          = R(-1, -1, TS_REVERSE),
		[TH_TAB_ACTIVE]   = R(-1, -1, TS_BOLD),
		[TH_TOPBAR]       = R(-1, -1, TS_REVERSE),
		[TH_STATUS]       = R(-1, -1, 0),
		[TH_STATUS_ERROR] = R(-1, -1, TS_BOLD),
		[TH_PROMPT]       = R(-1, -1, TS_BOLD),
		[TH_KEY]          = R(-1, -1, TS_BOLD),
		[TH_KEY_LABEL]    = R(-1, -1, TS_REVERSE),
	}, TS_BOLD },
};

const theme_spec *theme_spec_get(theme_id t)
{
	return (unsigned)t < THEME_COUNT ? &specs[t] : &specs[THEME_DARK];
}

int theme_parse(const char *s)
{
	for (int t = 0; t < THEME_COUNT; t++)
		if (s && strcmp(s, specs[t].name) == 0)
			return t;
	return -1;
}

const char *theme_name(theme_id t)
{
	return theme_spec_get(t)->name;
}

bool theme_spec_cell(theme_id t, theme_role role, unsigned extra, bool bold_is_bright,
		     int *fg, int *bg)
{
	const theme_spec *s = theme_spec_get(t);
	if (!s->colour || (unsigned)role >= TH_COUNT)
		return false;
	const theme_role_spec *r = &s->role[role];
	unsigned attrs = r->attrs | extra;
	int f = r->fg, b = r->bg;
	if (bold_is_bright && (attrs & TS_BOLD) && f < 8)
		f += 8;
	if (attrs & TS_REVERSE) {
		int swap = f;
		f = b;
		b = swap;
	}
	*fg = f;
	*bg = b;
	return true;
}

double theme_spec_min_contrast(theme_id t, theme_role role, unsigned extra)
{
	double worst = 21.0;
	for (int bright = 0; bright < 2; bright++) {
		int fg, bg;
		if (!theme_spec_cell(t, role, extra, bright != 0, &fg, &bg))
			return 21.0;
		for (size_t p = 0; p < palette_count; p++) {
			double c = palette_contrast(palettes[p].colour[fg], palettes[p].colour[bg]);
			if (c < worst)
				worst = c;
		}
	}
	return worst;
}
