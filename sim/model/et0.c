/* et0.c - FAO-56 Penman-Monteith daily ET0 and its terms, one function per equation
 * (equation numbers are FAO-56's; see docs/model-weather.md for the assumptions). */
#include "et0.h"

#include <math.h>

/* Same bits on every machine: no fused multiply-add contraction (GCC already keeps it off
 * under -std=c11; clang contracts by default where the CPU has FMA). */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

#define PI 3.14159265358979323846

static double clamp(double x, double lo, double hi)
{
	return x < lo ? lo : x > hi ? hi : x;
}

/* ---- air and humidity ------------------------------------------------------------------- */

/* eq. 7: P = 101.3 ((293 - 0.0065 z) / 293)^5.26 */
double et0_atmospheric_pressure(double elevation_m)
{
	return 101.3 * pow((293.0 - 0.0065 * elevation_m) / 293.0, 5.26);
}

/* eq. 8: γ = cp P / (ε λ) = 0.665e-3 P */
double et0_psychrometric_constant(double pressure_kpa)
{
	return 0.665e-3 * pressure_kpa;
}

/* eq. 11: e°(T) = 0.6108 exp(17.27 T / (T + 237.3)) */
double et0_sat_vapour_pressure(double t_c)
{
	return 0.6108 * exp(17.27 * t_c / (t_c + 237.3));
}

/* eq. 12: es = (e°(Tmax) + e°(Tmin)) / 2 */
double et0_mean_sat_vapour_pressure(double tmax_c, double tmin_c)
{
	return 0.5 * (et0_sat_vapour_pressure(tmax_c) + et0_sat_vapour_pressure(tmin_c));
}

/* eq. 13: Δ = 4098 e°(T) / (T + 237.3)^2, at the mean temperature */
double et0_sat_vapour_pressure_slope(double tmean_c)
{
	double d = tmean_c + 237.3;
	return 4098.0 * et0_sat_vapour_pressure(tmean_c) / (d * d);
}

/* eq. 14: ea = e°(Tdew) */
double et0_ea_from_tdew(double tdew_c)
{
	return et0_sat_vapour_pressure(tdew_c);
}

/* eq. 17: ea = (e°(Tmin) RHmax/100 + e°(Tmax) RHmin/100) / 2 */
double et0_ea_from_rhmax_rhmin(double tmax_c, double tmin_c, double rhmax_pct, double rhmin_pct)
{
	return 0.5 * (et0_sat_vapour_pressure(tmin_c) * rhmax_pct / 100.0 +
		      et0_sat_vapour_pressure(tmax_c) * rhmin_pct / 100.0);
}

/* eq. 18: ea = e°(Tmin) RHmax/100 */
double et0_ea_from_rhmax(double tmin_c, double rhmax_pct)
{
	return et0_sat_vapour_pressure(tmin_c) * rhmax_pct / 100.0;
}

/* eq. 19: ea = RHmean/100 (e°(Tmax) + e°(Tmin)) / 2 */
double et0_ea_from_rhmean(double tmax_c, double tmin_c, double rhmean_pct)
{
	return rhmean_pct / 100.0 * et0_mean_sat_vapour_pressure(tmax_c, tmin_c);
}

/* FAO-56 eq. 48 and its note ("missing humidity data"): Tdew ≈ Tmin, so ea = e°(Tmin). */
double et0_ea_from_tmin(double tmin_c)
{
	return et0_sat_vapour_pressure(tmin_c);
}

/* ---- radiation -------------------------------------------------------------------------- */

/* eq. 23: dr = 1 + 0.033 cos(2π J / 365) */
double et0_inverse_relative_distance(int doy)
{
	return 1.0 + 0.033 * cos(2.0 * PI / 365.0 * doy);
}

/* eq. 24: δ = 0.409 sin(2π J / 365 - 1.39) */
double et0_solar_declination(int doy)
{
	return 0.409 * sin(2.0 * PI / 365.0 * doy - 1.39);
}

/* eq. 25: ωs = arccos(-tan φ tan δ). The argument is clamped to [-1, 1] so polar day and
 * polar night give π and 0 instead of NaN (outside FAO's stated range of the equation). */
double et0_sunset_hour_angle(double latitude_rad, double declination_rad)
{
	return acos(clamp(-tan(latitude_rad) * tan(declination_rad), -1.0, 1.0));
}

/* eq. 21: Ra = 24·60/π Gsc dr [ωs sin φ sin δ + cos φ cos δ sin ωs] */
double et0_extraterrestrial_radiation(double latitude_rad, double dr, double declination_rad,
				      double sunset_rad)
{
	return 24.0 * 60.0 / PI * ET0_SOLAR_CONSTANT * dr *
	       (sunset_rad * sin(latitude_rad) * sin(declination_rad) +
		cos(latitude_rad) * cos(declination_rad) * sin(sunset_rad));
}

/* eq. 34: N = 24/π ωs */
double et0_daylight_hours(double sunset_rad)
{
	return 24.0 / PI * sunset_rad;
}

