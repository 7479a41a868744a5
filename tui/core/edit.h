/* edit.h - turning what a user typed or stepped into a checked change of the scenario, for
 * the editable screens: numbers with either decimal mark, dates in ISO or Vietnamese order,
 * the loader's ranges (sim/scenario/schema.h) with a translated message, and the undoable apply.
 * No curses. */
#ifndef VUDONG_EDIT_H
#define VUDONG_EDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "date.h"

/* A plain number as typed in language l (number_input.h: grouping and decimal marks of the
 * language, no unit). False on anything else, also an ambiguous "2.5" in Vietnamese. */
bool edit_parse_number(lang l, const char *text, double *out);
/* A date as typed: "2020-10-25", "25/10/2020", or "25/10" (the year that puts the day inside
 * the season from `season_start`, which spans at most a year). */
bool edit_parse_date(const char *text, vd_date season_start, vd_date *out);
/* The number as a prompt's initial text: the language's decimal mark, no grouping, at most
 * `decimals` decimals with trailing zeros dropped. */
char *edit_format_number(double v, int decimals, lang l, char *buf, size_t size);

/* Checks v against the range of the scenario key object.key (the same table the loader
 * uses). On failure writes "<label> must be between <min> and <max>" (translated, numbers in
 * the user's language) to err and returns false. */
bool edit_check_range(lang l, const char *object, const char *key, const char *label, double v,
		      char *err, size_t err_size);
/* The same for a value typed in other units than the scenario's: the scenario's value is
 * v * scale (a cost typed in million VND: scale 1e6); the message shows the range in the
 * typed units. */
bool edit_check_range_scaled(lang l, const char *object, const char *key, const char *label,
			     double v, double scale, char *err, size_t err_size);
/* The range of object.key (false when the key is unknown). */
bool edit_range(const char *object, const char *key, double *min, double *max);

/* Parses text as a number of object.key (number_input.h: the language's marks, and a unit
 * of the key's dimension: "12 sào" for an area) and checks its range (messages as above, or
 * the parser's: not a number, both readings of an ambiguous input, a unit that does not fit).
 * On success a value outside the key's plausible range leaves a warning in err (see
 * edit_warn_plausible) and still returns true. */
bool edit_number_from_text(lang l, const char *text, const char *object, const char *key,
			   const char *label, double *out, char *err, size_t err_size);
/* The same for a value typed in other units (scale as for edit_check_range_scaled): a plain
 * number is in those units, a number with a unit is converted to them. */
bool edit_number_from_text_scaled(lang l, const char *text, const char *object, const char *key,
				  const char *label, double scale, double *out, char *err,
				  size_t err_size);
/* Writes "<label>: 2,5 is unusual (usually 500 to 100.000); did you mean 2.500?" to err when
 * v (in units of `scale`) is outside object.key's plausible range; leaves err alone else. */
void edit_warn_plausible(lang l, const char *object, const char *key, const char *label,
			 double v, double scale, char *err, size_t err_size);

/* Parses text as a date (edit_parse_date) and checks that it falls inside the season of s.
 * On failure writes "<label>: "<text>" is not a date (…)" or "<label> must be between
 * <start> and <end>" (translated; label is already translated) to err and returns false. */
bool edit_date_from_text(lang l, const char *text, const scenario *s, const char *label,
			 vd_date *out, char *err, size_t err_size);

/* Steps v by `step` within the key's range: returns the new value (clamped), and rounds it
 * to the step's own decimals so repeated steps of 0.05 do not drift. */
double edit_step(const char *object, const char *key, double v, double step);

/* Sets *target to v as an undoable edit (begin, assign, end) when it differs; returns the
 * CHANGED_* bits (CHANGED_NOTHING when equal, or when the undo snapshot failed). */
unsigned edit_set_double(app *a, double *target, double v);
unsigned edit_set_int(app *a, int *target, int v);

#endif
