/* scenario_io.h - reading and writing scenario files: YAML load (with extends and weather
 * files), the built-in scenario, YAML save, and the effective scenario's hash (DESIGN §4, §8).
 * Every problem is a diagnostic in `dl` with file:line:col; nothing is printed. */
#ifndef VUDONG_SCENARIO_IO_H
#define VUDONG_SCENARIO_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "scenario.h"

/* Loads, merges `extends:`, reads the weather file, checks every rule. On success (no
 * errors; warnings allowed) `out` holds the effective scenario and true is returned; on
 * failure `out` is left fini'd (empty) and dl says why. `out` must not be initialised. */
bool scenario_load_file(const char *path, scenario *out, diag_list *dl);
/* The same from text in memory; `name` is used in diagnostics, `base_dir` resolves relative
 * paths (extends, weather file); NULL base_dir means the current directory. */
bool scenario_load_text(const char *name, const char *text, size_t len, const char *base_dir,
			scenario *out, diag_list *dl);
/* The built-in Bình Liêu 2020 scenario compiled into the program ("<built-in>"). */
bool scenario_load_builtin(scenario *out, diag_list *dl);
/* The built-in scenario's YAML text, as shipped (with its comments). */
const char *scenario_builtin_text(size_t *len);
/* The shipped station record `stations/NAME.csv` (as a scenario names it) compiled into the
 * program, or NULL when there is no such record. */
const char *scenario_builtin_station(const char *path, size_t *len);

/* The effective scenario as YAML (no extends; every key; weather inline as the scenario has
 * it: a `file:` source stays a file reference). malloc'd, NUL-terminated; NULL on failure. */
char *scenario_to_yaml(const scenario *s, size_t *len, diag_list *dl);
/* Writes scenario_to_yaml atomically; refuses to replace an existing file unless overwrite. */
bool scenario_save(const scenario *s, const char *path, bool overwrite, diag_list *dl);
/* FNV-1a 64 of scenario_to_yaml: the "hash of the effective scenario" in report headers. */
uint64_t scenario_hash(const scenario *s);

#endif
