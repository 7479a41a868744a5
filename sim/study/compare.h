/* compare.h - two scenarios' season results side by side (`vudong compare A B`): the district
 * figures, and output and value by commune and by crop, matched by id, with the difference
 * B − A and the change in percent. A commune or crop that only one scenario has is kept,
 * with the other side missing (NaN). */
#ifndef VUDONG_COMPARE_H
#define VUDONG_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"
#include "season.h"

/* One figure of A and B. is_rate: a percentage or percentage points, whose change is only
 * the difference (change_pct is then NaN). */
typedef struct {
	const char *key;        /* column-style name: "output_t", "contribution_pp", ... */
	const char *label;      /* English label for tr() */
	const char *unit;       /* English unit for tr(): "ha", "tonnes", "mln VND", "%", "pp", "" */
	double a, b;
	int dec;                /* digits after the '.' in files */
	bool is_rate;
} compare_figure;

enum { COMPARE_DISTRICT_FIGURES = 11 };

typedef struct {
	char id[SCN_ID_MAX];
	char name[SCN_NAME_MAX];  /* B's name when only B has it, else A's */
	bool in_a, in_b;
	compare_figure area, output, value;   /* area_ha, output_t, value_mvnd */
} compare_row;

typedef struct {
	/* area_ha, output_t, value_mvnd, value_const_mvnd, cost_mvnd, profit_mvnd, labour_days,
	 * land_use_coefficient, winter_growth_pct, contribution_pp, district_growth_pct */
	compare_figure district[COMPARE_DISTRICT_FIGURES];
	bool a_has_economy, b_has_economy;
	compare_row *communes;    /* A's communes in order, then those only B has */
	size_t n_communes;
	compare_row *crops;       /* crops with plan items in A or B: A's order, then B's */
	size_t n_crops;
} compare_result;

void compare_result_init(compare_result *c);
void compare_result_fini(compare_result *c);   /* safe on an init'ed result; NULL is a no-op */

/* Fills c (initialised; what it held is replaced) from the two runs. False on out of memory. */
bool compare_build(const scenario *a, const season_result *ra, const scenario *b,
		   const season_result *rb, compare_result *c);

/* b − a (NaN when either is missing). */
double compare_diff(const compare_figure *f);
/* (b − a) / |a| × 100; NaN when either is missing, a is 0, or the figure is a rate. */
double compare_change_pct(const compare_figure *f);

#endif
