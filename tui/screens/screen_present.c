/* screen_present.c - the presentation view: the headline figures in block digits readable
 * from the back of a room, each with its change against the baseline, a title row and a
 * caption; the layout is present_layout_compute's, this file only copies it to curses. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "bigfont.h"
#include "draw.h"
#include "present.h"
#include "story_session.h"
#include "theme.h"
#include "textwidth.h"
#include "utf8.h"

/* s centred in [x, x + w) on row y. */
static void centre(int y, int x, int w, const char *s, attr_t attr)
{
	int sw = text_width(s);
	int off = sw < w ? (w - sw) / 2 : 0;
	draw_text(y, x + off, w - off, s, attr);
}

static attr_t delta_attr(int sign)
{
	return theme_attr(sign > 0 ? TH_POSITIVE : sign < 0 ? TH_NEGATIVE : TH_DIM);
}

static void draw_figure(const app *a, const present_figure *f, const present_cell *c, int hx,
			int vy)
{
	centre(c->label_y, c->x, c->w, f->label, theme_attr(TH_TITLE));
	char row[512];
	for (int r = 0; r < BIGFONT_ROWS * vy; r++)
		if (bigfont_row(f->big, r, hx, vy, a->ascii, row, sizeof row))
			draw_text(c->digits_y + r, c->digits_x, c->digits_w, row, theme_attr(TH_NORMAL));
	centre(c->delta_y, c->x, c->w, f->delta, delta_attr(f->delta_sign));
}

/* The title row: what this is and how to leave it. */
static void draw_title(const app *a, rect area)
{
	draw_fill(area.y, area.x, area.w, theme_attr(TH_TOPBAR));
	char t[240];
	if (story_session_active(a->story)) {
		char f[200];
		snprintf(f, sizeof f, " %s  %s", tr(a->lang, "Story %zu/%zu"),
			 tr(a->lang, "Space/→ next  ← back  R start  Esc take over"));
		snprintf(t, sizeof t, f, story_session_step(a->story) + 1, story_session_steps(a->story));
	} else {
		snprintf(t, sizeof t, " %s  %s ", tr(a->lang, "Presentation"),
			 tr(a->lang, "(P: back to the screens; the keys still work)"));
	}
	draw_text(area.y, area.x, area.w, t, theme_attr(TH_TOPBAR));
}

static void present_draw(struct app *a, rect area)
{
	present_figure f[PRESENT_MAX_FIGS];
	char caption[200];
	int n = present_collect(a, f, caption, sizeof caption);
	present_layout L;
	draw_title(a, area);
	if (!present_layout_compute(area.h + 1, area.w, f, n, &L)) {
		centre(area.y + area.h / 2, area.x, area.w,
		       tr(a->lang, "The figures do not fit: enlarge the window or make the font smaller"),
		       theme_attr(TH_WARNING));
		return;
	}
	for (int i = 0; i < L.n; i++)
		draw_figure(a, &f[i], &L.cell[i], L.hx, L.vy);
	if (story_session_active(a->story)) {
		/* The story's caption in the caption row and the status row below it. */
		char lines[2][STORY_CAPTION_MAX];
		bool cut;
		int nl = story_wrap(story_session_caption(a->story, a->lang), area.w - 1, lines, 2, &cut);
		for (int i = 0; i < nl; i++)
			draw_text(L.caption_y + i, area.x, area.w, lines[i], theme_attr(TH_TITLE));
		return;
	}
	centre(L.caption_y, area.x, area.w, caption, theme_attr(TH_DIM));
}

const screen_ops screen_present = {
	.title = "Presentation",
	.draw = present_draw,
};
