/* report_season.h - the season report's writers, one per format (report_text.c,
 * report_csv.c, report_json.c), that report_write (report.c) chooses between. */
#ifndef VUDONG_REPORT_SEASON_H
#define VUDONG_REPORT_SEASON_H

#include <stdbool.h>

#include "labour.h"
#include "report.h"
#include "report_util.h"
#include "strbuf.h"

/* What one season report is written from: the arguments of report_write, and where the
 * report comes from. */
typedef struct {
	const scenario *s;
	const weather_series *w;        /* may be NULL */
	const season_result *r;
	const report_options *o;
	const report_daily *daily;      /* may be NULL unless o->table is REPORT_DAILY */
	const labour_plan *labour;      /* labour by half-month when o->table is REPORT_LABOUR, else NULL */
	report_provenance p;
} report_season;

/* report_writer functions (report_util.h); `season` is a const report_season *. */
bool report_write_text(strbuf *sb, const void *season);
bool report_write_csv(strbuf *sb, const void *season);
bool report_write_json(strbuf *sb, const void *season);
/* Text of `--table labour` (report_labour.c): per commune, its half-months with need,
 * available, shortfall and the hectares whose work is not done, the land units' free
 * windows, and what a shortfall does (nothing: not modelled). */
void report_labour_text(strbuf *sb, const scenario *s, const labour_plan *p, lang l);

#endif
