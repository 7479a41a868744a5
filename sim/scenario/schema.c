/* schema.c - the scenario key table (like calcurse's confmap[]) and the helpers around it:
 * lookup, near-miss hints, the checked number parser and defaults (the Markdown key tables
 * made from it are schema_doc.c's). */
#include "schema.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "scenario.h"

/* Enums are stored through an int pointer (SF_ENUM). */
_Static_assert(sizeof(land_kind) == sizeof(int), "land_kind is int-sized");
_Static_assert(sizeof(shock_kind) == sizeof(int), "shock_kind is int-sized");
/* `years` (SF_YEARS) is stored as two ints in a row. */
_Static_assert(offsetof(weather_station, year_to) == offsetof(weather_station, year_from) + sizeof(int),
	       "year_from and year_to are an int[2]");

/* Presence of the keys whose absence is a state of the struct. */
static bool economy_given(const void *o) { return ((const scenario *)o)->economy.present; }
static void economy_set(void *o) { ((scenario *)o)->economy.present = true; }
static bool ensemble_given(const void *o) { return ((const scenario *)o)->ensemble_seasons != 0; }
static bool shocks_given(const void *o) { return ((const scenario *)o)->n_shocks != 0; }
static bool file_given(const void *o) { return ((const weather_input *)o)->source == WEATHER_FILE; }
static void file_set(void *o) { ((weather_input *)o)->source = WEATHER_FILE; }
static bool daily_given(const void *o) { return ((const weather_input *)o)->source == WEATHER_DAILY; }
static void daily_set(void *o) { ((weather_input *)o)->source = WEATHER_DAILY; }
static bool normals_given(const void *o) { return ((const weather_input *)o)->source == WEATHER_NORMALS; }
static void normals_set(void *o) { ((weather_input *)o)->source = WEATHER_NORMALS; }
static bool station_given(const void *o) { return ((const weather_input *)o)->source == WEATHER_STATION; }
static void station_set(void *o) { ((weather_input *)o)->source = WEATHER_STATION; }
static bool observed_given(const void *o) { return ((const weather_input *)o)->observed_to_date != NULL; }
static bool commune_elevation_given(const void *o) { return !isnan(((const commune *)o)->elevation_m); }
static bool days_given(const void *o) { return ((const crop *)o)->stages_unit == STAGES_IN_DAYS; }
static void days_set(void *o) { ((crop *)o)->stages_unit = STAGES_IN_DAYS; }
static bool gdd_given(const void *o) { return ((const crop *)o)->stages_unit == STAGES_IN_GDD; }
static void gdd_set(void *o) { ((crop *)o)->stages_unit = STAGES_IN_GDD; }
static bool ky_given(const void *o) { return !((const crop *)o)->has_ky_stages; }
static void ky_set(void *o) { ((crop *)o)->has_ky_stages = false; }
static bool kys_given(const void *o) { return ((const crop *)o)->has_ky_stages; }
static void kys_set(void *o) { ((crop *)o)->has_ky_stages = true; }
static bool frost_given(const void *o) { return ((const crop *)o)->has_frost; }
static void frost_set(void *o) { ((crop *)o)->has_frost = true; }
static bool chill_given(const void *o) { return ((const crop *)o)->has_chill; }
static void chill_set(void *o) { ((crop *)o)->has_chill = true; }
static bool frost_w_given(const void *o) { return ((const crop *)o)->has_frost_weights; }
static void frost_w_set(void *o) { ((crop *)o)->has_frost_weights = true; }
static bool chill_w_given(const void *o) { return ((const crop *)o)->has_chill_weights; }
static void chill_w_set(void *o) { ((crop *)o)->has_chill_weights = true; }
static bool target_given(const void *o) { return ((const economy_input *)o)->has_target; }
static void target_set(void *o) { ((economy_input *)o)->has_target = true; }

#define REQ SFF_REQUIRED
#define BIG 1e12

/* Short forms for the table rows. */
#define NUM(obj, st, k, fl, u, lo, hi, d, member, m) \
	{ obj, k, SF_NUMBER, fl, u, lo, hi, d, offsetof(st, member), 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, m, 0, 0 }
#define INT(obj, st, k, fl, u, lo, hi, d, member, m) \
	{ obj, k, SF_INT, fl, u, lo, hi, d, offsetof(st, member), 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, m, 0, 0 }
#define DAT(obj, st, k, fl, member, m) \
	{ obj, k, SF_DATE, fl, "", 0, 0, 0, offsetof(st, member), 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, m, 0, 0 }
#define STR(obj, st, ty, k, fl, member, m) \
	{ obj, k, ty, fl, "", 0, 0, 0, offsetof(st, member), sizeof(((st *)0)->member), 0, NULL, NULL, \
	  NULL, NULL, NULL, NULL, m, 0, 0 }
#define OBJ(obj, st, k, fl, member, child, giv, set, m) \
	{ obj, k, SF_OBJECT, fl, "", 0, 0, 0, offsetof(st, member), 0, 0, child, NULL, NULL, NULL, \
	  giv, set, m, 0, 0 }
/* A number with a plausible range beside the hard one. The plausible ranges widen what
 * ../shared/reference/REFERENCE.md §2 gives for the winter crops of the northern mountains:
 * yields 5-35 t/ha (tomato to 59), farm-gate prices 2,500-10,000 VND/kg, costs 55-60 million
 * VND/ha, 160-380 labour days/ha; a commune's land units are tens to hundreds of ha. */
#define NUMP(obj, st, k, fl, u, lo, hi, plo, phi, d, member, m) \
	{ obj, k, SF_NUMBER, fl, u, lo, hi, d, offsetof(st, member), 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, m, \
	  plo, phi }
