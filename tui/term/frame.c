/* frame.c - the top bar, the status line or prompt, the key bar, the "too small" message,
 * and the mouse dispatch; the layouts are pure functions, drawing only copies them. */
#include "frame.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "film.h"
#include "keys.h"
#include "present.h"
#include "story_session.h"
#include "prompt.h"
#include "textwidth.h"
#include "theme.h"

#define NAME_MIN_COLS 20   /* below this the tabs go compact to leave the name room */

/* The title of screen s in ops (translated), "?" when it has none. */
static const char *screen_title(const screen_ops *const *ops, lang l, screen_id s)
{
	const screen_ops *o = ops ? ops[s] : NULL;
	return o && o->title ? tr(l, o->title) : "?";
}

/* Tab width: " N Title " (pad 4), " N Title" (pad 3) or " N ". */
static int tab_width(const char *const *titles, screen_id s, bool full, int pad)
{
	return full ? pad + text_width(titles[s]) : 3;
}

static int tabs_width(const char *const *titles, int pad)
{
	int total = 0;
	for (int s = 0; s < SCREEN_COUNT; s++)
		total += tab_width(titles, (screen_id)s, true, pad);
	return total;
}

/* Which tabs show their title when not all can: the current one, then its neighbours
 * nearest first (right before left), each side until a title does not fit in `room`
 * columns (" N Title" tabs, the others " N "). */
static void choose_titles(const char *const *titles, int room, screen_id active, bool *full)
{
	int used = 0;
	for (int s = 0; s < SCREEN_COUNT; s++) {
		full[s] = s == (int)active;
		used += tab_width(titles, (screen_id)s, full[s], 3);
	}
	bool open[2] = { true, true };   /* right, left */
	for (int d = 1; d < SCREEN_COUNT; d++)
		for (int side = 0; side < 2; side++) {
			int s = (int)active + (side == 0 ? d : -d);
			if (!open[side] || s < 0 || s >= SCREEN_COUNT)
				continue;
			int more = tab_width(titles, (screen_id)s, true, 3) - 3;
			if (used + more <= room) {
				full[s] = true;
				used += more;
			} else {
				open[side] = false;
			}
		}
}

void frame_layout_topbar(const screen_ops *const *ops, lang l, int width, screen_id active,
			 topbar_layout *out)
{
	const char *titles[SCREEN_COUNT];
	for (int s = 0; s < SCREEN_COUNT; s++)
		titles[s] = screen_title(ops, l, (screen_id)s);
	int mw = text_width(frame_unsaved_marker(l, false)) + 1;
	int pad = 4;
	bool all_full = true;
	bool full[SCREEN_COUNT] = { false };
	out->name_shown = false;
	out->short_marker = false;
	if (tabs_width(titles, 4) + 1 + NAME_MIN_COLS + mw <= width) {
		out->name_shown = true;
	} else if (tabs_width(titles, 4) + 1 + mw <= width) {
		/* every title; the name goes to the status line */
	} else if (tabs_width(titles, 3) + 1 + mw <= width) {
		pad = 3;
	} else if (tabs_width(titles, 3) + 2 <= width) {
		pad = 3;
		out->short_marker = true;
	} else {
		/* Not every title fits: the current tab's and its neighbours' as room allows, the
		 * others only their number; the marker short, the name on the status line. */
		all_full = false;
		pad = 3;
		out->short_marker = true;
		choose_titles(titles, width - 2, active, full);
	}
	int x = 0;
	for (int s = 0; s < SCREEN_COUNT; s++) {
		bool is_full = all_full || full[s];
		int w = tab_width(titles, (screen_id)s, is_full, pad);
		if (x + w > width)
			w = 0;   /* no room at all: a terminal far below the minimum */
		out->tabs[s].x = x;
		out->tabs[s].w = w;
		out->tabs[s].full = is_full;
		out->tabs[s].pad_right = !is_full || pad == 4;
		x += w;
	}
	out->name_x = x + 1 < width ? x + 1 : width;
	out->name_w = width - out->name_x;
}

int frame_tab_at(const topbar_layout *t, int x)
{
	for (int s = 0; s < SCREEN_COUNT; s++)
		if (t->tabs[s].w > 0 && x >= t->tabs[s].x && x < t->tabs[s].x + t->tabs[s].w)
			return s;
	return -1;
}

