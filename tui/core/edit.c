/* edit.c - parse, check and apply values the user edits (ranges from sim/scenario/schema.h). */
#include "edit.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number_input.h"
#include "numfmt.h"
#include "schema.h"

bool edit_parse_number(lang l, const char *text, double *out)
{
	number_input r;
	if (number_input_parse(text, l, UNIT_DIM_NONE, 1.0, &r) != NUMIN_OK)
		return false;
	*out = r.value;
	return true;
}

/* Reads 1..4 digits at *p; advances. */
static bool read_int(const char **p, int max_digits, int *out)
{
	int v = 0, k = 0;
	while (k < max_digits && isdigit((unsigned char)**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	*out = v;
	return k > 0;
}

bool edit_parse_date(const char *text, vd_date season_start, vd_date *out)
{
	while (*text == ' ')
		text++;
	char buf[32];
	snprintf(buf, sizeof buf, "%s", text);
	size_t n = strlen(buf);
	while (n && buf[n - 1] == ' ')
		buf[--n] = 0;
	if (date_parse(buf, out))
		return true;
	const char *p = buf;
	int d, m, y;
	if (!read_int(&p, 2, &d) || (*p != '/' && *p != '.' && *p != '-'))
		return false;
	char sep = *p++;
	if (!read_int(&p, 2, &m))
		return false;
	if (*p == 0) {
		int sy, sm, sd;
		if (season_start == DATE_NONE)
			return false;
		date_to_ymd(season_start, &sy, &sm, &sd);
		y = sy;
		if (!date_ymd_valid(y, m, d) || date_from_ymd(y, m, d) < season_start)
			y = sy + 1;
	} else {
		if (*p++ != sep || !read_int(&p, 4, &y) || *p != 0)
			return false;
		if (y < 100)
			y += 2000;
	}
	if (!date_ymd_valid(y, m, d))
		return false;
	*out = date_from_ymd(y, m, d);
	return true;
}

char *edit_format_number(double v, int decimals, lang l, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	if (decimals < 0)
		decimals = 0;
	snprintf(buf, size, "%.*f", decimals, v);
	char *dot = strchr(buf, '.');
	if (dot) {
		size_t n = strlen(buf);
		while (n > 0 && buf[n - 1] == '0')
			buf[--n] = 0;
		if (n > 0 && buf[n - 1] == '.')
			buf[--n] = 0;
		else
			*dot = numfmt_decimal_mark(l);
	}
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, size, "0");
	return buf;
}

bool edit_range(const char *object, const char *key, double *min, double *max)
{
	const schema_field *f = schema_find(object, key);
	if (!f)
		return false;
	*min = f->min;
	*max = f->max;
	return true;
}

/* The shortest text of a range bound: up to 6 decimals, trailing zeros dropped, grouped. */
static char *bound_text(double v, lang l, char *buf, size_t size)
{
	int dec = 0;
	while (dec < 6 && fabs(v * pow(10, dec) - round(v * pow(10, dec))) > 1e-9)
		dec++;
	return numfmt_number(v, dec, l, buf, size);
}

bool edit_check_range_scaled(lang l, const char *object, const char *key, const char *label,
			     double v, double scale, char *err, size_t err_size)
{
	const schema_field *f = schema_find(object, key);
	if (!f) {
		snprintf(err, err_size, "%s: %s", label, tr(l, "cannot be edited here"));
		return false;
	}
	char msg[128];
	double sv = v * scale;
	if (schema_check_number(f, sv, msg, sizeof msg))
		return true;
	char lo[NUMFMT_MAX], hi[NUMFMT_MAX];
	bound_text(f->min / scale, l, lo, sizeof lo);
	bound_text(f->max / scale, l, hi, sizeof hi);
	/* Inside the range it failed for wholeness (stage days, tolerance days). */
	if (isfinite(sv) && sv >= f->min && sv <= f->max)
		snprintf(err, err_size, tr(l, "%s must be a whole number from %s to %s"), label, lo, hi);
	else
		snprintf(err, err_size, tr(l, "%s must be between %s and %s"), label, lo, hi);
	return false;
}

bool edit_check_range(lang l, const char *object, const char *key, const char *label, double v,
		      char *err, size_t err_size)
{
	return edit_check_range_scaled(l, object, key, label, v, 1.0, err, err_size);
}

bool edit_number_from_text_scaled(lang l, const char *text, const char *object, const char *key,
				  const char *label, double scale, double *out, char *err, size_t err_size)
{
	const schema_field *f = schema_find(object, key);
	number_input r;
	if (number_input_parse(text, l, f ? unit_dim_of(f->unit) : UNIT_DIM_NONE, scale, &r) != NUMIN_OK) {
		number_input_message(&r, l, label, text, err, err_size);
		return false;
	}
	if (!edit_check_range_scaled(l, object, key, label, r.value, scale, err, err_size))
		return false;
	edit_warn_plausible(l, object, key, label, r.value, scale, err, err_size);
	*out = r.value;
	return true;
}

bool edit_number_from_text(lang l, const char *text, const char *object, const char *key,
			   const char *label, double *out, char *err, size_t err_size)
{
	return edit_number_from_text_scaled(l, text, object, key, label, 1.0, out, err, err_size);
}

void edit_warn_plausible(lang l, const char *object, const char *key, const char *label,
			 double v, double scale, char *err, size_t err_size)
{
	const schema_field *f = schema_find(object, key);
	double hint;
	if (!f || schema_check_plausible(f, v * scale, &hint))
		return;
	char x[NUMFMT_MAX], lo[NUMFMT_MAX], hi[NUMFMT_MAX], h[NUMFMT_MAX];
	number_input_format(v, l, x, sizeof x);
	number_input_format(f->plaus_min / scale, l, lo, sizeof lo);
	number_input_format(f->plaus_max / scale, l, hi, sizeof hi);
	if (isnan(hint))
		snprintf(err, err_size, tr(l, "%s: %s is unusual (usually %s to %s); is it right?"),
			 label, x, lo, hi);
	else
		snprintf(err, err_size, tr(l, "%s: %s is unusual (usually %s to %s); did you mean %s?"),
			 label, x, lo, hi, number_input_format(hint / scale, l, h, sizeof h));
}

bool edit_date_from_text(lang l, const char *text, const scenario *s, const char *label,
			 vd_date *out, char *err, size_t err_size)
{
	if (!edit_parse_date(text, s->season_start, out)) {
		snprintf(err, err_size, tr(l, "%s: \"%s\" is not a date (DD/MM/YYYY or YYYY-MM-DD)"),
			 label, text);
		return false;
	}
	if (*out < s->season_start || *out > s->season_end) {
		char lo[NUMFMT_MAX], hi[NUMFMT_MAX];
		numfmt_date_long(s->season_start, l, lo, sizeof lo);
		numfmt_date_long(s->season_end, l, hi, sizeof hi);
		snprintf(err, err_size, tr(l, "%s must be between %s and %s"), label, lo, hi);
		return false;
	}
	return true;
}

double edit_step(const char *object, const char *key, double v, double step)
{
	double lo = -INFINITY, hi = INFINITY;
	edit_range(object, key, &lo, &hi);
	double nv = v + step;
	/* Round to the step's decimals (steps are 1, 0.5, 0.05, 10, 500, ...). */
	double unit = fabs(step);
	int dec = 0;
	while (dec < 6 && fabs(unit * pow(10, dec) - round(unit * pow(10, dec))) > 1e-9)
		dec++;
	double scale = pow(10, dec);
	nv = round(nv * scale) / scale;
	if (nv < lo)
		nv = lo;
	if (nv > hi)
		nv = hi;
	return nv;
}

unsigned edit_set_double(app *a, double *target, double v)
{
	if (*target == v)
		return CHANGED_NOTHING;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	*target = v;
	return app_end_edit(a);
}

unsigned edit_set_int(app *a, int *target, int v)
{
	if (*target == v)
		return CHANGED_NOTHING;
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	*target = v;
	return app_end_edit(a);
}
