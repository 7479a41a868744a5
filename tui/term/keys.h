/* keys.h - THE key table: which keys run which action, the key's name, its label on the
 * bottom key bar and its line of help (message ids, translated with tr when shown). The help
 * screen and the key bar are written from this table. The key bar's layout for a width and
 * the mapping of a click on it back to an action are pure functions. */
#ifndef VUDONG_KEYS_H
#define VUDONG_KEYS_H

#include <stddef.h>

#include "actions.h"
#include "i18n.h"

#define KEYS_PER_ACTION 4

typedef struct {
	action act;
	int codes[KEYS_PER_ACTION];  /* curses key codes that run it; unused slots are 0 */
	const char *name;            /* the keys as the user reads them: "? F1", "Tab", "^R" */
	const char *bar;             /* message id on the key bar ("Help"), NULL: not on the bar */
	int bar_key_index;           /* which of the names' words the bar shows (0: the first) */
	int bar_priority;            /* 1 = kept longest when the bar is narrow */
	const char *help;            /* message id: one line on the help screen */
} key_binding;

/* The table, in the order the help screen lists it; one row per action (ACT_NONE excluded). */
extern const key_binding key_table[];
extern const size_t key_table_count;

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

/* Lays the key bar out for `width` columns in language l: "key label" entries separated by
 * one space, in table order, dropping the least important entries until the rest fit.
 * Returns the number of slots written (at most max). */
size_t keys_layout_bar(lang l, int width, keybar_slot *slots, size_t max);
/* The action under column x of a laid-out bar (ACT_NONE between or beyond the entries). */
action keys_bar_action_at(const keybar_slot *slots, size_t n, int x);

#endif