/* A child object stored in the same struct as its parent (kc inside crop). */
#define OBJ0(obj, k, fl, child, giv, set, m) \
	{ obj, k, SF_OBJECT, fl, "", 0, 0, 0, 0, 0, 0, child, NULL, NULL, NULL, giv, set, m, 0, 0 }
#define LST(obj, st, k, fl, member, count, child, giv, m) \
	{ obj, k, SF_LIST, fl, "", 0, 0, 0, offsetof(st, member), sizeof(*((st *)0)->member), \
	  offsetof(st, count), child, NULL, NULL, NULL, giv, NULL, m, 0, 0 }
/* Shock fields: required when their kind applies. */
#define SHK(k, ty, u, lo, hi, d, member, kinds, fl, m) \
	{ "shock", k, ty, fl, u, lo, hi, d, offsetof(shock, member), 0, 0, NULL, NULL, NULL, kinds, \
	  NULL, NULL, m, 0, 0 }

const schema_field schema_fields[] = {
	/* The scenario file itself. */
	STR("scenario", scenario, SF_FORMAT, "format", REQ, format,
	    "file format and version; must be `vudong/1`"),
	STR("scenario", scenario, SF_NAME, "name", 0, name, "title shown in the interface and reports"),
	{ "scenario", "notes", SF_TEXT, 0, "", 0, 0, 0, offsetof(scenario, notes), 0, 0, NULL, NULL,
	  NULL, NULL, NULL, NULL, "free text: sources, assumptions", 0, 0 },
	{ "scenario", "extends", SF_PATH, SFF_NOSAVE, "", 0, 0, 0, 0, 0, 0, NULL, NULL, NULL, NULL,
	  NULL, NULL, "another scenario this one starts from (path relative to this file)", 0, 0 },
	OBJ("scenario", scenario, "site", REQ | SFF_FLOW, site, "site", NULL, NULL,
	    "where the district is"),
	OBJ0("scenario", "season", REQ | SFF_FLOW, "season", NULL, NULL,
	    "the first and last day simulated"),
	OBJ("scenario", scenario, "weather", REQ, weather, "weather", NULL, NULL,
	    "the season's weather and how ET0 is computed"),
	LST("scenario", scenario, "soils", REQ, soils, n_soils, "soil", NULL, "soil types"),
	LST("scenario", scenario, "crops", REQ, crops, n_crops, "crop", NULL, "crop parameters and prices"),
	LST("scenario", scenario, "communes", REQ, communes, n_communes, "commune", NULL,
	    "communes, their land and their plan"),
	OBJ("scenario", scenario, "economy", 0, economy, "economy", economy_given, economy_set,
	    "district accounts for the growth contribution (no growth figures without it)"),
	LST("scenario", scenario, "shocks", 0, shocks, n_shocks, "shock", shocks_given,
	    "what-if overlays on weather and prices"),
	OBJ0("scenario", "ensemble", SFF_FLOW, "ensemble", ensemble_given, NULL,
	    "defaults for `vudong ensemble`"),

	STR("site", site_info, SF_NAME, "name", 0, name, "place name"),
	NUM("site", site_info, "latitude_deg", REQ, "°", -90, 90, 0, latitude_deg,
	    "latitude, north positive (FAO-56 eq. 22)"),
	NUM("site", site_info, "longitude_deg", 0, "°", -180, 180, 0, longitude_deg,
	    "longitude, east positive (informative)"),
	NUM("site", site_info, "elevation_m", REQ, "m", -500, 9000, 0, elevation_m,
	    "elevation above sea level (air pressure, FAO-56 eq. 7)"),

	DAT("season", scenario, "start", REQ, season_start, "first day of the season"),
	DAT("season", scenario, "end", REQ, season_end, "last day of the season (at most 366 days after start)"),

	NUM("weather", weather_input, "anemometer_height_m", 0, "m", 0.5, 100, 2, anemometer_height_m,
	    "height of the wind measurements (FAO-56 eq. 47)"),
	NUM("weather", weather_input, "krs", 0, "°C^-0.5", 0.1, 0.3, 0.16, krs,
	    "Hargreaves radiation coefficient (FAO-56 eq. 50): 0.16 inland, 0.19 coastal"),
	OBJ0("weather", "generator", SFF_FLOW, "generator", NULL, NULL,
	    "weather generator settings (normals)"),

	{ "weather", "file", SF_PATH, 0, "", 0, 0, 0, offsetof(weather_input, file), 0, 0, NULL, NULL,
	  "weather source", NULL, file_given, file_set,
	  "daily weather CSV (path relative to the scenario file)", 0, 0 },
	{ "weather", "daily", SF_LIST, 0, "", 0, 0, 0, offsetof(weather_input, daily),
	  sizeof(weather_obs), offsetof(weather_input, n_daily), "daily", NULL, "weather source", NULL,
	  daily_given, daily_set, "daily weather rows written in the scenario", 0, 0 },
	{ "weather", "normals", SF_NORMALS, 0, "", 0, 0, 0, offsetof(weather_input, normals), 0, 0,
	  "normal", NULL, "weather source", NULL, normals_given, normals_set,
	  "monthly normals for the weather generator, one per month the season touches", 0, 0 },
	{ "weather", "station", SF_OBJECT, SFF_FLOW, "", 0, 0, 0, offsetof(weather_input, station), 0, 0,
	  "station", NULL, "weather source", NULL, station_given, station_set,
	  "a station's monthly record: the generator's normals and the variability of its winters", 0, 0 },
	NUM("weather", weather_input, "lapse_c_per_100m", 0, "°C", 0, 2, 0.6, lapse_c_per_100m,
	    "temperature fall per 100 m of elevation, from the weather's elevation to each commune's"),
	{ "weather", "observed_to_date", SF_PATH, 0, "", 0, 0, 0, offsetof(weather_input, observed_to_date),
	  0, 0, NULL, NULL, NULL, NULL, observed_given, NULL,
	  "with normals or station: a weather CSV of the days observed so far; generated days follow", 0, 0 },

	{ "station", "record", SF_PATH, REQ, "", 0, 0, 0, offsetof(weather_station, record), 0, 0, NULL,
	  NULL, NULL, NULL, NULL, NULL, "station record CSV (path relative to the scenario file)", 0, 0 },
	NUM("station", weather_station, "elevation_m", REQ, "m", -500, 9000, 0, elevation_m,
	    "the station's elevation (the lapse rate starts from it)"),
	{ "station", "years", SF_YEARS, 0, "", 1800, 2200, 0, offsetof(weather_station, year_from), 0, 0,
	  NULL, NULL, NULL, NULL, NULL, NULL, "the years the normals and variability come from (default: all)", 0, 0 },

	{ "generator", "seed", SF_SEED, 0, "", 0, 4294967295.0, 2020, offsetof(weather_input, seed),
	  0, 0, NULL, NULL, NULL, NULL, NULL, NULL, "random seed: the same seed gives the same weather", 0, 0 },

	INT("normal", weather_normal, "month", REQ, "", 1, 12, 0, month, "month of the year"),
	NUM("normal", weather_normal, "tmax_c", REQ, "°C", -60, 60, 0, tmax_c, "mean daily maximum temperature"),
	NUM("normal", weather_normal, "tmin_c", REQ, "°C", -60, 60, 0, tmin_c, "mean daily minimum temperature"),
	NUM("normal", weather_normal, "rain_mm", REQ, "mm", 0, 3000, 0, rain_mm, "monthly rainfall"),
	NUM("normal", weather_normal, "rain_days", REQ, "d", 0, 31, 0, rain_days, "mean number of wet days in the month"),
	NUM("normal", weather_normal, "sunshine_h", SFF_NAN, "h", 0, 24, 0, sunshine_h,
	    "mean daily bright sunshine (missing: radiation from temperature range)"),
	NUM("normal", weather_normal, "rh_pct", SFF_NAN, "%", 0, 100, 0, rh_pct, "mean relative humidity"),
	NUM("normal", weather_normal, "wind_m_s", SFF_NAN, "m/s", 0, 60, 0, wind_m_s,
	    "mean wind speed at anemometer height (missing: 2 m/s)"),

	DAT("daily", weather_obs, "date", REQ, date, "the day"),
	NUM("daily", weather_obs, "tmean_c", SFF_NAN, "°C", -60, 60, 0, tmean_c,
	    "the station's daily mean temperature (missing: (tmax_c + tmin_c)/2)"),
	NUM("daily", weather_obs, "tmax_c", REQ, "°C", -60, 60, 0, tmax_c, "maximum temperature"),
	NUM("daily", weather_obs, "tmin_c", REQ, "°C", -60, 60, 0, tmin_c, "minimum temperature"),
	NUM("daily", weather_obs, "rain_mm", SFF_NAN, "mm", 0, 2000, 0, rain_mm, "rainfall (missing: 0)"),
	NUM("daily", weather_obs, "rhmax_pct", SFF_NAN, "%", 0, 100, 0, rhmax_pct, "maximum relative humidity"),
	NUM("daily", weather_obs, "rhmin_pct", SFF_NAN, "%", 0, 100, 0, rhmin_pct, "minimum relative humidity"),
	NUM("daily", weather_obs, "rh_pct", SFF_NAN, "%", 0, 100, 0, rh_pct, "mean relative humidity"),
	NUM("daily", weather_obs, "tdew_c", SFF_NAN, "°C", -60, 60, 0, tdew_c, "dew point temperature"),
	NUM("daily", weather_obs, "ea_kpa", SFF_NAN, "kPa", 0, 10, 0, ea_kpa, "actual vapour pressure"),
	NUM("daily", weather_obs, "wind_m_s", SFF_NAN, "m/s", 0, 60, 0, wind_m_s, "wind speed at anemometer height"),
	NUM("daily", weather_obs, "sunshine_h", SFF_NAN, "h", 0, 24, 0, sunshine_h, "bright sunshine hours"),
	NUM("daily", weather_obs, "srad_mj_m2", SFF_NAN, "MJ/m²", 0, 60, 0, srad_mj_m2, "solar radiation Rs"),

	INT("station_row", station_month, "year", REQ, "", 1800, 2200, 0, year, "the year"),
	INT("station_row", station_month, "month", REQ, "", 1, 12, 0, month, "the month, 1 to 12"),
	NUM("station_row", station_month, "tmean_c", SFF_NAN, "°C", -60, 60, 0, tmean_c,
	    "the month's mean of the station's daily mean temperature"),
	NUM("station_row", station_month, "tmax_c", SFF_NAN, "°C", -60, 60, 0, tmax_c,
	    "the month's mean daily maximum temperature"),
	NUM("station_row", station_month, "tmin_c", SFF_NAN, "°C", -60, 60, 0, tmin_c,
	    "the month's mean daily minimum temperature"),
	NUM("station_row", station_month, "rain_mm", SFF_NAN, "mm", 0, 5000, 0, rain_mm,
	    "the month's total rainfall"),
	NUM("station_row", station_month, "rh_pct", SFF_NAN, "%", 0, 100, 0, rh_pct,
	    "the month's mean relative humidity"),
	NUM("station_row", station_month, "sunshine_h", SFF_NAN, "h", 0, 744, 0, sunshine_h,
	    "the month's total hours of bright sunshine"),
	NUM("station_row", station_month, "rain_days", SFF_NAN, "d", 0, 31, 0, rain_days,
	    "the month's number of wet days (optional column)"),
	NUM("station_row", station_month, "wind_m_s", SFF_NAN, "m/s", 0, 60, 0, wind_m_s,
	    "the month's mean wind speed at 2 m (optional column)"),

	STR("soil", soil, SF_ID, "id", REQ, id, "name the land units use"),
	STR("soil", soil, SF_NAME, "name", 0, name, "display name"),
	NUM("soil", soil, "theta_fc", REQ, "m³/m³", 0.01, 1, 0, theta_fc, "water content at field capacity"),
	NUM("soil", soil, "theta_wp", REQ, "m³/m³", 0, 1, 0, theta_wp,
	    "water content at wilting point (below theta_fc)"),
	NUM("soil", soil, "initial_depletion_pct", 0, "%", 0, 100, 0, initial_depletion_pct,
	    "root-zone depletion at sowing, share of TAW"),

	STR("crop", crop, SF_ID, "id", REQ, id, "name the plan uses"),
	STR("crop", crop, SF_NAME, "name", 0, name, "display name"),
	OBJ0("crop", "kc", REQ | SFF_FLOW, "kc", NULL, NULL, "crop coefficients (FAO-56 Table 12)"),
	{ "crop", "stages_days", SF_NUMBERS4, SFF_FLOW, "d", 1, 366, 0, offsetof(crop, stages), 0, 0,
	  NULL, NULL, "stage lengths", NULL, days_given, days_set,
	  "initial, development, mid-season, late stage lengths (FAO-56 Table 11)", 0, 0 },
	{ "crop", "stages_gdd", SF_NUMBERS4, SFF_FLOW, "°C·d", 1, 20000, 0, offsetof(crop, stages), 0,
	  0, NULL, NULL, "stage lengths", NULL, gdd_given, gdd_set,
	  "the same four stages in growing degree days above tbase_c", 0, 0 },
	NUM("crop", crop, "tbase_c", SFF_NAN, "°C", -10, 40, 0, tbase_c,
	    "base temperature of the degree days (needed with stages_gdd)"),
	NUM("crop", crop, "tupper_c", SFF_NAN, "°C", -10, 60, 0, tupper_c,
	    "daily mean temperature is clamped to this for degree days"),
	NUM("crop", crop, "height_m", REQ, "m", 0.01, 30, 0, height_m, "maximum crop height (FAO-56 eq. 62)"),
	OBJ0("crop", "root_depth_m", REQ | SFF_FLOW, "root_depth_m", NULL, NULL,
	    "rooting depth at sowing and at full development"),
	NUM("crop", crop, "depletion_p", REQ, "", 0.1, 0.8, 0, depletion_p,
	    "depletion fraction p for ETc = 5 mm/d (FAO-56 Table 22)"),
	{ "crop", "ky", SF_NUMBER, 0, "", 0, 2.5, 0, offsetof(crop, ky), 0, 0, NULL, NULL,
	  "yield response", NULL, ky_given, ky_set, "seasonal yield response factor (FAO-33; 0: water does not limit yield)", 0, 0 },
	{ "crop", "ky_stages", SF_NUMBERS4, SFF_FLOW, "", 0, 2.5, 0, offsetof(crop, ky_stages), 0, 0,
	  NULL, NULL, "yield response", NULL, kys_given, kys_set, "yield response factor of each of the four stages", 0, 0 },
	NUMP("crop", crop, "yield_potential_t_ha", REQ, "t/ha", 0, 500, 0.5, 100, 0, yield_potential_t_ha,
	    "yield without water, cold or management limits (Ym)"),
	OBJ0("crop", "frost", SFF_FLOW, "frost", frost_given, frost_set,
	    "frost damage and killing frost on Tmin (none when left out)"),
	OBJ0("crop", "chill", SFF_FLOW, "chill", chill_given, chill_set,
	    "chilling damage: rét đậm / rét hại runs on the daily mean, cold nights (none when left out)"),
	NUMP("crop", crop, "price_vnd_kg", REQ, "VND/kg", 0, 1e7, 500, 100000, 0, price_vnd_kg, "farm-gate price, current prices"),
	NUMP("crop", crop, "price_const_vnd_kg", REQ, "VND/kg", 0, 1e7, 500, 100000, 0, price_const_vnd_kg,
	    "price at constant prices of economy.constant_price_year"),
	NUMP("crop", crop, "cost_vnd_ha", 0, "VND/ha", 0, 1e10, 5e6, 5e8, 0, cost_vnd_ha, "production cost"),
	NUMP("crop", crop, "labour_days_ha", 0, "d/ha", 0, 5000, 30, 1500, 0, labour_days_ha, "labour days per hectare"),

	NUM("kc", crop, "ini", REQ, "", 0.1, 2, 0, kc_ini, "Kc of the initial stage"),
	NUM("kc", crop, "mid", REQ, "", 0.1, 2, 0, kc_mid, "Kc of the mid-season stage (before climate adjustment)"),
	NUM("kc", crop, "end", REQ, "", 0.1, 2, 0, kc_end, "Kc at harvest (before climate adjustment)"),

	NUM("root_depth_m", crop, "min", REQ, "m", 0.01, 5, 0, root_min_m, "rooting depth at sowing"),
	NUM("root_depth_m", crop, "max", REQ, "m", 0.01, 5, 0, root_max_m,
	    "rooting depth from the end of development (at least min)"),

	NUM("frost", crop, "damage_c", REQ, "°C", -60, 60, 0, frost_damage_c,
	    "a day with Tmin at or below this is a frost day: it loses loss_per_day × its stage weight"),
	NUM("frost", crop, "kill_c", REQ, "°C", -60, 60, 0, frost_kill_c,
	    "a day with Tmin at or below this kills the crop (at most damage_c)"),
	NUM("frost", crop, "loss_per_day", REQ, "", 0, 1, 0, frost_loss_per_day,
	    "yield share lost per frost day at stage weight 1"),
	NUM("frost", crop, "clear_night_c", SFF_NAN, "°C", -60, 60, 0, frost_clear_night_c,
	    "on a clear calm night (sương muối: Rs/Rso ≥ 0.6, u2 ≤ 2 m/s) a Tmin at or below this is a frost day too"),
	{ "frost", "stage_weights", SF_STAGES5, SFF_FLOW, "", 0, 1, 1, offsetof(crop, frost_stage_weights), 0, 0,
	  NULL, NULL, NULL, NULL, frost_w_given, frost_w_set,
	  "share of loss_per_day a frost day costs at emergence, early growth, flowering / tuber initiation, bulking, maturity", 0, 0 },

	NUM("chill", crop, "tmean_c", REQ, "°C", -60, 60, 0, chill_tmean_c,
	    "a day with daily mean at or below this is a chilling day (rét đậm 15, rét hại 13)"),
	INT("chill", crop, "tolerance_days", REQ, "d", 0, 366, 0, chill_tolerance_days,
	    "the first days of each run of chilling days do no damage"),
	NUM("chill", crop, "loss_per_day", REQ, "", 0, 1, 0, chill_loss_per_day,
	    "yield share lost per chilling day beyond the tolerance at stage weight 1"),
	NUM("chill", crop, "tmin_c", SFF_NAN, "°C", -60, 60, 0, chill_tmin_c,
	    "a night with Tmin below this is a chilling day too, without tolerance (fruit set)"),
	{ "chill", "stage_weights", SF_STAGES5, SFF_FLOW, "", 0, 1, 1, offsetof(crop, chill_stage_weights), 0, 0,
	  NULL, NULL, NULL, NULL, chill_w_given, chill_w_set,
	  "share of loss_per_day a chilling day costs at emergence, early growth, flowering / tuber initiation, bulking, maturity", 0, 0 },

	STR("commune", commune, SF_ID, "id", REQ, id, "commune identifier"),
	STR("commune", commune, SF_NAME, "name", 0, name, "display name"),
	NUMP("commune", commune, "labour_days_available", 0, "d", 0, 1e9, 0, 5e6, 0, labour_days_available,
	    "labour days available for the winter crop (0: not checked)"),
	{ "commune", "elevation_m", SF_NUMBER, SFF_NAN, "m", -500, 9000, 0, offsetof(commune, elevation_m),
	  0, 0, NULL, NULL, NULL, NULL, commune_elevation_given, NULL,
	  "the commune's farmland elevation (missing: the weather's own); temperatures follow the lapse rate", 0, 0 },
	LST("commune", commune, "land", REQ, land, n_land, "land", NULL, "the commune's land units"),
	LST("commune", commune, "plan", 0, plan, n_plan, "plan", NULL, "what is sown where"),

	STR("land", land_unit, SF_ID, "id", REQ, id, "land unit identifier (unique in the commune)"),
	{ "land", "kind", SF_ENUM, REQ, "", 0, 0, 0, offsetof(land_unit, kind), 0, 0, NULL,
	  "paddy|upland", NULL, NULL, NULL, NULL, "paddy (rice) land or upland", 0, 0 },
	{ "land", "soil", SF_REF, REQ, "", 0, 0, 0, offsetof(land_unit, soil), 0, 0, "soil", NULL, NULL,
	  NULL, NULL, NULL, "id of the soil", 0, 0 },
	NUMP("land", land_unit, "area_ha", REQ, "ha", 0, 1e6, 0.1, 5000, 0, area_ha, "area of the land unit"),
	NUM("land", land_unit, "irrigable_share", 0, "", 0, 1, 0, irrigable_share, "share of the area that can be irrigated"),
	INT("land", land_unit, "crops_per_year", 0, "", 0, 3, 0, crops_per_year,
	    "crops already grown a year (2 for two rice crops)"),
	DAT("land", land_unit, "free_from", 0, free_from, "first day the land is free for the winter crop"),
	DAT("land", land_unit, "free_until", 0, free_until, "last day before the land is needed again"),
	NUM("land", land_unit, "runoff_share", 0, "", 0, 1, 0, runoff_share, "share of rain lost as runoff"),

	STR("plan", plan_item, SF_ID, "id", 0, id, "optional name, lets `extends` merge plan items"),
	{ "plan", "crop", SF_REF, REQ, "", 0, 0, 0, offsetof(plan_item, crop), 0, 0, "crop", NULL, NULL,
	  NULL, NULL, NULL, "id of the crop", 0, 0 },
	{ "plan", "land", SF_REF, REQ, "", 0, 0, 0, offsetof(plan_item, land), 0, 0, "land", NULL, NULL,
	  NULL, NULL, NULL, "id of a land unit of the same commune", 0, 0 },
	NUMP("plan", plan_item, "area_ha", REQ, "ha", 0, 1e6, 0, 2000, 0, area_ha, "area sown"),
	DAT("plan", plan_item, "sow", REQ, sow, "sowing date, inside the season"),
	{ "plan", "irrigation", SF_IRRIGATION, SFF_FLOW, "", 0, 0, 0, offsetof(plan_item, irrigation),
	  0, 0, "irrigation", NULL, NULL, NULL, NULL, NULL,
	  "`none`, `auto` (refill when depletion passes RAW) or a schedule mapping", 0, 0 },
	NUM("plan", plan_item, "management_factor", 0, "", 0, 1, 1, management_factor,
	    "yield factor for fertiliser, variety and care"),

	INT("irrigation", irrigation, "interval_days", REQ, "d", 1, 366, 0, interval_days,
	    "days between irrigations, the first on the sowing day"),
	NUM("irrigation", irrigation, "depth_mm", REQ, "mm", 0, 500, 0, depth_mm, "water applied each time"),

	INT("economy", economy_input, "constant_price_year", REQ, "", 2010, 2020, 0, constant_price_year,
	    "base year of the constant prices: 2010 or 2020"),
	NUM("economy", economy_input, "district_output_prev_bn_vnd", REQ, "bn VND", 0.001, BIG, 0,
	    district_output_prev_bn_vnd, "district output of the previous year at constant prices"),
	NUM("economy", economy_input, "winter_crop_prev_bn_vnd", REQ, "bn VND", 0.001, BIG, 0,
	    winter_crop_prev_bn_vnd, "winter-crop output of the previous year at constant prices"),
	LST("economy", economy_input, "other_sectors", 0, other_sectors, n_other_sectors, "sector", NULL,
	    "the district's other sectors"),
	{ "economy", "target_growth_pct", SF_NUMBER, 0, "%", -100, 1000, 0,
	  offsetof(economy_input, target_growth_pct), 0, 0, NULL, NULL, NULL, NULL, target_given,
	  target_set, "planned district growth (optional)", 0, 0 },
	{ "economy", "estimates", SF_FLAGS, SFF_FLOW, "", 0, 0, 0, offsetof(economy_input, estimates), 0,
	  0, NULL, "district_output_prev_bn_vnd|winter_crop_prev_bn_vnd|other_sectors|target_growth_pct",
	  NULL, NULL, NULL, NULL, "the economy keys whose figures are estimates, not statistics: "
	  "the text report names them and `vudong sensitivity` moves the previous winter's output", 0, 0 },

	STR("sector", sector, SF_NAME, "name", REQ, name, "sector name"),
	NUM("sector", sector, "share_prev", REQ, "", 0, 1, 0, share_prev, "share of previous-year district output"),
	NUM("sector", sector, "growth_pct", REQ, "%", -100, 1000, 0, growth_pct, "the sector's growth this year"),

	{ "shock", "kind", SF_ENUM, REQ, "", 0, 0, 0, offsetof(shock, kind), 0, 0, NULL,
	  "cold_spell|warming|rain|drought|price", NULL, NULL, NULL, NULL, "what the shock does", 0, 0 },
	{ "shock", "enabled", SF_BOOL, 0, "", 0, 0, 1, offsetof(shock, enabled), 0, 0, NULL, NULL,
	  NULL, NULL, NULL, NULL, "false keeps the shock in the file but off", 0, 0 },
	SHK("from", SF_DATE, "", 0, 0, 0, from, "cold_spell|drought", REQ, "first day of the spell"),
	SHK("days", SF_INT, "d", 1, 366, 0, days, "cold_spell|drought", REQ, "length of the spell"),
	SHK("tmin_c", SF_NUMBER, "°C", -60, 60, 0, tmin_c, "cold_spell", REQ, "minimum temperature during the spell"),
	SHK("tmax_c", SF_NUMBER, "°C", -60, 60, 0, tmax_c, "cold_spell", REQ, "maximum temperature during the spell"),
	SHK("delta_c", SF_NUMBER, "°C", -10, 10, 0, delta_c, "warming", REQ, "added to Tmax and Tmin every day"),
	SHK("factor", SF_NUMBER, "", 0, 10, 1, factor, "rain|price", REQ, "rain or price multiplier"),
	{ "shock", "crop", SF_REF, 0, "", 0, 0, 0, offsetof(shock, crop), 0, 0, "crop", NULL, NULL,
	  "price", NULL, NULL, "crop whose price changes (left out: every crop)", 0, 0 },

	INT("ensemble", scenario, "seasons", 0, "", 1, ENSEMBLE_SEASONS_MAX, 0, ensemble_seasons,
	    "number of seasons `vudong ensemble` runs"),
};
const size_t schema_n_fields = sizeof schema_fields / sizeof schema_fields[0];

