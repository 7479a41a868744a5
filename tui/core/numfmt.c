/* numfmt.c - number formatting per language: grouping, decimal mark, signs, units (pure). */
#include "numfmt.h"

#include "numtext.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MINUS_SIGN "\xe2\x88\x92"   /* U+2212 */

char numfmt_decimal_mark(lang l)
{
	return l == LANG_VI ? ',' : '.';
}

char numfmt_group_mark(lang l)
{
	return l == LANG_VI ? '.' : ',';
}

const char *numfmt_na(void)
{
	return "--";
}

static char *copy_out(const char *s, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	snprintf(buf, size, "%s", s);
	return buf;
}

/* Formats |v| rounded to `decimals` with the language's marks into out (no sign), with the
 * grouping routine the reports use (sim/base/numtext.c). Sets *is_zero when every printed
 * digit is 0. */
static void format_magnitude(double v, int decimals, lang l, char *out, size_t size,
			     bool *is_zero)
{
	*is_zero = numtext_magnitude(v, decimals, numfmt_group_mark(l), numfmt_decimal_mark(l),
				     out, size);
}

char *numfmt_number(double v, int decimals, lang l, char *buf, size_t size)
{
	if (!isfinite(v))
		return copy_out(numfmt_na(), buf, size);
	char mag[NUMFMT_MAX * 2];
	bool zero;
	format_magnitude(v, decimals, l, mag, sizeof mag, &zero);
	if (size)
		snprintf(buf, size, "%s%s", (v < 0 && !zero) ? "-" : "", mag);
	return buf;
}

char *numfmt_signed(double v, int decimals, lang l, bool ascii, char *buf, size_t size)
{
	if (!isfinite(v))
		return copy_out(numfmt_na(), buf, size);
	char mag[NUMFMT_MAX * 2];
	bool zero;
	format_magnitude(v, decimals, l, mag, sizeof mag, &zero);
	const char *sign = zero ? "" : v < 0 ? (ascii ? "-" : MINUS_SIGN) : "+";
	if (size)
		snprintf(buf, size, "%s%s", sign, mag);
	return buf;
}

double numfmt_ha_to_sao(double ha)
{
	return ha * SAO_PER_HA;
}

double numfmt_t_ha_to_ta_ha(double t_ha)
{
	return t_ha * TA_HA_PER_T_HA;
}

bool numfmt_money_uses_billions(double mvnd)
{
	return isfinite(mvnd) && fabs(mvnd) >= 1000.0;
}

static const char *money_unit(double mvnd, lang l, bool long_unit)
{
	if (numfmt_money_uses_billions(mvnd))
		return long_unit ? tr(l, "billion VND") : tr(l, "billion");
	return long_unit ? tr(l, "million VND") : tr(l, "million");
}

static double money_scaled(double mvnd)
{
	return numfmt_money_uses_billions(mvnd) ? mvnd / 1000.0 : mvnd;
}

char *numfmt_money(double mvnd, int decimals, lang l, bool long_unit, char *buf, size_t size)
{
	if (!isfinite(mvnd))
		return copy_out(numfmt_na(), buf, size);
	char num[NUMFMT_MAX];
	numfmt_number(money_scaled(mvnd), decimals, l, num, sizeof num);
	if (size)
		snprintf(buf, size, "%s %s", num, money_unit(mvnd, l, long_unit));
	return buf;
}

char *numfmt_money_signed(double mvnd, int decimals, lang l, bool long_unit, bool ascii,
			  char *buf, size_t size)
{
	if (!isfinite(mvnd))
		return copy_out(numfmt_na(), buf, size);
	char num[NUMFMT_MAX];
	numfmt_signed(money_scaled(mvnd), decimals, l, ascii, num, sizeof num);
	if (size)
		snprintf(buf, size, "%s %s", num, money_unit(mvnd, l, long_unit));
	return buf;
}

char *numfmt_pp(double pp, int decimals, lang l, bool ascii, char *buf, size_t size)
{
	if (!isfinite(pp))
		return copy_out(numfmt_na(), buf, size);
	char num[NUMFMT_MAX];
	numfmt_signed(pp, decimals, l, ascii, num, sizeof num);
	if (size)
		snprintf(buf, size, "%s %s", num, tr(l, "pp"));
	return buf;
}

char *numfmt_pct(double pct, int decimals, lang l, char *buf, size_t size)
{
	if (!isfinite(pct))
		return copy_out(numfmt_na(), buf, size);
	char num[NUMFMT_MAX];
	numfmt_number(pct, decimals, l, num, sizeof num);
	if (size)
		snprintf(buf, size, "%s%%", num);
	return buf;
}

char *numfmt_delta(double v, int decimals, lang l, bool ascii, char *buf, size_t size)
{
	if (!isfinite(v))
		return copy_out(numfmt_na(), buf, size);
	char num[NUMFMT_MAX];
	numfmt_signed(v, decimals, l, ascii, num, sizeof num);
	bool zero = num[0] != '+' && num[0] != '-' && strncmp(num, MINUS_SIGN, 3) != 0;
	const char *arrow = zero ? "=" : ascii ? "" : v > 0 ? "\xe2\x96\xb2" : "\xe2\x96\xbc";  /* ▲ ▼ */
	if (size)
		snprintf(buf, size, "%s%s%s", arrow, *arrow ? " " : "", num);
	return buf;
}

static const char *const month_en[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};
static const char *const month_vi[12] = {
	"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"
};

const char *numfmt_month_short(int month, lang l)
{
	if (month < 1 || month > 12)
		return "?";
	return l == LANG_VI ? month_vi[month - 1] : month_en[month - 1];
}

char *numfmt_date_short(vd_date t, lang l, char *buf, size_t size)
{
	if (t == DATE_NONE)
		return copy_out(numfmt_na(), buf, size);
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	if (size) {
		if (l == LANG_VI)
			snprintf(buf, size, "%02d/%02d", d, m);
		else
			snprintf(buf, size, "%d %s", d, month_en[m - 1]);
	}
	return buf;
}

char *numfmt_date_long(vd_date t, lang l, char *buf, size_t size)
{
	if (t == DATE_NONE)
		return copy_out(numfmt_na(), buf, size);
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	if (size) {
		if (l == LANG_VI)
			snprintf(buf, size, "%02d/%02d/%04d", d, m, y);
		else
			snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
	}
	return buf;
}
