/* tui.c - the interface's entry point and main loop: locale (LC_CTYPE and LC_MESSAGES only),
 * loading the scenario before curses starts, terminal setup, signals as flags, keys through
 * the key table to app_handle, redraws when something changed, the recovery file kept in
 * step when input pauses and offered at start, and the terminal restored on every way out
 * (tui_fatal for the errors). */
#include <curses.h>
#include <term.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "app.h"
#include "exit_status.h"
#include "key_input.h"
#include "report_pdf.h"
#include "tui.h"
#include "clock.h"
#include "config.h"
#include "film.h"
#include "draw.h"
#include "frame.h"
#include "keys.h"
#include "present.h"
#include "prompt.h"
#include "recovery_session.h"
#include "story_session.h"
#include "studies.h"
#include "workshop.h"
#include "theme.h"

#define TICK_MS 200   /* getch wakes this often to see a signal's flag */
#define JOB_TICK_MS 100   /* ... and this often while a background run shows its progress */
#define OUTLOOK_TICK_MS 10   /* ... and this often while the overview's outlook is redone */
#define CTRL_L 12            /* ^L: repaint the whole terminal */
#define STORY_TICK_MS 50  /* ... and this often while a story plays its keys */

static volatile sig_atomic_t got_signal;
static bool curses_active;
static struct termios saved_tio;              /* the terminal as we found it, for on_crash */
static volatile sig_atomic_t have_saved_tio;
static recovery_session recovery;             /* the unsaved edits' recovery file */
static char *config_file;                     /* the remembered settings (config.h), or NULL */
static vd_config settings;                    /* what it holds */
static int applied_theme;                     /* the theme on the terminal (a->theme asks) */
static bool theme_chosen, lang_chosen;        /* by --theme or T; by L (remember these) */
static bool flush_typeahead;                  /* a restore dialog just opened: keys typed
					       * before it showed are not its answer */

static void on_signal(int sig)
{
	got_signal = sig;
}

static void restore_terminal(void)
{
	if (curses_active && !isendwin())
		endwin();
	curses_active = false;
}

/* A crash still gives the user a working terminal back, then dies the default way. Only
 * async-signal-safe calls here (no endwin, which may allocate or take stdio locks): the
 * saved terminal modes, then leave the alternate screen and show the cursor. SA_RESETHAND
 * has already put back the default action. */
static void on_crash(int sig)
{
	static const char reset[] = "\033[?1049l\033[?25h\033[0m\r\n";
	if (have_saved_tio)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
	if (curses_active && write(STDOUT_FILENO, reset, sizeof reset - 1) < 0)
		curses_active = false;
	raise(sig);
}

/* Restores the terminal, reports, exits 1 (like htop's CRT_fatalError). */
static void tui_fatal(const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 1, 2), noreturn))
#endif
	;
static void tui_fatal(const char *fmt, ...)
{
	restore_terminal();
	va_list ap;
	va_start(ap, fmt);
	fputs("vudong: error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(EXIT_RUNTIME);
}

static bool codeset_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* LC_CTYPE and LC_MESSAGES from the environment; never LC_NUMERIC (files keep '.').
 * Returns false when the terminal's locale is not UTF-8 (LANG=C, POSIX, a legacy code
 * page): the terminal then gets the ASCII drawing set and every text in ASCII (draw.h), and
 * the status line says so. The program does not switch itself to UTF-8 behind the user's
 * back: the terminal would show the bytes as garbage. */
static bool setup_locale(void)
{
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	return codeset_is_utf8();
}

/* Whether the terminal can move the cursor (terminfo `cup`): TERM=dumb, a printer-like
 * terminal or an unknown TERM cannot show the interface. */
static bool terminal_can_address(void)
{
	int err = 0;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	char *cup = tigetstr("cup");
	bool ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	return ok;
}

static void setup_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
}

static void setup_curses(void)
{
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	timeout(TICK_MS);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	curs_set(0);
}

/* A key while the prompt is open, as the line editor sees it. */
static bool prompt_key_of(int r, wint_t ch, prompt_key *k)
{
	if (r == KEY_CODE_YES) {
		switch (ch) {
		case KEY_ENTER:     *k = PKEY_ENTER; return true;
		case KEY_BACKSPACE: *k = PKEY_BACKSPACE; return true;
		case KEY_DC:        *k = PKEY_DELETE; return true;
		case KEY_LEFT:      *k = PKEY_LEFT; return true;
		case KEY_RIGHT:     *k = PKEY_RIGHT; return true;
		case KEY_HOME:      *k = PKEY_HOME; return true;
		case KEY_END:       *k = PKEY_END; return true;
		default:            return false;
		}
	}
	switch (ch) {
	case '\r': case '\n':  *k = PKEY_ENTER; return true;
	case 27: case 7:       *k = PKEY_ESCAPE; return true;   /* Esc, ^G */
	case 127: case 8:      *k = PKEY_BACKSPACE; return true;
	case 1:                *k = PKEY_HOME; return true;     /* ^A */
	case 5:                *k = PKEY_END; return true;      /* ^E */
	case 21:               *k = PKEY_KILL; return true;     /* ^U */
	case 4:                *k = PKEY_DELETE; return true;   /* ^D */
	default:
		if (ch < 0x20)
			return false;
		*k = PKEY_CHAR;
		return true;
	}
}

