/* tableview.c - table geometry for the screens: columns, visible rows, clicks, cursor moves. */
#include "tableview.h"

#include <string.h>

#include "layout.h"
#include "plain_words.h"

rect tv_body(const app *a)
{
	int rows = a->rows > 0 ? a->rows : FRAME_MIN_ROWS;
	int cols = a->cols > 0 ? a->cols : FRAME_MIN_COLS;
	return layout_body(rows, cols);
}

const char *tv_header_text(lang l, const tv_column *c, int w)
{
	const char *label = plain_word(l, c->label);
	if (!c->abbrev || layout_text_width(label) <= w)
		return label;
	const char *ab = tr(l, c->abbrev);
	return ab != c->abbrev && strcmp(ab, c->abbrev) != 0 ? ab : label;
}

void tv_layout_compute(const tv_column *cols, int n, rect area, int reserve, tv_layout *out)
{
	if (n > LAYOUT_MAX_COLS)
		n = LAYOUT_MAX_COLS;
	out->area = area;
	out->n_cols = n;
	layout_col lc[LAYOUT_MAX_COLS] = { { 0, 0, 0, false } };
	bool units = false;
	for (int i = 0; i < n; i++) {
		lc[i] = cols[i].lc;
		units |= cols[i].unit != NULL;
	}
	layout_columns(lc, n, area.w, TV_GAP, out->w);
	for (int i = 0; i < n; i++)
		out->x[i] = area.x + layout_column_x(out->w, n, TV_GAP, i);
	out->header_rows = units ? 2 : 1;
	out->body_rows = area.h - out->header_rows - reserve;
	if (out->body_rows < 1)
		out->body_rows = 1;
}

int tv_row_at(const tv_layout *t, int top, int n_rows, int y)
{
	int r = y - t->area.y - t->header_rows;
	if (r < 0 || r >= t->body_rows)
		return -1;
	r += top;
	return r < n_rows ? r : -1;
}

int tv_col_at(const tv_layout *t, int x)
{
	for (int i = 0; i < t->n_cols; i++)
		if (t->w[i] && x >= t->x[i] && x < t->x[i] + t->w[i] + TV_GAP)
			return i;
	return -1;
}

int tv_next_col(const tv_column *cols, const tv_layout *t, int col, int dir)
{
	for (int i = col + dir; i >= 0 && i < t->n_cols; i += dir)
		if (cols[i].editable && t->w[i])
			return i;
	return col;
}

int tv_fix_col(const tv_column *cols, const tv_layout *t, int col)
{
	if (col >= 0 && col < t->n_cols && cols[col].editable && t->w[col])
		return col;
	/* The nearest editable shown column to the right, else to the left. */
	for (int i = col < 0 ? 0 : col; i < t->n_cols; i++)
		if (cols[i].editable && t->w[i])
			return i;
	for (int i = col < t->n_cols ? col : t->n_cols - 1; i >= 0; i--)
		if (cols[i].editable && t->w[i])
			return i;
	return -1;
}

unsigned tv_move_row(view_state *v, action act, int n_rows, int page)
{
	if (page < 1)
		page = 1;
	int r = v->row;
	switch (act) {
	case ACT_UP:        r--; break;
	case ACT_DOWN:      r++; break;
	case ACT_PAGE_UP:   r -= page; break;
	case ACT_PAGE_DOWN: r += page; break;
	case ACT_HOME:      r = 0; break;
	case ACT_END:       r = n_rows - 1; break;
	default:
		return CHANGED_NOTHING;
	}
	v->row = layout_clamp(r, 0, n_rows - 1);
	return CHANGED_VIEW;
}
