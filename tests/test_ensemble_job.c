/* test_ensemble_job.c - the interface's background ensemble (tui/core/ensemble_job.c): a run on
 * its own thread gives the same figures as ensemble_run called directly, its progress only
 * grows and reaches 1, a cancel stops a long run long before its end, destroying a job that
 * still runs stops and joins it, and the job works on its own copy of the scenario. */
#include "testing.h"
#include "builtin.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "ensemble_job.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void nap_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	nanosleep(&ts, NULL);
}

/* Polls every 2 ms until the job leaves JOB_RUNNING or `limit_s` passed; records whether
 * the progress ever went down. */
static job_status wait_job(ensemble_job *j, double limit_s, bool *monotonic, double *last)
{
	double t0 = now_s(), prev = 0, done = 0;
	job_status st;
	while ((st = ensemble_job_poll(j, &done)) == JOB_RUNNING && now_s() - t0 < limit_s) {
		if (done < prev || done < 0 || done > 1)
			*monotonic = false;
		prev = done;
		nap_ms(2);
	}
	*last = done;
	return st;
}

static void test_ensemble_job_gives_the_direct_figures(void)
{
	scenario s;
	load_builtin(&s);
	ensemble_job *j = ensemble_job_start(&s, 300, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	/* The job has its own copy: changing the caller's scenario at once changes nothing. */
	double area = s.communes[0].plan[0].area_ha;
	s.communes[0].plan[0].area_ha = area * 3;
	bool monotonic = true;
	double last = 0;
	CU_ASSERT_EQUAL(wait_job(j, 120 * test_slowdown(), &monotonic, &last), JOB_DONE);
	CU_ASSERT_TRUE(monotonic);
	CU_ASSERT_DOUBLE_EQUAL(last, 1.0, 0);
	CU_ASSERT_EQUAL(ensemble_job_seasons(j), 300);
	CU_ASSERT_TRUE(ensemble_job_elapsed_ms(j) > 0);
	ensemble_result er;
	ensemble_result_init(&er);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(ensemble_job_take(j, &er, &dl));
	CU_ASSERT_FALSE(ensemble_job_take(j, &er, &dl));   /* taken once */
	ensemble_job_destroy(j);

	/* The same run called directly on one thread, on the scenario as it was. */
	s.communes[0].plan[0].area_ha = area;
	ensemble_options o = { .seasons = 300, .threads = 1 };
	ensemble_result direct;
	ensemble_result_init(&direct);
	diag_list dl2;
	diag_list_init(&dl2);
	CU_ASSERT_TRUE_FATAL(ensemble_run(&s, &o, &direct, &dl2));
	CU_ASSERT_EQUAL(er.seasons, 300);
	CU_ASSERT_EQUAL(er.seasons, direct.seasons);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.mean, direct.district.g.output_t.mean, 0);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.value_mvnd.p50, direct.district.g.value_mvnd.p50, 0);
	CU_ASSERT_DOUBLE_EQUAL(er.district.g.output_t.p10, direct.district.g.output_t.p10, 0);
	CU_ASSERT_EQUAL(er.district.target_missed, direct.district.target_missed);
	CU_ASSERT_EQUAL(er.district.g.failures, direct.district.g.failures);
	CU_ASSERT_FALSE(er.cancelled);
	diag_list_fini(&dl);
	diag_list_fini(&dl2);
	ensemble_result_fini(&er);
	ensemble_result_fini(&direct);
	scenario_fini(&s);
}

static void test_ensemble_job_cancel_stops_a_long_run(void)
{
	scenario s;
	load_builtin(&s);
	/* 100,000 seasons take the built-in several seconds a pass on this machine (about
	 * 1 ms a season on one core, DESIGN §9 allows 1 s per 1,000): a cancel must end it
	 * within a batch, far sooner. */
	ensemble_job *j = ensemble_job_start(&s, 100000, 1);
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	double done = 0, t0 = now_s();
	while (ensemble_job_poll(j, &done) == JOB_RUNNING && done == 0 && now_s() - t0 < 30 * test_slowdown())
		nap_ms(2);
	CU_ASSERT_EQUAL(ensemble_job_poll(j, NULL), JOB_RUNNING);
	CU_ASSERT_TRUE(done > 0);   /* the engine reports progress between batches */
	double t_cancel = now_s();
	ensemble_job_cancel(j);
	bool monotonic = true;
	double last = 0;
	CU_ASSERT_EQUAL(wait_job(j, 30 * test_slowdown(), &monotonic, &last), JOB_CANCELLED);
	double took = now_s() - t_cancel;
	CU_ASSERT_TRUE(took < 2.0 * test_slowdown());
	CU_ASSERT_TRUE(last < 1.0);
	ensemble_result er;
	ensemble_result_init(&er);
	CU_ASSERT_FALSE(ensemble_job_take(j, &er, NULL));
	CU_ASSERT_EQUAL(er.seasons, 0);
	ensemble_job_destroy(j);
	ensemble_result_fini(&er);
	scenario_fini(&s);
}

static void test_ensemble_job_destroy_stops_and_joins(void)
{
	scenario s;
	load_builtin(&s);
	ensemble_job *j = ensemble_job_start(&s, 100000, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	/* Freed at once: the caller's scenario is not the job's. */
	scenario_fini(&s);
	double t0 = now_s();
	ensemble_job_destroy(j);   /* asan checks nothing is left behind */
	CU_ASSERT_TRUE(now_s() - t0 < 2.0 * test_slowdown());
	ensemble_job_destroy(NULL);
}

VUDONG_SUITE(ensemble_job)
{
	SUITE_ADD(s, "ensemble_job");
	TEST_ADD(s, test_ensemble_job_gives_the_direct_figures);
	TEST_ADD(s, test_ensemble_job_cancel_stops_a_long_run);
	TEST_ADD(s, test_ensemble_job_destroy_stops_and_joins);
	return 0;
}
