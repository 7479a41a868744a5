/* screen_compare.c - the compare screen: the current scenario (A) against a second scenario
 * file (B, chosen with Enter through the status-line prompt), side by side with B − A and
 * the change in percent (compare.h): the district's figures, then area, output and value by
 * crop and by commune. An edit of A redoes the comparison; B stays as loaded. A file that
 * does not load leaves the status line with its first diagnostic (file:line:col). A cursor on
 * the figures; / finds a row by its name (the district's, a crop's, a commune's), o O and a
 * click on a header sort each section's rows among themselves (table_order.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "data_dir.h"
#include "screens.h"
#include "draw.h"
#include "layout.h"
#include "numfmt.h"
#include "scenario_load.h"
#include "studies.h"
#include "study_view.h"
#include "table_order.h"
#include "tableview.h"
#include "theme.h"

/* Writes "<lead>: <the first error (else the first diagnostic)>" to err. */
static void first_problem(lang l, const char *lead, const diag_list *dl, char *err, size_t size)
{
	const diag *first = diag_list_first_problem(dl);
	char buf[300];
	snprintf(err, size, "%s: %s", lead,
		 first ? diag_format_in(first, l, buf, sizeof buf) : tr(l, "unknown error"));
}

unsigned compare_load(app *a, const char *typed, char *err, size_t err_size)
{
	lang l = a->lang;
	compare_study *c = &a->studies->cmp;
	/* A relative path that is not here may name a shipped scenario (the example does). */
	char *path = data_dir_find(typed);
	if (!path) {
		snprintf(err, err_size, "%s: %s", tr(l, "Not loaded"), tr(l, "out of memory"));
		return CHANGED_NOTHING;
	}
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	if (!scenario_load_file(path, &s, &dl)) {
		first_problem(l, tr(l, "Not loaded"), &dl, err, err_size);
		diag_list_fini(&dl);
		free(path);
		return CHANGED_NOTHING;
	}
	diag_list_fini(&dl);
	diag_list_init(&dl);
	weather_series w;
	season_result r;
	weather_series_init(&w);
	season_result_init(&r);
	bool ok = weather_build(&s, 0, &w, &dl);
	if (ok && !season_run(&s, &w, &r, NULL, NULL)) {
		diag_add(&dl, DIAG_ERROR, NULL, 0, 0, "%s", tr(l, "out of memory"));
		ok = false;
	}
	if (!ok) {
		first_problem(l, tr(l, "Its season cannot be computed"), &dl, err, err_size);
		diag_list_fini(&dl);
		season_result_fini(&r);
		weather_series_fini(&w);
		scenario_fini(&s);
		free(path);
		return CHANGED_NOTHING;
	}
	diag_list_fini(&dl);
	studies_compare_clear(c);
	c->scn = s;
	c->weather = w;
	c->result = r;
	c->ran = true;
	snprintf(c->path, sizeof c->path, "%s", path);
	a->view[SCREEN_COMPARE].top = 0;
	a->view[SCREEN_COMPARE].row = 0;
	app_set_status(a, false, tr(l, "Comparing with %s"), path);
	free(path);
	return CHANGED_VIEW;
}

static unsigned compare_sync(app *a, bool shown)
{
	compare_study *c = &a->studies->cmp;
	if (!shown || !c->ran)
		return CHANGED_NOTHING;
	if (c->built && c->version == a->version)
		return CHANGED_NOTHING;
	c->version = a->version;
	c->built = a->cur.ok &&
		   compare_build(&a->cur.scn, &a->cur.result, &c->scn, &c->result, &c->cmp);
	return CHANGED_VIEW;
}

/* ---- the rows ---- */

typedef enum { CR_HEADING, CR_FIGURE, CR_BLANK, CR_NOTE } cr_kind;

typedef struct {
	cr_kind kind;
	char label[SCN_NAME_MAX + 80];
	const compare_figure *f;
	bool money;              /* shown in money unit mu */
	money_unit mu;
	int decimals;
	bool higher_is_better;
	const char *section;     /* the heading it is under (translated), for / */
	int group;               /* sorts among its section's rows (table_spec.group) */
} cmp_row;

#define MAX_ROWS 512

static int figure_decimals(const compare_figure *f)
{
	if (strcmp(f->key, "contribution_pp") == 0)
		return 3;
	if (f->is_rate || strcmp(f->key, "land_use_coefficient") == 0)
		return 2;
	if (strcmp(f->key, "area_ha") == 0)
		return 1;
	return 0;
}

