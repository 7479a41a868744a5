/* theme.h - how things look: the attribute of each role (colour pairs, or monochrome
 * attributes where meaning never rests on colour: selection is reverse video, problems are
 * bold with a sign or a mark), and the glyphs (Unicode box, bar eighths and arrows, or ASCII).
 * theme_init runs after curses starts (again to switch theme); drawing code asks for roles
 * and glyphs. The colours of each theme are data in tui/core/theme_spec.c. */
#ifndef VUDONG_THEME_H
#define VUDONG_THEME_H

#include <stdbool.h>
#include <stddef.h>

#include <curses.h>

#include "theme_spec.h"


typedef struct {
	const char *hline, *vline;          /* ─ │ */
	const char *ul, *ur, *ll, *lr;      /* ┌ ┐ └ ┘ */
	const char *tee_down, *tee_up, *tee_left, *tee_right, *cross;  /* ┬ ┴ ┤ ├ ┼ */
	const char *eighths[9];             /* "" ▏ ▎ ▍ ▌ ▋ ▊ ▉ █ (ASCII: "", and '#' from 4/8) */
	const char *full;                   /* █ or # */
	const char *shade;                  /* ░ or . (an empty part of a bar, a free window) */
	const char *up, *down, *left, *right;  /* ▲ ▼ ◀ ▶ or ^ v < > */
	const char *bullet;                 /* • or * */
	const char *ellipsis;               /* … or ~ */
	const char *delta;                  /* Δ or d */
	const char *minus;                  /* − (U+2212) or - */
	const char *mark_on, *mark_off;     /* [x] [ ] */
	const char *warn;                   /* ⚠ is too wide in many fonts: "!" in both */
} theme_glyphs;

/* Sets the scheme; call after initscr (start_color is called when color is true and the
 * terminal has colours). color true is the dark theme, false mono. */
void theme_init(bool color, bool ascii);
/* Sets theme t (theme_spec.h): its colour pairs, the whole screen's background; mono when
 * the terminal has no colours. With fewer than 16 colours the bright ones are shown as
 * their base colour in bold. */
void theme_init_named(theme_id t, bool ascii);
/* The theme in use (THEME_MONO when the terminal has no colours). */
theme_id theme_current(void);
/* The attribute a screen adds to stress something (a selected row): bold in dark and mono,
 * underline in light and contrast (where bold would be shown as a paler colour). */
attr_t theme_emphasis(void);
/* The attribute for a role (a colour pair ORed with attributes). */
attr_t theme_attr(theme_role r);
bool theme_has_color(void);
bool theme_is_ascii(void);
const theme_glyphs *theme_glyphs_get(void);
/* The glyph set for a choice, without the curses state (for the layout tests). */
const theme_glyphs *theme_glyphs_for(bool ascii);

/* A horizontal bar `cells` columns long (fractions drawn in eighths; ASCII rounds to whole
 * '#'), written as UTF-8 into buf. Returns the number of columns it takes. */
int theme_bar_text(double cells, const theme_glyphs *g, char *buf, size_t size);

#endif
