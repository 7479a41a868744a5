/* app.h - the interface's state: the scenario being edited, its weather and results, the
 * pinned baseline, undo history, the view of each screen, the status line and the prompt.
 * Everything here is testable without a terminal (app.c does no curses). */
#ifndef VUDONG_APP_H
#define VUDONG_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "actions.h"
#include "diag.h"
#include "file_stamp.h"
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
	       PROMPT_CONFIRM_QUIT, PROMPT_EXPORT,
	       PROMPT_CONFIRM_RESTORE,   /* recovery_session.c answers it, not app_prompt_input */
	       PROMPT_CONFIRM_GUARD,     /* the file changed on disk, or is read-only: what now? */
	       PROMPT_NEXT_SEASON,       /* where to write next season's scenario (next_season.h) */
	       PROMPT_CONFIRM_REVERT,    /* R: back to the file? (y/n) */
	       PROMPT_EXPORT_CHART,      /* X: the chart's file name (.png, .svg, .pdf) */
	       PROMPT_FIND               /* /: the text to find (the screen's ACT_FIND_NEXT) */
} prompt_kind;

/* The most a prompt holds (a path of PATH_MAX bytes); typing past it is refused and the
 * status line says so (prompt_state.full), never cut silently. */
#define PROMPT_TEXT_MAX 4096

typedef struct {
	prompt_kind kind;
	char label[160];          /* translated question, e.g. "Area (ha):" */
	char text[PROMPT_TEXT_MAX]; /* the line being edited (UTF-8) */
	size_t len, cursor;       /* bytes */
	bool full;                /* the last character typed did not fit */
} prompt_state;

/* A key pressed while the prompt is open (tui.c maps curses keys to these; prompt.c edits). */
typedef enum { PKEY_CHAR, PKEY_ENTER, PKEY_ESCAPE, PKEY_BACKSPACE, PKEY_DELETE, PKEY_LEFT,
	       PKEY_RIGHT, PKEY_HOME, PKEY_END, PKEY_KILL } prompt_key;

/* What a confirmed save-as or export prompt still has to do (after "replace?"). */
typedef enum { PENDING_NONE, PENDING_SAVE, PENDING_EXPORT, PENDING_CHART } pending_op;

typedef struct undo_stack undo_stack;   /* undo.h */

struct app;
/* The workshop's operations (tui/core/workshop.c: the presentation view, the story, the
 * film, revert, chart export), handed to the app at start like the screens
 * (app_set_workshop), so that app.c never calls into the files that call it. */
typedef struct {
	/* Before the app's own handling of an action: true when it took the action (bits). */
	bool (*intercept)(struct app *a, action act, unsigned *bits);
	unsigned (*handle)(struct app *a, action act);          /* the workshop's own actions */
	unsigned (*answer_revert)(struct app *a, prompt_key key, unsigned long cp);
	bool (*export_chart)(struct app *a, const char *path, bool overwrite);
	void (*fini)(struct app *a);                           /* frees what it holds */
} app_workshop_ops;

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
	char find_text[128];      /* what / last looked for (table_order.h) */
	double last_recompute_ms; /* for the status line and the benchmark */
	int rows, cols;           /* terminal size at the last draw */
	/* The screens in tab order (SCREEN_COUNT of them), handed over by app_set_screens;
	 * NULL until then: no screen draws, handles or commits anything. */
	const screen_ops *const *screens;
	unsigned long version;       /* of a->cur.scn: a new number for every edit */
	unsigned long saved_version; /* the version last loaded or saved (dirty = version differs) */
	unsigned long next_version;
	screen_id prev_screen;       /* where ? returns to from the help screen */
	pending_op pending;          /* PROMPT_CONFIRM_REPLACE: what to do with pending_path */
	char pending_path[256];
	bool quit_after_save;        /* the quit prompt chose "save": quit once saved */
	struct studies *studies;     /* the risk, sensitivity and compare screens' state (studies.h) */
	/* The text a->path was loaded from (or last saved as), which a save patches
	 * (scenario_patch.h), and what the file was then, to notice outside changes before
	 * replacing it. The built-in's text when a->path is NULL. */
	char *src_text;
	size_t src_len;
	file_stamp src_stamp;
	bool guard_changed;          /* PROMPT_CONFIRM_GUARD: changed on disk (else read-only) */
	/* Workshop: */
	int theme;                   /* theme_id asked for (T cycles); the loop applies it */
	bool present;                /* the presentation view replaces the screen (P) */
	unsigned long base_version;  /* the version the baseline was pinned from (1: as loaded) */
	bool have_base_chance;       /* base_chance holds the baseline's chance of the target */
	double base_chance;          /* % of seasons meeting the target, from a risk run on it */
	struct story_session *story; /* the guided story being told (story_session.h), or NULL */
	struct film_state *film;     /* the season as a film on the calendar (film.h), or NULL */
	/* The presentation view's and the film's operations (tui/screens, handed over like the
	 * screens at start: tui_options); NULL: not available. */
	const screen_ops *present_ops, *film_ops;
	/* The form over the current screen (form.h: the economy and target, a commune and its
	 * land units, a crop), or NULL; while it is open the screen's actions, clicks and edit
	 * prompts go to form_ops (tui/screens/screen_form.c, handed over at start). */
	struct form_state *form;
	const screen_ops *form_ops;
	const app_workshop_ops *workshop;   /* NULL: no workshop (the actions do nothing) */
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
/* After an edit was applied to a->cur.scn: marks it unsaved and recomputes. Returns
 * CHANGED_SCENARIO: the recompute is done, the loop only redraws. */
