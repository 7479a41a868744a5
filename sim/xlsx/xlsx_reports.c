/* xlsx_reports.c - the season, ensemble, sensitivity and comparison reports as workbooks:
 * the CSV writers give each table (so the sheets hold the CSV's values), the title block's
 * fields give the provenance and assumptions (xlsx_reports.h). */
#include "xlsx_reports.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_outlook.h"
#include "report_util.h"
#include "xlsx_book.h"

#define MAX_SHEETS 8

/* The tables' CSV texts and the book that names them. */
typedef struct {
	strbuf csv[MAX_SHEETS];
	xlsx_sheet sheets[MAX_SHEETS];
	size_t n;
	bool ok;
} sheet_set;

static void sheets_init(sheet_set *ss)
{
	memset(ss, 0, sizeof *ss);
	for (int i = 0; i < MAX_SHEETS; i++)
		strbuf_init(&ss->csv[i]);
	ss->ok = true;
}

static void sheets_fini(sheet_set *ss)
{
	for (int i = 0; i < MAX_SHEETS; i++)
		strbuf_fini(&ss->csv[i]);
}

/* The sheet just written into ss->csv[ss->n] (when `written`), named `name`. */
static void sheets_add(sheet_set *ss, const char *name, bool written)
{
	strbuf *sb = &ss->csv[ss->n];
	if (!written || sb->oom) {
		ss->ok = false;
		return;
	}
	ss->sheets[ss->n] = (xlsx_sheet){ name, strbuf_str(sb) };
	ss->n++;
}

static bool write_book(const char *path, const sheet_set *ss, const report_document *doc,
		       const char *title, lang l, bool overwrite, diag_list *dl)
{
	if (!ss->ok) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "out of memory while writing the workbook");
		return false;
	}
	xlsx_field fields[REPORT_DOC_FIELDS];
	for (size_t i = 0; i < doc->n; i++)
		fields[i] = (xlsx_field){ doc->labels[i], doc->values[i] };
	xlsx_book b = {
		.lang = l, .title = title, .sheets = ss->sheets, .n_sheets = ss->n,
		.fields_sheet = tr(l, "Provenance and assumptions"), .fields = fields,
		.n_fields = doc->n, .header = report_column_header,
	};
	return xlsx_book_write(path, &b, overwrite, dl);
}

/* The outlook as a table: one figure a row, its P10, median, P90 and mean. */
static bool outlook_csv(strbuf *sb, const outlook *o)
{
	struct {
		const char *metric;
		const outlook_range *r;
	} rows[] = {
		{ "output_t", &o->output_t }, { "value_mvnd", &o->value_mvnd },
		{ "value_const_mvnd", &o->value_const_mvnd },
		{ "winter_growth_pct", &o->winter_growth_pct },
		{ "contribution_pp", &o->contribution_pp },
		{ "district_growth_pct", &o->district_growth_pct },
	};
	size_t n = o->has_economy ? 6 : 3;
	strbuf_append(sb, "metric,p10,p50,p90,mean\n");
	char v[4][64];
	for (size_t i = 0; i < n; i++) {
		const outlook_range *r = rows[i].r;
		strbuf_appendf(sb, "%s,%s,%s,%s,%s\n", rows[i].metric,
			       report_fmt_num(r->p10, 4, v[0], sizeof v[0]),
			       report_fmt_num(r->p50, 4, v[1], sizeof v[1]),
			       report_fmt_num(r->p90, 4, v[2], sizeof v[2]),
			       report_fmt_num(r->mean, 4, v[3], sizeof v[3]));
	}
	return !sb->oom;
}

/* What a book holds besides its sheets: the provenance of s (with w's weather when given),
 * the day it was prepared, and the report's own fields after the common ones. */
typedef struct {
	const scenario *s;
	const weather_series *w;
	lang l;
	bool has_prepared;
	vd_date prepared;
	const char *const *lab;
	const char *const *val;
	size_t n_extra;
} book_doc;

/* Writes the book's tables into ss (sheets_add). */
typedef void (*sheets_fill)(sheet_set *ss, const void *ctx, lang l);

static bool book_write(const char *path, const book_doc *d, sheets_fill fill, const void *ctx,
		       bool overwrite, diag_list *dl)
{
	sheet_set *ss = malloc(sizeof *ss);
	report_document *doc = malloc(sizeof *doc);
	bool ok = ss && doc;
	if (ok) {
		sheets_init(ss);
		fill(ss, ctx, d->l);
		report_provenance p;
		report_provenance_init(&p, d->s, d->w);
		if (d->has_prepared)
			p.prepared = d->prepared;
		char weather[512];
		report_weather_description(&p, d->l, weather, sizeof weather);
		report_document_fill(doc, d->s, &p, d->l, weather, d->lab, d->val, d->n_extra);
		ok = write_book(path, ss, doc, d->s->name, d->l, overwrite, dl);
		sheets_fini(ss);
	} else {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "out of memory while writing the workbook");
	}
	free(ss);
	free(doc);
	return ok;
}

typedef struct {
	const scenario *s;
	const weather_series *w;
	const season_result *r;
	const report_options *o;
} season_ctx;

/* The season's four tables, then the outlook when there is one. */
static void season_sheets(sheet_set *ss, const void *ctx, lang l)
{
	static const struct {
		report_table t;
		const char *name;
	} tables[] = {
		{ REPORT_DISTRICT, "District" }, { REPORT_COMMUNES, "Communes" },
		{ REPORT_CROPS, "Crops" }, { REPORT_ITEMS, "Items" },
	};
	const season_ctx *x = ctx;
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		report_options co = *x->o;
		co.format = REPORT_CSV;
		co.table = tables[i].t;
		sheets_add(ss, tr(l, tables[i].name),
			   report_write(&ss->csv[ss->n], x->s, x->w, x->r, &co, NULL));
	}
	if (x->o->outlook && x->o->outlook->seasons > 0)
		sheets_add(ss, tr(l, "Outlook"), outlook_csv(&ss->csv[ss->n], x->o->outlook));
}