static double larger(const compare_figure *f)
{
	double m = 0;
	if (isfinite(f->a) && fabs(f->a) > m)
		m = fabs(f->a);
	if (isfinite(f->b) && fabs(f->b) > m)
		m = fabs(f->b);
	return m;
}

/* Adds one section per figure (area, output, value) of a group (crops or communes). */
static int add_group(const app *a, cmp_row *rows, int n, int max, const compare_row *g, size_t ng,
		     const char *const *titles)
{
	for (int k = 0; k < 3; k++) {
		/* One money unit for the value section: its largest figure's. */
		double largest = 0;
		for (size_t i = 0; k == 2 && i < ng; i++)
			if (larger(&g[i].value) > largest)
				largest = larger(&g[i].value);
		money_unit mu = study_money_unit(largest);
		if (n < max)
			rows[n++] = (cmp_row){ .kind = CR_BLANK };
		const char *section = NULL;
		if (n < max) {
			rows[n] = (cmp_row){ .kind = CR_HEADING };
			section = rows[n].label;
			if (k == 2)
				snprintf(rows[n].label, sizeof rows[n].label, "%s (%s)",
					 tr(a->lang, titles[k]), tr(a->lang, mu.unit));
			else
				snprintf(rows[n].label, sizeof rows[n].label, "%s", tr(a->lang, titles[k]));
			n++;
		}
		for (size_t i = 0; i < ng && n < max; i++) {
			const compare_figure *f = k == 0 ? &g[i].area : k == 1 ? &g[i].output : &g[i].value;
			cmp_row *r = &rows[n++];
			*r = (cmp_row){ .kind = CR_FIGURE, .f = f, .money = k == 2, .mu = mu,
					.decimals = k == 0 ? 1 : 0, .higher_is_better = true,
					.section = section };
			snprintf(r->label, sizeof r->label, "%s", g[i].name[0] ? g[i].name : g[i].id);
		}
	}
	return n;
}

/* The rows for a table `width` columns wide (the note at the end is wrapped to it). */
static int collect(const app *a, cmp_row *rows, int max, int width)
{
	const compare_result *c = &a->studies->cmp.cmp;
	int n = 0;
	const char *district = tr(a->lang, "District");
	if (n < max) {
		rows[n] = (cmp_row){ .kind = CR_HEADING };
		snprintf(rows[n].label, sizeof rows[n].label, "%s", district);
		n++;
	}
	for (int i = 0; i < COMPARE_DISTRICT_FIGURES && n < max; i++) {
		const compare_figure *f = &c->district[i];
		if (f->is_rate && !c->a_has_economy && !c->b_has_economy)
			continue;
		cmp_row *r = &rows[n++];
		bool money = strcmp(f->unit, "mln VND") == 0;
		*r = (cmp_row){ .kind = CR_FIGURE, .f = f, .money = money,
				.mu = study_money_unit(larger(f)), .decimals = figure_decimals(f),
				.higher_is_better = strcmp(f->key, "cost_mvnd") != 0 &&
						    strcmp(f->key, "labour_days") != 0,
				.section = district };
		if (money) {
			snprintf(r->label, sizeof r->label, "%s (%s)", tr(a->lang, f->label),
				 tr(a->lang, r->mu.unit));
		} else if (f->unit[0]) {
			snprintf(r->label, sizeof r->label, "%s (%s)", tr(a->lang, f->label),
				 tr(a->lang, f->unit));
		} else {
			snprintf(r->label, sizeof r->label, "%s", tr(a->lang, f->label));
		}
	}
	static const char *const crop_titles[3] = {
		"Area by crop (ha)", "Output by crop (tonnes)", "Value by crop",
	};
	static const char *const commune_titles[3] = {
		"Area by commune (ha)", "Output by commune (tonnes)", "Value by commune",
	};
	n = add_group(a, rows, n, max, c->crops, c->n_crops, crop_titles);
	n = add_group(a, rows, n, max, c->communes, c->n_communes, commune_titles);
	if (n < max)
		rows[n++] = (cmp_row){ .kind = CR_BLANK };
	const char *note = tr(a->lang, "Change: (B − A) / A in percent; for growth rates only the difference, in percentage points.");
	size_t off[8], len[8];
	int k = layout_wrap(note, width, off, len, 8);
	for (int i = 0; i < k && n < max; i++) {
		rows[n] = (cmp_row){ .kind = CR_NOTE };
		snprintf(rows[n].label, sizeof rows[n].label, "%.*s", (int)len[i], note + off[i]);
		n++;
	}
	/* A section's run of figures is a group; every other row one of its own. */
	for (int i = 0; i < n; i++)
		rows[i].group = i > 0 && rows[i].kind == CR_FIGURE && rows[i - 1].kind == CR_FIGURE
				? rows[i - 1].group : i;
	return n;
}

