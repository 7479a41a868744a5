/* keys.c - the key table (key codes, names, the screens each acts on, key-bar labels, help
 * text), each screen's hints, and the layouts of the key bar and the hint lines. */
#include "keys.h"

#include <curses.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "textwidth.h"

#define CTRL(c) ((c) & 0x1f)

/* Where an action acts: the screens whose handler takes it (screen_*.c), or ALL for the
 * actions app_handle takes on every screen. */
#define S(name) KEYS_SCREEN(SCREEN_##name)
#define ALL KEYS_EVERY_SCREEN
#define NAV (S(PLAN) | S(CROPS) | S(WEATHER) | S(RESULTS) | S(CALENDAR) | S(HELP) | S(RISK) | \
	     S(SENSITIVITY) | S(COMPARE))
#define COLS (S(PLAN) | S(CROPS) | S(WEATHER))
#define STEPS (S(PLAN) | S(CROPS) | S(WEATHER) | S(CALENDAR) | S(RISK) | S(SENSITIVITY))
#define EDITS (STEPS | S(COMPARE) | S(OVERVIEW))
#define ROWS (S(PLAN) | S(CROPS) | S(WEATHER))
/* Where a form opens (form.h): the economy on the overview, a commune on the plan, a crop. */
#define FORMS (S(OVERVIEW) | S(PLAN) | S(CROPS))

/* The table screens: / n N search, o O sort (table_order.h); the study screens' lists too. */
#define TABLES (S(PLAN) | S(CROPS) | S(WEATHER) | S(RESULTS) | S(CALENDAR) | S(RISK) | \
		S(SENSITIVITY) | S(COMPARE))

#define TOGGLES (S(PLAN) | S(WEATHER) | S(CALENDAR) | S(RISK) | S(SENSITIVITY))

/* act, codes, name (word i names codes[i]), where it acts, key-bar label, the name's word on
 * the bar, bar priority, help line. */
