/* next_season.c - next season's scenario text: outlook, scenario_next_make, the patched text
 * of this season's file, and a comment block at its top (next_season.h). */
#include "next_season.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_file.h"
#include "outlook.h"
#include "path.h"
#include "scenario_next.h"
#include "scenario_save.h"
#include "strbuf.h"

static void note_block(strbuf *sb, const scenario *s, const scenario *n, const outlook *o,
		       const scenario_next_note *note, bool whole)
{
	char a[11], b[11];
	strbuf_appendf(sb, "# Next season, made by `vudong scenario --next` from %s (\"%s\").\n",
		       s->path ? s->path : "<built-in>", s->name);
	strbuf_appendf(sb, "# Dates moved a year on: season %s", date_format(n->season_start, a));
	strbuf_appendf(sb, " to %s, sowing dates, land free windows, shocks.\n", date_format(n->season_end, b));
	if (note->economy_set) {
		strbuf_appendf(sb, "# economy.winter_crop_prev_bn_vnd: %.3f (was %.3f) = this season's winter-crop output\n"
			       "#   value at constant prices, the median of the outlook over %d %s seasons\n"
			       "#   (not the example season).\n",
			       note->winter_prev, note->winter_prev_was, o->seasons,
			       outlook_method_name(o->method));
		strbuf_appendf(sb, "# economy.district_output_prev_bn_vnd: %.3f (was %.3f) = the old figure grown by the\n"
			       "#   outlook's median district growth, %.2f %%. Both are marked as estimates: replace\n"
			       "#   them with the statistics office's figures when they are out.\n",
			       note->district_prev, note->district_prev_was, note->district_growth_pct);
	} else {
		strbuf_append(sb, "# The economy block was left as it was (the scenario has none, or no outlook).\n");
	}
	if (whole)
		strbuf_append(sb, "# Written whole (every key, no `extends:`): the changes could not be written into\n"
			      "#   the file's own text.\n");
	if (note->dropped_observed)
		strbuf_append(sb, "# weather.observed_to_date was removed: its days belong to last season.\n");
	strbuf_append(sb, "# To check before use: the plan (areas, crops, sowing dates), prices and costs,\n"
		      "#   the other sectors' shares and growth, the growth target, the shocks (last\n"
		      "#   season's what-ifs, moved a year on), the labour available, and the weather\n"
		      "#   source (a weather file's days do not move: it must hold the new season).\n");
}

char *next_season_text(const scenario *s, const scenario_source *src, const char *to_path,
		       size_t *len, diag_list *dl)
{
	outlook o;
	if (!outlook_run(s, 0, &o, dl))
		return NULL;
	scenario n;
	scenario_next_note note;
	if (!scenario_next_make(s, &o, &n, &note)) {
		diag_add(dl, DIAG_ERROR, NULL, 0, 0, "out of memory");
		return NULL;
	}
	size_t body_len = 0;
	char *body = NULL;
	if (src) {
		diag_list pdl;
		diag_list_init(&pdl);
		body = scenario_patch_text(&n, src, to_path ? to_path : src->name, &body_len, &pdl);
		diag_list_fini(&pdl);
	}
	bool whole = !body;
	if (!body)
		body = scenario_to_yaml(&n, &body_len, dl);
	char *out = NULL;
	if (body) {
		strbuf sb;
		strbuf_init(&sb);
		note_block(&sb, s, &n, &o, &note, whole);
		strbuf_append_n(&sb, body, body_len);
		out = strbuf_release(&sb, len);
		if (!out)
			diag_add(dl, DIAG_ERROR, NULL, 0, 0, "out of memory");
	}
	free(body);
	scenario_fini(&n);
	return out;
}

bool next_season_write(const scenario *s, const char *src_text, size_t src_len,
		       const char *src_path, const char *path, lang l, char *msg, size_t size)
{
	if (!*path) {
		snprintf(msg, size, "%s", tr(l, "No new season: no file name"));
		return false;
	}
	if (file_exists(path)) {
		snprintf(msg, size, tr(l, "%s exists: choose another name for the new season"), path);
		return false;
	}
	char *dir = src_path ? path_dir(src_path) : NULL;
	scenario_source src = { src_text, src_len, src_path ? src_path : "<built-in>",
				dir ? dir : "" };
	diag_list dl;
	diag_list_init(&dl);
	size_t len = 0;
	char *text = next_season_text(s, src_text && (dir || !src_path) ? &src : NULL, path, &len,
				      &dl);
	bool ok = text && atomic_write_file(path, text, len, false, &dl);
	const diag *d = diag_list_first_problem(&dl);
	char why[200] = "";
	if (!ok && d)
		diag_format_in(d, l, why, sizeof why);
	if (ok)
		snprintf(msg, size, tr(l, "Next season written to %s: dates a year on, this season's output as the baseline (open it with vudong %s)"),
			 path, path);
	else
		snprintf(msg, size, "%s: %s", tr(l, "No new season"), why);
	diag_list_fini(&dl);
	free(text);
	free(dir);
	return ok;
}
