/* report_compare.c - `vudong compare A B`: the district figures, and area, output and value by
 * commune and by crop, of A and B side by side with B − A and the change in %, as text
 * tables, as CSV in long form (level,id,name,figure,a,b,diff,change_pct) and as JSON. */
#include "report_util.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report_study.h"

#define WIDTH 80
#define LABEL_W 36
#define NUM_W 10
#define PCT_W 8

static const char *const cols[] = {
	"level", "id", "name", "figure", "a", "b", "diff", "change_pct",
};
#define NCOL (sizeof cols / sizeof cols[0])

/* What the report is written from: the arguments of report_write_compare, and where the two
 * scenarios come from. */
typedef struct {
	const compare_result *c;
	const study_options *o;
	report_provenance pa, pb;
} compare_job;

static bool want(const study_options *o, report_table level)
{
	return !o->has_level || o->level == level;
}

/* ---- rows (CSV and JSON) ---- */

typedef struct {
	strbuf *sb;
	report_format format;
	size_t n;
} row_sink;

static void emit(row_sink *k, const char *level, const char *id, const char *name,
		 const compare_figure *f)
{
	report_row row;
	row.n = 0;
	row.cells[row.n++] = (report_cell){ .kind = CELL_STR, .s = level };
	row.cells[row.n++] = (report_cell){ .kind = CELL_STR, .s = id };
	row.cells[row.n++] = (report_cell){ .kind = CELL_STR, .s = name };
	row.cells[row.n++] = (report_cell){ .kind = CELL_STR, .s = f->key };
	const double v[] = { f->a, f->b, compare_diff(f), compare_change_pct(f) };
	const int dec[] = { f->dec, f->dec, f->dec, 4 };
	for (int i = 0; i < 4; i++)
		row.cells[row.n++] = (report_cell){ .kind = CELL_NUM, .v = v[i], .dec = dec[i] };
	if (k->format == REPORT_CSV) {
		report_csv_row(k->sb, &row);
	} else {
		strbuf_append(k->sb, k->n ? ",\n    " : "\n    ");
		report_json_object(k->sb, cols, &row);
	}
	k->n++;
}

static void each_row(row_sink *k, const compare_result *c, const study_options *o)
{
	if (want(o, REPORT_DISTRICT))
		for (int i = 0; i < COMPARE_DISTRICT_FIGURES; i++)
			emit(k, "district", "", "", &c->district[i]);
	if (want(o, REPORT_COMMUNES))
		for (size_t i = 0; i < c->n_communes; i++) {
			const compare_row *r = &c->communes[i];
			emit(k, "commune", r->id, r->name, &r->area);
			emit(k, "commune", r->id, r->name, &r->output);
			emit(k, "commune", r->id, r->name, &r->value);
		}
	if (want(o, REPORT_CROPS))
		for (size_t i = 0; i < c->n_crops; i++) {
			const compare_row *r = &c->crops[i];
			emit(k, "crop", r->id, r->name, &r->area);
			emit(k, "crop", r->id, r->name, &r->output);
			emit(k, "crop", r->id, r->name, &r->value);
		}
}

static const char *level_name(const study_options *o)
{
	return o->has_level ? report_table_name(o->level) : "compare";
}

static bool compare_csv(strbuf *sb, const void *job)
{
	const compare_job *j = job;
	const study_options *o = j->o;
	report_csv_provenance(sb, &j->pa, level_name(o));
	char buf[512];
	report_csv_comment(sb, "scenario_b", j->pb.scenario_path);
	report_csv_comment(sb, "scenario_b_name", j->pb.scenario_name);
	report_csv_comment(sb, "scenario_b_hash", j->pb.hash);
	report_csv_comment(sb, "weather_b", report_weather_description(&j->pb, LANG_EN, buf, sizeof buf));
	report_csv_comment(sb, "columns", "a = the first scenario, b = the second, diff = b - a, "
			   "change_pct = diff / |a| x 100 (empty for growth rates and when a is 0)");
	strbuf_append(sb, "# units: area ha, output t, money million VND, growth % and pp\n");
	report_csv_header(sb, cols, NCOL);
	row_sink k = { sb, REPORT_CSV, 0 };
	each_row(&k, j->c, o);
	return true;
}

