/* number_input.c - numbers typed by people: the grammar of grouping and decimal marks per
 * language, the ambiguous and foreign forms, and the unit after the number. */
#include "number_input.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

#define DIGITS_MAX 40

/* Whether tok (digits and the marks g and d only) is a number with group mark g and decimal
 * mark d; the plain digits with '.' for the decimal go to out. */
static bool read_marked(const char *tok, char g, char d, char *out)
{
	const char *dec = strchr(tok, d);
	if (dec && strchr(dec + 1, d))
		return false;
	size_t int_len = dec ? (size_t)(dec - tok) : strlen(tok);
	size_t o = 0, group = 0, groups = 0;
	bool first_zero = false;
	for (size_t i = 0; i < int_len; i++) {
		if (tok[i] == g) {
			if (group == 0 || group > 3 || (groups > 0 && group != 3) || first_zero)
				return false;
			groups++;
			group = 0;
			continue;
		}
		if (groups == 0 && group == 0 && tok[i] == '0' && i + 1 < int_len && tok[i + 1] == g)
			first_zero = true;
		out[o++] = tok[i];
		group++;
	}
	if (groups > 0 && group != 3)
		return false;
	if (dec) {
		const char *f = dec + 1;
		if (!*f || strchr(f, g))
			return false;
		if (o == 0)
			out[o++] = '0';
		out[o++] = '.';
		while (*f)
			out[o++] = *f++;
	} else if (o == 0) {
		return false;
	}
	out[o] = 0;
	return true;
}

static bool to_double(const char *digits, bool negative, double *v)
{
	errno = 0;
	char *end;
	double x = strtod(digits, &end);
	if (*end || errno == ERANGE || !isfinite(x))
		return false;
	*v = negative ? -x : x;
	return true;
}

/* v * f rounded to 12 significant digits, so 12 sào is 0.432 ha and not 0.43199999999999994
 * (a unit's factor is rarely exact in binary; what people type never has 12 digits). */
static double scaled(double v, double f)
{
	if (f == 1.0)
		return v;
	char buf[40];
	snprintf(buf, sizeof buf, "%.12g", v * f);
	return strtod(buf, NULL);
}

/* Splits text into sign, the token of digits and marks, and the unit after it. */
static bool split(const char *text, bool *neg, char *tok, size_t tok_size, const char **unit)
{
	const char *p = text;
	while (*p == ' ')
		p++;
	*neg = false;
	if (*p == '-' || *p == '+') {
		*neg = *p == '-';
		p++;
	} else if (strncmp(p, "\xe2\x88\x92", 3) == 0) {   /* U+2212 MINUS SIGN */
		*neg = true;
		p += 3;
	}
	size_t n = 0;
	bool digit = false;
	while ((*p >= '0' && *p <= '9') || *p == '.' || *p == ',') {
		if (n + 1 >= tok_size)
			return false;
		digit |= *p >= '0' && *p <= '9';
		tok[n++] = *p++;
	}
	tok[n] = 0;
	*unit = p;
	return digit;
}

static void set_unit(number_input *r, const char *u)
{
	while (*u == ' ')
		u++;
	size_t n = strlen(u);
	while (n && u[n - 1] == ' ')
		n--;
	if (n >= sizeof r->unit)
		n = sizeof r->unit - 1;
	memcpy(r->unit, u, n);
	r->unit[n] = 0;
}

/* The factor from the typed unit to the field's units, or a status. */
static numin_status unit_factor(number_input *r, unit_dim dim, double bare, double *f)
{
	*f = 1.0;
	if (!r->unit[0])
		return NUMIN_OK;
	if (dim == UNIT_DIM_NONE)
		return NUMIN_BAD_UNIT;
	double base;
	switch (unit_words_read(r->unit, dim, &base, &r->unit_found)) {
	case UNIT_OK:
		*f = base / bare;
		return NUMIN_OK;
	case UNIT_OTHER_DIM:
		return NUMIN_WRONG_UNIT;
	default:
		return NUMIN_BAD_UNIT;
	}
}

