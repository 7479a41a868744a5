/* form_switch.c - a crop's stage lengths switched between days and degree days, and its Ky
 * between one seasonal value and one per stage, converted on the current season's weather so
 * the season does not jump (form_switch.h). */
#include "form_switch.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "edit.h"
#include "numfmt.h"
#include "phenology.h"
#include "scenario_check.h"

double form_ky_season_mean(const double ky[4], const double len[4])
{
	/* FAO-33 (Doorenbos & Kassam 1979) gives Ky for the whole season and for each stage;
	 * FAO-56 ch. 10 uses the seasonal one. With stress spread over the season in proportion
	 * to each stage's length, 1 - Ya/Ym = Σ Ky_i (1 - ETa_i/ETc_i) L_i / Σ L_i, so the
	 * seasonal factor that stands for the four is
	 *     Ky = (Ky_1 L_1 + Ky_2 L_2 + Ky_3 L_3 + Ky_4 L_4) / (L_1 + L_2 + L_3 + L_4),
	 * L_i each stage's length in days. */
	double num = 0, den = 0;
	for (int i = 0; i < 4; i++) {
		num += ky[i] * len[i];
		den += len[i];
	}
	return den > 0 ? num / den : NAN;
}

/* Applies `next` as crop ci when the scenario stays valid (scenario_check on a copy), as one
 * undoable edit; else the status says why and nothing changes. */
static unsigned apply_crop(app *a, int ci, const crop *next)
{
	scenario copy;
	if (!scenario_copy(&copy, &a->cur.scn)) {
		app_set_status(a, true, "%s", tr(a->lang, "Out of memory: the edit was not made"));
		return CHANGED_VIEW;
	}
	copy.crops[ci] = *next;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = scenario_check(&copy, &dl);
	scenario_fini(&copy);
	if (!ok) {
		const diag *d = diag_list_first_problem(&dl);
		app_set_status(a, true, "%s", d ? diag_message(d, a->lang) : tr(a->lang, "Out of memory: the edit was not made"));
		diag_list_fini(&dl);
		return CHANGED_VIEW;
	}
	diag_list_fini(&dl);
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	a->cur.scn.crops[ci] = *next;
	return app_end_edit(a);
}

/* The four numbers as the user's numbers ("255,3 306 409,1 306,2" in Vietnamese). */
static char *four_text(const double v[4], lang l, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = 0;
	for (int i = 0; i < 4 && used < size; i++) {
		char n[NUMFMT_MAX];
		edit_format_number(v[i], 3, l, n, sizeof n);
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? " " : "", n);
	}
	return buf;
}

/* Where crop ci grows in the current season: the first plan item growing it (its commune and
 * sowing day), else the plan's first sowing day (else the season's first) and commune -1. */
static vd_date season_sowing(const scenario *s, int ci, int *co, bool *from_plan)
{
	vd_date first = DATE_NONE;
	*co = -1;
	*from_plan = false;
	for (size_t i = 0; i < s->n_communes; i++)
		for (size_t j = 0; j < s->communes[i].n_plan; j++) {
			const plan_item *it = &s->communes[i].plan[j];
			if (it->crop == ci) {
				*co = (int)i;
				*from_plan = true;
				return it->sow;
			}
			if (first == DATE_NONE || it->sow < first)
				first = it->sow;
		}
	return first != DATE_NONE ? first : s->season_start;
}

/* Crop c (crop ci's values) followed over the current season's weather from its sowing day
 * (season_sowing). False, with the reason in the status line, when there is no season or the
 * crop does not mature within it. */
static bool measure(app *a, int ci, const crop *c, pheno_calendar *pc, vd_date *sow, bool *from_plan)
{
	lang l = a->lang;
	if (!a->cur.ok) {
		app_set_status(a, true, "%s", tr(l, "Not switched: the season did not run (see its errors)"));
		return false;
	}
	int co;
	*sow = season_sowing(&a->cur.scn, ci, &co, from_plan);
	weather_series view = a->cur.weather;
	view.days = (weather_day *)weather_commune_days(&a->cur.weather, co);
	long first = *sow != DATE_NONE ? weather_index(&view, *sow) : -1;
	pheno_calendar_init(pc);
	if (first < 0 || !pheno_calendar_build(pc, c, &view, first) || !pc->mature) {
		char d[NUMFMT_MAX];
		numfmt_date_short(*sow, l, d, sizeof d);
		app_set_status(a, true, tr(l, "Not switched: sown on %s the crop does not mature within the season's weather"),
			       d);
		pheno_calendar_fini(pc);
		return false;
	}
	return true;
}

static double ceil_tenth(double x)
{
	return ceil(x * 10 + 1e-6) / 10;
}

static double floor_tenth(double x)
{
	return floor(x * 10 - 1e-6) / 10;
}

/* Degree days of each stage, to 0.1 °C·d, that end the stages on the same days: each stage
 * boundary just above the degree days summed through the stage's last day (a day whose
 * progress equals a stage's end still belongs to it, docs/model.md §1.1), and maturity just
 * below the sum through the harvest day (the crop matures on the first day that reaches it). */
static void gdd_lengths(const pheno_calendar *pc, double out[4])
{
	double prev = 0;
	for (int k = 0; k < 4; k++) {
		int last = pc->stage_start[k + 1] - 1;
		double g = last >= 0 ? pc->gdd[last] : 0;
		double end = k < 3 ? ceil_tenth(g) : floor_tenth(g);
		double len = round((end - prev) * 10) / 10;
		out[k] = len < 1 ? 1 : len;
		prev += out[k];
	}
}

