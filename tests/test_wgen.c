/* test_wgen.c - the weather generator: its formulas (Geng et al. 1986, Richardson 1981), the
 * mean-preserving interpolation, reproducibility, and the statistics of many generated
 * seasons against the normals they came from: 1,000 seasons of the Bình Liêu estimates of
 * docs/reference.md §1 and 10,000 of a hand-made climate with very dry months. */
#include "testing.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fixtures.h"
#include "rng.h"
#include "scenario.h"
#include "wgen.h"

#define LATITUDE 21.53

static vd_date season_first(void)
{
	return date_from_ymd(2020, 9, 1);
}

static size_t season_days(void)
{
	return (size_t)(date_from_ymd(2021, 4, 30) - season_first()) + 1;
}

static void test_wgen_markov_chain_follows_geng_1986(void)
{
	/* P(W|D) = 0.75 f, P(W|W) = 0.25 + P(W|D); January: f = 8/31. */
	double pwd, pww, f = 8.0 / 31.0;
	wgen_markov_probabilities(f, &pwd, &pww);
	CU_ASSERT_DOUBLE_EQUAL(pwd, 0.75 * f, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(pww, 0.25 + 0.75 * f, 1e-15);
	/* The chain's stationary wet share P(W|D) / (1 - P(W|W) + P(W|D)) is f itself. */
	CU_ASSERT_DOUBLE_EQUAL(pwd / (1.0 - pww + pwd), f, 1e-15);
	wgen_markov_probabilities(1.2, &pwd, &pww);   /* shares above 1 are held at 1 */
	CU_ASSERT_DOUBLE_EQUAL(pww, 1.0, 1e-15);
	/* A transition between months of different shares keeps Geng's r = 0.25 where it can:
	 * January (8/31) into February (11/28): P(W|D) = 11/28 − 0.25·8/31 = 0.32834,
	 * P(W|W) = 0.57834; today's chance P(W|D) + 0.25·8/31 = 11/28. */
	wgen_markov_transition(8.0 / 31.0, 11.0 / 28.0, &pwd, &pww);
	CU_ASSERT_DOUBLE_EQUAL(pwd, 11.0 / 28.0 - 0.25 * 8.0 / 31.0, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(pww - pwd, 0.25, 1e-15);
	/* From every day wet (f0 = 1) to a share of 0.5: P(W|W) = f = 0.5 whatever r, and
	 * r = min(0.25, 0.5/1) = 0.25 gives P(W|D) = 0.25. To f = 0 nothing can rain. */
	wgen_markov_transition(1.0, 0.5, &pwd, &pww);
	CU_ASSERT_DOUBLE_EQUAL(pww, 0.5, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(pwd, 0.25, 1e-15);
	wgen_markov_transition(0.4, 0.0, &pwd, &pww);
	CU_ASSERT_DOUBLE_EQUAL(pwd, 0.0, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(pww, 0.0, 1e-15);
}

static void test_wgen_gamma_parameters_follow_geng_1986(void)
{
	/* R̄ = 10 mm: β = -2.16 + 18.3 = 16.14, α = 10/16.14 = 0.6196. */
	double a, b;
	wgen_gamma_parameters(10.0, &a, &b);
	CU_ASSERT_DOUBLE_EQUAL(b, 16.14, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(a, 0.6196, 0.0001);
	CU_ASSERT_DOUBLE_EQUAL(a * b, 10.0, 1e-12);
	/* R̄ = 2 mm (below 3): β = 1.11·2 = 2.22, α = 0.9009. */
	wgen_gamma_parameters(2.0, &a, &b);
	CU_ASSERT_DOUBLE_EQUAL(b, 2.22, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(a * b, 2.0, 1e-12);
	/* The two branches meet at 3 mm: -2.16 + 5.49 = 3.33 = 1.11·3. */
	double a1, b1, a2, b2;
	wgen_gamma_parameters(3.0, &a1, &b1);
	wgen_gamma_parameters(2.999999, &a2, &b2);
	CU_ASSERT_DOUBLE_EQUAL(b1, b2, 1e-5);
}

static void test_wgen_wet_days_get_at_least_a_tenth_of_a_millimetre(void)
{
	/* December of the Bình Liêu normals: 25 mm on 5 rain days, R̄ = 5 mm; Geng's β = -2.16 +
	 * 9.15 = 6.99, α = 5/6.99 = 0.71531. A wet day's rain is 0.1 + Gamma(α) × s with
	 * s = (5 − 0.1)/α = 6.8502, so its mean is 0.1 + α s = 5 mm. */
	weather_normal nm[12];
	fx_binh_lieu_normals(nm);
	wgen_climate c;
	vd_date dec1 = date_from_ymd(2020, 12, 1);
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, NULL, LATITUDE, dec1, 31, NULL), WGEN_OK);
	const wgen_day_params *p = &c.days[10];
	CU_ASSERT_DOUBLE_EQUAL(p->gamma_shape, 5.0 / 6.99, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(p->rain_floor_mm, 0.1, 0);
	CU_ASSERT_DOUBLE_EQUAL(p->gamma_scale_mm, 4.9 / (5.0 / 6.99), 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(p->rain_floor_mm + p->gamma_shape * p->gamma_scale_mm, 5.0, 1e-12);
	wgen_climate_fini(&c);
	/* A month whose wet-day mean is below 0.2 mm (0.3 mm on 3 days: 0.1 mm a wet day) cannot
	 * give every wet day 0.1 mm and keep its total: the floor is half the mean, 0.05 mm. */
	nm[11].rain_mm = 0.3;
	nm[11].rain_days = 3;
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, NULL, LATITUDE, dec1, 31, NULL), WGEN_OK);
	p = &c.days[10];
	CU_ASSERT_DOUBLE_EQUAL(p->rain_floor_mm, 0.05, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(p->rain_floor_mm + p->gamma_shape * p->gamma_scale_mm, 0.1, 1e-15);
	wgen_climate_fini(&c);
}

static void test_wgen_residuals_use_richardson_matrices(void)
{
	/* χ(t) = A χ(t-1) + B ε(t): a unit Tmax residual yesterday gives A's first column,
	 * a unit radiation shock today B's third column (Richardson 1981). */
	double prev[3] = { 1.0, 0.0, 0.0 }, zero[3] = { 0.0, 0.0, 0.0 }, out[3];
	wgen_residuals_next(prev, zero, out);
	CU_ASSERT_DOUBLE_EQUAL(out[0], 0.567, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(out[1], 0.253, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(out[2], -0.006, 1e-15);
	double eps[3] = { 0.0, 0.0, 1.0 };
	wgen_residuals_next(zero, eps, out);
	CU_ASSERT_DOUBLE_EQUAL(out[0], 0.0, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(out[1], 0.0, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(out[2], 0.873, 1e-15);
}

static void test_wgen_interpolation_keeps_every_monthly_mean(void)
{
	weather_normal nm[12];
	fx_binh_lieu_normals(nm);
	wgen_climate c;
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, NULL, LATITUDE, season_first(), season_days(), NULL),
			      WGEN_OK);
	/* Expected Tmax over a month = Σ (f·wet mean + (1-f)·dry mean) / days = the normal;
	 * Tmin's daily mean averages to the normal; consecutive days differ by little. */
	size_t i = 0;
	double max_step = 0.0;
	while (i < c.n) {
		int y, m, d;
		date_to_ymd(c.first + (vd_date)i, &y, &m, &d);
		int len = date_days_in_month(y, m);
		double tx = 0.0, tn = 0.0;
		for (int k = 0; k < len; k++, i++) {
			const wgen_day_params *p = &c.days[i];
			tx += p->wet_share * p->tmax_wet_c + (1.0 - p->wet_share) * p->tmax_dry_c;
			tn += p->tmin_c;
			if (i > 0)
				max_step = fmax(max_step, fabs(p->tmin_c - c.days[i - 1].tmin_c));
			CU_ASSERT(p->sun_dry >= p->sun_wet && p->sun_dry <= 1.0);
		}
		CU_ASSERT_DOUBLE_EQUAL(tx / len, nm[m - 1].tmax_c, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(tn / len, nm[m - 1].tmin_c, 1e-9);
	}
	/* The steepest monthly change, Oct->Nov Tmin 4 °C, spread over ~30 days. */
	CU_ASSERT(max_step < 0.25);
	wgen_climate_fini(&c);
}

static void test_wgen_reports_a_missing_normal(void)
{
	weather_normal nm[12];
	fx_binh_lieu_normals(nm);
	nm[0].month = 0;   /* no January */
	wgen_climate c;
	int missing = -1;
	CU_ASSERT_EQUAL(wgen_climate_init(&c, nm, NULL, LATITUDE, season_first(), season_days(), &missing),
			WGEN_MISSING_NORMAL);
	CU_ASSERT_EQUAL(missing, 1);
	CU_ASSERT_PTR_NULL(c.days);
	/* The months around the season (August, May) may be missing: flat ends. */
	fx_binh_lieu_normals(nm);
	CU_ASSERT_EQUAL(wgen_climate_init(&c, nm, NULL, LATITUDE, season_first(), season_days(), &missing),
			WGEN_OK);
	wgen_climate_fini(&c);
}

static void test_wgen_same_seed_same_weather_other_seed_other_weather(void)
{
	weather_normal nm[12];
	fx_binh_lieu_normals(nm);
	wgen_climate c;
	size_t n = season_days();
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, NULL, LATITUDE, season_first(), n, NULL), WGEN_OK);
	weather_obs *a = calloc(n, sizeof *a), *b = calloc(n, sizeof *b), *z = calloc(n, sizeof *z);
	CU_ASSERT_FATAL(a && b && z);
	wgen_generate(&c, 2020, a);
	wgen_generate(&c, 2020, b);
	wgen_generate(&c, 2021, z);
	size_t same = 0, differ = 0;
	for (size_t i = 0; i < n; i++) {
		same += a[i].tmax_c == b[i].tmax_c && a[i].tmin_c == b[i].tmin_c &&
			a[i].rain_mm == b[i].rain_mm && a[i].sunshine_h == b[i].sunshine_h;
		differ += a[i].tmax_c != z[i].tmax_c;
		CU_ASSERT_EQUAL(a[i].date, season_first() + (vd_date)i);
		CU_ASSERT(isnan(a[i].tdew_c) && isnan(a[i].srad_mj_m2) && !isnan(a[i].rh_pct));
	}
	CU_ASSERT_EQUAL(same, n);
	CU_ASSERT(differ > n * 9 / 10);
	free(a);
	free(b);
	free(z);
	wgen_climate_fini(&c);
}

static void test_wgen_draws_follow_the_documented_protocol(void)
{
	/* Reproducibility rests on the integer RNG (checked against published vectors in
	 * test_rng.c) and on a fixed protocol of draws, re-derived here from wgen.h and
	 * docs/model-weather.md: one uniform for yesterday's state (wet when below the
	 * stationary share), then per day one uniform (wet when below P(W|W) or P(W|D)), on a
	 * wet day the floor plus a gamma deviate times the scale, three normals into the residual step,
	 * Tmax = wet or dry mean + 2.5 χ1, Tmin = mean + 2.0 χ2. */
	weather_normal nm[12];
	fx_binh_lieu_normals(nm);
	wgen_climate c;
	enum { N = 90 };
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, NULL, LATITUDE, season_first(), N, NULL), WGEN_OK);
	weather_obs o[N];
	wgen_generate(&c, 2020, o);

	rng_state r;
	rng_seed(&r, 2020);
	bool wet = rng_uniform(&r) < c.days[0].wet_share;
	double chi[3] = { 0.0, 0.0, 0.0 };
	for (size_t i = 0; i < N; i++) {
		const wgen_day_params *p = &c.days[i];
		wet = rng_uniform(&r) < (wet ? p->p_wet_after_wet : p->p_wet_after_dry);
		double rain = wet ? p->rain_floor_mm + rng_gamma(&r, p->gamma_shape) * p->gamma_scale_mm
				  : 0.0;
		double eps[3];
		for (int v = 0; v < 3; v++)
			eps[v] = rng_normal(&r);
		wgen_residuals_next(chi, eps, chi);
		double tmax = (wet ? p->tmax_wet_c : p->tmax_dry_c) + WGEN_SD_TMAX_C * chi[0];
		double tmin = p->tmin_c + WGEN_SD_TMIN_C * chi[1];
		CU_ASSERT_EQUAL(o[i].rain_mm, rain);
		if (tmax - tmin >= WGEN_MIN_RANGE_C) {
			CU_ASSERT_EQUAL(o[i].tmax_c, tmax);
			CU_ASSERT_EQUAL(o[i].tmin_c, tmin);
		}
	}
	wgen_climate_fini(&c);
}

/* ---- the generator honours its normals -------------------------------------------------
 * Each calendar month of a season is a slot. A month the season covers fully is compared
 * with its normals: mean Tmax and Tmin within 0.3 °C, mean monthly rain and mean number of
 * rain days (days with at least WGEN_RAIN_DAY_MM) within 5 %. A month the season covers only
 * in part (at its start or end) is compared day by day: rain and rain days with the normal ×
 * covered days / days in the month (the rain parameters are the month's on each of its days,
 * and every day is wet with chance exactly f: test_wgen_every_day_is_wet_with_its_months_share),
 * and Tmax and Tmin with the mean of the generator's expected daily values over the covered
 * days, because a normal is the mean of the whole month's curve, not of a part of it. */

typedef struct {
	int month, len;             /* calendar month and its length that year */
	size_t days;                /* days of the season in it */
	double tmax, tmin, rain, wet; /* sums over all days of all seasons */
	double exp_tmax, exp_tmin;  /* sums of the expected daily values over its days */
} month_slot;

typedef struct {
	size_t bad_range, bad_sun, trace_rain;
	double r1;                  /* lag-1 correlation of Tmax about its expected daily mean */
} season_checks;

static void check_normals_kept(const weather_normal nm[12], vd_date first, vd_date last,
			       int seasons, season_checks *out)
{
	wgen_climate c;
	size_t n = (size_t)(last - first) + 1;
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, NULL, LATITUDE, first, n, NULL), WGEN_OK);
	enum { MAX_SLOTS = 14 };
	month_slot slot[MAX_SLOTS];
	size_t *slot_of = calloc(n, sizeof *slot_of);
	double *expect = calloc(n, sizeof *expect);
	weather_obs *o = calloc(n, sizeof *o);
	CU_ASSERT_FATAL(slot_of && expect && o);
	memset(slot, 0, sizeof slot);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		int y, m, d;
		date_to_ymd(first + (vd_date)i, &y, &m, &d);
		if (i > 0 && d == 1)
			k++;
		CU_ASSERT_FATAL(k < MAX_SLOTS);
		slot_of[i] = k;
		slot[k].month = m;
		slot[k].len = date_days_in_month(y, m);
		slot[k].days++;
		const wgen_day_params *p = &c.days[i];
		expect[i] = p->wet_share * p->tmax_wet_c + (1.0 - p->wet_share) * p->tmax_dry_c;
		slot[k].exp_tmax += expect[i];
		slot[k].exp_tmin += p->tmin_c;
	}
	size_t n_slots = k + 1;

	memset(out, 0, sizeof *out);
	double sxy = 0.0, sxx = 0.0, syy = 0.0;
	for (int s = 0; s < seasons; s++) {
		wgen_generate(&c, 1000u + (unsigned)s, o);
		for (size_t i = 0; i < n; i++) {
			month_slot *m = &slot[slot_of[i]];
			m->tmax += o[i].tmax_c;
			m->tmin += o[i].tmin_c;
			m->rain += o[i].rain_mm;
			m->wet += o[i].rain_mm >= WGEN_RAIN_DAY_MM;
			out->trace_rain += o[i].rain_mm > 0.0 && o[i].rain_mm < WGEN_RAIN_DAY_MM;
			out->bad_range += !(o[i].tmin_c < o[i].tmax_c);
			out->bad_sun += !(o[i].sunshine_h >= 0.0 && o[i].sunshine_h <= c.days[i].daylight_h);
			if (i > 0) {
				double x = o[i - 1].tmax_c - expect[i - 1], y = o[i].tmax_c - expect[i];
				sxy += x * y;
				sxx += x * x;
				syy += y * y;
			}
		}
	}
	out->r1 = sxy / sqrt(sxx * syy);

	for (size_t j = 0; j < n_slots; j++) {
		const month_slot *m = &slot[j];
		const weather_normal *w = &nm[m->month - 1];
		double cover = (double)m->days / m->len;
		double days_run = (double)m->days * seasons;
		bool full = m->days == (size_t)m->len;
		double tmax_want = full ? w->tmax_c : m->exp_tmax / m->days;
		double tmin_want = full ? w->tmin_c : m->exp_tmin / m->days;
		CU_ASSERT_DOUBLE_EQUAL(m->tmax / days_run, tmax_want, 0.3);
		CU_ASSERT_DOUBLE_EQUAL(m->tmin / days_run, tmin_want, 0.3);
		CU_ASSERT_DOUBLE_EQUAL(m->rain / seasons, w->rain_mm * cover, 0.05 * w->rain_mm * cover);
		CU_ASSERT_DOUBLE_EQUAL(m->wet / seasons, w->rain_days * cover, 0.05 * w->rain_days * cover);
	}
	free(o);
	free(expect);
	free(slot_of);
	wgen_climate_fini(&c);
}

static void test_wgen_thousand_seasons_keep_the_binh_lieu_normals(void)
{
	/* The built-in scenario's normals (docs/reference.md §1) over its season, 1 September 2020 to
	 * 30 April 2021: eight whole months. 1,000 seasons measure a monthly mean to about
	 * ±0.03 °C and November's rain (6 rain days, 40 mm; the noisiest month here) to about
	 * ±2 % (one standard error), so the 5 % and 0.3 °C test bias, not luck. Seen:
	 * rain −1.7 … +3.2 % (November), rain days −0.8 … +1.6 %, temperatures within 0.03 °C. */
	weather_normal nm[12];
	fx_binh_lieu_normals(nm);
	season_checks ck;
	check_normals_kept(nm, season_first(), season_first() + (vd_date)season_days() - 1, 1000, &ck);
	CU_ASSERT_EQUAL(ck.bad_range, 0);
	CU_ASSERT_EQUAL(ck.bad_sun, 0);
	CU_ASSERT_EQUAL(ck.trace_rain, 0);
	/* Lag-1 correlation of Tmax about its expected daily mean: positive, as A's 0.567 on
	 * the diagonal implies. Richardson's process alone gives about 0.62 (A M0 over M0 at the
	 * stationary M0); the wet-day offset, whose own lag-1 correlation is
	 * P(W|W) - P(W|D) = 0.25, pulls the total down a little (seen: 0.58). */
	CU_ASSERT(ck.r1 > 0.45 && ck.r1 < 0.7);
}

/* A hand-made monsoon climate with an abrupt dry season (not a station; each figure chosen
 * for the case it makes): wet months of 12–22 rain days next to dry months of 1–3, most
 * wet-day means of the dry months (2–4 mm) on the gamma's small-rain branch (R̄ < 3 mm), a
 * large annual swing of temperature. The hard cases: October's 2 rain days follow
 * September's 20, so a chain that enters October with September's wet share 2/3 and Geng's
 * fixed persistence 0.25 gives October (2/3 − 2/31)(0.25 + 0.25² + …) = 0.20 extra rain
 * days (+10 %, and +10 % of rain); a 2 mm wet-day mean with shape 0.9 puts 6 % of plain
 * gamma amounts below 0.1 mm, days no rain gauge counts. */
static void dry_season_normals(weather_normal nm[12])
{
	static const double rows[12][4] = {
		/* tmax  tmin  rain_mm rain_days */
		{ 24.0, 10.0, 2, 1 },    /* Jan */
		{ 27.0, 12.0, 3, 1 },    /* Feb (29 days in 2024) */
		{ 31.0, 17.0, 8, 2 },    /* Mar */
		{ 34.0, 22.0, 30, 3 },   /* Apr */
		{ 33.0, 24.0, 150, 12 }, /* May */
		{ 31.0, 24.0, 300, 20 }, /* Jun */
		{ 30.0, 24.0, 350, 22 }, /* Jul */
		{ 30.0, 24.0, 330, 21 }, /* Aug */
		{ 30.0, 23.0, 280, 20 }, /* Sep */
		{ 30.0, 20.0, 12, 2 },   /* Oct */
		{ 28.0, 15.0, 4, 1 },    /* Nov */
		{ 25.0, 11.0, 2, 1 },    /* Dec */
	};
	memset(nm, 0, 12 * sizeof *nm);
	for (int m = 0; m < 12; m++) {
		nm[m].month = m + 1;
		nm[m].tmax_c = rows[m][0];
		nm[m].tmin_c = rows[m][1];
		nm[m].rain_mm = rows[m][2];
		nm[m].rain_days = rows[m][3];
		nm[m].sunshine_h = 7.0;
		nm[m].rh_pct = 70.0;
		nm[m].wind_m_s = 2.0;
		nm[m].mark.file = -1;
	}
}

static void test_wgen_dry_months_keep_their_normals(void)
{
	/* A season of a full year and a day, 16 June 2023 to 15 June 2024: eleven whole months
	 * (with a leap February) and two half Junes, 16–30 and 1–15, checked day by day. 10,000
	 * seasons, not 1,000: a month with one rain day varies from season to season by about
	 * 1.3 rain days and 3.2 mm (Markov counts and gamma amounts), so 1,000 seasons would
	 * measure its mean only to ±4 % and ±5 % (one standard error) and a 5 % tolerance would
	 * test luck (seen at 1,000: −9.3 … +9.9 % in the one-rain-day months); 10,000 bring
	 * that to ±1.3 % and ±1.6 %. Seen: rain −2.9 … +0.8 %, rain days −1.4 … +2.0 %, means
	 * within 0.02 °C. Before the two fixes of docs/model-weather.md §3.3–3.4: October +9.9 %
	 * rain, January −8.0 % rain days (counting days of 0.1 mm or more). */
	weather_normal nm[12];
	dry_season_normals(nm);
	season_checks ck;
	check_normals_kept(nm, date_from_ymd(2023, 6, 16), date_from_ymd(2024, 6, 15), 10000, &ck);
	CU_ASSERT_EQUAL(ck.bad_range, 0);
	CU_ASSERT_EQUAL(ck.bad_sun, 0);
	CU_ASSERT_EQUAL(ck.trace_rain, 0);
}

static void test_wgen_every_day_is_wet_with_its_months_share(void)
{
	/* Exact, no sampling: carry the chance of a wet day through the chain,
	 * p(t) = P(W|D)(t) + (P(W|W)(t) − P(W|D)(t)) p(t−1), from p = f on the day before the
	 * first (the generator draws that day's state with the first day's share). Every day
	 * must come out at its month's f = rain_days / days in the month — also the first days
	 * of October after September's f = 2/3 and of May after April's 0.1. */
	weather_normal nm[12];
	dry_season_normals(nm);
	wgen_climate c;
	vd_date first = date_from_ymd(2023, 6, 16);
	size_t n = (size_t)(date_from_ymd(2024, 6, 15) - first) + 1;
	CU_ASSERT_EQUAL_FATAL(wgen_climate_init(&c, nm, NULL, LATITUDE, first, n, NULL), WGEN_OK);
	double p = c.days[0].wet_share, worst = 0.0;
	for (size_t i = 0; i < n; i++) {
		const wgen_day_params *d = &c.days[i];
		p = d->p_wet_after_dry + (d->p_wet_after_wet - d->p_wet_after_dry) * p;
		int y, m, day;
		date_to_ymd(first + (vd_date)i, &y, &m, &day);
		double f = nm[m - 1].rain_days / date_days_in_month(y, m);
		worst = fmax(worst, fabs(p - f));
		CU_ASSERT(d->p_wet_after_dry >= 0.0 && d->p_wet_after_wet <= 1.0);
	}
	CU_ASSERT(worst < 1e-12);
	/* Inside a month the transition is Geng's: 1 October is special, 2 October is not. */
	size_t oct2 = (size_t)(date_from_ymd(2023, 10, 2) - first);
	double pwd, pww;
	wgen_markov_probabilities(2.0 / 31.0, &pwd, &pww);
	CU_ASSERT_DOUBLE_EQUAL(c.days[oct2].p_wet_after_dry, pwd, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(c.days[oct2].p_wet_after_wet, pww, 1e-15);
	/* 1 October: f0 = 20/30, f = 2/31; r = min(0.25, f/f0 = 0.0968, (1−f)/(1−f0) = 2.81)
	 * = 0.0968, so P(W|D) = f − r f0 = 0 and P(W|W) = r: after a dry 30 September no rain,
	 * after a wet one rain with chance 0.0968. */
	CU_ASSERT_DOUBLE_EQUAL(c.days[oct2 - 1].p_wet_after_dry, 0.0, 1e-15);
	CU_ASSERT_DOUBLE_EQUAL(c.days[oct2 - 1].p_wet_after_wet, (2.0 / 31.0) / (20.0 / 30.0), 1e-12);
	wgen_climate_fini(&c);
}

VUDONG_SUITE(wgen)
{
	SUITE_ADD(s, "wgen");
	TEST_ADD(s, test_wgen_markov_chain_follows_geng_1986);
	TEST_ADD(s, test_wgen_gamma_parameters_follow_geng_1986);
	TEST_ADD(s, test_wgen_wet_days_get_at_least_a_tenth_of_a_millimetre);
	TEST_ADD(s, test_wgen_residuals_use_richardson_matrices);
	TEST_ADD(s, test_wgen_interpolation_keeps_every_monthly_mean);
	TEST_ADD(s, test_wgen_reports_a_missing_normal);
	TEST_ADD(s, test_wgen_same_seed_same_weather_other_seed_other_weather);
	TEST_ADD(s, test_wgen_draws_follow_the_documented_protocol);
	TEST_ADD(s, test_wgen_every_day_is_wet_with_its_months_share);
	TEST_ADD(s, test_wgen_thousand_seasons_keep_the_binh_lieu_normals);
	TEST_ADD(s, test_wgen_dry_months_keep_their_normals);
	return 0;
}
