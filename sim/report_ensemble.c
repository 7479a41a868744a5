/* report_ensemble.c - `vudong ensemble`: the distributions over N seasons as text (district
 * table, tables by commune and crop, plan items at risk, how often each warning came up), as
 * CSV in long form (level,id,name,metric,mean,sd,p10,p50,p90,min,max) and as JSON with the
 * same rows. Probabilities are rows of their own: the statistics of a 0/1 indicator, whose
 * mean is the probability. */
#include "report_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_study.h"

#define WIDTH 80
#define LABEL_W 34      /* the district table's label column */
#define NAME_W 25       /* the commune and crop tables' name column */
#define NUM_W 8

static const char *const cols[] = {
	"level", "id", "name", "metric", "mean", "sd", "p10", "p50", "p90", "min", "max",
};
#define NCOL (sizeof cols / sizeof cols[0])

static const char *const quantile_note =
	"type 7 (linear interpolation between the sorted seasons)";

/* The statistics of a figure times f > 0 (yield from output and back): the sorted order and
 * so every quantile scale with it. */
static ensemble_stats scaled(const ensemble_stats *in, double f)
{
	ensemble_stats o = {
		in->mean * f, in->sd * f, in->p10 * f, in->p50 * f, in->p90 * f, in->min * f, in->max * f,
	};
	return o;
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

static void each_row(row_sink *k, const scenario *s, const ensemble_result *er,
		     const study_options *o)
{
	report_row row;
	int n = er->seasons;
	if (want(o, REPORT_DISTRICT)) {
		const ensemble_district *d = &er->district;
		emit(k, &row, "district", "", "", "output_t", &d->g.output_t, 3);
		emit(k, &row, "district", "", "", "value_mvnd", &d->g.value_mvnd, 3);
		emit(k, &row, "district", "", "", "value_const_mvnd", &d->value_const_mvnd, 3);
		if (d->has_economy) {
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
			emit(k, &row, "commune", c->id, c->name, "output_t", &g->output_t, 3);
			emit(k, &row, "commune", c->id, c->name, "value_mvnd", &g->value_mvnd, 3);
			emit_probability(k, &row, "commune", c->id, c->name, "p_failure", g->failures, n);
		}
	}
	if (want(o, REPORT_CROPS)) {
		for (size_t i = 0; i < er->n_crops; i++) {
			const ensemble_group *g = &er->crops[i];
			const crop *c = &s->crops[i];
			if (g->n_items == 0)
				continue;
			ensemble_stats y = scaled(&g->output_t, g->area_ha > 0 ? 1.0 / g->area_ha : NAN);
			emit(k, &row, "crop", c->id, c->name, "output_t", &g->output_t, 3);
			emit(k, &row, "crop", c->id, c->name, "yield_t_ha", &y, 3);
			emit(k, &row, "crop", c->id, c->name, "value_mvnd", &g->value_mvnd, 3);
			emit_probability(k, &row, "crop", c->id, c->name, "p_failure", g->failures, n);
		}
	}
	if (want(o, REPORT_ITEMS)) {
		for (size_t j = 0; j < er->n_items; j++) {
			const ensemble_item *it = &er->items[j];
			const commune *c = &s->communes[it->commune];
			const plan_item *p = &c->plan[it->item];
			char id[4 * SCN_ID_MAX + 16], d[11];
			snprintf(id, sizeof id, "%s/%s/%s/%s", c->id, c->land[p->land].id,
				 s->crops[it->crop].id, report_fmt_date(p->sow, d));
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

static void seeds_text(const ensemble_result *er, char *buf, size_t size)
{
	if (er->generated)
		snprintf(buf, size, "%lu to %lu", er->seed_first,
			 er->seed_first + (unsigned long)er->seasons - 1);
	else
		snprintf(buf, size, "none (observed weather)");
}

static void ensemble_csv(strbuf *sb, const scenario *s, const ensemble_result *er,
			 const study_options *o)
{
	report_provenance p;
	report_provenance_init(&p, s, NULL);
	report_csv_provenance(sb, &p, level_name(o));
	char buf[128];
	snprintf(buf, sizeof buf, "%d", er->seasons);
	report_csv_comment(sb, "seasons", buf);
	seeds_text(er, buf, sizeof buf);
	report_csv_comment(sb, "seeds", buf);
	report_csv_comment(sb, "quantiles", quantile_note);
	snprintf(buf, sizeof buf, "yield below %.0f %% of the potential yield",
		 ENSEMBLE_FAILURE_SHARE * 100.0);
	report_csv_comment(sb, "failure", buf);
	report_csv_comment(sb, "probability", "rows p_*: the mean is the probability (0-1)");
	strbuf_append(sb, "# units: yield t/ha, output t, money million VND, growth % and pp\n");
	for (int kind = 0; kind < ENSEMBLE_WARNING_KINDS; kind++)
		if (er->warning_seasons[kind])
			strbuf_appendf(sb, "# warning: %s: in %zu of %d seasons\n",
				       report_warning_code((warning_kind)kind),
				       er->warning_seasons[kind], er->seasons);
	report_csv_header(sb, cols, NCOL);
	row_sink k = { sb, REPORT_CSV, 0 };
	each_row(&k, s, er, o);
}

static void json_key(strbuf *sb, const char *key)
{
	report_json_string(sb, key);
	strbuf_append(sb, ": ");
}

static void ensemble_json(strbuf *sb, const scenario *s, const ensemble_result *er,
			  const study_options *o)
{
	report_provenance p;
	report_provenance_init(&p, s, NULL);
	strbuf_append(sb, "{\n  \"meta\": ");
	report_json_meta(sb, &p, level_name(o), o->lang);
	strbuf_append(sb, ",\n  \"ensemble\": {");
	strbuf_appendf(sb, "\"seasons\": %d, \"seasons_asked\": %d, \"generated\": %s, ",
		       er->seasons, er->seasons_asked, er->generated ? "true" : "false");
	json_key(sb, "seed_first");
	if (er->generated)
		strbuf_appendf(sb, "%lu, \"seed_last\": %lu, ", er->seed_first,
			       er->seed_first + (unsigned long)er->seasons - 1);
	else
		strbuf_append(sb, "null, \"seed_last\": null, ");
	json_key(sb, "quantiles");
	report_json_string(sb, quantile_note);
	strbuf_append(sb, ", ");
	json_key(sb, "failure_share");
	report_json_number(sb, ENSEMBLE_FAILURE_SHARE, 2);
	strbuf_append(sb, ",\n    \"warning_seasons\": {");
	for (int kind = 0; kind < ENSEMBLE_WARNING_KINDS; kind++) {
		if (kind)
			strbuf_append(sb, ", ");
		json_key(sb, report_warning_code((warning_kind)kind));
		strbuf_appendf(sb, "%zu", er->warning_seasons[kind]);
	}
	strbuf_append(sb, "}},\n  ");
	json_key(sb, "table");
	report_json_string(sb, level_name(o));
	strbuf_append(sb, ",\n  \"rows\": [");
	row_sink k = { sb, REPORT_JSON, 0 };
	each_row(&k, s, er, o);
	strbuf_append(sb, k.n ? "\n  ]\n}\n" : "]\n}\n");
}

/* ---- text ---- */

static double yield_value(double t_ha, lang l)
{
	return l == LANG_VI ? t_ha * 10.0 : t_ha;
}

static const char *yield_unit(lang l)
{
	return l == LANG_VI ? "tạ/ha" : "t/ha";
}

static double pct(size_t k, int n)
{
	return n > 0 ? 100.0 * (double)k / (double)n : NAN;
}

static void stats_cells(strbuf *sb, const ensemble_stats *st, int dec)
{
	const double v[5] = { st->mean, st->sd, st->p10, st->p50, st->p90 };
	char b[64];
	for (int i = 0; i < 5; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, report_text_num(v[i], dec, NUM_W, b, sizeof b), NUM_W, true);
	}
}

static void stats_header(strbuf *sb, const char *first, int first_w, const char *last, lang l)
{
	const char *head[5] = { tr(l, "Mean"), tr(l, "SD"), "P10", "P50", "P90" };
	report_text_cell(sb, first, first_w, false);
	for (int i = 0; i < 5; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, head[i], NUM_W, true);
	}
	if (last) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, last, NUM_W, true);
	}
	strbuf_append_char(sb, '\n');
	strbuf_append_repeat(sb, "-", (size_t)(first_w + 5 * (NUM_W + 1) + (last ? NUM_W + 1 : 0)));
	strbuf_append_char(sb, '\n');
}

