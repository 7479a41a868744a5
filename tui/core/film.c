/* film.c - recording the season day by day for the film, the frame of a day, and the
 * play/pause/speed state. */
#include "film.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct film {
	vd_date first;
	int n_days;
	size_t n_items;
	size_t *item_base;          /* per commune: the global index of its first item */
	signed char *stage;         /* [item * n_days + day] */
	float *water;               /* 1 - Dr/TAW */
	const scenario *scn;        /* names (the app's current scenario) */
	int *item_crop;
	double *item_area;
	double *tmin, *tmax, *tmean;
};

typedef struct {
	film *f;
} rec_ctx;

static void on_day(void *ctx, const season_day *d)
{
	film *f = ((rec_ctx *)ctx)->f;
	if (!d->shown)
		return;
	long day = (long)d->date - (long)f->first;
	if (day < 0 || day >= f->n_days)
		return;
	size_t i = f->item_base[d->commune] + (size_t)d->item;
	if (i >= f->n_items)
		return;
	f->stage[i * (size_t)f->n_days + (size_t)day] = (signed char)d->stage;
	f->water[i * (size_t)f->n_days + (size_t)day] =
		d->taw_mm > 0 ? (float)(1.0 - d->dr_mm / d->taw_mm) : 1.0f;
}

/* The days from the first sowing to the last harvest (or the weather's end). */
static bool span(const app *a, vd_date *first, int *n)
{
	const season_result *r = &a->cur.result;
	vd_date lo = DATE_NONE, hi = DATE_NONE;
	for (size_t i = 0; i < r->n_items; i++) {
		const item_result *it = &r->items[i];
		vd_date end = it->harvest != DATE_NONE ? it->harvest
			      : a->cur.weather.first + (vd_date)a->cur.weather.n - 1;
		if (lo == DATE_NONE || it->sow < lo)
			lo = it->sow;
		if (hi == DATE_NONE || end > hi)
			hi = end;
	}
	if (lo == DATE_NONE || hi < lo)
		return false;
	*first = lo;
	*n = (int)(hi - lo) + 1;
	return true;
}

film *film_create(const app *a)
{
	if (!a->cur.ok)
		return NULL;
	film *f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->scn = &a->cur.scn;
	f->n_items = a->cur.result.n_items;
	if (!span(a, &f->first, &f->n_days) || f->n_items == 0) {
		free(f);
		return NULL;
	}
	size_t cells = f->n_items * (size_t)f->n_days;
	f->item_base = calloc(a->cur.scn.n_communes + 1, sizeof *f->item_base);
	f->stage = malloc(cells);
	f->water = malloc(cells * sizeof *f->water);
	f->item_crop = calloc(f->n_items, sizeof *f->item_crop);
	f->item_area = calloc(f->n_items, sizeof *f->item_area);
	f->tmin = calloc((size_t)f->n_days, sizeof *f->tmin);
	f->tmax = calloc((size_t)f->n_days, sizeof *f->tmax);
	f->tmean = calloc((size_t)f->n_days, sizeof *f->tmean);
	if (!f->item_base || !f->stage || !f->water || !f->item_crop || !f->item_area || !f->tmin ||
	    !f->tmax || !f->tmean) {
		film_destroy(f);
		return NULL;
	}
	for (size_t c = 0, k = 0; c < a->cur.scn.n_communes; c++) {
		f->item_base[c] = k;
		k += a->cur.scn.communes[c].n_plan;
	}
	for (size_t i = 0; i < f->n_items; i++) {
		const item_result *it = &a->cur.result.items[i];
		f->item_crop[i] = it->crop;
		f->item_area[i] = it->area_ha;
		for (int d = 0; d < f->n_days; d++) {
			vd_date t = f->first + d;
			f->stage[i * (size_t)f->n_days + (size_t)d] =
				t < it->sow ? FILM_NOT_SOWN : FILM_HARVESTED;
			f->water[i * (size_t)f->n_days + (size_t)d] = NAN;
		}
	}
	for (int d = 0; d < f->n_days; d++) {
		long w = (long)(f->first + d) - (long)a->cur.weather.first;
		if (w >= 0 && (size_t)w < a->cur.weather.n) {
			const weather_day *wd = &a->cur.weather.days[w];
			f->tmin[d] = wd->tmin_c;
			f->tmax[d] = wd->tmax_c;
			f->tmean[d] = wd->tmean_c;
		} else {
			f->tmin[d] = f->tmax[d] = f->tmean[d] = NAN;
		}
	}
	season_result r;
	season_result_init(&r);
	rec_ctx ctx = { f };
	bool ok = season_run(&a->cur.scn, &a->cur.weather, &r, on_day, &ctx);
	season_result_fini(&r);
	if (!ok) {
		film_destroy(f);
		return NULL;
	}
	return f;
}

void film_destroy(film *f)
{
	if (!f)
		return;
	free(f->item_base);
	free(f->stage);
	free(f->water);
	free(f->item_crop);
	free(f->item_area);
	free(f->tmin);
	free(f->tmax);
	free(f->tmean);
	free(f);
}

