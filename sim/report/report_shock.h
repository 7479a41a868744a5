/* report_shock.h - the what-if shocks (DESIGN §3.9) as words for a report: one line of text
 * per shock in the report's language, a plain English line for CSV comments, and a JSON
 * object with the shock's own keys. Used by the ensemble report, which lists the shocks
 * applied in every season. */
#ifndef VUDONG_REPORT_SHOCK_H
#define VUDONG_REPORT_SHOCK_H

#include <stddef.h>

#include "i18n.h"
#include "scenario.h"
#include "strbuf.h"

/* The shocks the scenario applies (its enabled ones). */
size_t report_shock_count(const scenario *s);
/* "cold spell from 2021-01-08 for 7 days: Tmin 2.0 °C, Tmax 9.0 °C" and the like, translated
 * (LANG_EN for the CSV comment). Returns buf. */
char *report_shock_text(const scenario *s, const shock *h, lang l, char *buf, size_t size);
/* {"kind": "cold_spell", "from": "2021-01-08", "days": 7, "tmin_c": 2, "tmax_c": 9}: the
 * keys the shock has in the scenario file. */
void report_shock_json(strbuf *sb, const scenario *s, const shock *h);

#endif
