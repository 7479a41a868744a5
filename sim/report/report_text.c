/* report_text.c - the season report as plain text a planner pastes into a district report:
 * title, provenance, district summary, tables by commune, by crop and by plan item, and the
 * warnings in words; or, for `--table daily`, the daily trace of each item. Fixed-width
 * columns within 80 display columns, Vietnamese (yield in tạ/ha) or English (t/ha) labels. */
#include "report_season.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "land_name.h"
#include "report_outlook.h"
#include "report_util.h"
#include "textwidth.h"

#define WIDTH 80        /* every line fits in this many display columns */
#define NUM_W 10        /* a numeric column of the commune and crop tables */
#define ITEM_STATUS_MIN 12

static int max_width(const char *const *labels, size_t n)
{
	int w = 0;
	for (size_t i = 0; i < n; i++) {
		int x = text_width(labels[i]);
		if (x > w)
			w = x;
	}
	return w;
}

/* Money in million VND as words: tỷ đồng from 1,000 million up, else triệu đồng. */
static char *money(double mvnd, lang l, char *buf, size_t size)
{
	if (!isfinite(mvnd))
		snprintf(buf, size, "-");
	else if (fabs(mvnd) >= 1000.0)
		numtext_format(l, buf, size, tr(l, "%.2f billion VND"), mvnd / 1000.0);
	else
		numtext_format(l, buf, size, tr(l, "%.1f million VND"), mvnd);
	return buf;
}

/* A yield in the language's unit: tạ/ha (Vietnamese) or t/ha (English). */
static double yield_value(double t_ha, lang l)
{
	return l == LANG_VI ? t_ha * 10.0 : t_ha;
}

static const char *yield_unit(lang l)
{
	return l == LANG_VI ? "tạ/ha" : "t/ha";
}

static char *num(double v, int dec, lang l, char *buf, size_t size)
{
	numtext_report(v, dec, l, buf, size);
	if (!buf[0])
		snprintf(buf, size, "-");
	return buf;
}

static void title_and_provenance(strbuf *sb, const scenario *s, const report_provenance *p,
				 lang l, const char *kind)
{
	char weather[512];
	report_text_document(sb, s, p, l, kind,
			     report_weather_description(p, l, weather, sizeof weather), NULL, NULL, 0);
}

