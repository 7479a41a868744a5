/* test_load_limits.c - the loader against large and hostile input (DESIGN §8): repeated ids
 * reported at each repeat, references and merges in lists of thousands of items, the cap
 * of 100 listed problems, empty ids, the weather CSV's cap of 200,000 rows, a byte-order mark
 * and CRLF line ends (a file saved on Windows) read as the plain file; and the helpers
 * behind them (id_index, path). */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "id_index.h"
#include "path.h"
#include "scenario_load.h"
#include "schema.h"
#include "strbuf.h"
#include "tmpdir.h"
#include "weather_csv.h"

/* A small valid scenario around `soils` and `land` (each a block of list items), with one
 * crop grown on land unit `plan_land`. */
static char *scenario_text(const char *soils, const char *land, const char *plan_land)
{
	strbuf b;
	strbuf_init(&b);
	strbuf_appendf(&b, "format: vudong/1\n"
		       "site: {latitude_deg: 21.5, elevation_m: 320}\n"
		       "season: {start: 2020-10-01, end: 2020-12-31}\n"
		       "weather:\n"
		       "  normals:\n"
		       "    - {month: 10, tmax_c: 28, tmin_c: 19, rain_mm: 90, rain_days: 9}\n"
		       "    - {month: 11, tmax_c: 24, tmin_c: 15, rain_mm: 40, rain_days: 6}\n"
		       "    - {month: 12, tmax_c: 21, tmin_c: 11, rain_mm: 25, rain_days: 5}\n"
		       "soils:\n%s"
		       "crops:\n"
		       "  - {id: cabbage, kc: {ini: 0.7, mid: 1.05, end: 0.95}, stages_days: [20, 30, 30, 10],\n"
		       "     height_m: 0.4, root_depth_m: {min: 0.15, max: 0.5}, depletion_p: 0.45, ky: 0.95,\n"
		       "     yield_potential_t_ha: 20, price_vnd_kg: 5000, price_const_vnd_kg: 3500}\n"
		       "communes:\n"
		       "  - id: town\n"
		       "    land:\n%s"
		       "    plan:\n"
		       "      - {crop: cabbage, land: %s, area_ha: 1, sow: 2020-10-10}\n",
		       soils, land, plan_land);
	char *t = strbuf_release(&b, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	return t;
}

/* n soils s0..s(n-1), one line each; then n land units l0.. on soil s(n-1-i). */
static void many_items(size_t n, strbuf *soils, strbuf *land)
{
	for (size_t i = 0; i < n; i++) {
		strbuf_appendf(soils, "  - {id: s%zu, theta_fc: 0.32, theta_wp: 0.15}\n", i);
		strbuf_appendf(land, "      - {id: l%zu, kind: paddy, soil: s%zu, area_ha: 1}\n", i,
			       n - 1 - i);
	}
	CU_ASSERT_FALSE_FATAL(soils->oom || land->oom);
}

/* Loads text that must fail; returns its diagnostics sorted, one per line (static buffer). */
static const char *failed_load(const char *name, const char *text, size_t len)
{
	static char out[16384];
	char buf[512];
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(scenario_load_text(name, text, len, NULL, &s, &dl));
	diag_list_sort(&dl);
	out[0] = 0;
	for (size_t i = 0; i < dl.count; i++) {
		strncat(out, diag_format(&dl.items[i], buf, sizeof buf), sizeof out - strlen(out) - 2);
		strcat(out, "\n");
	}
	diag_list_fini(&dl);
	return out;
}

/* The last line of text (without its newline). */
static const char *last_line(const char *text)
{
	static char line[512];
	size_t n = strlen(text);
	if (n && text[n - 1] == '\n')
		n--;
	size_t start = n;
	while (start > 0 && text[start - 1] != '\n')
		start--;
	snprintf(line, sizeof line, "%.*s", (int)(n - start), text + start);
	return line;
}

static size_t count_lines(const char *text)
{
	size_t n = 0;
	for (; *text; text++)
		n += *text == '\n';
	return n;
}

static void test_load_resolves_references_in_lists_of_thousands(void)
{
	/* 5,000 soils and 5,000 land units, land unit li on soil s(4999 - i): l0 is on the
	 * soil at index 4999, l4999 on index 0; the plan item is on l4999. */
	strbuf soils, land;
	strbuf_init(&soils);
	strbuf_init(&land);
	many_items(5000, &soils, &land);
	char *t = scenario_text(strbuf_str(&soils), strbuf_str(&land), "l4999");
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_text("big.yaml", t, strlen(t), NULL, &s, &dl));
	CU_ASSERT_EQUAL_FATAL(s.n_soils, 5000);
	CU_ASSERT_EQUAL_FATAL(s.communes[0].n_land, 5000);
	CU_ASSERT_EQUAL(s.communes[0].land[0].soil, 4999);
	CU_ASSERT_EQUAL(s.communes[0].land[4999].soil, 0);
	CU_ASSERT_EQUAL(s.communes[0].plan[0].land, 4999);
	scenario_fini(&s);
	diag_list_fini(&dl);
	free(t);
	strbuf_fini(&soils);
	strbuf_fini(&land);
}

