/* table_order.c - the shown order of a table screen's rows (sorted by a column, text in
 * Vietnamese order), `/` search over the rows' names in that order, and the cursor moves
 * through it. */
#include "table_order.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "collate.h"
#include "layout.h"
#include "plain_words.h"

typedef struct {
	int row;
	int group;
	int dir;
	table_key k;
} entry;

static int cmp_ints(int x, int y)
{
	return (x > y) - (x < y);
}

static int cmp_entries(const void *p, const void *q)
{
	const entry *x = p, *y = q;
	if (x->group != y->group)
		return cmp_ints(x->group, y->group);   /* the groups keep their places */
	int c;
	if (x->k.is_text || y->k.is_text) {
		c = collate_vi(x->k.text, y->k.text) * x->dir;
	} else if (isnan(x->k.num) || isnan(y->k.num)) {
		c = isnan(x->k.num) - isnan(y->k.num);  /* no figure: last, either way */
	} else {
		c = ((x->k.num > y->k.num) - (x->k.num < y->k.num)) * x->dir;
	}
	return c ? c : cmp_ints(x->row, y->row);   /* ties keep the scenario's order */
}

static void identity(int *rows, int n)
{
	for (int i = 0; i < n; i++)
		rows[i] = i;
}

int table_rows(const app *a, const table_spec *t, int sort, int *rows, int n)
{
	int total = t->count(a);
	if (n > total)
		n = total;
	if (n <= 0)
		return 0;
	int col = abs(sort) - 1;
	entry *e = sort && col < t->n_cols ? calloc((size_t)total, sizeof *e) : NULL;
	if (!e) {
		identity(rows, n);
		return n;
	}
	for (int i = 0; i < total; i++) {
		e[i].row = i;
		e[i].group = t->group ? t->group(a, i) : 0;
		e[i].dir = sort > 0 ? 1 : -1;
		if (!t->key(a, i, col, &e[i].k))
			e[i].k.num = 0;
	}
	qsort(e, (size_t)total, sizeof *e, cmp_entries);
	for (int i = 0; i < n; i++)
		rows[i] = e[i].row;
	free(e);
	return n;
}

int table_pos(const int *rows, int n, int row)
{
	for (int i = 0; i < n; i++)
		if (rows[i] == row)
			return i;
	return 0;
}

static bool selectable(const app *a, const table_spec *t, int row)
{
	return !t->selectable || t->selectable(a, row);
}

int table_settle(const app *a, const table_spec *t, const int *rows, int n, int pos, int dir)
{
	if (n <= 0)
		return 0;
	pos = layout_clamp(pos, 0, n - 1);
	for (int way = 0; way < 2; way++, dir = -dir)
		for (int p = pos; p >= 0 && p < n; p += dir)
			if (selectable(a, t, rows[p]))
				return p;
	return pos;
}

int *table_shown(const app *a, const table_spec *t, int *n)
{
	*n = t->count(a);
	if (*n <= 0)
		return NULL;
	int *rows = malloc((size_t)*n * sizeof *rows);
	if (rows)
		*n = table_rows(a, t, a->view[t->screen].sort, rows, *n);
	return rows;
}

unsigned table_pick(app *a, const table_spec *t, int pos)
{
	int n;
	int *rows = pos >= 0 ? table_shown(a, t, &n) : NULL;
	if (!rows)
		return CHANGED_NOTHING;
	unsigned bits = CHANGED_NOTHING;
	if (pos < n && selectable(a, t, rows[pos])) {
		a->view[t->screen].row = rows[pos];
		bits = CHANGED_VIEW;
	}
	free(rows);
	return bits;
}

static bool sorts(const app *a, const table_spec *t, int col)
{
	table_key k;
	return t->count(a) > 0 ? t->key(a, 0, col, &k) : false;
}

static void say_sort(app *a, const table_spec *t)
{
	int sort = a->view[t->screen].sort;
	if (!sort) {
		app_set_status(a, false, "%s", tr(a->lang, "In the scenario's order"));
		return;
	}
	app_set_status(a, false, tr(a->lang, sort > 0 ? "Sorted by %s, ascending" : "Sorted by %s, descending"),
		       plain_word(a->lang, t->label(abs(sort) - 1)));
}

/* The first direction of a column: text A to Z, numbers as the table prefers. */
static int first_dir(const app *a, const table_spec *t, int col)
{
	table_key k;
	if (t->count(a) > 0 && t->key(a, 0, col, &k) && !k.is_text && t->numbers_descending)
		return -1;
	return 1;
}

