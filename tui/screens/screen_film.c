/* screen_film.c - the season as a film, drawn in the calendar's place: the date in block
 * digits, the day's temperatures and the cold days so far, the season's progress, and one
 * row per crop with each plan item's stage, the crop's soil water and the area growing. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "bigfont.h"
#include "draw.h"
#include "film.h"
#include "numfmt.h"
#include "theme.h"

/* A stage as one cell: not sown, the four stages, harvested. */
static const char *stage_glyph(int st, bool ascii)
{
	static const char *const uni[] = { "·", "▁", "▃", "▅", "▇", "✓" };
	static const char *const asc[] = { ".", "1", "2", "3", "4", "H" };
	int i = st == FILM_NOT_SOWN ? 0 : st >= FILM_HARVESTED ? 5 : st + 1;
	return ascii ? asc[i] : uni[i];
}

static void draw_date(const app *a, const film_frame *fr, int y, int x, int w)
{
	int yy, m, d;
	date_to_ymd(fr->date, &yy, &m, &d);
	char big[16], row[256];
	snprintf(big, sizeof big, "%d/%d", d, m);
	int hx = bigfont_width(big, 2) <= w ? 2 : 1;
	for (int r = 0; r < BIGFONT_ROWS; r++)
		if (bigfont_row(big, r, hx, 1, a->ascii, row, sizeof row))
			draw_text(y + r, x, w, row, theme_attr(TH_NORMAL));
}

static void draw_facts(const app *a, const film_frame *fr, int y, int x, int w)
{
	lang l = a->lang;
	char b[200], t1[32], t2[32], dl[32];
	numfmt_date_long(fr->date, l, dl, sizeof dl);
	snprintf(b, sizeof b, tr(l, "Day %d of %d: %s"), fr->day + 1, fr->n_days, dl);
	draw_text(y, x, w, b, theme_attr(TH_TITLE));
	snprintf(b, sizeof b, "Tmin %s °C  Tmax %s °C", numfmt_number(fr->tmin_c, 1, l, t1, sizeof t1),
		 numfmt_number(fr->tmax_c, 1, l, t2, sizeof t2));
	draw_text(y + 1, x, w, b, theme_attr(TH_NORMAL));
	snprintf(b, sizeof b, tr(l, "Rét đậm (mean ≤ 15 °C): %d days"), fr->ret_dam);
	draw_text(y + 2, x, w, b, theme_attr(TH_NORMAL));
	snprintf(b, sizeof b, tr(l, "Rét hại (mean ≤ 13 °C): %d days"), fr->ret_hai);
	draw_text(y + 3, x, w, b, theme_attr(TH_NORMAL));
	snprintf(b, sizeof b, tr(l, "Nights ≤ 0 °C: %d"), fr->frost);
	draw_text(y + 4, x, w, b, theme_attr(TH_NORMAL));
	if (fr->cold_today || fr->frost_today) {
		snprintf(b, sizeof b, "%s %s", theme_glyphs_get()->warn,
			 tr(l, fr->frost_today ? "frost tonight" : "a cold day"));
		draw_text(y + 5, x, w, b, theme_attr(TH_WARNING));
	}
}

static void film_draw(struct app *a, rect area)
{
	film_state *fs = a->film;
	if (!fs || !fs->f)
		return;
	lang l = a->lang;
	film_frame fr;
	film_frame_at(fs->f, (int)fs->day, &fr);
	char b[240];
	snprintf(b, sizeof b, tr(l, "Season film, %d days/s: %s"), 1 << fs->speed,
		 tr(l, fs->playing ? "p pause, [ ] speed, Esc calendar"
				   : "paused; p play, ←/→ a day, Esc calendar"));
	draw_text(area.y, area.x, area.w, b, theme_attr(TH_TITLE));
	int y = area.y + 1;
	draw_date(a, &fr, y, area.x, area.w / 2);
	draw_facts(a, &fr, y, area.x + area.w / 2, area.w - area.w / 2);
	y += BIGFONT_ROWS + 1;
	/* The season so far. */
	int bw = area.w - 2;
	double share = fr.n_days > 1 ? (double)fr.day / (fr.n_days - 1) : 1.0;
	draw_text(y, area.x, 1, "[", theme_attr(TH_DIM));
	draw_hbar(y, area.x + 1, bw, share * bw, bw, theme_attr(TH_BAR));
	draw_text(y, area.x + 1 + bw, 1, "]", theme_attr(TH_DIM));
	y++;
	int name_w = 12, stage_w = area.w - name_w - 11 - 13 - 3;
	draw_text(y, area.x, name_w, tr(l, "Crop"), theme_attr(TH_HEADER));
	draw_text(y, area.x + name_w + 1, stage_w, tr(l, "Stage of each plan item"), theme_attr(TH_HEADER));
	draw_text(y, area.x + name_w + 2 + stage_w, 11, tr(l, "Soil water"), theme_attr(TH_HEADER));
	draw_text_right(y, area.x + area.w - 13, 13, tr(l, "ha growing"), theme_attr(TH_HEADER));
	y++;
	int last = area.y + area.h - 1;   /* the legend */
	for (int r = 0; r < fr.n_crops && y < last; r++, y++) {
		const film_crop_row *c = &fr.crops[r];
		draw_text(y, area.x, name_w, c->name, theme_attr(TH_NORMAL));
		for (int i = 0; i < c->n_items && i < stage_w; i++)
			draw_text(y, area.x + name_w + 1 + i, 1, stage_glyph(c->stage[i], a->ascii),
				  theme_attr(c->stage[i] >= 0 && c->stage[i] < FILM_HARVESTED ? TH_BAR : TH_DIM));
		int wx = area.x + name_w + 2 + stage_w;
		if (!isnan(c->water))
			draw_hbar(y, wx, 10, c->water * 10.0, 10.0, theme_attr(c->water < 0.5 ? TH_WARNING : TH_BAR));
		char n[32];
		draw_text_right(y, area.x + area.w - 13, 13,
				c->area_growing_ha > 0 ? numfmt_number(c->area_growing_ha, 1, l, n, sizeof n) : "",
				theme_attr(TH_NORMAL));
	}
	const char *leg = a->ascii ? tr(l, ". not sown  1-4 stages  H harvested; soil water: full = field capacity")
				   : tr(l, "· not sown  ▁▃▅▇ stages  ✓ harvested; soil water: full = field capacity");
	draw_text(last, area.x, area.w, leg, theme_attr(TH_DIM));
}

const screen_ops screen_film = {
	.title = "Calendar",
	.draw = film_draw,
};
