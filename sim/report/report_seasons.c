/* report_seasons.c - one row per season of the ensemble (`--table seasons`) and the daily
 * weather of several seasons (`vudong weather --seasons N | --record`), as CSV, JSON or text
 * (report_seasons.h). */
#include "report_util.h"

#include <stdio.h>

#include "report_seasons.h"

static const char *const season_cols[] = {
	"season", "year", "output_t", "value_const_mvnd", "cold_loss_pct", "water_loss_pct",
};
#define NSEASON (sizeof season_cols / sizeof season_cols[0])

static void season_row(const ensemble_season_row *r, report_row *row)
{
	row->n = 0;
	const double v[NSEASON] = { (double)r->season, r->year, r->output_t, r->value_const_mvnd,
				    r->cold_loss_pct, r->water_loss_pct };
	const int dec[NSEASON] = { 0, 0, 3, 3, 2, 2 };
	for (size_t i = 0; i < NSEASON; i++)
		row->cells[row->n++] = (report_cell){ .kind = CELL_NUM, .v = v[i], .dec = dec[i] };
}

static void seasons_note(const ensemble_result *er, char *buf, size_t size)
{
	if (er->generated)
		snprintf(buf, size, "generated, seeds %lu to %lu", er->seed_first,
			 er->seed_first + (unsigned long)er->seasons - 1);
	else if (er->record)
		snprintf(buf, size, "the station record's winters %d to %d (%d left out), "
			 "each with seed = the scenario's seed + its year",
			 er->year_first, er->year_last, er->years_skipped);
	else
		snprintf(buf, size, "observed weather, years %d to %d", er->year_first,
			 er->year_last);
}

bool report_write_ensemble_seasons(strbuf *sb, const scenario *s, const ensemble_result *er,
				   const study_options *o)
{
	report_numeric_c g;
	if (!report_numeric_c_begin(&g)) {
		sb->oom = true;
		return false;
	}
	report_provenance p;
	report_provenance_init(&p, s, NULL);
	char note[256];
	seasons_note(er, note, sizeof note);
	report_row row;
	if (o->format == REPORT_CSV) {
		report_csv_provenance(sb, &p, "seasons");
		report_csv_comment(sb, "seasons", note);
		report_csv_comment(sb, "losses", "share of the district's output lost to cold (to "
				   "water): output with F_cold (F_water) = 1 against the output "
				   "simulated, %");
		report_csv_header(sb, season_cols, NSEASON);
		for (size_t i = 0; i < er->n_season_rows; i++) {
			season_row(&er->season_rows[i], &row);
			report_csv_row(sb, &row);
		}
	} else if (o->format == REPORT_JSON) {
		strbuf_append(sb, "{\n  \"meta\": ");
		report_json_meta(sb, &p, "seasons", o->lang);
		strbuf_append(sb, ",\n  \"table\": \"seasons\",\n  \"seasons_note\": ");
		report_json_string(sb, note);
		strbuf_append(sb, ",\n  \"rows\": [");
		for (size_t i = 0; i < er->n_season_rows; i++) {
			season_row(&er->season_rows[i], &row);
			strbuf_append(sb, i ? ",\n    " : "\n    ");
			report_json_object(sb, season_cols, &row);
		}
		strbuf_append(sb, er->n_season_rows ? "\n  ]\n}\n" : "]\n}\n");
	} else {
		lang l = o->lang;
		report_text_heading(sb, tr(l, "Seasons of the ensemble"));
		report_text_wrap(sb, note, 0, 0, 80);
		strbuf_appendf(sb, "\n%10s %6s %12s %16s %10s %10s\n", tr(l, "season"), tr(l, "year"),
			       tr(l, "output t"), tr(l, "value const mVND"), tr(l, "cold loss %"),
			       tr(l, "water loss %"));
		for (size_t i = 0; i < er->n_season_rows; i++) {
			const ensemble_season_row *r = &er->season_rows[i];
			strbuf_appendf(sb, "%10ld %6d %12.1f %16.1f %10.1f %10.1f\n", r->season,
				       r->year, r->output_t, r->value_const_mvnd, r->cold_loss_pct,
				       r->water_loss_pct);
		}
	}
	report_numeric_c_end(&g);
	return !sb->oom;
}

/* ---- the weather of several seasons ---- */

