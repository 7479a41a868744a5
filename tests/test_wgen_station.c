/* test_wgen_station.c - generated winters against the station records they are calibrated
 * from (issue 11, docs/model-weather.md §3.10): for Lạng Sơn, Cao Bằng and Hòn Gai, 1,000
 * seasons from the record's normals and month variability (station_climate_derive), and for
 * each month November-March the mean Tmax, Tmin and rain and the year-to-year SD of the
 * month's mean temperature, compared with the same figures computed here from the record's
 * rows (not from the generator's parameters). Then the replay: every winter of the Lạng Sơn
 * record turned into days reproduces its own months. VUDONG_TEST_VERBOSE=1 prints the table. */
#include "testing.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "station_climate.h"
#include "station_csv.h"
#include "wgen.h"
#include "wgen_replay.h"

#define SEASONS 1000
#define N_MONTHS 5   /* November .. March */

typedef struct {
	const char *file;
	double latitude_deg;     /* from the file's header line */
} station_case;

static const station_case stations[] = {
	{ "scenarios/stations/langson.csv", 21.8333 },
	{ "scenarios/stations/caobang.csv", 22.6667 },
	{ "scenarios/stations/honggai.csv", 20.9667 },
};

static int month_at(int i)
{
	return i == 0 ? 11 : i == 1 ? 12 : i - 1;   /* Nov, Dec, Jan, Feb, Mar */
}

/* Mean and sample SD of the values the record has. */
static void record_stat(const station_month *m, size_t n, int month, size_t field, double *mean,
			double *sd)
{
	double s = 0.0, ss = 0.0;
	int k = 0;
	for (size_t i = 0; i < n; i++) {
		double v = *(const double *)((const char *)&m[i] + field);
		if (m[i].month != month || !isfinite(v))
			continue;
		s += v;
		ss += v * v;
		k++;
	}
	*mean = s / k;
	*sd = sqrt((ss - s * s / k) / (k - 1));
}

static bool verbose(void)
{
	const char *v = getenv("VUDONG_TEST_VERBOSE");
	return v && *v && strcmp(v, "0") != 0;
}

static bool load(const char *file, station_month **m, size_t *n)
{
	diag_list dl;
	diag_list_init(&dl);
	bool ok = station_csv_read(file, 0, m, n, &dl);
	diag_list_fini(&dl);
	return ok;
}

