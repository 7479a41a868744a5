/* report_util_text.c - the pieces every plain-text report is made of: cells padded or cut to
 * display columns, text wrapped at a width, label-value lines, the title block and headings,
 * and numbers that fit their column. */
#include "report_util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textwidth.h"

#define WIDTH 80

void report_text_spaces(strbuf *sb, int n)
{
	for (int i = 0; i < n; i++)
		strbuf_append_char(sb, ' ');
}

void report_text_cell(strbuf *sb, const char *s, int cols, bool right)
{
	int w = text_width(s);
	if (w > cols) {
		int kept;
		size_t n = text_fit(s, cols - 1, &kept);
		strbuf_append_n(sb, s, n);
		strbuf_append(sb, "…");
		report_text_spaces(sb, cols - 1 - kept);
		return;
	}
	if (right)
		report_text_spaces(sb, cols - w);
	strbuf_append(sb, s);
	if (!right)
		report_text_spaces(sb, cols - w);
}

/* Appends s (no newline) from column `col`, breaking at spaces so no line passes `width`;
 * continuation lines start with `indent` spaces. A word longer than a line is cut. */
static void wrap_from(strbuf *sb, const char *s, int col, int indent, int width)
{
	const char *p = s;
	bool line_empty = true;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, " ");
		char word[512];
		size_t wl = len < sizeof word ? len : sizeof word - 1;
		memcpy(word, p, wl);
		word[wl] = 0;
		int ww = text_width(word);
		if (!line_empty && col + 1 + ww > width) {
			strbuf_append_char(sb, '\n');
			report_text_spaces(sb, indent);
			col = indent;
			line_empty = true;
		}
		if (!line_empty) {
			strbuf_append_char(sb, ' ');
			col++;
		}
		/* A word too long for any line is cut into pieces that fit. */
		const char *q = word;
		while (col + text_width(q) > width && width - col > 0) {
			int kept;
			size_t n = text_fit(q, width - col, &kept);
			if (n == 0)
				break;
			strbuf_append_n(sb, q, n);
			q += n;
			strbuf_append_char(sb, '\n');
			report_text_spaces(sb, indent);
			col = indent;
		}
		strbuf_append(sb, q);
		col += text_width(q);
		line_empty = false;
		p += len;
	}
}

void report_text_wrap(strbuf *sb, const char *s, int first_indent, int indent, int width)
{
	report_text_spaces(sb, first_indent);
	wrap_from(sb, s, first_indent, indent, width);
	strbuf_append_char(sb, '\n');
}

void report_text_kv(strbuf *sb, const char *label, const char *value, int lw)
{
	report_text_spaces(sb, 2);
	report_text_cell(sb, label, lw, false);
	strbuf_append_char(sb, ' ');
	wrap_from(sb, value, 2 + lw + 1, 2 + lw + 1, WIDTH);
	strbuf_append_char(sb, '\n');
}

void report_text_title(strbuf *sb, const char *title, const char *kind, const char *version,
		       lang l)
{
	int tw = text_width(title);
	report_text_wrap(sb, title, 0, 0, WIDTH);
	strbuf_append_repeat(sb, "=", (size_t)(tw < WIDTH ? tw : WIDTH));
	strbuf_append_char(sb, '\n');
	char line[512];
	snprintf(line, sizeof line, tr(l, "%s, vudong %s"), kind, version);
	report_text_wrap(sb, line, 0, 0, WIDTH);
}

void report_text_fields(strbuf *sb, const char *const *labels, const char *const *values,
			size_t n)
{
	int lw = 0;
	for (size_t i = 0; i < n; i++) {
		int w = text_width(labels[i]) + 1;
		if (w > lw)
			lw = w;
	}
	if (lw > 40)
		lw = 40;
	for (size_t i = 0; i < n; i++) {
		char lab[256];
		snprintf(lab, sizeof lab, "%s:", labels[i]);
		report_text_kv(sb, lab, values[i], lw);
	}
}

void report_text_heading(strbuf *sb, const char *title)
{
	strbuf_append_char(sb, '\n');
	report_text_wrap(sb, title, 0, 0, WIDTH);
	int tw = text_width(title);
	strbuf_append_repeat(sb, "-", (size_t)(tw < WIDTH ? tw : WIDTH));
	strbuf_append_char(sb, '\n');
}

char *report_text_num(double v, int dec, int cols, lang l, char *buf, size_t size)
{
	numtext_report(v, dec, l, buf, size);
	if (!buf[0]) {
		snprintf(buf, size, "-");
		return buf;
	}
	while (dec > 0 && text_width(buf) > cols)
		numtext_report(v, --dec, l, buf, size);
	return buf;
}

char *report_text_signed(double v, int dec, lang l, char *buf, size_t size)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "-");
		return buf;
	}
	char mag[NUMTEXT_MAX * 2];
	bool zero = numtext_magnitude(v, dec, numtext_report_group(l), numtext_report_decimal(l),
				      mag, sizeof mag);
	snprintf(buf, size, "%s%s", zero ? "" : v < 0 ? "-" : "+", mag);
	return buf;
}

char *report_text_date(vd_date t, lang l, char *buf)
{
	if (t == DATE_NONE) {
		buf[0] = 0;
		return buf;
	}
	if (l != LANG_VI)
		return report_fmt_date(t, buf);
	int y, m, d;
	date_to_ymd(t, &y, &m, &d);
	char tmp[40];
	snprintf(tmp, sizeof tmp, "%02d/%02d/%04d", d, m, y);
	memcpy(buf, tmp, 10);
	buf[10] = 0;
	return buf;
}

bool report_text_appendf(strbuf *sb, lang l, const char *fmt, ...)
{
	char line[2048];
	va_list ap;
	va_start(ap, fmt);
	int n = numtext_vformat(l, line, sizeof line, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof line) {
		char *big = malloc((size_t)n + 1);
		if (!big) {
			sb->oom = true;
			return false;
		}
		va_start(ap, fmt);
		numtext_vformat(l, big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		bool ok = strbuf_append(sb, big);
		free(big);
		return ok;
	}
	return strbuf_append(sb, line);
}
