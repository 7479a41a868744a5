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

unsigned study_scroll(int *top, action act, int n, int visible)
{
	int max_top = n - visible > 0 ? n - visible : 0;
	int page = visible > 1 ? visible - 1 : 1;
	int t = *top;
	switch (act) {
	case ACT_UP: t--; break;
	case ACT_DOWN: t++; break;
	case ACT_PAGE_UP: t -= page; break;
	case ACT_PAGE_DOWN: t += page; break;
	case ACT_HOME: t = 0; break;
	case ACT_END: t = max_top; break;
	default: return CHANGED_NOTHING;
	}
	*top = layout_clamp(t, 0, max_top);
	return CHANGED_VIEW;
}
