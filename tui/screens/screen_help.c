/* screen_help.c - help generated from the key table (keys.h) with a short explanation of the
 * screens, the units and the markers; scrolls with the arrows. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "screens.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "tableview.h"
#include "theme.h"

typedef enum { HL_HEADING, HL_KEY, HL_TEXT, HL_BLANK } hl_kind;

typedef struct {
	hl_kind kind;
	const char *key;     /* HL_KEY: the key names (not translated) */
	const char *text;    /* message id */
} help_line;

static const char *const screen_help_ids[] = {
	"1 Overview: district area, output, value, profit and growth, with differences to the baseline; output by commune and crop. Enter (or e) opens the form of the economy and the growth target.",
	"2 Plan: what is sown where. Edit area (ha or sao), sowing date, irrigation, management; a adds, d deletes; e opens the form of the row's commune and its land units (a copies a commune or land unit, d deletes).",
	"3 Crops: crop coefficients, stage lengths, p, Ky, potential yield, prices, cost and labour; a adds a copy of the crop, d deletes one nothing uses, e opens every key of the crop.",
	"4 Weather: temperature band, rain and ET0 of the season; cold days marked *; shocks to switch on and off, a adds one, + and - or Enter on its kind make it a cold spell, warming, rain change, drought or price change.",
	"5 Results: each plan item's yield and the factors that make it (water, cold, management); o sorts.",
	"6 Calendar: sowing to harvest against the land's free window [...]; ! marks a harvest after the land is needed.",
	"7 Help: this page.",
	"8 Risk: many seasons of generated weather; each bar runs from the worst to the best season around its median, the box from P10 to P90; the chance of a crop failure and of missing the growth target. + and - or Enter set the seasons, Space switches output and value, r runs again, Esc or c stops.",
	"9 Sensitivity: each parameter moved down and up on its own; a bar left of the base lowers the district value, right of it raises it. + and - or Enter set the step, Space switches to the growth contribution.",
	"0 Compare: this scenario (A) against another file (B; Enter asks for it): the district, crops and communes with B - A and the change in percent.",
};

static const char *const notes_ids[] = {
	"Differences: the sign and an arrow are in the text (+12 or -4), colour only repeats them.",
	"b pins the current figures as the baseline; every later edit shows its difference to it.",
	"Units: 1 sao = 360 m2 (27.78 sao per ha); 1 t/ha = 10 tạ/ha; money in million (triệu) or billion (tỷ) VND.",
	"Growth contribution is in percentage points (pp) of district growth, at constant prices.",
	"Cold days: Tmin at or below 4 °C (frost risk) or a daily mean below 13 °C (rét hại); + marks a rét đậm day (mean at or below 15 °C).",
	"Typed numbers take '.' or ',' as the decimal mark; dates as DD/MM/YYYY or YYYY-MM-DD.",
	"Tables: / finds a row by its name (case and accents do not matter: dong tam finds Đồng Tâm), n and N the next and previous; o sorts by the next column, O the other way, a click on a header sorts by it; text in Vietnamese alphabetical order.",
};

/* The glossary: the technical symbol (the key column, as written in the reference) and the
 * plain words the screens use for it. */
static const struct {
	const char *symbol, *text;
} glossary[] = {
	{ "ET0", "Reference evapotranspiration: the water a grass cover would use in the day's weather, mm (FAO-56; weather screen: evap.)." },
	{ "Kc", "Crop coefficient: the crop's water need against ET0, at the start, middle and end of the season (crops screen: water)." },
	{ "p", "Depletion fraction: the share of the soil's available water the crop uses before it suffers (crops screen: stress)." },
	{ "Ky", "Yield response factor: how much of the yield is lost per share of water missing (FAO-33; crops screen: dry sens.)." },
	{ "Ym", "Potential yield: the yield without shortage of water, cold or management (crops screen: max)." },
	{ "Fw Fc Fm", "Shares of the potential yield kept after water shortage, cold and the level of management, 0 to 1 (results screen: water, cold, mgmt index)." },
	{ "P10 P50 P90", "Of many seasons, the value below which 10, 50 and 90 in 100 fall: P10 to P90 holds 8 seasons in 10; P50 is the median (risk screen: low, median, high)." },
	{ "TAW RAW Ks", "Water the root zone holds, the part the crop takes without stress, and the stress factor (daily table of the report)." },
};

#define MAX_LINES 112

