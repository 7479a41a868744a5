/* plan_edit.h - the editing actions of the Plan screen on its selected plan item (the row
 * a->view[SCREEN_PLAN].row, the cell a->view[SCREEN_PLAN].col). Each returns the CHANGED_*
 * bits; none draws. */
#ifndef VUDONG_PLAN_EDIT_H
#define VUDONG_PLAN_EDIT_H

#include <stddef.h>

#include "app.h"
#include "itemview.h"

/* The selected plan item (NULL when the plan is empty); r, when not NULL, gets its place. */
plan_item *plan_edit_selected(app *a, item_ref *r);
/* + (dir 1) or - (dir -1) on the selected cell: steps a number or date, cycles the rest. */
unsigned plan_edit_step(app *a, int dir);
/* Space: the next land unit (col PC_LAND), crop (PC_CROP) or irrigation mode (any other). */
unsigned plan_edit_cycle(app *a, int col);
/* A copy of the selected item after it (or a first item in an empty plan). */
unsigned plan_edit_add(app *a);
unsigned plan_edit_delete(app *a);
/* Opens the prompt for the selected cell with its current value. */
unsigned plan_edit_open(app *a);
/* Applies what was typed in the prompt to the selected cell; on bad text writes why to err
 * and returns CHANGED_NOTHING. */
unsigned plan_edit_commit(app *a, const char *text, char *err, size_t size);

#endif
