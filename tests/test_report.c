/* test_report.c - the headless reports: binding CSV columns (DESIGN §6), item rows that add
 * up to the commune, crop and district rows, provenance, JSON that parses and escapes, text
 * that fits 80 columns in both languages, '.' decimals under a decimal-comma locale, the
 * daily trace, warnings as diagnostics at the plan item; and the string buffer under them. */
#include "testing.h"

#include <ctype.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"
#include "report.h"
#include "report_util.h"
#include "season.h"
#include "strbuf.h"
#include "textwidth.h"

/* The binding column lists, copied from DESIGN §6. */
#define ITEMS_HEADER "commune,land,crop,area_ha,irrigated_ha,sow,harvest,days," \
	"yield_potential_t_ha,f_water,f_cold,f_mgmt,yield_t_ha,output_t,et0_mm,etc_mm," \
	"eta_mm,rain_mm,irrigation_mm,value_mvnd,value_const_mvnd,cost_mvnd,profit_mvnd," \
	"labour_days,status"
#define DISTRICT_HEADER "area_ha,output_t,value_mvnd,value_const_mvnd,profit_mvnd," \
	"labour_days,winter_growth_pct,contribution_pp,district_growth_pct"
#define DAILY_HEADER "date,commune,land,crop,das,gdd,stage,kc,zr_m,et0_mm,etc_mm,eta_mm," \
	"rain_mm,irrigation_mm,dr_mm,taw_mm,raw_mm,ks,tmin_c,tmax_c"
#define WEATHER_HEADER "date,tmax_c,tmin_c,rain_mm,ea_kpa,u2_m_s,ra_mj_m2,rs_mj_m2," \
	"rso_mj_m2,rn_mj_m2,et0_mm"

/* A run of a small two-commune, two-crop scenario built in code. */
typedef struct {
	scenario s;
	weather_series w;
	season_result r;
	report_daily daily;
} fixture;

static char *dup_text(const char *t)
{
	char *p = malloc(strlen(t) + 1);
	if (!p)
		abort();
	strcpy(p, t);
	return p;
}

/* Commune "town": potato 20 ha on irrigable paddy (sown 2020-10-25; the land must be free
 * 50 days later, so the 80-day crop is harvested 29 days late) and maize 12.5 ha rain-fed on
 * upland. Commune "dong-van": potato 15 ha on paddy without irrigation. */
static void fixture_build(fixture *f, const char *town_name, const char *potato_name)
{
	scenario *s = &f->s;
	scenario_init(s);
	s->path = dup_text("test.yaml");
	snprintf(s->name, sizeof s->name, "Bình Liêu — test season");
	s->season_start = date_from_ymd(2020, 9, 1);
	s->season_end = date_from_ymd(2021, 4, 30);
	s->weather.source = WEATHER_NORMALS;
	s->weather.seed = 2020;
	int loam = fx_add_soil(s, "loam", 20);
	int potato = fx_add_crop(s, "potato", 20);
	int maize = fx_add_crop(s, "maize", 25);
	snprintf(s->crops[potato].name, sizeof s->crops[potato].name, "%s", potato_name);
	snprintf(s->crops[maize].name, sizeof s->crops[maize].name, "Ngô đông");
	int town = fx_add_commune(s, "town", 10000);
	snprintf(s->communes[town].name, sizeof s->communes[town].name, "%s", town_name);
	int paddy = fx_add_land(s, town, "paddy-2", LAND_PADDY, loam, 50, 0.6, 2);
	int upland = fx_add_land(s, town, "upland-1", LAND_UPLAND, loam, 30, 0, 0);
	vd_date sow = date_from_ymd(2020, 10, 25);
	s->communes[town].land[paddy].free_until = sow + 50;
	fx_add_item(s, town, potato, paddy, 20, sow, IRRIGATION_AUTO);
	fx_add_item(s, town, maize, upland, 12.5, date_from_ymd(2020, 10, 1), IRRIGATION_NONE);
	s->communes[town].plan[0].mark = (src_mark){ -1, 12, 7 };
	int dv = fx_add_commune(s, "dong-van", 0);
	snprintf(s->communes[dv].name, sizeof s->communes[dv].name, "Xã Đồng Văn");
	int dv_paddy = fx_add_land(s, dv, "paddy", LAND_PADDY, loam, 40, 0.5, 2);
	fx_add_item(s, dv, potato, dv_paddy, 15, date_from_ymd(2020, 11, 1), IRRIGATION_NONE);

	s->economy.present = true;
	s->economy.constant_price_year = 2010;
	s->economy.district_output_prev_bn_vnd = 1500;
	s->economy.winter_crop_prev_bn_vnd = 2;
	s->economy.other_sectors = calloc(1, sizeof *s->economy.other_sectors);
	if (!s->economy.other_sectors)
		abort();
	s->economy.n_other_sectors = 1;
	snprintf(s->economy.other_sectors[0].name, SCN_NAME_MAX, "Dịch vụ");
	s->economy.other_sectors[0].share_prev = 0.9987;
	s->economy.other_sectors[0].growth_pct = 10;
	s->economy.has_target = true;
	s->economy.target_growth_pct = 13.58;

	/* 240 days of Tmax 24, Tmin 14, ET0 3 mm, rain 1 mm from the season start. */
	fx_weather(&f->w, s->season_start, 240, 24, 14, 3.0, 1.0);
	f->w.source = WEATHER_NORMALS;
	f->w.seed = 2020;
	season_result_init(&f->r);
	report_daily_init(&f->daily);
	CU_ASSERT_TRUE_FATAL(season_run(s, &f->w, &f->r, report_daily_on_day, &f->daily));
	CU_ASSERT_FALSE(f->daily.oom);
}

