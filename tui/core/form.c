/* form.c - the rows of a form from the schema table, their values as text, the checked,
 * undoable changes of a value (typed, stepped, an id renamed), and opening and closing.
 * Adding and deleting parts: form_parts.c. */
#include "form.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edit.h"
#include "form_switch.h"
#include "layout.h"
#include "numfmt.h"
#include "scenario_check.h"

/* ---- rows ---- */

static bool shown_type(schema_type t)
{
	switch (t) {
	case SF_NUMBER: case SF_INT: case SF_DATE: case SF_NAME: case SF_ENUM: case SF_REF:
	case SF_NUMBERS4: case SF_STAGES5: case SF_ID: case SF_SEED:
		return true;
	default:
		return false;
	}
}

static void add_row(form_state *fs, const schema_field *f, int part, size_t off)
{
	if (fs->n_rows < FORM_ROWS_MAX)
		fs->rows[fs->n_rows++] = (form_row){ f, FORM_SW_NONE, part, off };
}

/* The switch of a crop's exclusive group, before the group's key that is given. */
static form_switch_kind switch_of(const schema_field *f)
{
	if (!f->group || strcmp(f->object, "crop") != 0)
		return FORM_SW_NONE;
	if (strcmp(f->group, "stage lengths") == 0)
		return FORM_SW_STAGES;
	return strcmp(f->group, "yield response") == 0 ? FORM_SW_KY : FORM_SW_NONE;
}

/* The keys of `object` whose struct is at base (+ off): in the schema's order, a mapping
 * (kc, frost) in place when it is given, one of an exclusive group only when it is the one
 * given (stages in days or in degree days). */
static void add_object(form_state *fs, const char *object, const void *base, size_t off, int part)
{
	for (size_t i = 0; i < schema_n_fields; i++) {
		const schema_field *f = &schema_fields[i];
		if (strcmp(f->object, object) != 0)
			continue;
		const char *obj = (const char *)base + off;
		if (f->type == SF_OBJECT && f->child) {
			if (!f->given || f->given(obj))
				add_object(fs, f->child, base, off + f->offset, part);
			continue;
		}
		if (!shown_type(f->type) || (f->type == SF_REF && strcmp(f->child, "soil") != 0))
			continue;
		if (f->group && f->given && !f->given(obj))
			continue;
		if (switch_of(f) != FORM_SW_NONE && fs->n_rows < FORM_ROWS_MAX)
			fs->rows[fs->n_rows++] = (form_row){ NULL, switch_of(f), part, off };
		add_row(fs, f, part, off);
	}
}

static const scenario *scn(const app *a)
{
	return &a->cur.scn;
}

void form_build(const app *a, form_state *fs)
{
	const scenario *s = scn(a);
	fs->n_rows = 0;
	switch (fs->kind) {
	case FORM_ECONOMY:
		add_object(fs, "economy", &s->economy, 0, -1);
		for (size_t i = 0; i < s->economy.n_other_sectors; i++) {
			add_row(fs, NULL, (int)i, 0);
			add_object(fs, "sector", &s->economy.other_sectors[i], 0, (int)i);
		}
		break;
	case FORM_COMMUNE: {
		if ((size_t)fs->index >= s->n_communes)
			fs->index = fs->back;   /* the copy it showed was undone */
		fs->index = layout_clamp(fs->index, 0, (int)s->n_communes - 1);
		if (s->n_communes == 0)
			break;
		const commune *c = &s->communes[fs->index];
		add_object(fs, "commune", c, 0, -1);
		for (size_t i = 0; i < c->n_land; i++) {
			add_row(fs, NULL, (int)i, 0);
			add_object(fs, "land", &c->land[i], 0, (int)i);
		}
		break;
	}
	case FORM_CROP:
		if ((size_t)fs->index >= s->n_crops)
			fs->index = fs->back;
		fs->index = layout_clamp(fs->index, 0, (int)s->n_crops - 1);
		if (s->n_crops > 0)
			add_object(fs, "crop", &s->crops[fs->index], 0, -1);
		break;
	case FORM_SOIL:
		if ((size_t)fs->index >= s->n_soils)
			fs->index = fs->back;
		fs->index = layout_clamp(fs->index, 0, (int)s->n_soils - 1);
		if (s->n_soils > 0)
			add_object(fs, "soil", &s->soils[fs->index], 0, -1);
		break;
	case FORM_SETTINGS:
		/* The weather's own keys, its generator's seed and a station's elevation; the
		 * source itself (file, daily rows, normals, station record) stays the file's. */
		add_row(fs, NULL, FORM_PART_SITE, 0);
		add_object(fs, "site", &s->site, 0, FORM_PART_SITE);
		add_row(fs, NULL, FORM_PART_SEASON, 0);
		add_object(fs, "season", s, 0, FORM_PART_SEASON);
		add_row(fs, NULL, FORM_PART_WEATHER, 0);
		add_object(fs, "weather", &s->weather, 0, FORM_PART_WEATHER);
		break;
	}
	fs->row = layout_clamp(fs->row, 0, fs->n_rows - 1);
}

