/* report_ensemble.c - `vudong ensemble` as CSV in long form
 * (level,id,name,metric,mean,sd,p10,p50,p90,min,max) and as JSON with the same rows, and the
 * entry point of the report (the text is report_ensemble_text.c). Probabilities are rows of
 * their own: the statistics of a 0/1 indicator, whose mean is the probability. */
#include "report_util.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report_ensemble.h"
#include "report_shock.h"
#include "report_study.h"

static const char *const cols[] = {
	"level", "id", "name", "metric", "mean", "sd", "p10", "p50", "p90", "min", "max",
};
#define NCOL (sizeof cols / sizeof cols[0])

/* The quantile definition, named in the CSV comments and the JSON. */
static const char *const quantile_note =
	"type 7 (linear interpolation between the sorted seasons)";

/* The statistics of a figure times f > 0: the sorted order, and so every quantile, scale
 * with it. */
static ensemble_stats scaled(const ensemble_stats *in, double f)
{
	ensemble_stats o = {
		in->mean * f, in->sd * f, in->p10 * f, in->p50 * f, in->p90 * f, in->min * f, in->max * f,
	};
	return o;
}

/* Generated: "2020 to 3019" (the seeds); observed: "2016 to 2020" (the years the seasons
 * start in), with ", 1 year not covered left out" when some were. English: for CSV. */
static char *seasons_en(const ensemble_result *er, char *buf, size_t size)
{
	if (er->generated) {
		snprintf(buf, size, "%lu to %lu", er->seed_first,
			 er->seed_first + (unsigned long)er->seasons - 1);
	} else {
		int n = snprintf(buf, size, "%d to %d", er->year_first, er->year_last);
		if (er->years_skipped > 0 && n > 0 && (size_t)n < size)
			snprintf(buf + n, size - (size_t)n, ", %d %s not covered left out",
				 er->years_skipped, er->years_skipped == 1 ? "year" : "years");
	}
	return buf;
}

/* ---- rows (CSV and JSON) ---- */

typedef struct {
	strbuf *sb;
	report_format format;
	size_t n;            /* rows written */
} row_sink;

static void emit(row_sink *k, report_row *row, const char *level, const char *id,
		 const char *name, const char *metric, const ensemble_stats *st, int dec)
{
	row->n = 0;
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = level };
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = id };
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = name };
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = metric };
	const double v[] = { st->mean, st->sd, st->p10, st->p50, st->p90, st->min, st->max };
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		row->cells[row->n++] = (report_cell){ .kind = CELL_NUM, .v = v[i], .dec = dec };
	if (k->format == REPORT_CSV) {
		report_csv_row(k->sb, row);
	} else {
		strbuf_append(k->sb, k->n ? ",\n    " : "\n    ");
		report_json_object(k->sb, cols, row);
	}
	k->n++;
}

static void emit_probability(row_sink *k, report_row *row, const char *level, const char *id,
			     const char *name, const char *metric, size_t count, int seasons)
{
	ensemble_stats st;
	ensemble_stats_of_count(count, (size_t)seasons, &st);
	emit(k, row, level, id, name, metric, &st, 4);
}

static bool want(const study_options *o, report_table level)
{
	return !o->has_level || o->level == level;
}

/* Output, value, profit and (with economy) contribution of a commune or crop. */
static void emit_group(row_sink *k, report_row *row, const char *level, const char *id,
		       const char *name, const ensemble_group *g, bool economy, double yield_f)
{
	emit(k, row, level, id, name, "output_t", &g->output_t, 3);
	if (yield_f > 0.0) {
		ensemble_stats y = scaled(&g->output_t, yield_f);
		emit(k, row, level, id, name, "yield_t_ha", &y, 3);
	}
	emit(k, row, level, id, name, "value_mvnd", &g->value_mvnd, 3);
	emit(k, row, level, id, name, "profit_mvnd", &g->profit_mvnd, 3);
	if (economy)
		emit(k, row, level, id, name, "contribution_pp", &g->contribution_pp, 4);
}

