/* test_waterbal.c - the FAO-56 root-zone water balance: TAW, RAW, Ks (eq. 82-84), ETa
 * (eq. 81), depletion and deep percolation (eq. 85, 88), runoff, root growth, irrigation;
 * spans of days of one part and of two parts at once. */
#include "testing.h"

#include "fixtures.h"
#include "waterbal.h"

/* docs/reference.md §4 root zone: θFC 0.30, θWP 0.10, Zr 0.5 m, p 0.35. */
static void ref_params(wb_params *p, irrigation_mode mode)
{
	soil so = { .theta_fc = 0.30, .theta_wp = 0.10, .initial_depletion_pct = 0 };
	crop c = { .depletion_p = 0.35 };
	land_unit lu = { .runoff_share = 0 };
	irrigation irr = { .mode = mode, .interval_days = 7, .depth_mm = 25 };
	waterbal_params(p, &so, &c, &lu, &irr, true);
}

static void test_waterbal_reference_root_zone_gives_taw_raw_ks(void)
{
	wb_params p;
	ref_params(&p, IRRIGATION_NONE);
	/* TAW = 1000 (0.30 - 0.10) 0.5 = 100 mm; with ETc 5 mm p stays 0.35: RAW 35 mm */
	wb_state st = { .dr = 50.0, .taw = 100.0 };
	wb_day d;
	waterbal_step(&st, &p, 1, 0.5, 1.0, 5.0, 0.0, &d);
	CU_ASSERT_DOUBLE_EQUAL(d.taw, 100.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d.p, 0.35, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d.raw, 35.0, 1e-9);
	/* Dr 50: Ks = (100 - 50) / (0.65 × 100) = 0.769 */
	CU_ASSERT_DOUBLE_EQUAL(d.ks, 0.769, 5e-4);
	CU_ASSERT_DOUBLE_EQUAL(d.eta, 0.769 * 5.0, 5e-3);
	CU_ASSERT_DOUBLE_EQUAL(d.dr, 50.0 + d.eta, 1e-9);
	/* Dr 80: Ks = 20 / 65 = 0.308 */
	CU_ASSERT_DOUBLE_EQUAL(waterbal_ks(80.0, d.taw, d.raw, d.p), 0.308, 5e-4);
	/* at or below RAW no stress */
	CU_ASSERT_EQUAL(waterbal_ks(d.raw, d.taw, d.raw, d.p), 1.0);
	CU_ASSERT_EQUAL(waterbal_ks(20.0, d.taw, d.raw, d.p), 1.0);
	CU_ASSERT_EQUAL(waterbal_ks(100.0, d.taw, d.raw, d.p), 0.0);
}

