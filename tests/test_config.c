/* test_config.c - the remembered settings file: where it lives, what it reads, the warnings
 * (file:line) for lines it does not trust, and the atomic save read back. */
#include "testing.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "config.h"
#include "i18n.h"
#include "text_file.h"
#include "theme_spec.h"
#include "tmpdir.h"

static void test_config_path_follows_xdg_then_home(void)
{
	char *p = config_path("/x/cfg", "/home/u");
	CU_ASSERT_STRING_EQUAL(p, "/x/cfg/vudong/config");
	free(p);
	p = config_path(NULL, "/home/u");
	CU_ASSERT_STRING_EQUAL(p, "/home/u/.config/vudong/config");
	free(p);
	/* The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored. */
	p = config_path("relative", "/home/u");
	CU_ASSERT_STRING_EQUAL(p, "/home/u/.config/vudong/config");
	free(p);
	CU_ASSERT_PTR_NULL(config_path("", ""));
}

static void test_config_reads_keys_and_warns_with_file_and_line(void)
{
	const char text[] = "# comment\n"
			    "theme = light\n"
			    "\n"
			    "lang=en\r\n"
			    "colour = red\n"          /* line 5: unknown key */
			    "theme = purple\n"        /* line 6: bad value, the earlier one stays */
			    "just words\n"            /* line 7: no '=' */
			    "lang = \n";              /* line 8: empty value */
	vd_config c;
	config_init(&c);
	diag_list dl;
	diag_list_init(&dl);
	config_parse(text, sizeof text - 1, "cfg", &c, &dl);
	CU_ASSERT_EQUAL(c.theme, THEME_LIGHT);
	CU_ASSERT_EQUAL(c.lang, LANG_EN);
	CU_ASSERT_EQUAL(dl.count, 4);
	CU_ASSERT_EQUAL(dl.errors, 0);
	int lines[4] = { 5, 6, 7, 8 };
	for (size_t i = 0; i < dl.count && i < 4; i++) {
		CU_ASSERT_EQUAL(dl.items[i].line, lines[i]);
		CU_ASSERT_STRING_EQUAL(dl.items[i].file, "cfg");
		CU_ASSERT_EQUAL(dl.items[i].severity, DIAG_WARNING);
	}
	char buf[200];
	CU_ASSERT_STRING_EQUAL(diag_format(&dl.items[1], buf, sizeof buf),
			       "cfg:6: warning: theme must be dark, light, contrast or mono, not 'purple'");
	diag_list_fini(&dl);
}

static void test_config_binary_junk_is_warned_not_trusted(void)
{
	const char text[] = "theme = da\0rk\nlang = vi\n";
	vd_config c;
	config_init(&c);
	diag_list dl;
	diag_list_init(&dl);
	config_parse(text, sizeof text - 1, "cfg", &c, &dl);
	CU_ASSERT_EQUAL(c.theme, -1);
	CU_ASSERT_EQUAL(c.lang, LANG_VI);
	CU_ASSERT_EQUAL(dl.count, 1);
	CU_ASSERT_EQUAL(dl.items[0].line, 1);
	diag_list_fini(&dl);
}

static void test_config_save_creates_folders_and_reads_back(void)
{
	char dir[64], path[160];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(dir, sizeof dir, "config"));
	snprintf(path, sizeof path, "%s/a/vudong/config", dir);
	vd_config c = { .theme = THEME_CONTRAST, .lang = LANG_EN }, back;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(config_save(path, &c, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	char *text = NULL;
	size_t len = 0;
	CU_ASSERT_EQUAL_FATAL(text_file_read(path, 4096, &text, &len), 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\ntheme = contrast\nlang = en\n"));
	free(text);
	config_init(&back);
	config_load(path, &back, &dl);
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL(back.theme, THEME_CONTRAST);
	CU_ASSERT_EQUAL(back.lang, LANG_EN);
	/* A missing file is no problem; a folder in its place is a warning, not a crash. */
	config_init(&back);
	snprintf(path, sizeof path, "%s/none", dir);
	config_load(path, &back, &dl);
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL(back.theme, -1);
	config_load(dir, &back, &dl);
	CU_ASSERT_EQUAL(dl.count, 1);
	CU_ASSERT_EQUAL(dl.warnings, 1);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE(tmpdir_remove(dir));
}

VUDONG_SUITE(config)
{
	SUITE_ADD(s, "config");
	TEST_ADD(s, test_config_path_follows_xdg_then_home);
	TEST_ADD(s, test_config_reads_keys_and_warns_with_file_and_line);
	TEST_ADD(s, test_config_binary_junk_is_warned_not_trusted);
	TEST_ADD(s, test_config_save_creates_folders_and_reads_back);
	return 0;
}
