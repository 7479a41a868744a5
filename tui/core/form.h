/* form.h - the form that edits what the tables do not show (issue 15): the economy block and
 * the growth target, a commune with its land units, every key of a crop, a soil type (opened
 * from a land unit's soil row, Esc returns there), and the site, season and plain weather
 * settings. Its rows are made
 * from the schema table (sim/scenario/schema.c): one row per key of the object, with the
 * key's unit, range and meaning, so a key added to the schema shows up here. Typed values go
 * through the same parsing and range checks as every other edit (edit.h), the whole scenario
 * is checked (scenario_check) before a value is applied, and every change, adding and
 * deleting included, is one undoable edit. No curses: tui/screens/screen_form.c draws it. */
#ifndef VUDONG_FORM_H
#define VUDONG_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "schema.h"

typedef enum { FORM_ECONOMY, FORM_COMMUNE, FORM_CROP, FORM_SOIL, FORM_SETTINGS } form_kind;

/* The settings form's parts (form_row.part). */
enum { FORM_PART_SITE, FORM_PART_SEASON, FORM_PART_WEATHER };

/* A row that switches a crop between the two keys of an exclusive group (form_switch.h). */
typedef enum { FORM_SW_NONE, FORM_SW_STAGES, FORM_SW_KY } form_switch_kind;

typedef struct {
	const schema_field *f;  /* NULL: the heading of a part (a land unit, a sector), or a
				 * switch (sw) */
	form_switch_kind sw;
	int part;               /* commune: land unit (-1: the commune's own keys); economy:
				 * sector (-1: the economy's own keys); crop, soil: -1; settings:
				 * FORM_PART_* */
	size_t base_off;        /* where the key's object starts in the part's struct (kc, frost) */
} form_row;

#define FORM_ROWS_MAX 200

/* The form a soil form was opened from (the commune form), restored when it closes. */
typedef struct {
	bool on;
	form_kind kind;
	int index, back, row, top;
} form_return;

typedef struct form_state {
	form_kind kind;
	int index;              /* the commune, the crop or the soil */
	int back;               /* where index returns when its commune or crop is undone */
	int row, top;           /* cursor and scroll */
	form_row rows[FORM_ROWS_MAX];
	int n_rows;
	form_return under;      /* the form Esc returns to (on: a soil form over a commune's) */
} form_state;

/* Opens the form of kind k on the commune, crop or soil `index` (ignored for the economy and
 * the settings). Returns CHANGED_VIEW, or CHANGED_NOTHING with the reason on the status line. */
unsigned form_open(app *a, form_kind k, int index);
/* Closes the form; a soil form opened from a commune's returns to that form where it was. */
void form_close(app *a);
/* Whether the selected row is a land unit's soil (e opens that soil's form there). */
bool form_on_soil_row(const app *a);
/* e on a land unit's soil row: that soil's form over the commune's, which Esc returns to. */
unsigned form_open_soil(app *a);
/* Left and Right in a soil form: the previous or next soil type. */
unsigned form_next_soil(app *a, int dir);
/* Rebuilds the rows from the scenario (after an undo or a change of the form's object);
 * clamps the cursor. */
void form_build(const app *a, form_state *fs);

/* Whether row r is a heading (no key, no switch). */
bool form_row_is_heading(const form_row *row);
/* The line that explains row r (under the rows): the key, its unit, range and meaning, or
 * what a switch does. */
char *form_explain_text(const form_row *row, lang l, char *buf, size_t size);

/* The value of row r as shown ("—" for a key not given) in language l. */
char *form_value_text(const app *a, const form_state *fs, int r, lang l, char *buf, size_t size);
/* The row's label: its meaning (a message id); a heading's text is written to buf. */
const char *form_row_label(const app *a, const form_state *fs, int r, lang l, char *buf, size_t size);
/* The range of row r as text ("0–1"), "" when it has none. */
char *form_range_text(const form_row *row, lang l, char *buf, size_t size);

/* The selected row (the rows rebuilt from the scenario first); NULL when there is none. */
const form_row *form_selected(app *a);
/* Enter: the prompt with the selected row's value (a switch row switches). An id row
 * renames: letters, digits, '-', '_' and '.', unique among its kind; what refers to it
 * follows (references are indices), and saving writes the new id everywhere the file names
 * it (scenario_rename.h). */
unsigned form_edit(app *a);
/* The prompt's text for the selected row: parsed, checked, applied as one undoable edit. */
unsigned form_commit(app *a, const char *text, char *err, size_t err_size);
/* + and -: the selected number stepped, a choice (kind, soil) cycled. */
unsigned form_step(app *a, int dir);
/* a: a copy of the selected part (a land unit, a sector), or of the commune, crop or soil
 * itself. */
unsigned form_add(app *a);
/* d: the selected part deleted, or the commune, crop or soil itself when nothing refers to it
 * (a soil: no land unit uses it; the status names the first that does). */
unsigned form_delete(app *a);

/* A copy of crop ci added at the end of the crops ("potato-2", "Khoai tây (2)"); one
 * undoable edit. Returns the CHANGED_* bits. */
unsigned form_crop_copy(app *a, int ci);
/* Crop ci deleted unless the plan or a price shock uses it (then the status says which). */
unsigned form_crop_delete(app *a, int ci);

/* A copy of soil si added at the end of the soils; one undoable edit. */
unsigned form_soil_copy(app *a, int si);
/* Soil si deleted unless a land unit uses it; the land units' soil indices follow. */
unsigned form_soil_delete(app *a, int si);

#endif
