/* numtext.h - a number as text with a chosen decimal mark and thousands separator (pure): the
 * one digit-grouping routine behind the reports (sim/report) and the interface's number
 * formats (tui/core/numfmt.c). Vietnamese 1.234,5; English 1,234.5 (the interface) or 1234.5
 * (the English reports, as before). */
#ifndef VUDONG_NUMTEXT_H
#define VUDONG_NUMTEXT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "i18n.h"

#define NUMTEXT_MAX 64           /* a buffer this big holds any result below */

/* |v| rounded to `decimals` (0..9) with `decimal` as the mark and `group` between thousands
 * (0 = no grouping), no sign. Returns true when every printed digit is 0. */
bool numtext_magnitude(double v, int decimals, char group, char decimal, char *buf,
		       size_t size);
/* v the same way with a '-' before a negative value that does not round to zero; "" when v
 * is not finite. Returns buf. */
char *numtext_number(double v, int decimals, char group, char decimal, char *buf, size_t size);
/* The marks a report in language l uses: Vietnamese '.' groups and ',' is the decimal mark;
 * English reports keep '.' and no grouping. */
char numtext_report_group(lang l);
char numtext_report_decimal(lang l);
/* numtext_number with the report marks of l. */
char *numtext_report(double v, int decimals, lang l, char *buf, size_t size);
/* snprintf for text a person reads in language l: the fixed-point conversions (%f, with
 * flags, width and precision) use the report marks of l (Vietnamese "%.1f" of 3645.5 gives
 * "3.645,5", "%+.2f" of 0.35 gives "+0,35"), %e and %g only the decimal mark; every other
 * conversion is printf's. Translated templates keep their printf conversions, so one template
 * serves both languages. Returns the length the whole text needed (like snprintf). */
int numtext_format(lang l, char *buf, size_t size, const char *fmt, ...);
int numtext_vformat(lang l, char *buf, size_t size, const char *fmt, va_list ap);

#endif
