/* test_present.c - the presentation view without a terminal: the block font's widths and
 * rows, the headline figures read from the built-in scenario's state (the same numbers as
 * the district result), and the layout at 60x18 and 80x24 in both languages with every
 * figure's digits whole inside its cell and the window. */
#include "testing.h"
#include "app_fixture.h"

#include <math.h>
#include <string.h>

#include "app.h"
#include "screens.h"
#include "workshop.h"
#include "bigfont.h"
#include "numfmt.h"
#include "present.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "textwidth.h"
#include "utf8.h"

static app *open_builtin(lang l)
{
	app *a = app_fixture_open(l);
	app_fixture_wire_workshop(a);
	CU_ASSERT_TRUE_FATAL(a->cur.ok);
	return a;
}

static void test_bigfont_widths_and_rows(void)
{
	/* Digits 3 blocks, '.' 1, ',' 2, one blank block between glyphs: 3+1+1+1+3+1+3+1+3. */
	CU_ASSERT_EQUAL(bigfont_width("8.765", 1), 17);
	CU_ASSERT_EQUAL(bigfont_width("8.765", 2), 34);
	CU_ASSERT_EQUAL(bigfont_width("0,12", 1), 3 + 1 + 2 + 1 + 3 + 1 + 3);
	CU_ASSERT_EQUAL(bigfont_width("−1", 1), 7);    /* U+2212 is the minus glyph */
	CU_ASSERT_TRUE(bigfont_can_draw("73%"));
	CU_ASSERT_FALSE(bigfont_can_draw("7a"));
	char row[128];
	CU_ASSERT_TRUE(bigfont_row("10", 0, 1, 1, true, row, sizeof row));
	CU_ASSERT_STRING_EQUAL(row, " #  ###");
	CU_ASSERT_TRUE(bigfont_row("10", 4, 1, 1, true, row, sizeof row));
	CU_ASSERT_STRING_EQUAL(row, "### ###");
	/* Doubled blocks: each column twice, each row twice. */
	CU_ASSERT_TRUE(bigfont_row("1", 1, 2, 2, true, row, sizeof row));
	CU_ASSERT_STRING_EQUAL(row, "  ##  ");
	CU_ASSERT_TRUE(bigfont_row("1", 2, 2, 2, true, row, sizeof row));
	CU_ASSERT_STRING_EQUAL(row, "####  ");
	/* Unicode blocks take the same columns. */
	CU_ASSERT_TRUE(bigfont_row("8.765", 0, 2, 1, false, row, sizeof row));
	CU_ASSERT_EQUAL(text_width_n(row, strlen(row)), 34);
	CU_ASSERT_FALSE(bigfont_row("8", 5, 1, 1, true, row, sizeof row));
	CU_ASSERT_FALSE(bigfont_row("888", 0, 1, 1, true, row, 4));
}

static void test_present_figures_are_the_district_results(void)
{
	for (int l = 0; l < 2; l++) {
		app *a = open_builtin((lang)l);
		present_figure f[PRESENT_MAX_FIGS];
		char caption[200];
		int n = present_collect(a, f, caption, sizeof caption);
		CU_ASSERT_EQUAL(n, 4);   /* the built-in has an economy and a target */
		char want[32];
		const district_result *d = &a->cur.result.district;
		CU_ASSERT_STRING_EQUAL(f[0].big, numfmt_number(d->g.output_t, 0, (lang)l, want, sizeof want));
		CU_ASSERT_STRING_EQUAL(f[1].big, numfmt_number(d->g.value_mvnd / 1000.0, 1, (lang)l, want, sizeof want));
		CU_ASSERT_STRING_EQUAL(f[2].big, numfmt_number(d->contribution_pp, 2, (lang)l, want, sizeof want));
		/* No risk run yet: the chance is not known, and says it is being computed. */
		CU_ASSERT_STRING_EQUAL(f[3].big, "--");
		CU_ASSERT_TRUE(isnan(present_chance(a)));
		/* Against a baseline equal to the current state every change is zero. */
		for (int i = 0; i < 3; i++)
			CU_ASSERT_EQUAL(f[i].delta_sign, 0);
		CU_ASSERT_STRING_EQUAL(caption, a->cur.scn.name);
		/* An edit: the output grows and its change says so. */
		app_begin_edit(a);
		a->cur.scn.communes[0].plan[0].area_ha *= 2.0;
		app_end_edit(a);
		present_collect(a, f, caption, sizeof caption);
		CU_ASSERT_EQUAL(f[0].delta_sign, 1);
		CU_ASSERT_PTR_NOT_NULL(strstr(f[0].delta, l == LANG_VI ? "so với mốc" : "vs baseline"));
		app_destroy(a);
	}
}

