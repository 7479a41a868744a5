/* cold_damage.c - the cold rules day by day over one crop's life: the stage of each day, frost
 * and killing frost on Tmin (with the clear-calm-night proxy), chilling runs on the daily mean
 * and cold nights on Tmin, each day's loss weighted by its stage; and the events that explain
 * F_cold. */
#include "cold_damage.h"

#include <math.h>
#include <string.h>

int cold_stage_of_day(const crop *c, const pheno_calendar *pc, int d)
{
	int k = PHENO_INI;
	while (k < PHENO_LATE && d >= pc->stage_start[k + 1])
		k++;
	if (k == PHENO_INI)
		return COLD_STAGE_EMERGENCE;
	if (k == PHENO_LATE)
		return COLD_STAGE_MATURITY;
	double cum[PHENO_STAGES];
	pheno_stage_ends(c->stages, cum);
	double prog = c->stages_unit == STAGES_IN_GDD ? pc->gdd[d] : (double)(d + 1);
	double into = prog - cum[k - 1], len = cum[k] - cum[k - 1];
	if (k == PHENO_DEV)   /* the last third of development is flowering */
		return 3.0 * into > 2.0 * len ? COLD_STAGE_FLOWERING : COLD_STAGE_EARLY_GROWTH;
	return 3.0 * into <= len ? COLD_STAGE_FLOWERING : COLD_STAGE_BULKING;   /* mid-season */
}

bool cold_night_clear_calm(const weather_day *wd)
{
	return wd->rso_mj_m2 > 0.0 && wd->rs_mj_m2 >= COLD_CLEAR_RS_RSO * wd->rso_mj_m2 &&
	       wd->u2_m_s <= COLD_CALM_U2_M_S;
}

/* The events being built: the open event of each family (frost, chilling). */
typedef struct {
	cold_result *r;
	bool is_open[2];
	cold_event cur[2];
	double warmest[2];       /* the warmest daily mean of the open event */
} event_list;

enum { FAMILY_FROST, FAMILY_CHILL };

/* Ends a family's open event: a chilling run is named by its warmest day (rét hại when every
 * day is at or below 13 °C, rét đậm when at or below 15 °C); it is listed while there is
 * room, else it joins the rest. */
static void close_event(event_list *el, int family)
{
	if (!el->is_open[family])
		return;
	el->is_open[family] = false;
	cold_event *e = &el->cur[family];
	if (e->rule == COLD_RULE_CHILL && el->warmest[family] <= COLD_RET_HAI_C)
		e->rule = COLD_RULE_RET_HAI;
	else if (e->rule == COLD_RULE_CHILL && el->warmest[family] <= COLD_RET_DAM_C)
		e->rule = COLD_RULE_RET_DAM;
	cold_result *r = el->r;
	if (r->n_events < COLD_EVENTS_MAX) {
		r->events[r->n_events++] = *e;
	} else {
		r->n_more++;
		r->more_loss = 1.0 - (1.0 - r->more_loss) * (1.0 - e->loss);
	}
}

/* Adds one damaging day to its family's event: the open one when this day continues it
 * (the next day, the same rule and stage), else a new one. */
static void add_day(event_list *el, int family, cold_rule rule, int stage, const weather_day *wd,
		    double loss)
{
	cold_event *e = &el->cur[family];
	if (el->is_open[family] && (e->rule != rule || e->stage != stage || e->to + 1 != wd->date))
		close_event(el, family);
	if (!el->is_open[family]) {
		el->is_open[family] = true;
		el->warmest[family] = wd->tmean_c;
		*e = (cold_event){
			.from = wd->date, .rule = rule, .stage = stage,
			.tmin_c = wd->tmin_c, .tmean_c = wd->tmean_c,
		};
	}
	e->to = wd->date;
	e->days++;
	e->loss = 1.0 - (1.0 - e->loss) * (1.0 - loss);
	e->tmin_c = fmin(e->tmin_c, wd->tmin_c);
	e->tmean_c = fmin(e->tmean_c, wd->tmean_c);
	el->warmest[family] = fmax(el->warmest[family], wd->tmean_c);
}

/* The listed events by their first day (frost before chilling on the same day). */
static void sort_events(cold_result *r)
{
	for (int i = 1; i < r->n_events; i++) {
		cold_event e = r->events[i];
		int j = i;
		while (j > 0 && r->events[j - 1].from > e.from)
			r->events[j] = r->events[j - 1], j--;
		r->events[j] = e;
	}
}

static double weight(bool has, const double w[COLD_STAGES], int stage)
{
	return has ? w[stage] : 1.0;
}

static void result_start(cold_result *out)
{
	memset(out, 0, sizeof *out);
	out->f_cold = 1.0;
	out->kill_date = DATE_NONE;
	out->kill_tmin_c = NAN;
	out->kill_stage = -1;
}

/* The killing frost: the crop is lost from that day. */
static void kill(cold_result *out, event_list *el, const weather_day *wd, int stage)
{
	out->killed = true;
	out->kill_date = wd->date;
	out->kill_tmin_c = wd->tmin_c;
	out->kill_stage = stage;
	out->f_cold = 0.0;
	close_event(el, FAMILY_FROST);
	add_day(el, FAMILY_FROST, COLD_RULE_KILLING_FROST, stage, wd, 1.0);
}

void cold_damage_run(const crop *c, const weather_series *w, const pheno_calendar *pc,
		     cold_result *out)
{
	result_start(out);
	event_list el = { .r = out };
	int run = 0;
	for (int d = 0; d < pc->n; d++) {
		const weather_day *wd = &w->days[pc->first + d];
		int stage = cold_stage_of_day(c, pc, d);
		if (c->has_frost && wd->tmin_c <= c->frost_kill_c) {
			kill(out, &el, wd, stage);
			break;
		}
		bool frost = c->has_frost &&
			     (wd->tmin_c <= c->frost_damage_c ||
			      (!isnan(c->frost_clear_night_c) && wd->tmin_c <= c->frost_clear_night_c &&
			       cold_night_clear_calm(wd)));
		if (frost) {
			double loss = c->frost_loss_per_day *
				      weight(c->has_frost_weights, c->frost_stage_weights, stage);
			out->frost_days++;
			out->f_cold *= 1.0 - loss;
			if (loss > 0.0)
				add_day(&el, FAMILY_FROST, COLD_RULE_FROST, stage, wd, loss);
		}
		if (!c->has_chill)
			continue;
		run = wd->tmean_c <= c->chill_tmean_c ? run + 1 : 0;
		bool in_run = run > c->chill_tolerance_days;
		bool night = !isnan(c->chill_tmin_c) && wd->tmin_c < c->chill_tmin_c;
		if (!in_run && !night)
			continue;
		double loss = c->chill_loss_per_day *
			      weight(c->has_chill_weights, c->chill_stage_weights, stage);
		out->chill_days++;
		out->f_cold *= 1.0 - loss;
		if (loss > 0.0)
			add_day(&el, FAMILY_CHILL, in_run ? COLD_RULE_CHILL : COLD_RULE_COLD_NIGHT, stage,
				wd, loss);
	}
	close_event(&el, FAMILY_FROST);
	close_event(&el, FAMILY_CHILL);
	sort_events(out);
	if (out->f_cold < 0.0)
		out->f_cold = 0.0;
}
