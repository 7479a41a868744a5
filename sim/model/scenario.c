/* scenario.c - lifetime of the scenario model: init, fini, deep copy, lookups by id. */
#include "scenario.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void scenario_init(scenario *s)
{
	memset(s, 0, sizeof *s);
	s->season_start = s->season_end = DATE_NONE;
	s->weather.anemometer_height_m = 2.0;
	s->weather.krs = 0.16;
	s->weather.seed = 2020;
	s->weather.lapse_c_per_100m = 0.6;
	s->weather.station.elevation_m = NAN;
}

static void commune_fini(commune *c)
{
	free(c->land);
	free(c->plan);
}

void scenario_fini(scenario *s)
{
	if (!s)
		return;
	free(s->path);
	for (size_t i = 0; i < s->n_files; i++)
		free(s->files[i]);
	free(s->files);
	free(s->notes);
	free(s->weather.file);
	free(s->weather.file_resolved);
	free(s->weather.daily);
	free(s->weather.station.record);
	free(s->weather.station.record_resolved);
	free(s->weather.station.months);
	free(s->weather.observed_to_date);
	free(s->weather.observed_resolved);
	free(s->weather.observed);
	free(s->soils);
	free(s->crops);
	for (size_t i = 0; i < s->n_communes; i++)
		commune_fini(&s->communes[i]);
	free(s->communes);
	free(s->economy.other_sectors);
	free(s->shocks);
	scenario_init(s);
}

static bool dup_str(char **dst, const char *src)
{
	*dst = NULL;
	if (!src)
		return true;
	size_t n = strlen(src) + 1;
	*dst = malloc(n);
	if (!*dst)
		return false;
	memcpy(*dst, src, n);
	return true;
}

/* Copies n elements of size sz; an empty array copies to NULL. */
static bool dup_array(void *dst_ptr, const void *src, size_t n, size_t sz)
{
	void **dst = dst_ptr;
	*dst = NULL;
	if (n == 0)
		return true;
	*dst = malloc(n * sz);
	if (!*dst)
		return false;
	memcpy(*dst, src, n * sz);
	return true;
}

bool scenario_copy(scenario *dst, const scenario *src)
{
	*dst = *src;
	/* Clear every owned pointer first so a failure part-way can fini safely. */
	dst->path = NULL;
	dst->files = NULL;
	dst->n_files = 0;
	dst->notes = NULL;
	dst->weather.file = dst->weather.file_resolved = NULL;
	dst->weather.daily = NULL;
	dst->weather.station.record = dst->weather.station.record_resolved = NULL;
	dst->weather.station.months = NULL;
	dst->weather.observed_to_date = dst->weather.observed_resolved = NULL;
	dst->weather.observed = NULL;
	dst->soils = NULL;
	dst->crops = NULL;
	dst->communes = NULL;
	dst->n_communes = 0;
	dst->economy.other_sectors = NULL;
	dst->shocks = NULL;

	bool ok = dup_str(&dst->path, src->path) && dup_str(&dst->notes, src->notes) &&
		  dup_str(&dst->weather.file, src->weather.file) &&
		  dup_str(&dst->weather.file_resolved, src->weather.file_resolved) &&
		  dup_array(&dst->weather.daily, src->weather.daily, src->weather.n_daily,
			    sizeof *src->weather.daily) &&
		  dup_str(&dst->weather.station.record, src->weather.station.record) &&
		  dup_str(&dst->weather.station.record_resolved, src->weather.station.record_resolved) &&
		  dup_array(&dst->weather.station.months, src->weather.station.months,
			    src->weather.station.n_months, sizeof *src->weather.station.months) &&
		  dup_str(&dst->weather.observed_to_date, src->weather.observed_to_date) &&
		  dup_str(&dst->weather.observed_resolved, src->weather.observed_resolved) &&
		  dup_array(&dst->weather.observed, src->weather.observed, src->weather.n_observed,
			    sizeof *src->weather.observed) &&
		  dup_array(&dst->soils, src->soils, src->n_soils, sizeof *src->soils) &&
		  dup_array(&dst->crops, src->crops, src->n_crops, sizeof *src->crops) &&
		  dup_array(&dst->economy.other_sectors, src->economy.other_sectors,
			    src->economy.n_other_sectors, sizeof *src->economy.other_sectors) &&
		  dup_array(&dst->shocks, src->shocks, src->n_shocks, sizeof *src->shocks);
	if (ok && src->n_files) {
		dst->files = calloc(src->n_files, sizeof *dst->files);
		ok = dst->files != NULL;
		for (size_t i = 0; ok && i < src->n_files; i++) {
			ok = dup_str(&dst->files[i], src->files[i]);
			if (ok)
				dst->n_files = i + 1;
		}
	}
	if (ok && src->n_communes) {
		dst->communes = calloc(src->n_communes, sizeof *dst->communes);
		ok = dst->communes != NULL;
		for (size_t i = 0; ok && i < src->n_communes; i++) {
			commune *c = &dst->communes[i];
			*c = src->communes[i];
			c->land = NULL;
			c->plan = NULL;
			dst->n_communes = i + 1;
			ok = dup_array(&c->land, src->communes[i].land, c->n_land, sizeof *c->land) &&
			     dup_array(&c->plan, src->communes[i].plan, c->n_plan, sizeof *c->plan);
		}
	}
	if (!ok)
		scenario_fini(dst);
	return ok;
}