static void fixture_free(fixture *f)
{
	report_daily_fini(&f->daily);
	season_result_fini(&f->r);
	fx_weather_free(&f->w);
	scenario_fini(&f->s);
}

/* Writes a report; the caller frees the string. */
static char *write_report(fixture *f, report_format fmt, report_table t, lang l)
{
	report_options o = { .format = fmt, .table = t, .lang = l };
	strbuf sb;
	strbuf_init(&sb);
	CU_ASSERT_TRUE(report_write(&sb, &f->s, &f->w, &f->r, &o, &f->daily));
	size_t len;
	char *text = strbuf_release(&sb, &len);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_EQUAL(strlen(text), len);
	return text;
}

/* ---- a small CSV reader: the lines after the `#` comments, split by RFC 4180 ---- */

#define MAX_FIELDS 32
#define MAX_ROWS 64

typedef struct {
	char header[MAX_FIELDS][48];
	size_t n_cols;
	char cell[MAX_ROWS][MAX_FIELDS][96];
	size_t n_rows;
} csv_table;

static size_t split_line(const char *line, char out[][96], size_t max)
{
	size_t n = 0, k = 0;
	bool quoted = false;
	out[0][0] = 0;
	for (const char *p = line; *p && *p != '\n'; p++) {
		if (quoted) {
			if (*p == '"' && p[1] == '"') {
				if (k < 95) out[n][k++] = '"';
				p++;
			} else if (*p == '"') {
				quoted = false;
			} else if (k < 95) {
				out[n][k++] = *p;
			}
		} else if (*p == '"') {
			quoted = true;
		} else if (*p == ',') {
			out[n][k] = 0;
			if (++n == max)
				return n;
			k = 0;
		} else if (k < 95) {
			out[n][k++] = *p;
		}
	}
	out[n][k] = 0;
	return n + 1;
}

static void csv_parse(const char *text, csv_table *t)
{
	memset(t, 0, sizeof *t);
	const char *p = text;
	while (*p == '#')
		p = strchr(p, '\n') + 1;
	char tmp[MAX_FIELDS][96];
	t->n_cols = split_line(p, tmp, MAX_FIELDS);
	for (size_t i = 0; i < t->n_cols; i++)
		snprintf(t->header[i], sizeof t->header[i], "%.47s", tmp[i]);
	for (p = strchr(p, '\n'); p && p[1] && t->n_rows < MAX_ROWS; p = strchr(p, '\n')) {
		p++;
		size_t n = split_line(p, t->cell[t->n_rows], MAX_FIELDS);
		CU_ASSERT_EQUAL(n, t->n_cols);
		t->n_rows++;
	}
}

static int csv_col(const csv_table *t, const char *name)
{
	for (size_t i = 0; i < t->n_cols; i++)
		if (strcmp(t->header[i], name) == 0)
			return (int)i;
	CU_FAIL("column missing");
	return 0;
}

static double csv_num(const csv_table *t, size_t row, const char *name)
{
	const char *s = t->cell[row][csv_col(t, name)];
	char *end;
	double v = strtod(s, &end);
	CU_ASSERT_TRUE(end != s && *end == 0);
	return v;
}

static const char *csv_str(const csv_table *t, size_t row, const char *name)
{
	return t->cell[row][csv_col(t, name)];
}

/* The first line that is not a `#` comment. */
static void header_line(const char *text, char *buf, size_t size)
{
	const char *p = text;
	while (*p == '#')
		p = strchr(p, '\n') + 1;
	size_t n = strcspn(p, "\n");
	snprintf(buf, size, "%.*s", (int)n, p);
}