static void district_text(strbuf *sb, const ensemble_result *er, lang l)
{
	const ensemble_district *d = &er->district;
	report_text_heading(sb, tr(l, "DISTRICT"));
	stats_header(sb, "", LABEL_W, NULL, l);
	struct {
		const char *label;
		const ensemble_stats *st;
		int dec;
	} rows[] = {
		{ tr(l, "Output (tonnes)"), &d->g.output_t, 1 },
		{ tr(l, "Value, current prices (mln VND)"), &d->g.value_mvnd, 1 },
		{ tr(l, "Value, constant prices (mln VND)"), &d->value_const_mvnd, 1 },
		{ tr(l, "Winter crop growth (%)"), &d->winter_growth_pct, 2 },
		{ tr(l, "Contribution to growth (pp)"), &d->contribution_pp, 3 },
		{ tr(l, "District growth (%)"), &d->district_growth_pct, 2 },
	};
	size_t n = d->has_economy ? 6 : 3;
	for (size_t i = 0; i < n; i++) {
		report_text_cell(sb, rows[i].label, LABEL_W, false);
		stats_cells(sb, rows[i].st, rows[i].dec);
		strbuf_append_char(sb, '\n');
	}
	strbuf_append_char(sb, '\n');
	char line[512];
	snprintf(line, sizeof line,
		 tr(l, "Probability that some plan item fails: %.1f %% (%zu of %d seasons)."),
		 pct(d->g.failures, er->seasons), d->g.failures, er->seasons);
	report_text_wrap(sb, line, 2, 2, WIDTH);
	if (d->has_target) {
		snprintf(line, sizeof line,
			 tr(l, "Probability of missing the plan target of %.2f %%: %.1f %% (%zu of %d seasons)."),
			 d->target_growth_pct, pct(d->target_missed, er->seasons), d->target_missed,
			 er->seasons);
		report_text_wrap(sb, line, 2, 2, WIDTH);
	}
	if (!d->has_economy)
		report_text_wrap(sb, tr(l, "The scenario has no economy section: no growth figures."),
				 2, 2, WIDTH);
}

