/* cmd_check.c - `vudong check FILE.yaml`: load and validate a scenario, print only the
 * diagnostics (stderr); exit 0 when there is no error, 2 otherwise. */
#include "cli.h"


int cmd_check(const cli_options *o)
{
	scenario s;
	int status = cli_load_scenario(o->files[0], &s);
	if (status == EXIT_OK)
		scenario_fini(&s);
	return status;
}
