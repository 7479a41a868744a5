/* present_layout.c - where the presentation view's figures go: the arrangement (2x2, one
 * column, one row) and block size that give the largest digits with every figure whole. */
#include <string.h>

#include "bigfont.h"
#include "present.h"

typedef struct {
	int gcols, grows;
} arrangement;

/* Block sizes from the largest; a block twice as wide as tall looks square on a terminal. */
static const int scales[][2] = { { 4, 2 }, { 3, 2 }, { 2, 2 }, { 2, 1 }, { 1, 1 } };

/* Places the figures in a gcols x grows grid with hx x vy blocks; false when one does not
 * fit. */
static bool try_place(int rows, int cols, const present_figure *f, int n, arrangement g,
		      int hx, int vy, present_layout *out)
{
	if (g.gcols * g.grows < n)
		return false;
	int top = 1, bottom = rows - 2;           /* the caption and status rows below */
	int area_h = bottom - top;
	int gap = 2;
	int cw = (cols - (g.gcols - 1) * gap) / g.gcols;
	int ch = area_h / g.grows;
	int need_h = 2 + BIGFONT_ROWS * vy;       /* label, digits, change */
	if (cw < 8 || ch < need_h)
		return false;
	for (int i = 0; i < n; i++) {
		int dw = bigfont_width(f[i].big, hx);
		if (dw > cw - 2)
			return false;
		present_cell *c = &out->cell[i];
		c->w = cw;
		c->h = ch;
		c->x = (i % g.gcols) * (cw + gap);
		c->y = top + (i / g.gcols) * ch;
		int pad = (ch - need_h) / 2;
		c->label_y = c->y + pad;
		c->digits_y = c->label_y + 1;
		c->digits_w = dw;
		c->digits_x = c->x + (cw - dw) / 2;
		c->delta_y = c->digits_y + BIGFONT_ROWS * vy;
	}
	out->hx = hx;
	out->vy = vy;
	out->n = n;
	return true;
}

bool present_layout_compute(int rows, int cols, const present_figure *f, int n,
			    present_layout *out)
{
	memset(out, 0, sizeof *out);
	out->title_y = 0;
	out->caption_y = rows - 2;
	out->status_y = rows - 1;
	if (rows < PRESENT_MIN_ROWS || cols < PRESENT_MIN_COLS || n < 1 || n > PRESENT_MAX_FIGS)
		return false;
	const arrangement grids[] = { { 2, (n + 1) / 2 }, { 1, n }, { n, 1 } };
	for (size_t s = 0; s < sizeof scales / sizeof scales[0]; s++)
		for (size_t g = 0; g < sizeof grids / sizeof grids[0]; g++)
			if (try_place(rows, cols, f, n, grids[g], scales[s][0], scales[s][1], out)) {
				out->fits = true;
				return true;
			}
	return false;
}
