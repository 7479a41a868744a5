/* report_sensitivity.c - `vudong sensitivity`: the base run, the tornado table (each
 * parameter's low and high run: output value, its change in %, the change of the growth
 * contribution in percentage points; largest effect first) and a tornado chart in text; the
 * same rows as CSV (a `base` row first) and JSON. */
#include "report_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_study.h"

#define WIDTH 80
#define HALF 25         /* the chart's bar columns on each side of the axis */

static const char *const cols[] = {
	"rank", "parameter", "low", "high", "unit", "output_low_t", "output_high_t",
	"value_low_mvnd", "value_high_mvnd", "value_low_change_pct", "value_high_change_pct",
	"contribution_low_pp", "contribution_high_pp", "contribution_low_diff_pp",
	"contribution_high_diff_pp", "district_growth_low_pct", "district_growth_high_pct",
	"warnings_low", "warnings_high",
};
#define NCOL (sizeof cols / sizeof cols[0])

/* What the report is written from: the arguments of report_write_sensitivity, and where the
 * scenario comes from. */
typedef struct {
	const scenario *s;
	const sensitivity_result *sr;
	const study_options *o;
	report_provenance p;
} sensitivity_job;

/* English labels for tr(), by sens_param. */
static const char *const labels[SENS_PARAMS] = {
	[SENS_PRICE] = "Price", [SENS_YIELD_POTENTIAL] = "Potential yield", [SENS_AREA] = "Area",
	[SENS_KY] = "Ky (yield response)", [SENS_KC_MID] = "Kc mid-season",
	[SENS_WARMING] = "Warming", [SENS_RAIN] = "Rain",
	[SENS_WINTER_CROP_PREV] = "Previous winter",
};

const char *report_sensitivity_label(sens_param p)
{
	return (unsigned)p < SENS_PARAMS ? labels[p] : "";
}

static double change_pct(double v, double base)
{
	return base != 0.0 && isfinite(v) && isfinite(base) ? (v - base) / fabs(base) * 100.0 : NAN;
}

static double diff(double v, double base)
{
	return isfinite(v) && isfinite(base) ? v - base : NAN;
}

static const char *unit_of(sens_param p)
{
	return p == SENS_WARMING ? "degC" : "pct";
}

/* ---- rows (CSV and JSON) ---- */

static void put_num(report_row *row, double v, int dec)
{
	row->cells[row->n++] = (report_cell){ .kind = CELL_NUM, .v = v, .dec = dec };
}

static void fill_row(report_row *row, int rank, const char *name, double low, double high,
		     const char *unit, const sens_figures *lo, const sens_figures *hi,
		     const sens_figures *base)
{
	row->n = 0;
	put_num(row, rank, 0);
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = name };
	put_num(row, low, 2);
	put_num(row, high, 2);
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = unit };
	put_num(row, lo->output_t, 3);
	put_num(row, hi->output_t, 3);
	put_num(row, lo->value_mvnd, 3);
	put_num(row, hi->value_mvnd, 3);
	put_num(row, change_pct(lo->value_mvnd, base->value_mvnd), 4);
	put_num(row, change_pct(hi->value_mvnd, base->value_mvnd), 4);
	put_num(row, lo->contribution_pp, 4);
	put_num(row, hi->contribution_pp, 4);
	put_num(row, diff(lo->contribution_pp, base->contribution_pp), 4);
	put_num(row, diff(hi->contribution_pp, base->contribution_pp), 4);
	put_num(row, lo->district_growth_pct, 4);
	put_num(row, hi->district_growth_pct, 4);
	put_num(row, (double)lo->n_warnings, 0);
	put_num(row, (double)hi->n_warnings, 0);
}

/* Row i: 0 the base run, then the table's rows in order. */
static void table_row(const sensitivity_result *sr, size_t i, report_row *row)
{
	if (i == 0) {
		fill_row(row, 0, "base", NAN, NAN, NULL, &sr->base, &sr->base, &sr->base);
		return;
	}
	const sens_row *r = &sr->rows[i - 1];
	fill_row(row, (int)i, sensitivity_param_name(r->param), r->low, r->high, unit_of(r->param),
		 &r->lo, &r->hi, &sr->base);
}