static void check_station(const station_case *sc)
{
	station_month *m = NULL;
	size_t n = 0;
	CU_ASSERT_TRUE_FATAL(load(sc->file, &m, &n));
	weather_normal nm[12];
	weather_month_var var[12];
	station_climate_info info;
	station_climate_derive(m, n, 0, 0, nm, var, &info);

	vd_date first = date_from_ymd(2020, 11, 1);
	size_t days = (size_t)(date_from_ymd(2021, 3, 31) - first) + 1;
	wgen_climate c;
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, var, sc->latitude_deg, first, days, NULL),
			      WGEN_OK);
	CU_ASSERT_EQUAL_FATAL(c.n_months, N_MONTHS);
	weather_obs *out = malloc(days * sizeof *out);
	double *tmean = malloc(SEASONS * N_MONTHS * sizeof *tmean);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	CU_ASSERT_PTR_NOT_NULL_FATAL(tmean);
	double sum_x[N_MONTHS] = { 0 }, sum_n[N_MONTHS] = { 0 }, sum_r[N_MONTHS] = { 0 };
	double coldest = INFINITY;
	for (int k = 0; k < SEASONS; k++) {
		wgen_generate(&c, 5000 + (uint64_t)k, out);
		for (int i = 0; i < N_MONTHS; i++) {
			const wgen_month *mo = &c.months[i];
			double x = 0.0, y = 0.0, r = 0.0;
			for (size_t d = mo->first; d < mo->first + mo->n; d++) {
				x += out[d].tmax_c;
				y += out[d].tmin_c;
				r += out[d].rain_mm;
				if (out[d].tmin_c < coldest)
					coldest = out[d].tmin_c;
			}
			sum_x[i] += x / mo->n;
			sum_n[i] += y / mo->n;
			sum_r[i] += r;
			tmean[k * N_MONTHS + i] = 0.5 * (x + y) / mo->n;
		}
	}
	if (verbose())
		fprintf(stderr, "\n%s (%d seasons; coldest generated night %.1f °C)\n"
			"month  Tmax gen/rec   Tmin gen/rec   rain gen/rec (%%)      SD Tmean gen/rec\n",
			sc->file, SEASONS, coldest);
	for (int i = 0; i < N_MONTHS; i++) {
		int month = month_at(i);
		double rx, rn, rr, rt, sd_t, unused;
		record_stat(m, n, month, offsetof(station_month, tmax_c), &rx, &unused);
		record_stat(m, n, month, offsetof(station_month, tmin_c), &rn, &unused);
		record_stat(m, n, month, offsetof(station_month, rain_mm), &rr, &unused);
		record_stat(m, n, month, offsetof(station_month, tmean_c), &rt, &sd_t);
		double gx = sum_x[i] / SEASONS, gn = sum_n[i] / SEASONS, gr = sum_r[i] / SEASONS;
		double s = 0.0, ss = 0.0;
		for (int k = 0; k < SEASONS; k++) {
			s += tmean[k * N_MONTHS + i];
			ss += tmean[k * N_MONTHS + i] * tmean[k * N_MONTHS + i];
		}
		double gsd = sqrt((ss - s * s / SEASONS) / (SEASONS - 1));
		if (verbose())
			fprintf(stderr, "%5d  %5.2f/%5.2f   %5.2f/%5.2f   %6.1f/%6.1f (%+5.1f)   %4.2f/%4.2f (%+5.1f %%)\n",
				month, gx, rx, gn, rn, gr, rr, 100.0 * (gr / rr - 1.0), gsd, sd_t,
				100.0 * (gsd / sd_t - 1.0));
		CU_ASSERT_DOUBLE_EQUAL(gx, rx, 0.3);
		CU_ASSERT_DOUBLE_EQUAL(gn, rn, 0.3);
		CU_ASSERT_DOUBLE_EQUAL(gr / rr, 1.0, 0.10);
		CU_ASSERT_DOUBLE_EQUAL(gsd / sd_t, 1.0, 0.25);
	}
	free(tmean);
	free(out);
	wgen_climate_fini(&c);
	free(m);
}

static void test_wgen_station_langson_winters_vary_as_recorded(void)
{
	check_station(&stations[0]);
}

static void test_wgen_station_caobang_winters_vary_as_recorded(void)
{
	check_station(&stations[1]);
}

static void test_wgen_station_honggai_winters_vary_as_recorded(void)
{
	check_station(&stations[2]);
}

/* Every winter of the Lạng Sơn record (1 November - 31 March), replayed: each month's mean
 * Tmax and Tmin within 0.1 °C and its rain within 2 % of the record's own values (the
 * correction makes them exact to rounding); a season starting mid-month takes whole months
 * first, so its days are a cut of the same replay. */