/* One table of a figure by commune or by crop (groups without plan items left out when
 * skip_empty), with the probability of a failure when with_failure. */
typedef struct {
	const char *title, *first_col;
	const ensemble_group *groups;
	const char *const *names;
	size_t n;
	bool output, with_failure, skip_empty;
} group_table;

static void group_text(strbuf *sb, const group_table *t, int seasons, lang l)
{
	report_text_heading(sb, t->title);
	stats_header(sb, t->first_col, NAME_W, t->with_failure ? tr(l, "P(fail)") : NULL, l);
	char b[64];
	for (size_t i = 0; i < t->n; i++) {
		const ensemble_group *g = &t->groups[i];
		if (t->skip_empty && g->n_items == 0)
			continue;
		report_text_cell(sb, t->names[i], NAME_W, false);
		stats_cells(sb, t->output ? &g->output_t : &g->value_mvnd, 1);
		if (t->with_failure) {
			strbuf_append_char(sb, ' ');
			snprintf(b, sizeof b, "%.1f %%", pct(g->failures, seasons));
			report_text_cell(sb, b, NUM_W, true);
		}
		strbuf_append_char(sb, '\n');
	}
}

static bool groups_text(strbuf *sb, const scenario *s, const ensemble_result *er, lang l)
{
	size_t n = er->n_communes > er->n_crops ? er->n_communes : er->n_crops;
	const char *stack[64];
	const char **names = n <= 64 ? stack : malloc(n * sizeof *names);
	if (!names) {
		sb->oom = true;
		return false;
	}
	char title[2][160];
	snprintf(title[0], sizeof title[0], "%s: %s", tr(l, "BY COMMUNE"), tr(l, "OUTPUT (tonnes)"));
	snprintf(title[1], sizeof title[1], "%s: %s", tr(l, "BY COMMUNE"), tr(l, "VALUE (mln VND)"));
	for (size_t i = 0; i < er->n_communes; i++)
		names[i] = s->communes[i].name;
	group_table t = { title[0], tr(l, "Commune"), er->communes, names, er->n_communes,
			  true, true, false };
	group_text(sb, &t, er->seasons, l);
	t.title = title[1];
	t.output = t.with_failure = false;
	group_text(sb, &t, er->seasons, l);

	snprintf(title[0], sizeof title[0], "%s: %s", tr(l, "BY CROP"), tr(l, "OUTPUT (tonnes)"));
	snprintf(title[1], sizeof title[1], "%s: %s", tr(l, "BY CROP"), tr(l, "VALUE (mln VND)"));
	for (size_t i = 0; i < er->n_crops; i++)
		names[i] = s->crops[i].name;
	t = (group_table){ title[0], tr(l, "Crop"), er->crops, names, er->n_crops, true, true, true };
	group_text(sb, &t, er->seasons, l);
	t.title = title[1];
	t.output = t.with_failure = false;
	group_text(sb, &t, er->seasons, l);
	if (names != stack)
		free(names);
	return true;
}