static void each_row(row_sink *k, const scenario *s, const ensemble_result *er,
		     const study_options *o)
{
	report_row row;
	int n = er->seasons;
	const ensemble_district *d = &er->district;
	bool economy = d->has_economy;
	if (want(o, REPORT_DISTRICT)) {
		emit(k, &row, "district", "", "", "output_t", &d->g.output_t, 3);
		emit(k, &row, "district", "", "", "value_mvnd", &d->g.value_mvnd, 3);
		emit(k, &row, "district", "", "", "value_const_mvnd", &d->value_const_mvnd, 3);
		emit(k, &row, "district", "", "", "profit_mvnd", &d->g.profit_mvnd, 3);
		if (economy) {
			emit(k, &row, "district", "", "", "winter_growth_pct", &d->winter_growth_pct, 4);
			emit(k, &row, "district", "", "", "contribution_pp", &d->contribution_pp, 4);
			emit(k, &row, "district", "", "", "district_growth_pct", &d->district_growth_pct, 4);
		}
		emit_probability(k, &row, "district", "", "", "p_failure", d->g.failures, n);
		if (d->has_target)
			emit_probability(k, &row, "district", "", "", "p_target_missed", d->target_missed, n);
	}
	if (want(o, REPORT_COMMUNES)) {
		for (size_t i = 0; i < er->n_communes; i++) {
			const ensemble_group *g = &er->communes[i];
			const commune *c = &s->communes[i];
			emit_group(k, &row, "commune", c->id, c->name, g, economy, 0.0);
			emit_probability(k, &row, "commune", c->id, c->name, "p_failure", g->failures, n);
		}
	}
	if (want(o, REPORT_CROPS)) {
		for (size_t i = 0; i < er->n_crops; i++) {
			const ensemble_group *g = &er->crops[i];
			const crop *c = &s->crops[i];
			if (g->n_items == 0)
				continue;
			emit_group(k, &row, "crop", c->id, c->name, g, economy,
				   g->area_ha > 0 ? 1.0 / g->area_ha : NAN);
			emit_probability(k, &row, "crop", c->id, c->name, "p_failure", g->failures, n);
		}
	}
	if (want(o, REPORT_ITEMS)) {
		for (size_t j = 0; j < er->n_items; j++) {
			const ensemble_item *it = &er->items[j];
			const commune *c = &s->communes[it->commune];
			const plan_item *p = &c->plan[it->item];
			char id[4 * SCN_ID_MAX + 16], dt[11];
			snprintf(id, sizeof id, "%s/%s/%s/%s", c->id, c->land[p->land].id,
				 s->crops[it->crop].id, report_fmt_date(p->sow, dt));
			const char *name = s->crops[it->crop].name;
			ensemble_stats out = scaled(&it->yield_t_ha, it->area_ha);
			emit(k, &row, "item", id, name, "yield_t_ha", &it->yield_t_ha, 3);
			emit(k, &row, "item", id, name, "output_t", &out, 3);
			emit_probability(k, &row, "item", id, name, "p_failure", it->failures, n);
		}
	}
}

static const char *level_name(const study_options *o)
{
	return o->has_level ? report_table_name(o->level) : "ensemble";
}

static bool ensemble_csv(strbuf *sb, const void *job)
{
	const report_ensemble_job *j = job;
	const scenario *s = j->s;
	const ensemble_result *er = j->er;
	const study_options *o = j->o;
	report_csv_provenance(sb, &j->p, level_name(o));
	char buf[512];
	snprintf(buf, sizeof buf, "%d", er->seasons);
	report_csv_comment(sb, "seasons", buf);
	if (er->generated) {
		report_csv_comment(sb, "seeds", seasons_en(er, buf, sizeof buf));
	} else {
		report_csv_comment(sb, "seeds", er->record ? "the scenario's seed + each winter's year "
				   "(the station record's winters, replayed)" : "none (observed weather)");
		report_csv_comment(sb, "years", seasons_en(er, buf, sizeof buf));
	}
	report_csv_comment(sb, "quantiles", quantile_note);
	snprintf(buf, sizeof buf, "yield below %.0f %% of the potential yield",
		 ENSEMBLE_FAILURE_SHARE * 100.0);
	report_csv_comment(sb, "failure", buf);
	report_csv_comment(sb, "probability", "rows p_*: the mean is the probability (0-1)");
	report_csv_comment(sb, "contribution", "of a commune or crop: the district's contribution x "
			   "its share of the value at constant prices that season");
	for (size_t i = 0; i < s->n_shocks; i++)
		if (s->shocks[i].enabled)
			report_csv_comment(sb, "shock", report_shock_text(s, &s->shocks[i], LANG_EN,
									  buf, sizeof buf));
	strbuf_append(sb, "# units: yield t/ha, output t, money million VND, growth % and pp\n");
	for (int kind = 0; kind < ENSEMBLE_WARNING_KINDS; kind++)
		if (er->warning_seasons[kind])
			strbuf_appendf(sb, "# warning: %s: in %zu of %d seasons\n",
				       report_warning_code((warning_kind)kind),
				       er->warning_seasons[kind], er->seasons);
	report_csv_header(sb, cols, NCOL);
	row_sink k = { sb, REPORT_CSV, 0 };
	each_row(&k, s, er, o);
	return true;
}

