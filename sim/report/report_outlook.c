/* report_outlook.c - the outlook in words (report_outlook.h): the opening sentence and table
 * of the text report, the JSON `outlook` and `example_season` objects, the chance of meeting
 * the target as "N seasons in 10", the example-season label and the estimates list. */
#include "report_outlook.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report_util.h"
#include "textwidth.h"

#define WIDTH 80
#define LABEL_W 30
#define MEDIAN_W 9
#define RANGE_W 25
#define MEAN_W 9

const char *report_outlook_unit(outlook_method m, lang l)
{
	switch (m) {
	case OUTLOOK_OBSERVED: return tr(l, "years in 10");
	case OUTLOOK_RECORD: return tr(l, "winters in 10");
	case OUTLOOK_GENERATED: break;
	}
	return tr(l, "seasons in 10");
}

char *report_outlook_head(const outlook *o, lang l, char *buf, size_t size)
{
	switch (o->method) {
	case OUTLOOK_OBSERVED:
		snprintf(buf, size, tr(l, "In %d observed years (%d to %d)"), o->seasons,
			 o->year_first, o->year_last);
		break;
	case OUTLOOK_RECORD:
		snprintf(buf, size, tr(l, "In %d winters of the station record (%d to %d)"),
			 o->seasons, o->year_first, o->year_last);
		break;
	case OUTLOOK_GENERATED:
		snprintf(buf, size, tr(l, "In %d generated seasons"), o->seasons);
		break;
	}
	return buf;
}

char *report_outlook_odds(const outlook *o, double p, size_t k, lang l, char *buf, size_t size)
{
	const char *unit = report_outlook_unit(o->method, l);
	if (o->seasons <= 0 || !isfinite(p))
		snprintf(buf, size, "-");
	else if (k == (size_t)o->seasons)
		snprintf(buf, size, "%s", tr(l, o->method == OUTLOOK_GENERATED ? "every season"
					     : "every year"));
	else if (k == 0)
		snprintf(buf, size, "%s", tr(l, o->method == OUTLOOK_GENERATED ? "no season"
					     : "no year"));
	else if (lround(p * 10.0) >= 10)
		snprintf(buf, size, "%s", tr(l, "more than 9 in 10"));
	else if (lround(p * 10.0) <= 0)
		snprintf(buf, size, "%s", tr(l, "less than 1 in 10"));
	else
		snprintf(buf, size, "%ld %s", lround(p * 10.0), unit);
	return buf;
}

/* A number with `dec` decimals in the marks of l, "-" when missing. */
static char *num(double v, int dec, lang l, char *buf, size_t size)
{
	numtext_report(v, dec, l, buf, size);
	if (!buf[0])
		snprintf(buf, size, "-");
	return buf;
}

/* The target as written: 13.5 stays 13.5, 13.58 keeps both decimals. */
static char *target_text(double t, lang l, char *buf, size_t size)
{
	double t10 = t * 10.0;
	return num(t, fabs(t10 - round(t10)) < 1e-9 ? 1 : 2, l, buf, size);
}

char *report_outlook_sentence(const outlook *o, lang l, char *buf, size_t size)
{
	char head[160], med[32], lo[32], hi[32], odds[96], tgt[32];
	report_outlook_head(o, l, head, sizeof head);
	int n = numtext_format(l, buf, size, tr(l, "%s: median output %s tonnes, 8 %s between %s and %s tonnes"),
			 head, num(o->output_t.p50, 0, l, med, sizeof med),
			 report_outlook_unit(o->method, l), num(o->output_t.p10, 0, l, lo, sizeof lo),
			 num(o->output_t.p90, 0, l, hi, sizeof hi));
	if (n < 0 || (size_t)n >= size)
		return buf;
	if (o->has_target)
		numtext_format(l, buf + n, size - (size_t)n, tr(l, "; chance of meeting the %s %% growth target: %s."),
			 target_text(o->target_growth_pct, l, tgt, sizeof tgt),
			 report_outlook_odds(o, o->p_target_met, o->target_met, l, odds, sizeof odds));
	else
		snprintf(buf + n, size - (size_t)n, ".");
	return buf;
}

