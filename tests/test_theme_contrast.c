/* test_theme_contrast.c - every text role of every colour theme keeps WCAG 4.5 : 1 against
 * its own background on the xterm, Tango and Campbell palettes, with and without bold shown
 * as bright, with and without the screens' emphasis; the contrast formula against WebAIM's
 * published figures; the theme names. */
#include "testing.h"

#include <math.h>
#include <stdio.h>

#include "palette.h"
#include "theme_spec.h"

static const palette *find_palette(const char *name)
{
	for (size_t i = 0; i < palette_count; i++)
		if (palettes[i].name[0] == name[0])
			return &palettes[i];
	return NULL;
}

static void test_contrast_formula_matches_wcag_reference_values(void)
{
	palette_rgb black = { 0, 0, 0 }, white = { 255, 255, 255 };
	palette_rgb grey76 = { 0x76, 0x76, 0x76 }, grey77 = { 0x77, 0x77, 0x77 };
	/* WCAG 2: black on white is 21 : 1; WebAIM's contrast checker gives #767676 on white
	 * 4.54 : 1 (the lightest grey passing AA) and #777777 4.48 : 1. */
	CU_ASSERT_DOUBLE_EQUAL(palette_contrast(black, white), 21.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(palette_contrast(white, black), 21.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(palette_contrast(grey76, white), 4.54, 0.005);
	CU_ASSERT_DOUBLE_EQUAL(palette_contrast(grey77, white), 4.48, 0.005);
	CU_ASSERT_DOUBLE_EQUAL(palette_luminance(white), 1.0, 1e-12);
}

static void test_contrast_old_defaults_fail_on_white(void)
{
	/* The measurements: xterm's yellow and cyan on white are far below 4.5. */
	const palette *x = find_palette("xterm");
	CU_ASSERT_PTR_NOT_NULL_FATAL(x);
	CU_ASSERT_TRUE(palette_contrast(x->colour[11], x->colour[15]) < 1.2);   /* bold yellow */
	CU_ASSERT_TRUE(palette_contrast(x->colour[14], x->colour[15]) < 1.3);   /* bold cyan */
	CU_ASSERT_TRUE(palette_contrast(x->colour[3], x->colour[15]) < 2.0);
}

static void test_contrast_every_role_of_every_theme_reaches_4_5(void)
{
	int checked = 0;
	for (int t = 0; t < THEME_COUNT; t++) {
		const theme_spec *s = theme_spec_get((theme_id)t);
		if (!s->colour)
			continue;
		for (int r = 0; r < TH_COUNT; r++) {
			unsigned extras[2] = { 0, s->emphasis };
			for (int e = 0; e < 2; e++) {
				double c = theme_spec_min_contrast((theme_id)t, (theme_role)r, extras[e]);
				if (c < 4.5)
					fprintf(stderr, "\ntheme %s role %d extra %u: %.2f : 1\n", s->name, r,
						extras[e], c);
				CU_ASSERT_TRUE(c >= 4.5);
				checked++;
			}
		}
	}
	CU_ASSERT_EQUAL(checked, 3 * TH_COUNT * 2);
}

static void test_contrast_light_themes_paint_a_light_ground_and_no_bold_colour(void)
{
	const palette *x = find_palette("xterm");
	theme_id light[2] = { THEME_LIGHT, THEME_CONTRAST };
	for (int i = 0; i < 2; i++) {
		const theme_spec *s = theme_spec_get(light[i]);
		/* The ground is white on every palette: luminance above 0.8. */
		for (size_t p = 0; p < palette_count; p++)
			CU_ASSERT_TRUE(palette_luminance(palettes[p].colour[s->role[TH_NORMAL].bg]) > 0.8);
		for (int r = 0; r < TH_COUNT; r++)
			if (s->role[r].fg < 8)
				CU_ASSERT_FALSE(s->role[r].attrs & TS_BOLD);
	}
	/* Contrast: black on white, 21 : 1 on xterm. */
	int fg, bg;
	CU_ASSERT_TRUE(theme_spec_cell(THEME_CONTRAST, TH_NORMAL, 0, false, &fg, &bg));
	CU_ASSERT_DOUBLE_EQUAL(palette_contrast(x->colour[fg], x->colour[bg]), 21.0, 1e-9);
	/* Reverse video swaps them. */
	CU_ASSERT_TRUE(theme_spec_cell(THEME_CONTRAST, TH_SELECTED, 0, false, &fg, &bg));
	CU_ASSERT_EQUAL(fg, 15);
	CU_ASSERT_EQUAL(bg, 0);
}

static void test_theme_names_parse_and_mono_has_no_colours(void)
{
	CU_ASSERT_EQUAL(theme_parse("dark"), THEME_DARK);
	CU_ASSERT_EQUAL(theme_parse("light"), THEME_LIGHT);
	CU_ASSERT_EQUAL(theme_parse("contrast"), THEME_CONTRAST);
	CU_ASSERT_EQUAL(theme_parse("mono"), THEME_MONO);
	CU_ASSERT_EQUAL(theme_parse("Light"), -1);
	CU_ASSERT_EQUAL(theme_parse(""), -1);
	CU_ASSERT_EQUAL(theme_parse(NULL), -1);
	int fg, bg;
	CU_ASSERT_FALSE(theme_spec_cell(THEME_MONO, TH_NORMAL, 0, false, &fg, &bg));
	CU_ASSERT_TRUE(theme_spec_get(THEME_MONO)->role[TH_SELECTED].attrs & TS_REVERSE);
}

VUDONG_SUITE(theme_contrast)
{
	SUITE_ADD(s, "theme_contrast");
	TEST_ADD(s, test_contrast_formula_matches_wcag_reference_values);
	TEST_ADD(s, test_contrast_old_defaults_fail_on_white);
	TEST_ADD(s, test_contrast_every_role_of_every_theme_reaches_4_5);
	TEST_ADD(s, test_contrast_light_themes_paint_a_light_ground_and_no_bold_colour);
	TEST_ADD(s, test_theme_names_parse_and_mono_has_no_colours);
	return 0;
}
