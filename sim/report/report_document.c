/* report_document.c - the title block every text report opens with, fit for a district
 * document: district, season, scenario, date prepared, weather, shocks and estimates in words
 * (report_text_document in report_util.h). */
#include "report_util.h"

#include <stdio.h>
#include <string.h>

#include "report_outlook.h"
#include "report_shock.h"

char *report_text_scenario_source(const report_provenance *p, lang l, char *buf, size_t size)
{
	if (p->builtin && p->district && p->district[0])
		snprintf(buf, size, tr(l, "the built-in %s scenario"), p->district);
	else if (p->builtin)
		snprintf(buf, size, "%s", tr(l, "built-in scenario"));
	else
		snprintf(buf, size, "%s", p->scenario_path);
	return buf;
}

/* The shocks the scenario applies, in words and joined by "; ", or "none". */
static char *shocks_in_words(const scenario *s, lang l, char *buf, size_t size)
{
	size_t len = 0;
	buf[0] = 0;
	for (size_t i = 0; i < s->n_shocks && len + 1 < size; i++) {
		const shock *h = &s->shocks[i];
		if (!h->enabled)
			continue;
		char one[512];
		report_shock_text(s, h, l, one, sizeof one);
		int n = snprintf(buf + len, size - len, "%s%s", len ? "; " : "", one);
		if (n < 0)
			break;
		len += (size_t)n < size - len ? (size_t)n : size - len - 1;
	}
	if (!buf[0])
		snprintf(buf, size, "%s", tr(l, "none: the scenario as written"));
	return buf;
}

void report_text_document(strbuf *sb, const scenario *s, const report_provenance *p, lang l,
			  const char *kind, const char *weather, const char *const *labels,
			  const char *const *values, size_t n)
{
	enum { MAX_FIELDS = 16 };
	const char *lab[MAX_FIELDS], *val[MAX_FIELDS];
	size_t k = 0;
	char season[64], d1[11], d2[11], source[600], prepared[11], shocks[2048], est[600];
	report_text_title(sb, s->name[0] ? s->name : tr(l, "Winter crop season"), kind,
			  p->version, l);
	if (p->district && p->district[0]) {
		lab[k] = tr(l, "District");
		val[k++] = p->district;
	}
	numtext_format(l, season, sizeof season, tr(l, "%s to %s"),
		       report_text_date(p->season_start, l, d1), report_text_date(p->season_end, l, d2));
	lab[k] = tr(l, "Season");
	val[k++] = season;
	lab[k] = tr(l, "Scenario");
	val[k++] = report_text_scenario_source(p, l, source, sizeof source);
	if (p->prepared != DATE_NONE) {
		lab[k] = tr(l, "Prepared on");
		val[k++] = report_text_date(p->prepared, l, prepared);
	}
	lab[k] = tr(l, "Weather");
	val[k++] = weather;
	lab[k] = tr(l, "Shocks applied");
	val[k++] = shocks_in_words(s, l, shocks, sizeof shocks);
	if (s->economy.present) {
		lab[k] = tr(l, "Estimated figures");
		val[k++] = report_estimates_list(s, l, est, sizeof est)[0] ? est : tr(l, "none");
	}
	for (size_t i = 0; i < n && k + 1 < MAX_FIELDS; i++) {
		lab[k] = labels[i];
		val[k++] = values[i];
	}
	lab[k] = tr(l, "Scenario fingerprint");
	val[k++] = p->hash;
	report_text_fields(sb, lab, val, k);
}