const char *frame_unsaved_marker(lang l, bool short_form)
{
	return short_form ? "*" : tr(l, "[modified]");
}

bool frame_too_small_for(const app *a, int rows, int cols)
{
	if (a->present)
		return rows < PRESENT_MIN_ROWS || cols < PRESENT_MIN_COLS;
	return layout_too_small(rows, cols);
}

int frame_put(int y, int x, int cols, unsigned long attr, const char *s)
{
	if (cols <= 0 || !s)
		return 0;
	int w;
	char plain[PROMPT_TEXT_MAX];
	s = draw_plain(s, plain, sizeof plain);
	size_t n = text_fit(s, cols, &w);
	attr_t at = (attr_t)attr;
	attron(at);
	mvaddnstr(y, x, s, (int)n);
	attroff(at);
	return w;
}

/* Fills columns [x, x + w) of row y with spaces in attr. */
static void fill(int y, int x, int w, attr_t attr)
{
	if (w <= 0)
		return;
	attron(attr);
	mvhline(y, x, ' ', w);
	attroff(attr);
}

/* s cut to `cols` columns with an ellipsis when it is longer. */
static void fit_ellipsis(const char *s, int cols, char *out, size_t size)
{
	const theme_glyphs *g = theme_glyphs_get();
	if (cols <= 0) {
		out[0] = 0;
		return;
	}
	if (text_width(s) <= cols) {
		snprintf(out, size, "%s", s);
		return;
	}
	size_t n = text_fit(s, cols - 1, NULL);
	snprintf(out, size, "%.*s%s", (int)n, s, g->ellipsis);
}

static const char *scenario_title(const app *a)
{
	return a->cur.scn.name[0] ? a->cur.scn.name : tr(a->lang, "(unnamed scenario)");
}

static void draw_topbar(app *a)
{
	topbar_layout t;
	frame_layout_topbar(a->screens, a->lang, a->cols, a->screen, &t);
	fill(0, 0, a->cols, theme_attr(TH_TOPBAR));
	for (int s = 0; s < SCREEN_COUNT; s++) {
		const tab_slot *ts = &t.tabs[s];
		if (ts->w == 0)
			continue;
		char text[SCN_NAME_MAX + 16];
		if (ts->full)
			snprintf(text, sizeof text, " %d %s%s", SCREEN_KEY_DIGIT(s),
				 screen_title(a->screens, a->lang, (screen_id)s), ts->pad_right ? " " : "");
		else
			snprintf(text, sizeof text, " %d ", SCREEN_KEY_DIGIT(s));
		theme_role role = s == (int)a->screen ? TH_TAB_ACTIVE : TH_TAB;
		frame_put(0, ts->x, ts->w, theme_attr(role), text);
	}
	/* The name (when it fits) and the unsaved marker, right-aligned; the marker is whole. */
	const char *marker = a->dirty ? frame_unsaved_marker(a->lang, t.short_marker) : "";
	int mw = text_width(marker);
	char name[SCN_NAME_MAX + 8] = "";
	if (t.name_shown)
		fit_ellipsis(scenario_title(a), t.name_w - 1 - (mw ? mw + 1 : 0), name, sizeof name);
	int nw = text_width(name);
	int x = a->cols - 1 - nw - (mw && nw ? 1 : 0) - mw;
	if (x < t.name_x)
		x = t.name_x;
	x += frame_put(0, x, a->cols - x, theme_attr(TH_TOPBAR) | A_BOLD, name);
	if (mw)
		frame_put(0, x + (nw ? 1 : 0), a->cols - x - (nw ? 1 : 0),
			  theme_attr(TH_TOPBAR) | A_BOLD, marker);
}

/* The status line: the prompt when one is open, else the message, else the file. Returns
 * the cursor column when the prompt is open, else -1. */
