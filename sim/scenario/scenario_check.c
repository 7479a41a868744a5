/* scenario_check.c - the semantic rules a loaded scenario must meet beyond types and ranges:
 * unique ids, the season in order, soil water limits, crop parameters that agree with each
 * other, land windows, sowing inside the season, weather in date order covering the season,
 * monthly normals for every month, economy base year and sector shares, shock spells. */
#include "scenario_check.h"

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "id_index.h"
#include "scenario_marks.h"
#include "schema.h"
#include "station_climate.h"

#define MAX_SEASON_DAYS 366
#define MAX_GAPS_REPORTED 5

typedef struct {
	const scenario *s;
	const mark_map *m;
	diag_list *dl;
	diag_budget budget;
} chk;

static void report(chk *k, diag_severity sev, src_mark at, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 4, 5)))
#endif
	;
static void report(chk *k, diag_severity sev, src_mark at, const char *fmt, ...)
{
	const char *file = scenario_mark_file(k->s, at);
	if (!diag_budget_take(&k->budget, k->dl, file, at.line, at.col))
		return;
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(k->dl, sev, file, at.line, at.col, fmt, ap);
	va_end(ap);
}

static const mark_entry *entry(const chk *k, const void *base, const char *obj, const char *key)
{
	const schema_field *f = schema_find(obj, key);
	return f ? mark_map_get(k->m, (const char *)base + f->offset, f) : NULL;
}

/* False when the value was missing or invalid (already reported): skip rules that use it. */
static bool usable(const chk *k, const void *base, const char *obj, const char *key)
{
	const mark_entry *e = entry(k, base, obj, key);
	return !e || !e->bad;
}

/* Where the value of obj.key was written, else `fallback`. */
static src_mark at_value(const chk *k, const void *base, const char *obj, const char *key,
			 src_mark fallback)
{
	const mark_entry *e = entry(k, base, obj, key);
	return e && e->value.file >= 0 ? e->value : fallback;
}

static src_mark at_key(const chk *k, const void *base, const char *obj, const char *key,
		       src_mark fallback)
{
	const mark_entry *e = entry(k, base, obj, key);
	return e && e->key.file >= 0 ? e->key : fallback;
}

static const src_mark no_mark = { .file = -1, .line = 0, .col = 0 };

static bool season_known(const chk *k)
{
	const scenario *s = k->s;
	return s->season_start != DATE_NONE && s->season_end != DATE_NONE &&
	       usable(k, s, "season", "start") && usable(k, s, "season", "end") &&
	       s->season_end >= s->season_start;
}

/* ---- the season ---- */

static void check_season(chk *k)
{
	const scenario *s = k->s;
	char a[11], b[11];
	if (s->season_start == DATE_NONE || s->season_end == DATE_NONE ||
	    !usable(k, s, "season", "start") || !usable(k, s, "season", "end"))
		return;
	src_mark end = at_value(k, s, "season", "end", no_mark);
	if (s->season_end < s->season_start)
		report(k, DIAG_ERROR, end, "the season ends (%s) before it starts (%s)",
		       date_format(s->season_end, a), date_format(s->season_start, b));
	else if (s->season_end - s->season_start + 1 > MAX_SEASON_DAYS)
		report(k, DIAG_ERROR, end, "the season is %d days long; at most %d",
		       s->season_end - s->season_start + 1, MAX_SEASON_DAYS);
}

/* ---- weather ---- */

static void check_obs_values(chk *k, const weather_obs *o)
{
	if (usable(k, o, "daily", "tmin_c") && usable(k, o, "daily", "tmax_c") && o->tmin_c > o->tmax_c) {
		char d[11], lo[32], hi[32];
		report(k, DIAG_ERROR, at_value(k, o, "daily", "tmin_c", o->mark),
		       "'tmin_c' %s is above 'tmax_c' %s on %s", schema_format_number(o->tmin_c, lo),
		       schema_format_number(o->tmax_c, hi), date_format(o->date, d));
	}
}

/* Observed days: in date order, each once; every day of the season present (partial: every
 * day from the season start to the last day given, which observed_to_date may end early). */