int film_days(const film *f)
{
	return f->n_days;
}

void film_frame_at(const film *f, int day, film_frame *out)
{
	memset(out, 0, sizeof *out);
	if (day < 0)
		day = 0;
	if (day >= f->n_days)
		day = f->n_days - 1;
	out->day = day;
	out->n_days = f->n_days;
	out->date = f->first + day;
	out->tmin_c = f->tmin[day];
	out->tmax_c = f->tmax[day];
	out->tmean_c = f->tmean[day];
	for (int d = 0; d <= day; d++) {
		out->ret_dam += f->tmean[d] <= 15.0;
		out->ret_hai += f->tmean[d] <= 13.0;
		out->frost += f->tmin[d] <= 0.0;
	}
	out->cold_today = f->tmean[day] <= 15.0;
	out->frost_today = f->tmin[day] <= 0.0;
	/* One row per crop with area, in the scenario's order. */
	int row_of[FILM_MAX_CROPS * 4];
	for (size_t c = 0; c < sizeof row_of / sizeof row_of[0]; c++)
		row_of[c] = -1;
	double water_sum[FILM_MAX_CROPS] = { 0 };
	int water_n[FILM_MAX_CROPS] = { 0 };
	for (size_t i = 0; i < f->n_items; i++) {
		int c = f->item_crop[i];
		if (c < 0 || (size_t)c >= f->scn->n_crops || (size_t)c >= sizeof row_of / sizeof row_of[0])
			continue;
		if (row_of[c] < 0) {
			if (out->n_crops >= FILM_MAX_CROPS)
				continue;
			row_of[c] = out->n_crops++;
			out->crops[row_of[c]].name = f->scn->crops[c].name;
		}
		film_crop_row *row = &out->crops[row_of[c]];
		signed char st = f->stage[i * (size_t)f->n_days + (size_t)day];
		if (row->n_items < FILM_MAX_ITEMS_SHOWN)
			row->stage[row->n_items++] = st;
		if (st >= 0 && st < FILM_HARVESTED) {
			row->area_growing_ha += f->item_area[i];
			float w = f->water[i * (size_t)f->n_days + (size_t)day];
			if (!isnan(w)) {
				water_sum[row_of[c]] += w;
				water_n[row_of[c]]++;
			}
		}
	}
	for (int r = 0; r < out->n_crops; r++)
		out->crops[r].water = water_n[r] ? water_sum[r] / water_n[r] : NAN;
}

unsigned film_toggle(film_state *fs, app *a, double now_ms)
{
	if (!fs->f || fs->version != a->version) {
		film_destroy(fs->f);
		fs->f = film_create(a);
		fs->version = a->version;
		fs->day = 0;
		if (!fs->f) {
			fs->shown = fs->playing = false;
			app_set_status(a, true, "%s", tr(a->lang, "No film: the season could not be computed"));
			return CHANGED_VIEW;
		}
	}
	if (!fs->shown) {
		fs->shown = true;
		fs->playing = true;
		if (fs->speed == 0)
			fs->speed = 3;   /* 8 days a second: a season in about 25 s */
	} else {
		fs->playing = !fs->playing;
	}
	if (fs->playing && fs->day >= film_days(fs->f) - 1)
		fs->day = 0;     /* from the start again */
	fs->last_ms = now_ms;
	return CHANGED_VIEW;
}

unsigned film_speed(film_state *fs, int dir)
{
	if (!fs->shown)
		return CHANGED_NOTHING;
	fs->speed += dir > 0 ? 1 : -1;
	if (fs->speed < 0)
		fs->speed = 0;
	if (fs->speed >= FILM_SPEEDS)
		fs->speed = FILM_SPEEDS - 1;
	return CHANGED_VIEW;
}

unsigned film_step(film_state *fs, int dir)
{
	if (!fs->shown || !fs->f)
		return CHANGED_NOTHING;
	fs->playing = false;
	fs->day = floor(fs->day) + (dir > 0 ? 1 : -1);
	if (fs->day < 0)
		fs->day = 0;
	if (fs->day > film_days(fs->f) - 1)
		fs->day = film_days(fs->f) - 1;
	return CHANGED_VIEW;
}

unsigned film_close(film_state *fs)
{
	if (!fs->shown)
		return CHANGED_NOTHING;
	fs->shown = fs->playing = false;
	return CHANGED_VIEW;
}

unsigned film_advance(film_state *fs, const app *a, double now_ms)
{
	if (!fs->shown)
		return CHANGED_NOTHING;
	if (fs->version != a->version)
		return film_close(fs);   /* an edit: the film is of an older plan */
	if (!fs->playing)
		return CHANGED_NOTHING;
	int before = (int)fs->day;
	fs->day += (now_ms - fs->last_ms) / 1000.0 * (double)(1 << fs->speed);
	fs->last_ms = now_ms;
	if (fs->day >= film_days(fs->f) - 1) {
		fs->day = film_days(fs->f) - 1;
		fs->playing = false;
	}
	return (int)fs->day != before || !fs->playing ? CHANGED_VIEW : CHANGED_NOTHING;
}
