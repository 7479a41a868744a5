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

/* A number as typed: optional sign, digits, one decimal mark ('.' or ','), no grouping.
 * False on anything else (the scenario loader's parser decides what a number is). */
bool edit_parse_number(const char *text, double *out);
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

/* Parses text as a number and checks it (messages as above, or "not a number"). */
bool edit_number_from_text(lang l, const char *text, const char *object, const char *key,
			   const char *label, double *out, char *err, size_t err_size);

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
