/* scenario_save.c - the effective scenario back to YAML through libyaml's emitter, driven by
 * the schema table (every key, in table order, readable block style with short items in
 * flow style), the atomic save, and the FNV-1a hash of the text for report provenance. */
#include "scenario_save.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "atomic_file.h"
#include "hash.h"
#include "path.h"
#include "scenario_refs.h"
#include "schema.h"
#include "strbuf.h"

typedef struct {
	yaml_emitter_t em;
	const scenario *s;
	const commune *cur_commune;   /* for land references */
	bool failed;
} emit_ctx;

static int write_handler(void *data, unsigned char *bytes, size_t size)
{
	return strbuf_append_n(data, (const char *)bytes, size);
}

static void emit(emit_ctx *e, yaml_event_t *ev, int made)
{
	if (e->failed)
		return;
	if (!made || !yaml_emitter_emit(&e->em, ev))
		e->failed = true;
}

typedef enum { STYLE_PLAIN, STYLE_QUOTED } text_style;

static void scalar(emit_ctx *e, const char *text, text_style style)
{
	yaml_event_t ev;
	yaml_scalar_style_t st = style == STYLE_QUOTED ? YAML_DOUBLE_QUOTED_SCALAR_STYLE :
							YAML_PLAIN_SCALAR_STYLE;
	emit(e, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)text, (int)strlen(text),
						  1, 1, st));
}

static void number(emit_ctx *e, double v)
{
	char buf[32];
	scalar(e, schema_format_number(v, buf), STYLE_PLAIN);
}

static void map_start(emit_ctx *e, bool flow)
{
	yaml_event_t ev;
	emit(e, &ev, yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
		flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE));
}

static void map_end(emit_ctx *e)
{
	yaml_event_t ev;
	emit(e, &ev, yaml_mapping_end_event_initialize(&ev));
}

static void seq_start(emit_ctx *e, bool flow)
{
	yaml_event_t ev;
	emit(e, &ev, yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
		flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE));
}

static void seq_end(emit_ctx *e)
{
	yaml_event_t ev;
	emit(e, &ev, yaml_sequence_end_event_initialize(&ev));
}

/* An id is plain unless YAML would read it as null. */
static void id_scalar(emit_ctx *e, const char *id)
{
	bool nullish = !strcmp(id, "null") || !strcmp(id, "Null") || !strcmp(id, "NULL");
	scalar(e, id, nullish ? STYLE_QUOTED : STYLE_PLAIN);
}

/* Items of these lists are short enough for one flow line each. */
static bool flow_items(const char *object)
{
	static const char *const flow[] = { "normal", "daily", "soil", "land", "plan", "sector", "shock" };
	for (size_t i = 0; i < sizeof flow / sizeof flow[0]; i++)
		if (strcmp(flow[i], object) == 0)
			return true;
	return false;
}

static const char *ref_id(const emit_ctx *e, const schema_field *f, int idx)
{
	return idx < 0 ? NULL : scenario_ref_id(e->s, e->cur_commune, f->child, (size_t)idx);
}

static void emit_object(emit_ctx *e, const char *object, const void *base, bool flow);

static void emit_normals(emit_ctx *e, const weather_normal *n)
{
	/* In season order, starting with the month the season starts in. */
	int start = e->s->season_start != DATE_NONE ? date_month(e->s->season_start) : 1;
	seq_start(e, false);
	for (int k = 0; k < 12; k++) {
		const weather_normal *m = &n[(start - 1 + k) % 12];
		if (m->month)
			emit_object(e, "normal", m, true);
	}
	seq_end(e);
}

static void emit_list(emit_ctx *e, const schema_field *f, const void *base)
{
	const char *items = *(const char *const *)((const char *)base + f->offset);
	size_t n = *(const size_t *)((const char *)base + f->count_offset);
	bool flow = flow_items(f->child);
	if (n == 0) {
		seq_start(e, true);
		seq_end(e);
		return;
	}
	seq_start(e, false);
	for (size_t i = 0; i < n; i++) {
		const void *item = items + i * f->size;
		if (strcmp(f->child, "commune") == 0)
			e->cur_commune = item;
		emit_object(e, f->child, item, flow);
	}
	seq_end(e);
}