static void items_text(strbuf *sb, const scenario *s, const ensemble_result *er, lang l)
{
	report_text_heading(sb, tr(l, "PLAN ITEMS AT RISK"));
	char line[1024], d[11], m[64], p10[64];
	size_t shown = 0;
	for (size_t j = 0; j < er->n_items; j++) {
		const ensemble_item *it = &er->items[j];
		if (it->failures == 0)
			continue;
		const commune *c = &s->communes[it->commune];
		const plan_item *p = &c->plan[it->item];
		report_text_num(yield_value(it->yield_t_ha.mean, l), l == LANG_EN ? 2 : 1, 16, m, sizeof m);
		report_text_num(yield_value(it->yield_t_ha.p10, l), l == LANG_EN ? 2 : 1, 16, p10, sizeof p10);
		snprintf(line, sizeof line,
			 tr(l, "- %s, land %s, %s sown %s: fails in %.1f %% of the seasons (yield mean %s, P10 %s %s)"),
			 c->name, c->land[p->land].id, s->crops[it->crop].name,
			 report_fmt_date(p->sow, d), pct(it->failures, er->seasons), m, p10, yield_unit(l));
		report_text_wrap(sb, line, 0, 2, WIDTH);
		shown++;
	}
	if (!shown)
		report_text_wrap(sb, tr(l, "No plan item failed in any season."), 0, 0, WIDTH);
}

