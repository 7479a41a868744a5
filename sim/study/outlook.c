/* outlook.c - the outlook (outlook.h): the ensemble run with the scenario's defaults and the
 * district's figures taken from its result, with the chance of meeting the target. */
#include "outlook.h"

#include <math.h>
#include <string.h>

const char *outlook_method_name(outlook_method m)
{
	switch (m) {
	case OUTLOOK_GENERATED: return "generated";
	case OUTLOOK_OBSERVED: return "observed";
	case OUTLOOK_RECORD: return "record";
	}
	return "generated";
}

int outlook_seasons(const scenario *s)
{
	return s->ensemble_seasons > 0 ? s->ensemble_seasons : OUTLOOK_DEFAULT_SEASONS;
}

ensemble_options outlook_options(const scenario *s, int threads)
{
	ensemble_options o = {
		.seasons = outlook_seasons(s),
		.threads = threads,
	};
	return o;
}

static outlook_range range_of(const ensemble_stats *st, bool exists)
{
	outlook_range r = { NAN, NAN, NAN, NAN };
	if (exists)
		r = (outlook_range){ st->p10, st->p50, st->p90, st->mean };
	return r;
}

void outlook_of(const ensemble_result *er, outlook *out)
{
	const ensemble_district *d = &er->district;
	memset(out, 0, sizeof *out);
	out->seasons = er->seasons;
	out->method = er->generated ? OUTLOOK_GENERATED : OUTLOOK_OBSERVED;
	out->seed_first = er->seed_first;
	out->year_first = er->year_first;
	out->year_last = er->year_last;
	out->output_t = range_of(&d->g.output_t, true);
	out->value_mvnd = range_of(&d->g.value_mvnd, true);
	out->value_const_mvnd = range_of(&d->value_const_mvnd, true);
	out->has_economy = d->has_economy;
	out->winter_growth_pct = range_of(&d->winter_growth_pct, d->has_economy);
	out->contribution_pp = range_of(&d->contribution_pp, d->has_economy);
	out->district_growth_pct = range_of(&d->district_growth_pct, d->has_economy);
	out->has_target = d->has_economy && d->has_target;
	out->target_growth_pct = out->has_target ? d->target_growth_pct : NAN;
	out->p_target_met = NAN;
	if (out->has_target && er->seasons > 0) {
		out->target_met = (size_t)er->seasons - d->target_missed;
		/* (n − k) / n, the complement of `vudong ensemble`'s p_target_missed k / n. */
		out->p_target_met = (double)out->target_met / (double)er->seasons;
	}
}

bool outlook_run(const scenario *s, int threads, outlook *out, diag_list *dl)
{
	memset(out, 0, sizeof *out);
	ensemble_options o = outlook_options(s, threads);
	ensemble_result er;
	ensemble_result_init(&er);
	bool ok = ensemble_run(s, &o, &er, dl);
	if (ok)
		outlook_of(&er, out);
	ensemble_result_fini(&er);
	return ok;
}

bool outlook_median_meets_target(const outlook *o)
{
	return o->has_target && o->district_growth_pct.p50 >= o->target_growth_pct;
}
