/* measure.c - runs one command and writes how long it took and how much memory it held, for
 * tests/bad/run.sh (which builds it with the system C compiler): the wall time and the
 * processor time (user + system) in milliseconds and the peak resident set size in KiB,
 * from getrusage of the waited child, as "WALL_MS CPU_MS KIB" on one line of OUT. Exits
 * with the command's status, 128 + N when signal N ended it, 127 when it could not start.
 * Usage: measure OUT COMMAND [ARGS...] */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: measure OUT COMMAND [ARGS...]\n", stderr);
		return 127;
	}
	double start = now_ms();
	pid_t pid = fork();
	if (pid < 0) {
		perror("measure: fork");
		return 127;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 127;
	double ms = now_ms() - start;
	struct rusage ru;
	if (getrusage(RUSAGE_CHILDREN, &ru) != 0)
		return 127;
	double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
		     (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	FILE *f = fopen(argv[1], "w");
	if (f) {
		fprintf(f, "%.0f %.0f %ld\n", ms, cpu, ru.ru_maxrss);
		fclose(f);
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 127;
}
