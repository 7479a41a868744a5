/* station_csv.c - reads a station's monthly record (the IMHEN files of scenarios/stations/ and
 * any file of that shape) into station_month rows, refusing what would make its normals
 * wrong: a month twice, Tmin above Tmax (cells and ranges are csv_table.c's and the schema's
 * `station_row`). A daily mean outside Tmin..Tmax is a warning: that month's tmean_c is not
 * used (missing), the rest of the row is. */
#include "station_csv.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "csv_table.h"
#include "text_file.h"

#define YEAR_MIN 1800
#define YEAR_MAX 2200

/* The line where each year-month was first seen (0 = not yet). */
typedef struct {
	int first_line[YEAR_MAX - YEAR_MIN + 1][12];
} seen_months;

static bool check_month(csv_row *r, void *row, void *user)
{
	station_month *m = row;
	seen_months *seen = user;
	int *first = &seen->first_line[m->year - YEAR_MIN][m->month - 1];
	if (*first) {
		csv_row_error(r, csv_row_col(r, "month"), "%04d-%02d appears twice (first on line %d)",
			      m->year, m->month, *first);
		return false;
	}
	*first = csv_row_line(r);
	if (!isnan(m->tmin_c) && !isnan(m->tmax_c) && m->tmin_c > m->tmax_c) {
		csv_row_error(r, csv_row_col(r, "tmin_c"),
			      "'tmin_c' %g is above 'tmax_c' %g; the mean minimum cannot exceed the mean maximum",
			      m->tmin_c, m->tmax_c);
		return false;
	}
	if (!isnan(m->tmean_c) && !isnan(m->tmin_c) && !isnan(m->tmax_c) &&
	    (m->tmean_c < m->tmin_c || m->tmean_c > m->tmax_c)) {
		csv_row_warning(r, csv_row_col(r, "tmean_c"),
				"'tmean_c' %g is outside 'tmin_c' %g .. 'tmax_c' %g; this month's daily mean is not used",
				m->tmean_c, m->tmin_c, m->tmax_c);
		m->tmean_c = NAN;
	}
	return true;
}

static const char *const required[] = { "year", "month", "tmean_c", "tmax_c", "tmin_c",
					"rain_mm", "rh_pct", "sunshine_h", NULL };

bool station_csv_parse(const char *name, int file_index, const char *text, size_t len,
		       station_month **months, size_t *n, diag_list *dl)
{
	seen_months *seen = calloc(1, sizeof *seen);
	*months = NULL;
	*n = 0;
	if (!seen) {
		diag_add(dl, DIAG_ERROR, name, 0, 0, "out of memory");
		return false;
	}
	const csv_table_spec spec = {
		.object = "station_row",
		.required = required,
		.header_hint = "year, month, tmean_c, tmax_c, tmin_c, rain_mm, rh_pct and sunshine_h",
		.empty_hint = "the station record is empty; it needs a header row "
			      "(year,month,tmean_c,tmax_c,tmin_c,rain_mm,rh_pct,sunshine_h)",
		.row_size = sizeof(station_month),
		.mark_offset = offsetof(station_month, mark),
		.max_rows = STATION_CSV_MAX_ROWS,
		.too_many = "a station record holds at most %d months (1,000 years)",
		.check_row = check_month,
		.user = seen,
	};
	void *rows;
	bool ok = csv_table_parse(&spec, name, file_index, text, len, &rows, n, dl);
	free(seen);
	*months = rows;
	return ok;
}

const char *station_csv_read_error(int err)
{
	return err == EFBIG ? "larger than 2 MiB" : text_file_strerror(err);
}

bool station_csv_read(const char *path, int file_index, station_month **months, size_t *n,
		      diag_list *dl)
{
	char *text;
	size_t len;
	*months = NULL;
	*n = 0;
	int e = text_file_read(path, STATION_CSV_MAX_BYTES, &text, &len);
	if (e) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot read the station record: %s",
			 station_csv_read_error(e));
		return false;
	}
	bool ok = station_csv_parse(path, file_index, text, len, months, n, dl);
	free(text);
	return ok;
}