static void district_summary(strbuf *sb, const scenario *s, const weather_series *w,
			     const season_result *r, lang l)
{
	const district_result *d = &r->district;
	char v[10][160], m[64], label_const[160];
	if (s->economy.present)
		snprintf(label_const, sizeof label_const,
			 tr(l, "Gross output value (constant %d prices)"), s->economy.constant_price_year);
	else
		snprintf(label_const, sizeof label_const, "%s", tr(l, "Gross output value (constant prices)"));
	const char *labels[] = {
		tr(l, "Winter crop area"), tr(l, "Output"),
		tr(l, "Gross output value (current prices)"), label_const,
		tr(l, "Production cost"), tr(l, "Profit"), tr(l, "Labour"),
		tr(l, "Land-use coefficient of paddy land"),
		tr(l, "Winter crop growth"), tr(l, "Contribution to district growth"),
		tr(l, "District growth"), tr(l, "Plan target"),
	};
	int lw = max_width(labels, d->has_economy ? 12 : 8);
	if (lw > 44)
		lw = 44;
	report_text_heading(sb, tr(l, "ONE EXAMPLE SEASON: DISTRICT SUMMARY"));
	{
		char what[400], note[800];
		snprintf(note, sizeof note, tr(l, "These figures and the tables below are %s; the outlook above gives the range over many seasons."),
			 report_example_season(s, w, l, what, sizeof what));
		report_text_wrap(sb, note, 0, 0, WIDTH);
		strbuf_append_char(sb, '\n');
	}
	snprintf(v[0], sizeof v[0], "%s ha", num(d->g.area_ha, 1, l, m, sizeof m));
	numtext_format(l, v[1], sizeof v[1], tr(l, "%s tonnes"), num(d->g.output_t, 1, l, m, sizeof m));
	report_text_kv(sb, labels[0], v[0], lw);
	report_text_kv(sb, labels[1], v[1], lw);
	report_text_kv(sb, labels[2], money(d->g.value_mvnd, l, v[2], sizeof v[2]), lw);
	report_text_kv(sb, labels[3], money(d->g.value_const_mvnd, l, v[3], sizeof v[3]), lw);
	report_text_kv(sb, labels[4], money(d->g.cost_mvnd, l, v[4], sizeof v[4]), lw);
	report_text_kv(sb, labels[5], money(d->g.profit_mvnd, l, v[5], sizeof v[5]), lw);
	snprintf(v[6], sizeof v[6], tr(l, "%s labour days"), num(d->g.labour_days, 0, l, m, sizeof m));
	report_text_kv(sb, labels[6], v[6], lw);
	report_text_kv(sb, labels[7], num(d->land_use_coefficient, 2, l, v[7], sizeof v[7]), lw);
	if (!d->has_economy) {
		strbuf_append_char(sb, '\n');
		report_text_wrap(sb, tr(l, "The scenario has no economy section: no growth figures."),
				 2, 2, WIDTH);
		return;
	}
	numtext_format(l, v[8], sizeof v[8], "%+.2f %%", d->winter_growth_pct);
	report_text_kv(sb, labels[8], v[8], lw);
	if (isfinite(d->contribution_share))
		numtext_format(l, v[9], sizeof v[9], tr(l, "%+.2f percentage points (%.1f %% of the growth)"),
			 d->contribution_pp, d->contribution_share * 100.0);
	else
		numtext_format(l, v[9], sizeof v[9], tr(l, "%+.2f percentage points"), d->contribution_pp);
	report_text_kv(sb, labels[9], v[9], lw);
	numtext_format(l, v[0], sizeof v[0], "%.2f %%", d->district_growth_pct);
	report_text_kv(sb, labels[10], v[0], lw);
	if (d->has_target) {
		double gap = d->district_growth_pct - d->target_growth_pct;
		if (gap >= 0)
			numtext_format(l, v[1], sizeof v[1], tr(l, "%.2f %%, met (%.2f percentage points above)"),
				 d->target_growth_pct, gap);
		else
			numtext_format(l, v[1], sizeof v[1], tr(l, "%.2f %%, missed by %.2f percentage points"),
				 d->target_growth_pct, -gap);
		report_text_kv(sb, labels[11], v[1], lw);
	}
}

/* The commune and crop tables: name, area, yield, output, value, profit; a total row. */
typedef struct {
	const char *name;
	const group_result *g;
} group_line;

static void group_row(strbuf *sb, const char *name, int nw, const group_result *g, lang l)
{
	char b[64];
	report_text_cell(sb, name, nw, false);
	double values[5] = {
		g->area_ha, g->area_ha > 0 ? yield_value(g->output_t / g->area_ha, l) : NAN,
		g->output_t, g->value_mvnd, g->profit_mvnd,
	};
	for (int i = 0; i < 5; i++) {
		strbuf_append_char(sb, ' ');
		num(values[i], i == 1 && l == LANG_EN ? 2 : 1, l, b, sizeof b);
		if (text_width(b) > NUM_W)
			num(values[i], 0, l, b, sizeof b);
		report_text_cell(sb, b, NUM_W, true);
	}
	strbuf_append_char(sb, '\n');
}

static void group_table(strbuf *sb, const char *title, const char *first_col,
			const group_line *rows, size_t n, const group_result *total, lang l)
{
	const char *head[5] = { tr(l, "Area"), tr(l, "Yield"), tr(l, "Output"), tr(l, "Value"),
				tr(l, "Profit") };
	const char *unit[5] = { "ha", yield_unit(l), tr(l, "tonnes"), tr(l, "mln VND"),
				tr(l, "mln VND") };
	const char *total_label = tr(l, "District total");
	int nw = text_width(first_col);
	if (text_width(total_label) > nw)
		nw = text_width(total_label);
	for (size_t i = 0; i < n; i++)
		if (text_width(rows[i].name) > nw)
			nw = text_width(rows[i].name);
	int max_nw = WIDTH - 5 * (NUM_W + 1);
	if (nw > max_nw)
		nw = max_nw;
	int line_w = nw + 5 * (NUM_W + 1);

	report_text_heading(sb, title);
	report_text_cell(sb, first_col, nw, false);
	for (int i = 0; i < 5; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, head[i], NUM_W, true);
	}
	strbuf_append_char(sb, '\n');
	report_text_spaces(sb, nw);
	for (int i = 0; i < 5; i++) {
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, unit[i], NUM_W, true);
	}
	strbuf_append_char(sb, '\n');
	strbuf_append_repeat(sb, "-", (size_t)line_w);
	strbuf_append_char(sb, '\n');
	for (size_t i = 0; i < n; i++)
		group_row(sb, rows[i].name, nw, rows[i].g, l);
	strbuf_append_repeat(sb, "-", (size_t)line_w);
	strbuf_append_char(sb, '\n');
	group_row(sb, total_label, nw, total, l);
}