/* SIGINT asks like q (a second one while the question is open quits); SIGTERM and SIGHUP
 * quit at once, the unsaved edits kept in the recovery file. Returns true when the loop must
 * end. */
static bool take_signal(app *a, int sig, unsigned *bits)
{
	if (sig != SIGINT)
		return true;
	if (a->prompt.kind == PROMPT_CONFIRM_QUIT || !a->dirty)
		return true;
	prompt_close(&a->prompt);
	*bits |= app_handle(a, ACT_QUIT);
	return (*bits & CHANGED_QUIT) != 0;
}

static unsigned handle_input_raw(app *a, int r, wint_t ch)
{
	if (r == KEY_CODE_YES && ch == KEY_MOUSE) {
		MEVENT ev;
		if (getmouse(&ev) != OK)
			return CHANGED_NOTHING;
		bool up = (ev.bstate & BUTTON4_PRESSED) != 0;
		bool down = (ev.bstate & BUTTON5_PRESSED) != 0;
		if (!up && !down && !(ev.bstate & BUTTON1_PRESSED))
			return CHANGED_NOTHING;
		return frame_mouse(a, ev.y, ev.x, up, down);
	}
	if (frame_too_small_for(a, LINES, COLS)) {
		/* Nothing can be shown; only a clean quit is possible. */
		bool key = r == KEY_CODE_YES || ch < 0x80;
		action act = key ? keys_action_for((int)ch) : ACT_NONE;
		return act == ACT_QUIT && !a->dirty ? CHANGED_QUIT : CHANGED_NOTHING;
	}
	if (a->prompt.kind != PROMPT_NONE) {
		prompt_key k;
		if (!prompt_key_of(r, ch, &k))
			return CHANGED_NOTHING;
		if (a->prompt.kind == PROMPT_CONFIRM_RESTORE) {
			/* The dialog takes only y, n and Esc; another key leaves it open. */
			unsigned bits = recovery_session_answer(&recovery, a, k, (unsigned long)ch);
			if (!bits)
				beep();
			flush_typeahead = a->prompt.kind == PROMPT_CONFIRM_RESTORE;
			return bits;
		}
		return app_prompt_input(a, k, (unsigned long)ch);
	}
	/* Characters beyond ASCII never run an action (their codes overlap curses key codes). */
	if (r == OK && ch >= 0x80)
		return CHANGED_NOTHING;
	return app_handle(a, keys_action_for((int)ch));
}

/* Writes the chosen theme and language to the config file when they differ from what it
 * holds: the theme chosen with --theme or T, the language switched with L. A theme NO_COLOR
 * or --no-color imposed and a --lang for one run are not remembered. */
static void remember_settings(app *a)
{
	vd_config want = { .theme = theme_chosen ? a->theme : settings.theme,
			   .lang = lang_chosen ? (int)a->lang : settings.lang };
	if (!config_file || !config_file[0] ||
	    (want.theme == settings.theme && want.lang == settings.lang))
		return;
	diag_list dl;
	diag_list_init(&dl);
	if (config_save(config_file, &want, &dl)) {
		settings = want;
	} else {
		const diag *d = diag_list_first_problem(&dl);
		char buf[240];
		app_set_status(a, true, "%s: %s", tr(a->lang, "Settings not remembered"),
			       d ? diag_format_in(d, a->lang, buf, sizeof buf) : "");
		config_file[0] = 0;   /* once is enough: no message at every key */
	}
	diag_list_fini(&dl);
}

/* The theme a->theme asks for, on the terminal, once it differs from the one shown. */
static void apply_theme(app *a)
{
	if (a->theme == applied_theme)
		return;
	applied_theme = a->theme;
	theme_init_named((theme_id)a->theme, a->ascii);
	a->color = theme_has_color();
	theme_chosen = true;   /* T was pressed */
	remember_settings(a);
}

