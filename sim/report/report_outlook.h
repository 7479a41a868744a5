/* report_outlook.h - the outlook in words and in files (issue 12), shared by the season
 * report's writers and the interface: the block that opens the text report (a sentence with
 * the median, the P10–P90 range and the chance of meeting the growth target, then a small
 * table), the JSON `outlook` object, the label that marks single-season figures as one
 * example season (with its weather sample or year), the chance of an event as "6 seasons in
 * 10", and the list of economy figures the scenario marks as estimates. */
#ifndef VUDONG_REPORT_OUTLOOK_H
#define VUDONG_REPORT_OUTLOOK_H

#include <stddef.h>

#include "i18n.h"
#include "outlook.h"
#include "scenario.h"
#include "strbuf.h"
#include "weather.h"

/* The plural of a season for the method, translated: "seasons", "years", "winters". */
const char *report_outlook_unit(outlook_method m, lang l);
/* "In 200 generated seasons", "In 12 observed years (2005 to 2016)", translated. */
char *report_outlook_head(const outlook *o, lang l, char *buf, size_t size);
/* A chance as words: "6 seasons in 10", "every season", "no season", "more than 9 seasons
 * in 10", "fewer than 1 season in 10" (the unit of the method), "-" without one. */
char *report_outlook_odds(const outlook *o, double p, size_t k, lang l, char *buf, size_t size);
/* The opening sentence: head, median output, the P10–P90 range (8 in 10), and the chance of
 * meeting the target when there is one. Numbers with '.' (the report's style). */
char *report_outlook_sentence(const outlook *o, lang l, char *buf, size_t size);
/* What the single-season figures are: "one example season: generated weather, sample no.
 * 2020 (not an average year)" or "one example season: the observed weather of 2020-2021". */
char *report_example_season(const scenario *s, const weather_series *w, lang l, char *buf,
			    size_t size);
/* The economy keys the scenario marks as estimates, as translated names joined by ", ";
 * "" when none. */
char *report_estimates_list(const scenario *s, lang l, char *buf, size_t size);

/* The text report's outlook block (a heading, the sentence, the table, the estimates). */
void report_outlook_text(strbuf *sb, const scenario *s, const outlook *o, lang l);
/* The JSON value of `outlook` (null when o is NULL or holds no seasons), indented for the
 * season report's top level. */
void report_outlook_json(strbuf *sb, const outlook *o);
/* The JSON value of `example_season`: {"seed", "year", "description"}. */
void report_example_json(strbuf *sb, const scenario *s, const weather_series *w, lang l);

#endif
