/* record_winters.c - the replayable winters of a station record (record_winters.h). */
#include "record_winters.h"

#include <stdlib.h>
#include <string.h>

#include "scenario_shift.h"
#include "wgen_replay.h"

void record_winters_fini(record_winters *rw)
{
	if (!rw)
		return;
	free(rw->shifts);
	memset(rw, 0, sizeof *rw);
}

bool record_winters_find(const scenario *s, int year_from, int year_to, record_winters *rw,
			 diag_list *dl)
{
	memset(rw, 0, sizeof *rw);
	const char *file = s->path ? s->path : "<built-in>";
	const weather_station *st = &s->weather.station;
	if (s->weather.source != WEATHER_STATION || st->n_months == 0) {
		diag_add(dl, DIAG_ERROR, file, 0, 0,
			 "--record needs a station record as the weather (weather.station)");
		return false;
	}
	if (s->season_start == DATE_NONE || s->season_end == DATE_NONE ||
	    s->season_end < s->season_start) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "the season needs a start and an end on or after it");
		return false;
	}
	int first = st->months[0].year, last = first;
	for (size_t i = 0; i < st->n_months; i++) {
		first = st->months[i].year < first ? st->months[i].year : first;
		last = st->months[i].year > last ? st->months[i].year : last;
	}
	if (year_from > first)
		first = year_from;
	if (year_to > 0 && year_to < last)
		last = year_to;
	rw->year_first = first;
	rw->year_last = last;
	int y0, mo, d;
	date_to_ymd(s->season_start, &y0, &mo, &d);
	size_t span = last >= first ? (size_t)(last - first + 1) : 1;
	rw->shifts = malloc(span * sizeof *rw->shifts);
	if (!rw->shifts) {
		diag_add(dl, DIAG_ERROR, file, 0, 0, "out of memory finding the record's winters");
		return false;
	}
	for (int y = first; y <= last; y++) {
		vd_date start = scenario_shift_date(s->season_start, y - y0);
		vd_date end = scenario_shift_date(s->season_end, y - y0);
		size_t len = end >= start ? (size_t)(end - start) + 1 : 0;
		if (len && wgen_replay_covered(st->months, st->n_months, start, len))
			rw->shifts[rw->n++] = y - y0;
	}
	if (rw->n == 0) {
		diag_add(dl, DIAG_ERROR, scenario_mark_file(s, st->mark), st->mark.line,
			 st->mark.col, "the station record holds no whole season starting from %d "
			 "to %d to replay", first, last);
		record_winters_fini(rw);
		return false;
	}
	return true;
}
