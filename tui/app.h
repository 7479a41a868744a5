/* app.h - the interface's state: the scenario being edited, its weather and results, the
 * pinned baseline, undo history, the view of each screen, the status line and the prompt.
 * Everything here is testable without a terminal (app.c does no curses). */
#ifndef VUDONG_APP_H
#define VUDONG_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "actions.h"
#include "diag.h"
#include "i18n.h"
#include "scenario.h"
#include "screen.h"
#include "season.h"
#include "weather.h"

/* One computed state: scenario + its weather + its season results. */
typedef struct {
	scenario scn;
	weather_series weather;
	season_result result;
	bool ok;                  /* weather_build and season_run succeeded */
	diag_list diags;          /* why not, when !ok */
} app_run;

/* Per-screen cursor and scrolling. */
typedef struct {
	int row, col;             /* selected cell */
	int top;                  /* first row shown */
	int sort;                 /* results: sort column; <0 descending */
} view_state;

typedef enum { PROMPT_NONE, PROMPT_EDIT, PROMPT_SAVE_AS, PROMPT_CONFIRM_REPLACE,
	       PROMPT_CONFIRM_QUIT, PROMPT_EXPORT } prompt_kind;

typedef struct {
	prompt_kind kind;
	char label[160];          /* translated question, e.g. "Area (ha):" */
	char text[256];           /* the line being edited (UTF-8) */
	size_t len, cursor;       /* bytes */
} prompt_state;

typedef struct undo_stack undo_stack;   /* undo.h */

typedef struct app {
	app_run cur;              /* the scenario being edited and its results */
	app_run base;             /* the pinned baseline (the loaded scenario until pinned again) */
	undo_stack *undo;
	char *path;               /* where `s` saves (NULL for the built-in until save-as) */
	bool dirty;               /* unsaved edits */
	lang lang;
	bool color, ascii;
	screen_id screen;
	view_state view[SCREEN_COUNT];
	char status[256];         /* status line message (translated) */
	bool status_is_error;
	prompt_state prompt;
	double last_recompute_ms; /* for the status line and the benchmark */
	int rows, cols;           /* terminal size at the last draw */
} app;

/* Creates the state on a loaded scenario (takes ownership of *scn, leaving it empty) and
 * computes it; the baseline is a copy. Returns NULL on out of memory. */
app *app_create(scenario *scn, const char *path, lang l);
void app_destroy(app *a);

/* Re-runs weather and season for a->cur (after an edit). Returns false when the run failed
 * (a->cur.diags says why; the status line shows the first). */
bool app_recompute(app *a);
/* Before an edit: pushes the current scenario on the undo stack. Returns false on OOM. */
bool app_begin_edit(app *a);
/* After an edit was applied to a->cur.scn: marks it unsaved and recomputes. */
unsigned app_end_edit(app *a);
unsigned app_undo(app *a);
unsigned app_redo(app *a);
/* Makes the current state the baseline. */
unsigned app_pin_baseline(app *a);
/* Sets the status line (printf-style, already-translated format). */
void app_set_status(app *a, bool is_error, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
/* Handles an action that is not screen-specific (screens, undo, save, quit, ...), else passes
 * it to the current screen. Returns CHANGED_* bits. */
unsigned app_handle(app *a, action act);

#endif
