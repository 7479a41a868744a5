/* cold_damage.h - F_cold, the yield lost to cold as Vietnamese agronomists count it (DESIGN
 * §3.4, docs/model.md §3.2): rét đậm and rét hại runs on the station's daily mean, cold
 * nights, frost (sương muối) on clear calm nights, killing frost; each day's loss weighted by
 * the crop's stage (emergence, early growth, flowering/tuber initiation, bulking, maturity);
 * and the short list of cold events that says which days, which rule, which stage and how
 * much yield. */
#ifndef VUDONG_COLD_DAMAGE_H
#define VUDONG_COLD_DAMAGE_H

#include <stdbool.h>

#include "date.h"
#include "phenology.h"
#include "scenario.h"
#include "weather.h"

/* The five stages of the cold rules (COLD_STAGES is scenario.h's), from the four FAO-56
 * stages and the position inside them (docs/model.md §3.2):
 * initial → emergence; development, first two thirds → early growth; the last third of
 * development and the first third of mid-season → flowering / tuber initiation; the rest of
 * mid-season → bulking (yield formation); late season → maturity. */
enum {
	COLD_STAGE_EMERGENCE,
	COLD_STAGE_EARLY_GROWTH,
	COLD_STAGE_FLOWERING,
	COLD_STAGE_BULKING,
	COLD_STAGE_MATURITY,
};

/* The rule that made an event. */
typedef enum {
	COLD_RULE_RET_DAM,       /* a run of days with daily mean ≤ chill.tmean_c, every day ≤ 15 °C */
	COLD_RULE_RET_HAI,       /* the same, every day ≤ 13 °C */
	COLD_RULE_CHILL,         /* the same, some day above 15 °C (a crop whose threshold is above 15) */
	COLD_RULE_COLD_NIGHT,    /* nights with Tmin below chill.tmin_c (fruit set) */
	COLD_RULE_FROST,         /* Tmin ≤ frost.damage_c, or ≤ frost.clear_night_c on a clear calm night */
	COLD_RULE_KILLING_FROST, /* Tmin ≤ frost.kill_c: the crop is lost */
	COLD_RULES
} cold_rule;

/* The officers' thresholds on the daily mean (docs/reference.md §1 "cold terms"). */
#define COLD_RET_DAM_C 15.0
#define COLD_RET_HAI_C 13.0
/* The clear-calm-night proxy from the day's radiation and wind: clear when Rs/Rso is at least
 * this (the Ångström relation with FAO-56's a = 0.25, b = 0.50 gives 0.6 at 40 % of the
 * possible sunshine), calm when u2 is at most this (radiation frost: FAO, Snyder and
 * de Melo-Abreu 2005, ch. 2). */
#define COLD_CLEAR_RS_RSO 0.6
#define COLD_CALM_U2_M_S  2.0

/* Consecutive damaging days of one rule in one stage. */
typedef struct {
	vd_date from, to;        /* first and last damaging day */
	cold_rule rule;
	int stage;               /* COLD_STAGE_* */
	int days;                /* damaging days in from..to */
	double loss;             /* yield share it cost: 1 − Π (1 − loss of each day) */
	double tmin_c;           /* its lowest Tmin */
	double tmean_c;          /* its lowest daily mean */
} cold_event;

#define COLD_EVENTS_MAX 12

/* The cold factor and why. */
typedef struct {
	double f_cold;           /* 0 when killed, else Π over damaging days of (1 − loss of the day) */
	bool killed;             /* a day with Tmin <= frost.kill_c */
	vd_date kill_date;       /* the first such day, DATE_NONE when none */
	double kill_tmin_c;      /* its Tmin (NAN when none) */
	int kill_stage;          /* its stage (-1 when none) */
	int frost_days;          /* frost days (not killing ones), whatever their stage weight */
	int chill_days;          /* counted chilling days: beyond the tolerance in runs, and cold nights */
	int n_events;            /* events[0 .. n_events - 1] by first day: the first
				  * COLD_EVENTS_MAX to end */
	cold_event events[COLD_EVENTS_MAX];
	int n_more;              /* events that ended later (not listed) */
	double more_loss;        /* the yield share they cost together */
} cold_result;

/* The cold stage of day d (0-based from sowing) of crop c's calendar pc. */
int cold_stage_of_day(const crop *c, const pheno_calendar *pc, int d);

/* Whether day wd's night counts as clear and calm (the sương muối proxy above). */
bool cold_night_clear_calm(const weather_day *wd);

/* The cold rules over the crop's days in pc (sowing to harvest, or to the end of the
 * weather). A crop without frost / chill blocks takes no damage of that kind. */
void cold_damage_run(const crop *c, const weather_series *w, const pheno_calendar *pc,
		     cold_result *out);

#endif
