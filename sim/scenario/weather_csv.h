/* weather_csv.h - the daily weather CSV file (DESIGN §4): a header naming the columns (the
 * keys of a `daily` row in the schema, any order), '.' decimals, ISO dates, empty cell =
 * missing. Every bad row is a diagnostic with file:line:col; ranges come from the schema.
 * A leading UTF-8 byte-order mark and CRLF line ends are accepted. */
#ifndef VUDONG_WEATHER_CSV_H
#define VUDONG_WEATHER_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"

#define WEATHER_CSV_MAX_BYTES (16u * 1024u * 1024u)
#define WEATHER_CSV_MAX_DAYS 200000  /* rows: over 500 years, in at most 21 MB */

/* Parses CSV text. `name` is used in diagnostics and `file_index` in the days' marks. On
 * success *days (malloc'd, caller frees) holds *n days in file order; order and coverage
 * are checked by scenario_check. Returns false when any error was added (then *days NULL). */
bool weather_csv_parse(const char *name, int file_index, const char *text, size_t len,
		       weather_obs **days, size_t *n, diag_list *dl);
/* Reads and parses the file at path (size limited to WEATHER_CSV_MAX_BYTES). */
bool weather_csv_read(const char *path, int file_index, weather_obs **days, size_t *n,
		      diag_list *dl);

#endif