/* eq. 35: Rs = (as + bs n/N) Ra with as = 0.25, bs = 0.50. n is held to 0..N (sunshine
 * cannot exceed the day length). */
double et0_rs_from_sunshine(double sunshine_h, double daylight_h, double ra)
{
	double rel = daylight_h > 0.0 ? clamp(sunshine_h, 0.0, daylight_h) / daylight_h : 0.0;
	return (ET0_ANGSTROM_A + ET0_ANGSTROM_B * rel) * ra;
}

/* eq. 50: Rs = kRs sqrt(Tmax - Tmin) Ra (a negative range counts as 0) */
double et0_rs_from_temperature(double tmax_c, double tmin_c, double ra, double krs)
{
	double range = tmax_c - tmin_c;
	return krs * sqrt(range > 0.0 ? range : 0.0) * ra;
}

/* eq. 37: Rso = (0.75 + 2e-5 z) Ra */
double et0_clear_sky_radiation(double elevation_m, double ra)
{
	return (0.75 + 2e-5 * elevation_m) * ra;
}

/* eq. 38: Rns = (1 - α) Rs with α = 0.23 */
double et0_net_shortwave(double rs)
{
	return (1.0 - ET0_ALBEDO) * rs;
}

/* eq. 39: Rnl = σ (Tmax,K^4 + Tmin,K^4)/2 (0.34 - 0.14 sqrt(ea)) (1.35 Rs/Rso - 0.35),
 * Rs/Rso ≤ 1.0 (FAO-56) and ≥ 0.3 (ASCE-EWRI 2005, eq. 18): below 0.26 the cloudiness term
 * turns negative and the longwave loss a gain. Sunshine hours never go below 0.33 (eq. 35
 * with n = 0); an Rs of 0 from eq. 50 when Tmax = Tmin, or a tiny measured Rs, would. When
 * Rso is 0 (polar night) Rs is 0 as well and the ratio is taken as 1, the clear-sky limit. */
#define MIN_RS_RSO 0.3
double et0_net_longwave(double tmax_c, double tmin_c, double ea_kpa, double rs, double rso)
{
	double kx = tmax_c + 273.16, kn = tmin_c + 273.16;
	double kx2 = kx * kx, kn2 = kn * kn;
	double ratio = rso > 0.0 ? rs / rso : 1.0;
	if (ratio > 1.0)
		ratio = 1.0;
	if (ratio < MIN_RS_RSO)
		ratio = MIN_RS_RSO;
	double ea = ea_kpa > 0.0 ? ea_kpa : 0.0;
	return ET0_STEFAN_BOLTZMANN * 0.5 * (kx2 * kx2 + kn2 * kn2) * (0.34 - 0.14 * sqrt(ea)) *
	       (1.35 * ratio - 0.35);
}

/* eq. 40: Rn = Rns - Rnl */
double et0_net_radiation(double rns, double rnl)
{
	return rns - rnl;
}

/* ---- wind ------------------------------------------------------------------------------- */

/* eq. 47: u2 = uz 4.87 / ln(67.8 z - 5.42). At z = 2 m the equation gives 1.0002; we use
 * exactly 1 so wind measured at 2 m passes through unchanged. */
double et0_wind_height_factor(double z_m)
{
	if (z_m == 2.0)
		return 1.0;
	return 4.87 / log(67.8 * z_m - 5.42);
}

double et0_wind_to_2m(double uz_m_s, double z_m)
{
	return uz_m_s * et0_wind_height_factor(z_m);
}

/* ---- Penman-Monteith -------------------------------------------------------------------- */

/* eq. 6: ET0 = [0.408 Δ (Rn - G) + γ 900/(T + 273) u2 (es - ea)] / [Δ + γ (1 + 0.34 u2)] */
double et0_penman_monteith(double delta_kpa_c, double rn, double g, double gamma_kpa_c,
			   double tmean_c, double u2_m_s, double es_kpa, double ea_kpa)
{
	double radiation = 0.408 * delta_kpa_c * (rn - g);
	double aero = gamma_kpa_c * 900.0 / (tmean_c + 273.0) * u2_m_s * (es_kpa - ea_kpa);
	return (radiation + aero) / (delta_kpa_c + gamma_kpa_c * (1.0 + 0.34 * u2_m_s));
}

/* eq. 63: RHmin = e°(Tdew) / e°(Tmax) × 100, with ea for e°(Tdew) (eq. 14). */
double et0_rhmin_estimate(double ea_kpa, double tmax_c)
{
	return clamp(100.0 * ea_kpa / et0_sat_vapour_pressure(tmax_c), 0.0, 100.0);
}

/* ---- one day ---------------------------------------------------------------------------- */

