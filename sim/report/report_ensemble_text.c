/* report_ensemble_text.c - `vudong ensemble` as text: provenance with the seasons, the shocks
 * applied in every season, the district table, tables by commune and by crop (output with
 * the probability of a failure, value, profit, contribution), the plan items at risk, how
 * often each warning came up, and how to read the figures; every line within 80 columns. */
#include "report_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "land_name.h"
#include "report_ensemble.h"
#include "report_shock.h"

#define WIDTH 80
#define LABEL_W 34      /* the district table's label column */
#define NAME_W 25       /* the commune and crop tables' name column */
#define NUM_W 8

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

static void stats_cells(strbuf *sb, const ensemble_stats *st, int dec, lang l)
{
	const double v[5] = { st->mean, st->sd, st->p10, st->p50, st->p90 };
	char b[64];
	for (int i = 0; i < 5; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, report_text_num(v[i], dec, NUM_W, l, b, sizeof b), NUM_W, true);
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
		{ tr(l, "Profit (mln VND)"), &d->g.profit_mvnd, 1 },
		{ tr(l, "Winter crop growth (%)"), &d->winter_growth_pct, 2 },
		{ tr(l, "Contribution to growth (pp)"), &d->contribution_pp, 3 },
		{ tr(l, "District growth (%)"), &d->district_growth_pct, 2 },
	};
	size_t n = d->has_economy ? 7 : 4;
	for (size_t i = 0; i < n; i++) {
		report_text_cell(sb, rows[i].label, LABEL_W, false);
		stats_cells(sb, rows[i].st, rows[i].dec, l);
		strbuf_append_char(sb, '\n');
	}
	strbuf_append_char(sb, '\n');
	char line[512];
	numtext_format(l, line, sizeof line,
		 tr(l, "Probability that some plan item fails: %.1f %% (%zu of %d seasons)."),
		 pct(d->g.failures, er->seasons), d->g.failures, er->seasons);
	report_text_wrap(sb, line, 2, 2, WIDTH);
	if (d->has_target) {
		numtext_format(l, line, sizeof line,
			 tr(l, "Probability of missing the plan target of %.2f %%: %.1f %% (%zu of %d seasons)."),
			 d->target_growth_pct, pct(d->target_missed, er->seasons), d->target_missed,
			 er->seasons);
		report_text_wrap(sb, line, 2, 2, WIDTH);
	}
	if (!d->has_economy)
		report_text_wrap(sb, tr(l, "The scenario has no economy section: no growth figures."),
				 2, 2, WIDTH);
}

/* Which figure of a group a table shows. */
typedef enum { FIG_OUTPUT, FIG_VALUE, FIG_PROFIT, FIG_CONTRIBUTION } group_figure;

/* One table of a figure by commune or by crop (groups without plan items left out when
 * skip_empty), with the probability of a failure for the output. */
typedef struct {
	const char *level;              /* "BY COMMUNE" or "BY CROP", translated */
	const char *first_col;
	const ensemble_group *groups;
	const char *const *names;
	size_t n;
	bool skip_empty;
} group_table;

static void group_text(strbuf *sb, const group_table *t, group_figure fig, int seasons, lang l)
{
	static const char *const titles[] = {
		[FIG_OUTPUT] = "OUTPUT (tonnes)", [FIG_VALUE] = "VALUE (mln VND)",
		[FIG_PROFIT] = "PROFIT (mln VND)", [FIG_CONTRIBUTION] = "CONTRIBUTION TO GROWTH (pp)",
	};
	char title[200], b[64];
	snprintf(title, sizeof title, "%s: %s", t->level, tr(l, titles[fig]));
	report_text_heading(sb, title);
	bool with_failure = fig == FIG_OUTPUT;
	stats_header(sb, t->first_col, NAME_W, with_failure ? tr(l, "P(fail)") : NULL, l);
	for (size_t i = 0; i < t->n; i++) {
		const ensemble_group *g = &t->groups[i];
		if (t->skip_empty && g->n_items == 0)
			continue;
		report_text_cell(sb, t->names[i], NAME_W, false);
		const ensemble_stats *st[] = { &g->output_t, &g->value_mvnd, &g->profit_mvnd,
					       &g->contribution_pp };
		stats_cells(sb, st[fig], fig == FIG_CONTRIBUTION ? 4 : 1, l);
		if (with_failure) {
			strbuf_append_char(sb, ' ');
			numtext_format(l, b, sizeof b, "%.1f %%", pct(g->failures, seasons));
			report_text_cell(sb, b, NUM_W, true);
		}
		strbuf_append_char(sb, '\n');
	}
}

