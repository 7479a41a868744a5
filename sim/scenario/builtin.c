/* builtin.c - the built-in Bình Liêu 2020 scenario: scenarios/binh-lieu-2020.yaml compiled
 * into the program by the Makefile (tools/embed.sh), loaded like any other file, and the
 * shipped station records of scenarios/stations/ compiled in with it (its weather is the
 * Lạng Sơn record), so the installed program needs no data folder. */
#include "scenario_io.h"

#include <string.h>

#include "scenario_load_impl.h"

/* Generated into $(BUILD)/builtin_scenario.c. */
extern const char builtin_scenario_yaml[];
extern const size_t builtin_scenario_yaml_len;

const char *scenario_builtin_text(size_t *len)
{
	if (len)
		*len = builtin_scenario_yaml_len;
	return builtin_scenario_yaml;
}

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

bool scenario_load_builtin(scenario *out, diag_list *dl)
{
	/* Its station record is compiled in (scenario_builtin_station). */
	return load_builtin(builtin_scenario_yaml, builtin_scenario_yaml_len, out, dl);
}