/* Crop ci's stage lengths in the other unit, measured on this season (one undoable edit);
 * the status line says what was measured where. */
static unsigned switch_stage_unit(app *a, int ci)
{
	lang l = a->lang;
	const crop *c = &a->cur.scn.crops[ci];
	bool to_gdd = c->stages_unit == STAGES_IN_DAYS;
	if (to_gdd && isnan(c->tbase_c)) {
		app_set_status(a, true, "%s",
			       tr(l, "Not switched: give tbase_c, the base temperature of the degree days, first"));
		return CHANGED_VIEW;
	}
	pheno_calendar pc;
	vd_date sow;
	bool from_plan;
	if (!measure(a, ci, c, &pc, &sow, &from_plan))
		return CHANGED_VIEW;
	crop next = *c;
	if (to_gdd) {
		gdd_lengths(&pc, next.stages);
	} else {
		for (int k = 0; k < 4; k++) {
			int n = pc.stage_start[k + 1] - pc.stage_start[k];
			next.stages[k] = n < 1 ? 1 : n;   /* a stage passed within a day still takes one */
		}
	}
	next.stages_unit = to_gdd ? STAGES_IN_GDD : STAGES_IN_DAYS;
	pheno_calendar_fini(&pc);
	unsigned bits = apply_crop(a, ci, &next);
	if (bits & CHANGED_SCENARIO) {
		const char *fmt = to_gdd
			? (from_plan ? tr(l, "Degree days %s: this season's, sown %s (u undoes)")
				     : tr(l, "Degree days %s: sown %s, no plan item grows it (u undoes)"))
			: (from_plan ? tr(l, "Days %s: this season's, sown %s (u undoes)")
				     : tr(l, "Days %s: sown %s, no plan item grows it (u undoes)"));
		char v[200], d[NUMFMT_MAX];
		numfmt_date_short(sow, l, d, sizeof d);
		app_set_status(a, false, fmt, four_text(next.stages, l, v, sizeof v), d);
	}
	return bits;
}

unsigned form_switch_stages(app *a, int ci)
{
	if (ci < 0 || (size_t)ci >= a->cur.scn.n_crops)
		return CHANGED_NOTHING;
	return switch_stage_unit(a, ci);
}

/* The stage lengths in days Ky is weighted by: stages_days, or the days each stage took this
 * season for a crop in degree days (its degree days when it does not mature: *measured false). */
static void weights_in_days(app *a, int ci, double len[4], bool *measured)
{
	const crop *c = &a->cur.scn.crops[ci];
	memcpy(len, c->stages, 4 * sizeof *len);
	*measured = false;
	if (c->stages_unit == STAGES_IN_DAYS || !a->cur.ok)
		return;
	int co;
	bool from_plan;
	vd_date sow = season_sowing(&a->cur.scn, ci, &co, &from_plan);
	weather_series view = a->cur.weather;
	view.days = (weather_day *)weather_commune_days(&a->cur.weather, co);
	long first = sow != DATE_NONE ? weather_index(&view, sow) : -1;
	pheno_calendar pc;
	pheno_calendar_init(&pc);
	if (first >= 0 && pheno_calendar_build(&pc, c, &view, first) && pc.mature) {
		for (int k = 0; k < 4; k++)
			len[k] = pc.stage_start[k + 1] - pc.stage_start[k];
		*measured = true;
	}
	pheno_calendar_fini(&pc);
}

unsigned form_switch_ky(app *a, int ci)
{
	if (ci < 0 || (size_t)ci >= a->cur.scn.n_crops)
		return CHANGED_NOTHING;
	lang l = a->lang;
	crop next = a->cur.scn.crops[ci];
	char v[200], k[NUMFMT_MAX];
	if (!next.has_ky_stages) {
		for (int i = 0; i < 4; i++)
			next.ky_stages[i] = next.ky;
		next.has_ky_stages = true;
		unsigned bits = apply_crop(a, ci, &next);
		if (bits & CHANGED_SCENARIO)
			app_set_status(a, false, tr(l, "Ky by stage: each of the four stages takes the seasonal Ky %s (u undoes)"),
				       edit_format_number(next.ky, 3, l, k, sizeof k));
		return bits;
	}
	double len[4];
	bool measured;
	weights_in_days(a, ci, len, &measured);
	double ky = form_ky_season_mean(next.ky_stages, len);
	if (isnan(ky)) {
		app_set_status(a, true, "%s", tr(l, "Not switched: the stages have no length"));
		return CHANGED_VIEW;
	}
	next.ky = round(ky * 1000) / 1000;
	next.has_ky_stages = false;
	unsigned bits = apply_crop(a, ci, &next);
	if (bits & CHANGED_SCENARIO) {
		bool gdd_weights = next.stages_unit == STAGES_IN_GDD && !measured;
		app_set_status(a, false, gdd_weights ? tr(l, "Ky %s: the stages' Ky weighted by degree days %s (u undoes)")
						     : tr(l, "Ky %s: the stages' Ky weighted by days %s (u undoes)"),
			       edit_format_number(next.ky, 3, l, k, sizeof k), four_text(len, l, v, sizeof v));
	}
	return bits;
}