#define TABLE_MAX 96   /* columns */

/* The table's width in a body `area` wide. */
static int table_width(rect area)
{
	return area.w - 1 < TABLE_MAX ? area.w - 1 : TABLE_MAX;
}

/* ---- the table: find and order ---- */

enum { CC_NAME, CC_A, CC_B, CC_DIFF, CC_CHANGE, CC_COUNT };

/* The rows as drawn on the terminal last drawn on (the note is wrapped to its width):
 * malloc'd, *n of them; NULL before B is loaded, or out of memory. */
static cmp_row *collect_shown(const app *a, int *n)
{
	*n = 0;
	cmp_row *rows = a->studies->cmp.built ? malloc(sizeof *rows * MAX_ROWS) : NULL;
	if (rows)
		*n = collect(a, rows, MAX_ROWS, table_width(tv_body(a)));
	return rows;
}

static int cmp_count(const app *a)
{
	int n;
	free(collect_shown(a, &n));
	return n;
}

/* Row `row`; false when there is none. The section points into the rows: not kept. */
static bool cmp_get(const app *a, int row, cmp_row *out)
{
	int n;
	cmp_row *rows = collect_shown(a, &n);
	bool ok = rows && row >= 0 && row < n;
	if (ok)
		*out = rows[row];
	free(rows);
	return ok;
}

/* The keys: the name; A, B, B − A and the change in percent (none: last) as figures. */
static bool cmp_key(const app *a, int row, int col, table_key *k)
{
	k->is_text = col == CC_NAME;
	k->text[0] = 0;
	k->num = 0;
	cmp_row r;
	if (!cmp_get(a, row, &r) || r.kind != CR_FIGURE)
		return true;
	switch (col) {
	case CC_NAME:  snprintf(k->text, sizeof k->text, "%s", r.label); break;
	case CC_A:     k->num = r.f->a; break;
	case CC_B:     k->num = r.f->b; break;
	case CC_DIFF:  k->num = compare_diff(r.f); break;
	default:       k->num = compare_change_pct(r.f); break;
	}
	return true;
}

/* What / looks in: the section and the row, "Area by crop (ha): Potato". */
static void cmp_name(const app *a, int row, char *buf, size_t size)
{
	int n;
	cmp_row *rows = collect_shown(a, &n);
	buf[0] = 0;
	if (rows && row >= 0 && row < n && rows[row].kind == CR_FIGURE)
		snprintf(buf, size, "%s: %s", rows[row].section ? rows[row].section : "",
			 rows[row].label);
	free(rows);
}

static int cmp_group(const app *a, int row)
{
	cmp_row r;
	return cmp_get(a, row, &r) ? r.group : row;
}

static bool cmp_selectable(const app *a, int row)
{
	cmp_row r;
	return cmp_get(a, row, &r) && r.kind == CR_FIGURE;
}

static const char *cmp_col_label(int col)
{
	static const char *const labels[CC_COUNT] = {
		[CC_NAME] = "Name", [CC_A] = "Scenario A", [CC_B] = "Scenario B",
		[CC_DIFF] = "B − A", [CC_CHANGE] = "Change",
	};
	return labels[col];
}

static const table_spec cmp_table = {
	.screen = SCREEN_COMPARE, .n_cols = CC_COUNT, .count = cmp_count, .key = cmp_key,
	.name = cmp_name, .label = cmp_col_label, .numbers_descending = true,
	.group = cmp_group, .selectable = cmp_selectable,
};

/* ---- drawing ---- */

static const layout_col cmp_cols[CC_COUNT] = {
	[CC_NAME]   = { .min = 16, .pref = 40, .priority = 9, .flex = true },
	[CC_A]      = { .min = 9, .pref = 10, .priority = 10 },
	[CC_B]      = { .min = 9, .pref = 10, .priority = 10 },
	[CC_DIFF]   = { .min = 10, .pref = 11, .priority = 10 },
	[CC_CHANGE] = { .min = 8, .pref = 8, .priority = 7 },
};

static void format_value(double v, const cmp_row *r, lang l, char *buf, size_t size)
{
	if (r->money)
		study_money(v, &r->mu, l, buf, size);
	else
		numfmt_number(v, r->decimals, l, buf, size);
}