const key_binding key_table[] = {
	{ ACT_UP,        { KEY_UP, 'k' },         "Up k",      NAV,  NULL, 0, 0, "Move up" },
	{ ACT_DOWN,      { KEY_DOWN, 'j' },       "Down j",    NAV,  NULL, 0, 0, "Move down" },
	{ ACT_LEFT,      { KEY_LEFT, 'h', '<' },  "Left h <",  COLS, NULL, 0, 0, "Move left (previous column)" },
	{ ACT_RIGHT,     { KEY_RIGHT, 'l', '>' }, "Right l >", COLS, NULL, 0, 0, "Move right (next column)" },
	{ ACT_PAGE_UP,   { KEY_PPAGE },           "PgUp",      NAV,  NULL, 0, 0, "Scroll a page up" },
	{ ACT_PAGE_DOWN, { KEY_NPAGE },           "PgDn",      NAV,  NULL, 0, 0, "Scroll a page down" },
	{ ACT_HOME,      { KEY_HOME, 'g' },       "Home g",    NAV,  NULL, 0, 0, "Go to the first row" },
	{ ACT_END,       { KEY_END, 'G' },        "End G",     NAV,  NULL, 0, 0, "Go to the last row" },
	{ ACT_NEXT_SCREEN, { '\t' },              "Tab",       ALL,  "Screen", 0, 6, "Next screen" },
	{ ACT_PREV_SCREEN, { KEY_BTAB },          "S-Tab",     ALL,  NULL, 0, 0, "Previous screen" },
	{ ACT_SCREEN_1,  { '1' },                 "1",         ALL,  NULL, 0, 0, "Overview: district totals and growth" },
	{ ACT_SCREEN_2,  { '2' },                 "2",         ALL,  NULL, 0, 0, "Plan: the land allocation to edit" },
	{ ACT_SCREEN_3,  { '3' },                 "3",         ALL,  NULL, 0, 0, "Crops: parameters and prices" },
	{ ACT_SCREEN_4,  { '4' },                 "4",         ALL,  NULL, 0, 0, "Weather and shocks" },
	{ ACT_SCREEN_5,  { '5' },                 "5",         ALL,  NULL, 0, 0, "Results per plan item, with yield factors" },
	{ ACT_SCREEN_6,  { '6' },                 "6",         ALL,  NULL, 0, 0, "Calendar: sowing to harvest against free land" },
	{ ACT_SCREEN_7,  { '7' },                 "7",         ALL,  NULL, 0, 0, "Help: the keys" },
	{ ACT_SCREEN_8,  { '8' },                 "8",         ALL,  NULL, 0, 0, "Risk: many seasons of generated weather, the spread of output and value" },
	{ ACT_SCREEN_9,  { '9' },                 "9",         ALL,  NULL, 0, 0, "Sensitivity: each parameter moved on its own, largest effect first" },
	{ ACT_SCREEN_10, { '0' },                 "0",         ALL,  NULL, 0, 0, "Compare: this scenario against another file, side by side" },
	{ ACT_EDIT,      { '\n', '\r', KEY_ENTER }, "Enter",  EDITS, "Edit", 0, 2, "Edit the selected value" },
	{ ACT_INCREMENT, { '+', '=' },            "+",         STEPS, NULL, 0, 0, "Step the selected value up" },
	{ ACT_DECREMENT, { '-', '_' },            "-",         STEPS, NULL, 0, 0, "Step the selected value down" },
	{ ACT_TOGGLE,    { ' ' },                 "Space",     TOGGLES, NULL, 0, 0, "Toggle (a shock on or off, the irrigation mode)" },
	{ ACT_ADD,       { 'a' },                 "a",         ROWS, NULL, 0, 0, "Add a row (a plan item, a crop as a copy, a shock)" },
	{ ACT_DELETE,    { 'd', KEY_DC },         "d Del",     ROWS, NULL, 0, 0, "Delete the selected row" },
	{ ACT_FIND,      { '/' },                 "/",         TABLES, NULL, 0, 0, "Find a row by its name (case and accents do not matter)" },
	{ ACT_FIND_NEXT, { 'n' },                 "n",         TABLES, NULL, 0, 0, "The next row found" },
	{ ACT_FIND_PREV, { 'N' },                 "N",         TABLES, NULL, 0, 0, "The previous row found" },
	{ ACT_SORT,      { 'o' },                 "o",         TABLES, NULL, 0, 0, "Sort by the next column (or click a header; again: the other way)" },
	{ ACT_SORT_BACK, { 'O' },                 "O",         TABLES, NULL, 0, 0, "Sort the other way round" },
	{ ACT_RUN,       { 'r' },                 "r",         S(RISK), NULL, 0, 0, "Risk: run the seasons again (after an edit, or with another number)" },
	{ ACT_FORM,      { 'e' },                 "e",         FORMS, NULL, 0, 0, "Form of every key: the economy and growth target (overview, also Enter), the commune and its land units (plan; e on a soil row: that soil), the crop (crops); a adds a copy, d deletes, Esc closes" },
	{ ACT_SETTINGS,  { 'w' },                 "w",         S(OVERVIEW), NULL, 0, 0, "Form of the site, season and weather settings (overview); the weather source itself is changed in the file" },
	{ ACT_CANCEL,    { 27, 'c' },             "Esc c",     S(RISK) | S(HELP) | FORMS, NULL, 0, 0, "Risk: stop the seasons being run; help and forms: close them" },
	{ ACT_UNDO,      { 'u' },                 "u",         ALL,  "Undo", 0, 2, "Undo the last edit" },
	{ ACT_REDO,      { CTRL('r') },           "^R",        ALL,  "Redo", 0, 7, "Redo what was undone" },
	{ ACT_PIN_BASELINE, { 'b' },              "b",         ALL,  "Baseline", 0, 3, "Pin the current figures as the baseline to compare with" },
	{ ACT_SAVE,      { 's' },                 "s",         ALL,  "Save", 0, 2, "Save the scenario" },
	{ ACT_SAVE_AS,   { 'S' },                 "S",         ALL,  NULL, 0, 0, "Save the scenario under another name" },
	{ ACT_EXPORT,    { 'x' },                 "x",         ALL,  "Export", 0, 4, "Export a report (.csv: table of items, else text)" },
	{ ACT_NEXT_SEASON, { 'Y' },               "Y",         ALL,  NULL, 0, 0, "New season from this one: next year's scenario file (dates a year on, this season's output as the baseline)" },
	{ ACT_LANGUAGE,  { 'L' },                 "L",         ALL,  "Language", 0, 5, "Switch between Vietnamese and English" },
	{ ACT_HELP,      { '?', KEY_F(1) },       "? F1",      ALL,  "Help", 0, 1, "Show or leave this help" },
	{ ACT_QUIT,      { 'q', KEY_F(10) },      "q F10",     ALL,  "Quit", 0, 1, "Quit (asks when there are unsaved edits)" },
	{ ACT_THEME,     { 'T' },                 "T",         ALL,  NULL, 0, 0, "Next colour theme: dark, light, contrast, mono (remembered)" },
	{ ACT_PRESENT,   { 'P' },                 "P",         ALL,  NULL, 0, 0, "Presentation view: the headline figures in large digits" },
	{ ACT_EXPORT_CHART, { 'X' },              "X",         ALL,  NULL, 0, 0, "Export the screen's chart as a picture (.png, .svg or .pdf)" },
	{ ACT_STORY,     { 'D' },                 "D",         ALL,  NULL, 0, 0, "Guided story: Space or Right next, Left back, R from the start, Esc to take over" },
	{ ACT_PLAY,      { 'p' },                 "p",         ALL,  NULL, 0, 0, "Calendar: play or pause the season as a film, day by day (Left/Right a day, Esc back)" },
	{ ACT_FASTER,    { ']' },                 "]",         S(CALENDAR), NULL, 0, 0, "Film: faster" },
	{ ACT_SLOWER,    { '[' },                 "[",         S(CALENDAR), NULL, 0, 0, "Film: slower" },
	{ ACT_REVERT,    { 'R' },                 "R",         ALL,  NULL, 0, 0, "Revert to the file: the scenario and baseline as loaded (asks; u undoes)" },
};
const size_t key_table_count = sizeof key_table / sizeof key_table[0];