static void test_report_csv_headers_are_the_binding_column_lists(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	char line[1024];
	char *t = write_report(&f, REPORT_CSV, REPORT_ITEMS, LANG_EN);
	header_line(t, line, sizeof line);
	CU_ASSERT_STRING_EQUAL(line, ITEMS_HEADER);
	free(t);
	t = write_report(&f, REPORT_CSV, REPORT_DISTRICT, LANG_EN);
	header_line(t, line, sizeof line);
	CU_ASSERT_STRING_EQUAL(line, DISTRICT_HEADER);
	free(t);
	t = write_report(&f, REPORT_CSV, REPORT_DAILY, LANG_EN);
	header_line(t, line, sizeof line);
	CU_ASSERT_STRING_EQUAL(line, DAILY_HEADER);
	free(t);
	t = write_report(&f, REPORT_CSV, REPORT_COMMUNES, LANG_EN);
	header_line(t, line, sizeof line);
	CU_ASSERT_EQUAL(strncmp(line, "commune,area_ha,", 16), 0);
	free(t);
	t = write_report(&f, REPORT_CSV, REPORT_CROPS, LANG_EN);
	header_line(t, line, sizeof line);
	CU_ASSERT_EQUAL(strncmp(line, "crop,area_ha,", 13), 0);
	free(t);

	report_options o = { .format = REPORT_CSV, .table = REPORT_ITEMS, .lang = LANG_EN };
	strbuf sb;
	strbuf_init(&sb);
	CU_ASSERT_TRUE(report_write_weather(&sb, &f.s, &f.w, &o));
	header_line(strbuf_str(&sb), line, sizeof line);
	CU_ASSERT_STRING_EQUAL(line, WEATHER_HEADER);
	/* One row per day; ET0 with three decimals: the fixture's 3 mm is "3.000". */
	csv_table *wt = malloc(sizeof *wt);
	CU_ASSERT_PTR_NOT_NULL_FATAL(wt);
	csv_parse(strbuf_str(&sb), wt);
	CU_ASSERT_EQUAL(wt->n_rows, MAX_ROWS);   /* 240 days, the reader stops at MAX_ROWS */
	CU_ASSERT_STRING_EQUAL(wt->cell[0][0], "2020-09-01");
	CU_ASSERT_STRING_EQUAL(wt->cell[0][10], "3.000");
	free(wt);
	strbuf_fini(&sb);
	fixture_free(&f);
}

/* Sums a column of the items table over the rows whose `key` column equals `value`
 * (every row when key is NULL). */
static double sum_items(const csv_table *it, const char *col, const char *key, const char *value)
{
	double sum = 0;
	for (size_t i = 0; i < it->n_rows; i++)
		if (!key || strcmp(csv_str(it, i, key), value) == 0)
			sum += csv_num(it, i, col);
	return sum;
}

static void test_report_csv_item_rows_add_up_to_communes_crops_and_district(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	csv_table *items = malloc(sizeof *items), *groups = malloc(sizeof *groups);
	CU_ASSERT_PTR_NOT_NULL_FATAL(items);
	CU_ASSERT_PTR_NOT_NULL_FATAL(groups);
	char *t = write_report(&f, REPORT_CSV, REPORT_ITEMS, LANG_EN);
	csv_parse(t, items);
	free(t);
	CU_ASSERT_EQUAL(items->n_rows, 3);
	static const char *const sums[] = { "area_ha", "irrigated_ha", "output_t", "value_mvnd",
					    "value_const_mvnd", "cost_mvnd", "profit_mvnd",
					    "labour_days" };
	/* Each item cell is rounded to at most 3 decimals: 3 rows differ by < 3 × 0.0005
	 * (labour days have 1 decimal: < 3 × 0.05). */
	const double tol = 0.16;
	static const char *const keys[] = { "commune", "crop" };
	static const report_table tables[] = { REPORT_COMMUNES, REPORT_CROPS };
	for (int k = 0; k < 2; k++) {
		t = write_report(&f, REPORT_CSV, tables[k], LANG_EN);
		csv_parse(t, groups);
		free(t);
		CU_ASSERT_EQUAL(groups->n_rows, 2);
		for (size_t g = 0; g < groups->n_rows; g++) {
			const char *id = csv_str(groups, g, keys[k]);
			for (size_t c = 0; c < sizeof sums / sizeof sums[0]; c++)
				CU_ASSERT_DOUBLE_EQUAL(csv_num(groups, g, sums[c]),
						       sum_items(items, sums[c], keys[k], id), tol);
			/* yield_t_ha: the area-weighted mean of the items' yields */
			double area = 0, out = 0;
			for (size_t i = 0; i < items->n_rows; i++)
				if (strcmp(csv_str(items, i, keys[k]), id) == 0) {
					area += csv_num(items, i, "area_ha");
					out += csv_num(items, i, "area_ha") * csv_num(items, i, "yield_t_ha");
				}
			CU_ASSERT_DOUBLE_EQUAL(csv_num(groups, g, "yield_t_ha"), out / area, 0.01);
		}
	}
	t = write_report(&f, REPORT_CSV, REPORT_DISTRICT, LANG_EN);
	csv_parse(t, groups);
	free(t);
	CU_ASSERT_EQUAL(groups->n_rows, 1);
	static const char *const dsums[] = { "area_ha", "output_t", "value_mvnd",
					     "value_const_mvnd", "profit_mvnd", "labour_days" };
	for (size_t c = 0; c < sizeof dsums / sizeof dsums[0]; c++)
		CU_ASSERT_DOUBLE_EQUAL(csv_num(groups, 0, dsums[c]),
				       sum_items(items, dsums[c], NULL, NULL), tol);
	/* DESIGN §3.8: contribution (pp) = (GO_const - prev) / district_prev × 100, with GO in
	 * billion VND = value_const_mvnd / 1000. */
	double go = csv_num(groups, 0, "value_const_mvnd") / 1000.0;
	CU_ASSERT_DOUBLE_EQUAL(csv_num(groups, 0, "contribution_pp"), (go - 2.0) / 1500.0 * 100.0,
			       1e-3);
	CU_ASSERT_DOUBLE_EQUAL(csv_num(groups, 0, "winter_growth_pct"), (go / 2.0 - 1) * 100.0,
			       1e-2);
	free(items);
	free(groups);
	fixture_free(&f);
}