static void check_days(chk *k, const weather_obs *days, size_t n, src_mark source, bool partial)
{
	const scenario *s = k->s;
	char a[11], b[11];
	bool ordered = true;
	for (size_t i = 0; i < n; i++) {
		const weather_obs *o = &days[i];
		check_obs_values(k, o);
		if (i == 0 || o->date == DATE_NONE || days[i - 1].date == DATE_NONE)
			continue;
		const weather_obs *p = &days[i - 1];
		if (o->date == p->date) {
			/* The first of the equal dates, for the message. */
			size_t j = i - 1;
			while (j > 0 && days[j - 1].date == o->date)
				j--;
			report(k, DIAG_ERROR, at_value(k, o, "daily", "date", o->mark),
			       "date %s appears twice (first at %d:%d)", date_format(o->date, a),
			       days[j].mark.line, days[j].mark.col);
			ordered = false;
		} else if (o->date < p->date) {
			report(k, DIAG_ERROR, at_value(k, o, "daily", "date", o->mark),
			       "date %s comes after %s; days must be in date order",
			       date_format(o->date, a), date_format(p->date, b));
			ordered = false;
		}
	}
	if (!ordered || !season_known(k))
		return;
	for (size_t i = 0; i < n; i++)
		if (days[i].date == DATE_NONE)
			return; /* a bad date was reported; coverage would only repeat it */
	vd_date next = s->season_start;
	int gaps = 0;
	for (size_t i = 0; i < n && next <= s->season_end; i++) {
		const weather_obs *o = &days[i];
		if (o->date < next)
			continue;
		if (o->date > next) {
			vd_date last = o->date - 1 < s->season_end ? o->date - 1 : s->season_end;
			if (gaps++ < MAX_GAPS_REPORTED) {
				if (last == next)
					report(k, DIAG_ERROR, at_value(k, o, "daily", "date", o->mark),
					       "the weather is missing %s; the season needs every day",
					       date_format(next, a));
				else
					report(k, DIAG_ERROR, at_value(k, o, "daily", "date", o->mark),
					       "the weather is missing %s to %s; the season needs every day",
					       date_format(next, a), date_format(last, b));
			}
		}
		next = o->date + 1;
	}
	if (next == s->season_start)
		report(k, DIAG_ERROR, source, "the weather has no days in the season (%s to %s)",
		       date_format(s->season_start, a), date_format(s->season_end, b));
	else if (next <= s->season_end && !partial)
		report(k, DIAG_ERROR, source, "the weather ends on %s, before the season ends (%s)",
		       date_format(next - 1, a), date_format(s->season_end, b));
	if (gaps > MAX_GAPS_REPORTED)
		report(k, DIAG_ERROR, source, "the weather has %d more gaps in the season",
		       gaps - MAX_GAPS_REPORTED);
}

static void check_observed(chk *k, src_mark source)
{
	check_days(k, k->s->weather.daily, k->s->weather.n_daily, source, false);
}

