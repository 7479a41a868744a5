/* report_pdf.c - the A4 handout and the single charts, drawn with cairo and laid out with
 * pango; part of vudong-draw.so (draw_lib.h), reached through vudong_report_pdf_ops (the
 * program calls report_draw.c): text helpers, the two charts (output by crop; P10-P90 of output by crop over the
 * ensemble's winters), the headline boxes, the plan matrix and the commune table. Numbers
 * and dates are written as in the text report, in the reader's marks (numtext_report:
 * Vietnamese 3.645,5 and 25/10/2020, English 3645.5 and 2020-10-25). */
#include "report_pdf.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "draw_lib.h"
#include "numtext.h"
#include "report_study.h"
#include "report_util.h"

#define A4_W 595.28
#define A4_H 841.89
#define MARGIN 42.0
#define FONT "DejaVu Sans"

typedef struct {
	double r, g, b;
} rgb;

static const rgb INK = { 0.08, 0.08, 0.08 }, GREY = { 0.35, 0.35, 0.35 },
		 RULE = { 0.75, 0.75, 0.75 }, BAR = { 0.16, 0.38, 0.62 },
		 SPREAD = { 0.55, 0.70, 0.85 }, BOX = { 0.94, 0.95, 0.97 };

static void colour(cairo_t *cr, rgb c)
{
	cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

/* Text at (x, y) (top left) in width w (0: no wrapping), aligned 0 left, 1 centre, 2 right;
 * returns its height. */
static double text(cairo_t *cr, double x, double y, double w, double size, bool bold,
		   int align, rgb c, const char *s)
{
	PangoLayout *pl = pango_cairo_create_layout(cr);
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family(fd, FONT);
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(pl, fd);
	if (w > 0) {
		pango_layout_set_width(pl, (int)(w * PANGO_SCALE));
		pango_layout_set_wrap(pl, PANGO_WRAP_WORD);
		pango_layout_set_alignment(pl, align == 1 ? PANGO_ALIGN_CENTER
					   : align == 2 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
	}
	pango_layout_set_text(pl, s, -1);
	int pw, ph;
	pango_layout_get_size(pl, &pw, &ph);
	colour(cr, c);
	cairo_move_to(cr, x, y);
	pango_cairo_show_layout(cr, pl);
	pango_font_description_free(fd);
	g_object_unref(pl);
	return (double)ph / PANGO_SCALE;
}

static void line(cairo_t *cr, double x0, double y0, double x1, double y1, double width, rgb c)
{
	colour(cr, c);
	cairo_set_line_width(cr, width);
	cairo_move_to(cr, x0, y0);
	cairo_line_to(cr, x1, y1);
	cairo_stroke(cr);
}

static void box(cairo_t *cr, double x, double y, double w, double h, rgb c)
{
	colour(cr, c);
	cairo_rectangle(cr, x, y, w, h);
	cairo_fill(cr);
}

/* A figure in the reader's marks (3.310,9 in Vietnamese, 3310.9 in English); "-" when not
 * finite. */
static char *num(double v, int dec, lang l, char *buf, size_t size)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "-");
		return buf;
	}
	return numtext_report(v, dec, l, buf, size);
}

/* A round axis maximum at or above v: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of
 * ten, so the longest bar fills most of the axis and its fifths and halves stay round. */
static double nice_max(double v)
{
	static const double steps[] = { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0 };
	if (!(v > 0))
		return 1.0;
	double p = pow(10.0, floor(log10(v)));
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (steps[i] * p >= v)
			return steps[i] * p;
	return 10.0 * p;
}

/* The crops with area, largest output first (indices into s->crops). */
static size_t crops_by_output(const scenario *s, const season_result *r, int *order)
{
	size_t n = 0;
	for (size_t c = 0; c < s->n_crops && c < r->n_crops; c++)
		if (r->crops[c].n_items > 0)
			order[n++] = (int)c;
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && r->crops[order[j]].output_t > r->crops[order[j - 1]].output_t; j--) {
			int t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	return n;
}