static bool is_hex16(const char *s)
{
	for (int i = 0; i < 16; i++)
		if (!isxdigit((unsigned char)s[i]))
			return false;
	return s[16] == '\n';
}

static void test_report_csv_starts_with_provenance_and_warnings(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	char *t = write_report(&f, REPORT_CSV, REPORT_ITEMS, LANG_EN);
	CU_ASSERT_EQUAL(strncmp(t, "# vudong ", 9), 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\n# scenario: test.yaml\n"));
	const char *h = strstr(t, "\n# scenario_hash: ");
	CU_ASSERT_PTR_NOT_NULL_FATAL(h);
	CU_ASSERT_TRUE(is_hex16(h + 18));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\n# weather: generated from monthly normals, seed 2020\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\n# season: 2020-09-01 to 2021-04-30\n"));
	/* The potato on paddy-2: 4 stages of 20 days from 2020-10-25 end on day 80, sow + 79 =
	 * 2021-01-12, which is 79 - 50 = 29 days after free_until = sow + 50 = 2020-12-14. */
	const char *w = strstr(t, "\n# warning: late-harvest: ");
	CU_ASSERT_PTR_NOT_NULL_FATAL(w);
	CU_ASSERT_TRUE(w < strstr(t, "\ncommune,"));
	CU_ASSERT_PTR_NOT_NULL(strstr(w, "harvested 2021-01-12, 29 days after"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, ",2020-10-25,2021-01-12,80,"));
	free(t);
	fixture_free(&f);
}

/* ---- a JSON syntax checker (RFC 8259 grammar), enough to say the output parses ---- */

static const char *json_value(const char *p);

static const char *json_ws(const char *p)
{
	while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
		p++;
	return p;
}

static const char *json_string(const char *p)
{
	if (*p++ != '"')
		return NULL;
	for (; *p != '"'; p++) {
		if ((unsigned char)*p < 0x20)
			return NULL;
		if (*p == '\\') {
			p++;
			if (*p == 'u') {
				for (int i = 1; i <= 4; i++)
					if (!isxdigit((unsigned char)p[i]))
						return NULL;
				p += 4;
			} else if (!strchr("\"\\/bfnrt", *p) || !*p) {
				return NULL;
			}
		}
	}
	return p + 1;
}

static const char *json_number(const char *p)
{
	const char *start = p;
	if (*p == '-')
		p++;
	if (!isdigit((unsigned char)*p))
		return NULL;
	while (isdigit((unsigned char)*p))
		p++;
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			return NULL;
		while (isdigit((unsigned char)*p))
			p++;
	}
	return p > start ? p : NULL;
}

static const char *json_value(const char *p)
{
	p = json_ws(p);
	if (*p == '{' || *p == '[') {
		char close = *p == '{' ? '}' : ']';
		bool object = *p == '{';
		p = json_ws(p + 1);
		if (*p == close)
			return p + 1;
		for (;;) {
			if (object) {
				p = json_string(json_ws(p));
				if (!p)
					return NULL;
				p = json_ws(p);
				if (*p++ != ':')
					return NULL;
			}
			p = json_value(p);
			if (!p)
				return NULL;
			p = json_ws(p);
			if (*p == close)
				return p + 1;
			if (*p++ != ',')
				return NULL;
		}
	}
	if (*p == '"')
		return json_string(p);
	if (strncmp(p, "null", 4) == 0 || strncmp(p, "true", 4) == 0)
		return p + 4;
	if (strncmp(p, "false", 5) == 0)
		return p + 5;
	return json_number(p);
}

