/* form_switch.h - the form's two switches of a crop (issue 15): stage lengths in days or in
 * degree days, and one seasonal Ky or one Ky per stage. A switch converts the values so the
 * season stays what it was, writes the other key of the schema's exclusive group (the save
 * removes the old key and writes the new one), and is one undoable edit; the status line says
 * what was done, or why it was not. No curses. */
#ifndef VUDONG_FORM_SWITCH_H
#define VUDONG_FORM_SWITCH_H

#include "app.h"

/* Days -> degree days: each stage's degree days as the current season accumulated them for
 * crop ci (sown on the first plan item that grows it, on that commune's weather; with no such
 * item, sown on the plan's first sowing day, else the season's first day, on the reference
 * weather). Needs the crop's tbase_c. Degree days -> days: the days each stage took in that
 * same season. Refused (status says why) when the season has no weather or the crop does not
 * mature within it. Returns the CHANGED_* bits. */
unsigned form_switch_stages(app *a, int ci);

/* ky -> ky_stages: every stage takes the seasonal Ky. ky_stages -> ky: their mean weighted by
 * the stages' lengths in days (form_ky_season_mean). Returns the CHANGED_* bits. */
unsigned form_switch_ky(app *a, int ci);

/* Σ ky[i] len[i] / Σ len[i] over the four stages (FAO-33; FAO-56 ch. 10): the seasonal Ky a
 * stage-wise one stands for when water stress is spread over the season in proportion to
 * each stage's length. NAN when the lengths sum to 0. */
double form_ky_season_mean(const double ky[4], const double len[4]);

#endif