/* The struct of the row's part in scenario s (the form's object, a land unit, a sector). */
static void *part_base(scenario *s, const form_state *fs, const form_row *r)
{
	switch (fs->kind) {
	case FORM_ECONOMY:
		if (r->part < 0)
			return &s->economy;
		return (size_t)r->part < s->economy.n_other_sectors ? &s->economy.other_sectors[r->part] : NULL;
	case FORM_COMMUNE:
		if (fs->index < 0 || (size_t)fs->index >= s->n_communes)
			return NULL;
		if (r->part < 0)
			return &s->communes[fs->index];
		return (size_t)r->part < s->communes[fs->index].n_land ? &s->communes[fs->index].land[r->part]
								       : NULL;
	case FORM_CROP:
		return fs->index >= 0 && (size_t)fs->index < s->n_crops ? &s->crops[fs->index] : NULL;
	case FORM_SOIL:
		return fs->index >= 0 && (size_t)fs->index < s->n_soils ? &s->soils[fs->index] : NULL;
	case FORM_SETTINGS:
		return r->part == FORM_PART_SITE ? (void *)&s->site
		       : r->part == FORM_PART_SEASON ? (void *)s : (void *)&s->weather;
	}
	return NULL;
}

/* The key's value in scenario s (NULL when the row is a heading or gone). */
static void *value_ptr(scenario *s, const form_state *fs, const form_row *r)
{
	char *base = part_base(s, fs, r);
	return base && r->f ? base + r->base_off + r->f->offset : NULL;
}

static bool given(scenario *s, const form_state *fs, const form_row *r)
{
	char *base = part_base(s, fs, r);
	return base && (!r->f->given || r->f->given(base + r->base_off));
}

/* ---- text ---- */

static int decimals_of(const schema_field *f)
{
	return f->type == SF_INT ? 0 : 3;
}

/* A number as the reader reads it: whole ones grouped (22.000 in Vietnamese), others as
 * typed. (A seed is a name, not an amount: never grouped.) */
static void number_shown(double v, lang l, char *buf, size_t size)
{
	if (v == floor(v) && fabs(v) < 1e15)
		numfmt_number(v, 0, l, buf, size);
	else
		edit_format_number(v, 3, l, buf, size);
}