/* Vertical grid lines and their labels under the chart, 0..max in 5 steps. */
static void axis(cairo_t *cr, double x, double y, double w, double h, double max, double size,
		 lang l)
{
	for (int i = 0; i <= 5; i++) {
		double gx = x + w * i / 5.0;
		line(cr, gx, y, gx, y + h, 0.5, RULE);
		char b[32];
		text(cr, gx - 30, y + h + 2, 60, size, false, 1, GREY, num(max * i / 5.0, 0, l, b, sizeof b));
	}
}

static void chart_output(cairo_t *cr, double x, double y, double w, double h, const scenario *s,
			 const season_result *r, lang l)
{
	int order[256];
	size_t n = crops_by_output(s, r, order);
	char t[200];
	snprintf(t, sizeof t, "%s (%s)", tr(l, "Output by crop, one example season"), tr(l, "tonnes"));
	double th = text(cr, x, y, w, h > 400 ? 17 : 11, true, 0, INK, t) + 6;
	if (n == 0)
		return;
	double label_w = w * 0.22, value_w = h > 400 ? 80 : 60, size = h > 400 ? 15 : h > 260 ? 10 : 8.5;
	double cx = x + label_w, cw = w - label_w - value_w, cy = y + th, ch = h - th - 16;
	double row = ch / (double)n, max = nice_max(r->crops[order[0]].output_t);
	axis(cr, cx, cy, cw, ch, max, size * 0.85, l);
	for (size_t i = 0; i < n; i++) {
		const group_result *g = &r->crops[order[i]];
		double ry = cy + row * (double)i;
		text(cr, x, ry + row / 2 - size * 0.65, label_w - 6, size, false, 2, INK, s->crops[order[i]].name);
		box(cr, cx, ry + row * 0.18, cw * g->output_t / max, row * 0.64, BAR);
		char b[32];
		text(cr, cx + cw * g->output_t / max + 4, ry + row / 2 - size * 0.65, 0, size, false, 0,
		     INK, num(g->output_t, 1, l, b, sizeof b));
	}
}

static void chart_spread(cairo_t *cr, double x, double y, double w, double h, const scenario *s,
			 const season_result *r, const ensemble_result *er, lang l)
{
	char t[300];
	snprintf(t, sizeof t, tr(l, "Output by crop over %d winters (%s): P10 to P90, P50 marked"),
		 er ? er->seasons : 0, tr(l, "tonnes"));
	double th = text(cr, x, y, w, h > 400 ? 17 : 11, true, 0, INK, t) + 6;
	int order[256];
	size_t n = er ? crops_by_output(s, r, order) : 0;
	if (n == 0)
		return;
	double label_w = w * 0.22, value_w = h > 400 ? 150 : 110, size = h > 400 ? 15 : h > 260 ? 10 : 8.5;
	double cx = x + label_w, cw = w - label_w - value_w, cy = y + th, ch = h - th - 16;
	double row = ch / (double)n, top = 0;
	for (size_t i = 0; i < n && (size_t)order[i] < er->n_crops; i++)
		top = fmax(top, er->crops[order[i]].output_t.p90);
	double max = nice_max(top);
	axis(cr, cx, cy, cw, ch, max, size * 0.85, l);
	for (size_t i = 0; i < n; i++) {
		if ((size_t)order[i] >= er->n_crops)
			continue;
		const ensemble_stats *st = &er->crops[order[i]].output_t;
		double ry = cy + row * (double)i, mid = ry + row / 2;
		text(cr, x, mid - size * 0.65, label_w - 6, size, false, 2, INK, s->crops[order[i]].name);
		double x10 = cx + cw * st->p10 / max, x90 = cx + cw * st->p90 / max, x50 = cx + cw * st->p50 / max;
		box(cr, x10, ry + row * 0.25, fmax(x90 - x10, 1.0), row * 0.5, SPREAD);
		line(cr, x50, ry + row * 0.12, x50, ry + row * 0.88, 2.0, INK);
		char a[32], b[32], c[80];
		snprintf(c, sizeof c, "%s – %s", num(st->p10, 0, l, a, sizeof a), num(st->p90, 0, l, b, sizeof b));
		text(cr, cx + cw + 6, mid - size * 0.65, 0, size, false, 0, INK, c);
	}
}

