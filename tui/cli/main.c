/* main.c - the program: reads the command line through the command table (cmd_table.h),
 * checks it, and runs the command or the interface. */
#include <signal.h>
#include <stdlib.h>

#include "cli.h"
#include "cmd_table.h"

int main(int argc, char **argv)
{
	/* A file-size limit (ulimit -f) makes a write fail with EFBIG, which is reported like
	 * any write error, instead of killing the program part way through a file. */
	signal(SIGXFSZ, SIG_IGN);
	cli_options o = { .lang = cli_lang_from_env(), .seed = -1, .theme = -1 };
	cli_set_diag_lang(o.lang);
	int status = cli_parse_args(argc, argv, &o);
	cli_set_diag_lang(o.lang);
	if (status >= 0)
		return status;
	if (getenv("NO_COLOR") && *getenv("NO_COLOR"))
		o.no_color = true;
	status = cli_check_args(&o);
	if (status >= 0)
		return status;
	return o.cmd->exec(&o);
}