const schema_object schema_objects[] = {
	{ "scenario", "scenario", "the top level of the file" },
	{ "site", "site", "`site:`" },
	{ "season", "season", "`season:`" },
	{ "weather", "weather", "`weather:`; exactly one of `file`, `daily`, `normals`, `station`" },
	{ "station", "station", "`weather.station:`" },
	{ "generator", "generator", "`weather.generator:`" },
	{ "normal", "weather normal", "each item of `weather.normals`" },
	{ "daily", "daily weather row", "each item of `weather.daily`, and the columns of a weather CSV file" },
	{ "station_row", "station record row",
	  "the columns of a station record CSV (`weather.station.record`); empty cell = missing" },
	{ "soil", "soil", "each item of `soils`" },
	{ "crop", "crop", "each item of `crops`" },
	{ "kc", "kc", "`kc:` of a crop" },
	{ "root_depth_m", "root_depth_m", "`root_depth_m:` of a crop" },
	{ "frost", "frost", "`frost:` of a crop (optional)" },
	{ "chill", "chill", "`chill:` of a crop (optional)" },
	{ "commune", "commune", "each item of `communes`" },
	{ "land", "land unit", "each item of a commune's `land`" },
	{ "plan", "plan item", "each item of a commune's `plan`" },
	{ "irrigation", "irrigation schedule", "`irrigation:` of a plan item when it is a mapping" },
	{ "economy", "economy", "`economy:` (optional)" },
	{ "sector", "sector", "each item of `economy.other_sectors`" },
	{ "shock", "shock", "each item of `shocks`; which keys apply depends on `kind`" },
	{ "ensemble", "ensemble", "`ensemble:` (optional)" },
};
const size_t schema_n_objects = sizeof schema_objects / sizeof schema_objects[0];

