/* number_input.h - the one parser for numbers people type (every edit and prompt of the
 * interface), by language. Vietnamese: '.' groups thousands, ',' is the decimal mark
 * ("2.500" = 2500, "1.234,5" = 1234.5, "0,5"); English the reverse ("2,500", "1,234.5").
 * A unit may follow the number when the value has a dimension (sim/base/unit_words.h):
 * "12 sào", "3 ha", "180 tạ/ha", "5 nghìn", "2 triệu", "1,5 tỷ".
 *
 * Which inputs are refused rather than guessed:
 *  - ambiguous: exactly one group mark and the digits after it are not a group of three
 *    ("2.5", "2.50", "0.500", ".5" in Vietnamese; "2,5" in English): it reads as the other
 *    language's decimal (2.5) or as digits with a stray mark (25); both readings are shown.
 *  - the other language's marks: anything else not valid in the language but valid in the
 *    other ("1,234.5" or "1,234,567" in Vietnamese; "1.234,5" in English), with its reading.
 * A decimal mark followed by three digits is the language's decimal ("1,234" = 1.234 in
 * Vietnamese): the plausible ranges of the schema catch a price typed so.
 * Pure; no curses. Files never use it: YAML numbers keep '.' decimals. */
#ifndef VUDONG_NUMBER_INPUT_H
#define VUDONG_NUMBER_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "i18n.h"
#include "unit_words.h"

typedef enum {
	NUMIN_OK,
	NUMIN_SYNTAX,      /* not a number (also empty, NaN, too large) */
	NUMIN_AMBIGUOUS,   /* two readings: reading[0] and reading[1] */
	NUMIN_OTHER_LANG,  /* written with the other language's marks: reading[0] */
	NUMIN_BAD_UNIT,    /* a unit this value does not take, or no unit we know */
	NUMIN_WRONG_UNIT   /* a unit of another dimension (unit_found) */
} numin_status;

typedef struct {
	numin_status status;
	double value;          /* NUMIN_OK: in the field's units */
	double reading[2];     /* the readings, in the field's units */
	char unit[32];         /* the unit as typed (trimmed), "" when none */
	unit_dim dim;          /* the dimension asked for */
	unit_dim unit_found;   /* NUMIN_WRONG_UNIT: the dimension the unit belongs to */
} number_input;

/* Parses text in language l for a value of dimension dim whose plain number means `bare`
 * base units (1 for most; 1e6 for a cost typed in million VND, UNIT_SAO_HA for an area typed
 * in sào). The result is in those typed units: "2 triệu" for a cost in million is 2. */
numin_status number_input_parse(const char *text, lang l, unit_dim dim, double bare,
				number_input *out);

/* The translated message for a refused input: "<label>: "2.5" could mean 2,5 or 25: ...". */
char *number_input_message(const number_input *r, lang l, const char *label, const char *text,
			   char *buf, size_t size);

/* v in language l with as many decimals as it needs (at most 6), grouped: "2,5", "25.000". */
char *number_input_format(double v, lang l, char *buf, size_t size);

#endif
