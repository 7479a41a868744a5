/* scenario_load.h - reading scenario files: YAML load with `extends:` and weather files
 * (scenario_load*.c) and the built-in scenario (builtin.c) (DESIGN §4). Every problem is a
 * diagnostic in `dl` with file:line:col; nothing is printed. */
#ifndef VUDONG_SCENARIO_LOAD_H
#define VUDONG_SCENARIO_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"

/* Loads, merges `extends:`, reads the weather file, checks every rule. On success (no
 * errors; warnings allowed) `out` holds the effective scenario and true is returned; on
 * failure `out` is left fini'd (empty) and dl says why. `out` must not be initialised. */
bool scenario_load_file(const char *path, scenario *out, diag_list *dl);
/* What a file must hold. SCENARIO_LOAD_FULL: everything a season run needs (check, run, the
 * interface). SCENARIO_LOAD_WEATHER_ONLY: `format`, `site`, `season` and `weather` suffice
 * (`vudong weather`); soils, crops and communes may be left out, and are loaded and checked
 * as usual when they are given. */
/* SCENARIO_LOAD_CHECK: a full load that also warns of values outside their plausible range
 * (scenario_check_plausible), for `vudong check`. */
typedef enum { SCENARIO_LOAD_FULL, SCENARIO_LOAD_WEATHER_ONLY, SCENARIO_LOAD_CHECK } scenario_load_mode;
/* scenario_load_file with a mode. */
bool scenario_load_file_mode(const char *path, scenario_load_mode mode, scenario *out,
			     diag_list *dl);
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

#endif