static void test_load_reports_each_repeated_id_at_the_repeat_with_the_first(void)
{
	/* Soils a, b, a, a on lines 10-13 ("  - {id: a": the item at column 5, its id at 10):
	 * both repeats name the first item, 10:5. Land units p, p on lines 21-22 ("      - {id:
	 * p": the item at column 9, its id at 14). */
	char *t = scenario_text("  - {id: a, theta_fc: 0.32, theta_wp: 0.15}\n"
				"  - {id: b, theta_fc: 0.32, theta_wp: 0.15}\n"
				"  - {id: a, theta_fc: 0.32, theta_wp: 0.15}\n"
				"  - {id: a, theta_fc: 0.32, theta_wp: 0.15}\n",
				"      - {id: p, kind: paddy, soil: b, area_ha: 1}\n"
				"      - {id: p, kind: paddy, soil: b, area_ha: 1}\n",
				"p");
	CU_ASSERT_STRING_EQUAL(failed_load("d.yaml", t, strlen(t)),
			       "d.yaml:12:10: error: duplicate soil id 'a' (first at 10:5)\n"
			       "d.yaml:13:10: error: duplicate soil id 'a' (first at 10:5)\n"
			       "d.yaml:22:14: error: duplicate land unit id 'p' in commune 'town' (first at 21:9)\n");
	free(t);
}

static void test_load_lists_at_most_100_problems(void)
{
	/* 150 unknown top-level keys after `format`: lines 2-101 are listed, line 102 says the
	 * rest are not. */
	strbuf b;
	strbuf_init(&b);
	strbuf_append(&b, "format: vudong/1\n");
	for (int i = 0; i < 150; i++)
		strbuf_appendf(&b, "unknown_%d: 1\n", i);
	const char *d = failed_load("m.yaml", strbuf_str(&b), b.len);
	CU_ASSERT_EQUAL(count_lines(d), 101);
	CU_ASSERT_STRING_EQUAL(last_line(d),
			       "m.yaml:102:1: error: too many problems (more than 100); this one and the rest are not listed");
	strbuf_fini(&b);
}

static void test_load_stops_reading_after_100_yaml_problems(void)
{
	/* One anchor (line 2) and 150 aliases on line 3: the anchor and 99 aliases are listed,
	 * the 100th alias (column 5 + 4 * 99 = 401) ends the parse. */
	strbuf b;
	strbuf_init(&b);
	strbuf_append(&b, "format: vudong/1\nx: &a 1\ny: [");
	for (int i = 0; i < 150; i++)
		strbuf_append(&b, i ? ", *a" : "*a");
	strbuf_append(&b, "]\n");
	const char *d = failed_load("a.yaml", strbuf_str(&b), b.len);
	CU_ASSERT_EQUAL(count_lines(d), 101);
	CU_ASSERT_STRING_EQUAL(last_line(d),
			       "a.yaml:3:401: error: too many problems (more than 100); the rest of the file is not read");
	strbuf_fini(&b);
}

static void test_load_refuses_an_empty_id(void)
{
	/* The soil's empty id on line 10 at column 10; the land unit (line 18) names soil ""
	 * at column 36. */
	char *t = scenario_text("  - {id: \"\", theta_fc: 0.32, theta_wp: 0.15}\n",
				"      - {id: p, kind: paddy, soil: \"\", area_ha: 1}\n", "p");
	CU_ASSERT_STRING_EQUAL(failed_load("e.yaml", t, strlen(t)),
			       "e.yaml:10:10: error: 'id' must not be empty\n"
			       "e.yaml:18:36: error: 'soil' must not be empty\n");
	free(t);
}

static void test_load_places_an_error_after_a_byte_order_mark(void)
{
	/* The mark is not a character of the line: the bad byte 0xec after "fo" is column 3,
	 * as without the mark; libyaml's own marks (the unknown format at 1:9) agree. */
	const char bad_byte[] = "\xEF\xBB\xBF" "fo\xecrmat: vudong/1\n";
	CU_ASSERT_STRING_EQUAL(failed_load("b.yaml", bad_byte, sizeof bad_byte - 1),
			       "b.yaml:1:3: error: invalid UTF-8: byte 0xec does not start a valid character; save the file as UTF-8\n");
	const char bad_format[] = "\xEF\xBB\xBF" "format: vudong/2\n";
	const char *d = failed_load("f.yaml", bad_format, sizeof bad_format - 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(d, "f.yaml:1:9: error: unsupported format 'vudong/2'"));
}