/* The sensitivity's tornado: for each parameter, largest swing first, the change of the
 * district's value (million VND) when it moves down (light, left of zero when it lowers the
 * value) and up (dark), on one axis symmetric about zero. */
static void chart_tornado(cairo_t *cr, double x, double y, double w, double h,
			  const sensitivity_result *sr, lang l)
{
	char t[300], a[32], b[32];
	numtext_format(l, t, sizeof t, tr(l, "Sensitivity of the district's value: each parameter ±%g %% (million VND)"),
		       sr->step_pct);
	double size = 11;
	y += text(cr, x, y, w, 13, true, 0, INK, t) + 10;
	double labw = w * 0.24, valw = 120, cx = x + labw + 8, cw = w - labw - valw - 24, ch = h - 60;
	double top = 0;
	for (int i = 0; i < SENS_PARAMS; i++) {
		const sens_row *row = &sr->rows[i];
		top = fmax(top, fmax(fabs(row->lo.value_mvnd - sr->base.value_mvnd),
				     fabs(row->hi.value_mvnd - sr->base.value_mvnd)));
	}
	double max = nice_max(top);
	double mid = cx + cw / 2, row_h = ch / SENS_PARAMS;
	for (int i = 0; i <= 4; i++) {   /* the axis: −max, −max/2, 0, max/2, max */
		double v = -max + max * i / 2.0, gx = mid + cw / 2 * v / max;
		line(cr, gx, y, gx, y + ch, i == 2 ? 1.0 : 0.5, i == 2 ? INK : RULE);
		text(cr, gx - 30, y + ch + 2, 60, size * 0.85, false, 1, GREY, num(v, 0, l, a, sizeof a));
	}
	for (int i = 0; i < SENS_PARAMS; i++) {
		const sens_row *row = &sr->rows[i];
		double ry = y + row_h * i, dl = row->lo.value_mvnd - sr->base.value_mvnd,
		       dh = row->hi.value_mvnd - sr->base.value_mvnd;
		text(cr, x, ry + row_h / 2 - size * 0.65, labw, size, false, 2, INK,
		     tr(l, report_sensitivity_label(row->param)));
		if (isfinite(dl))
			box(cr, fmin(mid, mid + cw / 2 * dl / max), ry + row_h * 0.15, fabs(cw / 2 * dl / max),
			    row_h * 0.32, SPREAD);
		if (isfinite(dh))
			box(cr, fmin(mid, mid + cw / 2 * dh / max), ry + row_h * 0.5, fabs(cw / 2 * dh / max),
			    row_h * 0.32, BAR);
		snprintf(t, sizeof t, "%s / %s", report_text_signed(dl, 0, l, a, sizeof a),
			 report_text_signed(dh, 0, l, b, sizeof b));
		text(cr, x + w - valw, ry + row_h / 2 - size * 0.65, valw, size * 0.85, false, 2, GREY, t);
	}
	snprintf(t, sizeof t, "%s", tr(l, "light: the parameter moved down; dark: moved up"));
	text(cr, cx, y + ch + 18, cw, size * 0.85, false, 0, GREY, t);
}

/* One headline box: label, the figure, its unit line and the range line. */
static void headline(cairo_t *cr, double x, double y, double w, double h, const char *label,
		     const char *figure, const char *unit, const char *range)
{
	box(cr, x, y, w, h, BOX);
	double yy = y + 6;
	yy += text(cr, x + 6, yy, w - 12, 8, false, 0, GREY, label);
	yy += text(cr, x + 6, yy + 2, w - 12, 19, true, 0, INK, figure) + 2;
	yy += text(cr, x + 6, yy, w - 12, 8, false, 0, INK, unit);
	if (range[0])
		text(cr, x + 6, yy + 2, w - 12, 7.5, false, 0, GREY, range);
}

static void range_of(const ensemble_stats *st, double scale, int dec, const char *fmt, lang l,
		     char *out, size_t size)
{
	char a[32], b[32];
	if (!isfinite(st->p10) || !isfinite(st->p90)) {
		out[0] = 0;
		return;
	}
	snprintf(out, size, fmt, num(st->p10 * scale, dec, l, a, sizeof a),
		 num(st->p90 * scale, dec, l, b, sizeof b));
}

