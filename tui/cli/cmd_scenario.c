/* cmd_scenario.c - `vudong scenario`: the built-in scenario's YAML as shipped, comments and
 * all, to stdout or -o FILE: a starting point to edit; with --next FILE, next season's
 * scenario of FILE (cmd_next.c). */
#include "cli.h"

#include "scenario_load.h"

int cmd_scenario(const cli_options *o)
{
	if (o->next)
		return cmd_next(o);
	size_t len;
	const char *text = scenario_builtin_text(&len);
	return cli_write_output(o, text, len);
}