static bool json_parses(const char *text)
{
	const char *end = json_value(text);
	return end && *json_ws(end) == 0;
}

static void test_report_json_string_escapes_quotes_backslash_and_controls(void)
{
	strbuf sb;
	strbuf_init(&sb);
	report_json_string(&sb, "a\"b\\c\nd\te\x01 Đồng Văn");
	/* RFC 8259 §7: quote and backslash escaped, control characters as \n, \t or \u00XX;
	 * UTF-8 passes through unchanged. */
	CU_ASSERT_STRING_EQUAL(strbuf_str(&sb), "\"a\\\"b\\\\c\\nd\\te\\u0001 Đồng Văn\"");
	strbuf_fini(&sb);
}

static void test_report_json_parses_with_meta_rows_and_warnings(void)
{
	fixture f;
	fixture_build(&f, "Xã \"Cao\" \\ Sơn\nmới", "Khoai tây");
	static const report_table tables[] = { REPORT_ITEMS, REPORT_COMMUNES, REPORT_CROPS,
					       REPORT_DISTRICT, REPORT_DAILY };
	for (size_t k = 0; k < 5; k++) {
		char *t = write_report(&f, REPORT_JSON, tables[k], LANG_VI);
		CU_ASSERT_TRUE(json_parses(t));
		CU_ASSERT_EQUAL(strncmp(t, "{\n  \"meta\": {", 13), 0);
		CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"scenario_hash\": \""));
		CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"rows\": ["));
		CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"warnings\": ["));
		CU_ASSERT_PTR_NULL(strstr(t, "nan"));
		CU_ASSERT_PTR_NULL(strstr(t, "inf"));
		free(t);
	}
	char *t = write_report(&f, REPORT_JSON, REPORT_COMMUNES, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"name\": \"Xã \\\"Cao\\\" \\\\ Sơn\\nmới\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"code\": \"late-harvest\""));
	free(t);
	report_options o = { .format = REPORT_JSON, .table = REPORT_ITEMS, .lang = LANG_EN };
	strbuf sb;
	strbuf_init(&sb);
	CU_ASSERT_TRUE(report_write_weather(&sb, &f.s, &f.w, &o));
	CU_ASSERT_TRUE(json_parses(strbuf_str(&sb)));
	strbuf_fini(&sb);
	fixture_free(&f);
}

static void test_report_writes_missing_numbers_as_empty_or_null(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	f.r.items[0].yield_t_ha = NAN;
	f.r.items[0].f_cold = INFINITY;
	char *t = write_report(&f, REPORT_CSV, REPORT_ITEMS, LANG_EN);
	csv_table *items = malloc(sizeof *items);
	CU_ASSERT_PTR_NOT_NULL_FATAL(items);
	csv_parse(t, items);
	CU_ASSERT_STRING_EQUAL(csv_str(items, 0, "yield_t_ha"), "");
	CU_ASSERT_STRING_EQUAL(csv_str(items, 0, "f_cold"), "");
	CU_ASSERT_PTR_NULL(strstr(t, "nan"));
	free(items);
	free(t);
	t = write_report(&f, REPORT_JSON, REPORT_ITEMS, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"yield_t_ha\": null"));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\"f_cold\": null"));
	CU_ASSERT_TRUE(json_parses(t));
	free(t);
	t = write_report(&f, REPORT_TEXT, REPORT_ITEMS, LANG_EN);
	CU_ASSERT_PTR_NULL(strstr(t, "nan"));
	CU_ASSERT_PTR_NULL(strstr(t, "inf"));
	free(t);
	fixture_free(&f);
}

/* Display columns counted here independently of textwidth.c: every code point of the test
 * text (Latin and Vietnamese letters, '…', '—', '°') is one column. */
static int columns(const char *s, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n; i++)
		w += ((unsigned char)s[i] & 0xc0) != 0x80;
	return w;
}

static int widest_line(const char *text)
{
	int widest = 0;
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		int w = columns(p, n);
		if (w > widest)
			widest = w;
		p += n + (p[n] == '\n');
	}
	return widest;
}

