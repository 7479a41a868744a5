/* unit_words.h - the units people write after a number, as a Vietnamese officer says them:
 * area in ha, sào (Bắc Bộ, 360 m²), m² or mẫu (10 sào); yield in t/ha, tạ/ha, kg/ha or kg/sào;
 * money with nghìn / ngàn, triệu, tỷ and đồng, per kg or per ha (or sào). Matching is case-
 * and diacritic-insensitive ("sao" is "sào"). Each unit belongs to one dimension and is
 * accepted only for a value of that dimension. Pure; used by the interface's number parser
 * (tui/core/number_input.h) and by the loader's hint for "12 sào" in a file. */
#ifndef VUDONG_UNIT_WORDS_H
#define VUDONG_UNIT_WORDS_H

#include <stddef.h>

#define UNIT_SAO_HA 0.036        /* 1 sào = 360 m² = 0.036 ha (27.78 sào per ha) */
#define UNIT_MAU_HA 0.36         /* 1 mẫu = 10 sào */

typedef enum {
	UNIT_DIM_NONE,   /* a plain number: no unit words */
	UNIT_DIM_AREA,   /* base ha */
	UNIT_DIM_YIELD,  /* base t/ha */
	UNIT_DIM_PRICE,  /* base VND/kg */
	UNIT_DIM_COST,   /* base VND/ha */
	UNIT_DIM_BN_VND, /* base billion VND */
	UNIT_DIM_COUNT   /* a count (labour days): nghìn / triệu only */
} unit_dim;

typedef enum {
	UNIT_OK,          /* *factor converts the number to the base unit */
	UNIT_UNKNOWN,     /* not a unit we know */
	UNIT_OTHER_DIM    /* a unit of another dimension (*found says which) */
} unit_status;

/* The dimension of a scenario key from its schema unit ("ha", "t/ha", "VND/kg", "VND/ha",
 * "bn VND", "d", "d/ha"); UNIT_DIM_NONE for every other unit. */
unit_dim unit_dim_of(const char *schema_unit);

/* Reads the unit text written after a number (spaces anywhere are ignored) for a value of
 * dimension dim. found may be NULL. */
unit_status unit_words_read(const char *text, unit_dim dim, double *factor, unit_dim *found);

/* The units a value of dimension dim accepts, for a message: "ha, sào, m², mẫu". */
const char *unit_dim_words(unit_dim dim);

#endif
