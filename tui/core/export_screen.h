/* export_screen.h - what `x` writes from the screen on display: the risk screen's seasons
 * (quantiles and chances), the sensitivity screen's tornado, the compare screen's A, B and
 * B − A, else the season report; text, or CSV for a ".csv" name. The same writers as
 * `vudong ensemble`, `sensitivity`, `compare` and `run`. No curses, no files. */
#ifndef VUDONG_EXPORT_SCREEN_H
#define VUDONG_EXPORT_SCREEN_H

#include <stdbool.h>
#include <stddef.h>

#include "app.h"
#include "strbuf.h"

typedef enum { EXPORT_SEASON, EXPORT_RISK, EXPORT_SENSITIVITY, EXPORT_COMPARE } export_kind;

/* What x exports from the current screen. */
export_kind export_kind_for(const app *a);
/* The default file name's suffix for it: "-report.txt", "-risk.txt", ... */
const char *export_suffix(export_kind k);
/* Appends the export of kind k to sb (csv: the study's CSV, else text). False with a
 * translated reason in why when the study has no result yet, or on out of memory. */
/* `x` to a name ending .xlsx: the workbook of what the screen shows (sim/xlsx): the risk
 * screen's ensemble, the sensitivity, the comparison, else the season with every table, the
 * outlook and the provenance; written atomically; false with a diagnostic in dl. */
bool export_write_xlsx(const app *a, const char *path, bool overwrite, diag_list *dl);
bool export_write(const app *a, export_kind k, bool csv, strbuf *sb, char *why, size_t why_size);

#endif