/* A figure's row; `sel`: under the cursor. */
static void draw_figure(const app *a, const int *x, const int *w, int y, const cmp_row *r,
			bool sel)
{
	lang l = a->lang;
	bool ascii = theme_is_ascii();
	char buf[NUMFMT_MAX + 2];
#define ROLE(role) theme_attr(sel ? TH_SELECTED : (role))
	draw_text(y, x[CC_NAME] + 1, w[CC_NAME] - 1, r->label, ROLE(TH_NORMAL));
	format_value(r->f->a, r, l, buf, sizeof buf);
	draw_text_right(y, x[CC_A], w[CC_A], buf, ROLE(TH_DIM));
	format_value(r->f->b, r, l, buf, sizeof buf);
	draw_text_right(y, x[CC_B], w[CC_B], buf, ROLE(TH_TITLE));
	double d = compare_diff(r->f);
	int dec = r->money ? r->mu.decimals : r->decimals;
	double shown = r->money ? d / r->mu.div : d;
	if (isfinite(d))
		numfmt_delta(shown, dec, l, ascii, buf, sizeof buf);
	else
		snprintf(buf, sizeof buf, "%s", numfmt_na());
	draw_text_right(y, x[CC_DIFF], w[CC_DIFF], buf,
			sel ? theme_attr(TH_SELECTED) : draw_delta_attr(shown, dec, r->higher_is_better));
	if (w[CC_CHANGE]) {
		double p = compare_change_pct(r->f);
		char num[NUMFMT_MAX];
		if (isfinite(p)) {
			numfmt_signed(p, 1, l, ascii, num, sizeof num);
			snprintf(buf, sizeof buf, "%s%%", num);
		} else {
			snprintf(buf, sizeof buf, "%s", numfmt_na());
		}
		draw_text_right(y, x[CC_CHANGE], w[CC_CHANGE], buf, ROLE(TH_NORMAL));
	}
#undef ROLE
}

/* The columns of the table in a body `area`. */
static void layout_cmp(rect area, int *w, int *x)
{
	layout_columns(cmp_cols, CC_COUNT, table_width(area), 1, w);
	for (int i = 0; i < CC_COUNT; i++)
		x[i] = area.x + layout_column_x(w, CC_COUNT, 1, i);
}

static int table_top(rect area)
{
	return area.y + 4;
}

static int body_rows(rect area)
{
	return area.h - 5;
}

static void compare_draw(app *a, rect area)
{
	draw_clear(area);
	const compare_study *c = &a->studies->cmp;
	lang l = a->lang;
	int y = area.y;
	draw_text(y, area.x, area.w, tr(l, "Compare: this scenario (A) with another file (B), B − A"),
		  theme_attr(TH_TITLE));
	draw_key_hints(area, area.y + area.h - 1, l, SCREEN_COMPARE);
	char line[SCN_NAME_MAX + 400];
	const char *name_a = a->cur.scn.name[0] ? a->cur.scn.name : tr(l, "(unnamed scenario)");
	snprintf(line, sizeof line, "A: %s (%s)", name_a,
		 a->path ? a->path : tr(l, "built-in scenario"));
	draw_text(y + 1, area.x, area.w, line, theme_attr(TH_DIM));
	if (!c->ran) {
		draw_text(y + 2, area.x, area.w, tr(l, "B: none yet."), theme_attr(TH_NORMAL));
		size_t off[8], len[8];
		const char *t = tr(l, "Press Enter and type the path of a scenario file, for example scenarios/more-potato-on-paddy.yaml (a variant that extends the built-in scenario).");
		int k = layout_wrap(t, area.w, off, len, 8);
		for (int i = 0; i < k && y + 4 + i < area.y + area.h - 1; i++) {
			char piece[400];
			snprintf(piece, sizeof piece, "%.*s", (int)len[i], t + off[i]);
			draw_text(y + 4 + i, area.x, area.w, piece, theme_attr(TH_NORMAL));
		}
		return;
	}
	const char *name_b = c->scn.name[0] ? c->scn.name : tr(l, "(unnamed scenario)");
	snprintf(line, sizeof line, "B: %s (%s)", name_b, c->path);
	draw_text(y + 2, area.x, area.w, line, theme_attr(TH_TITLE));
	if (!c->built) {
		draw_text(y + 4, area.x, area.w,
			  tr(l, "This scenario's season cannot be computed: nothing to compare."),
			  theme_attr(TH_ERROR));
		return;
	}
	/* The table keeps together on a wide terminal (at most TABLE_MAX columns); the column
	 * after it holds the scroll marks. */
	int tw = table_width(area);
	int w[CC_COUNT], x[CC_COUNT];
	layout_cmp(area, w, x);
	attr_t hdr = theme_attr(TH_HEADER);
	int hy = y + 3;
	view_state *v = &a->view[SCREEN_COMPARE];
	draw_fill(hy, area.x, tw, hdr);
	const char *heads[CC_COUNT] = { tr(l, "Name"), "A", "B", tr(l, "B − A"), tr(l, "Change") };
	for (int col = 0; col < CC_COUNT; col++) {
		int dir = v->sort && abs(v->sort) - 1 == col ? (v->sort > 0 ? 1 : -1) : 0;
		int in = col == CC_NAME;   /* the names stand one column in */
		if (w[col])
			draw_header_cell(hy, x[col] + in, w[col] - in, heads[col], !in, dir, hdr);
	}
	cmp_row *rows = malloc(sizeof *rows * MAX_ROWS);
	int *order = malloc(sizeof *order * MAX_ROWS);
	if (!rows || !order) {
		free(rows);
		free(order);
		return;
	}
	int drawn = collect(a, rows, MAX_ROWS, tw);
	int n = table_rows(a, &cmp_table, v->sort, order, drawn);
	int visible = body_rows(area);
	int cursor = table_settle(a, &cmp_table, order, n, table_pos(order, n, v->row), 1);
	if (n > 0)
		v->row = order[cursor];
	v->top = study_scroll_top(v->top, cursor, table_settle(a, &cmp_table, order, n, 0, 1),
				  table_settle(a, &cmp_table, order, n, n - 1, -1), visible, n);
	for (int i = 0; i < visible && v->top + i < n; i++) {
		if (order[v->top + i] >= drawn)
			continue;   /* drawn at another width than the terminal's: a note row */
		const cmp_row *r = &rows[order[v->top + i]];
		int yy = table_top(area) + i;
		bool sel = v->top + i == cursor;
		if (r->kind == CR_HEADING) {
			draw_text(yy, area.x, tw, r->label, theme_attr(TH_TITLE));
		} else if (r->kind == CR_NOTE) {
			draw_text(yy, area.x, tw, r->label, theme_attr(TH_DIM));
		} else if (r->kind == CR_FIGURE) {
			if (sel)
				draw_fill(yy, area.x, tw, theme_attr(TH_SELECTED));
			draw_figure(a, x, w, yy, r, sel);
		}
	}
	const theme_glyphs *g = theme_glyphs_get();
	if (v->top + visible < n)
		draw_text_right(table_top(area) + visible - 1, area.x, tw + 1, g->down, theme_attr(TH_DIM));
	if (v->top > 0)
		draw_text_right(table_top(area), area.x, tw + 1, g->up, theme_attr(TH_DIM));
	free(order);
	free(rows);
}

