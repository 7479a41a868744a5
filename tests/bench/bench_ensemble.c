/* bench_ensemble.c - the ensemble targets of DESIGN §9 for `make bench`: 1,000 seasons of the
 * built-in scenario (weather generated and season run each time, the passes of the order
 * statistics included) in-process on one thread, the best of three rounds against 1 s, and
 * the same on the default threads (one per CPU, reported); and memory flat in N: the peak
 * resident memory of `PROGRAM ensemble --seasons N` (default threads) at N = 100, 1,000 and
 * 10,000, the median of three runs each (a run's RSS varies by some 100 KiB with where the
 * kernel places things), where 1,000 and 10,000 may exceed 100 by at most 10 %.
 * Usage: bench_ensemble [PROGRAM]   (default ./vudong). Exit 0 when the targets are met,
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

#include "bench_util.h"
#include "diag.h"
#include "ensemble.h"
#include "scenario.h"
#include "scenario_load.h"

/* wait4 is BSD/GNU, not POSIX; declared here so the strict C11 build sees it. */
pid_t wait4(pid_t pid, int *status, int options, struct rusage *rusage);

#define SEASONS        1000
#define TARGET_S       1.0
#define ROUNDS         3
#define RSS_SLACK      0.10      /* N = 1,000 and 10,000 within 10 % of N = 100 */
#define RSS_RUNS       3         /* the median of this many runs */

typedef struct {
	double secs;            /* best of ROUNDS; negative on failure */
	double output_mean;
	int passes, threads;
} timing;

/* SEASONS seasons on `threads` threads (0: one per CPU), best of ROUNDS. */
static timing time_ensemble(const scenario *s, int threads)
{
	timing tm = { -1.0, 0.0, 0, 0 };
	ensemble_result er;
	ensemble_result_init(&er);
	ensemble_options o = { .seasons = SEASONS, .threads = threads };
	for (int round = 0; round < ROUNDS; round++) {
		diag_list dl;
		diag_list_init(&dl);
		double t0 = bench_now_s();
		bool ok = ensemble_run(s, &o, &er, &dl);
		double t = bench_now_s() - t0;
		diag_list_fini(&dl);
		if (!ok || er.seasons != SEASONS) {
			ensemble_result_fini(&er);
			tm.secs = -1.0;
			return tm;
		}
		if (tm.secs < 0.0 || t < tm.secs)
			tm.secs = t;
	}
	tm.output_mean = er.district.g.output_t.mean;
	tm.passes = er.passes;
	tm.threads = er.threads;
	ensemble_result_fini(&er);
	return tm;
}

/* Peak RSS (KiB) of `program ensemble --seasons N --format csv`, output to /dev/null, and
 * its wall time; -1 when it did not run cleanly. */
static long program_rss(const char *program, int seasons, double *secs)
{
	char n[32];
	snprintf(n, sizeof n, "%d", seasons);
	double t0 = bench_now_s();
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
	*secs = bench_now_s() - t0;
	if (got != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return -1;
	return ru.ru_maxrss;   /* Linux: kilobytes */
}

/* The median of RSS_RUNS runs' peak RSS; -1 when one did not run cleanly. *secs gets the
 * last run's wall time. */
static long median_rss(const char *program, int seasons, double *secs)
{
	long v[RSS_RUNS];
	for (int i = 0; i < RSS_RUNS; i++) {
		v[i] = program_rss(program, seasons, secs);
		if (v[i] < 0)
			return -1;
		for (int k = i; k > 0 && v[k - 1] > v[k]; k--) {
			long x = v[k];
			v[k] = v[k - 1];
			v[k - 1] = x;
		}
	}
	return v[RSS_RUNS / 2];
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
	timing one = time_ensemble(&s, 1), all = time_ensemble(&s, 0);
	scenario_fini(&s);
	if (one.secs < 0.0 || all.secs < 0.0) {
		fprintf(stderr, "bench_ensemble: the ensemble did not run\n");
		return 2;
	}
	static const int ns[3] = { 100, 1000, 10000 };
	long rss[3];
	double wall[3];
	for (int i = 0; i < 3; i++) {
		rss[i] = median_rss(program, ns[i], &wall[i]);
		if (rss[i] < 0) {
			fprintf(stderr, "bench_ensemble: `%s ensemble` did not run cleanly\n", program);
			return 2;
		}
	}
	long limit = (long)((double)rss[0] * (1.0 + RSS_SLACK));
	bool ok_time = one.secs < TARGET_S;
	bool ok_flat = rss[1] <= limit && rss[2] <= limit;
	char target[40], label[64];
	printf("vudong ensemble benchmark (DESIGN §9)\n");
	printf("%-48s %10s %10s  %s\n", "measure", "value", "target", "result");
	printf("%-48s %10.3f %10s  %s\n", "1,000 seasons, 1 thread, s (best of 3)", one.secs, "< 1",
	       verdict(ok_time));
	printf("%-48s %10.1f\n", "  per season and pass, microseconds",
	       one.secs / SEASONS / one.passes * 1e6);
	snprintf(label, sizeof label, "1,000 seasons, %d threads, s (best of 3)", all.threads);
	printf("%-48s %10.3f\n", label, all.secs);
	printf("%-48s %10d\n", "  passes over the seasons", one.passes);
	snprintf(target, sizeof target, "<= %ld", limit);
	for (int i = 0; i < 3; i++) {
		snprintf(label, sizeof label, "`ensemble --seasons %d`, max RSS KiB (median)", ns[i]);
		if (i == 0)
			printf("%-48s %10ld\n", label, rss[i]);
		else
			printf("%-48s %10ld %10s  %s\n", label, rss[i], target, verdict(rss[i] <= limit));
	}
	printf("(wall time of those runs: %.2f s, %.2f s, %.2f s; mean district output %.1f t; "
	       "program %s)\n", wall[0], wall[1], wall[2], one.output_mean, program);
	return ok_time && ok_flat ? 0 : 1;
}