static bool sensitivity_csv(strbuf *sb, const void *job)
{
	const sensitivity_job *j = job;
	const sensitivity_result *sr = j->sr;
	report_csv_provenance(sb, &j->p, "sensitivity");
	char buf[160];
	snprintf(buf, sizeof buf, "%g", sr->step_pct);
	report_csv_comment(sb, "step_pct", buf);
	snprintf(buf, sizeof buf, "warming -%g/+%g degC, rain -%g/+%g pct", SENS_WARMING_C,
		 SENS_WARMING_C, SENS_RAIN_SHARE * 100.0, SENS_RAIN_SHARE * 100.0);
	report_csv_comment(sb, "weather_changes", buf);
	report_csv_comment(sb, "order", "rank 1 = the largest swing of value_mvnd (high - low)");
	strbuf_append(sb, "# units: output t, money million VND, change %, contribution pp\n");
	report_csv_header(sb, cols, NCOL);
	report_row row;
	for (size_t i = 0; i <= SENS_PARAMS; i++) {
		table_row(sr, i, &row);
		report_csv_row(sb, &row);
	}
	return true;
}

static bool sensitivity_json(strbuf *sb, const void *job)
{
	const sensitivity_job *j = job;
	const sensitivity_result *sr = j->sr;
	strbuf_append(sb, "{\n  \"meta\": ");
	report_json_meta(sb, &j->p, "sensitivity", j->o->lang);
	strbuf_append(sb, ",\n  \"sensitivity\": {\"step_pct\": ");
	report_json_number(sb, sr->step_pct, 4);
	strbuf_append(sb, ", \"warming_c\": ");
	report_json_number(sb, SENS_WARMING_C, 2);
	strbuf_append(sb, ", \"rain_pct\": ");
	report_json_number(sb, SENS_RAIN_SHARE * 100.0, 2);
	strbuf_append(sb, "},\n  \"table\": \"sensitivity\",\n  \"rows\": [");
	report_row row;
	for (size_t i = 0; i <= SENS_PARAMS; i++) {
		table_row(sr, i, &row);
		strbuf_append(sb, i ? ",\n    " : "\n    ");
		report_json_object(sb, cols, &row);
	}
	strbuf_append(sb, "\n  ]\n}\n");
	return true;
}

/* ---- text ---- */

/* Column widths of the tornado table: parameter, change, value low/high, value change %
 * low/high, contribution change pp low/high. 73 + 7 separating spaces = 80. */
static const int tw[8] = { 19, 8, 8, 8, 7, 7, 8, 8 };

static void text_cells(strbuf *sb, const char *const *cells)
{
	for (int i = 0; i < 8; i++) {
		if (i)
			strbuf_append_char(sb, ' ');
		report_text_cell(sb, cells[i], tw[i], i >= 2);
	}
	strbuf_append_char(sb, '\n');
}

static void change_text(const sens_row *r, char *buf, size_t size)
{
	if (r->param == SENS_WARMING)
		snprintf(buf, size, "±%g °C", r->high);
	else
		snprintf(buf, size, "±%g %%", r->high);
}

static void base_text(strbuf *sb, const sensitivity_result *sr, lang l)
{
	report_text_heading(sb, tr(l, "BASE RUN"));
	char v[4][160], m[64];
	numtext_format(l, v[0], sizeof v[0], tr(l, "%s tonnes"), report_text_num(sr->base.output_t, 1, 20, l, m, sizeof m));
	numtext_format(l, v[1], sizeof v[1], tr(l, "%s million VND"),
		 report_text_num(sr->base.value_mvnd, 1, 20, l, m, sizeof m));
	const char *lab[4] = { tr(l, "Output"), tr(l, "Gross output value (current prices)"),
			       tr(l, "Contribution to district growth"), tr(l, "District growth") };
	const char *val[4] = { v[0], v[1], v[2], v[3] };
	size_t n = 2;
	if (sr->has_economy) {
		report_text_signed(sr->base.contribution_pp, 3, l, m, sizeof m);
		numtext_format(l, v[2], sizeof v[2], tr(l, "%s percentage points"), m);
		snprintf(v[3], sizeof v[3], "%.2f %%", sr->base.district_growth_pct);
		n = 4;
	}
	report_text_fields(sb, lab, val, n);
}

