/* test_schema.c - the key table and its helpers: the one checked number parser, ranges and
 * their messages, near-miss hints, defaults, the table's own consistency, and that
 * docs/scenario-format.md documents exactly the keys of the table. */
#include "testing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"
#include "schema.h"

static void test_schema_parses_decimal_numbers_only(void)
{
	double v = -1;
	CU_ASSERT_EQUAL(schema_parse_number("20", 2, &v), NUM_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, 20, 0);
	CU_ASSERT_EQUAL(schema_parse_number("-2.5", 4, &v), NUM_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, -2.5, 0);
	CU_ASSERT_EQUAL(schema_parse_number("+.5", 3, &v), NUM_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, 0.5, 0);
	CU_ASSERT_EQUAL(schema_parse_number("6.5e7", 5, &v), NUM_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, 65000000, 0);
	CU_ASSERT_EQUAL(schema_parse_number("1e-400", 6, &v), NUM_OK); /* underflow is zero */
	CU_ASSERT_DOUBLE_EQUAL(v, 0, 0);
	/* Only the first len bytes count: "12" of "123". */
	CU_ASSERT_EQUAL(schema_parse_number("123", 2, &v), NUM_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, 12, 0);
	static const char *const syntax[] = { "", ".", "-", "1e", "1e+", "0x10", "1.2.3", "1_000",
					      " 1", "1 ", "1,5", "e5", "twenty" };
	for (size_t i = 0; i < sizeof syntax / sizeof syntax[0]; i++)
		CU_ASSERT_EQUAL(schema_parse_number(syntax[i], strlen(syntax[i]), &v), NUM_SYNTAX);
	static const char *const nonfinite[] = { ".nan", ".NaN", "nan", ".inf", "-.Inf", "+.INF",
						 "inf", "Infinity", "1e400", "-1e999" };
	for (size_t i = 0; i < sizeof nonfinite / sizeof nonfinite[0]; i++)
		CU_ASSERT_EQUAL(schema_parse_number(nonfinite[i], strlen(nonfinite[i]), &v), NUM_NONFINITE);
}

static void test_schema_checks_ranges_with_the_loaders_message(void)
{
	char msg[128];
	const schema_field *f = schema_find("land", "irrigable_share");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_TRUE(schema_check_number(f, 0, msg, sizeof msg));
	CU_ASSERT_TRUE(schema_check_number(f, 1, msg, sizeof msg));
	CU_ASSERT_FALSE(schema_check_number(f, 1.5, msg, sizeof msg));
	CU_ASSERT_STRING_EQUAL(msg, "must be between 0 and 1");
	CU_ASSERT_FALSE(schema_check_number(f, NAN, msg, sizeof msg));
	CU_ASSERT_STRING_EQUAL(msg, "must be a finite number");
	f = schema_find("kc", "mid");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_FALSE(schema_check_number(f, 3, msg, sizeof msg));
	CU_ASSERT_STRING_EQUAL(msg, "must be between 0.1 and 2");
	f = schema_find("irrigation", "interval_days");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_FALSE(schema_check_number(f, 2.5, msg, sizeof msg));
	CU_ASSERT_STRING_EQUAL(msg, "must be a whole number");
	CU_ASSERT_PTR_NULL(schema_find("crop", "colour"));
	CU_ASSERT_PTR_NULL(schema_find("nothing", "id"));
}

static void test_schema_suggests_near_keys(void)
{
	CU_ASSERT_STRING_EQUAL(schema_suggest_key("plan", "area_h"), "area_ha");
	CU_ASSERT_STRING_EQUAL(schema_suggest_key("plan", "area"), "area_ha");   /* unit left out */
	CU_ASSERT_STRING_EQUAL(schema_suggest_key("daily", "tmaxc"), "tmax_c");
	CU_ASSERT_STRING_EQUAL(schema_suggest_key("crop", "yeild_potential_t_ha"), "yield_potential_t_ha");
	CU_ASSERT_PTR_NULL(schema_suggest_key("crop", "colour"));
	CU_ASSERT_EQUAL(schema_edit_distance("kitten", "sitting", 5), 3);
	CU_ASSERT_EQUAL(schema_edit_distance("abc", "abc", 2), 0);
	CU_ASSERT_EQUAL(schema_edit_distance("abcdef", "a", 2), 3); /* capped at cap + 1 */
}

static void test_schema_formats_numbers_that_read_back_exactly(void)
{
	char buf[32];
	CU_ASSERT_STRING_EQUAL(schema_format_number(0.1, buf), "0.1");
	CU_ASSERT_STRING_EQUAL(schema_format_number(65000000, buf), "65000000");
	CU_ASSERT_STRING_EQUAL(schema_format_number(-0.0, buf), "0");
	CU_ASSERT_STRING_EQUAL(schema_format_number(1e-5, buf), "1e-05");
	CU_ASSERT_STRING_EQUAL(schema_format_number(0.1 + 0.2, buf), "0.30000000000000004");
	double vals[] = { 1.0 / 3, 21.53, 1e300, -7.25e-9, 4294967295.0 };
	for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++)
		CU_ASSERT_EQUAL(strtod(schema_format_number(vals[i], buf), NULL), vals[i]);
}