const schema_group schema_groups[] = {
	{ "weather", "weather source", true, "no weather source: give one of 'file', 'daily', 'normals' or 'station'" },
	{ "crop", "stage lengths", true, "no stage lengths: give 'stages_days' or 'stages_gdd'" },
	{ "crop", "yield response", true, "no yield response: give 'ky' or 'ky_stages'" },
};
const size_t schema_n_groups = sizeof schema_groups / sizeof schema_groups[0];

const schema_field *schema_find(const char *object, const char *key)
{
	for (size_t i = 0; i < schema_n_fields; i++)
		if (strcmp(schema_fields[i].object, object) == 0 && strcmp(schema_fields[i].key, key) == 0)
			return &schema_fields[i];
	return NULL;
}

const char *schema_child_object(const char *object, const char *key)
{
	const schema_field *f = object ? schema_find(object, key) : NULL;
	if (!f)
		return NULL;
	switch (f->type) {
	case SF_OBJECT:
	case SF_LIST:
	case SF_NORMALS:
	case SF_IRRIGATION:
		return f->child;
	default:
		return NULL;
	}
}

const schema_object *schema_find_object(const char *object)
{
	for (size_t i = 0; i < schema_n_objects; i++)
		if (strcmp(schema_objects[i].name, object) == 0)
			return &schema_objects[i];
	return NULL;
}

