/* scenario_load_weather.c - the weather file a scenario names (`weather: {file: ...}`):
 * its path resolved against the directory of the file that wrote it, read with the CSV size
 * limit and parsed into the scenario's daily observations. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "path.h"
#include "scenario_load_impl.h"
#include "text_file.h"
#include "weather_csv.h"

/* Adds path to the scenario's own file list too (the days' marks point into it). */
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

void load_weather_file(load_ctx *c)
{
	weather_input *w = &c->s->weather;
	const yt_node *n = c->weather_file_node;
	if (w->source != WEATHER_FILE || !n || !w->file || c->budget.spent)
		return;
	const file_info *fi = &c->files[n->file];
	char *resolved = path_join(fi->dir, w->file);
	char *as_written = path_join(fi->rel_dir, w->file);
	if (!resolved || !as_written) {
		free(resolved);
		free(as_written);
		load_oom(c);
		return;
	}
	free(w->file);
	w->file = as_written;
	free(w->file_resolved);
	w->file_resolved = resolved;
	const schema_field *f = schema_find("weather", "file");
	char *text;
	size_t len;
	int e = text_file_read(resolved, WEATHER_CSV_MAX_BYTES, &text, &len);
	if (e) {
		load_error_at(c, n, "cannot read weather file '%s' (%s): %s", n->text, resolved,
			      e == EFBIG ? "larger than 16 MiB" : text_file_strerror(e));
		load_record(c, (char *)w + f->offset, f, NULL, n, true);
		return;
	}
	int idx = add_weather_file(c, resolved);
	if (idx < 0) {
		free(text);
		load_oom(c);
		return;
	}
	/* A file with errors says so itself; the season checks would only repeat it. */
	if (!weather_csv_parse(resolved, idx, text, len, &w->daily, &w->n_daily, c->dl))
		load_record(c, (char *)w + f->offset, f, NULL, n, true);
	free(text);
}