/* Whether field f of the struct at base is written. */
static bool field_written(const emit_ctx *e, const schema_field *f, const void *base, const char *kind)
{
	const char *p = (const char *)base + f->offset;
	if (f->flags & SFF_NOSAVE)
		return false;
	if (f->kinds && (!kind || !schema_kind_applies(f, kind)))
		return false;
	if (f->given && !f->given(base))
		return false;
	switch (f->type) {
	case SF_NUMBER:
		return !((f->flags & SFF_NAN) && isnan(*(const double *)p));
	case SF_DATE:
		return *(const vd_date *)p != DATE_NONE;
	case SF_ID:
	case SF_NAME:
		return p[0] || (f->flags & SFF_REQUIRED);
	case SF_TEXT:
		return *(const char *const *)p != NULL;
	case SF_PATH:
		return *(const char *const *)p != NULL;
	case SF_YEARS:
		return ((const int *)p)[0] != 0;
	case SF_REF:
		return ref_id(e, f, *(const int *)p) != NULL;
	case SF_LIST:
		return *(const size_t *)((const char *)base + f->count_offset) != 0 ||
		       (f->flags & SFF_REQUIRED);
	case SF_FLAGS:
		return *(const unsigned *)p != 0;
	default:
		return true;
	}
}

static void emit_field(emit_ctx *e, const schema_field *f, const void *base)
{
	const char *p = (const char *)base + f->offset;
	char buf[64];
	scalar(e, f->key, STYLE_PLAIN);
	switch (f->type) {
	case SF_NUMBER:
		number(e, *(const double *)p);
		break;
	case SF_INT:
		snprintf(buf, sizeof buf, "%d", *(const int *)p);
		scalar(e, buf, STYLE_PLAIN);
		break;
	case SF_SEED:
		snprintf(buf, sizeof buf, "%lu", *(const unsigned long *)p);
		scalar(e, buf, STYLE_PLAIN);
		break;
	case SF_BOOL:
		scalar(e, *(const bool *)p ? "true" : "false", STYLE_PLAIN);
		break;
	case SF_DATE:
		scalar(e, date_format(*(const vd_date *)p, buf), STYLE_PLAIN);
		break;
	case SF_ID:
		id_scalar(e, p);
		break;
	case SF_FORMAT:
		scalar(e, p, STYLE_PLAIN);
		break;
	case SF_NAME:
		scalar(e, p, STYLE_QUOTED);
		break;
	case SF_TEXT:
	case SF_PATH:
		scalar(e, *(const char *const *)p, STYLE_QUOTED);
		break;
	case SF_ENUM:
		if (!schema_choice(f->choices, *(const int *)p, buf, sizeof buf))
			snprintf(buf, sizeof buf, "?");
		scalar(e, buf, STYLE_PLAIN);
		break;
	case SF_REF:
		id_scalar(e, ref_id(e, f, *(const int *)p));
		break;
	case SF_FLAGS:
		seq_start(e, true);
		for (int i = 0; schema_choice(f->choices, i, buf, sizeof buf); i++)
			if (*(const unsigned *)p & (1u << i))
				scalar(e, buf, STYLE_PLAIN);
		seq_end(e);
		break;
	case SF_NUMBERS4:
	case SF_STAGES5:
		seq_start(e, true);
		for (int i = 0; i < (f->type == SF_STAGES5 ? COLD_STAGES : 4); i++)
			number(e, ((const double *)p)[i]);
		seq_end(e);
		break;
	case SF_OBJECT:
		emit_object(e, f->child, p, (f->flags & SFF_FLOW) != 0);
		break;
	case SF_LIST:
		emit_list(e, f, base);
		break;
	case SF_NORMALS:
		emit_normals(e, (const weather_normal *)p);
		break;
	case SF_YEARS:
		if (((const int *)p)[0] == ((const int *)p)[1])
			snprintf(buf, sizeof buf, "%d", ((const int *)p)[0]);
		else
			snprintf(buf, sizeof buf, "%d-%d", ((const int *)p)[0], ((const int *)p)[1]);
		scalar(e, buf, STYLE_PLAIN);
		break;
	case SF_IRRIGATION: {
		const irrigation *irr = (const irrigation *)p;
		if (irr->mode == IRRIGATION_SCHEDULE)
			emit_object(e, "irrigation", irr, true);
		else
			scalar(e, irrigation_mode_name(irr->mode), STYLE_PLAIN);
		break;
	}
	}
}

static void emit_object(emit_ctx *e, const char *object, const void *base, bool flow)
{
	const char *kind = NULL;
	if (strcmp(object, "shock") == 0)
		kind = shock_kind_name(((const shock *)base)->kind);
	map_start(e, flow);
	for (size_t i = 0; i < schema_n_fields; i++) {
		const schema_field *f = &schema_fields[i];
		if (strcmp(f->object, object) == 0 && field_written(e, f, base, kind))
			emit_field(e, f, base);
	}
	map_end(e);
}