char *form_value_text(const app *a, const form_state *fs, int r, lang l, char *buf, size_t size)
{
	scenario *s = (scenario *)scn(a);
	const form_row *row = &fs->rows[r];
	buf[0] = 0;
	if (row->sw != FORM_SW_NONE) {
		const crop *c = part_base(s, fs, row);
		if (c && row->sw == FORM_SW_STAGES)
			snprintf(buf, size, "%s", c->stages_unit == STAGES_IN_GDD ? tr(l, "degree days") : tr(l, "days"));
		else if (c)
			snprintf(buf, size, "%s", c->has_ky_stages ? tr(l, "by stage") : tr(l, "for the season"));
		return buf;
	}
	void *p = value_ptr(s, fs, row);
	if (!p)
		return buf;
	const schema_field *f = row->f;
	if (f->type == SF_STAGES5) {
		/* Not given: every stage weighs the default (cold_damage.c). */
		bool has = given(s, fs, row);
		size_t used = 0;
		for (int i = 0; i < COLD_STAGES && used < size; i++) {
			char n[NUMFMT_MAX];
			edit_format_number(has ? ((double *)p)[i] : f->def, 3, l, n, sizeof n);
			used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? " " : "", n);
		}
		return buf;
	}
	if (!given(s, fs, row)) {
		snprintf(buf, size, "%s", "—");
		return buf;
	}
	switch (f->type) {
	case SF_NUMBER: {
		double v = *(double *)p;
		if (isnan(v))
			snprintf(buf, size, "%s", "—");
		else if (v == floor(v))
			number_shown(v, l, buf, size);
		else
			edit_format_number(v, decimals_of(f), l, buf, size);
		break;
	}
	case SF_INT:
		number_shown(*(int *)p, l, buf, size);
		break;
	case SF_SEED:
		snprintf(buf, size, "%lu", *(unsigned long *)p);
		break;
	case SF_DATE:
		if (*(vd_date *)p == DATE_NONE)
			snprintf(buf, size, "%s", "—");
		else
			numfmt_date_long(*(vd_date *)p, l, buf, size);
		break;
	case SF_NAME:
	case SF_ID:
		snprintf(buf, size, "%s", (const char *)p);
		break;
	case SF_ENUM:
		schema_choice(f->choices, *(int *)p, buf, size);
		break;
	case SF_REF: {
		int k = *(int *)p;
		snprintf(buf, size, "%s", k >= 0 && (size_t)k < s->n_soils ? s->soils[k].id : "—");
		break;
	}
	case SF_NUMBERS4: {
		size_t used = 0;
		for (int i = 0; i < 4 && used < size; i++) {
			char n[NUMFMT_MAX];
			edit_format_number(((double *)p)[i], 3, l, n, sizeof n);
			used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? " " : "", n);
		}
		break;
	}
	default:
		break;
	}
	return buf;
}

const char *form_row_label(const app *a, const form_state *fs, int r, lang l, char *buf, size_t size)
{
	const form_row *row = &fs->rows[r];
	if (row->f)
		return tr(l, row->f->meaning);
	if (row->sw != FORM_SW_NONE)
		return row->sw == FORM_SW_STAGES ? tr(l, "Stage lengths in (Enter switches)")
						 : tr(l, "Yield response Ky (Enter switches)");
	const scenario *s = scn(a);
	if (fs->kind == FORM_SETTINGS) {
		static const char *const parts[] = { "Site", "Season", "Weather" };
		snprintf(buf, size, "%s", tr(l, parts[row->part]));
	} else if (fs->kind == FORM_COMMUNE) {
		const land_unit *lu = &s->communes[fs->index].land[row->part];
		snprintf(buf, size, tr(l, "Land unit %s:"), lu->id);
	} else {
		snprintf(buf, size, tr(l, "Sector: %s"), s->economy.other_sectors[row->part].name);
	}
	return buf;
}

bool form_row_is_heading(const form_row *row)
{
	return !row->f && row->sw == FORM_SW_NONE;
}

char *form_explain_text(const form_row *row, lang l, char *buf, size_t size)
{
	buf[0] = 0;
	if (row->sw == FORM_SW_STAGES) {
		snprintf(buf, size, "%s", tr(l, "stages_days or stages_gdd: Enter, + or - switches; the lengths are converted on this season's weather so the harvest stays"));
		return buf;
	}
	if (row->sw == FORM_SW_KY) {
		snprintf(buf, size, "%s", tr(l, "ky or ky_stages: Enter, + or - switches; one Ky becomes four equal ones, four become their mean weighted by the stages' days"));
		return buf;
	}
	const schema_field *f = row->f;
	if (!f)
		return buf;
	char range[64];
	form_range_text(row, l, range, sizeof range);
	snprintf(buf, size, "%s.%s%s%s%s%s: %s", f->object, f->key, f->unit[0] ? ", " : "",
		 f->unit[0] ? tr(l, f->unit) : "", range[0] ? ", " : "", range, tr(l, f->meaning));
	return buf;
}