const schema_group *schema_find_group(const char *object, const char *name)
{
	for (size_t i = 0; i < schema_n_groups; i++)
		if (strcmp(schema_groups[i].object, object) == 0 && strcmp(schema_groups[i].name, name) == 0)
			return &schema_groups[i];
	return NULL;
}

int schema_edit_distance(const char *a, const char *b, int cap)
{
	size_t la = strlen(a), lb = strlen(b), band = cap > 0 ? (size_t)cap : 0;
	const int inf = cap + 1;
	if (la > 64 || lb > 64)
		return inf;
	if ((la > lb ? la - lb : lb - la) > band)
		return inf;
	/* Only the diagonal band |i - j| <= cap can stay within cap: O(len * cap), so hints
	 * over long lists of ids stay cheap. Cells outside the band count as inf. */
	int prev[65], cur[65];
	for (size_t j = 0; j <= lb; j++)
		prev[j] = cur[j] = j <= band ? (int)j : inf;
	for (size_t i = 1; i <= la; i++) {
		size_t lo = i > band ? i - band : 1, hi = i + band < lb ? i + band : lb;
		cur[0] = i <= band ? (int)i : inf;
		cur[lo - 1] = lo == 1 ? cur[0] : inf;
		int best = cur[lo - 1];
		for (size_t j = lo; j <= hi; j++) {
			int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			int del = prev[j] + 1, ins = cur[j - 1] + 1;
			int d = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			cur[j] = d < inf ? d : inf;
			if (cur[j] < best)
				best = cur[j];
		}
		if (hi < lb)
			cur[hi + 1] = inf;
		if (best > cap)
			return inf;
		memcpy(prev, cur, (lb + 1) * sizeof prev[0]);
	}
	return prev[lb] > cap ? inf : prev[lb];
}

