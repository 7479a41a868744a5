/* test_layout.c - the screens' arithmetic: column widths at 80 and 40 columns, bars in
 * eighths, chart rows, UTF-8 truncation, the calendar's day-to-column mapping, scrolling,
 * the risk screen's distribution bars and the sensitivity screen's tornado rows. */
#include "testing.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "layout.h"
#include "tableview.h"

/* A results-like table: commune (flex), crop, area, sow, harvest, yield, status. */
static const layout_col table[] = {
	{ .min = 10, .pref = 20, .priority = 9, .flex = true },   /* commune */
	{ .min = 8,  .pref = 12, .priority = 8 },                 /* crop */
	{ .min = 7,  .pref = 8,  .priority = 7 },                 /* area */
	{ .min = 5,  .pref = 10, .priority = 5 },                 /* sow */
	{ .min = 5,  .pref = 10, .priority = 4 },                 /* harvest */
	{ .min = 6,  .pref = 7,  .priority = 6 },                 /* yield */
	{ .min = 10, .pref = 16, .priority = 3 },                 /* status */
};
#define NCOLS ((int)(sizeof table / sizeof table[0]))

static void test_layout_columns_fill_80_by_priority(void)
{
	/* Minimums 51 + 6 gaps = 57 <= 80: all kept. The 23 spare columns go by priority:
	 * commune +10 (13 left), crop +4 (9), area +1 (8), yield +1 (7), sow +5 (2),
	 * harvest +2 (0); status keeps its minimum. 20+12+8+10+7+7+10 + 6 = 80. */
	int w[NCOLS];
	CU_ASSERT_EQUAL(layout_columns(table, NCOLS, 80, 1, w), 7);
	int expect[NCOLS] = { 20, 12, 8, 10, 7, 7, 10 };
	for (int i = 0; i < NCOLS; i++)
		CU_ASSERT_EQUAL(w[i], expect[i]);
	CU_ASSERT_EQUAL(layout_column_x(w, NCOLS, 1, 6), 80 - 10);
}

static void test_layout_columns_drop_low_priority_at_40(void)
{
	/* 57 > 40: drop status (priority 3) -> 41 + 5 = 46 > 40; drop harvest (4) -> 36 + 4 = 40. */
	int w[NCOLS];
	CU_ASSERT_EQUAL(layout_columns(table, NCOLS, 40, 1, w), 5);
	int expect[NCOLS] = { 10, 8, 7, 5, 0, 6, 0 };
	for (int i = 0; i < NCOLS; i++)
		CU_ASSERT_EQUAL(w[i], expect[i]);
	/* A dropped column takes no room: yield starts right after sow. */
	CU_ASSERT_EQUAL(layout_column_x(w, NCOLS, 1, 5), 10 + 1 + 8 + 1 + 7 + 1 + 5 + 1);
}

static void test_layout_columns_give_spare_room_to_flex(void)
{
	/* At 132 every column has its pref (83 + 6 = 89): 43 spare go to the flex commune. */
	int w[NCOLS];
	layout_columns(table, NCOLS, 132, 1, w);
	CU_ASSERT_EQUAL(w[0], 20 + 43);
	int sum = 6;
	for (int i = 0; i < NCOLS; i++)
		sum += w[i];
	CU_ASSERT_EQUAL(sum, 132);
}

static void test_layout_bar_lengths_are_exact_in_eighths(void)
{
	/* 1/3 of 10 cells = 80/3 = 26.67 eighths -> 27; half of 7 cells = 28 eighths. */
	CU_ASSERT_EQUAL(layout_bar_eighths(1.0, 3.0, 10), 27);
	CU_ASSERT_EQUAL(layout_bar_eighths(50.0, 100.0, 7), 28);
	CU_ASSERT_EQUAL(layout_bar_eighths(100.0, 100.0, 7), 56);
	CU_ASSERT_EQUAL(layout_bar_eighths(250.0, 100.0, 7), 56);   /* clamps at full */
	CU_ASSERT_EQUAL(layout_bar_eighths(0.06, 1.0, 1), 0);       /* 0.48 eighth -> 0 */
	CU_ASSERT_EQUAL(layout_bar_eighths(0.07, 1.0, 1), 1);       /* 0.56 eighth -> 1 */
	CU_ASSERT_EQUAL(layout_bar_eighths(-5.0, 100.0, 7), 0);
	CU_ASSERT_EQUAL(layout_bar_eighths(5.0, 0.0, 7), 0);
}