static void test_report_text_lines_fit_80_columns_in_both_languages(void)
{
	static const char *const towns[] = {
		"Thị trấn Bình Liêu",
		"Xã Đồng Văn của huyện Bình Liêu tỉnh Quảng Ninh, một tên rất dài để thử bảng",
	};
	static const char *const crops[] = { "Khoai tây", "Khoai tây giống Atlantic nhập khẩu vụ đông sớm" };
	static const report_table tables[] = { REPORT_ITEMS, REPORT_DAILY };
	for (int v = 0; v < 2; v++) {
		fixture f;
		fixture_build(&f, towns[v], crops[v]);
		f.r.items[0].status = 0x1ff;   /* every status word: the status column wraps */
		for (int l = 0; l < 2; l++) {
			for (int k = 0; k < 2; k++) {
				char *t = write_report(&f, REPORT_TEXT, tables[k], l ? LANG_EN : LANG_VI);
				CU_ASSERT(widest_line(t) <= 80);
				CU_ASSERT(widest_line(t) >= 60);   /* the tables are there */
				free(t);
			}
			report_options o = { .format = REPORT_TEXT, .table = REPORT_ITEMS, .lang = l ? LANG_EN : LANG_VI };
			strbuf sb;
			strbuf_init(&sb);
			CU_ASSERT_TRUE(report_write_weather(&sb, &f.s, &f.w, &o));
			CU_ASSERT(widest_line(strbuf_str(&sb)) <= 80);
			strbuf_fini(&sb);
		}
		fixture_free(&f);
	}
}

static void test_report_text_has_summary_tables_and_worded_warnings(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	char *vi = write_report(&f, REPORT_TEXT, REPORT_ITEMS, LANG_VI);
	char *en = write_report(&f, REPORT_TEXT, REPORT_ITEMS, LANG_EN);
	CU_ASSERT_EQUAL(strncmp(vi, "Bình Liêu — test season\n", 25), 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(vi, "TỔNG HỢP TOÀN HUYỆN"));
	CU_ASSERT_PTR_NOT_NULL(strstr(vi, "THEO XÃ"));
	CU_ASSERT_PTR_NOT_NULL(strstr(vi, "tạ/ha"));
	/* No English label is left in the Vietnamese report. */
	static const char *const english[] = { "Area", "Yield", "Output", "Profit", "WARNINGS",
		"DISTRICT SUMMARY", "BY COMMUNE", "BY CROP", "tonnes", "million", "Scenario",
		"Weather", "Season", "late harvest", "District total" };
	for (size_t i = 0; i < sizeof english / sizeof english[0]; i++)
		CU_ASSERT_PTR_NULL(strstr(vi, english[i]));
	CU_ASSERT_PTR_NOT_NULL(strstr(en, "DISTRICT SUMMARY"));
	CU_ASSERT_PTR_NOT_NULL(strstr(en, "t/ha"));
	CU_ASSERT_PTR_NULL(strstr(en, "tạ/ha"));
	/* The warning names the commune, land unit, crop and sowing date. */
	const char *w = strstr(en, "WARNINGS");
	CU_ASSERT_PTR_NOT_NULL_FATAL(w);
	CU_ASSERT_PTR_NOT_NULL(strstr(w, "- Thị trấn Bình Liêu, land paddy-2, Khoai tây sown 2020-10-25: harvested"));
	w = strstr(vi, "CẢNH BÁO");
	CU_ASSERT_PTR_NOT_NULL_FATAL(w);
	/* in Vietnamese the land unit by name (the commune has one paddy unit), the date as
	 * dd/mm/yyyy, and no id of a land kind anywhere */
	CU_ASSERT_PTR_NOT_NULL(strstr(w, "Thị trấn Bình Liêu, Đất 2 vụ lúa, Khoai tây gieo ngày 25/10/2020"));
	CU_ASSERT_PTR_NULL(strstr(vi, "paddy"));
	CU_ASSERT_PTR_NULL(strstr(vi, "upland"));
	free(vi);
	free(en);
	fixture_free(&f);
}

static void test_report_without_economy_leaves_growth_out(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	f.s.economy.present = false;
	f.r.district.has_economy = false;
	char *t = write_report(&f, REPORT_CSV, REPORT_DISTRICT, LANG_EN);
	csv_table *d = malloc(sizeof *d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	csv_parse(t, d);
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "winter_growth_pct"), "");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "contribution_pp"), "");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "district_growth_pct"), "");
	CU_ASSERT_STRING_NOT_EQUAL(csv_str(d, 0, "output_t"), "");
	free(d);
	free(t);
	t = write_report(&f, REPORT_TEXT, REPORT_ITEMS, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "no economy section"));
	CU_ASSERT_PTR_NULL(strstr(t, "District growth"));
	free(t);
	fixture_free(&f);
}