/* A story's key, fed as if typed (story_session.h). */
static unsigned feed_story_key(app *a, int code)
{
	switch (code) {
	case STORY_KEY_SPACE: return handle_input_raw(a, OK, ' ');
	case STORY_KEY_ENTER: return handle_input_raw(a, OK, '\r');
	case STORY_KEY_TAB:   return handle_input_raw(a, OK, '\t');
	case STORY_KEY_UP:    return handle_input_raw(a, KEY_CODE_YES, KEY_UP);
	case STORY_KEY_DOWN:  return handle_input_raw(a, KEY_CODE_YES, KEY_DOWN);
	case STORY_KEY_LEFT:  return handle_input_raw(a, KEY_CODE_YES, KEY_LEFT);
	case STORY_KEY_RIGHT: return handle_input_raw(a, KEY_CODE_YES, KEY_RIGHT);
	default:              return code > 0 ? handle_input_raw(a, OK, (wint_t)code) : CHANGED_NOTHING;
	}
}

/* While a story is told (and no question is open): Space and → next, ← back, R from the
 * start, Esc hands over; every other key works as always. */
static unsigned handle_input(app *a, int r, wint_t ch)
{
	if (story_session_active(a->story) && a->prompt.kind == PROMPT_NONE &&
	    !frame_too_small_for(a, LINES, COLS)) {
		double now = clock_now_ms();
		bool code = r == KEY_CODE_YES;
		if ((!code && ch == ' ') || (code && ch == KEY_RIGHT))
			return story_session_next(a->story, a, now, feed_story_key);
		if (code && ch == KEY_LEFT)
			return story_session_back(a->story, a);
		if (!code && ch == 'R')
			return story_session_reset(a->story, a, now);
		if (!code && ch == 27)
			return story_session_stop(a->story, a);
	}
	return handle_input_raw(a, r, ch);
}

static int run_loop(app *a)
{
	bool redraw = true;
	int fast_errors = 0;
	for (;;) {
		if (got_signal) {
			int sig = got_signal;
			got_signal = 0;
			unsigned bits = 0;
			if (take_signal(a, sig, &bits)) {
				/* Stopped from outside: the recovery file must hold the last edit
				 * (exit 128 + the signal, as a shell reports a killed program; a
				 * SIGINT that only quits a clean session is a plain quit, 0). */
				recovery_session_sync(&recovery, a);
				return sig == SIGINT && !a->dirty ? EXIT_OK : 128 + sig;
			}
			redraw = true;
		}
		/* The study screens: a background run's progress and end, a study made on an
		 * older scenario (screen.h's sync). */
		if (app_sync_screens(a))
			redraw = true;
		if (present_sync(a))
			redraw = true;
		if (a->film && film_advance(a->film, a, clock_now_ms()))
			redraw = true;
		if (story_session_playing(a->story) &&
		    story_session_tick(a->story, a, clock_now_ms(), feed_story_key))
			redraw = true;
		if (redraw) {
			apply_theme(a);
			frame_draw(a);
			refresh();
			redraw = false;
			if (flush_typeahead) {
				/* Keys typed before the question could be seen (meant for the
				 * screen behind it) never answer it. */
				flushinp();
				flush_typeahead = false;
			}
		}
		wint_t ch;
		bool film_on = a->film && a->film->playing;
		int tick = story_session_playing(a->story) || film_on ? STORY_TICK_MS
			 : studies_outlook_busy(a) ? OUTLOOK_TICK_MS
			   : studies_busy(a) ? JOB_TICK_MS : TICK_MS;
		timeout(tick);
		double t0 = clock_now_ms();
		int r = key_input_read(&ch);
		if (r == ERR) {
			/* A timeout takes `tick`; errors that come back at once, over and over,
			 * mean the terminal is gone (end of input). */
			fast_errors = clock_now_ms() - t0 < tick / 4 ? fast_errors + 1 : 0;
			if (fast_errors > 100) {
				recovery_session_sync(&recovery, a);
				bool kept = a->dirty && recovery_session_holds(&recovery, a);
				tui_fatal("lost the terminal (end of input)%s%s", !a->dirty ? "" :
					  kept ? "; unsaved edits kept in " : "; unsaved edits were lost",
					  kept ? recovery.file : "");
			}
			/* Input paused (no key for a tick): the recovery file catches up now, so
			 * its write and fsync never hold up a key, and it holds a state that drew. */
			if (!recovery_session_sync(&recovery, a)) {
				app_set_status(a, true, tr(a->lang, "Unsaved edits not kept for recovery: %s"),
					       recovery_session_error(&recovery, a->lang));
				redraw = true;
			}
			continue;
		}
		fast_errors = 0;
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			redraw = true;
			continue;
		}
		if (r == OK && ch == CTRL_L) {   /* repaint everything, as htop and tig do */
			clearok(curscr, TRUE);
			redraw = true;
			continue;
		}
		lang before = a->lang;
		unsigned bits = handle_input(a, r, ch);
		if (bits & CHANGED_QUIT)
			return EXIT_OK;
		if (a->lang != before) {
			lang_chosen = true;   /* L was pressed */
			remember_settings(a);
		}
		if (bits)
			redraw = true;
	}
}

