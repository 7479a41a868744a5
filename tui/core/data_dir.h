/* data_dir.h - the folder the program's shipped files are installed in (`make install`:
 * PREFIX/share/vudong, holding scenarios/), and finding there a scenario the user names by a
 * path that does not exist from the working directory. */
#ifndef VUDONG_DATA_DIR_H
#define VUDONG_DATA_DIR_H

/* PREFIX/share/vudong as the Makefile built the program (VUDONG_DATADIR). */
const char *data_dir(void);
/* path_find_data(name, data_dir()): name when it exists (or is absolute), else
 * data_dir()/name when that exists, else name. malloc'd; NULL on out of memory. */
char *data_dir_find(const char *name);

#endif