static void test_report_numbers_use_dot_in_a_decimal_comma_locale(void)
{
	char saved[256];
	const char *cur = setlocale(LC_ALL, NULL);
	snprintf(saved, sizeof saved, "%s", cur ? cur : "C");
	if (!setlocale(LC_ALL, "vi_VN.UTF-8") && !setlocale(LC_ALL, "de_DE.UTF-8") &&
	    !setlocale(LC_ALL, "fr_FR.UTF-8")) {
		setlocale(LC_ALL, saved);
		return;   /* no decimal-comma locale installed: nothing to check */
	}
	char probe[16];
	snprintf(probe, sizeof probe, "%.1f", 1.5);
	bool comma_locale = strcmp(probe, "1,5") == 0;
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	char *csv = write_report(&f, REPORT_CSV, REPORT_ITEMS, LANG_VI);
	char *text = write_report(&f, REPORT_TEXT, REPORT_ITEMS, LANG_VI);
	char *json = write_report(&f, REPORT_JSON, REPORT_ITEMS, LANG_VI);
	snprintf(probe, sizeof probe, "%.1f", 1.5);
	bool still_comma = strcmp(probe, "1,5") == 0;
	setlocale(LC_ALL, saved);
	if (comma_locale) {
		CU_ASSERT_TRUE(still_comma);   /* the writers restored the caller's locale */
		CU_ASSERT_PTR_NOT_NULL(strstr(csv, ",12.500,"));   /* maize 12.5 ha */
		CU_ASSERT_PTR_NOT_NULL(strstr(text, " 12.5 "));
		CU_ASSERT_PTR_NOT_NULL(strstr(json, "\"area_ha\": 12.500"));
		CU_ASSERT_TRUE(json_parses(json));
	}
	free(csv);
	free(text);
	free(json);
	fixture_free(&f);
}

static void test_report_daily_keeps_one_row_per_item_day_of_the_irrigated_part(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	/* potato 80 days (irrigated part only) + maize 100 days + potato 80 days */
	CU_ASSERT_EQUAL(f.daily.n, 80 + 100 + 80);
	size_t k = 0;
	for (size_t i = 0; i < f.r.n_items; i++) {
		const item_result *it = &f.r.items[i];
		CU_ASSERT_EQUAL(f.daily.days[k].das, 1);
		CU_ASSERT_EQUAL(f.daily.days[k].date, it->sow);
		CU_ASSERT_EQUAL(f.daily.days[k].irrigated, it->irrigated_ha > 0);
		k += (size_t)it->days;
		CU_ASSERT_EQUAL(f.daily.days[k - 1].date, it->harvest);
	}
	char *t = write_report(&f, REPORT_CSV, REPORT_DAILY, LANG_EN);
	csv_table *d = malloc(sizeof *d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	csv_parse(t, d);
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "date"), "2020-10-25");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "commune"), "town");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "land"), "paddy-2");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "crop"), "potato");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "das"), "1");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 0, "stage"), "ini");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 20, "stage"), "dev");   /* day 21: development */
	CU_ASSERT_STRING_EQUAL(csv_str(d, 40, "stage"), "mid");
	CU_ASSERT_STRING_EQUAL(csv_str(d, 60, "stage"), "late");
	CU_ASSERT_DOUBLE_EQUAL(csv_num(d, 0, "kc"), 0.5, 1e-9);   /* Kc_ini of the fixture crop */
	free(d);
	free(t);
	fixture_free(&f);
}

static void test_report_warning_diags_point_at_the_plan_item(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(report_warnings_to_diags(&f.s, &f.w, &f.r, LANG_EN, &dl));
	bool found = false;
	for (size_t i = 0; i < dl.count; i++) {
		const diag *d = &dl.items[i];
		if (!strstr(d->message, "[late-harvest]"))
			continue;
		found = true;
		CU_ASSERT_STRING_EQUAL(d->file, "test.yaml");
		CU_ASSERT_EQUAL(d->line, 12);
		CU_ASSERT_EQUAL(d->col, 7);
		CU_ASSERT_EQUAL(d->severity, DIAG_WARNING);
	}
	CU_ASSERT_TRUE(found);
	CU_ASSERT_FALSE(report_has_errors(&f.r));
	diag_list_fini(&dl);
	fixture_free(&f);
}

static void test_report_immature_crop_is_an_error(void)
{
	fixture f;
	fixture_build(&f, "Thị trấn Bình Liêu", "Khoai tây");
	/* Cut the weather to 100 days (to 2020-12-09): the potato sown 2020-10-25 needs 80. */
	season_result_fini(&f.r);
	f.w.n = 100;
	CU_ASSERT_TRUE_FATAL(season_run(&f.s, &f.w, &f.r, NULL, NULL));
	CU_ASSERT_TRUE(report_has_errors(&f.r));
	char *t = write_report(&f, REPORT_CSV, REPORT_ITEMS, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "\n# error: immature: "));
	CU_ASSERT_PTR_NOT_NULL(strstr(t, "the weather ends on 2020-12-09 before the crop matures"));
	free(t);
	f.w.n = 240;
	fixture_free(&f);
}

/* The printf conversions of a format, e.g. "%.2f %% %s" -> ".2f s" ("%%" is no conversion). */
static void conversions(const char *fmt, char *out, size_t size)
{
	size_t k = 0;
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		p++;
		while (*p && !strchr("diouxXeEfFgGaAcspn", *p) && k + 2 < size)
			out[k++] = *p++;
		if (*p && k + 2 < size)
			out[k++] = *p;
		out[k++] = ' ';
		if (!*p)
			break;
	}
	out[k] = 0;
}