static bool compare_json(strbuf *sb, const void *job)
{
	const compare_job *j = job;
	const study_options *o = j->o;
	strbuf_append(sb, "{\n  \"meta\": ");
	report_json_meta(sb, &j->pa, level_name(o), o->lang);
	strbuf_append(sb, ",\n  \"meta_b\": ");
	report_json_meta(sb, &j->pb, level_name(o), o->lang);
	strbuf_append(sb, ",\n  \"table\": ");
	report_json_string(sb, level_name(o));
	strbuf_append(sb, ",\n  \"rows\": [");
	row_sink k = { sb, REPORT_JSON, 0 };
	each_row(&k, j->c, o);
	strbuf_append(sb, k.n ? "\n  ]\n}\n" : "]\n}\n");
	return true;
}

/* ---- text ---- */

/* Decimals of a figure in text. */
static int text_dec(const compare_figure *f)
{
	if (strcmp(f->key, "contribution_pp") == 0)
		return 3;
	if (f->is_rate || strcmp(f->key, "land_use_coefficient") == 0)
		return 2;
	if (strcmp(f->key, "labour_days") == 0)
		return 0;
	return 1;
}

static void header(strbuf *sb, const char *first, lang l)
{
	report_text_cell(sb, first, LABEL_W, false);
	const char *head[4] = { "A", "B", tr(l, "B − A"), tr(l, "Change") };
	for (int i = 0; i < 4; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, head[i], i == 3 ? PCT_W : NUM_W, true);
	}
	strbuf_append_char(sb, '\n');
	strbuf_append_repeat(sb, "-", LABEL_W + 3 * (NUM_W + 1) + PCT_W + 1);
	strbuf_append_char(sb, '\n');
}

static void line(strbuf *sb, const char *label, const compare_figure *f, lang l)
{
	char c[4][64];
	int dec = text_dec(f);
	report_text_num(f->a, dec, NUM_W, l, c[0], sizeof c[0]);
	report_text_num(f->b, dec, NUM_W, l, c[1], sizeof c[1]);
	report_text_signed(compare_diff(f), dec, l, c[2], sizeof c[2]);
	double pct = compare_change_pct(f);
	if (isfinite(pct)) {
		report_text_signed(pct, 1, l, c[3], sizeof c[3] - 4);
		strcat(c[3], " %");
	} else {
		snprintf(c[3], sizeof c[3], "-");
	}
	report_text_cell(sb, label, LABEL_W, false);
	for (int i = 0; i < 4; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, c[i], i == 3 ? PCT_W : NUM_W, true);
	}
	strbuf_append_char(sb, '\n');
}

static void district_text(strbuf *sb, const compare_result *c, lang l)
{
	report_text_heading(sb, tr(l, "DISTRICT"));
	header(sb, "", l);
	int n = c->a_has_economy || c->b_has_economy ? COMPARE_DISTRICT_FIGURES : COMPARE_DISTRICT_FIGURES - 3;
	for (int i = 0; i < n; i++) {
		const compare_figure *f = &c->district[i];
		char label[256];
		if (f->unit[0])
			snprintf(label, sizeof label, "%s (%s)", tr(l, f->label), tr(l, f->unit));
		else
			snprintf(label, sizeof label, "%s", tr(l, f->label));
		line(sb, label, f, l);
	}
}

/* The rows' figure `which` (0 area, 1 output, 2 value) under a heading. */
static void group_text(strbuf *sb, const char *title, const char *first_col,
		       const compare_row *rows, size_t n, int which, lang l)
{
	report_text_heading(sb, title);
	header(sb, first_col, l);
	for (size_t i = 0; i < n; i++) {
		const compare_row *r = &rows[i];
		const compare_figure *f = which == 0 ? &r->area : which == 1 ? &r->output : &r->value;
		line(sb, r->name, f, l);
	}
}

