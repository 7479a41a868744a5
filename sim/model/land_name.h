/* land_name.h - a commune's land unit as people read it: in Vietnamese by its kind, "Đất 2 vụ
 * lúa" / "Đất màu / đồi", with the unit's id in brackets only when the commune has two units
 * of that kind; in English the id itself (ids are English words: "paddy", "upland-2"). Files,
 * CSV and JSON keep the id. */
#ifndef VUDONG_LAND_NAME_H
#define VUDONG_LAND_NAME_H

#include <stddef.h>

#include "i18n.h"
#include "scenario.h"

/* The name of land kind k in language l ("Đất 2 vụ lúa"; "paddy"). */
const char *land_kind_label(land_kind k, lang l);
/* The name of unit `land` of commune c into buf (at most size bytes). Returns buf. */
char *land_unit_name(const commune *c, int land, lang l, char *buf, size_t size);
/* The same for a narrow column headed "Đất" (land): "Lúa" / "Màu" in Vietnamese (the id in
 * brackets when the commune has two units of that kind), the id in English. */
char *land_unit_short_name(const commune *c, int land, lang l, char *buf, size_t size);

#endif
