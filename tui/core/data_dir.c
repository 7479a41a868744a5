/* data_dir.c - the installed data folder (data_dir.h). The only file that reads
 * VUDONG_DATADIR, so the Makefile rebuilds it when PREFIX changes. */
#include "data_dir.h"

#include "path.h"

#ifndef VUDONG_DATADIR
#define VUDONG_DATADIR "/usr/local/share/vudong"
#endif

const char *data_dir(void)
{
	return VUDONG_DATADIR;
}

char *data_dir_find(const char *name)
{
	return path_find_data(name, data_dir());
}
