/* cmd_weather_seasons.c - `vudong weather [FILE] --seasons N [--seed S]` and `vudong weather
 * [FILE] --record [--years A-B]`: the daily weather of several seasons, generated with seeds
 * S … S+N−1 or replayed from each winter of the station record (DESIGN §5), written one season
 * at a time with a `season` column first in CSV (the seed, or the year the winter starts).
 * The rules of these options are in the command table (cmd_table.c, cmd_args.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "cmd_report.h"
#include "record_winters.h"
#include "report_seasons.h"
#include "scenario_shift.h"

/* The seasons: generated (seeds seed … seed+n−1) or the record's winters (shifts). */
typedef struct {
	bool record;
	record_winters rw;
	unsigned long seed;
	size_t n;
} season_plan;

static bool plan_seasons(const cli_options *o, const scenario *s, season_plan *p, diag_list *dl)
{
	memset(p, 0, sizeof *p);
	if (o->record) {
		p->record = true;
		if (!record_winters_find(s, o->year_from, o->year_to, &p->rw, dl))
			return false;
		p->n = p->rw.n;
		return true;
	}
	if (!weather_source_generated(s->weather.source)) {
		diag_add(dl, DIAG_ERROR, s->path ? s->path : "<built-in>", 0, 0,
			 "--seasons needs generated weather (monthly normals or a station record)");
		return false;
	}
	p->seed = o->seed >= 0 ? (unsigned long)o->seed : s->weather.seed;
	p->n = o->seasons > 0 ? (size_t)o->seasons : 1;
	return true;
}

static void plan_note(const season_plan *p, const scenario *s, lang l, char *buf, size_t size)
{
	if (p->record) {
		int y0, m, d;
		date_to_ymd(s->season_start, &y0, &m, &d);
		snprintf(buf, size, tr(l, "the station record's winters starting %d to %d (%zu of %d "
					  "years covered), each replayed with seed = %lu + its year"),
			 y0 + p->rw.shifts[0], y0 + p->rw.shifts[p->n - 1], p->n,
			 p->rw.year_last - p->rw.year_first + 1, s->weather.seed);
	} else {
		snprintf(buf, size, tr(l, "generated, seeds %lu to %lu"), p->seed,
			 p->seed + (unsigned long)p->n - 1);
	}
}

/* Season k's weather into w; the scenario moved to its year for the record. */
static bool season_weather(const season_plan *p, const scenario *s, scenario_shift *sh, size_t k,
			   weather_series *w, long *id, diag_list *dl)
{
	if (p->record) {
		scenario_shift_set(sh, p->rw.shifts[k]);
		int y, m, d;
		date_to_ymd(sh->view.season_start, &y, &m, &d);
		*id = y;
		return weather_build_record(&sh->view, w, dl);
	}
	*id = (long)(p->seed + k);
	return weather_build(s, (unsigned long)(p->seed + k - s->weather.seed), w, dl);
}

int cmd_weather_seasons(const cli_options *o)
{
	scenario s;
	int status = cmd_report_load(o, SCENARIO_LOAD_WEATHER_ONLY, &s);
	if (status != EXIT_OK)
		return status;
	diag_list dl;
	diag_list_init(&dl);
	season_plan p;
	scenario_shift sh;
	bool shifted = false;
	bool ok = plan_seasons(o, &s, &p, &dl);
	if (ok && p.record) {
		shifted = scenario_shift_init(&sh, &s);
		if (!shifted) {
			diag_add(&dl, DIAG_ERROR, s.path ? s.path : "<built-in>", 0, 0,
				 "out of memory replaying the record");
			ok = false;
		}
	}
	report_options ro = cmd_report_options(o);
	strbuf sb;
	strbuf_init(&sb);
	size_t done = 0;
	char note[256];
	for (size_t k = 0; ok && k < p.n; k++) {
		weather_series w;
		long id;
		if (!season_weather(&p, &s, &sh, k, &w, &id, &dl)) {
			ok = false;
			break;
		}
		if (k == 0) {
			/* CSV and JSON keep their provenance lines in English. */
			plan_note(&p, &s, ro.format == REPORT_TEXT ? ro.lang : LANG_EN, note,
				  sizeof note);
			report_weather_seasons_begin(&sb, &s, &w, note, &ro);
		}
		report_weather_seasons_add(&sb, k, id, &w, &ro);
		weather_series_fini(&w);
		done++;
	}
	cli_print_diags(&dl);
	if (ok)
		status = cmd_report_emit(o, &sb, report_weather_seasons_end(&sb, done, &ro));
	else
		status = dl.out_of_memory ? EXIT_RUNTIME : EXIT_BAD_INPUT;
	strbuf_fini(&sb);
	diag_list_fini(&dl);
	if (shifted)
		scenario_shift_fini(&sh);
	record_winters_fini(&p.rw);
	scenario_fini(&s);
	return status;
}