const char *schema_suggest_key(const char *object, const char *key)
{
	const char *best = NULL;
	int best_d = 3;
	size_t klen = strlen(key);
	for (size_t i = 0; i < schema_n_fields; i++) {
		const schema_field *f = &schema_fields[i];
		if (strcmp(f->object, object) != 0)
			continue;
		int d = schema_edit_distance(key, f->key, 2);
		/* "area" for "area_ha": the unit suffix left out. */
		if (d > 2 && klen >= 3 && strncmp(f->key, key, klen) == 0 && f->key[klen] == '_')
			d = 2;
		if (d < best_d) {
			best_d = d;
			best = f->key;
		}
	}
	return best;
}

bool schema_kind_applies(const schema_field *f, const char *kind)
{
	return !f->kinds || (kind && schema_choice_index(f->kinds, kind) >= 0);
}

/* The choice that starts at p: its length, and where the next one starts (NULL at the end). */
static const char *choice_next(const char *p, size_t *len)
{
	const char *bar = strchr(p, '|');
	*len = bar ? (size_t)(bar - p) : strlen(p);
	return bar ? bar + 1 : NULL;
}

const char *schema_choice(const char *choices, int i, char *buf, size_t size)
{
	size_t len;
	for (const char *p = choices; p && *p; i--) {
		const char *next = choice_next(p, &len);
		if (i == 0) {
			snprintf(buf, size, "%.*s", (int)len, p);
			return buf;
		}
		p = next;
	}
	return NULL;
}