static bool same_figure(const compare_figure *f)
{
	bool fa = isfinite(f->a), fb = isfinite(f->b);
	return fa == fb && (!fa || f->a == f->b);
}

static bool all_same(const compare_result *c)
{
	for (int i = 0; i < COMPARE_DISTRICT_FIGURES; i++)
		if (!same_figure(&c->district[i]))
			return false;
	for (int k = 0; k < 2; k++) {
		const compare_row *rows = k ? c->crops : c->communes;
		size_t n = k ? c->n_crops : c->n_communes;
		for (size_t i = 0; i < n; i++)
			if (!same_figure(&rows[i].area) || !same_figure(&rows[i].output) ||
			    !same_figure(&rows[i].value))
				return false;
	}
	return true;
}

static bool compare_text(strbuf *sb, const void *job)
{
	const compare_job *j = job;
	const compare_result *c = j->c;
	const report_provenance *pa = &j->pa, *pb = &j->pb;
	lang l = j->o->lang;
	report_text_title(sb, tr(l, "Comparison of two scenarios"), tr(l, "B against A"),
			  pa->version, l);
	char na[512], nb[512], wa[512], wb[512];
	char sa[400], sb_[400], prepared[11];
	snprintf(na, sizeof na, "%s (%s)", report_text_scenario_source(pa, l, sa, sizeof sa),
		 pa->scenario_name);
	snprintf(nb, sizeof nb, "%s (%s)", report_text_scenario_source(pb, l, sb_, sizeof sb_),
		 pb->scenario_name);
	report_weather_description(pa, l, wa, sizeof wa);
	report_weather_description(pb, l, wb, sizeof wb);
	const char *lab[] = { tr(l, "Scenario A"), tr(l, "Hash A"), tr(l, "Weather A"),
			      tr(l, "Scenario B"), tr(l, "Hash B"), tr(l, "Weather B"),
			      tr(l, "Prepared on") };
	const char *val[] = { na, pa->hash, wa, nb, pb->hash, wb,
			      report_text_date(pa->prepared, l, prepared) };
	report_text_fields(sb, lab, val, pa->prepared != DATE_NONE ? 7 : 6);
	strbuf_append_char(sb, '\n');
	report_text_wrap(sb, all_same(c) ? tr(l, "The two scenarios give the same figures.")
					 : tr(l, "Change: (B − A) / A in percent; for growth rates only the difference, in percentage points."),
			 0, 0, WIDTH);
	district_text(sb, c, l);
	char title[3][200];
	const char *what[3] = { tr(l, "AREA (ha)"), tr(l, "OUTPUT (tonnes)"), tr(l, "VALUE (mln VND)") };
	for (int k = 1; k < 3; k++) {
		snprintf(title[k], sizeof title[k], "%s: %s", tr(l, "BY COMMUNE"), what[k]);
		group_text(sb, title[k], tr(l, "Commune"), c->communes, c->n_communes, k, l);
	}
	for (int k = 0; k < 3; k++) {
		snprintf(title[k], sizeof title[k], "%s: %s", tr(l, "BY CROP"), what[k]);
		group_text(sb, title[k], tr(l, "Crop"), c->crops, c->n_crops, k, l);
	}
	return true;
}

bool report_write_compare(strbuf *sb, const scenario *a, const scenario *b,
			  const compare_result *c, const study_options *o)
{
	static const report_writers writers = {
		.text = compare_text, .csv = compare_csv, .json = compare_json,
	};
	compare_job job = { .c = c, .o = o };
	report_provenance_init(&job.pa, a, NULL);
	report_provenance_init(&job.pb, b, NULL);
	if (o->has_prepared)
		job.pa.prepared = o->prepared;
	return report_dispatch(sb, o->format, &writers, &job);
}
