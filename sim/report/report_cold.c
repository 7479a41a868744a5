/* report_cold.c - the cold events of an item in words, for the warnings, the text report and
 * the results screen: "rét hại 12–18/01, ra hoa/hình thành củ: −7.8 %" (which rule, which
 * days, which stage, how much yield). */
#include "report_util.h"

#include <stdio.h>
#include <string.h>

/* English ids of the rule and stage names (tr() gives the Vietnamese). */
static const char *const rule_names[COLD_RULES] = {
	[COLD_RULE_RET_DAM] = "rét đậm (mean ≤ 15 °C)",
	[COLD_RULE_RET_HAI] = "rét hại (mean ≤ 13 °C)",
	[COLD_RULE_CHILL] = "chilling",
	[COLD_RULE_COLD_NIGHT] = "cold nights",
	[COLD_RULE_FROST] = "frost",
	[COLD_RULE_KILLING_FROST] = "killing frost",
};

static const char *const stage_names[COLD_STAGES] = {
	[COLD_STAGE_EMERGENCE] = "emergence",
	[COLD_STAGE_EARLY_GROWTH] = "early growth",
	[COLD_STAGE_FLOWERING] = "flowering/tuber initiation",
	[COLD_STAGE_BULKING] = "bulking",
	[COLD_STAGE_MATURITY] = "maturity",
};

const char *report_cold_rule_id(cold_rule r)
{
	return r >= 0 && r < COLD_RULES ? rule_names[r] : "cold";
}

const char *report_cold_stage_id(int stage)
{
	return stage >= 0 && stage < COLD_STAGES ? stage_names[stage] : "?";
}

/* "12–18/01", "30/12–02/01" or "13/01". */
static void day_range(vd_date from, vd_date to, char *buf, size_t size)
{
	int y1, m1, d1, y2, m2, d2;
	date_to_ymd(from, &y1, &m1, &d1);
	date_to_ymd(to, &y2, &m2, &d2);
	if (from == to)
		snprintf(buf, size, "%02d/%02d", d1, m1);
	else if (m1 == m2 && y1 == y2)
		snprintf(buf, size, "%02d–%02d/%02d", d1, d2, m2);
	else
		snprintf(buf, size, "%02d/%02d–%02d/%02d", d1, m1, d2, m2);
}

char *report_cold_event_text(const cold_event *e, lang l, char *buf, size_t size)
{
	char days[32];
	day_range(e->from, e->to, days, sizeof days);
	numtext_format(l, buf, size, tr(l, "%s %s, %s: −%.1f %%"), tr(l, report_cold_rule_id(e->rule)), days,
		 tr(l, report_cold_stage_id(e->stage)), e->loss * 100.0);
	return buf;
}

char *report_cold_events_text(const cold_result *c, lang l, char *buf, size_t size)
{
	enum { TAIL = 64 };   /* room kept for "; N more: −x %" */
	if (size == 0)
		return buf;
	buf[0] = '\0';
	size_t len = 0;
	int i = 0;
	for (; i < c->n_events; i++) {
		char one[256];
		report_cold_event_text(&c->events[i], l, one, sizeof one);
		size_t need = strlen(one) + (i ? 2 : 0);
		if (len + need + TAIL >= size)
			break;   /* whole events only: never a cut character */
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? "; " : "", one);
	}
	int more = c->n_more + (c->n_events - i);
	double kept = 1.0 - c->more_loss;
	for (int k = i; k < c->n_events; k++)
		kept *= 1.0 - c->events[k].loss;
	if (more > 0 && len + TAIL < size)
		numtext_format(l, buf + len, size - len, tr(l, "; %d more: −%.1f %%"), more, (1.0 - kept) * 100.0);
	return buf;
}
