/* builtin.c - the built-in Bình Liêu 2020 scenario: scenarios/binh-lieu-2020.yaml compiled
 * into the program by the Makefile (tools/embed.sh), loaded like any other file. */
#include "scenario_load.h"

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
	/* Its weather is monthly normals: no file, so no base directory is needed. */
	return scenario_load_text("<built-in>", builtin_scenario_yaml, builtin_scenario_yaml_len,
				  NULL, out, dl);
}