/* The headline boxes: the outlook's median with its P10–P90 over the ensemble's seasons
 * (the same figures `vudong run` leads with), or the one season when there is no ensemble. */
static double headlines(cairo_t *cr, double y, const scenario *s, const season_result *r,
			const ensemble_result *er, lang l)
{
	const district_result *d = &r->district;
	const ensemble_district *ed = er ? &er->district : NULL;
	double w = (A4_W - 2 * MARGIN - 3 * 8) / 4.0, h = 84;
	char fig[64], range[160];
	const char *rfmt = "P10–P90: %s – %s";
	range[0] = 0;
	if (ed)
		range_of(&ed->g.output_t, 1.0, 1, rfmt, l, range, sizeof range);
	headline(cr, MARGIN, y, w, h, tr(l, ed ? "Output, median" : "Output"),
		 num(ed ? ed->g.output_t.p50 : d->g.output_t, 1, l, fig, sizeof fig), tr(l, "tonnes"), range);
	range[0] = 0;
	if (ed)
		range_of(&ed->g.value_mvnd, 0.001, 2, rfmt, l, range, sizeof range);
	headline(cr, MARGIN + (w + 8), y, w, h,
		 tr(l, ed ? "Value, median (current prices)" : "Gross output value (current prices)"),
		 num((ed ? ed->g.value_mvnd.p50 : d->g.value_mvnd) / 1000.0, 2, l, fig, sizeof fig),
		 tr(l, "billion VND"), range);
	if (d->has_economy) {
		bool spread = ed && ed->has_economy;
		range[0] = 0;
		if (spread)
			range_of(&ed->contribution_pp, 1.0, 2, rfmt, l, range, sizeof range);
		double pp = spread ? ed->contribution_pp.p50 : d->contribution_pp;
		numtext_format(l, fig, sizeof fig, "%+.2f", fabs(pp) < 0.005 ? 0.0 : pp);   /* never "-0.00" */
		headline(cr, MARGIN + 2 * (w + 8), y, w, h,
			 tr(l, spread ? "Contribution to growth, median" : "Contribution to district growth"),
			 fig, tr(l, "percentage points"), range);
	}
	if (d->has_economy && d->has_target && ed && ed->has_target && er->seasons > 0) {
		double chance = 100.0 * (1.0 - (double)ed->target_missed / er->seasons);
		numtext_format(l, fig, sizeof fig, "%.0f %%", chance);
		char unit[120];
		numtext_format(l, unit, sizeof unit, tr(l, "of %d winters reach %.2f %%"), er->seasons,
			 d->target_growth_pct);
		headline(cr, MARGIN + 3 * (w + 8), y, w, h, tr(l, "Chance of meeting the growth target"),
			 fig, unit, "");
	}
	(void)s;
	return h;
}

static void page_header(cairo_t *cr, const scenario *s, const weather_series *w, lang l,
			double *y)
{
	report_provenance p;
	report_provenance_init(&p, s, w);
	*y += text(cr, MARGIN, *y, A4_W - 2 * MARGIN, 18, true, 0, INK, s->name) + 2;
	char wd[200], src[300], line1[800], a[16], b[16];
	report_weather_description(&p, l, wd, sizeof wd);
	snprintf(line1, sizeof line1, "%s · vudong %s · %s: %s · %s: %s · %s: %s – %s",
		 tr(l, "Handout"), p.version, tr(l, "Scenario"),
		 report_text_scenario_source(&p, l, src, sizeof src), tr(l, "Weather"), wd,
		 tr(l, "Season"), report_text_date(p.season_start, l, a),
		 report_text_date(p.season_end, l, b));
	*y += text(cr, MARGIN, *y, A4_W - 2 * MARGIN, 8, false, 0, GREY, line1) + 10;
}