char *form_range_text(const form_row *row, lang l, char *buf, size_t size)
{
	buf[0] = 0;
	const schema_field *f = row->f;
	if (!f || !(f->type == SF_NUMBER || f->type == SF_INT || f->type == SF_NUMBERS4 ||
		    f->type == SF_STAGES5 || f->type == SF_SEED))
		return buf;
	char lo[NUMFMT_MAX], hi[NUMFMT_MAX];
	number_shown(f->min, l, lo, sizeof lo);
	if (f->max >= 1e8 || f->type == SF_SEED)   /* no real bound (a seed: any whole number) */
		snprintf(hi, sizeof hi, "%s", "…");
	else
		number_shown(f->max, l, hi, sizeof hi);
	snprintf(buf, size, "%s–%s", lo, hi);
	return buf;
}

/* ---- changes ---- */

static form_state *state(app *a)
{
	return a->form;
}

const form_row *form_selected(app *a)
{
	form_state *fs = state(a);
	if (!fs)
		return NULL;
	form_build(a, fs);
	return fs->n_rows > 0 ? &fs->rows[fs->row] : NULL;
}

/* A parsed value for a row. */
typedef struct {
	double num;
	double list[COLD_STAGES];   /* SF_NUMBERS4 (the first four), SF_STAGES5 */
	int i;
	char text[SCN_NAME_MAX];
	bool clear;              /* an optional key left empty: not given */
} form_value;

static void assign(scenario *s, const form_state *fs, const form_row *r, const form_value *v)
{
	char *p = value_ptr(s, fs, r);
	const schema_field *f = r->f;
	if (!p)
		return;
	switch (f->type) {
	case SF_NUMBER: *(double *)p = v->clear ? NAN : v->num; break;
	case SF_INT: case SF_ENUM: case SF_REF: *(int *)p = v->i; break;
	case SF_SEED: *(unsigned long *)p = (unsigned long)v->num; break;
	case SF_DATE: *(vd_date *)p = v->clear ? DATE_NONE : v->i; break;
	case SF_NAME: case SF_ID: snprintf(p, f->size, "%s", v->text); break;
	case SF_NUMBERS4: memcpy(p, v->list, 4 * sizeof v->list[0]); break;
	case SF_STAGES5: memcpy(p, v->list, COLD_STAGES * sizeof v->list[0]); break;
	default: break;
	}
	if (f->set_given && !v->clear)
		f->set_given((char *)part_base(s, fs, r) + r->base_off);
}

/* Applies v to row r as one undoable edit when the scenario stays valid: the same checks as
 * the loader's (scenario_check) on a copy first; on an error, nothing changes and err says
 * why. */
static unsigned apply(app *a, const form_row *r, const form_value *v, char *err, size_t err_size)
{
	form_state *fs = state(a);
	scenario copy;
	if (!scenario_copy(&copy, &a->cur.scn)) {
		snprintf(err, err_size, "%s", tr(a->lang, "Out of memory: the edit was not made"));
		return CHANGED_NOTHING;
	}
	assign(&copy, fs, r, v);
	diag_list dl;
	diag_list_init(&dl);
	bool ok = scenario_check(&copy, &dl);
	scenario_fini(&copy);
	if (!ok) {
		for (size_t i = 0; i < dl.count; i++)
			if (dl.items[i].severity == DIAG_ERROR) {
				snprintf(err, err_size, "%s", diag_message(&dl.items[i], a->lang));
				break;
			}
		diag_list_fini(&dl);
		return CHANGED_NOTHING;
	}
	diag_list_fini(&dl);
	if (!app_begin_edit(a))
		return CHANGED_VIEW;
	assign(&a->cur.scn, fs, r, v);
	unsigned bits = app_end_edit(a);
	if (a->cur.ok) {
		char buf[200], val[SCN_NAME_MAX];
		form_build(a, fs);
		const char *label = form_row_label(a, fs, fs->row, a->lang, buf, sizeof buf);
		app_set_status(a, false, tr(a->lang, "%s = %s (u undoes)"), label,
			       form_value_text(a, fs, fs->row, a->lang, val, sizeof val));
	}
	return bits;
}

