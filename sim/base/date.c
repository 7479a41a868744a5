/* date.c - civil date arithmetic (Howard Hinnant's days-from-civil algorithm) and ISO dates. */
#include "date.h"

#include <stdio.h>
#include <string.h>

vd_date date_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_to_ymd(vd_date t, int *y, int *m, int *d)
{
	int z = t + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int dd = doy - (153 * mp + 2) / 5 + 1;
	int mm = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (mm <= 2);
	*m = mm;
	*d = dd;
}

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

bool date_ymd_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y, m);
}

static bool digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool date_parse(const char *s, vd_date *out)
{
	int y, m, d;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4, &y) ||
	    !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d) || !date_ymd_valid(y, m, d))
		return false;
	*out = date_from_ymd(y, m, d);
	return true;
}

char *date_format(vd_date t, char *buf)
{
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 100u, ud = (unsigned)d % 100u;
	snprintf(buf, 11, "%04u-%02u-%02u", uy, um, ud);
	return buf;
}

int date_doy(vd_date t)
{
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	return t - date_from_ymd(y, 1, 1) + 1;
}

int date_month(vd_date t)
{
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	return m;
}

/* Digits at *p (1 to max of them) as a number; -1 when there are none or too many. */
static int dmy_part(const char **p, int max)
{
	int v = 0, n = 0;
	while (**p >= '0' && **p <= '9' && n <= max) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n == 0 || n > max ? -1 : v;
}

bool date_parse_dmy(const char *s, vd_date *out)
{
	const char *p = s;
	int d = dmy_part(&p, 2);
	if (d < 0 || *p++ != '/')
		return false;
	int m = dmy_part(&p, 2);
	if (m < 0 || *p++ != '/')
		return false;
	const char *y0 = p;
	int y = dmy_part(&p, 4);
	if (y < 0 || p - y0 != 4 || *p || !date_ymd_valid(y, m, d))
		return false;
	*out = date_from_ymd(y, m, d);
	return true;
}
