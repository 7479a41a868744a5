/* film.h - the season as a film (p on the calendar screen): the season run once more with
 * a day callback, every plan item's stage and soil water kept for every day from the first
 * sowing to the last harvest, then shown day by day at an adjustable speed, with the cold
 * days counted as they pass. The frame for a day is a pure function (tested); the drawing
 * is tui/screens/screen_film.c. No curses. */
#ifndef VUDONG_FILM_H
#define VUDONG_FILM_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"

#define FILM_MAX_CROPS 16
#define FILM_MAX_ITEMS_SHOWN 40
#define FILM_SPEEDS 6            /* 1, 2, 4, 8, 16, 32 days a second */

/* Stage glyphs: not sown, the four FAO stages, harvested. */
enum { FILM_NOT_SOWN = -1, FILM_HARVESTED = 4 };

typedef struct film film;

/* Records the season of a's current state; NULL on out of memory or when it cannot run. */
film *film_create(const app *a);
void film_destroy(film *f);   /* NULL is a no-op */

typedef struct {
	const char *name;                 /* the crop's name */
	int n_items;
	signed char stage[FILM_MAX_ITEMS_SHOWN];   /* FILM_NOT_SOWN, 0..3, FILM_HARVESTED */
	double water;                     /* mean soil water of its growing items, 0 (wilting)
					   * to 1 (field capacity); NAN when none is growing */
	double area_growing_ha;
} film_crop_row;

typedef struct {
	vd_date date;
	int day, n_days;                  /* day index from 0, and how many */
	double tmin_c, tmax_c, tmean_c;
	int ret_dam, ret_hai, frost;      /* days so far with mean ≤ 15 °C, ≤ 13 °C, Tmin ≤ 0 °C */
	bool cold_today, frost_today;
	int n_crops;
	film_crop_row crops[FILM_MAX_CROPS];
} film_frame;

/* The frame of day `day` (clamped to the film). */
void film_frame_at(const film *f, int day, film_frame *out);
int film_days(const film *f);

/* The film's state in the app: shown, playing, day, speed. */
typedef struct film_state {
	film *f;
	unsigned long version;     /* the scenario version it was made from */
	bool shown, playing;
	double day;                /* fractional while playing */
	int speed;                 /* index: 1 << speed days a second */
	double last_ms;            /* the last advance */
} film_state;

/* p: shows the film (made again when the scenario changed) and plays or pauses it. */
unsigned film_toggle(film_state *fs, app *a, double now_ms);
/* > and <: faster, slower. */
unsigned film_speed(film_state *fs, int dir);
/* ← →: a day back or on (pauses). */
unsigned film_step(film_state *fs, int dir);
/* Esc or an edit: the calendar again. */
unsigned film_close(film_state *fs);
/* Moves the day on while playing; stops at the end. CHANGED_VIEW when the day changed. */
unsigned film_advance(film_state *fs, const app *a, double now_ms);

#endif