static void test_waterbal_p_follows_etc_and_is_clamped(void)
{
	/* Table 22 note: p = p_table + 0.04 (5 - ETc) */
	CU_ASSERT_DOUBLE_EQUAL(waterbal_p(0.35, 3.0), 0.43, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(waterbal_p(0.35, 7.0), 0.27, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(waterbal_p(0.75, 0.0), 0.8, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(waterbal_p(0.1, 10.0), 0.1, 1e-12);
}

static void test_waterbal_refills_to_field_capacity(void)
{
	wb_params p;
	ref_params(&p, IRRIGATION_AUTO);
	/* Dr 50 > RAW 35 at the start of the day: refill 50 mm, no stress, the day's ET 5 mm */
	wb_state st = { .dr = 50.0, .taw = 100.0 };
	wb_day d;
	waterbal_step(&st, &p, 9, 0.5, 1.0, 5.0, 0.0, &d);
	CU_ASSERT_DOUBLE_EQUAL(d.irrigation, 50.0, 1e-12);
	CU_ASSERT_EQUAL(d.dr_start, 0.0);
	CU_ASSERT_EQUAL(d.ks, 1.0);
	CU_ASSERT_DOUBLE_EQUAL(d.eta, 5.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d.dr, 5.0, 1e-12);
	CU_ASSERT_EQUAL(d.dp, 0.0);
	/* Dr 30 <= RAW: nothing applied */
	st.dr = 30.0;
	waterbal_step(&st, &p, 10, 0.5, 1.0, 5.0, 0.0, &d);
	CU_ASSERT_EQUAL(d.irrigation, 0.0);
	CU_ASSERT_DOUBLE_EQUAL(d.dr, 35.0, 1e-12);
}

static void test_waterbal_schedule_applies_on_its_days(void)
{
	wb_params p;
	ref_params(&p, IRRIGATION_SCHEDULE);
	wb_state st;
	waterbal_start(&st, &p, 0.5);
	int applied = 0;
	for (int das = 1; das <= 20; das++) {
		wb_day d;
		waterbal_step(&st, &p, das, 0.5, 1.0, 4.0, 0.0, &d);
		/* every 7 days from sowing: das 1, 8 and 15 */
		bool due = das == 1 || das == 8 || das == 15;
		CU_ASSERT_DOUBLE_EQUAL(d.irrigation, due ? 25.0 : 0.0, 1e-12);
		applied += d.irrigation > 0.0;
		/* das 1 starts at field capacity: 25 mm in, 4 mm used, 21 mm drain (eq. 88) */
		if (das == 1)
			CU_ASSERT_DOUBLE_EQUAL(d.dp, 21.0, 1e-12);
	}
	CU_ASSERT_EQUAL(applied, 3);
}

static void test_waterbal_rain_beyond_depletion_percolates(void)
{
	wb_params p;
	ref_params(&p, IRRIGATION_NONE);
	/* eq. 88: DP = P - RO - ETa - Dr,i-1 = 30 - 0 - 5 - 20 = 5 mm; Dr ends at 0 */
	wb_state st = { .dr = 20.0, .taw = 100.0 };
	wb_day d;
	waterbal_step(&st, &p, 3, 0.5, 1.0, 5.0, 30.0, &d);
	CU_ASSERT_DOUBLE_EQUAL(d.dp, 5.0, 1e-12);
	CU_ASSERT_EQUAL(d.dr, 0.0);
	/* with 20 % runoff the soil keeps it all: 20 - 24 + 5 = 1 mm, no percolation */
	p.runoff_share = 0.2;
	st.dr = 20.0;
	waterbal_step(&st, &p, 3, 0.5, 1.0, 5.0, 30.0, &d);
	CU_ASSERT_DOUBLE_EQUAL(d.runoff, 6.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(d.eff_rain, 24.0, 1e-12);
	CU_ASSERT_EQUAL(d.dp, 0.0);
	CU_ASSERT_DOUBLE_EQUAL(d.dr, 1.0, 1e-12);
}

static void test_waterbal_new_soil_joins_at_initial_depletion(void)
{
	soil so = { .theta_fc = 0.30, .theta_wp = 0.10, .initial_depletion_pct = 20 };
	crop c = { .depletion_p = 0.5 };
	land_unit lu = { .runoff_share = 0 };
	irrigation irr = { .mode = IRRIGATION_NONE };
	wb_params p;
	waterbal_params(&p, &so, &c, &lu, &irr, false);
	wb_state st;
	waterbal_start(&st, &p, 0.3);
	/* TAW at sowing 1000 × 0.2 × 0.3 = 60 mm, 20 % depleted: 12 mm */
	CU_ASSERT_DOUBLE_EQUAL(st.dr, 12.0, 1e-9);
	/* roots to 0.4 m: 20 mm of new soil at 20 % depletion brings 4 mm; ET 2 mm */
	wb_day d;
	waterbal_step(&st, &p, 1, 0.4, 1.0, 2.0, 0.0, &d);
	CU_ASSERT_DOUBLE_EQUAL(d.root_growth, 4.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d.dr, 18.0, 1e-9);
}

static void test_waterbal_soil_never_dries_past_wilting_point(void)
{
	/* a thin root zone (TAW 2 mm) under a demand of 8 mm: ETa is what the soil holds */
	soil so = { .theta_fc = 0.12, .theta_wp = 0.10 };
	crop c = { .depletion_p = 0.1 };
	land_unit lu = { .runoff_share = 0 };
	irrigation irr = { .mode = IRRIGATION_NONE };
	wb_params p;
	waterbal_params(&p, &so, &c, &lu, &irr, false);
	wb_state st;
	waterbal_start(&st, &p, 0.1);
	wb_day d;
	waterbal_step(&st, &p, 1, 0.1, 1.0, 8.0, 0.0, &d);
	CU_ASSERT_DOUBLE_EQUAL(d.taw, 2.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d.eta, 2.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d.dr, d.taw, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(d.eta, d.ks * d.etc, 1e-12);
	waterbal_step(&st, &p, 2, 0.1, 1.0, 8.0, 0.0, &d);
	CU_ASSERT_EQUAL(d.eta, 0.0);
	CU_ASSERT_EQUAL(d.ks, 0.0);
}

/* The days a span reports: how many, the last one and the depletion before it. */
typedef struct {
	int days, last;
	double dr_prev_last;
} span_days;

static void count_span_day(void *ctx, int d, double dr_prev, const wb_day *x)
{
	span_days *c = ctx;
	(void)x;
	c->days++;
	c->last = d;
	c->dr_prev_last = dr_prev;
}

static void test_waterbal_span_adds_up_its_days(void)
{
	/* REFERENCE §4 root zone at 0.5 m (TAW 100 mm), full at sowing, seven dry days of ET0
	 * 6 mm, Kc 1: p = 0.35 + 0.04 (5 - 6) = 0.31, RAW 31 mm. Rain-fed: no stress while
	 * Dr <= RAW (6 days: Dr 36), then Ks = (100 - 36) / 69 on day 7, so
	 * ETa = 36 + 6 × 64 / 69. Automatic irrigation: day 7 starts at Dr 36 > RAW and is
	 * refilled with 36 mm, then ET 6 mm: ETa 42, Dr 6. */
	enum { N = 7 };
	double zr[N], kc[N];
	weather_day wd[N];
	for (int d = 0; d < N; d++) {
		zr[d] = 0.5;
		kc[d] = 1.0;
		wd[d] = (weather_day){ .et0_mm = 6.0 };
	}
	wb_params pr[2];
	ref_params(&pr[0], IRRIGATION_AUTO);
	ref_params(&pr[1], IRRIGATION_NONE);
	wb_state st[2];
	waterbal_start(&st[0], &pr[0], 0.5);
	waterbal_start(&st[1], &pr[1], 0.5);
	wb_sums sum[2];
	waterbal_span2(st, pr, 0, N, zr, kc, wd, sum);
	double rainfed_eta = 36.0 + 6.0 * 64.0 / 69.0;
	CU_ASSERT_DOUBLE_EQUAL(sum[1].eta, rainfed_eta, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(st[1].dr, rainfed_eta, 1e-9);
	CU_ASSERT_EQUAL(sum[1].irrigation, 0.0);
	CU_ASSERT_DOUBLE_EQUAL(sum[0].eta, 42.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(sum[0].irrigation, 36.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(st[0].dr, 6.0, 1e-9);
	for (int part = 0; part < 2; part++) {
		CU_ASSERT_DOUBLE_EQUAL(sum[part].etc, 42.0, 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(sum[part].et0, 42.0, 1e-9);
		CU_ASSERT_EQUAL(sum[part].rain, 0.0);
	}
	/* Each part on its own, its days reported one by one, comes to the same figures exactly. */
	for (int part = 0; part < 2; part++) {
		wb_state one;
		waterbal_start(&one, &pr[part], 0.5);
		wb_sums s1;
		span_days c = { 0, -1, -1.0 };
		waterbal_span(&one, &pr[part], 0, N, zr, kc, wd, &s1, count_span_day, &c);
		CU_ASSERT_EQUAL(s1.eta, sum[part].eta);
		CU_ASSERT_EQUAL(s1.etc, sum[part].etc);
		CU_ASSERT_EQUAL(s1.irrigation, sum[part].irrigation);
		CU_ASSERT_EQUAL(one.dr, st[part].dr);
		CU_ASSERT_EQUAL(c.days, N);
		CU_ASSERT_EQUAL(c.last, N - 1);
		CU_ASSERT_DOUBLE_EQUAL(c.dr_prev_last, 36.0, 1e-9);
	}
}

VUDONG_SUITE(waterbal)
{
	SUITE_ADD(s, "waterbal");
	TEST_ADD(s, test_waterbal_reference_root_zone_gives_taw_raw_ks);
	TEST_ADD(s, test_waterbal_p_follows_etc_and_is_clamped);
	TEST_ADD(s, test_waterbal_refills_to_field_capacity);
	TEST_ADD(s, test_waterbal_schedule_applies_on_its_days);
	TEST_ADD(s, test_waterbal_rain_beyond_depletion_percolates);
	TEST_ADD(s, test_waterbal_new_soil_joins_at_initial_depletion);
	TEST_ADD(s, test_waterbal_soil_never_dries_past_wilting_point);
	TEST_ADD(s, test_waterbal_span_adds_up_its_days);
	return 0;
}
