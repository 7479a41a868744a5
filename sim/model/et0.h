/* et0.h - FAO-56 Penman-Monteith reference evapotranspiration, daily form (DESIGN §3.1).
 * Every equation is its own function, named by what it returns and commented with its
 * FAO-56 number (Allen et al. 1998, FAO Irrigation and Drainage Paper 56), so the tests can
 * check each against FAO's worked examples. et0_compute_day() chains them for one day with
 * the missing-data rules of DESIGN §3.1. Units: °C, kPa, MJ m-2 day-1, m s-1, mm day-1,
 * hours; angles in radians unless the name says _deg. Pure functions, no state. */
#ifndef VUDONG_ET0_H
#define VUDONG_ET0_H

#define ET0_SOLAR_CONSTANT 0.0820     /* Gsc, MJ m-2 min-1 (eq. 21) */
#define ET0_STEFAN_BOLTZMANN 4.903e-9 /* sigma, MJ K-4 m-2 day-1 (eq. 39) */
#define ET0_ALBEDO 0.23               /* grass reference crop (eq. 38) */
#define ET0_ANGSTROM_A 0.25           /* as, no calibration (eq. 35) */
#define ET0_ANGSTROM_B 0.50           /* bs, no calibration (eq. 35) */
#define ET0_DEFAULT_U2 2.0            /* m s-1 when wind is missing (FAO-56 ch. 3, "missing data") */

/* Air, humidity (FAO-56 ch. 3) */
double et0_atmospheric_pressure(double elevation_m);                    /* eq. 7, kPa */
double et0_psychrometric_constant(double pressure_kpa);                 /* eq. 8, kPa/°C */
double et0_sat_vapour_pressure(double t_c);                             /* eq. 11, e°(T) kPa */
double et0_mean_sat_vapour_pressure(double tmax_c, double tmin_c);      /* eq. 12, es kPa */
double et0_sat_vapour_pressure_slope(double tmean_c);                   /* eq. 13, Δ kPa/°C */
double et0_ea_from_tdew(double tdew_c);                                 /* eq. 14 */
double et0_ea_from_rhmax_rhmin(double tmax_c, double tmin_c, double rhmax_pct,
			       double rhmin_pct);                       /* eq. 17 */
double et0_ea_from_rhmax(double tmin_c, double rhmax_pct);              /* eq. 18 */
double et0_ea_from_rhmean(double tmax_c, double tmin_c, double rhmean_pct); /* eq. 19 */
double et0_ea_from_tmin(double tmin_c);       /* eq. 48 note: Tdew ≈ Tmin when no humidity data */

/* Radiation (FAO-56 ch. 3) */
double et0_inverse_relative_distance(int doy);                          /* eq. 23, dr */
double et0_solar_declination(int doy);                                  /* eq. 24, δ rad */
double et0_sunset_hour_angle(double latitude_rad, double declination_rad); /* eq. 25, ωs rad */
double et0_extraterrestrial_radiation(double latitude_rad, double dr, double declination_rad,
				      double sunset_rad);               /* eq. 21, Ra */
double et0_daylight_hours(double sunset_rad);                           /* eq. 34, N h */
double et0_rs_from_sunshine(double sunshine_h, double daylight_h, double ra); /* eq. 35, Rs */
double et0_rs_from_temperature(double tmax_c, double tmin_c, double ra, double krs); /* eq. 50 */
double et0_clear_sky_radiation(double elevation_m, double ra);          /* eq. 37, Rso */
double et0_net_shortwave(double rs);                                    /* eq. 38, Rns */
double et0_net_longwave(double tmax_c, double tmin_c, double ea_kpa, double rs,
			double rso);                                    /* eq. 39, Rnl */
double et0_net_radiation(double rns, double rnl);                       /* eq. 40, Rn */

/* Wind (FAO-56 ch. 3) */
double et0_wind_height_factor(double z_m);    /* eq. 47: u2 = factor × uz (exactly 1 at z = 2 m) */
double et0_wind_to_2m(double uz_m_s, double z_m);                       /* eq. 47 */