char *report_example_season(const scenario *s, const weather_series *w, lang l, char *buf,
			    size_t size)
{
	int y0, m0, d0;
	date_to_ymd(s->season_start, &y0, &m0, &d0);
	if (weather_source_generated(s->weather.source)) {
		unsigned long seed = w && weather_source_generated(w->source) ? w->seed : s->weather.seed;
		snprintf(buf, size, tr(l, "one example season: generated weather, sample no. %lu (not an average year)"),
			 seed);
	} else {
		int y1, m1, d1;
		date_to_ymd(s->season_end, &y1, &m1, &d1);
		if (y1 != y0)
			snprintf(buf, size, tr(l, "one example season: the observed weather of %d-%d"), y0, y1);
		else
			snprintf(buf, size, tr(l, "one example season: the observed weather of %d"), y0);
	}
	return buf;
}

/* The economy keys that can be marked as estimates, in the order of economy.estimates'
 * choices (scenario.h ECON_EST_*), with their names for people. */
static const char *const estimate_names[ECON_EST_COUNT] = {
	"the district's output of the previous year",
	"the winter crop's output of the previous year",
	"the other sectors' shares and growth",
	"the growth target",
};

char *report_estimates_list(const scenario *s, lang l, char *buf, size_t size)
{
	buf[0] = 0;
	size_t len = 0;
	for (int i = 0; i < ECON_EST_COUNT && len < size; i++) {
		if (!(s->economy.estimates & (1u << i)))
			continue;
		int n = snprintf(buf + len, size - len, "%s%s", len ? ", " : "", tr(l, estimate_names[i]));
		if (n < 0)
			break;
		len += (size_t)n;
	}
	return buf;
}

static void spaces(strbuf *sb, int n)
{
	for (int i = 0; i < n; i++)
		strbuf_append_char(sb, ' ');
}

/* A row of the outlook table: label, median, "P10 – P90", mean; values × f. */
static void table_row(strbuf *sb, const char *label, const outlook_range *r, double f, int dec,
		      bool sign, lang l)
{
	char a[32], b[32], range[80], med[32], mean[32];
	double v[4] = { r->p50 * f, r->p10 * f, r->p90 * f, r->mean * f };
	char *out[4] = { med, a, b, mean };
	for (int i = 0; i < 4; i++) {
		if (sign)
			report_text_signed(v[i], dec, l, out[i], 32);   /* -0.00 reads as 0.00 */
		else
			num(v[i], dec, l, out[i], 32);
	}
	snprintf(range, sizeof range, "%s – %s", a, b);
	spaces(sb, 2);
	report_text_cell(sb, label, LABEL_W, false);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, med, MEDIAN_W, true);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, range, RANGE_W, true);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, mean, MEAN_W, true);
	strbuf_append_char(sb, '\n');
}

/* Money rows in tỷ đồng when the median reaches 1,000 million, else triệu đồng. */
static void money_row(strbuf *sb, const char *bn_label, const char *mn_label,
		      const outlook_range *r, lang l)
{
	bool bn = fabs(r->p50) >= 1000.0;
	table_row(sb, bn ? bn_label : mn_label, r, bn ? 0.001 : 1.0, bn ? 2 : 1, false, l);
}

void report_outlook_text(strbuf *sb, const scenario *s, const outlook *o, lang l)
{
	char line[1024];
	const char *title = tr(l, "OUTLOOK OVER MANY SEASONS");
	strbuf_append_char(sb, '\n');
	report_text_wrap(sb, title, 0, 0, WIDTH);
	int tw = text_width(title);
	strbuf_append_repeat(sb, "-", (size_t)(tw < WIDTH ? tw : WIDTH));
	strbuf_append_char(sb, '\n');
	report_text_wrap(sb, report_outlook_sentence(o, l, line, sizeof line), 0, 0, WIDTH);
	strbuf_append_char(sb, '\n');

	char range_head[96];
	snprintf(range_head, sizeof range_head, tr(l, "P10-P90 (8 %s)"),
		 report_outlook_unit(o->method, l));
	spaces(sb, 2 + LABEL_W + 1);
	report_text_cell(sb, tr(l, "Median"), MEDIAN_W, true);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, range_head, RANGE_W, true);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, tr(l, "Mean"), MEAN_W, true);
	strbuf_append_char(sb, '\n');
	table_row(sb, tr(l, "Output (tonnes)"), &o->output_t, 1.0, 1, false, l);
	money_row(sb, tr(l, "Value, current (bn VND)"), tr(l, "Value, current (mln VND)"),
		  &o->value_mvnd, l);
	char bn[96], mn[96];
	int year = s->economy.present ? s->economy.constant_price_year : 2010;
	snprintf(bn, sizeof bn, tr(l, "Value, %d prices (bn VND)"), year);
	snprintf(mn, sizeof mn, tr(l, "Value, %d prices (mln VND)"), year);
	money_row(sb, bn, mn, &o->value_const_mvnd, l);
	if (o->has_economy) {
		table_row(sb, tr(l, "Contribution to growth (pp)"), &o->contribution_pp, 1.0, 2, true, l);
		table_row(sb, tr(l, "District growth (%)"), &o->district_growth_pct, 1.0, 2, false, l);
	}
	if (o->has_target) {
		char odds[96], tgt[32], med[32];
		numtext_format(l, line, sizeof line,
			 tr(l, "Growth target %s %%: chance of meeting it %s (%zu of %d); median district growth %s %%."),
			 target_text(o->target_growth_pct, l, tgt, sizeof tgt),
			 report_outlook_odds(o, o->p_target_met, o->target_met, l, odds, sizeof odds),
			 o->target_met, o->seasons, num(o->district_growth_pct.p50, 2, l, med, sizeof med));
		strbuf_append_char(sb, '\n');
		report_text_wrap(sb, line, 2, 2, WIDTH);
	}
	char est[512];
	if (s->economy.present && report_estimates_list(s, l, est, sizeof est)[0]) {
		snprintf(line, sizeof line,
			 tr(l, "Estimates in the economy figures: %s. The growth figures move with them (vudong sensitivity)."),
			 est);
		report_text_wrap(sb, line, 2, 2, WIDTH);
	}
}