static void warnings_text(strbuf *sb, const ensemble_result *er, lang l)
{
	static const char *const words[ENSEMBLE_WARNING_KINDS] = {
		[WARN_LATE_HARVEST] = "late harvest",
		[WARN_EARLY_SOW] = "early sowing",
		[WARN_OUTSIDE_SEASON] = "outside the season",
		[WARN_FROST_KILLED] = "killed by frost",
		[WARN_COLD_DAMAGE] = "cold damage",
		[WARN_IMMATURE] = "immature",
		[WARN_OVER_ALLOCATED] = "land over-allocated",
		[WARN_LABOUR_SHORT] = "labour short",
		[WARN_SHARES_SUM] = "sector shares do not sum to 1",
		[WARN_TARGET_MISSED] = "plan target missed",
	};
	report_text_heading(sb, tr(l, "WARNINGS"));
	char line[512];
	size_t shown = 0;
	for (int kind = 0; kind < ENSEMBLE_WARNING_KINDS; kind++) {
		size_t k = er->warning_seasons[kind];
		if (!k)
			continue;
		snprintf(line, sizeof line, tr(l, "- %s: in %zu of %d seasons (%.1f %%)"),
			 tr(l, words[kind]), k, er->seasons, pct(k, er->seasons));
		report_text_wrap(sb, line, 0, 2, WIDTH);
		shown++;
	}
	if (!shown)
		report_text_wrap(sb, tr(l, "No warnings."), 0, 0, WIDTH);
}

static void notes_text(strbuf *sb, lang l)
{
	char line[1024];
	report_text_heading(sb, tr(l, "HOW TO READ THIS REPORT"));
	report_text_wrap(sb, tr(l, "Mean and SD (sample standard deviation) over the seasons. P10, P50 and P90: the values below which 10, 50 and 90 percent of the seasons fall, by linear interpolation between the sorted seasons (type 7)."),
			 0, 0, WIDTH);
	snprintf(line, sizeof line,
		 tr(l, "A plan item fails when its yield is below %.0f %% of its potential yield; a crop, when its district yield is; a commune or the district, when one of its plan items fails. A crop that does not mature has no yield."),
		 ENSEMBLE_FAILURE_SHARE * 100.0);
	report_text_wrap(sb, line, 0, 0, WIDTH);
}

static bool ensemble_text(strbuf *sb, const scenario *s, const ensemble_result *er, lang l)
{
	report_provenance p;
	report_provenance_init(&p, s, NULL);
	char kind[160], weather[512], seasons[64], season[64], d1[11], d2[11];
	snprintf(kind, sizeof kind, tr(l, "Ensemble of %d seasons"), er->seasons);
	report_text_title(sb, s->name[0] ? s->name : tr(l, "Winter crop season"), kind, p.version, l);
	if (er->generated)
		snprintf(weather, sizeof weather,
			 tr(l, "generated from monthly normals, seeds %lu to %lu"), er->seed_first,
			 er->seed_first + (unsigned long)er->seasons - 1);
	else
		report_weather_description(&p, l, weather, sizeof weather);
	snprintf(seasons, sizeof seasons, "%d", er->seasons);
	snprintf(season, sizeof season, tr(l, "%s to %s"), report_fmt_date(p.season_start, d1),
		 report_fmt_date(p.season_end, d2));
	const char *labels[] = { tr(l, "Scenario"), tr(l, "Scenario hash"), tr(l, "Weather"),
				 tr(l, "Season"), tr(l, "Seasons") };
	const char *values[] = { p.scenario_path, p.hash, weather, season, seasons };
	report_text_fields(sb, labels, values, 5);
	if (!er->generated && er->seasons_asked > 1)
		report_text_wrap(sb, tr(l, "The weather is observed, not generated: the ensemble has one season."),
				 2, 2, WIDTH);
	district_text(sb, er, l);
	if (!groups_text(sb, s, er, l))
		return false;
	items_text(sb, s, er, l);
	warnings_text(sb, er, l);
	notes_text(sb, l);
	return !sb->oom;
}

bool report_write_ensemble(strbuf *sb, const scenario *s, const ensemble_result *er,
			   const study_options *o)
{
	report_numeric_c g;
	if (!report_numeric_c_begin(&g)) {
		sb->oom = true;
		return false;
	}
	switch (o->format) {
	case REPORT_CSV:
		ensemble_csv(sb, s, er, o);
		break;
	case REPORT_JSON:
		ensemble_json(sb, s, er, o);
		break;
	case REPORT_TEXT:
	default:
		ensemble_text(sb, s, er, o->lang);
		break;
	}
	report_numeric_c_end(&g);
	return !sb->oom;
}
