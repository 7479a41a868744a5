/* exit_status.h - the program's exit statuses (binding, DESIGN §5), shared by the commands
 * and the interface. */
#ifndef VUDONG_EXIT_STATUS_H
#define VUDONG_EXIT_STATUS_H

enum { EXIT_OK = 0, EXIT_RUNTIME = 1, EXIT_BAD_INPUT = 2 };

#endif
