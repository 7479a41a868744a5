/* csv_table.h - the one reader of the program's CSV inputs (the daily weather CSV, the
 * station record CSV): a header naming columns from a schema object (any order), rows into
 * an array of that object's struct, '.' decimals, empty cell = missing, `#` lines and blank
 * lines skipped, a UTF-8 byte-order mark and CRLF line ends accepted. A file saved by a
 * Vietnamese Excel reads too: a header with more ';' than ',' makes ';' the separator and ','
 * the decimal mark (a '.' before it then groups thousands), dates may be dd/mm/yyyy, and the
 * header may name columns by the spec's aliases. Every bad header, cell or row is a
 * diagnostic with file:line:col; ranges come from the schema. */
#ifndef VUDONG_CSV_TABLE_H
#define VUDONG_CSV_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

typedef struct csv_row csv_row;

/* A column name people use for a key: folded (text_fold.h: no marks, lower case, a unit in
 * parentheses left out), "nhiet do toi cao" -> "tmax_c". */
typedef struct {
	const char *name, *key;
} csv_alias;

typedef struct {
	const char *object;          /* schema object whose keys are the columns ("daily") */
	const char *const *required; /* the columns the header must have, NULL-terminated */
	const char *header_hint;     /* "date, tmax_c and tmin_c" (the message when one is missing) */
	const char *empty_hint;      /* the message for a file without a header */
	size_t row_size;             /* sizeof the object's struct */
	size_t mark_offset;          /* where its src_mark lives */
	int max_rows;
	const char *too_many;        /* "a weather file holds at most %d days (over 500 years)" */
	const csv_alias *aliases;    /* other names of the columns, ended by {NULL}; may be NULL */
	const char *columns_hint;    /* the columns with their other names, for an unknown one */
	/* Called for each row whose cells all parsed, in file order, with the row already filled;
	 * reports its own errors with csv_row_error and returns false to drop the row. May be NULL. */
	bool (*check_row)(csv_row *r, void *row, void *user);
	void *user;
} csv_table_spec;

/* Parses text. `name` is used in diagnostics and `file_index` in the rows' marks. On success
 * *rows (malloc'd, caller frees) holds *n rows in file order. Returns false when any error
 * was added (then *rows is NULL). */
bool csv_table_parse(const csv_table_spec *spec, const char *name, int file_index,
		     const char *text, size_t len, void **rows, size_t *n, diag_list *dl);

/* In check_row: the row's line, the column where `key`'s cell starts in it (1 when the file
 * has no such column), and an error at that line and column. */
int csv_row_line(const csv_row *r);
int csv_row_col(const csv_row *r, const char *key);
void csv_row_error(csv_row *r, int col, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 3, 4)))
#endif
	;
/* A warning at the row's line and that column: the row is kept. */
void csv_row_warning(csv_row *r, int col, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(__printf__, 3, 4)))
#endif
	;

#endif