static void test_layout_chart_rows_scale_and_clamp(void)
{
	/* 0..30 on 11 rows: 3 units a row; 15 -> 5 rows up from the bottom row 10 = row 5. */
	CU_ASSERT_EQUAL(layout_chart_row(15.0, 0.0, 30.0, 11), 5);
	CU_ASSERT_EQUAL(layout_chart_row(0.0, 0.0, 30.0, 11), 10);
	CU_ASSERT_EQUAL(layout_chart_row(30.0, 0.0, 30.0, 11), 0);
	CU_ASSERT_EQUAL(layout_chart_row(4.4, 0.0, 30.0, 11), 9);    /* 1.47 rows -> 1 */
	CU_ASSERT_EQUAL(layout_chart_row(-5.0, 0.0, 30.0, 11), 10);
	CU_ASSERT_EQUAL(layout_chart_row(40.0, 0.0, 30.0, 11), 0);
}

static void test_layout_nice_range_rounds_outwards(void)
{
	/* 1.3..28.7 in about 5 steps: 5.48 a step -> 10 -> 0..30. */
	double lo, hi, step;
	layout_nice_range(1.3, 28.7, 5, &lo, &hi, &step);
	CU_ASSERT_DOUBLE_EQUAL(step, 10.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(lo, 0.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(hi, 30.0, 1e-12);
	/* -2.5..11 in 4: 3.375 -> 5 -> -5..15. */
	layout_nice_range(-2.5, 11.0, 4, &lo, &hi, &step);
	CU_ASSERT_DOUBLE_EQUAL(step, 5.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(lo, -5.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(hi, 15.0, 1e-12);
}

static void test_layout_truncates_vietnamese_to_display_columns(void)
{
	char out[64];
	/* "Thị trấn Bình Liêu": each letter one column, so 8 columns = "Thị trấn". */
	CU_ASSERT_EQUAL(layout_text_width("Thị trấn Bình Liêu"), 18);
	CU_ASSERT_EQUAL(layout_truncate("Thị trấn Bình Liêu", 8, false, false, out, sizeof out), 8);
	CU_ASSERT_STRING_EQUAL(out, "Thị trấn");
	CU_ASSERT_EQUAL(layout_truncate("Thị trấn Bình Liêu", 8, true, false, out, sizeof out), 8);
	CU_ASSERT_STRING_EQUAL(out, "Thị trấ\xe2\x80\xa6");
	CU_ASSERT_EQUAL(layout_truncate("Thị trấn Bình Liêu", 8, true, true, out, sizeof out), 8);
	CU_ASSERT_STRING_EQUAL(out, "Thị trấ~");
	/* Text that fits is copied whole, without a mark. */
	CU_ASSERT_EQUAL(layout_truncate("Khoai tây", 20, true, false, out, sizeof out), 9);
	CU_ASSERT_STRING_EQUAL(out, "Khoai tây");
}

static void test_layout_keeps_combining_marks_with_their_letter(void)
{
	/* Decomposed "Thị": T h i U+0323 (combining dot below) is 3 columns, 5 bytes. */
	const char *nfd = "Thi\xcc\xa3 tr";
	CU_ASSERT_EQUAL(layout_text_width(nfd), 6);
	int used;
	CU_ASSERT_EQUAL(layout_fit_bytes(nfd, 3, &used), 5u);
	CU_ASSERT_EQUAL(used, 3);
	/* A buffer too small for the text cuts at a character boundary: "Th" + "ị" needs 6. */
	char small[5];
	layout_truncate("Thị trấn", 20, false, false, small, sizeof small);
	CU_ASSERT_STRING_EQUAL(small, "Th");
}

static void test_layout_calendar_maps_days_to_columns(void)
{
	vd_date first = date_from_ymd(2020, 10, 1), last = date_from_ymd(2021, 3, 31);
	/* 182 days in 91 columns: two days a column. */
	CU_ASSERT_EQUAL(last - first + 1, 182);
	CU_ASSERT_EQUAL(layout_day_to_col(first, first, last, 91), 0);
	CU_ASSERT_EQUAL(layout_day_to_col(first + 1, first, last, 91), 0);
	CU_ASSERT_EQUAL(layout_day_to_col(first + 2, first, last, 91), 1);
	CU_ASSERT_EQUAL(layout_day_to_col(last, first, last, 91), 90);
	CU_ASSERT_EQUAL(layout_day_to_col(first - 10, first, last, 91), 0);   /* clamps */
	CU_ASSERT_EQUAL(layout_day_to_col(last + 10, first, last, 91), 90);
	CU_ASSERT_EQUAL(layout_col_to_day(1, first, last, 91), first + 2);
	/* Every day lies in the column whose first day is at or before it, and before the
	 * next column's first day (at 60 columns: 3.03 days a column, uneven). */
	for (vd_date t = first; t <= last; t++) {
		int c = layout_day_to_col(t, first, last, 60);
		CU_ASSERT_TRUE(layout_col_to_day(c, first, last, 60) <= t);
		if (c + 1 < 60)
			CU_ASSERT_TRUE(layout_col_to_day(c + 1, first, last, 60) > t);
	}
	/* Fewer days than columns: 10 days in 40 columns, four columns a day. */
	CU_ASSERT_EQUAL(layout_day_to_col(first + 1, first, first + 9, 40), 4);
	CU_ASSERT_EQUAL(layout_day_to_col(first + 9, first, first + 9, 40), 36);
	CU_ASSERT_EQUAL(layout_days_per_col(242, 72), 4);   /* ceil(242 / 72) = 3.36 -> 4 */
	CU_ASSERT_EQUAL(layout_days_per_col(60, 72), 1);
}

static void test_layout_scroll_keeps_cursor_visible(void)
{
	CU_ASSERT_EQUAL(layout_scroll_top(0, 5, 10, 30), 0);
	CU_ASSERT_EQUAL(layout_scroll_top(0, 12, 10, 30), 3);
	CU_ASSERT_EQUAL(layout_scroll_top(8, 4, 10, 30), 4);
	CU_ASSERT_EQUAL(layout_scroll_top(25, 29, 10, 30), 20);   /* no empty rows at the end */
	CU_ASSERT_EQUAL(layout_scroll_top(5, 2, 10, 4), 0);
	CU_ASSERT_EQUAL(layout_clamp(7, 0, 3), 3);
	CU_ASSERT_EQUAL(layout_clamp(-1, 0, 3), 0);
	CU_ASSERT_EQUAL(layout_clamp(2, 0, -1), 0);
}

static void test_layout_table_fits_80x24_and_40x12(void)
{
	/* The body of an 80x24 terminal is 80x21 (frame_body); a table with a unit line has two
	 * header rows, and 2 reserved lines leave 17 data rows. At 40x12 (body 40x9): 5 rows. */
	static const tv_column cols[] = {
		{ "Crop", NULL, { 9, 12, 9, true }, false, false, NULL },
		{ "Area", "ha", { 5, 6, 8, false }, true, true, NULL },
		{ "Yield", "t/ha", { 5, 6, 10, false }, true, false, NULL },
		{ "Status", NULL, { 12, 30, 4, true }, false, false, NULL },
		{ "Land", NULL, { 6, 8, 3, false }, false, true, NULL },
	};
	tv_layout t;
	rect body80 = { 1, 0, 21, 80 };
	tv_layout_compute(cols, 5, body80, 2, &t);
	CU_ASSERT_EQUAL(t.header_rows, 2);
	CU_ASSERT_EQUAL(t.body_rows, 17);
	/* Everything fits at 80: prefs 12+6+6+30+8 + 4 gaps = 66, 14 spare to the two flex
	 * columns (7 each). */
	CU_ASSERT_EQUAL(t.w[0], 12 + 7);
	CU_ASSERT_EQUAL(t.w[3], 30 + 7);
	CU_ASSERT_EQUAL(t.x[1], 0 + 19 + 1);
	rect body40 = { 1, 0, 9, 40 };
	tv_layout_compute(cols, 5, body40, 2, &t);
	CU_ASSERT_EQUAL(t.body_rows, 5);
	/* Minimums 9+5+5+12+6 + 4 = 41 > 40: the land column (priority 3) goes; then 9+5+5+12
	 * + 3 = 34, 6 spare: yield and crop to pref first (+1, +3), area +1, status +1. */
	CU_ASSERT_EQUAL(t.w[4], 0);
	CU_ASSERT_EQUAL(t.w[0] + t.w[1] + t.w[2] + t.w[3] + 3, 40);
	CU_ASSERT_EQUAL(tv_col_at(&t, 0), 0);
	CU_ASSERT_EQUAL(tv_col_at(&t, t.x[3]), 3);
	/* The land column is not shown: moving right from the area skips to nothing. */
	CU_ASSERT_EQUAL(tv_next_col(cols, &t, 1, +1), 1);
	/* Row 0 of the data is on screen row 1 + 2 header rows = 3. */
	CU_ASSERT_EQUAL(tv_row_at(&t, 0, 10, 3), 0);
	CU_ASSERT_EQUAL(tv_row_at(&t, 4, 10, 4), 5);
	CU_ASSERT_EQUAL(tv_row_at(&t, 0, 10, 2), -1);   /* a header row */
}

static void test_layout_wraps_text_at_spaces(void)
{
	size_t off[4], len[4];
	/* "Hệ số cây trồng giai đoạn đầu" in 12 columns: "Hệ số cây" (9) + "trồng" would be 15. */
	const char *s = "Hệ số cây trồng giai đoạn đầu";
	int n = layout_wrap(s, 12, off, len, 4);
	CU_ASSERT_EQUAL(n, 3);
	char line[64];
	snprintf(line, sizeof line, "%.*s", (int)len[0], s + off[0]);
	CU_ASSERT_STRING_EQUAL(line, "Hệ số cây");
	snprintf(line, sizeof line, "%.*s", (int)len[1], s + off[1]);
	CU_ASSERT_STRING_EQUAL(line, "trồng giai");
	snprintf(line, sizeof line, "%.*s", (int)len[2], s + off[2]);
	CU_ASSERT_STRING_EQUAL(line, "đoạn đầu");
	/* A word longer than the line is cut. */
	CU_ASSERT_EQUAL(layout_wrap("abcdefghij", 4, off, len, 4), 3);
	CU_ASSERT_EQUAL(len[2], 2u);
}

/* ---- distribution bars and tornado rows (risk and sensitivity screens) ---- */

static void test_layout_distribution_bar_positions(void)
{
	/* 21 columns over 0..100: col = round(v / 100 x 20): min 20 -> 4, P10 35 -> 7,
	 * P50 52 -> round(10.4) = 10, P90 80 -> 16, max 100 -> 20. */
	layout_dist d;
	CU_ASSERT_TRUE_FATAL(layout_dist_bar(20, 35, 52, 80, 100, 0, 100, 21, &d));
	CU_ASSERT_EQUAL(d.min, 4);
	CU_ASSERT_EQUAL(d.p10, 7);
	CU_ASSERT_EQUAL(d.p50, 10);
	CU_ASSERT_EQUAL(d.p90, 16);
	CU_ASSERT_EQUAL(d.max, 20);
	unsigned char c[21];
	layout_dist_cells(&d, 21, c);
	static const unsigned char expect[21] = {
		DIST_NONE, DIST_NONE, DIST_NONE, DIST_NONE, DIST_END, DIST_WHISKER, DIST_WHISKER,
		DIST_BOX, DIST_BOX, DIST_BOX, DIST_MEDIAN, DIST_BOX, DIST_BOX, DIST_BOX, DIST_BOX,
		DIST_BOX, DIST_BOX, DIST_WHISKER, DIST_WHISKER, DIST_WHISKER, DIST_END,
	};
	CU_ASSERT_EQUAL(memcmp(c, expect, sizeof expect), 0);
	/* 12.5 of 100 on 21 columns is 2.5: rounded away from zero to 3; values past the axis
	 * clamp to its ends. */
	CU_ASSERT_TRUE(layout_dist_bar(-5, 12.5, 12.5, 12.5, 250, 0, 100, 21, &d));
	CU_ASSERT_EQUAL(d.min, 0);
	CU_ASSERT_EQUAL(d.p10, 3);
	CU_ASSERT_EQUAL(d.max, 20);
	/* A box over the min hides its end; the median is drawn over the box. */
	CU_ASSERT_TRUE(layout_dist_bar(0, 0, 50, 100, 100, 0, 100, 5, &d));
	layout_dist_cells(&d, 5, c);
	CU_ASSERT_EQUAL(c[0], DIST_BOX);
	CU_ASSERT_EQUAL(c[2], DIST_MEDIAN);
	CU_ASSERT_EQUAL(c[4], DIST_BOX);
	/* Nothing to draw: a NaN (no economy), an empty axis, no room. */
	CU_ASSERT_FALSE(layout_dist_bar(NAN, 1, 2, 3, 4, 0, 10, 20, &d));
	CU_ASSERT_FALSE(layout_dist_bar(0, 0, 0, 0, 0, 0, 0, 20, &d));
	CU_ASSERT_FALSE(layout_dist_bar(1, 2, 3, 4, 5, 0, 10, 0, &d));
}

static void test_layout_tornado_bar_lengths(void)
{
	/* half 25 cells for the largest change 100: -10 -> 2.5 -> 3 (away from zero), 4 -> 1,
	 * 1.9 -> 0.475 -> 0, beyond the largest clamps to 25. */
	CU_ASSERT_EQUAL(layout_tornado_len(-10, 100, 25), 3);
	CU_ASSERT_EQUAL(layout_tornado_len(4, 100, 25), 1);
	CU_ASSERT_EQUAL(layout_tornado_len(1.9, 100, 25), 0);
	CU_ASSERT_EQUAL(layout_tornado_len(-100, 100, 25), 25);
	CU_ASSERT_EQUAL(layout_tornado_len(150, 100, 25), 25);
	CU_ASSERT_EQUAL(layout_tornado_len(NAN, 100, 25), 0);
	CU_ASSERT_EQUAL(layout_tornado_len(5, 0, 25), 0);
	/* The built-in's price row at ±10 % (vudong sensitivity): value 19736.2 and 24122.0
	 * around 21929.1, so -2192.9 and +2192.9, the largest change: both sides full. */
	CU_ASSERT_EQUAL(layout_tornado_len(19736.2 - 21929.1, 2192.9, 12), 12);
	/* Its rain row: 21466.5 and 22106.2, so -462.6 -> 2.53 -> 3 and +177.1 -> 0.97 -> 1. */
	CU_ASSERT_EQUAL(layout_tornado_len(21466.5 - 21929.1, 2192.9, 12), 3);
	CU_ASSERT_EQUAL(layout_tornado_len(22106.2 - 21929.1, 2192.9, 12), 1);
}

static void test_layout_tornado_row_cells(void)
{
	/* half 5 (11 cells, the axis at 5); low run -60 -> 3 cells left, high run +100 -> 5
	 * right. */
	unsigned char c[11];
	layout_tornado_cells(-60, 100, 100, 5, c);
	static const unsigned char apart[11] = {
		TORNADO_NONE, TORNADO_NONE, TORNADO_LOW, TORNADO_LOW, TORNADO_LOW, TORNADO_AXIS,
		TORNADO_HIGH, TORNADO_HIGH, TORNADO_HIGH, TORNADO_HIGH, TORNADO_HIGH,
	};
	CU_ASSERT_EQUAL(memcmp(c, apart, sizeof apart), 0);
	/* Both lower (Kc mid-season up and down can both cut the value): the high run's 5
	 * cells first, the low run's 2 over their inner end, so both show. */
	layout_tornado_cells(-40, -100, 100, 5, c);
	static const unsigned char same[11] = {
		TORNADO_HIGH, TORNADO_HIGH, TORNADO_HIGH, TORNADO_LOW, TORNADO_LOW, TORNADO_AXIS,
		TORNADO_NONE, TORNADO_NONE, TORNADO_NONE, TORNADO_NONE, TORNADO_NONE,
	};
	CU_ASSERT_EQUAL(memcmp(c, same, sizeof same), 0);
	/* No change at all: only the axis. */
	layout_tornado_cells(0, 0, 100, 5, c);
	for (int i = 0; i < 11; i++)
		CU_ASSERT_EQUAL(c[i], i == 5 ? TORNADO_AXIS : TORNADO_NONE);
}

VUDONG_SUITE(layout)
{
	SUITE_ADD(s, "layout");
	TEST_ADD(s, test_layout_columns_fill_80_by_priority);
	TEST_ADD(s, test_layout_columns_drop_low_priority_at_40);
	TEST_ADD(s, test_layout_columns_give_spare_room_to_flex);
	TEST_ADD(s, test_layout_bar_lengths_are_exact_in_eighths);
	TEST_ADD(s, test_layout_chart_rows_scale_and_clamp);
	TEST_ADD(s, test_layout_nice_range_rounds_outwards);
	TEST_ADD(s, test_layout_truncates_vietnamese_to_display_columns);
	TEST_ADD(s, test_layout_keeps_combining_marks_with_their_letter);
	TEST_ADD(s, test_layout_calendar_maps_days_to_columns);
	TEST_ADD(s, test_layout_scroll_keeps_cursor_visible);
	TEST_ADD(s, test_layout_table_fits_80x24_and_40x12);
	TEST_ADD(s, test_layout_wraps_text_at_spaces);
	TEST_ADD(s, test_layout_distribution_bar_positions);
	TEST_ADD(s, test_layout_tornado_bar_lengths);
	TEST_ADD(s, test_layout_tornado_row_cells);
	return 0;
}
