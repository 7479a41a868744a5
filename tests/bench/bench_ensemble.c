/* bench_ensemble.c - the ensemble target of DESIGN §9 for `make bench`: 1,000 seasons of the
 * built-in scenario (weather generated and season run each time) in-process, the best of
 * three rounds against 1 s on one core; and memory flat in N: the peak resident memory of
 * `PROGRAM ensemble --seasons N` at N = 100 and N = 1000, which may differ only by the
 * samples the quantiles need (ensemble_alloc_bytes) plus 1 MiB of slack.
 * Usage: bench_ensemble [PROGRAM]   (default ./vudong). Exit 0 when both targets are met,
 * 1 when one is missed, 2 when the measurement could not be made. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "ensemble.h"
#include "scenario.h"
#include "scenario_io.h"

/* wait4 is BSD/GNU, not POSIX; declared here so the strict C11 build sees it. */
pid_t wait4(pid_t pid, int *status, int options, struct rusage *rusage);

#define SEASONS        1000
#define TARGET_S       1.0
#define ROUNDS         3
#define SLACK_KIB      1024L

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Seconds for SEASONS seasons (best of ROUNDS), or a negative value on failure. */
static double time_ensemble(const scenario *s, double *output_mean)
{
	double best = -1.0;
	ensemble_result er;
	ensemble_result_init(&er);
	ensemble_options o = { .seasons = SEASONS };
	for (int round = 0; round < ROUNDS; round++) {
		diag_list dl;
		diag_list_init(&dl);
		double t0 = now_s();
		bool ok = ensemble_run(s, &o, &er, &dl);
		double t = now_s() - t0;
		diag_list_fini(&dl);
		if (!ok || er.seasons != SEASONS) {
			ensemble_result_fini(&er);
			return -1.0;
		}
		if (best < 0.0 || t < best)
			best = t;
	}
	*output_mean = er.district.g.output_t.mean;
	ensemble_result_fini(&er);
	return best;
}

/* Peak RSS (KiB) of `program ensemble --seasons N --format csv`, output to /dev/null; -1
 * when it did not run cleanly. */
static long program_rss(const char *program, int seasons)
{
	char n[32];
	snprintf(n, sizeof n, "%d", seasons);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
			close(fd);
		}
		execl(program, program, "ensemble", "--seasons", n, "--format", "csv", (char *)NULL);
		_exit(127);
	}
	int status;
	struct rusage ru;
	pid_t got;
	do
		got = wait4(pid, &status, 0, &ru);
	while (got < 0 && errno == EINTR);
	if (got != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return -1;
	return ru.ru_maxrss;   /* Linux: kilobytes */
}

static const char *verdict(bool ok)
{
	return ok ? "PASS" : "FAIL";
}

int main(int argc, char **argv)
{
	const char *program = argc > 1 ? argv[1] : "./vudong";
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	if (!scenario_load_builtin(&s, &dl)) {
		fprintf(stderr, "bench_ensemble: cannot load the built-in scenario\n");
		diag_list_fini(&dl);
		return 2;
	}
	diag_list_fini(&dl);
	double mean = 0.0;
	double secs = time_ensemble(&s, &mean);
	long samples_kib = (long)((ensemble_alloc_bytes(&s, 1000) - ensemble_alloc_bytes(&s, 100)) / 1024);
	scenario_fini(&s);
	if (secs < 0.0) {
		fprintf(stderr, "bench_ensemble: the ensemble did not run\n");
		return 2;
	}
	long rss100 = program_rss(program, 100), rss1000 = program_rss(program, 1000);
	if (rss100 < 0 || rss1000 < 0) {
		fprintf(stderr, "bench_ensemble: `%s ensemble` did not run cleanly\n", program);
		return 2;
	}
	bool ok_time = secs < TARGET_S;
	bool ok_flat = rss1000 - rss100 <= samples_kib + SLACK_KIB;
	char target[40];
	snprintf(target, sizeof target, "<= %ld", rss100 + samples_kib + SLACK_KIB);
	printf("vudong ensemble benchmark (DESIGN §9)\n");
	printf("%-38s %10s %10s  %s\n", "measure", "value", "target", "result");
	printf("%-38s %10.3f %10s  %s\n", "1,000 seasons, seconds (best of 3)", secs, "< 1",
	       verdict(ok_time));
	printf("%-38s %10.1f\n", "  per season, microseconds", secs / SEASONS * 1e6);
	printf("%-38s %10ld\n", "`ensemble --seasons 100`, max RSS KiB", rss100);
	printf("%-38s %10ld %10s  %s\n", "`ensemble --seasons 1000`, max RSS KiB", rss1000, target,
	       verdict(ok_flat));
	printf("(samples 100 -> 1000 seasons: %ld KiB by ensemble_alloc_bytes; mean district "
	       "output %.1f t; program %s)\n", samples_kib, mean, program);
	return ok_time && ok_flat ? 0 : 1;
}
