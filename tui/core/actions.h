/* actions.h - the named actions keys and mouse map to (the key table is in keys.c), and what
 * a handler reports back: what changed, so one loop decides whether to recompute or redraw. */
#ifndef VUDONG_ACTIONS_H
#define VUDONG_ACTIONS_H

typedef enum {
	ACT_NONE,
	ACT_UP, ACT_DOWN, ACT_LEFT, ACT_RIGHT,
	ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_HOME, ACT_END,
	ACT_NEXT_SCREEN, ACT_PREV_SCREEN,
	ACT_SCREEN_1, ACT_SCREEN_2, ACT_SCREEN_3, ACT_SCREEN_4, ACT_SCREEN_5, ACT_SCREEN_6,
	ACT_SCREEN_7, ACT_SCREEN_8, ACT_SCREEN_9, ACT_SCREEN_10,   /* 8, 9, 0 */
	ACT_EDIT,          /* Enter: edit the selected cell (opens the prompt) */
	ACT_INCREMENT,     /* + : step the selected value up */
	ACT_DECREMENT,     /* - : step it down */
	ACT_TOGGLE,        /* space: toggle (a shock on/off, irrigation mode, ...) */
	ACT_ADD,           /* a : add a row (plan item, shock) */
	ACT_DELETE,        /* d / Delete : remove the selected row */
	ACT_SORT,          /* o : sort by the next column (table_order.h) */
	ACT_SORT_BACK,     /* O : the same column the other way round */
	ACT_FIND,          /* / : find a row by its name */
	ACT_FORM,          /* e : the form of every key (economy, commune and land, crop: form.h) */
	ACT_SETTINGS,      /* w : the form of the site, season and weather settings (form.h) */
	ACT_FIND_NEXT,     /* n : the next match */
	ACT_FIND_PREV,     /* N : the previous match */
	ACT_RUN,           /* r : run the study again (risk: the ensemble) */
	ACT_CANCEL,        /* Esc / c : stop the running ensemble */
	ACT_UNDO,          /* u */
	ACT_REDO,          /* Ctrl-R */
	ACT_PIN_BASELINE,  /* b */
	ACT_SAVE,          /* s */
	ACT_SAVE_AS,       /* S */
	ACT_EXPORT,        /* x */
	ACT_LANGUAGE,      /* L : switch Vietnamese/English */
	ACT_NEXT_SEASON,   /* Y : new season from this one (next_season.h) */
	ACT_HELP,          /* ? / F1 (h is "left" on table screens) */
	ACT_QUIT,          /* q / F10 */
	ACT_THEME,         /* T : the next theme (dark, light, contrast, mono) */
	ACT_PRESENT,       /* P : the presentation view on or off */
	ACT_REVERT,        /* R : back to the file (asks first) */
	ACT_EXPORT_CHART,  /* X : the screen's chart as PNG, SVG or PDF */
	ACT_STORY,         /* D : tell the built-in guided story from here */
	ACT_PLAY,          /* p : the season as a film on the calendar: play or pause */
	ACT_FASTER,        /* > : the film faster */
	ACT_SLOWER,        /* < : the film slower */
	ACT_COUNT
} action;

/* What a handler changed (bits). */
enum {
	CHANGED_NOTHING   = 0,
	CHANGED_VIEW      = 1u << 0,  /* cursor, scroll, screen: redraw */
	CHANGED_SCENARIO  = 1u << 1,  /* the scenario changed: recompute, mark unsaved, redraw */
	CHANGED_BASELINE  = 1u << 2,  /* the baseline changed: redraw the differences */
	CHANGED_QUIT      = 1u << 3,  /* leave the loop */
};

#endif
