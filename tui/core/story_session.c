/* story_session.c - telling a story: the step's actions played in time, the snapshots that
 * make ← exact and R a fresh start, and the caption's wrapping. */
#include "story_session.h"

#include <stdlib.h>
#include <string.h>

#include "studies.h"
#include "textwidth.h"
#include "utf8.h"

typedef struct {
	bool have;
	scenario cur, base;
	screen_id screen;
	bool present;
	view_state view[SCREEN_COUNT];
} snapshot;

struct story_session {
	story st;
	bool active, playing;
	size_t step;                    /* the step shown */
	size_t act, key;                /* the next action of it, and the next key in that */
	double due_ms;                  /* when that key is due */
	snapshot start;
	snapshot after[STORY_MAX_STEPS];
};

static void snap_clear(snapshot *s)
{
	if (s->have) {
		scenario_fini(&s->cur);
		scenario_fini(&s->base);
	}
	s->have = false;
}

static bool snap_take(snapshot *s, const app *a)
{
	snap_clear(s);
	if (!scenario_copy(&s->cur, &a->cur.scn))
		return false;
	if (!scenario_copy(&s->base, &a->base.scn)) {
		scenario_fini(&s->cur);
		return false;
	}
	s->screen = a->screen;
	s->present = a->present;
	memcpy(s->view, a->view, sizeof s->view);
	s->have = true;
	return true;
}

/* The snapshot's baseline and current scenario, recomputed (the same inputs give the same
 * figures), its screen and views. */
static bool snap_restore(const snapshot *s, app *a)
{
	scenario b, c;
	if (!s->have || !scenario_copy(&b, &s->base))
		return false;
	if (!scenario_copy(&c, &s->cur)) {
		scenario_fini(&b);
		return false;
	}
	scenario_fini(&a->cur.scn);
	a->cur.scn = b;
	app_pin_baseline(a);             /* the baseline from the snapshot's */
	scenario_fini(&a->cur.scn);
	a->cur.scn = c;
	a->version = a->next_version++;
	a->dirty = a->version != a->saved_version;
	app_recompute(a);
	a->screen = s->screen;
	a->present = s->present;
	memcpy(a->view, s->view, sizeof a->view);
	if (a->screen == SCREEN_RISK)
		risk_start(a);   /* the same seasons again: the same spread */
	return true;
}

story_session *story_session_create(void)
{
	story_session *ss = calloc(1, sizeof *ss);
	if (ss)
		story_init(&ss->st);
	return ss;
}

static void clear_all(story_session *ss)
{
	snap_clear(&ss->start);
	for (size_t i = 0; i < STORY_MAX_STEPS; i++)
		snap_clear(&ss->after[i]);
	story_fini(&ss->st);
	ss->active = ss->playing = false;
}

void story_session_destroy(story_session *ss)
{
	if (!ss)
		return;
	clear_all(ss);
	free(ss);
}

static void begin_step(story_session *ss, size_t k, double now_ms)
{
	ss->step = k;
	ss->act = ss->key = 0;
	ss->playing = true;
	ss->due_ms = now_ms;
}

bool story_session_start(story_session *ss, app *a, story *st, diag_list *dl)
{
	clear_all(ss);
	ss->st = *st;
	story_init(st);
	if (!story_check(&ss->st, &a->cur.scn, dl)) {
		clear_all(ss);
		return false;
	}
	if (!snap_take(&ss->start, a)) {
		diag_add(dl, DIAG_ERROR, NULL, 0, 0, "out of memory");
		clear_all(ss);
		return false;
	}
	ss->active = true;
	a->status[0] = 0;
	begin_step(ss, 0, 0);
	return true;
}

bool story_session_active(const story_session *ss)
{
	return ss && ss->active;
}

bool story_session_playing(const story_session *ss)
{
	return ss && ss->active && ss->playing;
}

/* A `set` action as one undoable edit. */
static unsigned apply_set(app *a, const story_action *act)
{
	size_t c, i;
	if (!story_find_item(&a->cur.scn, act->item, &c, &i) || !app_begin_edit(a))
		return CHANGED_NOTHING;
	plan_item *p = &a->cur.scn.communes[c].plan[i];
	if (act->has_area)
		p->area_ha = act->area_ha;
	if (act->has_sow)
		p->sow = act->sow;
	return app_end_edit(a);
}

