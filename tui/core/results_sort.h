/* results_sort.h - the row order of the results screen (screen_results.c), exported so the
 * tests can check that `o` changes it. */
#ifndef VUDONG_RESULTS_SORT_H
#define VUDONG_RESULTS_SORT_H

#include "app.h"

/* Writes the plan-item rows (flat rows, see itemview.h) in the order the results screen
 * shows them under a->view[SCREEN_RESULTS].sort into rows[0..n); returns the count written
 * (0 when the season was not computed). */
int results_sorted_rows(const app *a, int *rows, int n);
/* The message id of the column the results are sorted by ("" for the scenario order). */
const char *results_sort_label(const app *a);

#endif
