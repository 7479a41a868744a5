/* builtin_station.c - the shipped station records of scenarios/stations/ compiled into the
 * program (the built-in scenario's weather is the Lạng Sơn record), found by the path a
 * scenario names them with. */
#include "scenario_load.h"

#include <string.h>

/* Generated into $(BUILD)/builtin_stations.c. */
extern const char builtin_station_langson[], builtin_station_caobang[], builtin_station_honggai[];
extern const size_t builtin_station_langson_len, builtin_station_caobang_len,
	builtin_station_honggai_len;

const char *scenario_builtin_station(const char *path, size_t *len)
{
	static const struct {
		const char *path;
		const char *text;
		const size_t *len;
	} records[] = {
		{ "stations/langson.csv", builtin_station_langson, &builtin_station_langson_len },
		{ "stations/caobang.csv", builtin_station_caobang, &builtin_station_caobang_len },
		{ "stations/honggai.csv", builtin_station_honggai, &builtin_station_honggai_len },
	};
	if (strncmp(path, "./", 2) == 0)
		path += 2;
	for (size_t i = 0; i < sizeof records / sizeof records[0]; i++)
		if (strcmp(path, records[i].path) == 0) {
			*len = *records[i].len;
			return records[i].text;
		}
	return NULL;
}