/* Parses CSV text that must load; returns the days (caller frees) and their number. */
static weather_obs *csv_days(const char *text, size_t len, size_t *n)
{
	weather_obs *days;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(weather_csv_parse("w.csv", 0, text, len, &days, n, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	diag_list_fini(&dl);
	return days;
}

static void test_weather_csv_reads_a_byte_order_mark_and_crlf_as_the_plain_file(void)
{
	const char plain[] = "date,tmax_c,tmin_c,rain_mm\n2020-10-01,24,14,0\n2020-10-02,25.5,15,7\n";
	const char excel[] = "\xEF\xBB\xBF" "date,tmax_c,tmin_c,rain_mm\r\n2020-10-01,24,14,0\r\n"
			     "2020-10-02,25.5,15,7\r\n";
	size_t n0, n1;
	weather_obs *a = csv_days(plain, sizeof plain - 1, &n0);
	weather_obs *b = csv_days(excel, sizeof excel - 1, &n1);
	CU_ASSERT_EQUAL_FATAL(n0, 2);
	CU_ASSERT_EQUAL_FATAL(n1, 2);
	for (size_t i = 0; i < 2; i++) {
		CU_ASSERT_EQUAL(a[i].date, b[i].date);
		CU_ASSERT_EQUAL(a[i].tmax_c, b[i].tmax_c);
		CU_ASSERT_EQUAL(a[i].tmin_c, b[i].tmin_c);
		CU_ASSERT_EQUAL(a[i].rain_mm, b[i].rain_mm);
		CU_ASSERT_EQUAL(b[i].mark.line, (int)i + 2);
	}
	CU_ASSERT_EQUAL(b[1].tmax_c, 25.5);
	CU_ASSERT_EQUAL(b[1].rain_mm, 7.0);
	free(a);
	free(b);
}

/* `rows` days from 1900-01-01 as "DATE,20,10" lines under a header. */
static char *csv_rows(size_t rows, size_t *len)
{
	strbuf b;
	strbuf_init(&b);
	strbuf_append(&b, "date,tmax_c,tmin_c\n");
	vd_date d0 = date_from_ymd(1900, 1, 1);
	char day[11];
	for (size_t i = 0; i < rows; i++)
		strbuf_appendf(&b, "%s,20,10\n", date_format(d0 + (vd_date)i, day));
	CU_ASSERT_FALSE_FATAL(b.oom);
	return strbuf_release(&b, len);
}

static void test_weather_csv_holds_at_most_200000_rows(void)
{
	/* 200,000 rows (1900-01-01 .. 2447-07-31, 547 years) load; one more is refused at its
	 * line: the header is line 1, row k is line k + 1. */
	size_t len, n;
	char *t = csv_rows(WEATHER_CSV_MAX_DAYS, &len);
	weather_obs *days = csv_days(t, len, &n);
	CU_ASSERT_EQUAL(n, 200000);
	char last[11];
	if (days)
		CU_ASSERT_STRING_EQUAL(date_format(days[n - 1].date, last), "2447-07-31");
	free(days);
	free(t);
	t = csv_rows(WEATHER_CSV_MAX_DAYS + 1, &len);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(weather_csv_parse("w.csv", 0, t, len, &days, &n, &dl));
	CU_ASSERT_PTR_NULL(days);
	CU_ASSERT_EQUAL_FATAL(dl.count, 1);
	char buf[256];
	CU_ASSERT_STRING_EQUAL(diag_format(&dl.items[0], buf, sizeof buf),
			       "w.csv:200002:1: error: more than 200000 rows; a weather file holds at most 200000 days (over 500 years)");
	diag_list_fini(&dl);
	free(t);
}

static const char *const index_ids[] = { "b", "a", "b", NULL, "c", "a" };

static const char *index_id(const void *ctx, size_t i)
{
	return ((const char *const *)ctx)[i];
}

static void test_id_index_finds_the_first_place_of_each_id(void)
{
	id_index x;
	CU_ASSERT_TRUE_FATAL(id_index_build(&x, index_ids, 6, index_id));
	CU_ASSERT_EQUAL(x.n, 5); /* the NULL is left out */
	CU_ASSERT_EQUAL(id_index_find(&x, "b"), 0);
	CU_ASSERT_EQUAL(id_index_find(&x, "a"), 1);
	CU_ASSERT_EQUAL(id_index_find(&x, "c"), 4);
	CU_ASSERT_EQUAL(id_index_find(&x, "d"), -1);
	CU_ASSERT_EQUAL(id_index_find(&x, ""), -1);
	size_t first[6];
	id_index_first(&x, first, 6);
	/* b a b - c a: the second b points at 0, the second a at 1, the rest at themselves. */
	CU_ASSERT_EQUAL(first[0], 0);
	CU_ASSERT_EQUAL(first[1], 1);
	CU_ASSERT_EQUAL(first[2], 0);
	CU_ASSERT_EQUAL(first[3], 3);
	CU_ASSERT_EQUAL(first[4], 4);
	CU_ASSERT_EQUAL(first[5], 1);
	id_index_fini(&x);
	CU_ASSERT_TRUE_FATAL(id_index_build(&x, index_ids, 0, index_id));
	CU_ASSERT_EQUAL(id_index_find(&x, "a"), -1);
	id_index_fini(&x);
}

static void expect_path(char *got, const char *want)
{
	CU_ASSERT_PTR_NOT_NULL_FATAL(got);
	CU_ASSERT_STRING_EQUAL(got, want);
	free(got);
}

static void test_path_joins_and_splits_as_written(void)
{
	expect_path(path_join("scenarios", "weather/a.csv"), "scenarios/weather/a.csv");
	expect_path(path_join("scenarios/", "a.csv"), "scenarios/a.csv");
	expect_path(path_join("", "a.csv"), "a.csv");
	expect_path(path_join(".", "a.csv"), "a.csv");
	expect_path(path_join("scenarios", "/srv/a.csv"), "/srv/a.csv");
	expect_path(path_dir("scenarios/weather/a.csv"), "scenarios/weather");
	expect_path(path_dir("a.csv"), "");
	expect_path(path_dir("/a.csv"), "/");
}

static void test_path_relative_climbs_out_of_the_saving_directory(void)
{
	char root[32];
	CU_ASSERT_TRUE_FATAL(tmpdir_make(root, sizeof root, "path"));
	char wdir[64], out[64], file[80];
	snprintf(wdir, sizeof wdir, "%s/weather", root);
	snprintf(out, sizeof out, "%s/out", root);
	snprintf(file, sizeof file, "%s/a.csv", wdir);
	CU_ASSERT_EQUAL_FATAL(mkdir(wdir, 0700), 0);
	CU_ASSERT_EQUAL_FATAL(mkdir(out, 0700), 0);
	FILE *f = fopen(file, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fclose(f);
	expect_path(path_relative(file, out), "../weather/a.csv");
	expect_path(path_relative(file, wdir), "a.csv");
	expect_path(path_relative(file, root), "weather/a.csv");
	CU_ASSERT_PTR_NULL(path_relative("/nonexistent/vudong/a.csv", root));
	unlink(file);
	rmdir(wdir);
	rmdir(out);
	rmdir(root);
}

static void test_schema_choices_by_index_and_name(void)
{
	char buf[16];
	CU_ASSERT_STRING_EQUAL(schema_choice("cold_spell|warming|rain", 0, buf, sizeof buf), "cold_spell");
	CU_ASSERT_STRING_EQUAL(schema_choice("cold_spell|warming|rain", 2, buf, sizeof buf), "rain");
	CU_ASSERT_PTR_NULL(schema_choice("cold_spell|warming|rain", 3, buf, sizeof buf));
	CU_ASSERT_PTR_NULL(schema_choice("a|b", -1, buf, sizeof buf));
	CU_ASSERT_EQUAL(schema_choice_index("cold_spell|warming|rain", "warming"), 1);
	CU_ASSERT_EQUAL(schema_choice_index("cold_spell|warming|rain", "warm"), -1);
	CU_ASSERT_EQUAL(schema_choice_index("cold_spell|warming|rain", ""), -1);
}

VUDONG_SUITE(load_limits)
{
	SUITE_ADD(s, "load_limits");
	TEST_ADD(s, test_load_resolves_references_in_lists_of_thousands);
	TEST_ADD(s, test_load_reports_each_repeated_id_at_the_repeat_with_the_first);
	TEST_ADD(s, test_load_lists_at_most_100_problems);
	TEST_ADD(s, test_load_stops_reading_after_100_yaml_problems);
	TEST_ADD(s, test_load_refuses_an_empty_id);
	TEST_ADD(s, test_load_places_an_error_after_a_byte_order_mark);
	TEST_ADD(s, test_weather_csv_reads_a_byte_order_mark_and_crlf_as_the_plain_file);
	TEST_ADD(s, test_weather_csv_holds_at_most_200000_rows);
	TEST_ADD(s, test_id_index_finds_the_first_place_of_each_id);
	TEST_ADD(s, test_path_joins_and_splits_as_written);
	TEST_ADD(s, test_path_relative_climbs_out_of_the_saving_directory);
	TEST_ADD(s, test_schema_choices_by_index_and_name);
	return 0;
}
