/* outlook_text.h - the overview's outlook as words and numbers in the interface's style
 * (numfmt.h: "3.467", "13,5 %"), pure functions the tests call at 80 columns: the block's
 * title with the method and the provisional mark, a P10–P90 range, the verdict line (the
 * chance of meeting the growth target and the median growth, in place of "met / NOT met"),
 * and the title of single-season figures (one example season, with its weather sample or
 * year). No curses. */
#ifndef VUDONG_OUTLOOK_TEXT_H
#define VUDONG_OUTLOOK_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "i18n.h"
#include "outlook.h"
#include "scenario.h"

/* "Outlook: 200 generated seasons"; with `updating`, "updating… " first (so a cut title
 * keeps the mark). `seasons` and `m` say what is (being) run. */
char *outlook_text_title(int seasons, outlook_method m, bool updating, lang l, bool ascii,
			 char *buf, size_t size);
/* "3.082 – 3.685" with `decimals`; `sign` shows "+" on each end. */
char *outlook_text_range(double lo, double hi, int decimals, bool sign, lang l, bool ascii,
			 char *buf, size_t size);
/* "Target 13.5 %: met in 6 seasons in 10; median growth 13.52 %" ("Mục tiêu 13,5 %: khả năng
 * đạt 6 vụ trong 10; tăng trưởng trung vị 13,52 %"); "" without a
 * target. At most 78 display columns for any target and growth below 1000 % (80×24 with a
 * mark in front). */
char *outlook_text_verdict(const outlook *o, lang l, char *buf, size_t size);
/* The title of the single-season figures: "One example season, sample 2020" or "One example
 * season, 2020–2021" (observed weather). */
char *outlook_text_example(const scenario *s, lang l, char *buf, size_t size);

#endif