/* The remembered settings, with their warnings on stderr (file:line; never fatal); then what
 * the command line says wins: --theme, --no-color or NO_COLOR (mono), --lang. */
static void load_settings(const tui_options *o, lang *l, int *theme)
{
	config_init(&settings);
	config_file = config_path(getenv("XDG_CONFIG_HOME"), getenv("HOME"));
	if (config_file) {
		diag_list dl;
		diag_list_init(&dl);
		config_load(config_file, &settings, &dl);
		char buf[300];
		for (size_t i = 0; i < dl.count; i++)
			fprintf(stderr, "%s\n", diag_format_in(&dl.items[i], o->lang, buf, sizeof buf));
		diag_list_fini(&dl);
	}
	*l = o->lang_given || settings.lang < 0 ? o->lang : (lang)settings.lang;
	theme_chosen = o->theme >= 0;
	if (o->theme >= 0)
		*theme = o->theme;
	else if (o->no_color)
		*theme = THEME_MONO;
	else
		*theme = settings.theme >= 0 ? settings.theme : THEME_DARK;
}

int tui_main(scenario *scn, const tui_options *o)
{
	bool utf8 = setup_locale();
	int status;
	lang start_lang;
	int start_theme;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		scenario_fini(scn);
		fputs("vudong: error: the interface needs a terminal; for a report use `vudong run`\n", stderr);
		return EXIT_BAD_INPUT;
	}
	load_settings(o, &start_lang, &start_theme);
	app *a = app_create(scn, o->file, start_lang);
	if (!a) {
		scenario_fini(scn);
		fputs("vudong: error: out of memory\n", stderr);
		return EXIT_RUNTIME;
	}
	app_set_screens(a, o->screens);
	app_set_workshop(a, &workshop_ops);
	a->present_ops = o->present_ops;
	a->film_ops = o->film_ops;
	a->form_ops = o->form_ops;
	a->ascii = o->ascii || !utf8;
	recovery_session_init(&recovery, recovery_dir_for(getenv("XDG_STATE_HOME"), getenv("HOME")), a);
	setup_signals();
	atexit(restore_terminal);
	if (tcgetattr(STDIN_FILENO, &saved_tio) == 0)
		have_saved_tio = 1;
	if (!terminal_can_address()) {
		const char *term = getenv("TERM");
		recovery_session_fini(&recovery);
		app_destroy(a);
		fprintf(stderr, "vudong: error: this terminal (TERM=%s) cannot move the cursor; the interface needs one (for a report use `vudong run`)\n",
			term ? term : "");
		return EXIT_RUNTIME;
	}
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		const char *term = getenv("TERM");
		recovery_session_fini(&recovery);
		app_destroy(a);
		fprintf(stderr, "vudong: error: cannot start the interface on this terminal (TERM=%s)\n",
			term ? term : "");
		return EXIT_RUNTIME;
	}
	curses_active = true;
	setup_curses();
	a->theme = start_theme;
	a->present = o->present;
	theme_init_named((theme_id)a->theme, a->ascii);
	applied_theme = a->theme;
	a->color = theme_has_color();
	remember_settings(a);
	draw_set_plain_text(!utf8);
	key_input_init(utf8);
	if (!utf8)
		app_set_status(a, false, "%s", tr(a->lang, "Not a UTF-8 terminal (LANG): Vietnamese without marks; --lang en for English"));
	recovery_session_offer(&recovery, a);
	if (o->demo)
		workshop_start_story(a, o->story_file);
	flush_typeahead = a->prompt.kind == PROMPT_CONFIRM_RESTORE;
	status = run_loop(a);
	restore_terminal();
	delscreen(scr);
	if (status == EXIT_OK)
		recovery_session_discard(&recovery);   /* quit: saved, clean or "don't save" */
	else if (a->dirty && recovery_session_holds(&recovery, a))
		fprintf(stderr, tr(a->lang, "vudong: stopped by a signal; the unsaved edits are kept in %s\n"),
			recovery.file);
	else if (a->dirty)
		fputs(tr(a->lang, "vudong: stopped by a signal; the unsaved edits were lost\n"), stderr);
	recovery_session_fini(&recovery);
	app_destroy(a);
	/* Nothing draws a chart any more: give back pango's and fontconfig's caches, as the
	 * command line does (never between two X, which cairo does not survive). */
	report_pdf_release_fonts();
	free(config_file);
	config_file = NULL;
	return status;
}