static void test_wgen_replay_reproduces_each_winter_of_the_record(void)
{
	station_month *m = NULL;
	size_t n = 0;
	CU_ASSERT_TRUE_FATAL(load(stations[0].file, &m, &n));
	weather_normal nm[12];
	weather_month_var var[12];
	station_climate_info info;
	station_climate_derive(m, n, 0, 0, nm, var, &info);
	weather_obs out[160], cut[160];
	int winters = 0, forced_checked = 0;
	for (int y = 1961; y < 2015; y++) {
		vd_date first = date_from_ymd(y, 11, 1);
		size_t days = (size_t)(date_from_ymd(y + 1, 3, 31) - first) + 1;
		CU_ASSERT_FATAL(days <= 160);
		bool covered = wgen_replay_covered(m, n, first, days);
		int ey = 0, em = 0;
		wgen_replay_status st = wgen_replay(m, n, nm, var, stations[0].latitude_deg, first,
						    days, 7000 + (uint64_t)y, out, &ey, &em);
		CU_ASSERT_EQUAL(st == REPLAY_OK, covered);
		if (st != REPLAY_OK)
			continue;
		winters++;
		size_t d = 0;
		for (int i = 0; i < N_MONTHS; i++) {
			int month = month_at(i), year = month >= 11 ? y : y + 1;
			const station_month *r = wgen_record_month(m, n, year, month);
			int len = date_days_in_month(year, month);
			double x = 0.0, t = 0.0, rain = 0.0;
			for (int k = 0; k < len; k++, d++) {
				x += out[d].tmax_c;
				t += out[d].tmin_c;
				rain += out[d].rain_mm;
				CU_ASSERT(out[d].tmin_c < out[d].tmax_c);
			}
			CU_ASSERT_DOUBLE_EQUAL(x / len, r->tmax_c, 0.1);
			CU_ASSERT_DOUBLE_EQUAL(t / len, r->tmin_c, 0.1);
			if (r->rain_mm > 0.0) {
				CU_ASSERT_DOUBLE_EQUAL(rain / r->rain_mm, 1.0, 0.02);
			} else {
				CU_ASSERT_EQUAL(rain, 0.0);
			}
			/* December 1962 had 1.8 mm, January 1963 0.9 mm: a dry month's rain
			 * still arrives. */
			if ((year == 1962 && month == 12) || (year == 1963 && month == 1)) {
				CU_ASSERT(rain > 0.0);
				forced_checked++;
			}
		}
		/* A season from 15 November to 20 March is the same replay, cut. */
		vd_date f2 = date_from_ymd(y, 11, 15);
		size_t n2 = (size_t)(date_from_ymd(y + 1, 3, 20) - f2) + 1;
		CU_ASSERT_EQUAL_FATAL(wgen_replay(m, n, nm, var, stations[0].latitude_deg, f2, n2,
						  7000 + (uint64_t)y, cut, &ey, &em), REPLAY_OK);
		bool same = true;
		for (size_t k = 0; k < n2; k++)
			same = same && cut[k].date == out[14 + k].date &&
			       cut[k].tmax_c == out[14 + k].tmax_c &&
			       cut[k].tmin_c == out[14 + k].tmin_c &&
			       cut[k].rain_mm == out[14 + k].rain_mm;
		CU_ASSERT_TRUE(same);
	}
	/* 1961-62 … 2014-15: 54 winters, all complete in the record. */
	CU_ASSERT_EQUAL(winters, 54);
	CU_ASSERT_EQUAL(forced_checked, 2);
	/* Not covered: the winter of 2015 needs 2016's months. */
	CU_ASSERT_FALSE(wgen_replay_covered(m, n, date_from_ymd(2015, 11, 1), 100));
	int ey = 0, em = 0;
	CU_ASSERT_EQUAL(wgen_replay(m, n, nm, var, 21.8, date_from_ymd(2015, 11, 1), 100, 1, out,
				    &ey, &em), REPLAY_NOT_COVERED);
	CU_ASSERT_EQUAL(ey, 2016);
	CU_ASSERT_EQUAL(em, 1);
	free(m);
}

VUDONG_SUITE(wgen_station)
{
	SUITE_ADD(s, "wgen_station");
	TEST_ADD(s, test_wgen_station_langson_winters_vary_as_recorded);
	TEST_ADD(s, test_wgen_station_caobang_winters_vary_as_recorded);
	TEST_ADD(s, test_wgen_station_honggai_winters_vary_as_recorded);
	TEST_ADD(s, test_wgen_replay_reproduces_each_winter_of_the_record);
	return 0;
}
