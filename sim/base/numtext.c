/* numtext.c - digit grouping and the decimal mark (pure; see numtext.h). */
#include "numtext.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

bool numtext_magnitude(double v, int decimals, char group, char decimal, char *buf,
		       size_t size)
{
	char raw[NUMTEXT_MAX];
	if (decimals < 0)
		decimals = 0;
	if (decimals > 9)
		decimals = 9;
	snprintf(raw, sizeof raw, "%.*f", decimals, fabs(v));
	bool zero = strspn(raw, "0.") == strlen(raw);

	const char *dot = strchr(raw, '.');
	size_t int_len = dot ? (size_t)(dot - raw) : strlen(raw);
	char tmp[NUMTEXT_MAX * 2];
	size_t o = 0;
	for (size_t i = 0; i < int_len && o + 2 < sizeof tmp; i++) {
		if (group && i > 0 && (int_len - i) % 3 == 0)
			tmp[o++] = group;
		tmp[o++] = raw[i];
	}
	if (dot) {
		tmp[o++] = decimal;
		for (const char *p = dot + 1; *p && o + 1 < sizeof tmp; p++)
			tmp[o++] = *p;
	}
	tmp[o] = 0;
	if (size)
		snprintf(buf, size, "%s", tmp);
	return zero;
}

char *numtext_number(double v, int decimals, char group, char decimal, char *buf, size_t size)
{
	if (size == 0)
		return buf;
	if (!isfinite(v)) {
		buf[0] = 0;
		return buf;
	}
	char mag[NUMTEXT_MAX * 2];
	bool zero = numtext_magnitude(v, decimals, group, decimal, mag, sizeof mag);
	snprintf(buf, size, "%s%s", (v < 0 && !zero) ? "-" : "", mag);
	return buf;
}

char numtext_report_group(lang l)
{
	return l == LANG_VI ? '.' : 0;
}

char numtext_report_decimal(lang l)
{
	return l == LANG_VI ? ',' : '.';
}

char *numtext_report(double v, int decimals, lang l, char *buf, size_t size)
{
	return numtext_number(v, decimals, numtext_report_group(l), numtext_report_decimal(l),
			      buf, size);
}

/* Rewrites the printf text `in` of one %f conversion ('.' mark, no grouping) with the report
 * marks of l, then pads it to `width` (left-justified when `left`). */
static void localise_fixed(const char *in, lang l, int width, bool left, char *out, size_t size)
{
	char tmp[NUMTEXT_MAX * 2];
	size_t o = 0;
	const char *p = in;
	while (*p == ' ')
		p++;
	while ((*p == '+' || *p == '-' || *p == ' ') && o + 1 < sizeof tmp)
		tmp[o++] = *p++;
	size_t int_len = strspn(p, "0123456789");
	for (size_t i = 0; i < int_len && o + 2 < sizeof tmp; i++) {
		if (numtext_report_group(l) && i > 0 && (int_len - i) % 3 == 0)
			tmp[o++] = numtext_report_group(l);
		tmp[o++] = p[i];
	}
	for (p += int_len; *p && o + 1 < sizeof tmp; p++)
		tmp[o++] = *p == '.' ? numtext_report_decimal(l) : *p;
	tmp[o] = 0;
	int pad = width - (int)o;
	if (pad < 0)
		pad = 0;
	snprintf(out, size, "%*s%s%*s", left ? 0 : pad, "", tmp, left ? pad : 0, "");
}

static void put_text(char *buf, size_t size, size_t *n, const char *s, size_t len)
{
	if (*n < size) {
		size_t room = size - *n - 1;
		memcpy(buf + *n, s, len < room ? len : room);
		buf[*n + (len < room ? len : room)] = 0;
	}
	*n += len;
}