/* Reads tok as the digits with the group mark taken for nothing ("2.5" -> 25). */
static bool read_joined(const char *tok, char *out)
{
	size_t o = 0;
	for (; *tok; tok++)
		if (*tok >= '0' && *tok <= '9')
			out[o++] = *tok;
	out[o] = 0;
	return o > 0;
}

static size_t count(const char *s, char c)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == c;
	return n;
}

numin_status number_input_parse(const char *text, lang l, unit_dim dim, double bare,
				number_input *r)
{
	memset(r, 0, sizeof *r);
	r->dim = dim;
	char tok[DIGITS_MAX], plain[DIGITS_MAX + 2], other[DIGITS_MAX + 2];
	const char *unit;
	bool neg;
	if (!text || !split(text, &neg, tok, sizeof tok, &unit))
		return r->status = NUMIN_SYNTAX;
	set_unit(r, unit);
	double f;
	numin_status us = unit_factor(r, dim, bare, &f);
	if (us != NUMIN_OK)
		return r->status = us;
	char g = numfmt_group_mark(l), d = numfmt_decimal_mark(l);
	double v, w;
	if (read_marked(tok, g, d, plain)) {
		if (!to_double(plain, neg, &v))
			return r->status = NUMIN_SYNTAX;
		r->value = scaled(v, f);
		return r->status = NUMIN_OK;
	}
	if (!read_marked(tok, d, g, other) || !to_double(other, neg, &v))
		return r->status = NUMIN_SYNTAX;
	r->reading[0] = scaled(v, f);
	if (count(tok, g) == 1 && count(tok, d) == 0 && read_joined(tok, plain) &&
	    to_double(plain, neg, &w)) {
		r->reading[1] = scaled(w, f);
		return r->status = NUMIN_AMBIGUOUS;
	}
	return r->status = NUMIN_OTHER_LANG;
}

char *number_input_format(double v, lang l, char *buf, size_t size)
{
	int dec = 0;
	while (dec < 6 && fabs(v * pow(10, dec) - round(v * pow(10, dec))) > 1e-9 * fmax(1, fabs(v)))
		dec++;
	return numfmt_number(v, dec, l, buf, size);
}

char *number_input_message(const number_input *r, lang l, const char *label, const char *text,
			   char *buf, size_t size)
{
	char a[NUMFMT_MAX], b[NUMFMT_MAX];
	switch (r->status) {
	case NUMIN_OK:
		buf[0] = 0;
		break;
	case NUMIN_AMBIGUOUS:
		number_input_format(r->reading[0], l, a, sizeof a);
		number_input_format(r->reading[1], l, b, sizeof b);
		snprintf(buf, size, tr(l, "%s: \"%s\" could mean %s or %s: type %s or %s ('.' is the decimal mark)"),
			 label, text, a, b, a, b);
		break;
	case NUMIN_OTHER_LANG:
		number_input_format(r->reading[0], l, a, sizeof a);
		snprintf(buf, size, tr(l, l == LANG_VI ?
					      "%s: \"%s\" is written the English way; type %s" :
					      "%s: \"%s\" is written the Vietnamese way; type %s"),
			 label, text, a);
		break;
	case NUMIN_BAD_UNIT:
		if (r->dim == UNIT_DIM_NONE)
			snprintf(buf, size, tr(l, "%s: \"%s\" takes a plain number, without a unit"), label, text);
		else
			snprintf(buf, size, tr(l, "%s: unknown unit \"%s\" (use %s)"), label, r->unit,
				 unit_dim_words(r->dim));
		break;
	case NUMIN_WRONG_UNIT:
		snprintf(buf, size, tr(l, "%s: \"%s\" is not a unit of this value (use %s)"), label, r->unit,
			 unit_dim_words(r->dim));
		break;
	default:
		snprintf(buf, size, tr(l, "%s: \"%s\" is not a number"), label, text);
		break;
	}
	return buf;
}
