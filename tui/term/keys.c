/* keys.c - the key table (key codes, names, key-bar labels, help text) and the key bar's
 * layout and click mapping. */
#include "keys.h"

#include <curses.h>
#include <stdbool.h>
#include <string.h>

#include "utf8.h"

#define CTRL(c) ((c) & 0x1f)

const key_binding key_table[] = {
	{ ACT_UP,        { KEY_UP, 'k' },    "Up k",      NULL, 0, 0, "Move up" },
	{ ACT_DOWN,      { KEY_DOWN, 'j' },  "Down j",    NULL, 0, 0, "Move down" },
	{ ACT_LEFT,      { KEY_LEFT, 'h' },  "Left h",    NULL, 0, 0, "Move left (previous column)" },
	{ ACT_RIGHT,     { KEY_RIGHT, 'l' }, "Right l",   NULL, 0, 0, "Move right (next column)" },
	{ ACT_PAGE_UP,   { KEY_PPAGE },      "PgUp",      NULL, 0, 0, "Scroll a page up" },
	{ ACT_PAGE_DOWN, { KEY_NPAGE },      "PgDn",      NULL, 0, 0, "Scroll a page down" },
	{ ACT_HOME,      { KEY_HOME, 'g' },  "Home g",    NULL, 0, 0, "Go to the first row" },
	{ ACT_END,       { KEY_END, 'G' },   "End G",     NULL, 0, 0, "Go to the last row" },
	{ ACT_NEXT_SCREEN, { '\t' },         "Tab",       "Screen", 0, 6, "Next screen" },
	{ ACT_PREV_SCREEN, { KEY_BTAB },     "S-Tab",     NULL, 0, 0, "Previous screen" },
	{ ACT_SCREEN_1,  { '1' },            "1",         NULL, 0, 0, "Overview: district totals and growth" },
	{ ACT_SCREEN_2,  { '2' },            "2",         NULL, 0, 0, "Plan: the land allocation to edit" },
	{ ACT_SCREEN_3,  { '3' },            "3",         NULL, 0, 0, "Crops: parameters and prices" },
	{ ACT_SCREEN_4,  { '4' },            "4",         NULL, 0, 0, "Weather and shocks" },
	{ ACT_SCREEN_5,  { '5' },            "5",         NULL, 0, 0, "Results per plan item, with yield factors" },
	{ ACT_SCREEN_6,  { '6' },            "6",         NULL, 0, 0, "Calendar: sowing to harvest against free land" },
	{ ACT_SCREEN_7,  { '7' },            "7",         NULL, 0, 0, "Help: the keys" },
	{ ACT_SCREEN_8,  { '8' },            "8",         NULL, 0, 0, "Risk: many seasons of generated weather, the spread of output and value" },
	{ ACT_SCREEN_9,  { '9' },            "9",         NULL, 0, 0, "Sensitivity: each parameter moved on its own, largest effect first" },
	{ ACT_SCREEN_10, { '0' },            "0",         NULL, 0, 0, "Compare: this scenario against another file, side by side" },
	{ ACT_EDIT,      { '\n', '\r', KEY_ENTER }, "Enter", "Edit", 0, 2, "Edit the selected value" },
	{ ACT_INCREMENT, { '+', '=' },       "+",         NULL, 0, 0, "Step the selected value up" },
	{ ACT_DECREMENT, { '-', '_' },       "-",         NULL, 0, 0, "Step the selected value down" },
	{ ACT_TOGGLE,    { ' ' },            "Space",     NULL, 0, 0, "Toggle (a shock on or off, the irrigation mode)" },
	{ ACT_ADD,       { 'a' },            "a",         NULL, 0, 0, "Add a row (a plan item, a shock)" },
	{ ACT_DELETE,    { 'd', KEY_DC },    "d Del",     NULL, 0, 0, "Delete the selected row" },
	{ ACT_SORT,      { 'o' },            "o",         NULL, 0, 0, "Sort by the next column" },
	{ ACT_RUN,       { 'r' },            "r",         NULL, 0, 0, "Risk: run the seasons again (after an edit, or with another number)" },
	{ ACT_CANCEL,    { 27, 'c' },        "Esc c",     NULL, 0, 0, "Risk: stop the seasons being run" },
	{ ACT_UNDO,      { 'u' },            "u",         "Undo", 0, 2, "Undo the last edit" },
	{ ACT_REDO,      { CTRL('r') },      "^R",        "Redo", 0, 7, "Redo what was undone" },
	{ ACT_PIN_BASELINE, { 'b' },         "b",         "Baseline", 0, 3, "Pin the current figures as the baseline to compare with" },
	{ ACT_SAVE,      { 's' },            "s",         "Save", 0, 2, "Save the scenario" },
	{ ACT_SAVE_AS,   { 'S' },            "S",         NULL, 0, 0, "Save the scenario under another name" },
	{ ACT_EXPORT,    { 'x' },            "x",         "Export", 0, 4, "Export a report (.csv: table of items, else text)" },
	{ ACT_LANGUAGE,  { 'L' },            "L",         "Language", 0, 5, "Switch between Vietnamese and English" },
	{ ACT_HELP,      { '?', KEY_F(1) },  "? F1",      "Help", 0, 1, "Show or leave this help" },
	{ ACT_QUIT,      { 'q', KEY_F(10) }, "q F10",     "Quit", 0, 1, "Quit (asks when there are unsaved edits)" },
	{ ACT_THEME,     { 'T' },            "T",         NULL, 0, 0, "Next colour theme: dark, light, contrast, mono (remembered)" },
	{ ACT_PRESENT,   { 'P' },            "P",         NULL, 0, 0, "Presentation view: the headline figures in large digits" },
	{ ACT_EXPORT_CHART, { 'X' },         "X",         NULL, 0, 0, "Export the screen's chart as a picture (.png, .svg or .pdf)" },
	{ ACT_STORY,     { 'D' },            "D",         NULL, 0, 0, "Guided story: Space or Right next, Left back, R from the start, Esc to take over" },
	{ ACT_PLAY,      { 'p' },            "p",         NULL, 0, 0, "Calendar: play or pause the season as a film, day by day (Left/Right a day, Esc back)" },
	{ ACT_FASTER,    { '>' },            ">",         NULL, 0, 0, "Film: faster" },
	{ ACT_SLOWER,    { '<' },            "<",         NULL, 0, 0, "Film: slower" },
	{ ACT_REVERT,    { 'R' },            "R",         NULL, 0, 0, "Revert to the file: the scenario and baseline as loaded (asks; u undoes)" },
};
const size_t key_table_count = sizeof key_table / sizeof key_table[0];

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

