/* scenario_load_scalar.c - one YAML scalar into a typed value (DESIGN §4, §8): numbers
 * through the one checked parser and the schema's range, dates that exist, ids, bounded
 * text, booleans and enum choices with a "did you mean" hint. Each bad value is one error at
 * its file:line:col. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_load_impl.h"
#include "unit_words.h"

bool load_need(load_ctx *c, const schema_field *f, const yt_node *v, yt_kind kind,
	       const char *what)
{
	char d[64];
	if (v->poisoned)
		return false;
	if (v->kind != kind || (kind == YT_SCALAR && v->null)) {
		load_error_at(c, v, "'%s' must be %s, not %s", f->key, what, yt_describe(v, d, sizeof d));
		return false;
	}
	if (kind == YT_SCALAR && strlen(v->text) != v->len) {
		load_error_at(c, v, "'%s' must not contain a NUL character", f->key);
		return false;
	}
	return true;
}

/* Digits, then one ',' and digits: "1,5". The '.' form goes to *dot ("1.5"). */
static bool decimal_comma(const char *s, char *dot, size_t size)
{
	const char *comma = strchr(s, ',');
	if (!comma || comma == s || !comma[1] || strchr(comma + 1, ',') || strlen(s) >= size)
		return false;
	for (const char *p = s; *p; p++)
		if (p != comma && !(*p >= '0' && *p <= '9') && !(p == s && *p == '-'))
			return false;
	snprintf(dot, size, "%s", s);
	dot[comma - s] = '.';
	return true;
}

/* A number followed by a unit word ("12 sào", "180 tạ/ha"): the number's length, else 0. */
static size_t number_then_word(const char *s, size_t len, double *num)
{
	size_t i = 0;
	while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '-'))
		i++;
	if (i == 0 || i == len || schema_parse_number(s, i, num) != NUM_OK)
		return 0;
	return i;
}

/* A number that did not parse: name the common mistakes (a decimal comma, a unit written
 * with the number), else the plain message. */
void load_number_mistake(load_ctx *c, const schema_field *f, const yt_node *v, const char *what)
{
	char dot[64], conv[32], base[32];
	double num, factor;
	size_t n;
	if (decimal_comma(v->text, dot, sizeof dot)) {
		load_error_at(c, v, "'%s' must be %s, not '%.40s': a decimal comma; YAML numbers use a point: %s",
			      f->key, what, v->text, dot);
	} else if ((n = number_then_word(v->text, v->len, &num)) != 0) {
		const char *unit = v->text + n;
		while (*unit == ' ')
			unit++;
		unit_dim dim = unit_dim_of(f->unit);
		if (dim != UNIT_DIM_NONE && unit_words_read(unit, dim, &factor, NULL) == UNIT_OK)
			load_error_at(c, v, "'%s' is in %s: write the number alone (%.40s is %s)", f->key,
				      f->unit, v->text, (snprintf(conv, sizeof conv, "%.12g", num * factor), conv));
		else
			load_error_at(c, v, "'%s' is in %s: write the number alone, without '%.40s'", f->key,
				      *f->unit ? f->unit : schema_format_number(1, base), unit);
	} else {
		load_error_at(c, v, "'%s' must be %s, not '%.40s'", f->key, what, v->text);
	}
}

bool load_number(load_ctx *c, const schema_field *f, const yt_node *v, double *out)
{
	const char *what = (f->type == SF_INT || f->type == SF_SEED) ? "a whole number" : "a number";
	if (!load_need(c, f, v, YT_SCALAR, what))
		return false;
	if (!v->plain) {
		load_error_at(c, v, "'%s' must be %s, not the quoted text \"%.40s\"", f->key, what, v->text);
		return false;
	}
	double d;
	switch (schema_parse_number(v->text, v->len, &d)) {
	case NUM_OK:
		break;
	case NUM_NONFINITE:
		load_error_at(c, v, "'%s' must be a finite number, not '%.40s' (NaN and infinities are not allowed)",
			      f->key, v->text);
		return false;
	default:
		load_number_mistake(c, f, v, what);
		return false;
	}
	char msg[128];
	if (!schema_check_number(f, d, msg, sizeof msg)) {
		char lo[32], hi[32];
		if (strncmp(msg, "must be between", 15) == 0)
			load_error_at(c, v, "'%s' must be between %s and %s, not %s", f->key,
				      schema_format_number(f->min, lo), schema_format_number(f->max, hi), v->text);
		else
			load_error_at(c, v, "'%s' %s, not %s", f->key, msg, v->text);
		return false;
	}
	*out = d;
	return true;
}

