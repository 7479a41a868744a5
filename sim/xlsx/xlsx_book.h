/* xlsx_book.h - an Excel workbook (.xlsx, written with libxlsxwriter) from tables as the CSV
 * writers give them: one sheet per table, headers in words with units in the report's
 * language, numbers as numbers with a number format by kind of quantity, ISO dates as
 * dates, the header row frozen and columns as wide as their text; and a sheet of provenance
 * and assumptions (label, value). The house exception: this folder writes a file (libxlsxwriter
 * writes files itself). It is written under a temporary name in the target's folder and then
 * put in place by atomic_write_file (sim/files), so the target is never half-written. The
 * writing is done in vudong-draw.so, loaded on the first call (draw_lib.h; xlsx_draw.c). */
#ifndef VUDONG_XLSX_BOOK_H
#define VUDONG_XLSX_BOOK_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "i18n.h"

typedef struct {
	const char *name;        /* the sheet's name (at most 31 characters; no []:*?/\) */
	const char *csv;         /* '#' comment lines, the header of binding column names, rows */
} xlsx_sheet;

typedef struct {
	const char *label, *value;
} xlsx_field;

typedef struct {
	lang lang;
	const char *title;                /* the workbook's title (document properties) */
	const xlsx_sheet *sheets;
	size_t n_sheets;
	const char *fields_sheet;         /* the provenance and assumptions sheet's name */
	const xlsx_field *fields;         /* its rows, in words */
	size_t n_fields;
	/* a column name as a header in words ("area_ha" -> "Diện tích (ha)"), NULL to keep it */
	const char *(*header)(const char *column, lang l);
} xlsx_book;

/* Writes the workbook to path (atomic_file.h rules: an existing file only when overwrite).
 * The '#' lines of the first sheet's CSV are added under the fields as the technical record.
 * Errors go to dl with the path (or why the library could not be loaded); returns true on
 * success. */
bool xlsx_book_write(const char *path, const xlsx_book *b, bool overwrite, diag_list *dl);

/* The drawing library's side (xlsx_book.c in vudong-draw.so). */
typedef struct {
	bool (*write)(const char *path, const xlsx_book *b, bool overwrite, diag_list *dl);
} xlsx_book_ops;
#define XLSX_BOOK_OPS "vudong_xlsx_book_ops"
extern const xlsx_book_ops vudong_xlsx_book_ops;

#endif
