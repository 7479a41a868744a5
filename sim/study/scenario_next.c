/* scenario_next.c - next season's scenario: dates a year on, the name's years moved, the
 * economy's baseline from this season's outlook (scenario_next.h). */
#include "scenario_next.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_shift.h"

void scenario_next_name(const char *name, int year_a, int year_b, char *out, size_t size)
{
	size_t k = 0;
	for (size_t i = 0; name[i] && k + 1 < size;) {
		bool edge = i == 0 || !isdigit((unsigned char)name[i - 1]);
		if (edge && isdigit((unsigned char)name[i]) && isdigit((unsigned char)name[i + 1]) &&
		    name[i + 1] && isdigit((unsigned char)name[i + 2]) && name[i + 2] &&
		    isdigit((unsigned char)name[i + 3]) && !isdigit((unsigned char)name[i + 4])) {
			int y = (name[i] - '0') * 1000 + (name[i + 1] - '0') * 100 +
				(name[i + 2] - '0') * 10 + (name[i + 3] - '0');
			if ((y == year_a || y == year_b) && k + 5 < size) {
				int n = y + 1;
				for (int d = 3; d >= 0; d--, n /= 10)
					out[k + (size_t)d] = (char)('0' + n % 10);
				k += 4;
				i += 4;
				continue;
			}
		}
		out[k++] = name[i++];
	}
	out[k] = 0;
}

static void set_economy(scenario *n, const outlook *o, scenario_next_note *note)
{
	economy_input *e = &n->economy;
	if (!e->present || !o || o->seasons <= 0 || !o->has_economy ||
	    !isfinite(o->value_const_mvnd.p50) || !isfinite(o->district_growth_pct.p50))
		return;
	note->economy_set = true;
	note->winter_prev_was = e->winter_crop_prev_bn_vnd;
	note->district_prev_was = e->district_output_prev_bn_vnd;
	note->district_growth_pct = o->district_growth_pct.p50;
	e->winter_crop_prev_bn_vnd = o->value_const_mvnd.p50 / 1000.0;
	e->district_output_prev_bn_vnd *= 1.0 + o->district_growth_pct.p50 / 100.0;
	e->estimates |= 1u << ECON_EST_WINTER_CROP_PREV | 1u << ECON_EST_DISTRICT_OUTPUT_PREV;
	note->winter_prev = e->winter_crop_prev_bn_vnd;
	note->district_prev = e->district_output_prev_bn_vnd;
}

static void drop_observed(weather_input *w, scenario_next_note *note)
{
	if (!w->observed_to_date)
		return;
	free(w->observed_to_date);
	free(w->observed_resolved);
	free(w->observed);
	w->observed_to_date = w->observed_resolved = NULL;
	w->observed = NULL;
	w->n_observed = 0;
	note->dropped_observed = true;
}

bool scenario_next_make(const scenario *s, const outlook *o, scenario *out,
			scenario_next_note *note)
{
	memset(note, 0, sizeof *note);
	scenario_shift sh;
	if (!scenario_shift_init(&sh, s))
		return false;
	scenario_shift_set(&sh, 1);
	bool ok = scenario_copy(out, &sh.view);
	scenario_shift_fini(&sh);
	if (!ok)
		return false;
	int ya, ma, da, yb, mb, db;
	date_to_ymd(s->season_start, &ya, &ma, &da);
	date_to_ymd(s->season_end, &yb, &mb, &db);
	char name[SCN_NAME_MAX];
	scenario_next_name(s->name, ya, yb, name, sizeof name);
	memcpy(out->name, name, sizeof out->name);
	set_economy(out, o, note);
	drop_observed(&out->weather, note);
	return true;
}
