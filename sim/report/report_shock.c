/* report_shock.c - a shock in words and as a JSON object (report_shock.h). */
#include "report_shock.h"

#include <stdio.h>

#include "report_util.h"

static const char *crop_name(const scenario *s, const shock *h, lang l)
{
	return h->crop >= 0 && (size_t)h->crop < s->n_crops ? s->crops[h->crop].name :
							       tr(l, "every crop");
}

size_t report_shock_count(const scenario *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_shocks; i++)
		n += s->shocks[i].enabled;
	return n;
}

char *report_shock_text(const scenario *s, const shock *h, lang l, char *buf, size_t size)
{
	char d[11];
	switch (h->kind) {
	case SHOCK_COLD_SPELL:
		numtext_format(l, buf, size, tr(l, "cold spell from %s for %d days: Tmin %.1f °C, Tmax %.1f °C"),
			 report_text_date(h->from, l, d), h->days, h->tmin_c, h->tmax_c);
		break;
	case SHOCK_WARMING:
		numtext_format(l, buf, size, tr(l, "warming of %+.1f °C on every day"), h->delta_c);
		break;
	case SHOCK_RAIN:
		numtext_format(l, buf, size, tr(l, "rain × %.2f on every day"), h->factor);
		break;
	case SHOCK_DROUGHT:
		numtext_format(l, buf, size, tr(l, "drought from %s for %d days: no rain"),
			 report_text_date(h->from, l, d), h->days);
		break;
	case SHOCK_PRICE:
		numtext_format(l, buf, size, tr(l, "price of %s × %.2f"), crop_name(s, h, l), h->factor);
		break;
	}
	return buf;
}

void report_shock_json(strbuf *sb, const scenario *s, const shock *h)
{
	char d[11];
	strbuf_append(sb, "{\"kind\": ");
	report_json_string(sb, shock_kind_name(h->kind));
	switch (h->kind) {
	case SHOCK_COLD_SPELL:
	case SHOCK_DROUGHT:
		report_json_member(sb, ", ", "from");
		report_json_string(sb, report_fmt_date(h->from, d));
		report_json_member(sb, ", ", "days");
		strbuf_appendf(sb, "%d", h->days);
		if (h->kind == SHOCK_COLD_SPELL) {
			report_json_member(sb, ", ", "tmin_c");
			report_json_number(sb, h->tmin_c, 2);
			report_json_member(sb, ", ", "tmax_c");
			report_json_number(sb, h->tmax_c, 2);
		}
		break;
	case SHOCK_WARMING:
		report_json_member(sb, ", ", "delta_c");
		report_json_number(sb, h->delta_c, 2);
		break;
	case SHOCK_RAIN:
		report_json_member(sb, ", ", "factor");
		report_json_number(sb, h->factor, 4);
		break;
	case SHOCK_PRICE:
		report_json_member(sb, ", ", "crop");
		if (h->crop >= 0 && (size_t)h->crop < s->n_crops)
			report_json_string(sb, s->crops[h->crop].id);
		else
			strbuf_append(sb, "null");
		report_json_member(sb, ", ", "factor");
		report_json_number(sb, h->factor, 4);
		break;
	}
	strbuf_append(sb, "}");
}