int scenario_find_crop(const scenario *s, const char *id)
{
	for (size_t i = 0; i < s->n_crops; i++)
		if (strcmp(s->crops[i].id, id) == 0)
			return (int)i;
	return -1;
}

int scenario_find_soil(const scenario *s, const char *id)
{
	for (size_t i = 0; i < s->n_soils; i++)
		if (strcmp(s->soils[i].id, id) == 0)
			return (int)i;
	return -1;
}

int scenario_find_commune(const scenario *s, const char *id)
{
	for (size_t i = 0; i < s->n_communes; i++)
		if (strcmp(s->communes[i].id, id) == 0)
			return (int)i;
	return -1;
}

int commune_find_land(const commune *c, const char *id)
{
	for (size_t i = 0; i < c->n_land; i++)
		if (strcmp(c->land[i].id, id) == 0)
			return (int)i;
	return -1;
}

void scenario_settle_ids(scenario *s)
{
	for (size_t i = 0; i < s->n_soils; i++)
		memcpy(s->soils[i].src_id, s->soils[i].id, SCN_ID_MAX);
	for (size_t i = 0; i < s->n_crops; i++)
		memcpy(s->crops[i].src_id, s->crops[i].id, SCN_ID_MAX);
	for (size_t i = 0; i < s->n_communes; i++) {
		commune *c = &s->communes[i];
		memcpy(c->src_id, c->id, SCN_ID_MAX);
		for (size_t j = 0; j < c->n_land; j++)
			memcpy(c->land[j].src_id, c->land[j].id, SCN_ID_MAX);
	}
}

const char *scenario_mark_file(const scenario *s, src_mark m)
{
	if (m.file >= 0 && (size_t)m.file < s->n_files)
		return s->files[m.file];
	return s->path ? s->path : "<built-in>";
}

const char *land_kind_name(land_kind k)
{
	return k == LAND_PADDY ? "paddy" : "upland";
}

const char *shock_kind_name(shock_kind k)
{
	static const char *const names[] = { "cold_spell", "warming", "rain", "drought", "price" };
	return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

const char *irrigation_mode_name(irrigation_mode m)
{
	static const char *const names[] = { "none", "auto", "schedule" };
	return (unsigned)m < sizeof names / sizeof names[0] ? names[m] : "?";
}

size_t scenario_plan_item_count(const scenario *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n_communes; i++)
		n += s->communes[i].n_plan;
	return n;
}