/* One conversion: spec is "%...c" (with any '*' already replaced by numbers). */
static int one_conversion(lang l, const char *spec, char conv, const char *length,
			  va_list *ap, char *out, size_t size)
{
	switch (conv) {
	case 'd': case 'i':
		if (!strcmp(length, "l")) return snprintf(out, size, spec, va_arg(*ap, long));
		if (!strcmp(length, "ll")) return snprintf(out, size, spec, va_arg(*ap, long long));
		if (!strcmp(length, "z")) return snprintf(out, size, spec, va_arg(*ap, ptrdiff_t));
		if (!strcmp(length, "t")) return snprintf(out, size, spec, va_arg(*ap, ptrdiff_t));
		return snprintf(out, size, spec, va_arg(*ap, int));
	case 'u': case 'x': case 'X': case 'o':
		if (!strcmp(length, "l")) return snprintf(out, size, spec, va_arg(*ap, unsigned long));
		if (!strcmp(length, "ll")) return snprintf(out, size, spec, va_arg(*ap, unsigned long long));
		if (!strcmp(length, "z")) return snprintf(out, size, spec, va_arg(*ap, size_t));
		return snprintf(out, size, spec, va_arg(*ap, unsigned));
	case 'c':
		return snprintf(out, size, spec, va_arg(*ap, int));
	case 's':
		return snprintf(out, size, spec, va_arg(*ap, const char *));
	case 'p':
		return snprintf(out, size, spec, va_arg(*ap, void *));
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
		double v = va_arg(*ap, double);
		int n = snprintf(out, size, spec, v);
		if (numtext_report_decimal(l) == '.' || !isfinite(v))
			return n;
		if (conv == 'f' || conv == 'F') {
			/* the number without its width, then localised and padded again */
			char bare[32], raw[NUMTEXT_MAX];
			int width = 0;
			bool left = false;
			size_t b = 0;
			const char *q = spec + 1;
			while (strchr("-+ #0", *q) && b + 1 < sizeof bare) {
				left |= *q == '-';
				if (*q != '-' && *q != '0')
					bare[b++] = *q;
				q++;
			}
			while (*q >= '0' && *q <= '9')
				width = width * 10 + (*q++ - '0');
			bare[b] = 0;
			char spec2[112];
			snprintf(spec2, sizeof spec2, "%%%s%s", bare, q);
			snprintf(raw, sizeof raw, spec2, v);
			localise_fixed(raw, l, width, left, out, size);
		} else {
			for (char *c = out; *c; c++)
				if (*c == '.')
					*c = numtext_report_decimal(l);
		}
		return (int)strlen(out);
	}
	default:
		return snprintf(out, size, "%s", spec);
	}
}

int numtext_vformat(lang l, char *buf, size_t size, const char *fmt, va_list ap0)
{
	va_list ap;
	va_copy(ap, ap0);
	size_t n = 0;
	if (size)
		buf[0] = 0;
	for (const char *p = fmt; *p;) {
		if (*p != '%') {
			size_t run = strcspn(p, "%");
			put_text(buf, size, &n, p, run);
			p += run;
			continue;
		}
		if (p[1] == '%') {
			put_text(buf, size, &n, "%", 1);
			p += 2;
			continue;
		}
		/* %[flags][width][.precision][length]conv, '*' taken from the arguments */
		char spec[48], length[3] = "";
		size_t s = 0;
		spec[s++] = *p++;
		while (*p && strchr("-+ #0", *p) && s + 1 < sizeof spec)
			spec[s++] = *p++;
		for (int part = 0; part < 2; part++) {
			if (part == 1) {
				if (*p != '.')
					break;
				spec[s++] = *p++;
			}
			if (*p == '*') {
				s += (size_t)snprintf(spec + s, sizeof spec - s, "%d", va_arg(ap, int));
				p++;
			}
			while (*p >= '0' && *p <= '9' && s + 1 < sizeof spec)
				spec[s++] = *p++;
		}
		size_t nl = 0;
		while (*p && strchr("hlLzjt", *p) && nl < 2) {
			length[nl++] = *p;
			spec[s++] = *p++;
		}
		length[nl] = 0;
		if (!*p)
			break;
		char conv = *p++;
		spec[s++] = conv;
		spec[s] = 0;
		if (conv == 's' && s == 2) {
			/* a plain %s may be longer than any piece buffer: copied as it is */
			const char *str = va_arg(ap, const char *);
			str = str ? str : "(null)";
			put_text(buf, size, &n, str, strlen(str));
			continue;
		}
		char piece[1024];
		one_conversion(l, spec, conv, length, &ap, piece, sizeof piece);
		put_text(buf, size, &n, piece, strlen(piece));
	}
	va_end(ap);
	return (int)n;
}

int numtext_format(lang l, char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = numtext_vformat(l, buf, size, fmt, ap);
	va_end(ap);
	return n;
}