static int draw_status(app *a, int y)
{
	fill(y, 0, a->cols, theme_attr(TH_STATUS));
	if (a->prompt.kind == PROMPT_CONFIRM_RESTORE)
		return -1;           /* a dialog over the screen (draw_restore_dialog) */
	if (a->prompt.kind != PROMPT_NONE) {
		/* A question types no text: its label may take the whole line. */
		bool question = a->prompt.kind == PROMPT_CONFIRM_QUIT ||
				a->prompt.kind == PROMPT_CONFIRM_REPLACE ||
				a->prompt.kind == PROMPT_CONFIRM_RESTORE ||
				a->prompt.kind == PROMPT_CONFIRM_REVERT;
		int lw = frame_put(y, 0, question ? a->cols - 2 : a->cols * 2 / 3,
				   theme_attr(TH_PROMPT), a->prompt.label);
		int x = lw + 1;
		int cols = a->cols - x - 1;
		if (a->prompt.full) {
			/* Typing past the limit: said at the right, nothing cut silently. */
			char note[80];
			snprintf(note, sizeof note, tr(a->lang, "full: at most %d bytes"),
				 PROMPT_TEXT_MAX - 1);
			int nw = text_width(note);
			if (nw < cols - 4) {
				frame_put(y, a->cols - nw - 1, nw, theme_attr(TH_STATUS_ERROR), note);
				cols -= nw + 2;
			}
		}
		size_t start;
		int cur;
		prompt_view(&a->prompt, cols, &start, &cur);
		frame_put(y, x, cols, A_NORMAL, a->prompt.text + start);
		return x + cur;
	}
	const char *msg = a->status;
	bool err = a->status_is_error;
	char buf[300];
	if (!msg[0] && !a->cur.ok && a->cur.diags.count) {
		char d[240];
		snprintf(buf, sizeof buf, "%s: %s", tr(a->lang, "Cannot compute the season"),
			 diag_format_in(&a->cur.diags.items[0], a->lang, d, sizeof d));
		msg = buf;
		err = true;
	}
	int used = 0;
	if (msg[0]) {
		char line[320];
		snprintf(line, sizeof line, "%s%s", err ? "! " : "", msg);
		used = frame_put(y, 0, a->cols, theme_attr(err ? TH_STATUS_ERROR : TH_STATUS), line);
	}
	/* At the right when there is room: the name when the top bar has no room for it, else
	 * the file `s` saves to. */
	topbar_layout t;
	frame_layout_topbar(a->screens, a->lang, a->cols, a->screen, &t);
	char right[SCN_NAME_MAX + 8];
	if (!t.name_shown)
		snprintf(right, sizeof right, "%s%s%s", scenario_title(a), a->dirty ? " " : "",
			 a->dirty ? frame_unsaved_marker(a->lang, false) : "");
	else
		snprintf(right, sizeof right, "%s", a->path ? a->path
						 : tr(a->lang, "built-in scenario (s asks for a file name)"));
	int room = a->cols - 1 - (used ? used + 2 : 0);
	if (room >= 8) {
		char fitted[SCN_NAME_MAX + 8];
		fit_ellipsis(right, room, fitted, sizeof fitted);
		int ww = text_width(fitted);
		frame_put(y, a->cols - 1 - ww, ww, theme_attr(t.name_shown ? TH_DIM : TH_TITLE), fitted);
	}
	return -1;
}

static void draw_keybar(app *a, int y)
{
	keybar_slot slots[KEYBAR_MAX];
	size_t n = keys_layout_bar(a->lang, a->screen, a->cols, slots, KEYBAR_MAX);
	fill(y, 0, a->cols, A_NORMAL);
	for (size_t i = 0; i < n; i++) {
		char key[16];
		snprintf(key, sizeof key, "%.*s", (int)slots[i].key_len, slots[i].key);
		frame_put(y, slots[i].x, slots[i].key_w, theme_attr(TH_KEY), key);
		char label[96];
		snprintf(label, sizeof label, " %s", slots[i].label);
		frame_put(y, slots[i].x + slots[i].key_w, slots[i].w - slots[i].key_w,
			  theme_attr(TH_KEY_LABEL), label);
	}
}

