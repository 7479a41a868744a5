/* report_labour.c - the text of `vudong run --table labour`: for each commune its land units'
 * free windows (rice harvested by free_from, spring rice transplanted from free_until), then
 * its half-months with labour needed, available, the shortfall and the hectares whose work
 * is not done; and what a shortfall does to the plan (nothing: not modelled). */
#include "report_season.h"

#include <math.h>
#include <stdio.h>

#include "land_name.h"

#define WIDTH 80
#define PERIOD_W 13
#define COL_W 12

static char *day_month(vd_date t, char *buf, size_t size)
{
	int y, m, d;
	if (t == DATE_NONE) {
		snprintf(buf, size, "-");
		return buf;
	}
	date_to_ymd(t, &y, &m, &d);
	snprintf(buf, size, "%02d/%02d", d, m);
	return buf;
}

static void land_windows(strbuf *sb, const commune *c, lang l)
{
	for (size_t k = 0; k < c->n_land; k++) {
		const land_unit *u = &c->land[k];
		if (u->free_from == DATE_NONE && u->free_until == DATE_NONE)
			continue;   /* land free all season: no rice to harvest or transplant */
		char a[16], b[16], name[SCN_NAME_MAX + SCN_ID_MAX + 8], line[400];
		snprintf(line, sizeof line, tr(l, "%s: rice harvested by %s, spring rice transplanted from %s"),
			 land_unit_name(c, (int)k, l, name, sizeof name),
			 day_month(u->free_from, a, sizeof a), day_month(u->free_until, b, sizeof b));
		report_text_wrap(sb, line, 2, 4, WIDTH);
	}
}

static void header_row(strbuf *sb, lang l)
{
	report_text_cell(sb, tr(l, "Half-month"), PERIOD_W, false);
	const char *heads[] = { tr(l, "Need (d)"), tr(l, "Available"), tr(l, "Shortfall"),
				tr(l, "Unworked ha") };
	for (size_t i = 0; i < 4; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, heads[i], COL_W, true);
	}
	strbuf_append_char(sb, '\n');
}

static void period_row(strbuf *sb, const labour_period *p, lang l)
{
	char a[16], b[16], period[40], cell[4][32];
	snprintf(period, sizeof period, "%s-%s", day_month(p->start, a, sizeof a),
		 day_month(p->end, b, sizeof b));
	report_text_cell(sb, period, PERIOD_W, false);
	report_text_num(p->need_days, 0, COL_W, l, cell[0], sizeof cell[0]);
	report_text_num(p->available_days, 0, COL_W, l, cell[1], sizeof cell[1]);
	report_text_num(p->shortfall_days, 0, COL_W, l, cell[2], sizeof cell[2]);
	report_text_num(isnan(p->shortfall_days) ? NAN : p->unworked_ha, 1, COL_W, l, cell[3],
			sizeof cell[3]);
	for (size_t i = 0; i < 4; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, cell[i], COL_W, true);
	}
	strbuf_append_char(sb, p->shortfall_days > 0.0 ? '!' : ' ');
	strbuf_append_char(sb, '\n');
}

void report_labour_text(strbuf *sb, const scenario *s, const labour_plan *p, lang l)
{
	report_text_heading(sb, tr(l, "Labour by half-month"));
	report_text_wrap(sb, tr(l, "Each item's labour: 40 percent over its first 10 days (land preparation, sowing or transplanting), 30 percent evenly from sowing to harvest, 30 percent over its last 10 days (harvest). Available: the commune's labour days spread evenly over the season's half-months."), 0, 0, WIDTH);
	report_text_wrap(sb, tr(l, "A shortfall is not modelled: the output assumes all the work gets done. The hectares not worked are what the shortfall would leave undone."), 0, 0, WIDTH);
	for (size_t c = 0; p && c < s->n_communes; c++) {
		report_text_heading(sb, s->communes[c].name);
		land_windows(sb, &s->communes[c], l);
		header_row(sb, l);
		for (size_t k = 0; k < p->per_commune; k++)
			period_row(sb, &p->periods[c * p->per_commune + k], l);
	}
}
