/* theme.h - how things look: the attribute of each role (colour pairs, or monochrome
 * attributes where meaning never rests on colour: selection is reverse video, problems are
 * bold with a sign or a mark), and the glyphs (Unicode box, bar eighths and arrows, or ASCII).
 * theme_init runs once after curses starts; drawing code asks for roles and glyphs. */
#ifndef VUDONG_THEME_H
#define VUDONG_THEME_H

#include <stdbool.h>
#include <stddef.h>

#include <curses.h>

typedef enum {
	TH_NORMAL,        /* body text */
	TH_TITLE,         /* headings inside a screen */
	TH_HEADER,        /* table column headers */
	TH_SELECTED,      /* the selected row or cell (reverse video in every scheme) */
	TH_DIM,           /* secondary text, units, baseline values */
	TH_POSITIVE,      /* a gain against the baseline (the sign says it too) */
	TH_NEGATIVE,      /* a loss against the baseline (the sign says it too) */
	TH_WARNING,       /* a warning (always with a mark such as "!") */
	TH_ERROR,         /* an error (always with a mark or the word) */
	TH_BAR,           /* bar chart bars */
	TH_BAR_BASE,      /* the baseline's bar or marker */
	TH_TAB,           /* a tab on the top bar */
	TH_TAB_ACTIVE,    /* the current screen's tab */
	TH_TOPBAR,        /* the rest of the top bar */
	TH_STATUS,        /* the status line */
	TH_STATUS_ERROR,  /* the status line showing an error */
	TH_PROMPT,        /* the prompt's label and text */
	TH_KEY,           /* a key on the key bar ("q") */
	TH_KEY_LABEL,     /* its label ("Quit") */
	TH_COUNT
} theme_role;

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
 * terminal has colours). */
void theme_init(bool color, bool ascii);
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