/* Page 2: the plan as area (ha) by commune and crop, with totals. */
static double plan_matrix(cairo_t *cr, double y, const scenario *s, const season_result *r, lang l)
{
	int cols[64];
	size_t nc = 0;
	for (size_t c = 0; c < s->n_crops && c < r->n_crops && nc < 64; c++)
		if (r->crops[c].n_items > 0)
			cols[nc++] = (int)c;
	char t[200];
	snprintf(t, sizeof t, "%s (%s)", tr(l, "The plan: area by commune and crop"), "ha");
	y += text(cr, MARGIN, y, 0, 12, true, 0, INK, t) + 6;
	double name_w = 120, cw = (A4_W - 2 * MARGIN - name_w) / (double)(nc + 1), size = 8;
	double rh = 15;
	text(cr, MARGIN, y, name_w, size, true, 0, INK, tr(l, "Commune"));
	for (size_t j = 0; j < nc; j++)
		text(cr, MARGIN + name_w + cw * (double)j, y, cw - 2, size, true, 2, INK, s->crops[cols[j]].name);
	text(cr, MARGIN + name_w + cw * (double)nc, y, cw - 2, size, true, 2, INK, tr(l, "District total"));
	y += 2 * rh;
	line(cr, MARGIN, y - 3, A4_W - MARGIN, y - 3, 0.6, INK);
	for (size_t i = 0; i <= s->n_communes; i++) {
		bool total = i == s->n_communes;
		if (total)
			line(cr, MARGIN, y - 2, A4_W - MARGIN, y - 2, 0.6, INK);
		text(cr, MARGIN, y, name_w, size, total, 0, INK,
		     total ? tr(l, "District total") : s->communes[i].name);
		double sum = 0;
		for (size_t j = 0; j <= nc; j++) {
			double area = 0;
			for (size_t k = 0; k < r->n_items; k++) {
				const item_result *it = &r->items[k];
				if ((total || it->commune == (int)i) && (j == nc || it->crop == cols[j]))
					area += it->area_ha;
			}
			if (j < nc)
				sum += area;
			char b[32];
			text(cr, MARGIN + name_w + cw * (double)j, y, cw - 2, size, total || j == nc, 2, INK,
			     area > 0 ? num(area, 1, l, b, sizeof b) : "·");
		}
		(void)sum;
		y += rh;
	}
	return y;
}

/* The commune table as in the text report: area, yield, output, value, profit. */
static double commune_table(cairo_t *cr, double y, const scenario *s, const season_result *r, lang l)
{
	y += text(cr, MARGIN, y, 0, 12, true, 0, INK, tr(l, "By commune, one example season")) + 6;
	const char *head[6] = { tr(l, "Commune"), tr(l, "Area"), tr(l, "Yield"), tr(l, "Output"),
				tr(l, "Value"), tr(l, "Profit") };
	const char *unit[6] = { "", "ha", l == LANG_VI ? "tạ/ha" : "t/ha", tr(l, "tonnes"), tr(l, "mln VND"),
				tr(l, "mln VND") };
	double x[6] = { MARGIN, MARGIN + 150, MARGIN + 220, MARGIN + 295, MARGIN + 370, MARGIN + 445 };
	double wcol = 68, size = 8.5, rh = 15;
	for (int c = 0; c < 6; c++) {
		text(cr, x[c], y, c ? wcol : 140, size, true, c ? 2 : 0, INK, head[c]);
		text(cr, x[c], y + 11, c ? wcol : 140, size * 0.9, false, c ? 2 : 0, GREY, unit[c]);
	}
	y += 28;
	line(cr, MARGIN, y - 3, A4_W - MARGIN, y - 3, 0.6, INK);
	for (size_t i = 0; i <= s->n_communes && i <= r->n_communes; i++) {
		bool total = i == s->n_communes;
		const group_result *g = total ? &r->district.g : &r->communes[i].g;
		if (total)
			line(cr, MARGIN, y - 2, A4_W - MARGIN, y - 2, 0.6, INK);
		double v[5] = { g->area_ha, g->yield_t_ha * (l == LANG_VI ? 10.0 : 1.0), g->output_t,
				g->value_mvnd, g->profit_mvnd };
		text(cr, x[0], y, 140, size, total, 0, INK, total ? tr(l, "District total") : s->communes[i].name);
		for (int c = 1; c < 6; c++) {
			char b[32];
			text(cr, x[c], y, wcol, size, total, 2, INK, num(v[c - 1], 1, l, b, sizeof b));
		}
		y += rh;
	}
	return y;
}

