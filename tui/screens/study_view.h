/* study_view.h - what the study screens (risk, sensitivity, compare) share in how they show
 * figures: one money unit per column (million or billion VND, chosen by the largest figure),
 * a figure in that unit, and the scroll of a list of rows under a cursor. */
#ifndef VUDONG_STUDY_VIEW_H
#define VUDONG_STUDY_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "i18n.h"
#include "screen.h"

typedef struct {
	double div;            /* million VND per shown unit: 1 or 1000 */
	int decimals;
	const char *unit;      /* message id: "million VND" or "billion VND" */
} money_unit;

/* Billions (2 decimals) when |largest| reaches 1,000 million VND, else millions (0). */
money_unit study_money_unit(double largest_mvnd);
/* v (million VND) in unit u: "20,68" / "20.68"; "--" for NaN. */
char *study_money(double v, const money_unit *u, lang l, char *buf, size_t size);

/* The first row shown of a list of n rows of which `visible` show, the cursor at `cursor`:
 * the cursor kept on screen, and the whole top (bottom) shown when it is on the first
 * (last) row it may rest on, so the headings above and the notes below come into view. */
int study_scroll_top(int top, int cursor, int first, int last, int visible, int n);

#endif