/* Enter, + or - on a switch row. */
static unsigned do_switch(app *a, const form_row *r)
{
	form_state *fs = state(a);
	return r->sw == FORM_SW_STAGES ? form_switch_stages(a, fs->index) : form_switch_ky(a, fs->index);
}

unsigned form_edit(app *a)
{
	const form_row *r = form_selected(a);
	if (r && r->sw != FORM_SW_NONE)
		return do_switch(a, r) | CHANGED_VIEW;
	if (!r || !r->f)
		return CHANGED_NOTHING;
	char buf[200], text[SCN_NAME_MAX], prompt[260];
	form_state *fs = state(a);
	const char *label = form_row_label(a, fs, fs->row, a->lang, buf, sizeof buf);
	form_value_text(a, fs, fs->row, a->lang, text, sizeof text);
	if (strcmp(text, "—") == 0)
		text[0] = 0;
	if (r->f->unit && r->f->unit[0])
		snprintf(prompt, sizeof prompt, "%s (%s):", label, tr(a->lang, r->f->unit));
	else
		snprintf(prompt, sizeof prompt, "%s:", label);
	app_open_prompt(a, PROMPT_EDIT, prompt, text);
	return CHANGED_VIEW;
}

static bool parse_choice(const app *a, const form_row *r, const char *text, int *out)
{
	if (r->f->type == SF_ENUM) {
		*out = schema_choice_index(r->f->choices, text);
		return *out >= 0;
	}
	*out = scenario_find_soil(scn(a), text);
	return *out >= 0;
}

/* Four numbers (stages) or five (cold stages) separated by spaces or ';', each checked
 * against the key's range. */
static bool parse_list(lang l, const schema_field *f, const char *text, const char *label, double *out,
		       char *err, size_t err_size)
{
	int want = f->type == SF_STAGES5 ? COLD_STAGES : 4, n = 0;
	char buf[256];
	snprintf(buf, sizeof buf, "%s", text);
	for (char *tok = strtok(buf, " ;\t"); tok; tok = strtok(NULL, " ;\t")) {
		if (n == want) {
			n++;
			break;
		}
		if (!edit_number_from_text(l, tok, f->object, f->key, label, &out[n], err, err_size))
			return false;
		n++;
	}
	if (n != want) {
		snprintf(err, err_size, want == 4 ? tr(l, "%s: give four numbers, one per stage")
						  : tr(l, "%s: give five numbers, one per cold stage"), label);
		return false;
	}
	return true;
}

/* The ids of the row's kind: crops, communes, or the land units of the form's commune. */
static bool id_taken(const app *a, const form_row *r, const char *id)
{
	const scenario *s = scn(a);
	const form_state *fs = a->form;
	if (fs->kind == FORM_CROP)
		return scenario_find_crop(s, id) >= 0;
	if (fs->kind == FORM_SOIL)
		return scenario_find_soil(s, id) >= 0;
	if (r->part < 0)
		return scenario_find_commune(s, id) >= 0;
	return commune_find_land(&s->communes[fs->index], id) >= 0;
}

/* The schema's rule for ids (the loader's), and unique among its kind. */
static bool check_id(const app *a, const form_row *r, const char *text, const char *label, char *err,
		     size_t err_size)
{
	lang l = a->lang;
	char now[SCN_ID_MAX];
	form_value_text(a, a->form, a->form->row, l, now, sizeof now);
	if (!text[0] || strlen(text) >= SCN_ID_MAX || !schema_valid_id(text)) {
		snprintf(err, err_size, tr(l, "%s: an id of 1 to %d letters, digits, '-', '_' or '.'"), label,
			 SCN_ID_MAX - 1);
		return false;
	}
	if (strcmp(now, text) != 0 && id_taken(a, r, text)) {
		snprintf(err, err_size, tr(l, "%s: \"%s\" is taken"), label, text);
		return false;
	}
	return true;
}

