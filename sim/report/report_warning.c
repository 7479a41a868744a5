/* report_warning.c - the season's warnings in words: one translated sentence per warning
 * naming the plan item, land unit or commune it concerns, its short code, and its place in
 * the scenario file (for `FILE:LINE:COL: warning:` diagnostics), and whether the season has
 * an error. */
#include "report_util.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "land_name.h"

const char *report_warning_code(warning_kind k)
{
	switch (k) {
	case WARN_LATE_HARVEST: return "late-harvest";
	case WARN_EARLY_SOW: return "early-sow";
	case WARN_OUTSIDE_SEASON: return "outside-season";
	case WARN_FROST_KILLED: return "frost-killed";
	case WARN_COLD_DAMAGE: return "cold-damage";
	case WARN_IMMATURE: return "immature";
	case WARN_OVER_ALLOCATED: return "over-allocated";
	case WARN_LABOUR_SHORT: return "labour-short";
	case WARN_SHARES_SUM: return "shares-sum";
	case WARN_TARGET_MISSED: return "target-missed";
	}
	return "warning";
}

static const commune *warning_commune(const scenario *s, const season_warning *wn)
{
	return wn->commune >= 0 && (size_t)wn->commune < s->n_communes ? &s->communes[wn->commune]
									 : NULL;
}

static const plan_item *warning_item(const scenario *s, const season_warning *wn)
{
	const commune *c = warning_commune(s, wn);
	return c && wn->item >= 0 && (size_t)wn->item < c->n_plan ? &c->plan[wn->item] : NULL;
}

static const land_unit *warning_land(const scenario *s, const season_warning *wn)
{
	const commune *c = warning_commune(s, wn);
	const plan_item *it = warning_item(s, wn);
	int land = it ? it->land : wn->land;
	return c && land >= 0 && (size_t)land < c->n_land ? &c->land[land] : NULL;
}

src_mark report_warning_mark(const scenario *s, const season_warning *wn)
{
	src_mark none = { -1, 0, 0 };
	const plan_item *it = warning_item(s, wn);
	const land_unit *lu = warning_land(s, wn);
	const commune *c = warning_commune(s, wn);
	switch (wn->kind) {
	case WARN_OVER_ALLOCATED:
		return lu ? lu->mark : c ? c->mark : none;
	case WARN_LABOUR_SHORT:
		return c ? c->mark : none;
	case WARN_SHARES_SUM:
		return s->economy.n_other_sectors ? s->economy.other_sectors[0].mark : none;
	case WARN_TARGET_MISSED:
		return none;
	default:
		return it ? it->mark : lu ? lu->mark : c ? c->mark : none;
	}
}

/* The result of the plan item a warning concerns, or NULL. */
static const item_result *warning_result(const season_result *r, const season_warning *wn)
{
	for (size_t k = 0; r && k < r->n_items; k++)
		if (r->items[k].commune == wn->commune && r->items[k].item == wn->item)
			return &r->items[k];
	return NULL;
}

/* Rounds a count of days held in a double. */
static int days_of(double v)
{
	return isfinite(v) ? (int)lround(v) : 0;
}

/* The last day of weather the run had: the series' end, else the season's. */
static vd_date weather_end(const scenario *s, const weather_series *w, const season_warning *wn)
{
	if (w && w->n)
		return w->first + (vd_date)(w->n - 1);
	return wn->date != DATE_NONE ? wn->date : s->season_end;
}

