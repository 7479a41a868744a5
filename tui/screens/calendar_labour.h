/* calendar_labour.h - the calendar screen's labour panel: one commune's labour by half-month
 * (sim/model/labour.h) against what it has, the shortfall in labour days and hectares, and
 * the half-months its rice is harvested (land free) and transplanted (land needed again). */
#ifndef VUDONG_CALENDAR_LABOUR_H
#define VUDONG_CALENDAR_LABOUR_H

#include "app.h"
#include "screen.h"

/* Draws commune `ci`'s half-months into area. */
void calendar_labour_draw(app *a, rect area, int ci);

#endif