/* A new id as one undoable edit; what refers to it holds its index and follows. */
static unsigned rename_id(app *a, const form_row *r, const form_value *v, char *err, size_t err_size)
{
	char old[SCN_ID_MAX];
	form_value_text(a, a->form, a->form->row, a->lang, old, sizeof old);
	if (strcmp(old, v->text) == 0)
		return CHANGED_NOTHING;
	unsigned bits = apply(a, r, v, err, err_size);
	if ((bits & CHANGED_SCENARIO) && a->form->kind == FORM_SOIL)
		app_set_status(a, false, tr(a->lang, "Renamed %s to %s; the land units follow (u undoes)"), old,
			       v->text);
	else if (bits & CHANGED_SCENARIO)
		app_set_status(a, false, tr(a->lang, "Renamed %s to %s; the plan, land and shocks follow (u undoes)"), old,
			       v->text);
	return bits;
}

unsigned form_commit(app *a, const char *text, char *err, size_t err_size)
{
	const form_row *r = form_selected(a);
	if (!r || !r->f)
		return CHANGED_NOTHING;
	lang l = a->lang;
	const schema_field *f = r->f;
	const char *label = tr(l, f->meaning);
	form_value v;
	memset(&v, 0, sizeof v);
	bool optional = (f->flags & SFF_NAN) || (f->type == SF_DATE && !(f->flags & SFF_REQUIRED));
	if (!text[0] && optional) {
		v.clear = true;
		return apply(a, r, &v, err, err_size);
	}
	switch (f->type) {
	case SF_NUMBER:
	case SF_INT:
	case SF_SEED:
		if (!edit_number_from_text(l, text, f->object, f->key, label, &v.num, err, err_size))
			return CHANGED_NOTHING;
		v.i = (int)v.num;
		break;
	case SF_DATE: {
		/* The season's own dates may leave the season; the check then says what they
		 * break (a sowing date outside it, weather that does not cover it). */
		vd_date t;
		if (strcmp(f->object, "season") == 0 && !edit_parse_date(text, scn(a)->season_start, &t)) {
			snprintf(err, err_size, tr(l, "%s: \"%s\" is not a date (DD/MM/YYYY or YYYY-MM-DD)"), label, text);
			return CHANGED_NOTHING;
		}
		if (strcmp(f->object, "season") != 0 &&
		    !edit_date_from_text(l, text, scn(a), label, &t, err, err_size))
			return CHANGED_NOTHING;
		v.i = t;
		break;
	}
	case SF_NAME:
		if (!text[0] || strlen(text) >= f->size) {
			snprintf(err, err_size, tr(l, "%s: give a name of 1 to %zu bytes"), label, f->size - 1);
			return CHANGED_NOTHING;
		}
		snprintf(v.text, sizeof v.text, "%s", text);
		break;
	case SF_ENUM:
	case SF_REF:
		if (!parse_choice(a, r, text, &v.i)) {
			snprintf(err, err_size, tr(l, "%s: no such choice \"%s\""), label, text);
			return CHANGED_NOTHING;
		}
		break;
	case SF_NUMBERS4:
	case SF_STAGES5:
		if (!parse_list(l, f, text, label, v.list, err, err_size))
			return CHANGED_NOTHING;
		break;
	case SF_ID:
		if (!check_id(a, r, text, label, err, err_size))
			return CHANGED_NOTHING;
		snprintf(v.text, sizeof v.text, "%s", text);
		return rename_id(a, r, &v, err, err_size);
	default:
		return CHANGED_NOTHING;
	}
	return apply(a, r, &v, err, err_size);
}