static bool commune_and_crop_tables(strbuf *sb, const scenario *s, const season_result *r,
				    lang l)
{
	size_t n = r->n_communes > r->n_crops ? r->n_communes : r->n_crops;
	group_line stack[64];
	group_line *rows = n <= 64 ? stack : malloc(n * sizeof *rows);
	if (!rows) {
		sb->oom = true;
		return false;
	}
	for (size_t i = 0; i < r->n_communes; i++)
		rows[i] = (group_line){ s->communes[i].name, &r->communes[i].g };
	group_table(sb, tr(l, "BY COMMUNE"), tr(l, "Commune"), rows, r->n_communes,
		    &r->district.g, l);
	size_t k = 0;
	for (size_t i = 0; i < r->n_crops; i++)
		if (r->crops[i].n_items > 0)
			rows[k++] = (group_line){ s->crops[i].name, &r->crops[i] };
	group_table(sb, tr(l, "BY CROP"), tr(l, "Crop"), rows, k, &r->district.g, l);
	if (rows != stack)
		free(rows);
	return true;
}

/* The status of an item as translated phrases ("ok" for none); returns their number. */
static size_t status_phrases(unsigned status, lang l, const char **out)
{
	static const char *const words[] = {
		"late harvest", "early sowing", "killed by frost", "cold damage", "immature",
		"land over-allocated", "labour short", "water stress", "outside the season",
	};
	size_t n = 0;
	if (status == 0)
		out[n++] = tr(l, "ok");
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (status & (1u << i))
			out[n++] = tr(l, words[i]);
	return n;
}

/* Appends the phrases joined by ", ", from column `col`, breaking lines only between
 * phrases; continuation lines start at `indent`. */
static void wrap_phrases(strbuf *sb, const char *const *ph, size_t n, int col, int indent)
{
	for (size_t i = 0; i < n; i++) {
		int w = text_width(ph[i]) + (i + 1 < n);   /* the phrase and its comma */
		if (i) {
			if (col + 1 + w > WIDTH) {
				strbuf_append_char(sb, '\n');
				report_text_spaces(sb, indent);
				col = indent;
			} else {
				strbuf_append_char(sb, ' ');
				col++;
			}
		}
		int room = WIDTH - col - (i + 1 < n);
		if (text_width(ph[i]) > room)
			report_text_cell(sb, ph[i], room, false);
		else
			strbuf_append(sb, ph[i]);
		if (i + 1 < n)
			strbuf_append_char(sb, ',');
		col += w;
	}
}

/* An item's status after its row (from the separating space) in the status column when
 * every phrase fits there, else on the lines below the item. */
static void item_status(strbuf *sb, unsigned status, int status_col, lang l)
{
	const char *ph[16];
	size_t n = status_phrases(status, l, ph);
	bool fits = true;
	for (size_t i = 0; i < n; i++)
		if (text_width(ph[i]) + 1 > WIDTH - status_col)
			fits = false;
	if (fits) {
		strbuf_append_char(sb, ' ');
		wrap_phrases(sb, ph, n, status_col, status_col);
	} else {
		strbuf_append_char(sb, '\n');
		report_text_spaces(sb, 6);
		wrap_phrases(sb, ph, n, 6, 6);
	}
	strbuf_append_char(sb, '\n');
}