unsigned table_sort_by(app *a, const table_spec *t, int col)
{
	view_state *v = &a->view[t->screen];
	if (col < 0 || col >= t->n_cols || !sorts(a, t, col))
		return CHANGED_NOTHING;
	if (v->sort && abs(v->sort) - 1 == col)
		v->sort = -v->sort;
	else
		v->sort = first_dir(a, t, col) * (col + 1);
	say_sort(a, t);
	return CHANGED_VIEW;
}

unsigned table_sort_step(app *a, const table_spec *t, int dir)
{
	view_state *v = &a->view[t->screen];
	if (dir < 0) {
		if (v->sort)
			v->sort = -v->sort;
		else
			for (int c = 0; c < t->n_cols && !v->sort; c++)
				if (sorts(a, t, c))
					v->sort = -first_dir(a, t, c) * (c + 1);
	} else {
		int c = abs(v->sort);   /* the next column after abs(sort) - 1 */
		while (c < t->n_cols && !sorts(a, t, c))
			c++;
		v->sort = c < t->n_cols ? first_dir(a, t, c) * (c + 1) : 0;
	}
	say_sort(a, t);
	return CHANGED_VIEW;
}

int table_find(const app *a, const table_spec *t, const char *needle, int dir)
{
	int n;
	int *rows = table_shown(a, t, &n);
	if (!rows)
		return -1;
	int from = table_pos(rows, n, a->view[t->screen].row);
	int found = -1;
	for (int i = 1; i <= n && found < 0; i++) {
		int r = rows[((from + dir * i) % n + n) % n];
		if (!selectable(a, t, r))
			continue;
		char name[512];
		t->name(a, r, name, sizeof name);
		if (collate_contains(name, needle))
			found = r;
	}
	free(rows);
	return found;
}

unsigned table_move(app *a, const table_spec *t, action act, int page)
{
	view_state *v = &a->view[t->screen];
	if (page < 1)
		page = 1;
	int n;
	int *rows;
	switch (act) {
	case ACT_UP: case ACT_DOWN: case ACT_PAGE_UP: case ACT_PAGE_DOWN: case ACT_HOME: case ACT_END:
		rows = table_shown(a, t, &n);
		break;
	default:
		return CHANGED_NOTHING;
	}
	if (!rows)
		return CHANGED_VIEW;
	int p = table_pos(rows, n, v->row), dir = 1;
	switch (act) {
	case ACT_UP:        p--; dir = -1; break;
	case ACT_DOWN:      p++; break;
	case ACT_PAGE_UP:   p -= page; dir = -1; break;
	case ACT_PAGE_DOWN: p += page; break;
	case ACT_HOME:      p = 0; break;
	default:            p = n - 1; dir = -1; break;
	}
	/* Past a heading to the next row the cursor may rest on, or back when there is none. */
	v->row = rows[table_settle(a, t, rows, n, p, dir)];
	free(rows);
	return CHANGED_VIEW;
}

static unsigned find(app *a, const table_spec *t, int dir)
{
	if (!a->find_text[0]) {
		app_open_prompt(a, PROMPT_FIND, tr(a->lang, "Find:"), NULL);
		return CHANGED_VIEW;
	}
	int r = table_find(a, t, a->find_text, dir);
	if (r < 0) {
		app_set_status(a, true, tr(a->lang, "Not found: %s"), a->find_text);
		return CHANGED_VIEW;
	}
	a->view[t->screen].row = r;
	char name[512];
	t->name(a, r, name, sizeof name);
	app_set_status(a, false, tr(a->lang, "Found \"%s\": %s"), a->find_text, name);
	return CHANGED_VIEW;
}

unsigned table_handle(app *a, const table_spec *t, action act, int page)
{
	switch (act) {
	case ACT_FIND:
		app_open_prompt(a, PROMPT_FIND, tr(a->lang, "Find:"), a->find_text);
		return CHANGED_VIEW;
	case ACT_FIND_NEXT:
		return find(a, t, +1);
	case ACT_FIND_PREV:
		return find(a, t, -1);
	case ACT_SORT:
		return table_sort_step(a, t, +1);
	case ACT_SORT_BACK:
		return table_sort_step(a, t, -1);
	default:
		return table_move(a, t, act, page);
	}
}