static void table_text(strbuf *sb, const sensitivity_result *sr, lang l)
{
	report_text_heading(sb, tr(l, "TORNADO TABLE (largest effect on the output value first)"));
	/* the first header line: group titles over their two columns */
	const char *groups[3] = { tr(l, "Value (mln VND)"), tr(l, "Value change %"),
				  tr(l, "Contribution Δpp") };
	strbuf_append_repeat(sb, " ", (size_t)(tw[0] + tw[1] + 1));
	for (int g = 0; g < 3; g++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, groups[g], tw[2 + 2 * g] + tw[3 + 2 * g] + 1, true);
	}
	strbuf_append_char(sb, '\n');
	const char *head[8] = { tr(l, "Parameter"), tr(l, "Change"), tr(l, "low"), tr(l, "high"),
				tr(l, "low"), tr(l, "high"), tr(l, "low"), tr(l, "high") };
	text_cells(sb, head);
	strbuf_append_repeat(sb, "-", WIDTH);
	strbuf_append_char(sb, '\n');
	for (int i = 0; i < SENS_PARAMS; i++) {
		const sens_row *r = &sr->rows[i];
		char c[8][64];
		snprintf(c[0], sizeof c[0], "%s", tr(l, labels[r->param]));
		change_text(r, c[1], sizeof c[1]);
		report_text_num(r->lo.value_mvnd, 1, tw[2], l, c[2], sizeof c[2]);
		report_text_num(r->hi.value_mvnd, 1, tw[3], l, c[3], sizeof c[3]);
		report_text_signed(change_pct(r->lo.value_mvnd, sr->base.value_mvnd), 1, l, c[4], sizeof c[4]);
		report_text_signed(change_pct(r->hi.value_mvnd, sr->base.value_mvnd), 1, l, c[5], sizeof c[5]);
		report_text_signed(diff(r->lo.contribution_pp, sr->base.contribution_pp), 3, l, c[6], sizeof c[6]);
		report_text_signed(diff(r->hi.contribution_pp, sr->base.contribution_pp), 3, l, c[7], sizeof c[7]);
		const char *cells[8] = { c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7] };
		text_cells(sb, cells);
	}
}

/* Column of the chart (−HALF … +HALF) for a change of v % on a scale of `scale` %. */
static int bar_pos(double v, double scale)
{
	if (!isfinite(v) || scale <= 0.0)
		return 0;
	double x = v / scale * HALF;
	int k = (int)lround(x);
	return k < -HALF ? -HALF : k > HALF ? HALF : k;
}

/* Fills bar[0 .. 2 HALF] with the marks of one row: '-' from the axis to the low run's
 * change, '+' to the high run's, the shorter drawn last so both show; '|' is the axis. */
static void bar_of(const sens_row *r, double base, double scale, char *bar)
{
	memset(bar, ' ', 2 * HALF + 1);
	bar[2 * HALF + 1] = 0;
	int lo = bar_pos(change_pct(r->lo.value_mvnd, base), scale);
	int hi = bar_pos(change_pct(r->hi.value_mvnd, base), scale);
	int ends[2] = { lo, hi };
	char marks[2] = { '-', '+' };
	int first = abs(lo) >= abs(hi) ? 0 : 1;
	for (int n = 0; n < 2; n++) {
		int k = n == 0 ? first : 1 - first;
		int e = ends[k];
		for (int x = e < 0 ? e : 1; x <= (e < 0 ? -1 : e); x++)
			bar[HALF + x] = marks[k];
	}
	bar[HALF] = '|';
}

static void chart_text(strbuf *sb, const sensitivity_result *sr, lang l)
{
	double scale = 0.0;
	for (int i = 0; i < SENS_PARAMS; i++) {
		double a = fabs(change_pct(sr->rows[i].lo.value_mvnd, sr->base.value_mvnd));
		double b = fabs(change_pct(sr->rows[i].hi.value_mvnd, sr->base.value_mvnd));
		if (isfinite(a) && a > scale)
			scale = a;
		if (isfinite(b) && b > scale)
			scale = b;
	}
	report_text_heading(sb, tr(l, "TORNADO CHART (change of the output value, %)"));
	if (scale <= 0.0) {
		report_text_wrap(sb, tr(l, "No parameter changes the output value."), 0, 0, WIDTH);
		return;
	}
	char left[32], right[32], axis[2 * HALF + 2];
	numtext_format(l, left, sizeof left, "-%.1f %%", scale);
	numtext_format(l, right, sizeof right, "+%.1f %%", scale);
	memset(axis, ' ', sizeof axis - 1);
	axis[sizeof axis - 1] = 0;
	memcpy(axis, left, strlen(left));
	axis[HALF] = '0';
	memcpy(axis + 2 * HALF + 1 - strlen(right), right, strlen(right));
	strbuf_append_repeat(sb, " ", (size_t)tw[0] + 1);
	strbuf_append(sb, axis);
	strbuf_append_char(sb, '\n');
	char bar[2 * HALF + 2];
	for (int i = 0; i < SENS_PARAMS; i++) {
		const sens_row *r = &sr->rows[i];
		bar_of(r, sr->base.value_mvnd, scale, bar);
		report_text_cell(sb, tr(l, labels[r->param]), tw[0], false);
		strbuf_append_char(sb, ' ');
		/* no trailing spaces */
		size_t n = strlen(bar);
		while (n > 0 && bar[n - 1] == ' ')
			n--;
		strbuf_append_n(sb, bar, n);
		strbuf_append_char(sb, '\n');
	}
	report_text_wrap(sb, tr(l, "'-' marks the low setting's change, '+' the high setting's; '|' is no change."),
			 0, 0, WIDTH);
}

