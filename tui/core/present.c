/* present.c - the presentation view's figures (read from the app's current and baseline
 * runs and the risk screen's seasons), the chance of meeting the target, and the sync that
 * keeps that chance computed in the background while the view is shown. */
#include "present.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "studies.h"

/* The share of seasons meeting the target in a risk result, %. */
static double chance_of(const ensemble_result *er)
{
	if (!er->district.has_target || er->seasons <= 0)
		return NAN;
	return 100.0 * (1.0 - (double)er->district.target_missed / er->seasons);
}

double present_chance(const app *a)
{
	const risk_study *r = &a->studies->risk;
	if (!r->have_result || r->result_version != a->version)
		return NAN;
	return chance_of(&r->result);
}

/* The change line: "▲ +120 so với mốc" / "= 0 (như mốc)" / "mốc: --". */
static void fill_delta(const app *a, present_figure *f, double now, double base, int decimals,
		       const char *unit)
{
	if (isnan(now) || isnan(base)) {
		snprintf(f->delta, sizeof f->delta, "%s", tr(a->lang, "no baseline figure"));
		f->delta_sign = 0;
		return;
	}
	double diff = now - base;
	char d[64];
	numfmt_delta(diff, decimals, a->lang, a->ascii, d, sizeof d);
	double scale = pow(10.0, decimals);
	f->delta_sign = round(diff * scale) > 0 ? 1 : round(diff * scale) < 0 ? -1 : 0;
	snprintf(f->delta, sizeof f->delta, "%s%s%s %s", d, unit[0] ? " " : "", unit,
		 tr(a->lang, "vs baseline"));
}

static void fill_big(const app *a, present_figure *f, double v, int decimals, const char *suffix)
{
	if (isnan(v)) {
		snprintf(f->big, sizeof f->big, "--");
		return;
	}
	char n[24];
	numfmt_number(v, decimals, a->lang, n, sizeof n);
	snprintf(f->big, sizeof f->big, "%s%s", n, suffix);
}

int present_collect(const app *a, present_figure *f, char *caption, size_t caption_size)
{
	lang l = a->lang;
	const district_result *cd = a->cur.ok ? &a->cur.result.district : NULL;
	const district_result *bd = a->base.ok ? &a->base.result.district : NULL;
	int n = 0;
	memset(f, 0, sizeof *f * PRESENT_MAX_FIGS);

	snprintf(f[n].label, sizeof f[n].label, "%s", tr(l, "Output (tonnes)"));
	fill_big(a, &f[n], cd ? cd->g.output_t : NAN, 0, "");
	fill_delta(a, &f[n], cd ? cd->g.output_t : NAN, bd ? bd->g.output_t : NAN, 0, tr(l, "t"));
	n++;

	snprintf(f[n].label, sizeof f[n].label, "%s", tr(l, "Value (billion VND)"));
	double v = cd ? cd->g.value_mvnd / 1000.0 : NAN, vb = bd ? bd->g.value_mvnd / 1000.0 : NAN;
	fill_big(a, &f[n], v, 1, "");
	fill_delta(a, &f[n], v, vb, 1, tr(l, "billion"));
	n++;

	bool econ = cd && cd->has_economy;
	if (econ) {
		snprintf(f[n].label, sizeof f[n].label, "%s", tr(l, "Growth contribution (pp)"));
		fill_big(a, &f[n], cd->contribution_pp, 2, "");
		fill_delta(a, &f[n], cd->contribution_pp,
			   bd && bd->has_economy ? bd->contribution_pp : NAN, 2, tr(l, "pp"));
		n++;
		if (a->cur.scn.economy.has_target) {
			double c = present_chance(a);
			snprintf(f[n].label, sizeof f[n].label, tr(l, "Chance of reaching %s%%"),
				 numfmt_number(a->cur.scn.economy.target_growth_pct, 2, l,
					       (char[32]){ 0 }, 32));
			fill_big(a, &f[n], c, 0, "%");
			if (isnan(c))
				snprintf(f[n].delta, sizeof f[n].delta, "%s",
					 tr(l, "computing the seasons..."));
			else
				fill_delta(a, &f[n], c, a->have_base_chance ? a->base_chance : NAN,
					   0, tr(l, "points"));
			n++;
		}
	}
	snprintf(caption, caption_size, "%s", a->cur.scn.name[0] ? a->cur.scn.name
								   : tr(l, "(unnamed scenario)"));
	return n;
}

unsigned present_sync(app *a)
{
	risk_study *r = &a->studies->risk;
	unsigned bits = CHANGED_NOTHING;   /* screens_sync polls the run itself */
	if (r->have_result && r->result_version == a->base_version && !a->have_base_chance) {
		double c = chance_of(&r->result);
		if (!isnan(c)) {
			a->base_chance = c;
			a->have_base_chance = true;
			bits |= CHANGED_VIEW;
		}
	}
	if (!a->present || !a->cur.ok || !a->cur.scn.economy.has_target)
		return bits;
	bool current = r->have_result && r->result_version == a->version;
	bool running = r->job && r->job_version == a->version;
	bool failed_here = r->phase == RISK_FAILED && r->job_version == a->version;
	if (!current && !running && !failed_here)
		bits |= risk_start(a);
	return bits;
}
