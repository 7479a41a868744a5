/* shocks.c - the weather what-if overlays applied to the daily weather before ET0. */
#include "shocks.h"

#include <math.h>

bool shock_is_weather(shock_kind k)
{
	return k == SHOCK_COLD_SPELL || k == SHOCK_WARMING || k == SHOCK_RAIN || k == SHOCK_DROUGHT;
}

/* The shock's days from..from+days-1 clipped to the span, as indices [*lo, *hi). */
static bool span_of(const shock *sh, vd_date first, size_t n, size_t *lo, size_t *hi)
{
	if (sh->days <= 0 || sh->from == DATE_NONE)
		return false;
	long a = (long)sh->from - (long)first;
	long b = a + sh->days;
	if (a < 0)
		a = 0;
	if (b > (long)n)
		b = (long)n;
	if (a >= b)
		return false;
	*lo = (size_t)a;
	*hi = (size_t)b;
	return true;
}

void shocks_apply_weather(const shock *shocks, size_t n_shocks, vd_date first,
			  weather_obs *days, size_t n, unsigned char *cold_shocked)
{
	for (size_t i = 0; i < n; i++)
		cold_shocked[i] = 0;
	for (size_t k = 0; k < n_shocks; k++) {
		const shock *sh = &shocks[k];
		size_t lo, hi;
		if (!sh->enabled)
			continue;
		switch (sh->kind) {
		case SHOCK_COLD_SPELL:
			if (!span_of(sh, first, n, &lo, &hi))
				break;
			for (size_t i = lo; i < hi; i++) {
				days[i].tmin_c = fmin(days[i].tmin_c, sh->tmin_c);
				days[i].tmax_c = fmin(days[i].tmax_c, sh->tmax_c);
				cold_shocked[i] = 1;
			}
			break;
		case SHOCK_WARMING:
			for (size_t i = 0; i < n; i++) {
				days[i].tmin_c += sh->delta_c;
				days[i].tmax_c += sh->delta_c;
			}
			break;
		case SHOCK_RAIN:
			for (size_t i = 0; i < n; i++)
				days[i].rain_mm *= sh->factor;
			break;
		case SHOCK_DROUGHT:
			if (!span_of(sh, first, n, &lo, &hi))
				break;
			for (size_t i = lo; i < hi; i++)
				days[i].rain_mm = 0.0;
			break;
		case SHOCK_PRICE:
			break;
		}
	}
}