/* Each screen's line of keys: screen, actions, the word of their names, what they do. */
const key_hint key_hints[] = {
	{ SCREEN_PLAN, { ACT_EDIT }, 0, "edit" },
	{ SCREEN_PLAN, { ACT_INCREMENT, ACT_DECREMENT }, 0, "step up or down" },
	{ SCREEN_PLAN, { ACT_TOGGLE }, 0, "cycle" },
	{ SCREEN_PLAN, { ACT_ADD }, 0, "add copy" },
	{ SCREEN_PLAN, { ACT_DELETE }, 0, "delete" },
	{ SCREEN_PLAN, { ACT_LEFT, ACT_RIGHT }, 2, "column" },
	{ SCREEN_CROPS, { ACT_EDIT }, 0, "edit" },
	{ SCREEN_CROPS, { ACT_INCREMENT, ACT_DECREMENT }, 0, "step up or down" },
	{ SCREEN_CROPS, { ACT_LEFT, ACT_RIGHT }, 2, "column" },
	{ SCREEN_CROPS, { ACT_ADD }, 0, "copy" },
	{ SCREEN_CROPS, { ACT_FORM }, 0, "all keys" },
	{ SCREEN_WEATHER, { ACT_TOGGLE }, 0, "on/off" },
	{ SCREEN_WEATHER, { ACT_EDIT }, 0, "edit" },
	{ SCREEN_WEATHER, { ACT_INCREMENT, ACT_DECREMENT }, 0, "step up or down" },
	{ SCREEN_WEATHER, { ACT_ADD }, 0, "add shock" },
	{ SCREEN_WEATHER, { ACT_DELETE }, 0, "delete" },
	{ SCREEN_CALENDAR, { ACT_TOGGLE }, 0, "labour by half-month" },
	{ SCREEN_RISK, { ACT_RUN }, 0, "run" },
	{ SCREEN_RISK, { ACT_CANCEL }, 0, "stop" },
	{ SCREEN_RISK, { ACT_INCREMENT, ACT_DECREMENT }, 0, "seasons" },
	{ SCREEN_RISK, { ACT_TOGGLE }, 0, "output/value" },
	{ SCREEN_RISK, { ACT_EDIT }, 0, "type seasons" },
	{ SCREEN_SENSITIVITY, { ACT_TOGGLE }, 0, "value/growth" },
	{ SCREEN_SENSITIVITY, { ACT_INCREMENT, ACT_DECREMENT }, 0, "step" },
	{ SCREEN_SENSITIVITY, { ACT_EDIT }, 0, "type the step" },
	{ SCREEN_SENSITIVITY, { ACT_FIND }, 0, "find" },
	{ SCREEN_COMPARE, { ACT_EDIT }, 0, "choose the file to compare with" },
	{ SCREEN_COMPARE, { ACT_FIND }, 0, "find" },
	{ SCREEN_COMPARE, { ACT_SORT, ACT_SORT_BACK }, 0, "sort" },
};
const size_t key_hints_count = sizeof key_hints / sizeof key_hints[0];

action keys_action_for(int code)
{
	if (code == 0)
		return ACT_NONE;
	for (size_t i = 0; i < key_table_count; i++)
		for (int k = 0; k < KEYS_PER_ACTION; k++)
			if (key_table[i].codes[k] == code)
				return key_table[i].act;
	return ACT_NONE;
}