/* Plays the next thing of the step: a key (one), or the `set`s before it. With `all`,
 * everything left. Returns CHANGED_* bits. */
static unsigned play(story_session *ss, app *a, story_feed_fn feed, bool all)
{
	const story_step *st = &ss->st.steps[ss->step];
	unsigned bits = CHANGED_NOTHING;
	while (ss->act < st->n_actions) {
		const story_action *act = &st->actions[ss->act];
		if (act->kind == STORY_SET) {
			bits |= apply_set(a, act);
			ss->act++;
			continue;
		}
		if (ss->key < act->n_keys) {
			bits |= feed(a, act->keys[ss->key++]);
			if (!all)
				return bits | CHANGED_VIEW;
			continue;
		}
		ss->act++;
		ss->key = 0;
	}
	ss->playing = false;
	snap_take(&ss->after[ss->step], a);
	return bits | CHANGED_VIEW;
}

unsigned story_session_tick(story_session *ss, app *a, double now_ms, story_feed_fn feed)
{
	if (!story_session_playing(ss) || now_ms < ss->due_ms)
		return CHANGED_NOTHING;
	ss->due_ms = now_ms + STORY_KEY_MS;
	return play(ss, a, feed, false);
}

unsigned story_session_next(story_session *ss, app *a, double now_ms, story_feed_fn feed)
{
	if (!story_session_active(ss))
		return CHANGED_NOTHING;
	unsigned bits = ss->playing ? play(ss, a, feed, true) : CHANGED_NOTHING;
	if (ss->step + 1 < ss->st.n_steps)
		begin_step(ss, ss->step + 1, now_ms);
	return bits | CHANGED_VIEW;
}

unsigned story_session_back(story_session *ss, app *a)
{
	if (!story_session_active(ss) || ss->step == 0)
		return CHANGED_NOTHING;
	size_t k = ss->step - 1;
	if (!snap_restore(&ss->after[k], a))
		return CHANGED_NOTHING;
	ss->step = k;
	ss->playing = false;
	return CHANGED_SCENARIO | CHANGED_BASELINE | CHANGED_VIEW;
}

unsigned story_session_reset(story_session *ss, app *a, double now_ms)
{
	if (!story_session_active(ss) || !snap_restore(&ss->start, a))
		return CHANGED_NOTHING;
	for (size_t i = 0; i < STORY_MAX_STEPS; i++)
		snap_clear(&ss->after[i]);
	begin_step(ss, 0, now_ms);
	return CHANGED_SCENARIO | CHANGED_BASELINE | CHANGED_VIEW;
}

unsigned story_session_stop(story_session *ss, app *a)
{
	if (!story_session_active(ss))
		return CHANGED_NOTHING;
	(void)a;
	ss->active = ss->playing = false;
	return CHANGED_VIEW;
}

size_t story_session_step(const story_session *ss)
{
	return ss->step;
}

size_t story_session_steps(const story_session *ss)
{
	return ss->st.n_steps;
}

const char *story_session_caption(const story_session *ss, lang l)
{
	if (!story_session_active(ss) || ss->step >= ss->st.n_steps)
		return "";
	return ss->st.steps[ss->step].caption[l == LANG_EN ? LANG_EN : LANG_VI];
}

int story_wrap(const char *text, int width, char (*lines)[STORY_CAPTION_MAX], int max_lines,
	       bool *cut)
{
	int n = 0;
	*cut = false;
	const char *p = text;
	while (*p == ' ')
		p++;
	while (*p && n < max_lines) {
		/* The longest prefix that fits, pulled back to the last space when there is one. */
		int w;
		size_t fit = text_fit(p, width, &w);
		size_t take = fit;
		if (p[fit] && p[fit] != ' ') {
			size_t sp = fit;
			while (sp > 0 && p[sp - 1] != ' ')
				sp--;
			if (sp > 0)
				take = sp;
		}
		size_t len = take;
		while (len > 0 && p[len - 1] == ' ')
			len--;
		if (len >= STORY_CAPTION_MAX)
			len = STORY_CAPTION_MAX - 1;
		memcpy(lines[n], p, len);
		lines[n][len] = 0;
		n++;
		p += take;
		while (*p == ' ')
			p++;
		if (take == 0)
			break;
	}
	*cut = *p != 0;
	return n;
}
