/* report_weather.c - `vudong weather`: the season's daily weather as the model uses it (after
 * shocks) with the FAO-56 radiation terms and ET0, as CSV, JSON or an aligned text table. */
#include "report_util.h"

#include <stdio.h>

#include "textwidth.h"

static const char *const weather_cols[] = {
	"date", "tmax_c", "tmin_c", "rain_mm", "ea_kpa", "u2_m_s", "ra_mj_m2", "rs_mj_m2",
	"rso_mj_m2", "rn_mj_m2", "et0_mm",
};
#define NCOL (sizeof weather_cols / sizeof weather_cols[0])

/* What the report is written from: the arguments of report_write_weather, the provenance. */
typedef struct {
	const scenario *s;
	const weather_series *w;
	const report_options *o;
	report_provenance p;
} weather_job;

void report_row_weather_day(const weather_day *d, report_row *row)
{
	row->cells[row->n++] = (report_cell){ .kind = CELL_STR, .s = report_fmt_date(d->date, row->date1) };
	const double v[] = { d->tmax_c, d->tmin_c, d->rain_mm, d->ea_kpa, d->u2_m_s, d->ra_mj_m2,
			     d->rs_mj_m2, d->rso_mj_m2, d->rn_mj_m2, d->et0_mm };
	const int dec[] = { 2, 2, 2, 3, 3, 3, 3, 3, 3, 3 };
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		row->cells[row->n++] = (report_cell){ .kind = CELL_NUM, .v = v[i], .dec = dec[i] };
}

static bool weather_csv(strbuf *sb, const void *job)
{
	const weather_job *j = job;
	const report_provenance *p = &j->p;
	const weather_series *w = j->w;
	report_csv_provenance(sb, p, "weather");
	strbuf_append(sb, "# units: temperature °C, rain and ET0 mm/day, ea kPa, u2 m/s (2 m), radiation MJ/m2/day\n");
	report_csv_header(sb, weather_cols, NCOL);
	report_row row;
	for (size_t i = 0; i < w->n; i++) {
		row.n = 0;
		report_row_weather_day(&w->days[i], &row);
		report_csv_row(sb, &row);
	}
	return true;
}

static bool weather_json(strbuf *sb, const void *job)
{
	const weather_job *j = job;
	const report_provenance *p = &j->p;
	const weather_series *w = j->w;
	lang l = j->o->lang;
	strbuf_append(sb, "{\n  \"meta\": ");
	report_json_meta(sb, p, "weather", l);
	strbuf_append(sb, ",\n  \"table\": \"weather\",\n  \"rows\": [");
	report_row row;
	for (size_t i = 0; i < w->n; i++) {
		row.n = 0;
		report_row_weather_day(&w->days[i], &row);
		strbuf_append(sb, i ? ",\n    " : "\n    ");
		report_json_object(sb, weather_cols, &row);
	}
	strbuf_append(sb, w->n ? "\n  ],\n  \"warnings\": []\n}\n" : "],\n  \"warnings\": []\n}\n");
	return true;
}

/* Text: widths of the columns and their two header lines. */
static const int text_w[NCOL] = { 10, 6, 6, 6, 5, 5, 6, 6, 6, 6, 6 };
static const int text_dec[NCOL] = { 0, 1, 1, 1, 2, 1, 1, 1, 1, 1, 2 };

static void text_line(strbuf *sb, const char *const *cells)
{
	for (size_t i = 0; i < NCOL; i++) {
		if (i)
			strbuf_append_char(sb, ' ');
		report_text_cell(sb, cells[i], text_w[i], i > 0);
	}
	strbuf_append_char(sb, '\n');
}

static bool weather_text(strbuf *sb, const void *job)
{
	const weather_job *j = job;
	const report_provenance *p = &j->p;
	const weather_series *w = j->w;
	const scenario *s = j->s;
	lang l = j->o->lang;
	char line[512], d1[11], d2[11], desc[512];
	const char *title = s->name[0] ? s->name : tr(l, "Winter crop season");
	report_text_wrap(sb, title, 0, 0, 80);
	int tw = text_width(title);
	strbuf_append_repeat(sb, "=", (size_t)(tw < 80 ? tw : 80));
	strbuf_append_char(sb, '\n');
	snprintf(line, sizeof line, tr(l, "%s, vudong %s"),
		 tr(l, "Daily weather and reference evapotranspiration (FAO-56)"), p->version);
	report_text_wrap(sb, line, 0, 0, 80);
	char lab[4][96];
	const char *labels[4] = { tr(l, "Scenario"), tr(l, "Scenario hash"), tr(l, "Weather"),
				  tr(l, "Days") };
	int lw = 0;
	for (int i = 0; i < 4; i++) {
		snprintf(lab[i], sizeof lab[i], "%s:", labels[i]);
		if (text_width(lab[i]) > lw)
			lw = text_width(lab[i]);
	}
	report_text_kv(sb, lab[0], p->scenario_path, lw);
	report_text_kv(sb, lab[1], p->hash, lw);
	report_text_kv(sb, lab[2], report_weather_description(p, l, desc, sizeof desc), lw);
	if (w->n)
		snprintf(line, sizeof line, tr(l, "%s to %s, %zu days"),
			 report_fmt_date(p->weather_first, d1), report_fmt_date(p->weather_last, d2), w->n);
	else
		snprintf(line, sizeof line, "%s", tr(l, "none"));
	report_text_kv(sb, lab[3], line, lw);
	strbuf_append_char(sb, '\n');

	const char *names[NCOL] = { tr(l, "Date"), "Tmax", "Tmin", tr(l, "Rain"), "ea", "u2",
				    "Ra", "Rs", "Rso", "Rn", "ET0" };
	const char *units[NCOL] = { "", "°C", "°C", "mm", "kPa", "m/s", "MJ/m²", "MJ/m²",
				    "MJ/m²", "MJ/m²", "mm" };
	text_line(sb, names);
	text_line(sb, units);
	strbuf_append_repeat(sb, "-", 10 + 6 * 3 + 5 * 2 + 6 * 5 + 10);
	strbuf_append_char(sb, '\n');
	double rain = 0, et0 = 0;
	report_row row;
	for (size_t i = 0; i < w->n; i++) {
		row.n = 0;
		report_row_weather_day(&w->days[i], &row);
		char cell[NCOL][32];
		const char *cells[NCOL];
		for (size_t k = 0; k < NCOL; k++) {
			if (k == 0)
				snprintf(cell[k], sizeof cell[k], "%s", row.cells[0].s);
			else
				report_fmt_num(row.cells[k].v, text_dec[k], cell[k], sizeof cell[k]);
			cells[k] = cell[k];
		}
		text_line(sb, cells);
		rain += w->days[i].rain_mm;
		et0 += w->days[i].et0_mm;
	}
	strbuf_append_char(sb, '\n');
	snprintf(line, sizeof line, tr(l, "Season totals: rain %.1f mm, ET0 %.1f mm over %zu days."),
		 rain, et0, w->n);
	report_text_wrap(sb, line, 0, 0, 80);
	return true;
}

bool report_write_weather(strbuf *sb, const scenario *s, const weather_series *w,
			  const report_options *o)
{
	static const report_writers writers = {
		.text = weather_text, .csv = weather_csv, .json = weather_json,
	};
	weather_job job = { .s = s, .w = w, .o = o };
	report_provenance_init(&job.p, s, w);
	return report_dispatch(sb, o->format, &writers, &job);
}