static void json_int_or_null(strbuf *sb, const char *key, bool present, long v)
{
	report_json_key(sb, key);
	if (present)
		strbuf_appendf(sb, "%ld, ", v);
	else
		strbuf_append(sb, "null, ");
}

static bool ensemble_json(strbuf *sb, const void *job)
{
	const report_ensemble_job *j = job;
	const scenario *s = j->s;
	const ensemble_result *er = j->er;
	const study_options *o = j->o;
	strbuf_append(sb, "{\n  \"meta\": ");
	report_json_meta(sb, &j->p, level_name(o), o->lang);
	strbuf_append(sb, ",\n  \"ensemble\": {");
	strbuf_appendf(sb, "\"seasons\": %d, \"seasons_asked\": %d, \"generated\": %s, ",
		       er->seasons, er->seasons_asked, er->generated ? "true" : "false");
	report_json_key(sb, "seed_first");
	if (er->generated)
		strbuf_appendf(sb, "%lu, \"seed_last\": %lu, ", er->seed_first,
			       er->seed_first + (unsigned long)er->seasons - 1);
	else
		strbuf_append(sb, "null, \"seed_last\": null, ");
	json_int_or_null(sb, "year_first", !er->generated, er->year_first);
	json_int_or_null(sb, "year_last", !er->generated, er->year_last);
	json_int_or_null(sb, "years_skipped", !er->generated, er->years_skipped);
	report_json_key(sb, "quantiles");
	report_json_string(sb, quantile_note);
	strbuf_append(sb, ", ");
	report_json_key(sb, "failure_share");
	report_json_number(sb, ENSEMBLE_FAILURE_SHARE, 2);
	strbuf_append(sb, ",\n    \"shocks\": [");
	size_t shown = 0;
	for (size_t i = 0; i < s->n_shocks; i++) {
		if (!s->shocks[i].enabled)
			continue;
		strbuf_append(sb, shown++ ? ", " : "");
		report_shock_json(sb, s, &s->shocks[i]);
	}
	strbuf_append(sb, "],\n    \"warning_seasons\": {");
	for (int kind = 0; kind < ENSEMBLE_WARNING_KINDS; kind++) {
		if (kind)
			strbuf_append(sb, ", ");
		report_json_key(sb, report_warning_code((warning_kind)kind));
		strbuf_appendf(sb, "%zu", er->warning_seasons[kind]);
	}
	strbuf_append(sb, "}},\n  ");
	report_json_key(sb, "table");
	report_json_string(sb, level_name(o));
	strbuf_append(sb, ",\n  \"rows\": [");
	row_sink k = { sb, REPORT_JSON, 0 };
	each_row(&k, s, er, o);
	strbuf_append(sb, k.n ? "\n  ]\n}\n" : "]\n}\n");
	return true;
}

bool report_write_ensemble(strbuf *sb, const scenario *s, const ensemble_result *er,
			   const study_options *o)
{
	static const report_writers writers = {
		.text = report_ensemble_text, .csv = ensemble_csv, .json = ensemble_json,
	};
	report_ensemble_job job = { .s = s, .er = er, .o = o };
	report_provenance_init(&job.p, s, NULL);
	if (o->has_prepared)
		job.p.prepared = o->prepared;
	return report_dispatch(sb, o->format, &writers, &job);
}
