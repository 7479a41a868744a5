/* test_frame.c - the frame's pure layouts: the top bar's tabs at 160, 132, 80 and 40 columns
 * in both languages, clicks on the tabs, the body's rectangle, and the "too small" limit; and
 * the interface catalogue's Vietnamese keeping every printf conversion of its English. */
#include "testing.h"

#include <string.h>

#include "frame.h"
#include "i18n.h"
#include "screens.h"
#include "textwidth.h"
#include "utf8.h"

/* Tabs in order, not overlapping, inside width; the current one always shows its title. */
static void check_topbar(lang l, int width, screen_id active, topbar_layout *t)
{
	frame_layout_topbar(screens, l, width, active, t);
	int end = 0;
	for (int s = 0; s < SCREEN_COUNT; s++) {
		if (t->tabs[s].w == 0)
			continue;
		CU_ASSERT_TRUE(t->tabs[s].x >= end);
		end = t->tabs[s].x + t->tabs[s].w;
		CU_ASSERT_EQUAL(frame_tab_at(t, t->tabs[s].x), s);
		CU_ASSERT_EQUAL(frame_tab_at(t, end - 1), s);
	}
	CU_ASSERT_TRUE(end <= width);
	CU_ASSERT_TRUE(t->tabs[active].full);
	CU_ASSERT_TRUE(t->tabs[active].w > 0);
	CU_ASSERT_EQUAL(t->name_x + t->name_w, width);
}

static int marker_width(lang l)
{
	return text_width(frame_unsaved_marker(l, false));
}

static void test_frame_topbar_shows_every_title_and_the_name_when_wide(void)
{
	/* Ten tabs " N Title ": English 10 x 4 + 65 title columns = 105, with a space, 20 for
	 * the name and 11 for " [modified]" 137; Vietnamese 40 + 77 = 117, and 147. */
	topbar_layout t;
	for (int l = LANG_VI; l <= LANG_EN; l++) {
		check_topbar((lang)l, 160, SCREEN_PLAN, &t);
		for (int s = 0; s < SCREEN_COUNT; s++)
			CU_ASSERT_TRUE(t.tabs[s].full);
		CU_ASSERT_TRUE(t.name_shown);
		CU_ASSERT_TRUE(t.name_w >= 20 + marker_width((lang)l));
	}
}

static void test_frame_topbar_at_132_columns_shows_every_title(void)
{
	/* 137 and 147 > 132: the name goes to the status line; 105 + 1 + 11 = 117 and
	 * 117 + 1 + 9 = 127 fit, so every tab keeps " N Title " and the long marker. */
	topbar_layout t;
	check_topbar(LANG_EN, 132, SCREEN_RISK, &t);
	for (int s = 0; s < SCREEN_COUNT; s++)
		CU_ASSERT_TRUE(t.tabs[s].full && t.tabs[s].pad_right);
	CU_ASSERT_FALSE(t.name_shown);
	CU_ASSERT_FALSE(t.short_marker);
	CU_ASSERT_EQUAL(t.tabs[SCREEN_COMPARE].x + t.tabs[SCREEN_COMPARE].w, 105);
	check_topbar(LANG_VI, 132, SCREEN_RISK, &t);
	CU_ASSERT_EQUAL(t.tabs[SCREEN_COMPARE].x + t.tabs[SCREEN_COMPARE].w, 117);
	CU_ASSERT_FALSE(t.short_marker);
}

/* The tabs' (x, w) against a hand-made list. */
static void expect_tabs(const topbar_layout *t, const int (*xw)[2])
{
	for (int s = 0; s < SCREEN_COUNT; s++) {
		CU_ASSERT_EQUAL(t->tabs[s].x, xw[s][0]);
		CU_ASSERT_EQUAL(t->tabs[s].w, xw[s][1]);
		CU_ASSERT_EQUAL(t->tabs[s].full, xw[s][1] > 3);
	}
}

static void test_frame_topbar_at_80_columns_names_the_neighbours(void)
{
	/* Every title with " N Title" takes 10 x 3 + 65 = 95 > 80 (English): the current tab
	 * and its neighbours show titles, the rest " N ", in 80 - 2 ("*" and a space) = 78.
	 * From Overview (11): 11 + 9 x 3 = 38; + Plan 4, Crops 5, Weather 7, Results 7,
	 * Calendar 8, Help 4, Risk 4 = 77; + Sensitivity 11 = 88 > 78 stops. */
	static const int en1[SCREEN_COUNT][2] = {
		{ 0, 11 }, { 11, 7 }, { 18, 8 }, { 26, 10 }, { 36, 10 }, { 46, 11 }, { 57, 7 },
		{ 64, 7 }, { 71, 3 }, { 74, 3 },
	};
	topbar_layout t;
	check_topbar(LANG_EN, 80, SCREEN_OVERVIEW, &t);
	expect_tabs(&t, en1);
	CU_ASSERT_TRUE(t.short_marker);
	CU_ASSERT_FALSE(t.name_shown);
	/* From Sensitivity (14): 14 + 27 = 41; Compare +7, Risk +4, Help +4, Calendar +8,
	 * Results +7, Weather +7 = 78 <= 78; Crops +5 = 83 stops the left side too. */
	static const int en9[SCREEN_COUNT][2] = {
		{ 0, 3 }, { 3, 3 }, { 6, 3 }, { 9, 10 }, { 19, 10 }, { 29, 11 }, { 40, 7 },
		{ 47, 7 }, { 54, 14 }, { 68, 10 },
	};
	check_topbar(LANG_EN, 80, SCREEN_SENSITIVITY, &t);
	expect_tabs(&t, en9);
	/* Vietnamese from Tổng quan (12): 12 + 27 = 39; Kế hoạch +8, Cây trồng +9, Thời tiết
	 * +9, Kết quả +7 = 72; Lịch vụ +7 = 79 > 78 stops. */
	static const int vi1[SCREEN_COUNT][2] = {
		{ 0, 12 }, { 12, 11 }, { 23, 12 }, { 35, 12 }, { 47, 10 }, { 57, 3 }, { 60, 3 },
		{ 63, 3 }, { 66, 3 }, { 69, 3 },
	};
	check_topbar(LANG_VI, 80, SCREEN_OVERVIEW, &t);
	expect_tabs(&t, vi1);
	/* A click on a number-only tab still picks that screen. */
	CU_ASSERT_EQUAL(frame_tab_at(&t, 70), SCREEN_COMPARE);
	CU_ASSERT_EQUAL(frame_tab_at(&t, 72), -1);
}