unsigned form_step(app *a, int dir)
{
	const form_row *r = form_selected(a);
	if (r && r->sw != FORM_SW_NONE)
		return do_switch(a, r) | CHANGED_VIEW;
	if (!r || !r->f)
		return CHANGED_NOTHING;
	form_state *fs = state(a);
	const schema_field *f = r->f;
	void *p = value_ptr(&a->cur.scn, fs, r);
	form_value v;
	memset(&v, 0, sizeof v);
	switch (f->type) {
	case SF_NUMBER: {
		double x = *(double *)p;
		if (isnan(x) || !given(&a->cur.scn, fs, r))
			return CHANGED_NOTHING;
		double step = f->max - f->min <= 1 ? 0.05 : pow(10, floor(log10(fabs(x) > 1 ? fabs(x) : 1)) - 1);
		if (step < 0.05)
			step = 0.05;
		v.num = edit_step(f->object, f->key, x, step * dir);
		if (v.num == x)
			return CHANGED_NOTHING;
		break;
	}
	case SF_INT:
		v.i = (int)edit_step(f->object, f->key, *(int *)p, dir);
		if (v.i == *(int *)p)
			return CHANGED_NOTHING;
		break;
	case SF_SEED: {
		double x = (double)*(unsigned long *)p;
		v.num = edit_step(f->object, f->key, x, dir);
		if (v.num == x)
			return CHANGED_NOTHING;
		break;
	}
	case SF_DATE:
		if (*(vd_date *)p == DATE_NONE)
			return CHANGED_NOTHING;
		v.i = *(vd_date *)p + dir;
		break;
	case SF_ENUM: {
		int n = 0;
		char tmp[64];
		while (schema_choice(f->choices, n, tmp, sizeof tmp))
			n++;
		v.i = ((*(int *)p + dir) % n + n) % n;
		break;
	}
	case SF_REF: {
		int n = (int)a->cur.scn.n_soils;
		if (n < 1)
			return CHANGED_NOTHING;
		v.i = ((*(int *)p + dir) % n + n) % n;
		break;
	}
	default:
		app_set_status(a, false, "%s", tr(a->lang, "Press Enter to type this value"));
		return CHANGED_VIEW;
	}
	char err[300] = "";
	unsigned bits = apply(a, r, &v, err, sizeof err);
	if (err[0])
		app_set_status(a, true, "%s", err);
	return bits | CHANGED_VIEW;
}

/* ---- open and close ---- */

unsigned form_open(app *a, form_kind k, int index)
{
	if (k == FORM_ECONOMY && !a->cur.scn.economy.present) {
		app_set_status(a, true, "%s", tr(a->lang, "This scenario has no economy block (economy: in the file)"));
		return CHANGED_VIEW;
	}
	form_state *fs = a->form ? a->form : calloc(1, sizeof *fs);
	if (!fs) {
		app_set_status(a, true, "%s", tr(a->lang, "Out of memory"));
		return CHANGED_VIEW;
	}
	memset(fs, 0, sizeof *fs);
	fs->kind = k;
	fs->index = fs->back = index;
	a->form = fs;
	form_build(a, fs);
	return CHANGED_VIEW;
}

void form_close(app *a)
{
	form_state *fs = a->form;
	if (fs && fs->under.on) {
		form_return u = fs->under;
		fs->kind = u.kind;
		fs->index = u.index;
		fs->back = u.back;
		fs->row = u.row;
		fs->top = u.top;
		fs->under.on = false;
		form_build(a, fs);
		return;
	}
	free(a->form);
	a->form = NULL;
}

bool form_on_soil_row(const app *a)
{
	const form_state *fs = a->form;
	if (!fs || fs->kind != FORM_COMMUNE || fs->row < 0 || fs->row >= fs->n_rows)
		return false;
	const schema_field *f = fs->rows[fs->row].f;
	return f && f->type == SF_REF && strcmp(f->child, "soil") == 0;
}

unsigned form_open_soil(app *a)
{
	const form_row *r = form_selected(a);
	form_state *fs = state(a);
	if (!r || !form_on_soil_row(a))
		return CHANGED_NOTHING;
	int si = *(int *)value_ptr(&a->cur.scn, fs, r);
	if (si < 0 || (size_t)si >= a->cur.scn.n_soils)
		return CHANGED_NOTHING;
	fs->under = (form_return){ true, fs->kind, fs->index, fs->back, fs->row, fs->top };
	fs->kind = FORM_SOIL;
	fs->index = fs->back = si;
	fs->row = fs->top = 0;
	form_build(a, fs);
	return CHANGED_VIEW;
}

unsigned form_next_soil(app *a, int dir)
{
	form_state *fs = state(a);
	int n = (int)a->cur.scn.n_soils;
	if (!fs || fs->kind != FORM_SOIL || n < 2)
		return CHANGED_NOTHING;
	fs->index = ((fs->index + dir) % n + n) % n;
	fs->back = fs->index;
	form_build(a, fs);
	return CHANGED_VIEW;
}