static const char *const weather_cols[] = {
	"season", "date", "tmax_c", "tmin_c", "rain_mm", "ea_kpa", "u2_m_s", "ra_mj_m2",
	"rs_mj_m2", "rso_mj_m2", "rn_mj_m2", "et0_mm",
};
#define NWEATHER (sizeof weather_cols / sizeof weather_cols[0])

static void weather_row(long season, const weather_day *d, report_row *row)
{
	row->n = 0;
	row->cells[row->n++] = (report_cell){ .kind = CELL_NUM, .v = (double)season, .dec = 0 };
	report_row_weather_day(d, row);
}

void report_weather_seasons_begin(strbuf *sb, const scenario *s, const weather_series *first,
				  const char *what, const report_options *o)
{
	report_numeric_c g;
	bool c = report_numeric_c_begin(&g);
	report_provenance p;
	report_provenance_init(&p, s, first);
	if (o->format == REPORT_CSV) {
		report_csv_provenance(sb, &p, "weather");
		report_csv_comment(sb, "seasons", what);
		strbuf_append(sb, "# units: temperature °C, rain and ET0 mm/day, ea kPa, u2 m/s (2 m), radiation MJ/m2/day\n");
		report_csv_header(sb, weather_cols, NWEATHER);
	} else if (o->format == REPORT_JSON) {
		strbuf_append(sb, "{\n  \"meta\": ");
		report_json_meta(sb, &p, "weather", o->lang);
		strbuf_append(sb, ",\n  \"table\": \"weather\",\n  \"seasons_note\": ");
		report_json_string(sb, what);
		strbuf_append(sb, ",\n  \"rows\": [");
	} else {
		char desc[512];
		report_text_heading(sb, tr(o->lang, "Daily weather of several seasons"));
		report_text_kv(sb, tr(o->lang, "Scenario:"), p.scenario_path, 16);
		report_text_kv(sb, tr(o->lang, "Weather:"),
			       report_weather_description(&p, o->lang, desc, sizeof desc), 16);
		report_text_kv(sb, tr(o->lang, "Seasons:"), what, 16);
	}
	if (c)
		report_numeric_c_end(&g);
	else
		sb->oom = true;
}

void report_weather_seasons_add(strbuf *sb, size_t index, long season, const weather_series *w,
				const report_options *o)
{
	report_numeric_c g;
	if (!report_numeric_c_begin(&g)) {
		sb->oom = true;
		return;
	}
	report_row row;
	if (o->format == REPORT_TEXT) {
		char d1[11], d2[11];
		double rain = 0.0, et0 = 0.0, tmin = w->n ? w->days[0].tmin_c : 0.0;
		strbuf_appendf(sb, "\n%s %ld: %s … %s\n", tr(o->lang, "Season"), season,
			       report_fmt_date(w->first, d1),
			       report_fmt_date(w->first + (vd_date)w->n - 1, d2));
		strbuf_appendf(sb, "%-10s %6s %6s %6s %6s\n", tr(o->lang, "Date"), "Tmax", "Tmin",
			       tr(o->lang, "Rain"), "ET0");
		for (size_t i = 0; i < w->n; i++) {
			const weather_day *d = &w->days[i];
			strbuf_appendf(sb, "%-10s %6.1f %6.1f %6.1f %6.2f\n",
				       report_fmt_date(d->date, d1), d->tmax_c, d->tmin_c, d->rain_mm,
				       d->et0_mm);
			rain += d->rain_mm;
			et0 += d->et0_mm;
			tmin = d->tmin_c < tmin ? d->tmin_c : tmin;
		}
		strbuf_appendf(sb, tr(o->lang, "Season totals: rain %.1f mm, ET0 %.1f mm, coldest night %.1f °C.\n"),
			       rain, et0, tmin);
	} else {
		for (size_t i = 0; i < w->n; i++) {
			weather_row(season, &w->days[i], &row);
			if (o->format == REPORT_CSV) {
				report_csv_row(sb, &row);
			} else {
				strbuf_append(sb, index == 0 && i == 0 ? "\n    " : ",\n    ");
				report_json_object(sb, weather_cols, &row);
			}
		}
	}
	report_numeric_c_end(&g);
}

bool report_weather_seasons_end(strbuf *sb, size_t count, const report_options *o)
{
	if (o->format == REPORT_JSON)
		strbuf_append(sb, count ? "\n  ],\n  \"warnings\": []\n}\n" : "],\n  \"warnings\": []\n}\n");
	return !sb->oom;
}
