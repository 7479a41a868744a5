/* weather_csv.c - reads daily weather CSV files: the header names columns from the schema's
 * `daily` keys, each row becomes one weather_obs with its file:line mark (the reading itself
 * is csv_table.c's, shared with the station record). */
#include "weather_csv.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "csv_table.h"
#include "text_file.h"

static const char *const required[] = { "date", "tmax_c", "tmin_c", NULL };

/* The names a Vietnamese Excel sheet gives the columns (folded: no marks, lower case). */
static const csv_alias aliases[] = {
	{ "ngay", "date" }, { "ngay thang", "date" },
	{ "nhiet do toi cao", "tmax_c" }, { "nhiet do cao nhat", "tmax_c" }, { "tmax", "tmax_c" },
	{ "t max", "tmax_c" }, { "nhiet do toi thap", "tmin_c" }, { "nhiet do thap nhat", "tmin_c" },
	{ "tmin", "tmin_c" }, { "t min", "tmin_c" }, { "nhiet do trung binh", "tmean_c" },
	{ "nhiet do", "tmean_c" }, { "ttb", "tmean_c" }, { "tmean", "tmean_c" },
	{ "luong mua", "rain_mm" }, { "mua", "rain_mm" }, { "do am", "rh_pct" },
	{ "do am trung binh", "rh_pct" }, { "do am tuong doi", "rh_pct" },
	{ "do am toi cao", "rhmax_pct" }, { "do am toi thap", "rhmin_pct" },
	{ "toc do gio", "wind_m_s" }, { "gio", "wind_m_s" }, { "so gio nang", "sunshine_h" },
	{ "gio nang", "sunshine_h" }, { "nang", "sunshine_h" }, { "buc xa", "srad_mj_m2" },
	{ "diem suong", "tdew_c" }, { NULL, NULL }
};

static const csv_table_spec weather_spec = {
	.object = "daily",
	.required = required,
	.header_hint = "date, tmax_c and tmin_c",
	.empty_hint = "the weather file is empty; it needs a header row (date,tmax_c,tmin_c,...)",
	.row_size = sizeof(weather_obs),
	.mark_offset = offsetof(weather_obs, mark),
	.max_rows = WEATHER_CSV_MAX_DAYS,
	.too_many = "a weather file holds at most %d days (over 500 years)",
	.aliases = aliases,
	.columns_hint = "date (Ngày), tmax_c (Nhiệt độ tối cao, Tmax), tmin_c (Nhiệt độ tối thấp, Tmin), "
			"tmean_c (Nhiệt độ trung bình), rain_mm (Lượng mưa), rh_pct (Độ ẩm), "
			"wind_m_s (Tốc độ gió), sunshine_h (Số giờ nắng)",
};

bool weather_csv_parse(const char *name, int file_index, const char *text, size_t len,
		       weather_obs **days, size_t *n, diag_list *dl)
{
	void *rows;
	bool ok = csv_table_parse(&weather_spec, name, file_index, text, len, &rows, n, dl);
	*days = rows;
	return ok;
}

bool weather_csv_read(const char *path, int file_index, weather_obs **days, size_t *n,
		      diag_list *dl)
{
	char *text;
	size_t len;
	*days = NULL;
	*n = 0;
	int e = text_file_read(path, WEATHER_CSV_MAX_BYTES, &text, &len);
	if (e) {
		diag_add(dl, DIAG_ERROR, path, 0, 0, "cannot read the weather file: %s",
			 e == EFBIG ? "larger than 16 MiB" : text_file_strerror(e));
		return false;
	}
	bool ok = weather_csv_parse(path, file_index, text, len, days, n, dl);
	free(text);
	return ok;
}