/* Every figure's digits inside its cell and the window, cells apart, above the caption. */
static void check_layout(int rows, int cols, const present_figure *f, int n, int want_hx)
{
	present_layout L;
	CU_ASSERT_TRUE_FATAL(present_layout_compute(rows, cols, f, n, &L));
	CU_ASSERT_EQUAL(L.n, n);
	CU_ASSERT_EQUAL(L.hx, want_hx);
	CU_ASSERT_EQUAL(L.caption_y, rows - 2);
	for (int i = 0; i < n; i++) {
		const present_cell *c = &L.cell[i];
		CU_ASSERT_EQUAL(c->digits_w, bigfont_width(f[i].big, L.hx));
		CU_ASSERT_TRUE(c->digits_x >= c->x && c->digits_x + c->digits_w <= c->x + c->w);
		CU_ASSERT_TRUE(c->x >= 0 && c->x + c->w <= cols);
		CU_ASSERT_TRUE(c->label_y >= 1 && c->label_y < c->digits_y);
		CU_ASSERT_TRUE(c->digits_y + BIGFONT_ROWS * L.vy <= c->delta_y);
		CU_ASSERT_TRUE(c->delta_y < c->y + c->h && c->delta_y < L.caption_y);
		/* The label and the change are read whole too. */
		CU_ASSERT_TRUE(text_width(f[i].label) <= c->w);
		CU_ASSERT_TRUE(text_width(f[i].delta) <= c->w);
		for (int j = 0; j < i; j++) {
			const present_cell *o = &L.cell[j];
			bool apart = c->x >= o->x + o->w || o->x >= c->x + c->w ||
				     c->y >= o->y + o->h || o->y >= c->y + c->h;
			CU_ASSERT_TRUE(apart);
		}
	}
}

static void test_present_layout_fits_60x18_and_80x24_in_both_languages(void)
{
	for (int l = 0; l < 2; l++) {
		app *a = open_builtin((lang)l);
		present_figure f[PRESENT_MAX_FIGS];
		char caption[200];
		int n = present_collect(a, f, caption, sizeof caption);
		/* The widest the chance can be, and a district ten times as large; changes as long
		 * as they get. */
		snprintf(f[3].big, sizeof f[3].big, "100%%");
		app_begin_edit(a);
		for (size_t c = 0; c < a->cur.scn.n_communes; c++)
			for (size_t i = 0; i < a->cur.scn.communes[c].n_plan; i++)
				a->cur.scn.communes[c].plan[i].area_ha *= 3.0;
		app_end_edit(a);
		present_figure g[PRESENT_MAX_FIGS];
		present_collect(a, g, caption, sizeof caption);
		for (int i = 0; i < 3; i++)
			memcpy(f[i].delta, g[i].delta, sizeof f[i].delta);
		check_layout(18, 60, f, n, 1);
		check_layout(24, 80, f, n, 2);
		numfmt_number(a->cur.result.district.g.output_t * 10.0, 0, (lang)l, f[0].big, sizeof f[0].big);
		check_layout(18, 60, f, n, 1);
		check_layout(24, 80, f, n, 1);   /* "36.370" at double width would not fit */
		/* Below 60x18 it does not lay out (the frame says the window is too small). */
		present_layout L;
		CU_ASSERT_FALSE(present_layout_compute(17, 60, f, n, &L));
		CU_ASSERT_FALSE(present_layout_compute(18, 59, f, n, &L));
		app_destroy(a);
	}
}

VUDONG_SUITE(present)
{
	SUITE_ADD(s, "present");
	TEST_ADD(s, test_bigfont_widths_and_rows);
	TEST_ADD(s, test_present_figures_are_the_district_results);
	TEST_ADD(s, test_present_layout_fits_60x18_and_80x24_in_both_languages);
	return 0;
}
