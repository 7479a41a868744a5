/* overview_outlook.c - the overview's outlook block (overview_outlook.h): what it shows comes
 * from app.studies->outlook (outlook_live.h), the words from outlook_text.h. */
#include "overview_outlook.h"

#include <math.h>
#include <stdio.h>

#include "draw.h"
#include "layout.h"
#include "numfmt.h"
#include "outlook_text.h"
#include "report_outlook.h"
#include "studies.h"
#include "theme.h"

typedef struct {
	const char *label;
	const outlook_range *r;
	double f;            /* scale (money in tỷ) */
	int decimals;
	bool sign;
} outlook_line;

/* The figure rows for o (economy rows only with an economy); returns how many. */
static int outlook_lines(const outlook *o, bool economy, lang l, outlook_line *out)
{
	int n = 0;
	out[n++] = (outlook_line){ tr(l, "Output, tonnes"), &o->output_t, 1.0, 0, false };
	bool bn = numfmt_money_uses_billions(o->value_mvnd.p50) || !isfinite(o->value_mvnd.p50);
	out[n++] = (outlook_line){ tr(l, bn ? "Production value, billion VND" : "Production value, million VND"),
				   &o->value_mvnd, bn ? 0.001 : 1.0, bn ? 2 : 0, false };
	if (economy)
		out[n++] = (outlook_line){ tr(l, "Contribution to district growth, pp"),
					   &o->contribution_pp, 1.0, 2, true };
	return n;
}

static bool has_economy(const app *a)
{
	return a->cur.scn.economy.present;
}

static bool has_target(const app *a)
{
	return a->cur.scn.economy.present && a->cur.scn.economy.has_target;
}

int overview_outlook_height(const app *a)
{
	return 1 + 2 + (has_economy(a) ? 1 : 0) + (has_target(a) ? 1 : 0);
}

int overview_outlook_draw(app *a, rect area, int y)
{
	lang l = a->lang;
	bool ascii = theme_is_ascii();
	const outlook_live *live = &a->studies->outlook;
	bool current = outlook_live_current(live, a->version);
	bool failed = live->failed && live->failed_version == a->version;
	const outlook *o = live->have ? &live->shown : NULL;
	static const layout_col cols[] = {
		{ .min = 24, .pref = 44, .priority = 6, .flex = true },
		{ .min = 8, .pref = 10, .priority = 9 },
		{ .min = 15, .pref = 22, .priority = 8 },
	};
	int width = area.w > 96 ? 96 : area.w;
	int w[3], x[3];
	layout_columns(cols, 3, width, 2, w);
	for (int i = 0; i < 3; i++)
		x[i] = area.x + layout_column_x(w, 3, 2, i);

	char title[256], head[96];
	outlook_method m = o ? o->method : weather_source_generated(a->cur.scn.weather.source)
		? OUTLOOK_GENERATED : OUTLOOK_OBSERVED;
	if (failed)
		snprintf(title, sizeof title, tr(l, "Outlook not available: %s"),
			 l == LANG_VI ? live->error_vi : live->error);
	else
		outlook_text_title(current && o ? o->seasons : outlook_seasons(&a->cur.scn), m,
				   !current, l, ascii, title, sizeof title);
	attr_t hdr = theme_attr(TH_HEADER);
	draw_fill(y, area.x, width, hdr);
	draw_header_cell(y, x[0], w[0], title, false, 0, hdr);
	draw_header_cell(y, x[1], w[1], tr(l, "Median"), true, 0, hdr);
	snprintf(head, sizeof head, tr(l, "8 %s"), report_outlook_unit(m, l));
	draw_header_cell(y, x[2], w[2], head, true, 0, hdr);

	/* Figures of an older version are greyed; before any, the mark stands for them. */
	attr_t num_attr = theme_attr(current ? TH_TITLE : TH_DIM);
	attr_t lab_attr = theme_attr(current ? TH_NORMAL : TH_DIM);
	outlook empty = { 0 };
	outlook_line lines[4];
	int n = outlook_lines(o ? o : &empty, has_economy(a), l, lines);
	int used = 1;
	const char *mark = ascii ? "..." : "…";
	for (int i = 0; i < n && used < area.h; i++, used++) {
		const outlook_line *ln = &lines[i];
		char med[64], range[128];
		if (o && !failed) {
			if (ln->sign)
				numfmt_signed(ln->r->p50 * ln->f, ln->decimals, l, ascii, med, sizeof med);
			else
				numfmt_number(ln->r->p50 * ln->f, ln->decimals, l, med, sizeof med);
			outlook_text_range(ln->r->p10 * ln->f, ln->r->p90 * ln->f, ln->decimals, ln->sign,
					   l, ascii, range, sizeof range);
		} else {
			snprintf(med, sizeof med, "%s", failed ? numfmt_na() : mark);
			snprintf(range, sizeof range, "%s", failed ? numfmt_na() : mark);
		}
		draw_text(y + used, x[0], w[0], ln->label, lab_attr);
		draw_text_right(y + used, x[1], w[1], med, num_attr);
		draw_text_right(y + used, x[2], w[2], range, num_attr);
	}
	if (has_target(a) && used < area.h) {
		char verdict[300], line[320];
		if (o && !failed) {
			outlook_text_verdict(o, l, verdict, sizeof verdict);
			bool poor = !(o->p_target_met >= 0.5);
			snprintf(line, sizeof line, "%s %s", poor ? theme_glyphs_get()->warn : " ", verdict);
			draw_text(y + used, area.x, area.w, line,
				  theme_attr(!current ? TH_DIM : poor ? TH_WARNING : TH_NORMAL));
		} else {
			snprintf(line, sizeof line, "  %s", failed ? numfmt_na() : mark);
			draw_text(y + used, area.x, area.w, line, theme_attr(TH_DIM));
		}
		used++;
	}
	return used;
}