static int collect(help_line *out, int max)
{
	int n = 0;
#define ADD(k, key_, text_) do { if (n < max) out[n++] = (help_line){ k, key_, text_ }; } while (0)
	ADD(HL_HEADING, NULL, "Keys");
	for (size_t i = 0; i < key_table_count; i++)
		ADD(HL_KEY, key_table[i].name, key_table[i].help);
	ADD(HL_BLANK, NULL, NULL);
	ADD(HL_HEADING, NULL, "Screens");
	for (size_t i = 0; i < sizeof screen_help_ids / sizeof screen_help_ids[0]; i++)
		ADD(HL_TEXT, NULL, screen_help_ids[i]);
	ADD(HL_BLANK, NULL, NULL);
	ADD(HL_HEADING, NULL, "Reading the figures");
	for (size_t i = 0; i < sizeof notes_ids / sizeof notes_ids[0]; i++)
		ADD(HL_TEXT, NULL, notes_ids[i]);
	ADD(HL_BLANK, NULL, NULL);
	ADD(HL_HEADING, NULL, "Glossary: the symbols and their plain names");
	for (size_t i = 0; i < sizeof glossary / sizeof glossary[0]; i++)
		ADD(HL_KEY, glossary[i].symbol, glossary[i].text);
#undef ADD
	return n;
}

/* One screen row of the help: a heading, or a piece of a wrapped line (the key only on the
 * first piece). */
typedef struct {
	hl_kind kind;
	const char *key;
	const char *text;    /* translated; the piece is text[0..len) */
	size_t len;
} help_row;

#define MAX_ROWS 256

static int key_width(const help_line *lines, int n)
{
	int w = 0;
	for (int i = 0; i < n; i++)
		if (lines[i].kind == HL_KEY && layout_text_width(lines[i].key) > w)
			w = layout_text_width(lines[i].key);
	return w + 2;
}

/* The help laid out for `width` columns: every line wrapped, returns the rows. */
static int layout_rows(lang l, int width, help_row *rows, int max, int *key_w)
{
	help_line lines[MAX_LINES];
	int n = collect(lines, MAX_LINES);
	*key_w = key_width(lines, n);
	int r = 0;
	for (int i = 0; i < n && r < max; i++) {
		const help_line *h = &lines[i];
		if (h->kind == HL_BLANK || h->kind == HL_HEADING) {
			const char *t = h->text ? tr(l, h->text) : "";
			rows[r++] = (help_row){ h->kind, NULL, t, strlen(t) };
			continue;
		}
		const char *t = tr(l, h->text);
		int indent = h->kind == HL_KEY ? 2 + *key_w : 2;
		size_t off[16], len[16];
		int k = layout_wrap(t, width - indent - 1, off, len, 16);
		for (int j = 0; j < k && r < max; j++)
			rows[r++] = (help_row){ h->kind, j == 0 ? h->key : NULL, t + off[j], len[j] };
	}
	return r;
}

static void help_draw(app *a, rect area)
{
	lang l = a->lang;
	draw_clear(area);
	help_row rows[MAX_ROWS];
	int key_w;
	int n = layout_rows(l, area.w, rows, MAX_ROWS, &key_w);
	view_state *v = &a->view[SCREEN_HELP];
	int max_top = n - area.h > 0 ? n - area.h : 0;
	v->top = layout_clamp(v->top, 0, max_top);
	for (int i = 0; i < area.h && v->top + i < n; i++) {
		const help_row *h = &rows[v->top + i];
		int y = area.y + i;
		char piece[512];
		snprintf(piece, sizeof piece, "%.*s", (int)h->len, h->text);
		switch (h->kind) {
		case HL_HEADING:
			draw_text(y, area.x + 1, area.w - 1, piece, theme_attr(TH_TITLE));
			break;
		case HL_KEY:
			if (h->key)
				draw_text(y, area.x + 2, key_w, h->key, theme_attr(TH_KEY));
			draw_text(y, area.x + 2 + key_w, area.w - 2 - key_w, piece, theme_attr(TH_NORMAL));
			break;
		case HL_TEXT:
			draw_text(y, area.x + 2, area.w - 2, piece, theme_attr(TH_NORMAL));
			break;
		case HL_BLANK:
			break;
		}
	}
	/* Say that there is more below or above. */
	const theme_glyphs *g = theme_glyphs_get();
	if (v->top + area.h < n)
		draw_text_right(area.y + area.h - 1, area.x, area.w, g->down, theme_attr(TH_DIM));
	if (v->top > 0)
		draw_text_right(area.y, area.x, area.w, g->up, theme_attr(TH_DIM));
}

static unsigned help_handle(app *a, action act)
{
	view_state *v = &a->view[SCREEN_HELP];
	rect body = tv_body(a);
	help_row rows[MAX_ROWS];
	int key_w;
	int n = layout_rows(a->lang, body.w, rows, MAX_ROWS, &key_w);
	int max_top = n - body.h > 0 ? n - body.h : 0;
	int t = v->top;
	switch (act) {
	case ACT_UP: t--; break;
	case ACT_DOWN: t++; break;
	case ACT_PAGE_UP: t -= body.h - 1; break;
	case ACT_PAGE_DOWN: t += body.h - 1; break;
	case ACT_HOME: t = 0; break;
	case ACT_END: t = max_top; break;
	default: return CHANGED_NOTHING;
	}
	v->top = layout_clamp(t, 0, max_top);
	return CHANGED_VIEW;
}

const screen_ops screen_help = {
	.title = "Help",
	.draw = help_draw,
	.handle = help_handle,
	.click = NULL,
	.commit = NULL,
};
