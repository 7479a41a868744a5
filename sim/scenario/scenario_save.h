/* scenario_save.h - writing scenario files: the effective scenario as YAML, saved atomically,
 * and its hash (DESIGN §4, §8). Every problem is a diagnostic in `dl`; nothing is printed. */
#ifndef VUDONG_SCENARIO_SAVE_H
#define VUDONG_SCENARIO_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "scenario.h"

/* The effective scenario as YAML (no extends; every key; weather inline as the scenario has
 * it: a `file:` source stays a file reference). malloc'd, NUL-terminated; NULL on failure. */
char *scenario_to_yaml(const scenario *s, size_t *len, diag_list *dl);
/* Writes scenario_to_yaml atomically; refuses to replace an existing file unless overwrite. */
bool scenario_save(const scenario *s, const char *path, bool overwrite, diag_list *dl);
/* FNV-1a 64 of scenario_to_yaml: the "hash of the effective scenario" in report headers. */
uint64_t scenario_hash(const scenario *s);

#endif