int schema_choice_index(const char *choices, const char *s)
{
	size_t len, n = strlen(s);
	int i = 0;
	for (const char *p = choices; p && *p; i++) {
		const char *next = choice_next(p, &len);
		if (len == n && strncmp(p, s, n) == 0)
			return i;
		p = next;
	}
	return -1;
}

char *schema_format_number(double v, char *buf)
{
	if (v == floor(v) && fabs(v) < 1e15) {
		snprintf(buf, 32, "%.0f", v);
		if (strcmp(buf, "-0") == 0)
			strcpy(buf, "0");
		return buf;
	}
	for (int prec = 6; prec <= 17; prec++) {
		snprintf(buf, 32, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
	return buf;
}

bool schema_valid_id(const char *s)
{
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		      *s == '-' || *s == '_' || *s == '.'))
			return false;
	return true;
}

bool schema_check_number(const schema_field *f, double v, char *msg, size_t size)
{
	char lo[32], hi[32];
	if (!isfinite(v)) {
		snprintf(msg, size, "must be a finite number");
		return false;
	}
	if ((f->type == SF_INT || f->type == SF_SEED) && v != floor(v)) {
		snprintf(msg, size, "must be a whole number");
		return false;
	}
	if (f->type == SF_NUMBERS4 && strcmp(f->unit, "d") == 0 && v != floor(v)) {
		snprintf(msg, size, "must be whole days");
		return false;
	}
	if (v < f->min || v > f->max) {
		snprintf(msg, size, "must be between %s and %s", schema_format_number(f->min, lo),
			 schema_format_number(f->max, hi));
		return false;
	}
	return true;
}

