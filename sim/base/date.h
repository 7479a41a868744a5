/* date.h - civil dates as day numbers (days since 1970-01-01, proleptic Gregorian). */
#ifndef VUDONG_DATE_H
#define VUDONG_DATE_H

#include <stdbool.h>

typedef int vd_date;            /* days since 1970-01-01 */
#define DATE_NONE (-2147483647 - 1)

vd_date date_from_ymd(int y, int m, int d);          /* no validation */
void date_to_ymd(vd_date t, int *y, int *m, int *d);
bool date_ymd_valid(int y, int m, int d);
/* Parses exactly "YYYY-MM-DD" (all of s). Returns false on bad form or a day that does not exist. */
bool date_parse(const char *s, vd_date *out);
/* "dd/mm/yyyy" (also d/m/yyyy), the way dates are written in Vietnam, a day that exists;
 * false otherwise. */
bool date_parse_dmy(const char *s, vd_date *out);
/* Writes "YYYY-MM-DD" (needs 11 bytes). Returns buf. */
char *date_format(vd_date t, char *buf);
int date_doy(vd_date t);       /* day of the year, 1..366 (FAO-56 J) */
int date_month(vd_date t);     /* 1..12 */
int date_days_in_month(int y, int m);

#endif