static bool load_date(load_ctx *c, const schema_field *f, const yt_node *v, vd_date *out)
{
	if (!load_need(c, f, v, YT_SCALAR, "a date YYYY-MM-DD"))
		return false;
	if (date_parse(v->text, out))
		return true;
	int y, m, d;
	char tail;
	/* dd/mm/yyyy, the way dates are written in Vietnam (mm/dd is not used there). */
	if (v->plain && sscanf(v->text, "%2d/%2d/%4d%c", &d, &m, &y, &tail) == 3 && y >= 1000 &&
	    strlen(v->text) <= 10) {
		if (date_ymd_valid(y, m, d)) {
			*out = date_from_ymd(y, m, d);
			return true;
		}
		load_error_at(c, v, "'%s' is not a day that exists: %s (read as day/month/year)", f->key,
			      v->text);
		return false;
	}
	if (v->len == 10 && sscanf(v->text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
	    v->text[4] == '-' && v->text[7] == '-')
		load_error_at(c, v, "'%s' is not a day that exists: %s", f->key, v->text);
	else
		load_error_at(c, v, "'%s' must be a date YYYY-MM-DD, not '%.40s'", f->key, v->text);
	return false;
}

bool load_id(load_ctx *c, const schema_field *f, const yt_node *v)
{
	if (!load_need(c, f, v, YT_SCALAR, "an id"))
		return false;
	if (v->len == 0) {
		load_error_at(c, v, "'%s' must not be empty", f->key);
		return false;
	}
	if (v->len >= SCN_ID_MAX) {
		load_error_at(c, v, "'%s' is longer than %d characters", f->key, SCN_ID_MAX - 1);
		return false;
	}
	if (!schema_valid_id(v->text)) {
		load_error_at(c, v, "'%s' may only hold letters, digits, '-', '_' and '.', not '%.40s'",
			      f->key, v->text);
		return false;
	}
	return true;
}

static bool load_bool(load_ctx *c, const schema_field *f, const yt_node *v, bool *out)
{
	static const char *const words[2][3] = { { "false", "False", "FALSE" },
						 { "true", "True", "TRUE" } };
	if (!load_need(c, f, v, YT_SCALAR, "true or false"))
		return false;
	for (int b = 0; b < 2 && v->plain; b++)
		for (int i = 0; i < 3; i++)
			if (strcmp(v->text, words[b][i]) == 0) {
				*out = b;
				return true;
			}
	load_error_at(c, v, "'%s' must be true or false, not '%.40s'", f->key, v->text);
	return false;
}

/* "a, b or c" from "a|b|c". */
static void choices_text(const char *choices, char *buf, size_t size)
{
	char one[64];
	int count = 0;
	while (schema_choice(choices, count, one, sizeof one))
		count++;
	size_t n = 0;
	buf[0] = 0;
	for (int i = 0; i < count && n < size; i++) {
		schema_choice(choices, i, one, sizeof one);
		n += (size_t)snprintf(buf + n, size - n, "%s%s",
				      i == 0 ? "" : (i == count - 1 ? " or " : ", "), one);
	}
}

/* The choice nearest to s (edit distance at most 2) into buf; false when none is near. */
static bool choice_hint(const char *choices, const char *s, char *buf, size_t size)
{
	char one[64];
	int best_d = 3;
	for (int i = 0; schema_choice(choices, i, one, sizeof one); i++) {
		int d = schema_edit_distance(s, one, 2);
		if (d < best_d) {
			best_d = d;
			snprintf(buf, size, "%s", one);
		}
	}
	return best_d <= 2;
}

static bool load_enum(load_ctx *c, const schema_field *f, const yt_node *v, int *out)
{
	char list[160], hint[64];
	if (!load_need(c, f, v, YT_SCALAR, "a choice"))
		return false;
	int k = schema_choice_index(f->choices, v->text);
	if (k >= 0) {
		*out = k;
		return true;
	}
	choices_text(f->choices, list, sizeof list);
	if (choice_hint(f->choices, v->text, hint, sizeof hint))
		load_error_at(c, v, "'%s' must be %s, not '%.40s'; did you mean `%s`?", f->key, list,
			      v->text, hint);
	else
		load_error_at(c, v, "'%s' must be %s, not '%.40s'", f->key, list, v->text);
	return false;
}

/* Text into a buffer of f->size bytes; SF_FORMAT must also be the one supported format. */
static bool load_name(load_ctx *c, const schema_field *f, const yt_node *v, char *dst)
{
	if (!load_need(c, f, v, YT_SCALAR, "text"))
		return false;
	if (v->len >= f->size) {
		load_error_at(c, v, "'%s' is longer than %zu bytes", f->key, f->size - 1);
		return false;
	}
	if (f->type == SF_FORMAT && strcmp(v->text, "vudong/1") != 0) {
		load_error_at(c, v, "unsupported format '%.40s'; this program reads 'vudong/1'", v->text);
		return false;
	}
	memcpy(dst, v->text, v->len + 1);
	return true;
}

/* Text into an owned char * (replacing what was there). */
static bool load_text(load_ctx *c, const schema_field *f, const yt_node *v, char **dst)
{
	if (!load_need(c, f, v, YT_SCALAR, f->type == SF_PATH ? "a file name" : "text"))
		return false;
	char *t = strdup(v->text);
	if (!t) {
		load_oom(c);
		return false;
	}
	free(*dst);
	*dst = t;
	return true;
}

/* A span of years `A-B` (A ≤ B, each in f's range) or one year `A`, into int[2]. */
static bool load_years(load_ctx *c, const schema_field *f, const yt_node *v, int *dst)
{
	if (!load_need(c, f, v, YT_SCALAR, "a span of years A-B"))
		return false;
	int a, b, used = 0;
	char lo[32], hi[32];
	if (sscanf(v->text, "%5d-%5d%n", &a, &b, &used) == 2 && (size_t)used == v->len) {
		/* both given */
	} else if (sscanf(v->text, "%5d%n", &a, &used) == 1 && (size_t)used == v->len) {
		b = a;
	} else {
		load_error_at(c, v, "'%s' must be a span of years A-B (e.g. 1991-2015), not '%.40s'",
			      f->key, v->text);
		return false;
	}
	if (a < f->min || b > f->max || a > b) {
		load_error_at(c, v, "'%s' must be years from %s to %s, the first not after the last, not '%.40s'",
			      f->key, schema_format_number(f->min, lo), schema_format_number(f->max, hi), v->text);
		return false;
	}
	dst[0] = a;
	dst[1] = b;
	return true;
}

bool load_scalar(load_ctx *c, const schema_field *f, const yt_node *v, void *dst)
{
	double d;
	switch (f->type) {
	case SF_NUMBER:
		if (!load_number(c, f, v, &d))
			return false;
		*(double *)dst = d;
		return true;
	case SF_INT:
		if (!load_number(c, f, v, &d))
			return false;
		*(int *)dst = (int)d;
		return true;
	case SF_SEED:
		if (!load_number(c, f, v, &d))
			return false;
		*(unsigned long *)dst = (unsigned long)d;
		return true;
	case SF_BOOL:
		return load_bool(c, f, v, dst);
	case SF_DATE:
		return load_date(c, f, v, dst);
	case SF_ID:
		if (!load_id(c, f, v))
			return false;
		memcpy(dst, v->text, v->len + 1);
		return true;
	case SF_NAME:
	case SF_FORMAT:
		return load_name(c, f, v, dst);
	case SF_TEXT:
	case SF_PATH:
		return load_text(c, f, v, dst);
	case SF_ENUM:
		return load_enum(c, f, v, dst);
	case SF_YEARS:
		return load_years(c, f, v, dst);
	default:
		return false;
	}
}
