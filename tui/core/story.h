/* story.h - a guided story for a workshop (docs/workshop.md): a title and steps, each
 * with a caption in Vietnamese and English and the actions that bring the program to that
 * step: the program's own keys, pressed one by one, and settings of plan items by id. Loaded
 * from YAML with file:line:col diagnostics like a scenario (unknown keys, wrong types, bad
 * dates, unknown key names; plan items checked against the scenario at start). The built-in
 * story (scenarios/stories/binh-lieu.yaml) is compiled in. No curses. */
#ifndef VUDONG_STORY_H
#define VUDONG_STORY_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "diag.h"
#include "i18n.h"
#include "scenario.h"

#define STORY_MAX_STEPS 64
#define STORY_MAX_KEYS 64
#define STORY_CAPTION_MAX 512

/* Key names beyond the printable characters (printable ASCII is its own code). */
enum { STORY_KEY_SPACE = -1, STORY_KEY_ENTER = -2, STORY_KEY_TAB = -3, STORY_KEY_UP = -4,
       STORY_KEY_DOWN = -5, STORY_KEY_LEFT = -6, STORY_KEY_RIGHT = -7 };

typedef enum { STORY_KEYS, STORY_SET } story_action_kind;

typedef struct {
	story_action_kind kind;
	int keys[STORY_MAX_KEYS];     /* STORY_KEYS: the codes in order */
	size_t n_keys;
	char item[SCN_ID_MAX];        /* STORY_SET: the plan item's id */
	bool has_area, has_sow;
	double area_ha;
	vd_date sow;
	int line, col;                /* where it is written */
} story_action;

typedef struct {
	char caption[2][STORY_CAPTION_MAX];   /* [LANG_VI], [LANG_EN] */
	story_action *actions;
	size_t n_actions;
} story_step;

typedef struct {
	char *file;                   /* as loaded ("<built-in story>") */
	char title[2][STORY_CAPTION_MAX];
	story_step steps[STORY_MAX_STEPS];
	size_t n_steps;
} story;

void story_init(story *s);
void story_fini(story *s);
/* Parses a story; every problem is a diagnostic at its place (name:line:col). False when
 * there was an error (s is then empty). */
bool story_load_text(const char *name, const char *text, size_t len, story *s, diag_list *dl);
bool story_load_file(const char *path, story *s, diag_list *dl);
bool story_load_builtin(story *s, diag_list *dl);
/* Every plan item a `set` names exists in scn (else an error at the action). */
bool story_check(const story *s, const scenario *scn, diag_list *dl);
/* The plan item with this id: *commune and *item set; false when there is none. */
bool story_find_item(const scenario *scn, const char *id, size_t *commune_i, size_t *item_i);

#endif