static void draw_too_small(app *a)
{
	char l1[160], l2[160];
	snprintf(l1, sizeof l1, tr(a->lang, "Terminal too small: %d%s%d"), a->cols,
		 theme_is_ascii() ? "x" : "×", a->rows);
	snprintf(l2, sizeof l2, tr(a->lang, "vudong needs at least %d%s%d. Enlarge the window."),
		 a->present ? PRESENT_MIN_COLS : FRAME_MIN_COLS, theme_is_ascii() ? "x" : "×",
		 a->present ? PRESENT_MIN_ROWS : FRAME_MIN_ROWS);
	int y = a->rows / 2 - 1;
	if (y < 0)
		y = 0;
	int w1 = text_width(l1), w2 = text_width(l2);
	frame_put(y, w1 < a->cols ? (a->cols - w1) / 2 : 0, a->cols, theme_attr(TH_TITLE), l1);
	if (y + 1 < a->rows)
		frame_put(y + 1, w2 < a->cols ? (a->cols - w2) / 2 : 0, a->cols, A_NORMAL, l2);
}

/* The story's hint bar: which step, and its keys. */
static void draw_story_hint(app *a, int y)
{
	char t[200];
	snprintf(t, sizeof t, " %s  %s", tr(a->lang, "Story %zu/%zu"),
		 tr(a->lang, "Space/→ next  ← back  R start  Esc take over"));
	char line[240];
	snprintf(line, sizeof line, t, story_session_step(a->story) + 1, story_session_steps(a->story));
	fill(y, 0, a->cols, theme_attr(TH_KEY_LABEL));
	frame_put(y, 0, a->cols, theme_attr(TH_KEY_LABEL), line);
}

/* The caption in two lines at rows y0 and y0 + 1 (the first left to the prompt when one is
 * open). */
static void draw_story_caption(app *a, int y0, bool prompt)
{
	char lines[2][STORY_CAPTION_MAX];
	bool cut;
	int n = story_wrap(story_session_caption(a->story, a->lang), a->cols - 1, lines, 2, &cut);
	for (int i = prompt ? 1 : 0; i < 2; i++) {
		fill(y0 + i, 0, a->cols, theme_attr(TH_TITLE));
		if (i < n)
			frame_put(y0 + i, 0, a->cols, theme_attr(TH_TITLE), lines[i]);
	}
}

/* The start-up restore question: the screen behind dimmed, a box in the lower half with
 * its title, the question (on two lines when it must) and its only keys. */
static void draw_restore_dialog(app *a)
{
	for (int y = 0; y < a->rows; y++)
		mvchgat(y, 0, -1, A_DIM, 0, NULL);
	const char *title = tr(a->lang, "Restore unsaved edits");
	const char *keys = tr(a->lang, "y restore   n discard   Esc later");
	const char *q = a->prompt.label;
	int inner = a->cols - 8;
	if (inner > 72)
		inner = 72;
	/* The question split at the last space that lets its first part fit. */
	size_t cut = strlen(q);
	if (text_width(q) > inner) {
		int w;
		cut = text_fit(q, inner, &w);
		while (cut > 0 && q[cut] != ' ')
			cut--;
		if (cut == 0)
			cut = text_fit(q, inner, &w);
	}
	char l1[sizeof a->prompt.label];
	memcpy(l1, q, cut);
	l1[cut] = 0;
	const char *l2 = q[cut] == ' ' ? q + cut + 1 : q + cut;
	int h = l2[0] ? 6 : 5;
	int w = inner + 4, x = (a->cols - w) / 2;
	int y = a->rows - 2 - h - 1;
	if (y < 1)
		y = 1;
	attr_t box = theme_attr(TH_NORMAL);
	for (int r = 0; r < h; r++)
		fill(y + r, x, w, box);
	attron(box);
	mvhline(y, x, a->ascii ? '-' : ACS_HLINE, w);
	mvhline(y + h - 1, x, a->ascii ? '-' : ACS_HLINE, w);
	mvvline(y, x, a->ascii ? '|' : ACS_VLINE, h);
	mvvline(y, x + w - 1, a->ascii ? '|' : ACS_VLINE, h);
	mvaddch(y, x, a->ascii ? '+' : ACS_ULCORNER);
	mvaddch(y, x + w - 1, a->ascii ? '+' : ACS_URCORNER);
	mvaddch(y + h - 1, x, a->ascii ? '+' : ACS_LLCORNER);
	mvaddch(y + h - 1, x + w - 1, a->ascii ? '+' : ACS_LRCORNER);
	attroff(box);
	frame_put(y, x + 2, inner, theme_attr(TH_TITLE) | A_BOLD, title);
	frame_put(y + 1, x + 2, inner, theme_attr(TH_PROMPT), l1);
	if (l2[0])
		frame_put(y + 2, x + 2, inner, theme_attr(TH_PROMPT), l2);
	frame_put(y + h - 2, x + 2, inner, theme_attr(TH_KEY), keys);
}

