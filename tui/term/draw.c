/* draw.c - curses helpers for the screens: clipped text, bars, headers, lines of keys,
 * difference cells. */
#include "draw.h"

#include <math.h>
#include <string.h>

#include "collate.h"
#include "keys.h"
#include "layout.h"
#include "numfmt.h"
#include "theme.h"
#include "utf8.h"

/* Lower eighth blocks for vertical bars (theme.h has only the horizontal ones). */
static const char *const lower_eighths[9] = {
	" ", "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
	"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88",
};

/* Copies s with control characters replaced by '?' (names come from users' files). */
static void sanitize(const char *s, char *out, size_t size)
{
	size_t i = 0;
	for (; s[i] && i + 1 < size; i++)
		out[i] = ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) ? '?' : s[i];
	out[i] = 0;
}

/* A terminal whose locale is not UTF-8: every text in ASCII (draw_set_plain_text). */
static bool plain_text;

void draw_set_plain_text(bool on)
{
	plain_text = on;
}

const char *draw_plain(const char *s, char *buf, size_t size)
{
	if (!plain_text)
		return s;
	return collate_ascii(s, buf, size);
}

static int put(int y, int x, const char *s, attr_t attr)
{
	char plain[512];
	s = draw_plain(s, plain, sizeof plain);
	attr_t old_attr;
	short old_pair;
	attr_get(&old_attr, &old_pair, NULL);
	attrset(attr);
	mvaddstr(y, x, s);
	attr_set(old_attr, old_pair, NULL);
	return layout_text_width(s);
}

int draw_text(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0 || !s)
		return 0;
	char clean[512], cut[512];
	sanitize(s, clean, sizeof clean);
	layout_truncate(clean, w, true, theme_is_ascii(), cut, sizeof cut);
	return put(y, x, cut, attr);
}

int draw_text_right(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0 || !s)
		return 0;
	char clean[512], cut[512];
	sanitize(s, clean, sizeof clean);
	int tw = layout_truncate(clean, w, true, theme_is_ascii(), cut, sizeof cut);
	return put(y, x + w - tw, cut, attr);
}

void draw_fill(int y, int x, int w, attr_t attr)
{
	if (w <= 0)
		return;
	attr_t old_attr;
	short old_pair;
	attr_get(&old_attr, &old_pair, NULL);
	attrset(attr);
	mvhline(y, x, ' ', w);
	attr_set(old_attr, old_pair, NULL);
}

void draw_text_pad(int y, int x, int w, const char *s, attr_t attr)
{
	int n = draw_text(y, x, w, s, attr);
	draw_fill(y, x + n, w - n, attr);
}

void draw_text_right_pad(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0)
		return;
	char clean[512], cut[512];
	sanitize(s ? s : "", clean, sizeof clean);
	int tw = layout_truncate(clean, w, true, theme_is_ascii(), cut, sizeof cut);
	draw_fill(y, x, w - tw, attr);
	put(y, x + w - tw, cut, attr);
}

void draw_clear(rect r)
{
	for (int i = 0; i < r.h; i++)
		draw_fill(r.y + i, r.x, r.w, A_NORMAL);
}

void draw_hline(int y, int x, int w, attr_t attr)
{
	const char *g = theme_glyphs_get()->hline;
	for (int i = 0; i < w; i++)
		put(y, x + i, g, attr);
}

int draw_hbar(int y, int x, int w, double v, double max, attr_t attr)
{
	int e = layout_bar_eighths(v, max, w);
	if (e == 0)
		return 0;
	char buf[1024];
	int cols = theme_bar_text(e / 8.0, theme_glyphs_get(), buf, sizeof buf);
	if (cols > w)
		cols = w;
	put(y, x, buf, attr);
	return cols;
}

void draw_vcell(int y, int x, int eighths, attr_t attr)
{
	if (eighths <= 0)
		return;
	if (eighths > 8)
		eighths = 8;
	const char *g;
	if (theme_is_ascii())
		g = eighths >= 4 ? "#" : "_";
	else
		g = lower_eighths[eighths];
	put(y, x, g, attr);
}

void draw_header_cell(int y, int x, int w, const char *label, bool right, int sort, attr_t attr)
{
	if (w <= 0)
		return;
	const theme_glyphs *g = theme_glyphs_get();
	char text[256];
	if (sort)
		snprintf(text, sizeof text, "%s%s", label, sort > 0 ? g->up : g->down);
	else
		snprintf(text, sizeof text, "%s", label);
	/* Keep the arrow when the label must be cut. */
	if (sort && layout_text_width(text) > w) {
		char cut[256];
		layout_truncate(label, w - 1, true, theme_is_ascii(), cut, sizeof cut);
		snprintf(text, sizeof text, "%s%s", cut, sort > 0 ? g->up : g->down);
	}
	if (right)
		draw_text_right(y, x, w, text, attr);
	else
		draw_text(y, x, w, text, attr);
}

attr_t draw_delta_attr(double diff, int decimals, bool higher_is_better)
{
	double eps = 0.5 * pow(10.0, -decimals);
	if (!isfinite(diff) || fabs(diff) < eps)
		return theme_attr(TH_DIM);
	bool good = (diff > 0) == higher_is_better;
	return theme_attr(good ? TH_POSITIVE : TH_NEGATIVE);
}

void draw_delta(int y, int x, int w, double diff, int decimals, lang l, bool higher_is_better)
{
	char buf[NUMFMT_MAX];
	numfmt_delta(diff, decimals, l, theme_is_ascii(), buf, sizeof buf);
	draw_text_right(y, x, w, buf, draw_delta_attr(diff, decimals, higher_is_better));
}

void draw_key_hints(rect area, int y, lang l, screen_id s)
{
	keyhint_slot slots[KEYHINT_MAX];
	size_t n = keys_layout_hints(l, s, area.w, slots, KEYHINT_MAX);
	for (size_t i = 0; i < n; i++) {
		int x = area.x + slots[i].x;
		draw_text(y, x, slots[i].key_w, slots[i].keys, theme_attr(TH_KEY));
		draw_text(y, x + slots[i].key_w + 1, slots[i].w - slots[i].key_w - 1, slots[i].label,
			  theme_attr(TH_DIM));
	}
}
