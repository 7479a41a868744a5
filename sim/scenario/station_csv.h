/* station_csv.h - the station record CSV (DESIGN §4 "Station record CSV"): one row per year
 * and month, `year,month,tmean_c,tmax_c,tmin_c,rain_mm,rh_pct,sunshine_h` in any order,
 * optional `rain_days` and `wind_m_s`, `#` lines comments, an empty cell missing. Bad rows are
 * file:line:col diagnostics (csv_table.c reads it, like the daily weather CSV). */
#ifndef VUDONG_STATION_CSV_H
#define VUDONG_STATION_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "scenario.h"

#define STATION_CSV_MAX_BYTES (2u * 1024u * 1024u)
#define STATION_CSV_MAX_ROWS 12000   /* 1,000 years of months */

/* Parses CSV text. `name` is used in diagnostics and `file_index` in the rows' marks. On
 * success *months (malloc'd, caller frees) holds *n rows in file order. Besides each cell's
 * type and range it refuses a month given twice and a month whose mean Tmin is above its mean
 * Tmax. Returns false when any error was added (then *months is NULL). */
bool station_csv_parse(const char *name, int file_index, const char *text, size_t len,
		       station_month **months, size_t *n, diag_list *dl);

/* Reads and parses the regular file at path (at most STATION_CSV_MAX_BYTES). A FIFO, device
 * or directory is refused at once ("not a regular file"). */
bool station_csv_read(const char *path, int file_index, station_month **months, size_t *n,
		      diag_list *dl);
/* The message for a text_file_read_regular error code ("not a regular file", "larger than 2
 * MiB", strerror). */
const char *station_csv_read_error(int err);

#endif