static void test_frame_topbar_keeps_room_for_the_marker_at_80_columns(void)
{
	topbar_layout t;
	for (int l = LANG_VI; l <= LANG_EN; l++)
		for (int active = 0; active < SCREEN_COUNT; active++) {
			check_topbar((lang)l, 80, (screen_id)active, &t);
			/* The unsaved marker fits whatever the level chosen. */
			CU_ASSERT_TRUE(t.name_w >= (t.short_marker ? 1 : marker_width((lang)l) + 1));
		}
}

static void test_frame_topbar_goes_compact_at_40_columns(void)
{
	topbar_layout t;
	check_topbar(LANG_VI, 40, SCREEN_WEATHER, &t);
	for (int s = 0; s < SCREEN_COUNT; s++)
		if (s != SCREEN_WEATHER) {
			CU_ASSERT_FALSE(t.tabs[s].full);
			CU_ASSERT_EQUAL(t.tabs[s].w, 3);   /* " N " */
		}
	CU_ASSERT_EQUAL(frame_tab_at(&t, 39), -1);  /* the name's part is no tab */
	CU_ASSERT_EQUAL(frame_tab_at(&t, -1), -1);
}

static void test_frame_body_lies_between_the_bars(void)
{
	/* Row 0 the top bar, rows-2 the status line, rows-1 the key bar. */
	rect r = layout_body(24, 80);
	CU_ASSERT_EQUAL(r.y, 1);
	CU_ASSERT_EQUAL(r.h, 21);
	CU_ASSERT_EQUAL(r.x, 0);
	CU_ASSERT_EQUAL(r.w, 80);
	r = layout_body(43, 132);
	CU_ASSERT_EQUAL(r.h, 40);
	CU_ASSERT_TRUE(layout_too_small(23, 80));
	CU_ASSERT_TRUE(layout_too_small(24, 79));
	CU_ASSERT_FALSE(layout_too_small(24, 80));
}

/* The printf conversions of a format, e.g. "%s%zu" for "Saved %s (%zu)". */
static void conversions(const char *fmt, char *out, size_t size)
{
	size_t n = 0;
	for (const char *p = fmt; *p && n + 4 < size; p++) {
		if (*p != '%')
			continue;
		p++;
		if (*p == '%')
			continue;
		out[n++] = '%';
		while (*p && strchr("0123456789.-+ #lzhjt*", *p) && n + 2 < size)
			out[n++] = *p++;
		if (*p)
			out[n++] = *p;
		else
			break;
	}
	out[n] = 0;
}

static void test_frame_ui_catalogue_keeps_the_conversions(void)
{
	/* Only messages used as formats (their English has a conversion); a unit such as
	 * "điểm %" is plain text. */
	for (const tr_entry *e = tr_catalogue_ui; e->en; e++) {
		char a[64], b[64];
		if (!strchr(e->en, '%'))
			continue;
		conversions(e->en, a, sizeof a);
		conversions(e->vi, b, sizeof b);
		if (strcmp(a, b) != 0)
			fprintf(stderr, "\n  conversions differ: \"%s\" / \"%s\"", e->en, e->vi);
		CU_ASSERT_STRING_EQUAL(a, b);
	}
}

static void test_frame_ui_catalogue_has_each_message_once(void)
{
	/* tr() takes the first entry (the report catalogue before this one): a second entry
	 * for the same English would be dead, or worse, silently different. */
	for (const tr_entry *e = tr_catalogue_ui; e->en; e++) {
		for (const tr_entry *f = e + 1; f->en; f++)
			if (strcmp(e->en, f->en) == 0) {
				fprintf(stderr, "\n  twice in the interface catalogue: \"%s\"", e->en);
				CU_FAIL("a message is in the interface catalogue twice");
			}
		for (const tr_entry *r = tr_catalogue_report; r->en; r++)
			if (strcmp(e->en, r->en) == 0 && strcmp(e->vi, r->vi) != 0) {
				fprintf(stderr, "\n  translated differently in the two catalogues: \"%s\"", e->en);
				CU_FAIL("a message has two different translations");
			}
	}
}

VUDONG_SUITE(frame)
{
	SUITE_ADD(s, "frame");
	TEST_ADD(s, test_frame_topbar_shows_every_title_and_the_name_when_wide);
	TEST_ADD(s, test_frame_topbar_at_132_columns_shows_every_title);
	TEST_ADD(s, test_frame_topbar_at_80_columns_names_the_neighbours);
	TEST_ADD(s, test_frame_topbar_keeps_room_for_the_marker_at_80_columns);
	TEST_ADD(s, test_frame_topbar_goes_compact_at_40_columns);
	TEST_ADD(s, test_frame_body_lies_between_the_bars);
	TEST_ADD(s, test_frame_ui_catalogue_keeps_the_conversions);
	TEST_ADD(s, test_frame_ui_catalogue_has_each_message_once);
	return 0;
}
