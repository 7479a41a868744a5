/* scenario_load_weather.c - the files a scenario's weather names: `weather.file` (daily CSV),
 * `weather.station.record` (a station's monthly record) and `weather.observed_to_date` (daily
 * CSV). Each path is resolved against the directory of the file that wrote it and read with
 * its size limit; the built-in scenario's record is the copy compiled into the program, which
 * also stands in for a `stations/NAME.csv` of the shipped records that is not next to the
 * scenario (a copy of the built-in saved elsewhere). Then the station's normals and
 * variability are derived (sim/model/station_climate.c). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "path.h"
#include "scenario_load.h"
#include "scenario_load_impl.h"
#include "station_climate.h"
#include "station_csv.h"
#include "text_file.h"
#include "weather_csv.h"

/* Adds path to the scenario's own file list too (the rows' marks point into it). */
static int add_weather_file(load_ctx *c, const char *path)
{
	int idx = load_add_file(c, path, "", "");
	char **files = idx >= 0 ? realloc(c->s->files, (size_t)(idx + 1) * sizeof *files) : NULL;
	if (!files)
		return -1;
	c->s->files = files;
	c->s->files[idx] = strdup(path);
	if (!c->s->files[idx])
		return -1;
	c->s->n_files = (size_t)idx + 1;
	return idx;
}

/* The path written at node n, resolved against its file's directory (*resolved) and as
 * relative to the first file's directory (*as_written). False on out of memory (reported). */
static bool resolve(load_ctx *c, const yt_node *n, const char *written, char **as_written,
		    char **resolved)
{
	const file_info *fi = &c->files[n->file];
	*resolved = path_join(fi->dir, written);
	*as_written = path_join(fi->rel_dir, written);
	if (!*resolved || !*as_written) {
		free(*resolved);
		free(*as_written);
		*resolved = *as_written = NULL;
		load_oom(c);
		return false;
	}
	return true;
}

/* Reads a daily weather CSV named at node n into *days; false when it could not be used. */
static bool read_daily_csv(load_ctx *c, const yt_node *n, const char *resolved, weather_obs **days,
			   size_t *count)
{
	char *text;
	size_t len;
	int e = text_file_read(resolved, WEATHER_CSV_MAX_BYTES, &text, &len);
	if (e) {
		load_error_at(c, n, "cannot read weather file '%s' (%s): %s", n->text, resolved,
			      e == EFBIG ? "larger than 16 MiB" : text_file_strerror(e));
		return false;
	}
	int idx = add_weather_file(c, resolved);
	if (idx < 0) {
		free(text);
		load_oom(c);
		return false;
	}
	/* A file with errors says so itself; the season checks would only repeat it. */
	bool ok = weather_csv_parse(resolved, idx, text, len, days, count, c->dl);
	free(text);
	return ok;
}

static void load_daily_file(load_ctx *c)
{
	weather_input *w = &c->s->weather;
	const yt_node *n = c->weather_file_node;
	if (w->source != WEATHER_FILE || !n || !w->file || c->budget.spent)
		return;
	char *resolved, *as_written;
	if (!resolve(c, n, w->file, &as_written, &resolved))
		return;
	free(w->file);
	w->file = as_written;
	free(w->file_resolved);
	w->file_resolved = resolved;
	const schema_field *f = schema_find("weather", "file");
	if (!read_daily_csv(c, n, resolved, &w->daily, &w->n_daily))
		load_record(c, (char *)w + f->offset, f, NULL, n, true);
}

static void load_observed_file(load_ctx *c)
{
	weather_input *w = &c->s->weather;
	const yt_node *n = c->observed_node;
	if (!n || !w->observed_to_date || c->budget.spent)
		return;
	char *resolved, *as_written;
	if (!resolve(c, n, w->observed_to_date, &as_written, &resolved))
		return;
	free(w->observed_to_date);
	w->observed_to_date = as_written;
	free(w->observed_resolved);
	w->observed_resolved = resolved;
	const schema_field *f = schema_find("weather", "observed_to_date");
	if (!read_daily_csv(c, n, resolved, &w->observed, &w->n_observed))
		load_record(c, (char *)w + f->offset, f, NULL, n, true);
}

/* The station record's text: the compiled-in copy for the built-in scenario, or when the
 * shipped record named is not on disk; else the file. *name is the name its rows are marked
 * with (malloc'd). Returns 0 or the read error. */
static int station_text(load_ctx *c, const char *written, const char *resolved, char **text,
			size_t *len, char **name)
{
	size_t blen;
	const char *builtin = scenario_builtin_station(written, &blen);
	int e = c->builtin && builtin ? ENOENT : text_file_read(resolved, STATION_CSV_MAX_BYTES,
									 text, len);
	if (e == ENOENT && builtin) {
		*text = malloc(blen + 1);
		*name = malloc(strlen("<built-in>/") + strlen(written) + 1);
		if (!*text || !*name) {
			free(*text);
			free(*name);
			return ENOMEM;
		}
		memcpy(*text, builtin, blen + 1);
		*len = blen;
		strcpy(*name, "<built-in>/");
		strcat(*name, written);
		return 0;
	}
	if (e)
		return e;
	*name = strdup(resolved);
	if (!*name) {
		free(*text);
		return ENOMEM;
	}
	return 0;
}

static void load_station_record(load_ctx *c)
{
	weather_input *w = &c->s->weather;
	weather_station *st = &w->station;
	const yt_node *n = c->station_record_node;
	if (w->source != WEATHER_STATION || !n || !st->record || c->budget.spent)
		return;
	const schema_field *f = schema_find("station", "record");
	char *resolved, *as_written;
	char *written = strdup(st->record);
	if (!written || !resolve(c, n, st->record, &as_written, &resolved)) {
		if (!written)
			load_oom(c);
		free(written);
		return;
	}
	free(st->record);
	st->record = as_written;
	char *text = NULL, *name = NULL;
	size_t len = 0;
	int e = station_text(c, written, resolved, &text, &len, &name);
	free(written);
	if (e) {
		load_error_at(c, n, "cannot read station record '%s' (%s): %s", n->text, resolved,
			      station_csv_read_error(e));
		load_record(c, (char *)st + f->offset, f, NULL, n, true);
		free(resolved);
		return;
	}
	free(resolved);
	free(st->record_resolved);
	st->record_resolved = name;
	int idx = add_weather_file(c, name);
	if (idx < 0) {
		free(text);
		load_oom(c);
		return;
	}
	if (!station_csv_parse(name, idx, text, len, &st->months, &st->n_months, c->dl))
		load_record(c, (char *)st + f->offset, f, NULL, n, true);
	free(text);
}

void load_weather_file(load_ctx *c)
{
	load_daily_file(c);
	load_station_record(c);
	load_observed_file(c);
	scenario_weather_derive(c->s, NULL);
}
