/* test_hindcast.c - the hindcast check of issue 11 on the Lạng Sơn record: the built-in plan
 * replayed on every winter of the record (`vudong ensemble --record`), each winter ten times
 * with other generator seeds (the replay fixes a winter's monthly means and rain; the days
 * inside a month are one draw, so one replay per winter is mostly the luck of its frost
 * nights: ten replays give the winter's expected cold loss).
 *
 * What must hold: the colder a winter's December and January (the record's monthly
 * (Tmax + Tmin)/2, computed here from the CSV rows), the larger the plan's cold loss: the
 * Spearman rank correlation between the winter's December–January mean (lower = colder) and
 * its mean cold loss is clearly negative (below −0.4; docs/model-weather.md gives the value),
 * and the five coldest December–Januaries of the record have their median loss rank in the
 * top third of the 54 winters. */
#include "testing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "ensemble.h"
#include "scenario.h"

#define REPLAYS 10
#define YEAR_MIN 1961
#define YEAR_MAX 2015
#define NY (YEAR_MAX - YEAR_MIN + 1)

/* The record's (Tmax + Tmin)/2 of year y, month m (1-based), NAN when missing. */
static double record_mid(const scenario *s, int y, int m)
{
	const weather_station *st = &s->weather.station;
	for (size_t i = 0; i < st->n_months; i++)
		if (st->months[i].year == y && st->months[i].month == m)
			return (st->months[i].tmax_c + st->months[i].tmin_c) / 2;
	return NAN;
}

/* Ranks 1..n of v (ascending; ties get the mean of their ranks). */
static void ranks(const double *v, int n, double *r)
{
	for (int i = 0; i < n; i++) {
		int below = 0, equal = 0;
		for (int j = 0; j < n; j++) {
			below += v[j] < v[i];
			equal += v[j] == v[i];
		}
		r[i] = below + (equal + 1) / 2.0;
	}
}

static double pearson(const double *a, const double *b, int n)
{
	double ma = 0, mb = 0;
	for (int i = 0; i < n; i++) {
		ma += a[i] / n;
		mb += b[i] / n;
	}
	double sab = 0, saa = 0, sbb = 0;
	for (int i = 0; i < n; i++) {
		sab += (a[i] - ma) * (b[i] - mb);
		saa += (a[i] - ma) * (a[i] - ma);
		sbb += (b[i] - mb) * (b[i] - mb);
	}
	return sab / sqrt(saa * sbb);
}

static void test_hindcast_colder_winters_cost_more_to_cold(void)
{
	scenario s;
	load_builtin(&s);
	CU_ASSERT_EQUAL_FATAL(s.weather.source, WEATHER_STATION);
	double loss[NY] = { 0 };
	int count[NY] = { 0 };
	unsigned long seed0 = s.weather.seed;
	for (int k = 0; k < REPLAYS; k++) {
		s.weather.seed = seed0 + 7919ul * (unsigned long)k;
		ensemble_options o = { .record = true, .season_rows = true, .threads = 1 };
		ensemble_result er;
		ensemble_result_init(&er);
		diag_list dl;
		diag_list_init(&dl);
		CU_ASSERT_TRUE_FATAL(ensemble_run(&s, &o, &er, &dl));
		for (size_t i = 0; i < er.n_season_rows; i++) {
			int y = er.season_rows[i].year;
			if (y < YEAR_MIN || y > YEAR_MAX)
				continue;
			loss[y - YEAR_MIN] += er.season_rows[i].cold_loss_pct;
			count[y - YEAR_MIN]++;
		}
		diag_list_fini(&dl);
		ensemble_result_fini(&er);
	}
	/* The winters with every replay and a December and January in the record. */
	double dj[NY], mean_loss[NY];
	int year[NY], n = 0;
	for (int y = YEAR_MIN; y <= YEAR_MAX; y++) {
		double t = (record_mid(&s, y, 12) + record_mid(&s, y + 1, 1)) / 2;
		if (count[y - YEAR_MIN] != REPLAYS || isnan(t))
			continue;
		dj[n] = t;
		mean_loss[n] = loss[y - YEAR_MIN] / REPLAYS;
		year[n] = y;
		n++;
	}
	CU_ASSERT_TRUE_FATAL(n >= 50);
	double rt[NY], rl[NY];
	ranks(dj, n, rt);
	ranks(mean_loss, n, rl);
	double rho = pearson(rt, rl, n);
	printf("\nhindcast: %d winters, Spearman(Dec-Jan mean, cold loss) = %.3f\n", n, rho);
	CU_ASSERT_TRUE(rho < -0.4);
	/* The five coldest December–Januaries: their loss ranks (1 = the largest loss). */
	int coldest[5];
	for (int c = 0; c < 5; c++) {
		int best = -1;
		for (int i = 0; i < n; i++) {
			bool taken = false;
			for (int j = 0; j < c; j++)
				taken |= coldest[j] == i;
			if (!taken && (best < 0 || dj[i] < dj[best]))
				best = i;
		}
		coldest[c] = best;
	}
	int loss_rank[5];
	for (int c = 0; c < 5; c++) {
		loss_rank[c] = n + 1 - (int)rl[coldest[c]];
		printf("hindcast: %d-%d Dec-Jan %.2f °C, cold loss %.1f %%, rank %d of %d\n",
		       year[coldest[c]], year[coldest[c]] + 1, dj[coldest[c]], mean_loss[coldest[c]],
		       loss_rank[c], n);
	}
	for (int i = 0; i < 5; i++)   /* sort the five ranks for their median */
		for (int j = i + 1; j < 5; j++)
			if (loss_rank[j] < loss_rank[i]) {
				int t = loss_rank[i];
				loss_rank[i] = loss_rank[j];
				loss_rank[j] = t;
			}
	CU_ASSERT_TRUE(loss_rank[2] <= n / 3);
	scenario_fini(&s);
}

VUDONG_SUITE(hindcast)
{
	SUITE_ADD(s, "hindcast");
	TEST_ADD(s, test_hindcast_colder_winters_cost_more_to_cold);
	return 0;
}