/* libyaml escapes a tab in a double-quoted scalar as `\t`, doubling a file of tabs past the
 * size limit it loaded within; a literal tab is valid there and reads back the same. The
 * emitter's text holds no other double quotes outside double-quoted scalars (keys, ids,
 * numbers, dates and enums are plain), so a scan of quotes and escapes finds them. */
static void unescape_tabs(char *t, size_t *len)
{
	size_t o = 0;
	bool quoted = false;
	for (size_t i = 0; i < *len; i++) {
		char c = t[i];
		if (quoted && c == '\\' && i + 1 < *len) {
			if (t[i + 1] == 't') {
				t[o++] = '\t';
			} else {
				t[o++] = c;
				t[o++] = t[i + 1];
			}
			i++;
			continue;
		}
		if (c == '"')
			quoted = !quoted;
		t[o++] = c;
	}
	t[o] = 0;
	*len = o;
}

char *scenario_to_yaml(const scenario *s, size_t *len, diag_list *dl)
{
	emit_ctx e = { .s = s };
	strbuf o;
	strbuf_init(&o);
	if (!yaml_emitter_initialize(&e.em)) {
		diag_add(dl, DIAG_ERROR, s->path, 0, 0, "out of memory");
		return NULL;
	}
	yaml_emitter_set_output(&e.em, write_handler, &o);
	yaml_emitter_set_unicode(&e.em, 1);
	yaml_emitter_set_width(&e.em, 100);
	yaml_emitter_set_indent(&e.em, 2);
	yaml_event_t ev;
	emit(&e, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
	emit(&e, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
	emit_object(&e, "scenario", s, false);
	emit(&e, &ev, yaml_document_end_event_initialize(&ev, 1));
	emit(&e, &ev, yaml_stream_end_event_initialize(&ev));
	if (!e.failed && !yaml_emitter_flush(&e.em))
		e.failed = true;
	if (e.failed || o.oom) {
		const char *why = o.oom || e.em.error == YAML_MEMORY_ERROR ? "out of memory" :
				  e.em.problem ? e.em.problem : "emitter error";
		diag_add(dl, DIAG_ERROR, s->path, 0, 0, "cannot write the scenario as YAML: %s", why);
		yaml_emitter_delete(&e.em);
		strbuf_fini(&o);
		return NULL;
	}
	yaml_emitter_delete(&e.em);
	/* The emitter always writes at least the document's text. */
	size_t n = 0;
	char *yaml = strbuf_release(&o, &n);
	if (!yaml)
		diag_add(dl, DIAG_ERROR, s->path, 0, 0, "out of memory");
	else
		unescape_tabs(yaml, &n);
	if (len)
		*len = n;
	return yaml;
}

/* ---- saving ---- */

/* A path the scenario read from (resolved), written relative to dir; NULL when it is a copy
 * compiled into the program (its name as written stays) or on out of memory. */
static char *relative_to(const char *resolved, const char *dir)
{
	if (!resolved || !dir || strncmp(resolved, "<built-in>", 10) == 0)
		return NULL;
	return path_relative(resolved, dir);
}

bool scenario_save(const scenario *s, const char *path, bool overwrite, diag_list *dl)
{
	/* Shallow: only the paths of the weather's files may point elsewhere. */
	scenario t = *s;
	char *dir = path_dir(path);
	char *file = s->weather.source == WEATHER_FILE ? relative_to(s->weather.file_resolved, dir) : NULL;
	char *record = s->weather.source == WEATHER_STATION ?
		relative_to(s->weather.station.record_resolved, dir) : NULL;
	char *observed = relative_to(s->weather.observed_resolved, dir);
	free(dir);
	if (file)
		t.weather.file = file;
	if (record)
		t.weather.station.record = record;
	if (observed && s->weather.observed_to_date)
		t.weather.observed_to_date = observed;
	size_t len;
	char *yaml = scenario_to_yaml(&t, &len, dl);
	free(file);
	free(record);
	free(observed);
	if (!yaml)
		return false;
	bool ok = atomic_write_file(path, yaml, len, overwrite, dl);
	free(yaml);
	return ok;
}

uint64_t scenario_hash(const scenario *s)
{
	diag_list dl;
	diag_list_init(&dl);
	size_t len = 0;
	char *yaml = scenario_to_yaml(s, &len, &dl);
	diag_list_fini(&dl);
	uint64_t h = hash_fnv1a64(yaml, yaml ? len : 0);
	free(yaml);
	return h;
}
