/* overview_outlook.h - the outlook block at the top of the overview (issue 12): the median
 * and the P10–P90 range of output, value and growth contribution over the scenario's
 * seasons, and the verdict line (the chance of meeting the growth target and the median
 * growth). While the outlook of the current scenario is being recomputed the figures of the
 * version before are greyed under an "updating…" mark, never shown as current. */
#ifndef VUDONG_OVERVIEW_OUTLOOK_H
#define VUDONG_OVERVIEW_OUTLOOK_H

#include "app.h"
#include "screen.h"

/* The rows the block takes (a header, the figures, the verdict). */
int overview_outlook_height(const app *a);
/* Draws the block from row y of area; returns the rows used. */
int overview_outlook_draw(app *a, rect area, int y);

#endif