/* eq. 6: ET0 in mm/day from Δ, Rn, G, γ, mean temperature, u2, es and ea.
 * Daily steps take G = 0 (eq. 42); G is a parameter so FAO's monthly example can be checked. */
double et0_penman_monteith(double delta_kpa_c, double rn, double g, double gamma_kpa_c,
			   double tmean_c, double u2_m_s, double es_kpa, double ea_kpa);

/* eq. 63 with ea standing in for e°(Tdew): the RHmin (%) the Kc climate adjustment uses when
 * RHmin is not measured, clamped to 0..100. */
double et0_rhmin_estimate(double ea_kpa, double tmax_c);

/* ---- one day ---------------------------------------------------------------------------- */

/* What does not change from day to day at one site: computed once per scenario. */
typedef struct {
	double latitude_rad;
	double elevation_m;
	double pressure_kpa;    /* eq. 7 */
	double gamma_kpa_c;     /* eq. 8 */
	double wind_factor;     /* eq. 47 for the anemometer height */
	double krs;             /* eq. 50 adjustment coefficient */
} et0_site;

void et0_site_init(et0_site *site, double latitude_deg, double elevation_m,
		   double anemometer_height_m, double krs);

/* One day's observations; NAN marks a missing value. Temperatures are required. */
typedef struct {
	double tmax_c, tmin_c;
	double ea_kpa, tdew_c;                 /* humidity, in the order of preference below */
	double rhmax_pct, rhmin_pct, rh_pct;
	double wind_m_s;                       /* at the site's anemometer height */
	double sunshine_h, srad_mj_m2;
} et0_input;

/* Sets every field to NAN (missing). */
void et0_input_clear(et0_input *in);

typedef enum {
	ET0_EA_GIVEN,          /* ea_kpa measured */
	ET0_EA_TDEW,           /* eq. 14 */
	ET0_EA_RHMAX_RHMIN,    /* eq. 17 */
	ET0_EA_RHMAX,          /* eq. 18 */
	ET0_EA_RHMEAN,         /* eq. 19 */
	ET0_EA_TMIN            /* no humidity data: e°(Tmin) */
} et0_ea_source;

typedef enum {
	ET0_RS_GIVEN,          /* srad_mj_m2 measured */
	ET0_RS_SUNSHINE,       /* eq. 35 */
	ET0_RS_TEMPERATURE     /* eq. 50 */
} et0_rs_source;

/* Every term of the day, for reports, the Kc adjustment and tests. */
typedef struct {
	double tmean_c, es_kpa, ea_kpa, delta_kpa_c, u2_m_s;
	double dr, declination_rad, sunset_rad;
	double ra, daylight_h, rs, rso, rns, rnl, rn;
	double et0_mm;
	double rhmin_pct;      /* measured, else et0_rhmin_estimate */
	et0_ea_source ea_source;
	et0_rs_source rs_source;
} et0_terms;

/* ea from whichever humidity inputs the day has, first found wins: ea given, Tdew (eq. 14),
 * RHmax and RHmin (eq. 17), RHmax (eq. 18), RHmean (eq. 19), else e°(Tmin). */
double et0_choose_ea(const et0_input *in, et0_ea_source *source);

/* The whole day: ea as above; Rs measured, else from sunshine (eq. 35), else from the
 * temperature range (eq. 50), in every case capped at Rso; u2 by eq. 47 or 2 m/s when wind
 * is missing; G = 0; ET0 by eq. 6, floored at 0 (a negative daily ET0 would add water). */
void et0_compute_day(const et0_site *site, int doy, const et0_input *in, et0_terms *out);
/* The same with the day's sun (dr, declination_rad, sunset_rad, ra, daylight_h of `sun`,
 * which depend only on latitude and day of the year) already known: for the same day at
 * another elevation of the same site. */
void et0_compute_day_sun(const et0_site *site, const et0_terms *sun, const et0_input *in,
			 et0_terms *out);

#endif