static void item_table(strbuf *sb, const scenario *s, const season_result *r, lang l)
{
	const char *h_land = tr(l, "Land"), *h_crop = tr(l, "Crop"), *h_sow = tr(l, "Sown");
	const char *h_harvest = tr(l, "Harvest"), *h_status = tr(l, "Status");
	int wl = text_width(h_land), wc = text_width(h_crop), wa = 7;
	for (size_t i = 0; i < r->n_items; i++) {
		const item_result *it = &r->items[i];
		char b[64];
		int x = text_width(num(it->area_ha, 1, l, b, sizeof b));
		if (x > wa)
			wa = x;
		char ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
		x = text_width(land_unit_name(&s->communes[it->commune], it->land, l, ln, sizeof ln));
		if (x > wl)
			wl = x;
		x = text_width(s->crops[it->crop].name);
		if (x > wc)
			wc = x;
	}
	/* indent 2, land, crop, area (7, or wider for a huge plan), sow 10, harvest 10,
	 * yield 7, status */
	int fixed = 2 + 1 + 1 + wa + 1 + 10 + 1 + 10 + 1 + 7 + 1;
	int room = WIDTH - fixed - ITEM_STATUS_MIN;
	report_text_heading(sb, tr(l, "BY PLAN ITEM"));
	if (wl > room - 8) {
		report_text_wrap(sb, tr(l, "The land unit ids are too long for this table; see the CSV report (--format csv)."),
				 0, 0, WIDTH);
		return;
	}
	if (wl + wc > room)
		wc = room - wl;
	int status_col = fixed + wl + wc;
	report_text_spaces(sb, 2);
	report_text_cell(sb, h_land, wl, false);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, h_crop, wc, false);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, "ha", wa, true);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, h_sow, 10, false);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, h_harvest, 10, false);
	strbuf_append_char(sb, ' ');
	report_text_cell(sb, yield_unit(l), 7, true);
	strbuf_append_char(sb, ' ');
	strbuf_append(sb, h_status);
	strbuf_append_char(sb, '\n');
	int last = -1;
	for (size_t i = 0; i < r->n_items; i++) {
		const item_result *it = &r->items[i];
		const commune *c = &s->communes[it->commune];
		char b[64], d1[11], d2[11];
		if (it->commune != last) {
			report_text_wrap(sb, c->name, 0, 2, WIDTH);
			last = it->commune;
		}
		report_text_spaces(sb, 2);
		char ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
		report_text_cell(sb, land_unit_name(c, it->land, l, ln, sizeof ln), wl, false);
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, s->crops[it->crop].name, wc, false);
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, num(it->area_ha, 1, l, b, sizeof b), wa, true);
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, report_text_date(it->sow, l, d1), 10, false);
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, it->harvest == DATE_NONE ? "-" : report_text_date(it->harvest, l, d2),
				 10, false);
		strbuf_append_char(sb, ' ');
		report_text_cell(sb, num(yield_value(it->yield_t_ha, l), l == LANG_EN ? 2 : 1, l, b,
					 sizeof b), 7, true);
		item_status(sb, it->status, status_col, l);
	}
}

static void warnings_section(strbuf *sb, const scenario *s, const weather_series *w,
			     const season_result *r, lang l)
{
	report_text_heading(sb, tr(l, "WARNINGS"));
	if (r->n_warnings == 0) {
		report_text_wrap(sb, tr(l, "No warnings."), 0, 0, WIDTH);
		return;
	}
	char text[1024], line[1200];
	for (size_t i = 0; i < r->n_warnings; i++) {
		const season_warning *wn = &r->warnings[i];
		report_warning_text(s, w, r, wn, l, text, sizeof text);
		snprintf(line, sizeof line, "- %s%s", wn->is_error ? tr(l, "ERROR: ") : "", text);
		report_text_wrap(sb, line, 0, 2, WIDTH);
	}
}

/* The daily trace: one block per item, columns that fit 80. */
static void daily_item_heading(strbuf *sb, const scenario *s, const season_day *d, lang l)
{
	const commune *c = &s->communes[d->commune];
	const plan_item *it = &c->plan[d->item];
	char line[512], d1[11], ln[SCN_NAME_MAX + SCN_ID_MAX + 8];
	snprintf(line, sizeof line, tr(l, "%s, land %s, %s sown %s"), c->name,
		 land_unit_name(c, it->land, l, ln, sizeof ln), s->crops[it->crop].name,
		 report_text_date(it->sow, l, d1));
	strbuf_append_char(sb, '\n');
	report_text_wrap(sb, line, 0, 2, WIDTH);
	report_text_wrap(sb, d->irrigated ? tr(l, "(irrigated part)") : tr(l, "(rain-fed part)"),
			 2, 2, WIDTH);
}