static void group_tables(strbuf *sb, const group_table *t, bool economy, int seasons, lang l)
{
	for (int fig = FIG_OUTPUT; fig <= (economy ? FIG_CONTRIBUTION : FIG_PROFIT); fig++)
		group_text(sb, t, (group_figure)fig, seasons, l);
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
	bool economy = er->district.has_economy;
	for (size_t i = 0; i < er->n_communes; i++)
		names[i] = s->communes[i].name;
	group_table t = { tr(l, "BY COMMUNE"), tr(l, "Commune"), er->communes, names,
			  er->n_communes, false };
	group_tables(sb, &t, economy, er->seasons, l);
	for (size_t i = 0; i < er->n_crops; i++)
		names[i] = s->crops[i].name;
	t = (group_table){ tr(l, "BY CROP"), tr(l, "Crop"), er->crops, names, er->n_crops, true };
	group_tables(sb, &t, economy, er->seasons, l);
	if (names != stack)
		free(names);
	return true;
}

static void items_text(strbuf *sb, const scenario *s, const ensemble_result *er, lang l)
{
	report_text_heading(sb, tr(l, "PLAN ITEMS AT RISK"));
	char line[1024], d[11], m[64], p10[64], ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
	size_t shown = 0;
	for (size_t j = 0; j < er->n_items; j++) {
		const ensemble_item *it = &er->items[j];
		if (it->failures == 0)
			continue;
		const commune *c = &s->communes[it->commune];
		const plan_item *p = &c->plan[it->item];
		report_text_num(yield_value(it->yield_t_ha.mean, l), l == LANG_EN ? 2 : 1, 16, l, m, sizeof m);
		report_text_num(yield_value(it->yield_t_ha.p10, l), l == LANG_EN ? 2 : 1, 16, l, p10, sizeof p10);
		numtext_format(l, line, sizeof line,
			 tr(l, "- %s, land %s, %s sown %s: fails in %.1f %% of the seasons (yield mean %s, P10 %s %s)"),
			 c->name, land_unit_name(c, p->land, l, ln, sizeof ln), s->crops[it->crop].name,
			 report_text_date(p->sow, l, d), pct(it->failures, er->seasons), m, p10, yield_unit(l));
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
		numtext_format(l, line, sizeof line, tr(l, "- %s: in %zu of %d seasons (%.1f %%)"),
			 tr(l, words[kind]), k, er->seasons, pct(k, er->seasons));
		report_text_wrap(sb, line, 0, 2, WIDTH);
		shown++;
	}
	if (!shown)
		report_text_wrap(sb, tr(l, "No warnings."), 0, 0, WIDTH);
}

static void shocks_text(strbuf *sb, const scenario *s, const ensemble_result *er, lang l)
{
	report_text_heading(sb, tr(l, "SHOCKS APPLIED IN EVERY SEASON"));
	if (report_shock_count(s) == 0) {
		report_text_wrap(sb, tr(l, "None: the seasons differ by their weather only."), 0, 0, WIDTH);
		return;
	}
	char text[512], line[600];
	for (size_t i = 0; i < s->n_shocks; i++) {
		if (!s->shocks[i].enabled)
			continue;
		snprintf(line, sizeof line, "- %s", report_shock_text(s, &s->shocks[i], l, text, sizeof text));
		report_text_wrap(sb, line, 0, 2, WIDTH);
	}
	if (!er->generated && er->seasons > 1)
		report_text_wrap(sb, tr(l, "Dates move with each season's year."), 0, 0, WIDTH);
}