void et0_site_init(et0_site *site, double latitude_deg, double elevation_m,
		   double anemometer_height_m, double krs)
{
	site->latitude_rad = latitude_deg * PI / 180.0;   /* eq. 22 */
	site->elevation_m = elevation_m;
	site->pressure_kpa = et0_atmospheric_pressure(elevation_m);
	site->gamma_kpa_c = et0_psychrometric_constant(site->pressure_kpa);
	site->wind_factor = et0_wind_height_factor(anemometer_height_m);
	site->krs = krs;
}

void et0_input_clear(et0_input *in)
{
	in->tmax_c = in->tmin_c = NAN;
	in->ea_kpa = in->tdew_c = NAN;
	in->rhmax_pct = in->rhmin_pct = in->rh_pct = NAN;
	in->wind_m_s = NAN;
	in->sunshine_h = in->srad_mj_m2 = NAN;
}

double et0_choose_ea(const et0_input *in, et0_ea_source *source)
{
	et0_ea_source src;
	double ea;
	if (!isnan(in->ea_kpa)) {
		src = ET0_EA_GIVEN;
		ea = in->ea_kpa;
	} else if (!isnan(in->tdew_c)) {
		src = ET0_EA_TDEW;
		ea = et0_ea_from_tdew(in->tdew_c);
	} else if (!isnan(in->rhmax_pct) && !isnan(in->rhmin_pct)) {
		src = ET0_EA_RHMAX_RHMIN;
		ea = et0_ea_from_rhmax_rhmin(in->tmax_c, in->tmin_c, in->rhmax_pct, in->rhmin_pct);
	} else if (!isnan(in->rhmax_pct)) {
		src = ET0_EA_RHMAX;
		ea = et0_ea_from_rhmax(in->tmin_c, in->rhmax_pct);
	} else if (!isnan(in->rh_pct)) {
		src = ET0_EA_RHMEAN;
		ea = et0_ea_from_rhmean(in->tmax_c, in->tmin_c, in->rh_pct);
	} else {
		src = ET0_EA_TMIN;
		ea = et0_ea_from_tmin(in->tmin_c);
	}
	if (source)
		*source = src;
	return ea;
}

void et0_compute_day(const et0_site *site, int doy, const et0_input *in, et0_terms *out)
{
	et0_terms sun;
	sun.dr = et0_inverse_relative_distance(doy);
	sun.declination_rad = et0_solar_declination(doy);
	sun.sunset_rad = et0_sunset_hour_angle(site->latitude_rad, sun.declination_rad);
	sun.ra = et0_extraterrestrial_radiation(site->latitude_rad, sun.dr, sun.declination_rad,
						sun.sunset_rad);
	sun.daylight_h = et0_daylight_hours(sun.sunset_rad);
	et0_compute_day_sun(site, &sun, in, out);
}

void et0_compute_day_sun(const et0_site *site, const et0_terms *sun, const et0_input *in,
			 et0_terms *out)
{
	double tmax = in->tmax_c, tmin = in->tmin_c;

	out->tmean_c = 0.5 * (tmax + tmin);                                 /* eq. 9 */
	out->es_kpa = et0_mean_sat_vapour_pressure(tmax, tmin);
	out->ea_kpa = et0_choose_ea(in, &out->ea_source);
	out->delta_kpa_c = et0_sat_vapour_pressure_slope(out->tmean_c);
	out->u2_m_s = isnan(in->wind_m_s) ? ET0_DEFAULT_U2 : in->wind_m_s * site->wind_factor;

	out->dr = sun->dr;
	out->declination_rad = sun->declination_rad;
	out->sunset_rad = sun->sunset_rad;
	out->ra = sun->ra;
	out->daylight_h = sun->daylight_h;
	out->rso = et0_clear_sky_radiation(site->elevation_m, out->ra);
	if (!isnan(in->srad_mj_m2)) {
		out->rs_source = ET0_RS_GIVEN;
		out->rs = in->srad_mj_m2 > 0.0 ? in->srad_mj_m2 : 0.0;
	} else if (!isnan(in->sunshine_h)) {
		out->rs_source = ET0_RS_SUNSHINE;
		out->rs = et0_rs_from_sunshine(in->sunshine_h, out->daylight_h, out->ra);
	} else {
		out->rs_source = ET0_RS_TEMPERATURE;
		out->rs = et0_rs_from_temperature(tmax, tmin, out->ra, site->krs);
	}
	if (out->rs > out->rso)
		out->rs = out->rso;
	out->rns = et0_net_shortwave(out->rs);
	out->rnl = et0_net_longwave(tmax, tmin, out->ea_kpa, out->rs, out->rso);
	out->rn = et0_net_radiation(out->rns, out->rnl);

	double et0 = et0_penman_monteith(out->delta_kpa_c, out->rn, 0.0, site->gamma_kpa_c,
					 out->tmean_c, out->u2_m_s, out->es_kpa, out->ea_kpa);
	out->et0_mm = et0 > 0.0 ? et0 : 0.0;
	out->rhmin_pct = !isnan(in->rhmin_pct) ? in->rhmin_pct
					      : et0_rhmin_estimate(out->ea_kpa, tmax);
}
