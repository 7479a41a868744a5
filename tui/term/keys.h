/* keys.h - THE key table: which keys run which action, the screens where the action does
 * something, the key's name, its label on the bottom key bar and its line of help (message
 * ids, translated with tr when shown); and the hints, each screen's line of keys. The help
 * screen, the key bar and every hint line are written from these tables, so nothing names a
 * key that does not act there. The layouts of the key bar and of a hint line for a width
 * and the mapping of a click on the bar back to an action are pure functions. */
#ifndef VUDONG_KEYS_H
#define VUDONG_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "actions.h"
#include "i18n.h"
#include "screen.h"

#define KEYS_PER_ACTION 4

#define KEYS_SCREEN(s) (1u << (s))
#define KEYS_EVERY_SCREEN 0u        /* an action app_handle takes on every screen */

typedef struct {
	action act;
	int codes[KEYS_PER_ACTION];  /* curses key codes that run it; unused slots are 0 */
	/* The keys as the user reads them: "? F1", "Tab", "^R"; word i names codes[i] (codes
	 * past the last word are unnamed alternatives: '=' for '+'). */
	const char *name;
	unsigned screens;            /* KEYS_SCREEN()s of the screens whose handler takes it,
				      * or KEYS_EVERY_SCREEN */
	const char *bar;             /* message id on the key bar ("Help"), NULL: not on the bar */
	int bar_key_index;           /* which of the names' words the bar shows (0: the first) */
	int bar_priority;            /* 1 = kept longest when the bar is narrow */
	const char *help;            /* message id: one line on the help screen */
} key_binding;

/* The table, in the order the help screen lists it; one row per action (ACT_NONE excluded). */
extern const key_binding key_table[];
extern const size_t key_table_count;

/* A hint on a screen's line of keys: the word-th key of each action ("Enter", "+ -" for
 * increment and decrement, "< >") and what it does on that screen. */
typedef struct {
	screen_id screen;
	action acts[2];              /* the second ACT_NONE when the hint names one action */
	int word;                    /* which word of each action's name */
	const char *what;            /* message id */
} key_hint;

/* The hints, screen by screen, each screen's in the order its line shows them. */
extern const key_hint key_hints[];
extern const size_t key_hints_count;

/* Whether act's keys do something on screen s (its scope in the key table). */
bool keys_act_on(action act, screen_id s);
/* The keys of hint h as shown ("+ -"); returns false when a word is missing. */
bool keys_hint_keys(const key_hint *h, char *out, size_t size);

/* The action a curses key code runs (ACT_NONE when none). */
action keys_action_for(int code);
/* The row of an action (NULL for ACT_NONE or an unknown action). */
const key_binding *keys_binding_for(action act);

/* One entry laid out on the key bar: columns [x, x + w) hold the key then the label. */
typedef struct {
	action act;
	int x, w;
	int key_w;                    /* columns of the key part ("Enter") */
	const char *key;              /* points into a static string; not NUL-terminated at key_w */
	size_t key_len;               /* bytes of the key part */
	const char *label;            /* translated label */
} keybar_slot;

#define KEYBAR_MAX 16

/* Lays the key bar of screen s out for `width` columns in language l: "key label" entries
 * separated by one space, in table order, only the actions that act on s, dropping the least
 * important entries until the rest fit. Returns the number of slots written (at most max). */
size_t keys_layout_bar(lang l, screen_id s, int width, keybar_slot *slots, size_t max);

/* One hint laid out on a screen's line of keys: columns [x, x + w) hold the keys, a space
 * and the label. */
typedef struct {
	int x, w;
	int key_w;
	char keys[24];                /* "+ -" */
	const char *label;            /* translated */
} keyhint_slot;

#define KEYHINT_MAX 8

/* Lays screen s's hints out in `width` columns: "keys label" entries two spaces apart, in
 * table order, as many as fit whole. Returns the number of slots written (at most max). */
size_t keys_layout_hints(lang l, screen_id s, int width, keyhint_slot *slots, size_t max);
/* The action under column x of a laid-out bar (ACT_NONE between or beyond the entries). */
action keys_bar_action_at(const keybar_slot *slots, size_t n, int x);

#endif