static void notes_text(strbuf *sb, lang l)
{
	char line[1024];
	report_text_heading(sb, tr(l, "HOW TO READ THIS REPORT"));
	report_text_wrap(sb, tr(l, "Mean and SD (sample standard deviation) over the seasons. P10, P50 and P90: the values below which 10, 50 and 90 percent of the seasons fall, by linear interpolation between the sorted seasons (type 7)."),
			 0, 0, WIDTH);
	numtext_format(l, line, sizeof line,
		 tr(l, "A plan item fails when its yield is below %.0f %% of its potential yield; a crop, when its district yield is; a commune or the district, when one of its plan items fails. A crop that does not mature has no yield."),
		 ENSEMBLE_FAILURE_SHARE * 100.0);
	report_text_wrap(sb, line, 0, 0, WIDTH);
	report_text_wrap(sb, tr(l, "The contribution of a commune or a crop is the district's contribution to growth times its share of the winter crop's value at constant prices in that season."),
			 0, 0, WIDTH);
}

/* The weather line of the provenance and the note under it. */
static void weather_text(const scenario *s, const ensemble_result *er, lang l, char *weather,
			 size_t size, char *note, size_t note_size)
{
	report_provenance p;
	report_provenance_init(&p, s, NULL);
	note[0] = 0;
	if (er->generated && s->weather.source == WEATHER_STATION) {
		snprintf(weather, size, tr(l, "generated from %s, seeds %lu to %lu"),
			 p.weather_file, er->seed_first, er->seed_first + (unsigned long)er->seasons - 1);
		return;
	}
	if (er->generated) {
		snprintf(weather, size, tr(l, "generated from monthly normals, seeds %lu to %lu"),
			 er->seed_first, er->seed_first + (unsigned long)er->seasons - 1);
		return;
	}
	char src[400];
	report_weather_description(&p, l, src, sizeof src);
	if (er->seasons > 1) {
		snprintf(weather, size, tr(l, "%s, the seasons starting in %d to %d"), src,
			 er->year_first, er->year_last);
		if (er->years_skipped > 0)
			snprintf(note, note_size,
				 tr(l, "The observed weather holds every season it covers wholly: %d seasons; %d years between are left out (days missing)."),
				 er->seasons, er->years_skipped);
		else
			snprintf(note, note_size,
				 tr(l, "The observed weather holds every season it covers wholly: %d seasons."),
				 er->seasons);
	} else {
		snprintf(weather, size, "%s", src);
		if (er->seasons_asked > 1)
			snprintf(note, note_size, "%s",
				 tr(l, "The weather is observed, not generated: the ensemble has one season."));
	}
}

bool report_ensemble_text(strbuf *sb, const void *job)
{
	const report_ensemble_job *j = job;
	const scenario *s = j->s;
	const ensemble_result *er = j->er;
	lang l = j->o->lang;
	const report_provenance *p = &j->p;
	char kind[160], weather[600], note[400], seasons[64];
	numtext_format(l, kind, sizeof kind, tr(l, "Ensemble of %d seasons"), er->seasons);
	weather_text(s, er, l, weather, sizeof weather, note, sizeof note);
	snprintf(seasons, sizeof seasons, "%d", er->seasons);
	const char *labels[] = { tr(l, "Seasons") };
	const char *values[] = { seasons };
	report_text_document(sb, s, p, l, kind, weather, labels, values, 1);
	if (note[0])
		report_text_wrap(sb, note, 2, 2, WIDTH);
	shocks_text(sb, s, er, l);
	district_text(sb, er, l);
	if (!groups_text(sb, s, er, l))
		return false;
	items_text(sb, s, er, l);
	warnings_text(sb, er, l);
	notes_text(sb, l);
	return !sb->oom;
}