void frame_draw(app *a)
{
	a->rows = LINES;
	a->cols = COLS;
	erase();
	attrset(A_NORMAL);
	if (frame_too_small_for(a, a->rows, a->cols)) {
		draw_too_small(a);
		curs_set(0);
		return;
	}
	bool telling = story_session_active(a->story);
	if (a->present) {
		rect all = { 0, 0, a->rows - 1, a->cols };
		if (a->present_ops)
			a->present_ops->draw(a, all);
		attrset(A_NORMAL);
		if (telling && a->prompt.kind == PROMPT_NONE) {
			/* screen_present put the caption's first line above; the second goes here */
			curs_set(0);
			return;
		}
		int cur = draw_status(a, a->rows - 1);
		curs_set(cur >= 0 ? 1 : 0);
		if (cur >= 0)
			move(a->rows - 1, cur);
		return;
	}
	draw_topbar(a);
	const screen_ops *s = app_screen(a, a->screen);
	if (a->screen == SCREEN_CALENDAR && a->film && a->film->shown && a->film_ops)
		s = a->film_ops;
	if (a->form && a->form_ops)
		s = a->form_ops;
	rect body = layout_body(a->rows, a->cols);
	if (telling)
		body.h -= 1;   /* the caption takes two rows, the hint bar the key bar's */
	if (s && s->draw) {
		attrset(A_NORMAL);
		s->draw(a, body);
		attrset(A_NORMAL);
	}
	int cursor = -1;
	if (telling) {
		bool prompt = a->prompt.kind != PROMPT_NONE;
		if (prompt)
			cursor = draw_status(a, a->rows - 3);
		draw_story_caption(a, a->rows - 3, prompt);
		draw_story_hint(a, a->rows - 1);
		if (cursor >= 0) {
			curs_set(1);
			move(a->rows - 3, cursor);
		} else {
			curs_set(0);
		}
		return;
	}
	cursor = draw_status(a, a->rows - 2);
	draw_keybar(a, a->rows - 1);
	if (a->prompt.kind == PROMPT_CONFIRM_RESTORE)
		draw_restore_dialog(a);
	if (cursor >= 0) {
		curs_set(1);
		move(a->rows - 2, cursor);
	} else {
		curs_set(0);
	}
}

unsigned frame_mouse(app *a, int y, int x, bool wheel_up, bool wheel_down)
{
	if (a->prompt.kind != PROMPT_NONE || frame_too_small_for(a, a->rows, a->cols))
		return CHANGED_NOTHING;
	if (a->present)
		return wheel_up || wheel_down ? CHANGED_NOTHING : app_handle(a, ACT_PRESENT);
	if (wheel_up || wheel_down)
		return app_handle(a, wheel_up ? ACT_UP : ACT_DOWN);
	if (y == 0) {
		topbar_layout t;
		frame_layout_topbar(a->screens, a->lang, a->cols, a->screen, &t);
		int s = frame_tab_at(&t, x);
		return s >= 0 ? app_set_screen(a, (screen_id)s) : CHANGED_NOTHING;
	}
	if (y == a->rows - 1) {
		keybar_slot slots[KEYBAR_MAX];
		size_t n = keys_layout_bar(a->lang, a->screen, a->cols, slots, KEYBAR_MAX);
		return app_handle(a, keys_bar_action_at(slots, n, x));
	}
	rect body = layout_body(a->rows, a->cols);
	if (y >= body.y && y < body.y + body.h) {
		const screen_ops *s = a->form && a->form_ops ? a->form_ops : app_screen(a, a->screen);
		return s && s->click ? s->click(a, body, y, x) : CHANGED_NOTHING;
	}
	return CHANGED_NOTHING;
}