const key_binding *keys_binding_for(action act)
{
	for (size_t i = 0; i < key_table_count; i++)
		if (key_table[i].act == act)
			return &key_table[i];
	return NULL;
}

bool keys_act_on(action act, screen_id s)
{
	const key_binding *b = keys_binding_for(act);
	return b && (b->screens == KEYS_EVERY_SCREEN || (b->screens & KEYS_SCREEN(s)));
}

/* The word-th space-separated word of name, its bytes in *len; NULL when there is none. */
static const char *name_word(const char *name, int word, size_t *len)
{
	const char *s = name;
	for (int i = 0; i < word; i++) {
		s = strchr(s, ' ');
		if (!s)
			return NULL;
		s++;
	}
	*len = strcspn(s, " ");
	return s;
}

bool keys_hint_keys(const key_hint *h, char *out, size_t size)
{
	size_t used = 0;
	out[0] = 0;
	for (int i = 0; i < 2 && h->acts[i] != ACT_NONE; i++) {
		const key_binding *b = keys_binding_for(h->acts[i]);
		size_t len;
		const char *w = b ? name_word(b->name, h->word, &len) : NULL;
		if (!w || used + len + 2 > size)
			return false;
		used += (size_t)snprintf(out + used, size - used, "%s%.*s", i ? " " : "", (int)len, w);
	}
	return used > 0;
}

size_t keys_layout_hints(lang l, screen_id s, int width, keyhint_slot *slots, size_t max)
{
	size_t n = 0;
	int x = 0;
	for (size_t i = 0; i < key_hints_count && n < max; i++) {
		const key_hint *h = &key_hints[i];
		keyhint_slot *slot = &slots[n];
		if (h->screen != s || !keys_hint_keys(h, slot->keys, sizeof slot->keys))
			continue;
		slot->label = tr(l, h->what);
		slot->key_w = text_width(slot->keys);
		slot->w = slot->key_w + 1 + text_width(slot->label);
		if (x + slot->w > width)
			break;
		slot->x = x;
		x += slot->w + 2;
		n++;
	}
	return n;
}

/* The bar_key_index-th space-separated word of the key's name (the first when it has none). */
static const char *bar_key(const key_binding *b, size_t *len)
{
	const char *w = name_word(b->name, b->bar_key_index, len);
	return w ? w : name_word(b->name, 0, len);
}

size_t keys_layout_bar(lang l, screen_id s, int width, keybar_slot *slots, size_t max)
{
	const key_binding *on_bar[KEYBAR_MAX];
	int widths[KEYBAR_MAX];
	size_t n = 0;
	for (size_t i = 0; i < key_table_count && n < KEYBAR_MAX; i++)
		if (key_table[i].bar && keys_act_on(key_table[i].act, s))
			on_bar[n++] = &key_table[i];
	bool keep[KEYBAR_MAX];
	int total = -1;   /* n entries need n - 1 separators */
	for (size_t i = 0; i < n; i++) {
		size_t klen;
		const char *k = bar_key(on_bar[i], &klen);
		widths[i] = text_width_n(k, klen) + 1 + text_width(tr(l, on_bar[i]->bar));
		keep[i] = true;
		total += widths[i] + 1;
	}
	/* Drop the least important (highest priority number; the later one on ties). */
	while (total > width) {
		int worst = -1;
		for (size_t i = 0; i < n; i++)
			if (keep[i] && (worst < 0 || on_bar[i]->bar_priority >= on_bar[worst]->bar_priority))
				worst = (int)i;
		if (worst < 0)
			break;
		keep[worst] = false;
		total -= widths[worst] + 1;
	}
	size_t out = 0;
	int x = 0;
	for (size_t i = 0; i < n && out < max; i++) {
		if (!keep[i])
			continue;
		keybar_slot *slot = &slots[out++];
		slot->act = on_bar[i]->act;
		slot->key = bar_key(on_bar[i], &slot->key_len);
		slot->key_w = text_width_n(slot->key, slot->key_len);
		slot->label = tr(l, on_bar[i]->bar);
		slot->x = x;
		slot->w = widths[i];
		x += widths[i] + 1;
	}
	return out;
}

action keys_bar_action_at(const keybar_slot *slots, size_t n, int x)
{
	for (size_t i = 0; i < n; i++)
		if (x >= slots[i].x && x < slots[i].x + slots[i].w)
			return slots[i].act;
	return ACT_NONE;
}