/* The bar_key_index-th space-separated word of the key's name. */
static const char *bar_key(const key_binding *b, size_t *len)
{
	const char *s = b->name;
	for (int i = 0; i < b->bar_key_index && strchr(s, ' '); i++)
		s = strchr(s, ' ') + 1;
	const char *end = strchr(s, ' ');
	*len = end ? (size_t)(end - s) : strlen(s);
	return s;
}

size_t keys_layout_bar(lang l, int width, keybar_slot *slots, size_t max)
{
	const key_binding *on_bar[KEYBAR_MAX];
	int widths[KEYBAR_MAX];
	size_t n = 0;
	for (size_t i = 0; i < key_table_count && n < KEYBAR_MAX; i++)
		if (key_table[i].bar)
			on_bar[n++] = &key_table[i];
	bool keep[KEYBAR_MAX];
	int total = -1;   /* n entries need n - 1 separators */
	for (size_t i = 0; i < n; i++) {
		size_t klen;
		const char *k = bar_key(on_bar[i], &klen);
		widths[i] = utf8_width(k, klen) + 1 + utf8_width(tr(l, on_bar[i]->bar), (size_t)-1);
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
		keybar_slot *s = &slots[out++];
		s->act = on_bar[i]->act;
		s->key = bar_key(on_bar[i], &s->key_len);
		s->key_w = utf8_width(s->key, s->key_len);
		s->label = tr(l, on_bar[i]->bar);
		s->x = x;
		s->w = widths[i];
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
