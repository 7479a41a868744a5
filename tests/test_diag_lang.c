/* test_diag_lang.c - diagnostics in both languages (sim/base/diag.c, sim/base/i18n_diag.c):
 * the English text stays as written, the Vietnamese one comes from the catalogue with the
 * same arguments, unquoted phrases are translated and quoted keys and ids are not; every
 * catalogue entry keeps its format's conversions (else the arguments would be misread). */
#include "testing.h"

#include <string.h>

#include "diag.h"
#include "i18n.h"

/* The conversions of fmt ("%%" skipped) as their letters, e.g. "s s d"; "%.0s" counts. */
static void conversions(const char *fmt, char *out, size_t size)
{
	size_t o = 0;
	for (const char *p = fmt; (p = strchr(p, '%')) != NULL;) {
		if (p[1] == '%') {
			p += 2;
			continue;
		}
		p += 1 + strspn(p + 1, "-+ #0123456789.*hlLzjt");
		if (o + 3 < size) {
			out[o++] = *p;
			out[o++] = ' ';
		}
		if (*p)
			p++;
	}
	out[o] = 0;
}

static void test_diag_catalogue_keeps_conversions(void)
{
	size_t n = 0;
	for (const tr_entry *e = tr_catalogue_diag; e->en; e++, n++) {
		char a[64], b[64];
		conversions(e->en, a, sizeof a);
		conversions(e->vi, b, sizeof b);
		if (strcmp(a, b) != 0)
			fprintf(stderr, "\n  diag catalogue: \"%s\" -> \"%s\": %s vs %s", e->en, e->vi, a, b);
		CU_ASSERT_STRING_EQUAL(a, b);
	}
	CU_ASSERT(n > 150);
}

static void test_diag_add_keeps_both_languages(void)
{
	diag_list dl;
	diag_list_init(&dl);
	char buf[512];
	/* a format with an entry: the crop's id stays quoted as written, "crop" is translated */
	CU_ASSERT(diag_add(&dl, DIAG_ERROR, "a.yaml", 28, 16, "unknown %s '%s'%s; did you mean `%s`?",
			   "crop", "cabage", "", "cabbage"));
	CU_ASSERT_STRING_EQUAL(diag_format_in(&dl.items[0], LANG_EN, buf, sizeof buf),
			       "a.yaml:28:16: error: unknown crop 'cabage'; did you mean `cabbage`?");
	CU_ASSERT_STRING_EQUAL(diag_format(&dl.items[0], buf, sizeof buf),
			       "a.yaml:28:16: error: unknown crop 'cabage'; did you mean `cabbage`?");
	CU_ASSERT_STRING_EQUAL(diag_format_in(&dl.items[0], LANG_VI, buf, sizeof buf),
			       "a.yaml:28:16: lỗi: không có cây trồng 'cabage'; có phải ý bạn là `cabbage`?");
	/* a quoted key that happens to be a catalogue word ('crop') stays as the file wrote it */
	CU_ASSERT(diag_add(&dl, DIAG_WARNING, "a.yaml", 3, 0, "'%s' must be %s, not '%.40s'",
			   "crop", "a number", "crop"));
	CU_ASSERT_STRING_EQUAL(diag_format_in(&dl.items[1], LANG_VI, buf, sizeof buf),
			       "a.yaml:3: cảnh báo: 'crop' phải là một số, không phải 'crop'");
	/* numbers stay printf's, with '.' as the files write them; %.0s leaves the plural out */
	CU_ASSERT(diag_add(&dl, DIAG_ERROR, NULL, 0, 0,
			   "the station record has %d year%s of month %d with Tmax, Tmin and rain in %d-%d; "
			   "the season needs it and at least %d are needed", 3, "s", 11, 1991, 2015, 10));
	CU_ASSERT_STRING_EQUAL(diag_message(&dl.items[2], LANG_EN),
			       "the station record has 3 years of month 11 with Tmax, Tmin and rain in 1991-2015; the season needs it and at least 10 are needed");
	CU_ASSERT_STRING_EQUAL(diag_message(&dl.items[2], LANG_VI),
			       "số liệu trạm có 3 năm của tháng 11 có Tmax, Tmin và lượng mưa trong 1991-2015; vụ cần tháng này và cần ít nhất 10 năm");
	CU_ASSERT(diag_add(&dl, DIAG_ERROR, "w.csv", 2, 12, "'%s' must be between %s and %s, not %s",
			   "tmax_c", "-30", "50", "62.5"));
	CU_ASSERT_STRING_EQUAL(diag_message(&dl.items[3], LANG_VI),
			       "'tmax_c' phải nằm trong khoảng -30 đến 50, không phải 62.5");
	/* a format without an entry: English in both, and no second copy kept */
	CU_ASSERT(diag_add(&dl, DIAG_NOTE, "x", 0, 0, "%s [%s]", "plain", "code"));
	CU_ASSERT_PTR_NULL(dl.items[4].message_vi);
	CU_ASSERT_STRING_EQUAL(diag_format_in(&dl.items[4], LANG_VI, buf, sizeof buf),
			       "x: ghi chú: plain [code]");
	/* width and precision from the arguments, and text longer than any piece buffer */
	static char big[3000];
	memset(big, 'k', sizeof big - 1);
	CU_ASSERT(diag_add(&dl, DIAG_ERROR, "x", 1, 1, "[%*.*s|%s]", 5, 2, "abc", big));
	CU_ASSERT_EQUAL(strlen(dl.items[5].message), 1 + 5 + 1 + (sizeof big - 1) + 1);
	CU_ASSERT_EQUAL(strncmp(dl.items[5].message, "[   ab|kkk", 10), 0);
	CU_ASSERT_EQUAL(dl.errors, 4);
	CU_ASSERT_EQUAL(dl.warnings, 1);
	diag_list_fini(&dl);
}

VUDONG_SUITE(diag_lang)
{
	SUITE_ADD(s, "diag_lang");
	TEST_ADD(s, test_diag_catalogue_keeps_conversions);
	TEST_ADD(s, test_diag_add_keeps_both_languages);
	return 0;
}