static void test_schema_defaults_match_design(void)
{
	crop c;
	memset(&c, 0xff, sizeof c);
	schema_apply_defaults("crop", &c);
	CU_ASSERT_TRUE(isnan(c.tupper_c));
	CU_ASSERT_TRUE(isnan(c.tbase_c));
	CU_ASSERT_DOUBLE_EQUAL(c.cost_vnd_ha, 0, 0);
	CU_ASSERT_STRING_EQUAL(c.id, "");
	plan_item p;
	schema_apply_defaults("plan", &p);
	CU_ASSERT_DOUBLE_EQUAL(p.management_factor, 1, 0);   /* DESIGN §3.4: default 1 */
	CU_ASSERT_EQUAL(p.irrigation.mode, IRRIGATION_NONE);
	CU_ASSERT_EQUAL(p.crop, -1);
	CU_ASSERT_EQUAL(p.sow, DATE_NONE);
	weather_input w;
	schema_apply_defaults("weather", &w);
	CU_ASSERT_DOUBLE_EQUAL(w.anemometer_height_m, 2, 0);  /* DESIGN §4 */
	CU_ASSERT_DOUBLE_EQUAL(w.krs, 0.16, 0);
	CU_ASSERT_EQUAL(w.seed, 2020);
	shock h;
	schema_apply_defaults("shock", &h);
	CU_ASSERT_TRUE(h.enabled);
	CU_ASSERT_EQUAL(h.crop, -1);
}

/* Every field belongs to a listed object and says what it is; numbers have a range that
 * holds their default; objects and lists name a child object that exists. */
static void test_schema_table_is_consistent(void)
{
	for (size_t i = 0; i < schema_n_fields; i++) {
		const schema_field *f = &schema_fields[i];
		CU_ASSERT_PTR_NOT_NULL(schema_find_object(f->object));
		CU_ASSERT_TRUE(f->meaning && f->meaning[0]);
		CU_ASSERT_PTR_EQUAL(schema_find(f->object, f->key), f); /* no key twice */
		if (f->type == SF_NUMBER || f->type == SF_INT || f->type == SF_SEED ||
		    f->type == SF_NUMBERS4) {
			CU_ASSERT_TRUE(f->min < f->max);
			bool no_default = (f->flags & (SFF_REQUIRED | SFF_NAN)) || f->group || f->given ||
					  f->kinds || (f->def == 0 && f->min > 0);
			if (!no_default && !(f->def >= f->min && f->def <= f->max))
				fprintf(stderr, "\n%s.%s: default outside range", f->object, f->key);
			CU_ASSERT_TRUE(no_default || (f->def >= f->min && f->def <= f->max));
		}
		if (f->type == SF_OBJECT || f->type == SF_LIST || f->type == SF_NORMALS ||
		    f->type == SF_IRRIGATION)
			CU_ASSERT_PTR_NOT_NULL(schema_find_object(f->child));
		if (f->group)
			CU_ASSERT_PTR_NOT_NULL(schema_find_group(f->object, f->group));
	}
	/* Fields of one object are contiguous (the loader relies on it). */
	for (size_t i = 1; i < schema_n_fields; i++)
		for (size_t j = 0; j + 1 < i; j++)
			if (strcmp(schema_fields[j].object, schema_fields[i].object) == 0)
				CU_ASSERT_STRING_EQUAL(schema_fields[i - 1].object, schema_fields[i].object);
	/* The ranges DESIGN §4 names. */
	CU_ASSERT_DOUBLE_EQUAL(schema_find("kc", "ini")->min, 0.1, 0);
	CU_ASSERT_DOUBLE_EQUAL(schema_find("kc", "end")->max, 2.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(schema_find("crop", "ky")->max, 2.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(schema_find("crop", "depletion_p")->min, 0.1, 0);
	CU_ASSERT_DOUBLE_EQUAL(schema_find("crop", "depletion_p")->max, 0.8, 0);
}

static char *read_text(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(1 << 20);
	size_t n = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
	fclose(f);
	if (buf)
		buf[n] = 0;
	return buf;
}

static void test_schema_docs_list_every_key_of_the_table(void)
{
	char *doc = read_text("docs/scenario-format.md");
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	char *tables = schema_doc_markdown();
	CU_ASSERT_PTR_NOT_NULL_FATAL(tables);
	const char *b = strstr(doc, "<!-- schema:begin -->\n");
	const char *e = b ? strstr(b, "<!-- schema:end -->") : NULL;
	CU_ASSERT_PTR_NOT_NULL_FATAL(e);
	b += strlen("<!-- schema:begin -->\n");
	bool same = (size_t)(e - b) == strlen(tables) && memcmp(b, tables, strlen(tables)) == 0;
	if (!same)
		fprintf(stderr, "\ndocs/scenario-format.md is out of date: run tools/schema-doc.c (see its comment)\n");
	CU_ASSERT_TRUE(same);
	/* And, independently of the generator, each key has a row in its object's table. */
	for (size_t i = 0; i < schema_n_fields; i++) {
		char head[96], row[96];
		snprintf(head, sizeof head, "### `%s` ", schema_fields[i].object);
		snprintf(row, sizeof row, "\n| `%s` |", schema_fields[i].key);
		const char *sec = strstr(doc, head);
		CU_ASSERT_PTR_NOT_NULL_FATAL(sec);
		const char *next = strstr(sec + 1, "\n### ");
		const char *r = strstr(sec, row);
		CU_ASSERT_TRUE(r && (!next || r < next));
	}
	free(tables);
	free(doc);
}

VUDONG_SUITE(schema)
{
	SUITE_ADD(s, "schema");
	TEST_ADD(s, test_schema_parses_decimal_numbers_only);
	TEST_ADD(s, test_schema_checks_ranges_with_the_loaders_message);
	TEST_ADD(s, test_schema_suggests_near_keys);
	TEST_ADD(s, test_schema_formats_numbers_that_read_back_exactly);
	TEST_ADD(s, test_schema_defaults_match_design);
	TEST_ADD(s, test_schema_table_is_consistent);
	TEST_ADD(s, test_schema_docs_list_every_key_of_the_table);
	return 0;
}
