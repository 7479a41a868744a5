/* builtin.c - the built-in Bình Liêu 2020 scenario: scenarios/binh-lieu-2020.yaml compiled
 * into the program by the Makefile (tools/embed.sh) and loaded like any other file; its
 * station record is compiled in too (builtin_station.c), so the installed program needs no
 * data folder. */
#include "scenario_load.h"

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

bool scenario_load_builtin(scenario *out, diag_list *dl)
{
	/* Its station record is compiled in (scenario_builtin_station). */
	return load_builtin(builtin_scenario_yaml, builtin_scenario_yaml_len, out, dl);
}