static void warnings_text(strbuf *sb, const sensitivity_result *sr, lang l)
{
	char line[512], ch[64];
	size_t shown = 0;
	for (int i = 0; i < SENS_PARAMS; i++) {
		const sens_row *r = &sr->rows[i];
		for (int side = 0; side < 2; side++) {
			const sens_figures *f = side ? &r->hi : &r->lo;
			if (f->n_warnings == sr->base.n_warnings)
				continue;
			if (!shown++)
				report_text_heading(sb, tr(l, "WARNINGS"));
			if (r->param == SENS_WARMING)
				snprintf(ch, sizeof ch, "%+g °C", side ? r->high : r->low);
			else
				snprintf(ch, sizeof ch, "%+g %%", side ? r->high : r->low);
			numtext_format(l, line, sizeof line, tr(l, "- %s %s: warnings %zu (the base run: %zu)"),
				 tr(l, labels[r->param]), ch, f->n_warnings, sr->base.n_warnings);
			report_text_wrap(sb, line, 0, 2, WIDTH);
		}
	}
}

static bool sensitivity_text(strbuf *sb, const void *job)
{
	const sensitivity_job *j = job;
	const scenario *s = j->s;
	const sensitivity_result *sr = j->sr;
	lang l = j->o->lang;
	const report_provenance *p = &j->p;
	char kind[160], weather[512], step[256];
	numtext_format(l, kind, sizeof kind, tr(l, "One-at-a-time sensitivity (±%g %%)"), sr->step_pct);
	report_weather_description(p, l, weather, sizeof weather);
	numtext_format(l, step, sizeof step,
		 tr(l, "±%g %% on price, potential yield, area, Ky and Kc mid-season (every crop at once) and on the previous winter's output; warming ±%g °C; rain ±%g %%"),
		 sr->step_pct, SENS_WARMING_C, SENS_RAIN_SHARE * 100.0);
	const char *lab[] = { tr(l, "Changes") };
	const char *val[] = { step };
	report_text_document(sb, s, p, l, kind, weather, lab, val, 1);
	base_text(sb, sr, l);
	table_text(sb, sr, l);
	chart_text(sb, sr, l);
	warnings_text(sb, sr, l);
	report_text_heading(sb, tr(l, "HOW TO READ THIS REPORT"));
	report_text_wrap(sb, tr(l, "Each parameter is moved on its own, for every crop at once, the rest of the scenario as it is. The price moves the current prices only: the growth contribution is measured at constant prices, so a price change leaves it as it is. Warming adds to every day's temperatures; rain multiplies every day's rain. The previous winter's output (economy.winter_crop_prev_bn_vnd, often an estimate) is the baseline the winter crop's growth and its contribution are measured against: it moves them, not the value."),
			 0, 0, WIDTH);
	if (!sr->has_economy)
		report_text_wrap(sb, tr(l, "The scenario has no economy section: no growth figures."),
				 0, 0, WIDTH);
	return true;
}

bool report_write_sensitivity(strbuf *sb, const scenario *s, const sensitivity_result *sr,
			      const study_options *o)
{
	static const report_writers writers = {
		.text = sensitivity_text, .csv = sensitivity_csv, .json = sensitivity_json,
	};
	sensitivity_job job = { .s = s, .sr = sr, .o = o };
	report_provenance_init(&job.p, s, NULL);
	if (o->has_prepared)
		job.p.prepared = o->prepared;
	return report_dispatch(sb, o->format, &writers, &job);
}
