/* itemview.h - what the screens say about plan items, crops and land, without curses: the
 * flat row number of each plan item (communes in order, then their plan, the same order as
 * season_result.items), display names, and an item's status in words. Pure. */
#ifndef VUDONG_ITEMVIEW_H
#define VUDONG_ITEMVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "i18n.h"
#include "scenario.h"
#include "season.h"

typedef struct {
	int commune, item;   /* indices into scenario.communes and commune.plan */
} item_ref;

/* The number of plan items over every commune. */
int itemview_count(const scenario *s);
/* The item on flat row `row`; false when out of range. */
bool itemview_ref(const scenario *s, int row, item_ref *out);
/* The flat row of (commune, item); -1 when out of range. */
int itemview_row(const scenario *s, int ci, int item);
/* The plan item of a row, NULL when out of range. */
plan_item *itemview_item(scenario *s, int row);

/* The result of flat row `row` when r computed and matches the scenario, else NULL. */
const item_result *itemview_result(const app_run *r, int row);

/* Display names: the name, or the id when the name is empty; "?" for a bad index. */
const char *itemview_crop_name(const scenario *s, int ci);
const char *itemview_commune_name(const scenario *s, int ci);
const char *itemview_land_id(const scenario *s, int ci, int land);
/* A land unit as people read it (land_name.h): "Đất 2 vụ lúa", or for a narrow column
 * (short_form) "Lúa"; the id in English. Writes buf and returns it. */
char *itemview_land_name(const scenario *s, int ci, int land, lang l, bool short_form,
			 char *buf, size_t size);

/* A commune name for narrow columns: "Xã Hoành Mô" -> "Hoành Mô", "Thị trấn Bình Liêu" ->
 * "TT Bình Liêu" (the usual abbreviation, so the town is not read as the district),
 * "Phường X" -> "P. X". Writes buf and returns it. */
char *itemview_short_name(const char *name, char *buf, size_t size);
/* The commune's name as it fits in `width` columns: the full name when it fits, else the
 * short one. */
char *itemview_commune_fit(const scenario *s, int ci, int width, char *buf, size_t size);

/* The status bits in words, most serious first, joined by ", " ("late harvest, water
 * stress"; "OK" for 0), translated. Returns buf. */
char *itemview_status_words(unsigned status, lang l, char *buf, size_t size);
/* True when a status needs the reader's attention (anything but water stress alone counts). */
bool itemview_status_is_problem(unsigned status);
/* True when a status holds an error (the crop does not mature, or is killed). */
bool itemview_status_is_severe(unsigned status);

/* An irrigation setting in words: "no", "auto", "every 7 d, 25 mm" (translated). */
char *itemview_irrigation_words(const irrigation *ir, lang l, char *buf, size_t size);

/* The same in at most 7 columns: "no", "auto", "7/25mm" (the prompt's days/mm form). */
char *itemview_irrigation_short(const irrigation *ir, lang l, char *buf, size_t size);

#endif