bool schema_check_plausible(const schema_field *f, double v, double *hint)
{
	*hint = NAN;
	if (f->type != SF_NUMBER || !(f->plaus_max > f->plaus_min) || !isfinite(v) ||
	    (v >= f->plaus_min && v <= f->plaus_max) || (v == 0 && !(f->flags & SFF_REQUIRED)))
		return true;   /* an optional 0 is "not given" (no cost, labour not checked) */
	double k = v * 1000;
	if (k >= f->plaus_min && k <= f->plaus_max && fabs(k - round(k)) < 1e-6)
		*hint = round(k);
	return false;
}

num_status schema_parse_number(const char *s, size_t len, double *out)
{
	char buf[64];
	if (len == 0 || len >= sizeof buf)
		return NUM_SYNTAX;
	/* Only the decimal forms: [+-]digits[.digits][(e|E)[+-]digits]. */
	size_t i = 0, digits = 0;
	if (s[i] == '+' || s[i] == '-')
		i++;
	while (i < len && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < len && s[i] == '.') {
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++, digits++;
	}
	if (digits == 0) {
		/* .nan, .inf, -.Inf, nan, inf: say what they are. */
		const char *p = s + (s[0] == '+' || s[0] == '-');
		size_t n = len - (size_t)(p - s);
		if (n && *p == '.')
			p++, n--;
		if ((n == 3 && (strncasecmp(p, "nan", 3) == 0 || strncasecmp(p, "inf", 3) == 0)) ||
		    (n == 8 && strncasecmp(p, "infinity", 8) == 0))
			return NUM_NONFINITE;
		return NUM_SYNTAX;
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		size_t e = ++i, ed = 0;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++, ed++;
		if (ed == 0 || e == len)
			return NUM_SYNTAX;
	}
	if (i != len)
		return NUM_SYNTAX;
	memcpy(buf, s, len);
	buf[len] = 0;
	char *end;
	errno = 0;
	double v = strtod(buf, &end);
	if (end != buf + len)
		return NUM_SYNTAX;
	if ((errno == ERANGE && fabs(v) > 1.0) || !isfinite(v))
		return NUM_NONFINITE;
	if (errno == ERANGE)
		v = 0.0; /* underflow: a tiny number is zero */
	*out = v;
	return NUM_OK;
}

void schema_apply_defaults(const char *object, void *base)
{
	for (size_t i = 0; i < schema_n_fields; i++) {
		const schema_field *f = &schema_fields[i];
		if (strcmp(f->object, object) != 0)
			continue;
		char *p = (char *)base + f->offset;
		switch (f->type) {
		case SF_NUMBER:
			*(double *)p = (f->flags & SFF_NAN) ? NAN : f->def;
			break;
		case SF_INT:
		case SF_ENUM:
			*(int *)p = (int)f->def;
			break;
		case SF_FLAGS:
			*(unsigned *)p = 0;
			break;
		case SF_SEED:
			*(unsigned long *)p = (unsigned long)f->def;
			break;
		case SF_BOOL:
			*(bool *)p = f->def != 0;
			break;
		case SF_DATE:
			*(vd_date *)p = DATE_NONE;
			break;
		case SF_REF:
			*(int *)p = -1;
			break;
		case SF_ID:
		case SF_NAME:
		case SF_FORMAT:
			p[0] = 0;
			break;
		case SF_NUMBERS4:
			for (int k = 0; k < 4; k++)
				((double *)p)[k] = 0;
			break;
		case SF_STAGES5:
			for (int k = 0; k < COLD_STAGES; k++)
				((double *)p)[k] = f->def;
			break;
		case SF_OBJECT:
			schema_apply_defaults(f->child, p);
			break;
		case SF_IRRIGATION:
			*(irrigation *)p = (irrigation){ .mode = IRRIGATION_NONE };
			break;
		case SF_YEARS:
			((int *)p)[0] = ((int *)p)[1] = 0;
			break;
		case SF_TEXT:
		case SF_PATH:
		case SF_LIST:
		case SF_NORMALS:
			break; /* owned memory: left to scenario_init/fini */
		}
	}
}
