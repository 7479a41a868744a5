/* bench.c - the performance measurements of DESIGN §9 that `make bench` reports: the season
 * core in nanoseconds per field-day on the built-in scenario, and the program run end to end
 * for the single season (`PROGRAM run --format csv`, 50 times: median wall time and peak
 * resident memory) and with the outlook over the scenario's seasons that the text report
 * opens with (`PROGRAM run`, 10 times: median wall time against the outlook's 250 ms).
 * Usage: bench [PROGRAM]   (default ./vudong). Exit 0 when every target is met, 1 when one is
 * missed, 2 when the measurement could not be made. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench_util.h"
#include "diag.h"
#include "scenario.h"
#include "scenario_load.h"
#include "season.h"
#include "weather.h"

/* wait4 is BSD/GNU, not POSIX; declared here so the strict C11 build sees it. */
pid_t wait4(pid_t pid, int *status, int options, struct rusage *rusage);

#define CORE_TARGET_NS   20.0
#define E2E_TARGET_MS    20.0
#define E2E_TARGET_MIB   16.0
#define E2E_RUNS         50
#define OUTLOOK_RUNS     10
#define OUTLOOK_TARGET_MS 250.0

static void count_day(void *ctx, const season_day *d)
{
	(void)d;
	++*(size_t *)ctx;
}

/* Season core: ns per field-day, or a negative value when it could not be measured. */
static double bench_core(size_t *field_days, size_t *runs_out)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	if (!scenario_load_builtin(&s, &dl)) {
		fprintf(stderr, "bench: cannot load the built-in scenario\n");
		diag_list_fini(&dl);
		return -1.0;
	}
	weather_series w;
	weather_series_init(&w);
	if (!weather_build(&s, 0, &w, &dl)) {
		fprintf(stderr, "bench: cannot build the built-in scenario's weather\n");
		diag_list_fini(&dl);
		scenario_fini(&s);
		return -1.0;
	}
	diag_list_fini(&dl);

	season_result r;
	season_result_init(&r);
	size_t fd = 0;
	double ns = -1.0;
	if (!season_run(&s, &w, &r, count_day, &fd) || fd == 0) {
		fprintf(stderr, "bench: the season run failed or simulated no day\n");
		goto out;
	}
	/* warm up, then 7 rounds of at least 0.1 s each; the best round is the cost of the
	 * code, the others carry the noise of whatever else the machine is doing */
	for (int i = 0; i < 20; i++)
		season_run(&s, &w, &r, NULL, NULL);
	size_t runs = 0;
	for (int round = 0; round < 7; round++) {
		size_t n = 0;
		double t0 = bench_now_s(), t;
		do {
			for (int i = 0; i < 50; i++)
				if (!season_run(&s, &w, &r, NULL, NULL))
					goto out;
			n += 50;
			t = bench_now_s();
		} while (t - t0 < 0.1);
		double round_ns = (t - t0) * 1e9 / ((double)n * (double)fd);
		if (ns < 0.0 || round_ns < ns)
			ns = round_ns;
		runs += n;
	}
	*field_days = fd;
	*runs_out = runs;
out:
	season_result_fini(&r);
	weather_series_fini(&w);
	scenario_fini(&s);
	return ns;
}

/* One `program run` with stdout and stderr to /dev/null: wall seconds and max RSS (KiB).
 * False when it could not start or did not exit 0. */
static bool run_once(const char *program, bool outlook, double *secs, long *rss_kib)
{
	double t0 = bench_now_s();
	pid_t pid = fork();
	if (pid < 0)
		return false;
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
			close(fd);
		}
		if (outlook)
			execl(program, program, "run", (char *)NULL);
		else
			execl(program, program, "run", "--format", "csv", (char *)NULL);
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
		return false;
	*rss_kib = ru.ru_maxrss;   /* Linux: kilobytes */
	return true;
}

static const char *verdict(bool ok)
{
	return ok ? "PASS" : "FAIL";
}

int main(int argc, char **argv)
{
	const char *program = argc > 1 ? argv[1] : "./vudong";
	int status = 0;

	size_t fd = 0, runs = 0;
	double ns = bench_core(&fd, &runs);
	if (ns < 0.0)
		return 2;

	double times[E2E_RUNS];
	long rss_max = 0;
	for (int i = 0; i < E2E_RUNS; i++) {
		long rss = 0;
		if (!run_once(program, false, &times[i], &rss)) {
			fprintf(stderr, "bench: `%s run` did not run cleanly (run %d)\n", program, i + 1);
			return 2;
		}
		if (rss > rss_max)
			rss_max = rss;
	}
	qsort(times, E2E_RUNS, sizeof times[0], bench_cmp_double);
	double median_ms = (times[E2E_RUNS / 2 - 1] + times[E2E_RUNS / 2]) / 2.0 * 1e3;
	double rss_mib = (double)rss_max / 1024.0;

	double otimes[OUTLOOK_RUNS];
	for (int i = 0; i < OUTLOOK_RUNS; i++) {
		long rss = 0;
		if (!run_once(program, true, &otimes[i], &rss)) {
			fprintf(stderr, "bench: `%s run` did not run cleanly (run %d)\n", program, i + 1);
			return 2;
		}
	}
	qsort(otimes, OUTLOOK_RUNS, sizeof otimes[0], bench_cmp_double);
	double outlook_ms = (otimes[OUTLOOK_RUNS / 2 - 1] + otimes[OUTLOOK_RUNS / 2]) / 2.0 * 1e3;

	bool ok_core = ns < CORE_TARGET_NS;
	bool ok_outlook = outlook_ms < OUTLOOK_TARGET_MS;
	bool ok_ms = median_ms < E2E_TARGET_MS;
	bool ok_rss = rss_mib < E2E_TARGET_MIB;
	printf("vudong benchmark (DESIGN §9)\n");
	printf("%-38s %10s %10s  %s\n", "measure", "value", "target", "result");
	printf("%-38s %10.2f %10s  %s\n", "season core, ns per field-day (best)", ns, "< 20",
	       verdict(ok_core));
	printf("%-38s %10.2f %10s  %s\n", "`run --format csv`, median ms (50)", median_ms,
	       "< 20", verdict(ok_ms));
	printf("%-38s %10.2f %10s  %s\n", "`run --format csv`, max RSS MiB", rss_mib, "< 16",
	       verdict(ok_rss));
	printf("%-38s %10.2f %10s  %s\n", "`run` with the outlook, median ms (10)", outlook_ms,
	       "< 250", verdict(ok_outlook));
	printf("(built-in scenario: %zu field-days a season; %zu season runs in 7 timed "
	       "rounds; program %s)\n", fd, runs, program);
	if (!ok_core || !ok_ms || !ok_rss || !ok_outlook)
		status = 1;
	return status;
}
