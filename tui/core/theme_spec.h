/* theme_spec.h - the themes as data: for each theme (dark, light, contrast, mono) and each
 * role, the foreground and background colour (indices into the 16-colour palette, so their
 * contrast can be computed from palette.h) and the attributes. No curses: tui/term/theme.c
 * turns a spec into colour pairs; the contrast test reads the same table. */
#ifndef VUDONG_THEME_SPEC_H
#define VUDONG_THEME_SPEC_H

#include <stdbool.h>

#include "palette.h"

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

typedef enum { THEME_DARK, THEME_LIGHT, THEME_CONTRAST, THEME_MONO, THEME_COUNT } theme_id;

/* Attribute bits of a spec (theme.c maps them to curses A_*). */
enum { TS_BOLD = 1, TS_UNDERLINE = 2, TS_REVERSE = 4, TS_DIM = 8 };

typedef struct {
	signed char fg, bg;       /* palette indices 0-15; -1 (mono): the terminal's own */
	unsigned char attrs;      /* TS_* */
} theme_role_spec;

typedef struct {
	const char *name;                 /* binding: --theme NAME, config `theme = NAME` */
	bool colour;                      /* false: attributes only (mono) */
	theme_role_spec role[TH_COUNT];   /* [TH_NORMAL] also paints the whole screen */
	unsigned char emphasis;           /* TS_* a screen adds to stress a row (selected item) */
} theme_spec;

const theme_spec *theme_spec_get(theme_id t);
/* The theme named s, or -1. */
int theme_parse(const char *s);
const char *theme_name(theme_id t);

/* The colours a cell of `role` shows, after reverse video and, when bold_is_bright, the
 * terminals (xterm, old GNOME) that show bold text in colours 0-7 with the bright 8-15; with
 * `extra` attributes (TS_*) a screen adds. False for mono (no colours of its own). */
bool theme_spec_cell(theme_id t, theme_role role, unsigned extra, bool bold_is_bright,
		     int *fg, int *bg);
/* The smallest WCAG contrast of the role's text over every palette and both bold styles;
 * 21 for mono. */
double theme_spec_min_contrast(theme_id t, theme_role role, unsigned extra);

#endif