/* Each month the season touches, from its start month to its end month: fn(k, month). */
static void for_season_months(chk *k, void (*fn)(chk *k, int month, src_mark src), src_mark src)
{
	const scenario *s = k->s;
	int y, m, d;
	date_to_ymd(s->season_start, &y, &m, &d);
	for (;;) {
		vd_date first = date_from_ymd(y, m, 1);
		if (first > s->season_end)
			break;
		fn(k, m, src);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
}

static void need_normal(chk *k, int m, src_mark src)
{
	const scenario *s = k->s;
	char a[11], b[11];
	if (!s->weather.normals[m - 1].month)
		report(k, DIAG_ERROR, src, "no weather normal for month %d (the season runs from %s to %s)",
		       m, date_format(s->season_start, a), date_format(s->season_end, b));
}

/* A station month the season needs: enough years of it in the span. */
static void need_station_month(chk *k, int m, src_mark src)
{
	const weather_station *st = &k->s->weather.station;
	if (k->s->weather.normals[m - 1].month)
		return;
	int years = 0, first, last;
	station_record_years(st->months, st->n_months, &first, &last);
	if (st->year_from) {
		first = st->year_from;
		last = st->year_to;
	}
	for (size_t i = 0; i < st->n_months; i++) {
		const station_month *r = &st->months[i];
		years += r->month == m && r->year >= first && r->year <= last && !isnan(r->tmax_c) &&
			 !isnan(r->tmin_c) && !isnan(r->rain_mm);
	}
	report(k, DIAG_ERROR, src,
	       "the station record has %d year%s of month %d with Tmax, Tmin and rain in %d-%d; "
	       "the season needs it and at least %d are needed",
	       years, years == 1 ? "" : "s", m, first, last, STATION_MIN_YEARS);
}

static void check_station(chk *k)
{
	const weather_station *st = &k->s->weather.station;
	if (!usable(k, st, "station", "record") || !st->record_resolved)
		return;
	int first, last;
	station_record_years(st->months, st->n_months, &first, &last);
	if (!st->n_months) {
		report(k, DIAG_ERROR, at_value(k, st, "station", "record", no_mark),
		       "the station record has no rows");
		return;
	}
	if (!usable(k, st, "station", "years"))
		return; /* reported; the months' coverage depends on it */
	if (st->year_from && (st->year_from < first || st->year_to > last)) {
		report(k, DIAG_ERROR, at_value(k, st, "station", "years", no_mark),
		       "'years' %d-%d is outside the record, which covers %d-%d", st->year_from,
		       st->year_to, first, last);
		return;
	}
	if (season_known(k))
		for_season_months(k, need_station_month, at_value(k, st, "station", "record", no_mark));
}

/* observed_to_date: with a generated source only; its days from the season start, no gaps. */
static void check_observed_to_date(chk *k)
{
	const weather_input *w = &k->s->weather;
	if (!w->observed_to_date)
		return;
	src_mark at = at_value(k, w, "weather", "observed_to_date", no_mark);
	if (w->source != WEATHER_NORMALS && w->source != WEATHER_STATION) {
		report(k, DIAG_ERROR, at_key(k, w, "weather", "observed_to_date", at),
		       "'observed_to_date' goes with 'normals' or 'station' (generated days follow the "
		       "observed ones); 'file' and 'daily' are observed already");
		return;
	}
	if (usable(k, w, "weather", "observed_to_date") && w->observed_resolved)
		check_days(k, w->observed, w->n_observed, at, true);
}

static void check_normals(chk *k)
{
	const scenario *s = k->s;
	const weather_input *w = &s->weather;
	for (int m = 0; m < 12; m++) {
		const weather_normal *n = &w->normals[m];
		if (!n->month)
			continue;
		char lo[32], hi[32];
		if (usable(k, n, "normal", "tmin_c") && usable(k, n, "normal", "tmax_c") && n->tmin_c > n->tmax_c)
			report(k, DIAG_ERROR, at_value(k, n, "normal", "tmin_c", n->mark),
			       "'tmin_c' %s is above 'tmax_c' %s in month %d",
			       schema_format_number(n->tmin_c, lo), schema_format_number(n->tmax_c, hi), n->month);
		if (usable(k, n, "normal", "rain_mm") && usable(k, n, "normal", "rain_days") &&
		    (n->rain_mm > 0) != (n->rain_days > 0))
			report(k, DIAG_ERROR, at_value(k, n, "normal", "rain_days", n->mark),
			       "month %d has %s mm of rain on %s rain days; both must be zero or both above zero",
			       n->month, schema_format_number(n->rain_mm, lo), schema_format_number(n->rain_days, hi));
		/* the longest the month can be: February of a leap year has 29 days */
		int month_days = date_days_in_month(2000, n->month);
		if (usable(k, n, "normal", "rain_days") && n->rain_days > month_days)
			report(k, DIAG_ERROR, at_value(k, n, "normal", "rain_days", n->mark),
			       "month %d has %s rain days but only %d days",
			       n->month, schema_format_number(n->rain_days, hi), month_days);
	}
	if (season_known(k))
		for_season_months(k, need_normal, at_key(k, w, "weather", "normals", no_mark));
}

static void check_weather(chk *k)
{
	const weather_input *w = &k->s->weather;
	switch (w->source) {
	case WEATHER_FILE:
		if (usable(k, w, "weather", "file"))
			check_observed(k, at_value(k, w, "weather", "file", no_mark));
		break;
	case WEATHER_DAILY:
		check_observed(k, at_key(k, w, "weather", "daily", no_mark));
		break;
	case WEATHER_NORMALS:
		check_normals(k);
		break;
	case WEATHER_STATION:
		check_station(k);
		break;
	case WEATHER_NONE:
		break;
	}
	check_observed_to_date(k);
}

/* ---- ids ---- */

/* A list of structs that each hold an id (char[]) and a mark. */
typedef struct {
	const char *items;
	size_t n, size, id_off, mark_off;
} id_list;

static const char *list_id(const void *ctx, size_t i)
{
	const id_list *l = ctx;
	const char *id = l->items + i * l->size + l->id_off;
	return id[0] ? id : NULL;
}

/* Every item whose id an earlier item of the list already has: "duplicate <what> id 'x'
 * [in commune 'c'] (first at L:C)" at the repeated id. */
static void check_unique_ids(chk *k, const id_list *l, const char *object, const char *what,
			     const commune *scope)
{
	id_index x;
	size_t *first = l->n ? malloc(l->n * sizeof *first) : NULL;
	if (!first || !id_index_build(&x, l, l->n, list_id)) {
		if (l->n)
			report(k, DIAG_ERROR, no_mark, "out of memory");
		free(first);
		return;
	}
	id_index_first(&x, first, l->n);
	id_index_fini(&x);
	for (size_t i = 0; i < l->n; i++) {
		if (first[i] == i)
			continue;
		const char *item = l->items + i * l->size;
		const src_mark *m = (const src_mark *)(item + l->mark_off);
		const src_mark *fm = (const src_mark *)(l->items + first[i] * l->size + l->mark_off);
		if (scope)
			report(k, DIAG_ERROR, at_value(k, item, object, "id", *m),
			       "duplicate %s id '%s' in commune '%s' (first at %d:%d)", what,
			       item + l->id_off, scope->id, fm->line, fm->col);
		else
			report(k, DIAG_ERROR, at_value(k, item, object, "id", *m),
			       "duplicate %s id '%s' (first at %d:%d)", what, item + l->id_off,
			       fm->line, fm->col);
	}
	free(first);
}

#define ID_LIST(array, count, type) \
	(&(id_list){ (const char *)(array), (count), sizeof(type), offsetof(type, id), \
		     offsetof(type, mark) })

/* ---- soils, crops ---- */

static void check_soils(chk *k)
{
	const scenario *s = k->s;
	char a[32], b[32];
	check_unique_ids(k, ID_LIST(s->soils, s->n_soils, soil), "soil", "soil", NULL);
	for (size_t i = 0; i < s->n_soils; i++) {
		const soil *so = &s->soils[i];
		if (usable(k, so, "soil", "theta_wp") && usable(k, so, "soil", "theta_fc") &&
		    so->theta_wp >= so->theta_fc)
			report(k, DIAG_ERROR, at_value(k, so, "soil", "theta_wp", so->mark),
			       "'theta_wp' %s must be below 'theta_fc' %s", schema_format_number(so->theta_wp, a),
			       schema_format_number(so->theta_fc, b));
	}
}

static void check_crops(chk *k)
{
	const scenario *s = k->s;
	char a[32], b[32];
	check_unique_ids(k, ID_LIST(s->crops, s->n_crops, crop), "crop", "crop", NULL);
	for (size_t i = 0; i < s->n_crops; i++) {
		const crop *c = &s->crops[i];
		if (usable(k, c, "root_depth_m", "min") && usable(k, c, "root_depth_m", "max") &&
		    c->root_min_m > c->root_max_m)
			report(k, DIAG_ERROR, at_value(k, c, "root_depth_m", "min", c->mark),
			       "root depth 'min' %s is above 'max' %s", schema_format_number(c->root_min_m, a),
			       schema_format_number(c->root_max_m, b));
		const mark_entry *gdd = entry(k, c, "crop", "stages_gdd");
		bool is_gdd = c->stages_unit == STAGES_IN_GDD && (!k->m || (gdd && !gdd->bad));
		if (is_gdd && isnan(c->tbase_c) && usable(k, c, "crop", "tbase_c"))
			report(k, DIAG_ERROR, at_key(k, c, "crop", "stages_gdd", c->mark),
			       "'stages_gdd' needs 'tbase_c', the base temperature of the degree days");
		if (!isnan(c->tbase_c) && !isnan(c->tupper_c) && c->tupper_c <= c->tbase_c)
			report(k, DIAG_ERROR, at_value(k, c, "crop", "tupper_c", c->mark),
			       "'tupper_c' %s must be above 'tbase_c' %s", schema_format_number(c->tupper_c, a),
			       schema_format_number(c->tbase_c, b));
		if (c->has_frost && usable(k, c, "frost", "kill_c") && usable(k, c, "frost", "damage_c") &&
		    c->frost_kill_c > c->frost_damage_c)
			report(k, DIAG_ERROR, at_value(k, c, "frost", "kill_c", c->mark),
			       "frost 'kill_c' %s must not be above 'damage_c' %s",
			       schema_format_number(c->frost_kill_c, a), schema_format_number(c->frost_damage_c, b));
		/* A clear-night threshold below damage_c would never add a frost day. */
		if (c->has_frost && !isnan(c->frost_clear_night_c) && usable(k, c, "frost", "clear_night_c") &&
		    usable(k, c, "frost", "damage_c") && c->frost_clear_night_c < c->frost_damage_c)
			report(k, DIAG_ERROR, at_value(k, c, "frost", "clear_night_c", c->mark),
			       "frost 'clear_night_c' %s must not be below 'damage_c' %s (every night at or below 'damage_c' is a frost day already)",
			       schema_format_number(c->frost_clear_night_c, a), schema_format_number(c->frost_damage_c, b));
	}
}

/* ---- plausible values ---- */

/* Warns of every number of `obj` in the struct at base outside its plausible range (schema.h),
 * with the hint when it looks like a thousands separator read as a decimal point. */
static void check_plausible(chk *k, const void *base, const char *obj, src_mark fallback)
{
	char v[32], lo[32], hi[32], h[32];
	for (size_t i = 0; i < schema_n_fields; i++) {
		const schema_field *f = &schema_fields[i];
		if (strcmp(f->object, obj) != 0 || f->type != SF_NUMBER || !usable(k, base, obj, f->key))
			continue;
		double x = *(const double *)((const char *)base + f->offset), hint;
		if (schema_check_plausible(f, x, &hint))
			continue;
		src_mark at = at_value(k, base, obj, f->key, fallback);
		schema_format_number(x, v);
		schema_format_number(f->plaus_min, lo);
		schema_format_number(f->plaus_max, hi);
		if (isnan(hint))
			report(k, DIAG_WARNING, at, "'%s' %s is outside the usual range %s to %s %s; is it right?",
			       f->key, v, lo, hi, f->unit);
		else
			report(k, DIAG_WARNING, at, "'%s' %s is outside the usual range %s to %s %s; did you mean %s (a thousands separator read as a decimal point)?",
			       f->key, v, lo, hi, f->unit, schema_format_number(hint, h));
	}
}

static void check_plausible_all(chk *k)
{
	const scenario *s = k->s;
	for (size_t i = 0; i < s->n_crops; i++)
		check_plausible(k, &s->crops[i], "crop", s->crops[i].mark);
	for (size_t i = 0; i < s->n_communes; i++) {
		const commune *co = &s->communes[i];
		check_plausible(k, co, "commune", co->mark);
		for (size_t j = 0; j < co->n_land; j++)
			check_plausible(k, &co->land[j], "land", co->land[j].mark);
		for (size_t j = 0; j < co->n_plan; j++)
			check_plausible(k, &co->plan[j], "plan", co->plan[j].mark);
	}
}

/* ---- communes ---- */

static void check_land(chk *k, const commune *co)
{
	char a[11], b[11];
	check_unique_ids(k, ID_LIST(co->land, co->n_land, land_unit), "land", "land unit", co);
	for (size_t i = 0; i < co->n_land; i++) {
		const land_unit *l = &co->land[i];
		if (l->free_from != DATE_NONE && l->free_until != DATE_NONE && l->free_until < l->free_from)
			report(k, DIAG_ERROR, at_value(k, l, "land", "free_until", l->mark),
			       "'free_until' %s is before 'free_from' %s", date_format(l->free_until, a),
			       date_format(l->free_from, b));
	}
}

/* Without marks (a scenario edited in memory) the loader has not resolved the references:
 * check the indexes. With marks, an unknown id was already reported by the loader. */
static void check_refs(chk *k, const commune *co)
{
	const scenario *s = k->s;
	if (k->m)
		return;
	for (size_t i = 0; i < co->n_land; i++)
		if (co->land[i].soil < 0 || (size_t)co->land[i].soil >= s->n_soils)
			report(k, DIAG_ERROR, co->land[i].mark, "land unit '%s' of commune '%s' has no soil",
			       co->land[i].id, co->id);
	for (size_t i = 0; i < co->n_plan; i++) {
		const plan_item *p = &co->plan[i];
		if (p->crop < 0 || (size_t)p->crop >= s->n_crops)
			report(k, DIAG_ERROR, p->mark, "a plan item of commune '%s' has no crop", co->id);
		if (p->land < 0 || (size_t)p->land >= co->n_land)
			report(k, DIAG_ERROR, p->mark, "a plan item of commune '%s' has no land unit", co->id);
	}
}

static void check_plan(chk *k, const commune *co)
{
	const scenario *s = k->s;
	char a[11], b[11], e[11];
	check_refs(k, co);
	check_unique_ids(k, ID_LIST(co->plan, co->n_plan, plan_item), "plan", "plan item", co);
	for (size_t i = 0; i < co->n_plan; i++) {
		const plan_item *p = &co->plan[i];
		if (p->sow != DATE_NONE && usable(k, p, "plan", "sow") && season_known(k) &&
		    (p->sow < s->season_start || p->sow > s->season_end))
			report(k, DIAG_ERROR, at_value(k, p, "plan", "sow", p->mark),
			       "sowing date %s is outside the season (%s to %s)", date_format(p->sow, a),
			       date_format(s->season_start, b), date_format(s->season_end, e));
	}
}

static void check_communes(chk *k)
{
	const scenario *s = k->s;
	check_unique_ids(k, ID_LIST(s->communes, s->n_communes, commune), "commune", "commune", NULL);
	for (size_t i = 0; i < s->n_communes; i++) {
		const commune *co = &s->communes[i];
		check_land(k, co);
		check_plan(k, co);
	}
}

/* ---- economy, shocks ---- */

static void check_economy(chk *k)
{
	const scenario *s = k->s;
	const economy_input *e = &s->economy;
	if (!e->present)
		return;
	if (usable(k, e, "economy", "constant_price_year") && e->constant_price_year != 2010 &&
	    e->constant_price_year != 2020)
		report(k, DIAG_ERROR, at_value(k, e, "economy", "constant_price_year", no_mark),
		       "'constant_price_year' must be 2010 or 2020, not %d", e->constant_price_year);
	/* Whether the sector shares sum to 1 is the economy model's warning (sim/model/economy.c):
	 * it is translated and kept with the season's results, so it is not repeated here. */
}

static void check_shocks(chk *k)
{
	const scenario *s = k->s;
	char a[32], b[32];
	for (size_t i = 0; i < s->n_shocks; i++) {
		const shock *h = &s->shocks[i];
		if (!k->m && h->kind == SHOCK_PRICE && h->crop >= 0 && (size_t)h->crop >= s->n_crops)
			report(k, DIAG_ERROR, h->mark, "a price shock names a crop that does not exist");
		if (h->kind == SHOCK_COLD_SPELL && usable(k, h, "shock", "tmin_c") &&
		    usable(k, h, "shock", "tmax_c") && h->tmin_c > h->tmax_c)
			report(k, DIAG_ERROR, at_value(k, h, "shock", "tmin_c", h->mark),
			       "'tmin_c' %s is above 'tmax_c' %s", schema_format_number(h->tmin_c, a),
			       schema_format_number(h->tmax_c, b));
		if ((h->kind == SHOCK_COLD_SPELL || h->kind == SHOCK_DROUGHT) && h->from != DATE_NONE &&
		    h->days > 0 && season_known(k) &&
		    (h->from > s->season_end || h->from + h->days - 1 < s->season_start))
			report(k, DIAG_WARNING, at_value(k, h, "shock", "from", h->mark),
			       "the %s shock from %s lies outside the season; it changes nothing",
			       shock_kind_name(h->kind), date_format(h->from, a));
	}
}

void scenario_check_marked(const scenario *s, const mark_map *marks, diag_list *dl)
{
	chk k = { .s = s, .m = marks, .dl = dl };
	diag_budget_init(&k.budget, dl);
	check_season(&k);
	check_weather(&k);
	check_soils(&k);
	check_crops(&k);
	check_communes(&k);
	check_economy(&k);
	check_shocks(&k);
}

void scenario_check_plausible_marked(const scenario *s, const mark_map *marks, diag_list *dl)
{
	chk k = { .s = s, .m = marks, .dl = dl };
	diag_budget_init(&k.budget, dl);
	check_plausible_all(&k);
}

void scenario_check_plausible(const scenario *s, diag_list *dl)
{
	scenario_check_plausible_marked(s, NULL, dl);
}

bool scenario_check(const scenario *s, diag_list *dl)
{
	size_t errors = dl->errors;
	bool lost = dl->out_of_memory;
	scenario_check_marked(s, NULL, dl);
	/* A diagnostic that could not be added (out of memory) may have been an error. */
	return dl->errors == errors && dl->out_of_memory == lost;
}