/* ---- keys ---- */

static unsigned compare_handle(app *a, action act)
{
	compare_study *c = &a->studies->cmp;
	if (act == ACT_EDIT) {
		char def[256] = "";
		if (c->path[0]) {
			snprintf(def, sizeof def, "%s", c->path);
		} else if (a->path) {
			/* The current scenario's directory, as a start. */
			const char *slash = strrchr(a->path, '/');
			if (slash)
				snprintf(def, sizeof def, "%.*s/", (int)(slash - a->path), a->path);
		}
		app_open_prompt(a, PROMPT_EDIT, tr(a->lang, "Compare with the scenario file:"), def);
		return CHANGED_VIEW;
	}
	return table_handle(a, &cmp_table, act, body_rows(tv_body(a)) - 1);
}

/* A click on a header sorts by its column (again: the other way); on a row selects it. */
static unsigned compare_click(app *a, rect area, int y, int x)
{
	if (!a->studies->cmp.built)
		return CHANGED_NOTHING;
	int w[CC_COUNT], xs[CC_COUNT];
	layout_cmp(area, w, xs);
	if (y == table_top(area) - 1) {
		for (int c = 0; c < CC_COUNT; c++)
			if (w[c] && x >= xs[c] && x < xs[c] + w[c])
				return table_sort_by(a, &cmp_table, c);
		return CHANGED_NOTHING;
	}
	if (y < table_top(area) || y >= table_top(area) + body_rows(area))
		return CHANGED_NOTHING;
	return table_pick(a, &cmp_table, a->view[SCREEN_COMPARE].top + y - table_top(area));
}

static unsigned compare_commit(app *a, const char *text, char *err, size_t err_size)
{
	if (!text[0]) {
		snprintf(err, err_size, "%s", tr(a->lang, "Not loaded: no file name"));
		return CHANGED_NOTHING;
	}
	return compare_load(a, text, err, err_size);
}

const screen_ops screen_compare = {
	.title = "Compare",
	.draw = compare_draw,
	.handle = compare_handle,
	.click = compare_click,
	.commit = compare_commit,
	.sync = compare_sync,
	.table = &cmp_table,
};
