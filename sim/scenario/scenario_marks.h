/* scenario_marks.h - where each loaded value was written: a map from (field address, schema
 * field) to the file:line:col of its key and value, and whether loading it failed. The loader
 * fills it; the semantic checks read it to point at the exact value (or skip a comparison
 * whose operand was already reported), and the budget of diagnostics both keep. Internal to
 * scenario_load*.c and scenario_check.c. */
#ifndef VUDONG_SCENARIO_MARKS_H
#define VUDONG_SCENARIO_MARKS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"
#include "schema.h"

/* At most this many problems are listed by the loader, and again by the checks: past it one
 * last "too many problems" diagnostic, so that a broken file of 100,000 items gives a page
 * of messages rather than 100,000 lines. */
#define SCENARIO_MAX_DIAGS 100

typedef struct {
	size_t start;                /* dl->count when it began */
	bool spent;                  /* the last diagnostic was given */
} diag_budget;

void diag_budget_init(diag_budget *b, const diag_list *dl);
/* Whether one more problem may be added to dl (at file:line:col). When SCENARIO_MAX_DIAGS
 * are there, adds "too many problems" at that place once and returns false from then on. */
bool diag_budget_take(diag_budget *b, diag_list *dl, const char *file, int line, int col);

typedef struct {
	const void *addr;            /* the value in the struct */
	const schema_field *field;
	src_mark key, value;
	bool bad;                    /* already reported: missing or invalid */
} mark_entry;

typedef struct {
	mark_entry *e;
	size_t cap, n;               /* cap is a power of two (or 0) */
} mark_map;

void mark_map_init(mark_map *m);
void mark_map_fini(mark_map *m);
/* Adds or replaces; false on out of memory. */
bool mark_map_put(mark_map *m, const void *addr, const schema_field *f, src_mark key,
		  src_mark value, bool bad);
const mark_entry *mark_map_get(const mark_map *m, const void *addr, const schema_field *f);

/* Every semantic check of a loaded scenario (DESIGN §8), with exact marks when `marks` is
 * given (else the marks of the items). Adds errors and warnings to dl. */
void scenario_check_marked(const scenario *s, const mark_map *marks, diag_list *dl);
void scenario_check_plausible_marked(const scenario *s, const mark_map *marks, diag_list *dl);

#endif