bool xlsx_write_season(const char *path, const scenario *s, const weather_series *w,
		       const season_result *r, const report_options *o, bool overwrite,
		       diag_list *dl)
{
	lang l = o->lang;
	char example[400], seasons[32];
	snprintf(seasons, sizeof seasons, "%d", o->outlook ? o->outlook->seasons : 0);
	const char *lab[2] = { tr(l, "The tables"), tr(l, "Seasons over which the outlook is taken") };
	const char *val[2] = { report_example_season(s, w, l, example, sizeof example), seasons };
	book_doc d = {
		.s = s, .w = w, .l = l, .has_prepared = o->has_prepared, .prepared = o->prepared,
		.lab = lab, .val = val, .n_extra = o->outlook && o->outlook->seasons > 0 ? 2 : 1,
	};
	season_ctx x = { .s = s, .w = w, .r = r, .o = o };
	return book_write(path, &d, season_sheets, &x, overwrite, dl);
}

/* A study's levels as sheets, with its own writer for one level. */
typedef bool (*study_writer)(strbuf *sb, const void *ctx, const study_options *o);

typedef struct {
	const study_options *o;
	const report_table *levels;
	const char *const *names;
	size_t n_levels;
	study_writer write;
	const void *ctx;
} study_sheets_ctx;

static void study_sheets(sheet_set *ss, const void *ctx, lang l)
{
	const study_sheets_ctx *x = ctx;
	for (size_t i = 0; i < x->n_levels; i++) {
		study_options so = *x->o;
		so.format = REPORT_CSV;
		so.has_level = x->n_levels > 1;
		so.level = x->levels[i];
		sheets_add(ss, tr(l, x->names[i]), x->write(&ss->csv[ss->n], x->ctx, &so));
	}
}

static bool study_book(const char *path, const scenario *s, const study_options *o,
		       const report_table *levels, const char *const *names, size_t n_levels,
		       study_writer write, const void *ctx, const char *const *lab,
		       const char *const *val, size_t n_extra, bool overwrite, diag_list *dl)
{
	book_doc d = {
		.s = s, .l = o->lang, .has_prepared = o->has_prepared, .prepared = o->prepared,
		.lab = lab, .val = val, .n_extra = n_extra,
	};
	study_sheets_ctx x = { o, levels, names, n_levels, write, ctx };
	return book_write(path, &d, study_sheets, &x, overwrite, dl);
}

typedef struct {
	const scenario *s, *b;
	const ensemble_result *er;
	const sensitivity_result *sr;
	const compare_result *c;
} study_ctx;

static bool write_ensemble(strbuf *sb, const void *ctx, const study_options *o)
{
	const study_ctx *x = ctx;
	return report_write_ensemble(sb, x->s, x->er, o);
}

static bool write_sensitivity(strbuf *sb, const void *ctx, const study_options *o)
{
	const study_ctx *x = ctx;
	return report_write_sensitivity(sb, x->s, x->sr, o);
}

static bool write_compare(strbuf *sb, const void *ctx, const study_options *o)
{
	const study_ctx *x = ctx;
	return report_write_compare(sb, x->s, x->b, x->c, o);
}

bool xlsx_write_ensemble(const char *path, const scenario *s, const ensemble_result *er,
			 const study_options *o, bool overwrite, diag_list *dl)
{
	static const report_table levels[] = { REPORT_DISTRICT, REPORT_COMMUNES, REPORT_CROPS,
					       REPORT_ITEMS };
	static const char *const names[] = { "District", "Communes", "Crops", "Items" };
	study_ctx x = { .s = s, .er = er };
	char seasons[32];
	snprintf(seasons, sizeof seasons, "%d", er->seasons);
	const char *lab[] = { tr(o->lang, "Seasons") };
	const char *val[] = { seasons };
	return study_book(path, s, o, levels, names, 4, write_ensemble, &x, lab, val, 1,
			  overwrite, dl);
}

bool xlsx_write_sensitivity(const char *path, const scenario *s, const sensitivity_result *sr,
			    const study_options *o, bool overwrite, diag_list *dl)
{
	static const report_table levels[] = { REPORT_DISTRICT };
	static const char *const names[] = { "Sensitivity" };
	study_ctx x = { .s = s, .sr = sr };
	char step[64];
	numtext_format(o->lang, step, sizeof step, "±%g %%", sr->step_pct);
	const char *lab[] = { tr(o->lang, "Changes") };
	const char *val[] = { step };
	return study_book(path, s, o, levels, names, 1, write_sensitivity, &x, lab, val, 1,
			  overwrite, dl);
}

bool xlsx_write_compare(const char *path, const scenario *a, const scenario *b,
			const compare_result *c, const study_options *o, bool overwrite,
			diag_list *dl)
{
	static const report_table levels[] = { REPORT_DISTRICT, REPORT_COMMUNES, REPORT_CROPS };
	static const char *const names[] = { "District", "Communes", "Crops" };
	study_ctx x = { .s = a, .b = b, .c = c };
	char src[600];
	report_provenance pb;
	report_provenance_init(&pb, b, NULL);
	const char *lab[] = { tr(o->lang, "Scenario B"), tr(o->lang, "Hash B") };
	const char *val[] = { report_text_scenario_source(&pb, o->lang, src, sizeof src), pb.hash };
	return study_book(path, a, o, levels, names, 3, write_compare, &x, lab, val, 2,
			  overwrite, dl);
}