/* "k": {"p10": …, "p50": …, "p90": …, "mean": …} with `dec` decimals, as `vudong ensemble`
 * writes the same statistics. */
static void json_range(strbuf *sb, const char *k, const outlook_range *r, int dec)
{
	strbuf_appendf(sb, ",\n    \"%s\": {\"p10\": ", k);
	report_json_number(sb, r->p10, dec);
	strbuf_append(sb, ", \"p50\": ");
	report_json_number(sb, r->p50, dec);
	strbuf_append(sb, ", \"p90\": ");
	report_json_number(sb, r->p90, dec);
	strbuf_append(sb, ", \"mean\": ");
	report_json_number(sb, r->mean, dec);
	strbuf_append_char(sb, '}');
}

void report_outlook_json(strbuf *sb, const outlook *o)
{
	if (!o || o->seasons <= 0) {
		strbuf_append(sb, "null");
		return;
	}
	strbuf_appendf(sb, "{\"seasons\": %d, \"method\": \"%s\", ", o->seasons,
		       outlook_method_name(o->method));
	if (o->method == OUTLOOK_GENERATED)
		strbuf_appendf(sb, "\"seed_first\": %lu, \"seed_last\": %lu, "
			       "\"year_first\": null, \"year_last\": null", o->seed_first,
			       o->seed_first + (unsigned long)o->seasons - 1);
	else
		strbuf_appendf(sb, "\"seed_first\": null, \"seed_last\": null, "
			       "\"year_first\": %d, \"year_last\": %d", o->year_first, o->year_last);
	strbuf_append(sb, ", \"quantiles\": ");
	report_json_string(sb, "type 7 (linear interpolation between the sorted seasons)");
	/* The decimals of `vudong ensemble`: 3 for tonnes and money, 4 for growth figures. */
	json_range(sb, "output_t", &o->output_t, 3);
	json_range(sb, "value_mvnd", &o->value_mvnd, 3);
	json_range(sb, "value_const_mvnd", &o->value_const_mvnd, 3);
	json_range(sb, "winter_growth_pct", &o->winter_growth_pct, 4);
	json_range(sb, "contribution_pp", &o->contribution_pp, 4);
	json_range(sb, "district_growth_pct", &o->district_growth_pct, 4);
	strbuf_append(sb, ",\n    \"target_growth_pct\": ");
	report_json_number(sb, o->has_target ? o->target_growth_pct : NAN, 4);
	strbuf_append(sb, ", \"p_target_met\": ");
	report_json_number(sb, o->has_target ? o->p_target_met : NAN, 4);
	strbuf_append(sb, "}");
}

void report_example_json(strbuf *sb, const scenario *s, const weather_series *w, lang l)
{
	char buf[400];
	int y, m, d;
	date_to_ymd(s->season_start, &y, &m, &d);
	strbuf_append(sb, "{\"seed\": ");
	if (weather_source_generated(s->weather.source))
		strbuf_appendf(sb, "%lu", w && weather_source_generated(w->source) ? w->seed : s->weather.seed);
	else
		strbuf_append(sb, "null");
	strbuf_appendf(sb, ", \"year\": %d, \"description\": ", y);
	report_json_string(sb, report_example_season(s, w, l, buf, sizeof buf));
	strbuf_append_char(sb, '}');
}
