/* report.h - the headless reports (DESIGN §6): the season report as text, CSV or JSON
 * (tables items, communes, crops, district, daily, labour), the weather table of `vudong weather`,
 * and the season's warnings as translated sentences and as diagnostics. Writers append to a
 * strbuf; they never touch files. Numbers use '.' (LC_NUMERIC stays "C" in this program);
 * NaN and infinities are written as an empty CSV cell or JSON null, never as "nan". */
#ifndef VUDONG_REPORT_H
#define VUDONG_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "i18n.h"
#include "outlook.h"
#include "scenario.h"
#include "season.h"
#include "strbuf.h"
#include "weather.h"

typedef enum { REPORT_TEXT, REPORT_CSV, REPORT_JSON } report_format;
typedef enum {
	REPORT_ITEMS, REPORT_COMMUNES, REPORT_CROPS, REPORT_DISTRICT, REPORT_DAILY, REPORT_LABOUR
} report_table;

typedef struct {
	report_format format;
	report_table table;   /* CSV and JSON write this table; text writes the whole report,
			       * or the daily trace (REPORT_DAILY), or labour by half-month
			       * (REPORT_LABOUR) */
	lang lang;            /* text labels and warning sentences */
	/* The outlook over many seasons (outlook.h) that text (not the daily trace) opens with
	 * and JSON writes as `outlook`; NULL: none (JSON `outlook: null`). CSV never has it. */
	const outlook *outlook;
	/* The day the report is prepared, named in the text report's title block; leave 0
	 * (with has_prepared false) to leave it out, as tests do for stable text. */
	bool has_prepared;
	vd_date prepared;
} report_options;

const char *report_table_name(report_table t);   /* "items", "communes", ... */
/* A CSV column name ("area_ha") as a header in words with its unit, in language l ("Diện
 * tích (ha)"); NULL for a name it does not know. */
const char *report_column_header(const char *column, lang l);

/* The daily trace for `--table daily`: pass report_daily_on_day and the collector to
 * season_run; it keeps one row per item and day (the irrigated part when the item has one,
 * else the rain-fed part), in the order season_run gives them. Any format can then write it. */
typedef struct {
	season_day *days;    /* owned */
	size_t n, cap;
	bool oom;            /* a day could not be kept; report_write then fails */
} report_daily;

void report_daily_init(report_daily *d);
void report_daily_fini(report_daily *d);
void report_daily_on_day(void *ctx, const season_day *day);   /* a season_day_fn */

/* Appends the season report to sb. `daily` is the collector season_run filled when
 * o->table is REPORT_DAILY (ignored otherwise; may be NULL then). `w` may be NULL (the
 * provenance then leaves out the weather dates). Returns false on out of memory. */
bool report_write(strbuf *sb, const scenario *s, const weather_series *w,
		  const season_result *r, const report_options *o, const report_daily *daily);

/* `vudong weather`: the daily weather with the radiation terms and ET0, after shocks.
 * CSV columns date,tmax_c,tmin_c,rain_mm,ea_kpa,u2_m_s,ra_mj_m2,rs_mj_m2,rso_mj_m2,
 * rn_mj_m2,et0_mm. Returns false on out of memory. */
bool report_write_weather(strbuf *sb, const scenario *s, const weather_series *w,
			  const report_options *o);

/* A warning as one translated sentence naming what it concerns (commune, land unit, crop,
 * sowing date), e.g. "Thị trấn Bình Liêu, land paddy-2, Potato sown 2020-10-25: harvested
 * 2021-02-15, 5 days after the land must be free (2021-02-10)". `w` may be NULL. Returns buf. */
char *report_warning_text(const scenario *s, const weather_series *w, const season_result *r,
			  const season_warning *wn, lang l, char *buf, size_t size);
/* The short code of a warning kind: "late-harvest", "immature", "target-missed", ... */
const char *report_warning_code(warning_kind k);
/* Where a warning points in the scenario: the plan item, land unit or commune it concerns
 * (file -1, line 0 when it concerns no written place). */
src_mark report_warning_mark(const scenario *s, const season_warning *wn);
/* Adds every warning of r to dl as a diagnostic at its mark (warning, or error for is_error).
 * Returns false on out of memory. */
bool report_warnings_to_diags(const scenario *s, const weather_series *w,
			      const season_result *r, lang l, diag_list *dl);
/* The cold events of an item in words (report_cold.c). One event: "rét hại (mean ≤ 13 °C)
 * 12–18/01, flowering/tuber initiation: −7.8 %" (Vietnamese: "rét hại 12–18/01, ra hoa/hình
 * thành củ: −7.8 %"); all of them joined by "; ", then "; N more: −x %" for those not listed.
 * Both return buf (empty when there are none). */
char *report_cold_event_text(const cold_event *e, lang l, char *buf, size_t size);
char *report_cold_events_text(const cold_result *c, lang l, char *buf, size_t size);
/* The English ids (tr() keys) of a rule and of a cold stage: "rét hại (mean ≤ 13 °C)",
 * "flowering/tuber initiation". */
const char *report_cold_rule_id(cold_rule r);
const char *report_cold_stage_id(int stage);
/* True when r holds an error (an immature crop): `run` exits 2 after writing the report. */
bool report_has_errors(const season_result *r);

#endif
