/* report_document.c - the title block every text report opens with, fit for a district
 * document: district, season, scenario, date prepared, weather, shocks and estimates in words
 * (report_text_document in report_util.h). */
#include "report_util.h"

#include <stdio.h>
#include <stdlib.h>
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

void report_document_fill(report_document *d, const scenario *s, const report_provenance *p,
			  lang l, const char *weather, const char *const *labels,
			  const char *const *values, size_t n)
{
	char d1[11], d2[11];
	size_t k = 0;
	if (p->district && p->district[0]) {
		d->labels[k] = tr(l, "District");
		d->values[k++] = p->district;
	}
	numtext_format(l, d->season, sizeof d->season, tr(l, "%s to %s"),
		       report_text_date(p->season_start, l, d1), report_text_date(p->season_end, l, d2));
	d->labels[k] = tr(l, "Season");
	d->values[k++] = d->season;
	d->labels[k] = tr(l, "Scenario");
	d->values[k++] = report_text_scenario_source(p, l, d->source, sizeof d->source);
	if (p->prepared != DATE_NONE) {
		d->labels[k] = tr(l, "Prepared on");
		d->values[k++] = report_text_date(p->prepared, l, d->prepared);
	}
	d->labels[k] = tr(l, "Weather");
	d->values[k++] = weather;
	d->labels[k] = tr(l, "Shocks applied");
	d->values[k++] = shocks_in_words(s, l, d->shocks, sizeof d->shocks);
	if (s->economy.present) {
		d->labels[k] = tr(l, "Estimated figures");
		d->values[k++] = report_estimates_list(s, l, d->est, sizeof d->est)[0] ? d->est :
				 tr(l, "none");
	}
	for (size_t i = 0; i < n && k + 1 < REPORT_DOC_FIELDS; i++) {
		d->labels[k] = labels[i];
		d->values[k++] = values[i];
	}
	d->labels[k] = tr(l, "Scenario fingerprint");
	d->values[k++] = p->hash;
	d->n = k;
}

void report_text_document(strbuf *sb, const scenario *s, const report_provenance *p, lang l,
			  const char *kind, const char *weather, const char *const *labels,
			  const char *const *values, size_t n)
{
	report_document *d = malloc(sizeof *d);
	if (!d) {
		sb->oom = true;
		return;
	}
	report_text_title(sb, s->name[0] ? s->name : tr(l, "Winter crop season"), kind,
			  p->version, l);
	report_document_fill(d, s, p, l, weather, labels, values, n);
	report_text_fields(sb, d->labels, d->values, d->n);
	free(d);
}
