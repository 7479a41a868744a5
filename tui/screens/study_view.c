/* study_view.c - money units for the study screens' columns, and their scrolling. */
#include "study_view.h"

#include <math.h>
#include <stdio.h>

#include "draw.h"
#include "layout.h"
#include "numfmt.h"
#include "theme.h"

money_unit study_money_unit(double largest_mvnd)
{
	if (isfinite(largest_mvnd) && fabs(largest_mvnd) >= 1000.0)
		return (money_unit){ 1000.0, 2, "billion VND" };
	return (money_unit){ 1.0, 0, "million VND" };
}

char *study_money(double v, const money_unit *u, lang l, char *buf, size_t size)
{
	return numfmt_number(v / u->div, u->decimals, l, buf, size);
}

int study_scroll_top(int top, int cursor, int first, int last, int visible, int n)
{
	if (cursor <= first)
		top = 0;
	else if (cursor >= last)
		top = n;
	return layout_scroll_top(top, cursor, visible, n);
}
