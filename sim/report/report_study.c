/* report_study.c - what the ensemble, sensitivity and compare reports share in text: the
 * title block, aligned label-value lines, headings and numbers that fit their column. */
#include "report_impl.h"

#include <stdio.h>

#include "textwidth.h"

#define WIDTH 80

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

char *report_text_num(double v, int dec, int cols, char *buf, size_t size)
{
	report_fmt_num(v, dec, buf, size);
	if (!buf[0]) {
		snprintf(buf, size, "-");
		return buf;
	}
	while (dec > 0 && text_width(buf) > cols)
		report_fmt_num(v, --dec, buf, size);
	return buf;
}