static void test_report_catalogue_keeps_the_conversions_of_each_message(void)
{
	/* A translation with other conversions than its English id would make snprintf read
	 * the wrong arguments (C11 7.21.6.1p9: undefined behaviour). */
	char en[128], vi[128];
	size_t n = 0;
	for (const tr_entry *e = tr_catalogue_report; e->en; e++, n++) {
		conversions(e->en, en, sizeof en);
		conversions(e->vi, vi, sizeof vi);
		if (strcmp(en, vi) != 0)
			fprintf(stderr, "\n  \"%s\": \"%s\" vs \"%s\"", e->en, en, vi);
		CU_ASSERT_STRING_EQUAL(en, vi);
	}
	CU_ASSERT(n > 50);
}

static void test_strbuf_grows_and_formats_long_text(void)
{
	strbuf sb;
	strbuf_init(&sb);
	CU_ASSERT_STRING_EQUAL(strbuf_str(&sb), "");
	for (int i = 0; i < 1000; i++)
		CU_ASSERT_TRUE(strbuf_appendf(&sb, "%04d,", i));
	CU_ASSERT_EQUAL(sb.len, 5000);
	CU_ASSERT_EQUAL(strncmp(strbuf_str(&sb) + 4995, "0999,", 5), 0);
	char big[1000];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	CU_ASSERT_TRUE(strbuf_appendf(&sb, "<%s>", big));   /* longer than the 256-byte fast path */
	CU_ASSERT_EQUAL(sb.len, 5000 + 1001);
	CU_ASSERT_EQUAL(strbuf_str(&sb)[sb.len - 1], '>');
	CU_ASSERT_TRUE(strbuf_append_repeat(&sb, "ab", 3));
	CU_ASSERT_EQUAL(strcmp(strbuf_str(&sb) + sb.len - 6, "ababab"), 0);
	sb.oom = true;   /* after a failure every append is refused and release gives NULL */
	CU_ASSERT_FALSE(strbuf_append(&sb, "more"));
	size_t len = 1;
	CU_ASSERT_PTR_NULL(strbuf_release(&sb, &len));
	CU_ASSERT_EQUAL(len, 0);
	strbuf_fini(&sb);
}

static void test_textwidth_counts_columns_not_bytes(void)
{
	/* "Bình Liêu": 9 letters in 12 bytes (ì and ê are 2 bytes each in UTF-8, precomposed). */
	CU_ASSERT_EQUAL(text_width("Bình Liêu"), 9);
	/* e + U+0301 COMBINING ACUTE ACCENT is one column (Unicode: Mn takes no column). */
	CU_ASSERT_EQUAL(text_width("e\xcc\x81"), 1);
	/* U+6F22 U+5B57: East Asian Wide, two columns each. */
	CU_ASSERT_EQUAL(text_width("\xe6\xbc\xa2\xe5\xad\x97"), 4);
	int w;
	size_t n = text_fit("Liêu", 3, &w);
	CU_ASSERT_EQUAL(n, 4);   /* "Liê" = 1 + 1 + 2 bytes */
	CU_ASSERT_EQUAL(w, 3);
}

VUDONG_SUITE(report)
{
	SUITE_ADD(s, "report");
	TEST_ADD(s, test_report_csv_headers_are_the_binding_column_lists);
	TEST_ADD(s, test_report_csv_item_rows_add_up_to_communes_crops_and_district);
	TEST_ADD(s, test_report_csv_starts_with_provenance_and_warnings);
	TEST_ADD(s, test_report_json_string_escapes_quotes_backslash_and_controls);
	TEST_ADD(s, test_report_json_parses_with_meta_rows_and_warnings);
	TEST_ADD(s, test_report_writes_missing_numbers_as_empty_or_null);
	TEST_ADD(s, test_report_text_lines_fit_80_columns_in_both_languages);
	TEST_ADD(s, test_report_text_has_summary_tables_and_worded_warnings);
	TEST_ADD(s, test_report_without_economy_leaves_growth_out);
	TEST_ADD(s, test_report_numbers_use_dot_in_a_decimal_comma_locale);
	TEST_ADD(s, test_report_daily_keeps_one_row_per_item_day_of_the_irrigated_part);
	TEST_ADD(s, test_report_warning_diags_point_at_the_plan_item);
	TEST_ADD(s, test_report_immature_crop_is_an_error);
	TEST_ADD(s, test_report_catalogue_keeps_the_conversions_of_each_message);
	TEST_ADD(s, test_strbuf_grows_and_formats_long_text);
	TEST_ADD(s, test_textwidth_counts_columns_not_bytes);
	return 0;
}