/* Collects what cairo writes. */
static cairo_status_t to_strbuf(void *closure, const unsigned char *data, unsigned int len)
{
	strbuf *sb = closure;
	strbuf_append_n(sb, (const char *)data, len);
	return sb->oom ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_SUCCESS;
}

static void release_fonts(void)
{
	pango_cairo_font_map_set_default(NULL);
	cairo_debug_reset_static_data();
	FcFini();
}

static bool finish(cairo_t *cr, cairo_surface_t *surface, const strbuf *sb)
{
	bool ok = cairo_status(cr) == CAIRO_STATUS_SUCCESS;
	cairo_destroy(cr);
	cairo_surface_finish(surface);
	ok = ok && cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
	cairo_surface_destroy(surface);
	return ok && !sb->oom;
}

static bool draw_handout(strbuf *sb, const scenario *s, const weather_series *w,
			 const season_result *r, const ensemble_result *er, lang l)
{
	report_numeric_c g;
	if (!report_numeric_c_begin(&g))
		return false;
	cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(to_strbuf, sb, A4_W, A4_H);
	cairo_t *cr = cairo_create(surface);
	double y = MARGIN;
	page_header(cr, s, w, l, &y);
	y += headlines(cr, y, s, r, er, l) + 22;
	double ch = (A4_H - MARGIN - y - 26) / 2.0;
	chart_output(cr, MARGIN, y, A4_W - 2 * MARGIN, ch, s, r, l);
	y += ch + 26;
	if (er)
		chart_spread(cr, MARGIN, y, A4_W - 2 * MARGIN, ch, s, r, er, l);
	cairo_show_page(cr);
	y = MARGIN;
	page_header(cr, s, w, l, &y);
	y = plan_matrix(cr, y, s, r, l) + 24;
	commune_table(cr, y, s, r, l);
	cairo_show_page(cr);
	bool ok = finish(cr, surface, sb);
	report_numeric_c_end(&g);
	return ok;
}

static bool draw_chart(strbuf *sb, chart_kind k, picture_format f, const scenario *s,
		       const season_result *r, const ensemble_result *er,
		       const sensitivity_result *sr, lang l)
{
	const double W = 800, H = 500;
	if ((k == CHART_RISK_SPREAD && !er) || (k == CHART_TORNADO && !sr))
		return false;
	report_numeric_c g;
	if (!report_numeric_c_begin(&g))
		return false;
	cairo_surface_t *surface =
		f == PICTURE_PDF ? cairo_pdf_surface_create_for_stream(to_strbuf, sb, W, H)
		: f == PICTURE_SVG ? cairo_svg_surface_create_for_stream(to_strbuf, sb, W, H)
		: cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)W, (int)H);
	cairo_t *cr = cairo_create(surface);
	box(cr, 0, 0, W, H, (rgb){ 1, 1, 1 });
	if (k == CHART_OUTPUT_BY_CROP)
		chart_output(cr, 24, 20, W - 48, H - 40, s, r, l);
	else if (k == CHART_TORNADO)
		chart_tornado(cr, 24, 20, W - 48, H - 40, sr, l);
	else
		chart_spread(cr, 24, 20, W - 48, H - 40, s, r, er, l);
	if (f == PICTURE_PNG) {
		cairo_surface_flush(surface);
		bool ok = cairo_status(cr) == CAIRO_STATUS_SUCCESS &&
			  cairo_surface_write_to_png_stream(surface, to_strbuf, sb) == CAIRO_STATUS_SUCCESS;
		cairo_destroy(cr);
		cairo_surface_destroy(surface);
		report_numeric_c_end(&g);
		return ok && !sb->oom;
	}
	cairo_show_page(cr);
	bool ok = finish(cr, surface, sb);
	report_numeric_c_end(&g);
	return ok;
}

/* What vudong-draw.so offers (draw_lib.c checks the version before anything is used). */
const char *const vudong_draw_version = VUDONG_VERSION;
const report_pdf_ops vudong_report_pdf_ops = { draw_handout, draw_chart, release_fonts };