unsigned app_end_edit(app *a);
unsigned app_undo(app *a);
unsigned app_redo(app *a);
/* Makes the current state the baseline. */
unsigned app_pin_baseline(app *a);
/* Sets the status line (printf-style, already-translated format). */
void app_set_status(app *a, bool is_error, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 3, 4)))
#endif
	;
/* Abandons an edit begun with app_begin_edit whose value turned out invalid: drops the undo
 * step; the caller must not have changed a->cur.scn. */
void app_cancel_edit(app *a);
/* Gives the app its screens: SCREEN_COUNT operations in tab order (the program's table is
 * tui/screens/screens.h). The app keeps the pointer; the table must outlive it. */
void app_set_screens(app *a, const screen_ops *const *screens);
/* Gives the app the workshop's operations (workshop_ops, tui/core/workshop.h). */
void app_set_workshop(app *a, const app_workshop_ops *ops);
/* The operations of screen s, or NULL (no screens set, s out of range). */
const screen_ops *app_screen(const app *a, screen_id s);
/* Runs every screen's sync (shown: the current one); returns the CHANGED_* bits. */
unsigned app_sync_screens(app *a);
/* Opens the status-line prompt. `label` is already translated; `initial` may be NULL. For
 * PROMPT_EDIT the confirmed text goes to the current screen's commit. */
void app_open_prompt(app *a, prompt_kind kind, const char *label, const char *initial);
/* A key while the prompt is open (`cp` is the character for PKEY_CHAR). Confirming runs what
 * the prompt was for (commit an edit, save, export, answer a question). Returns CHANGED_*. */
unsigned app_prompt_input(app *a, prompt_key key, unsigned long cp);
/* Saves a->cur.scn to path (atomic). `overwrite` lets it replace an existing file. On
 * success the path becomes a->path and the state is clean. Sets the status line either way. */
bool app_save_to(app *a, const char *path, bool overwrite);
/* Reloads a->path from disk; the edits stay one undo away. */
bool app_reload(app *a);
/* Writes the report of a->cur to path (".csv": the items table as CSV, else the text report,
 * the same writers as `vudong run`). Sets the status line. */
bool app_export_to(app *a, const char *path, bool overwrite);
/* Shows screen s (a click on a tab, the number keys, the tests). Returns CHANGED_VIEW. */
unsigned app_set_screen(app *a, screen_id s);

/* Handles an action that is not screen-specific (screens, undo, save, quit, ...), else passes
 * it to the current screen. Returns CHANGED_* bits. */
unsigned app_handle(app *a, action act);

#endif