static const int daily_w[] = { 10, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 5 };

static void daily_header(strbuf *sb, lang l)
{
	const char *head[] = { tr(l, "Date"), tr(l, "DAS"), tr(l, "Stg"), "Kc", "ET0", "ETc",
			       "ETa", tr(l, "Rain"), tr(l, "Irr"), "Dr", "TAW", "Ks" };
	for (int i = 0; i < 12; i++) {
		if (i)
			strbuf_append_char(sb, ' ');
		report_text_cell(sb, head[i], daily_w[i], i != 0 && i != 2);
	}
	strbuf_append_char(sb, '\n');
}

static void daily_text(strbuf *sb, const scenario *s, const report_daily *daily, lang l)
{
	static const char *const stages[] = { "ini", "dev", "mid", "late" };
	report_text_heading(sb, tr(l, "DAILY WATER BALANCE"));
	report_text_wrap(sb, tr(l, "DAS: day after sowing (1 = sowing day); ET0, ETc, ETa, rain, irrigation, Dr (root-zone depletion at the end of the day) and TAW in mm."),
			 0, 0, WIDTH);
	int last_c = -1, last_i = -1;
	for (size_t i = 0; daily && i < daily->n; i++) {
		const season_day *d = &daily->days[i];
		if (d->commune != last_c || d->item != last_i) {
			daily_item_heading(sb, s, d, l);
			daily_header(sb, l);
			last_c = d->commune;
			last_i = d->item;
		}
		char cell[12][32];
		report_text_date(d->date, l, cell[0]);
		snprintf(cell[1], sizeof cell[1], "%d", d->das);
		snprintf(cell[2], sizeof cell[2], "%s", d->stage >= 0 && d->stage < 4 ? stages[d->stage] : "-");
		num(d->kc, 2, l, cell[3], sizeof cell[3]);
		num(d->et0_mm, 2, l, cell[4], sizeof cell[4]);
		num(d->etc_mm, 2, l, cell[5], sizeof cell[5]);
		num(d->eta_mm, 2, l, cell[6], sizeof cell[6]);
		num(d->rain_mm, 1, l, cell[7], sizeof cell[7]);
		num(d->irrigation_mm, 1, l, cell[8], sizeof cell[8]);
		num(d->dr_mm, 1, l, cell[9], sizeof cell[9]);
		num(d->taw_mm, 1, l, cell[10], sizeof cell[10]);
		num(d->ks, 2, l, cell[11], sizeof cell[11]);
		for (int k = 0; k < 12; k++) {
			if (k)
				strbuf_append_char(sb, ' ');
			report_text_cell(sb, cell[k], daily_w[k], k != 0 && k != 2);
		}
		strbuf_append_char(sb, '\n');
	}
	if (!daily || daily->n == 0)
		report_text_wrap(sb, tr(l, "No days to show."), 0, 0, WIDTH);
}

bool report_write_text(strbuf *sb, const void *season)
{
	const report_season *job = season;
	const scenario *s = job->s;
	const season_result *r = job->r;
	const report_options *o = job->o;
	lang l = o->lang;
	title_and_provenance(sb, s, &job->p, l, tr(l, "Winter crop report"));
	if (o->table == REPORT_DAILY) {
		daily_text(sb, s, job->daily, l);
	} else if (o->table == REPORT_LABOUR) {
		report_labour_text(sb, s, job->labour, l);
	} else {
		if (o->outlook && o->outlook->seasons > 0)
			report_outlook_text(sb, s, o->outlook, l);
		district_summary(sb, s, job->w, r, l);
		if (!commune_and_crop_tables(sb, s, r, l))
			return false;
		item_table(sb, s, r, l);
	}
	warnings_section(sb, s, job->w, r, l);
	return !sb->oom && !(job->daily && o->table == REPORT_DAILY && job->daily->oom);
}