/* The sentence without what it concerns. */
static void warning_body(const scenario *s, const weather_series *w, const season_result *r,
			 const season_warning *wn, lang l, lang nl, char *buf, size_t size)
{
	char d1[11], d2[11];
	const land_unit *lu = warning_land(s, wn);
	switch (wn->kind) {
	case WARN_LATE_HARVEST:
		numtext_format(nl, buf, size, tr(l, "harvested %s, %d days after the land must be free for the spring rice (%s)"),
			 report_text_date(wn->date, nl, d1), days_of(wn->value),
			 report_text_date(lu ? lu->free_until : DATE_NONE, nl, d2));
		break;
	case WARN_EARLY_SOW:
		numtext_format(nl, buf, size, tr(l, "sown %d days before the land is free (%s)"),
			 days_of(wn->value), report_text_date(lu ? lu->free_from : DATE_NONE, nl, d1));
		break;
	case WARN_OUTSIDE_SEASON:
		numtext_format(nl, buf, size, tr(l, "sown outside the season (%s to %s)"),
			 report_text_date(s->season_start, nl, d1), report_text_date(s->season_end, nl, d2));
		break;
	case WARN_FROST_KILLED: {
		const item_result *it = warning_result(r, wn);
		numtext_format(nl, buf, size, tr(l, "killed by frost on %s (Tmin %.1f °C), at %s"),
			 report_text_date(wn->date, nl, d1), wn->value,
			 tr(l, report_cold_stage_id(it ? it->cold.kill_stage : -1)));
		break;
	}
	case WARN_COLD_DAMAGE: {
		const item_result *it = warning_result(r, wn);
		char events[600];
		report_cold_events_text(it ? &it->cold : &(cold_result){ 0 }, l, events, sizeof events);
		numtext_format(nl, buf, size, tr(l, "cold cost %.1f %% of the yield: %s"), wn->value * 100.0, events);
		break;
	}
	case WARN_IMMATURE: {
		const plan_item *it = warning_item(s, wn);
		if (w && w->n && it && weather_index(w, it->sow) < 0)
			numtext_format(nl, buf, size, tr(l, "there is no weather for the sowing day (the weather covers %s to %s)"),
				 report_text_date(w->first, nl, d1), report_text_date(weather_end(s, w, wn), nl, d2));
		else
			numtext_format(nl, buf, size, tr(l, "the weather ends on %s before the crop matures"),
				 report_text_date(weather_end(s, w, wn), nl, d1));
		break;
	}
	case WARN_OVER_ALLOCATED:
		numtext_format(nl, buf, size, tr(l, "from %s, up to %.2f ha more is planted than the land unit's %.2f ha"),
			 report_text_date(wn->date, nl, d1), wn->value, lu ? lu->area_ha : NAN);
		break;
	case WARN_LABOUR_SHORT: {
		double need = NAN, have = NAN;
		if (wn->commune >= 0 && (size_t)wn->commune < r->n_communes) {
			need = r->communes[wn->commune].g.labour_days;
			have = s->communes[wn->commune].labour_days_available;
		}
		numtext_format(nl, buf, size, tr(l, "short of %.0f labour days (the plan needs %.0f, %.0f are available)"),
			 wn->value, need, have);
		break;
	}
	case WARN_SHARES_SUM:
		numtext_format(nl, buf, size, tr(l, "the sector shares and the winter crop's share sum to %.3f, not 1"),
			 wn->value);
		break;
	case WARN_TARGET_MISSED:
		numtext_format(nl, buf, size, tr(l, "district growth of %.2f %% misses the plan target of %.2f %% by %.2f percentage points"),
			 r->district.district_growth_pct, r->district.target_growth_pct,
			 fabs(wn->value));
		break;
	default:
		snprintf(buf, size, "%s", report_warning_code(wn->kind));
		break;
	}
}

/* The sentence with numbers and dates in the marks of nl (l for a person, LANG_EN for the
 * machine formats). */
static char *warning_text(const scenario *s, const weather_series *w, const season_result *r,
			  const season_warning *wn, lang l, lang nl, char *buf, size_t size)
{
	char body[800], d[11], ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
	warning_body(s, w, r, wn, l, nl, body, sizeof body);
	const commune *c = warning_commune(s, wn);
	const plan_item *it = warning_item(s, wn);
	const land_unit *lu = warning_land(s, wn);
	if (it && lu)
		snprintf(buf, size, tr(l, "%s, land %s, %s sown %s: %s"), c->name,
			 land_unit_name(c, (int)(lu - c->land), l, ln, sizeof ln),
			 s->crops[it->crop].name, report_text_date(it->sow, nl, d), body);
	else if (c && lu)
		snprintf(buf, size, tr(l, "%s, land %s: %s"), c->name,
			 land_unit_name(c, (int)(lu - c->land), l, ln, sizeof ln), body);
	else if (c)
		snprintf(buf, size, "%s: %s", c->name, body);
	else
		snprintf(buf, size, "%s", body);
	return buf;
}

char *report_warning_text(const scenario *s, const weather_series *w, const season_result *r,
			  const season_warning *wn, lang l, char *buf, size_t size)
{
	return warning_text(s, w, r, wn, l, l, buf, size);
}

char *report_warning_text_machine(const scenario *s, const weather_series *w,
				  const season_result *r, const season_warning *wn, lang l,
				  char *buf, size_t size)
{
	return warning_text(s, w, r, wn, l, LANG_EN, buf, size);
}

bool report_warnings_to_diags(const scenario *s, const weather_series *w,
			      const season_result *r, lang l, diag_list *dl)
{
	char text[1024];
	report_numeric_c g;
	if (!report_numeric_c_begin(&g))
		return false;
	bool ok = true;
	for (size_t i = 0; ok && i < r->n_warnings; i++) {
		const season_warning *wn = &r->warnings[i];
		src_mark m = report_warning_mark(s, wn);
		ok = diag_add(dl, wn->is_error ? DIAG_ERROR : DIAG_WARNING, scenario_mark_file(s, m),
			      m.line, m.col, "%s [%s]",
			      report_warning_text(s, w, r, wn, l, text, sizeof text),
			      report_warning_code(wn->kind));
	}
	report_numeric_c_end(&g);
	return ok;
}

bool report_has_errors(const season_result *r)
{
	for (size_t i = 0; i < r->n_warnings; i++)
		if (r->warnings[i].is_error)
			return true;
	return false;
}
