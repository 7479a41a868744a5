/* outlook_text.c - the overview's outlook in words (outlook_text.h). */
#include "outlook_text.h"

#include <math.h>
#include <stdio.h>

#include "date.h"
#include "numfmt.h"
#include "report_outlook.h"

char *outlook_text_title(int seasons, outlook_method m, bool updating, lang l, bool ascii,
			 char *buf, size_t size)
{
	char what[160];
	switch (m) {
	case OUTLOOK_OBSERVED:
		snprintf(what, sizeof what, tr(l, "Outlook: %d observed years"), seasons);
		break;
	case OUTLOOK_RECORD:
		snprintf(what, sizeof what, tr(l, "Outlook: %d winters of the record"), seasons);
		break;
	case OUTLOOK_GENERATED:
		snprintf(what, sizeof what, tr(l, "Outlook: %d generated seasons"), seasons);
		break;
	}
	if (updating)
		snprintf(buf, size, "%s%s %s", tr(l, "updating"), ascii ? "..." : "…", what);
	else
		snprintf(buf, size, "%s", what);
	return buf;
}

char *outlook_text_range(double lo, double hi, int decimals, bool sign, lang l, bool ascii,
			 char *buf, size_t size)
{
	char a[64], b[64];
	if (sign) {
		numfmt_signed(lo, decimals, l, ascii, a, sizeof a);
		numfmt_signed(hi, decimals, l, ascii, b, sizeof b);
	} else {
		numfmt_number(lo, decimals, l, a, sizeof a);
		numfmt_number(hi, decimals, l, b, sizeof b);
	}
	snprintf(buf, size, "%s %s %s", a, ascii ? "-" : "–", b);
	return buf;
}

/* 13.5 shows as 13,5; 13.58 keeps both decimals. */
static int target_decimals(double t)
{
	double t10 = t * 10.0;
	return fabs(t10 - round(t10)) < 1e-9 ? 1 : 2;
}

char *outlook_text_verdict(const outlook *o, lang l, char *buf, size_t size)
{
	buf[0] = 0;
	if (!o || !o->has_target || o->seasons <= 0)
		return buf;
	char tgt[64], odds[96], med[64];
	numfmt_number(o->target_growth_pct, target_decimals(o->target_growth_pct), l, tgt, sizeof tgt);
	report_outlook_odds(o, o->p_target_met, o->target_met, l, odds, sizeof odds);
	numfmt_number(o->district_growth_pct.p50, 2, l, med, sizeof med);
	snprintf(buf, size, tr(l, "Target %s %%: met in %s; median growth %s %%"), tgt,
		 odds, med);
	return buf;
}

char *outlook_text_example(const scenario *s, lang l, char *buf, size_t size)
{
	int y0, m0, d0, y1, m1, d1;
	date_to_ymd(s->season_start, &y0, &m0, &d0);
	date_to_ymd(s->season_end, &y1, &m1, &d1);
	if (weather_source_generated(s->weather.source))
		snprintf(buf, size, tr(l, "One example season, sample %lu"), s->weather.seed);
	else if (y1 != y0)
		snprintf(buf, size, tr(l, "One example season, %d-%d"), y0, y1);
	else
		snprintf(buf, size, tr(l, "One example season, %d"), y0);
	return buf;
}
