/* scenario.h - the scenario model: plain structs for site, season, weather inputs, soils,
 * crops, communes with their land units and plan, economy and shocks (DESIGN §4).
 * Loading, saving and checking live in scenario_load.c / scenario_save.c / scenario_check.c;
 * this header only defines the data and its lifetime. */
#ifndef VUDONG_SCENARIO_H
#define VUDONG_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"

#define SCN_ID_MAX   64   /* bytes incl. NUL, for ids */
#define SCN_NAME_MAX 160  /* bytes incl. NUL, for display names (UTF-8) */

/* Where something was written: index into scenario.files, 1-based line and column. */
typedef struct {
	int file;   /* -1 when unknown (made in the interface) */
	int line, col;
} src_mark;

/* One day of observed (or inline) weather. Missing optional values are NAN. */
typedef struct {
	vd_date date;
	double tmax_c, tmin_c;
	double tmean_c;                         /* the station's daily mean; NAN = (tmax+tmin)/2 */
	double rain_mm;                         /* NAN = missing (taken as 0) */
	double rhmax_pct, rhmin_pct, rh_pct;    /* NAN = missing */
	double tdew_c, ea_kpa;                  /* NAN = missing */
	double wind_m_s;                        /* at anemometer height; NAN = missing */
	double sunshine_h, srad_mj_m2;          /* NAN = missing */
	src_mark mark;
} weather_obs;

typedef struct {
	int month;                              /* 1..12; 0 = slot unused */
	double tmax_c, tmin_c, rain_mm, rain_days, sunshine_h, rh_pct, wind_m_s;
	src_mark mark;
} weather_normal;

/* One month of a station's monthly record (DESIGN §4 "Station record CSV"). NAN = missing. */
typedef struct {
	int year, month;
	double tmean_c, tmax_c, tmin_c;         /* tmean_c: the station's own daily mean */
	double rain_mm, rh_pct, sunshine_h;     /* rain and sunshine: month totals */
	double rain_days, wind_m_s;             /* optional columns */
	src_mark mark;
} station_month;

/* What makes winters differ, per calendar month (DESIGN §3.7), derived from a station record
 * (sim/model/station_climate.c) or absent (then `known` is false and the generator makes
 * winters from the normals alone). NAN = unknown. */
typedef struct {
	bool known;
	double sd_tmean_c;        /* year-to-year SD of the month's mean temperature */
	double sd_tmax_c, sd_tmin_c;
	double cv_rain;           /* year-to-year coefficient of variation of the month's rain */
	double lag1_corr;         /* correlation of the month's temperature anomaly with the previous month's */
	double tmean_offset_c;    /* station daily mean − (Tmax + Tmin)/2 */
} weather_month_var;

/* `weather.station`: a station's monthly record as the weather source. */
typedef struct {
	char *record;             /* as written (relative to the scenario); owned */
	char *record_resolved;    /* path used to read it; owned */
	double elevation_m;       /* the station's elevation */
	int year_from, year_to;   /* `years: A-B`; 0 = every year of the record */
	station_month *months;    /* the record as read, in file order; owned */
	size_t n_months;
	src_mark mark;
} weather_station;

typedef enum { WEATHER_NONE, WEATHER_FILE, WEATHER_DAILY, WEATHER_NORMALS, WEATHER_STATION } weather_source;

typedef struct {
	weather_source source;
	char *file;                 /* as written in the scenario (relative to it); owned */
	char *file_resolved;        /* path used to read it; owned */
	double anemometer_height_m; /* default 2 */
	double krs;                 /* default 0.16 */
	unsigned long seed;         /* generator seed, default 2020 */
	weather_normal normals[12]; /* indexed month-1 */
	weather_obs *daily;         /* FILE and DAILY sources: the observed days, sorted */
	size_t n_daily;
	weather_station station;    /* STATION source; normals[] and var[] are derived from it */
	weather_month_var var[12];  /* indexed month-1; from the station record when there is one */
	double lapse_c_per_100m;    /* default 0.6: temperature change per 100 m of elevation */
	char *observed_to_date;     /* `observed_to_date: FILE` as written; NULL = none; owned */
	char *observed_resolved;    /* path used to read it; owned */
	weather_obs *observed;      /* its days, sorted (with NORMALS or STATION) */
	size_t n_observed;
} weather_input;

typedef struct {
	char id[SCN_ID_MAX];
	char src_id[SCN_ID_MAX];         /* its id in the text it was loaded from ("" = made since):
					 * a save renames it there (scenario_settle_ids) */
	char name[SCN_NAME_MAX];
	double theta_fc, theta_wp;       /* m3/m3 */
	double initial_depletion_pct;    /* % of TAW at sowing, default 0 */
	src_mark mark;
} soil;

typedef enum { STAGES_IN_DAYS, STAGES_IN_GDD } stage_unit;

/* The stages of the cold rules: emergence, early growth, flowering / tuber initiation, bulking,
 * maturity (sim/model/cold_damage.h). */
#define COLD_STAGES 5

typedef struct {
	char id[SCN_ID_MAX];
	char src_id[SCN_ID_MAX];         /* its id in the text it was loaded from ("" = made since):
					 * a save renames it there (scenario_settle_ids) */
	char name[SCN_NAME_MAX];
	double kc_ini, kc_mid, kc_end;
	stage_unit stages_unit;
	double stages[4];                /* days or degree days: initial, development, mid, late */
	double tbase_c;                  /* GDD base (STAGES_IN_GDD) */
	double tupper_c;                 /* NAN = no upper clamp */
	double height_m;
	double root_min_m, root_max_m;
	double depletion_p;              /* FAO-56 Table 22 p */
	double ky;                       /* seasonal Ky (used when !has_ky_stages) */
	bool has_ky_stages;
	double ky_stages[4];
	double yield_potential_t_ha;
	/* Cold damage (docs/model.md §3.2). Stage weights are by cold stage (emergence, early
	 * growth, flowering / tuber initiation, bulking, maturity); without them every stage
	 * weighs 1, the rule of files written before stage weights. */
	bool has_frost;
	double frost_damage_c, frost_kill_c, frost_loss_per_day;
	double frost_clear_night_c;      /* NAN = no clear-calm-night (sương muối) rule */
	bool has_frost_weights;
	double frost_stage_weights[COLD_STAGES];
	bool has_chill;
	double chill_tmean_c;            /* a day with daily mean <= this is a chilling day */
	int chill_tolerance_days;
	double chill_loss_per_day;
	double chill_tmin_c;             /* NAN = none: a night with Tmin below this chills too */
	bool has_chill_weights;
	double chill_stage_weights[COLD_STAGES];
	double price_vnd_kg, price_const_vnd_kg;
	double cost_vnd_ha, labour_days_ha;
	src_mark mark;
} crop;

typedef enum { LAND_PADDY, LAND_UPLAND } land_kind;

typedef struct {
	char id[SCN_ID_MAX];
	char src_id[SCN_ID_MAX];         /* its id in the text it was loaded from ("" = made since):
					 * a save renames it there (scenario_settle_ids) */
	land_kind kind;
	int soil;                        /* index into scenario.soils */
	double area_ha;
	double irrigable_share;          /* 0..1, default 0 */
	int crops_per_year;              /* crops already grown a year (e.g. 2 rice), default 0 */
	vd_date free_from, free_until;   /* DATE_NONE = no limit */
	double runoff_share;             /* 0..1, default 0 */
	src_mark mark;
} land_unit;

typedef enum { IRRIGATION_NONE, IRRIGATION_AUTO, IRRIGATION_SCHEDULE } irrigation_mode;

typedef struct {
	irrigation_mode mode;
	int interval_days;               /* IRRIGATION_SCHEDULE */
	double depth_mm;                 /* IRRIGATION_SCHEDULE */
} irrigation;

typedef struct {
	char id[SCN_ID_MAX];             /* optional ("" = none); used by extends to merge items */
	int crop;                        /* index into scenario.crops */
	int land;                        /* index into the commune's land[] */
	double area_ha;
	vd_date sow;
	irrigation irrigation;
	double management_factor;        /* 0..1, default 1 */
	src_mark mark;
} plan_item;

typedef struct {
	char id[SCN_ID_MAX];
	char src_id[SCN_ID_MAX];         /* its id in the text it was loaded from ("" = made since):
					 * a save renames it there (scenario_settle_ids) */
	char name[SCN_NAME_MAX];
	double labour_days_available;    /* 0 = not given (no labour check) */
	double elevation_m;              /* NAN = not given: the weather's own elevation */
	land_unit *land;
	size_t n_land;
	plan_item *plan;
	size_t n_plan;
	src_mark mark;
} commune;

typedef struct {
	char name[SCN_NAME_MAX];
	double share_prev;               /* share of previous-year district output, 0..1 */
	double growth_pct;
	src_mark mark;
} sector;

/* economy.estimates: the figures the scenario marks as estimates (bits of
 * economy_input.estimates, in the order of the schema's choices). */
enum {
	ECON_EST_DISTRICT_OUTPUT_PREV, ECON_EST_WINTER_CROP_PREV, ECON_EST_OTHER_SECTORS,
	ECON_EST_TARGET, ECON_EST_COUNT
};

typedef struct {
	bool present;
	int constant_price_year;         /* 2010 or 2020 */
	double district_output_prev_bn_vnd;
	double winter_crop_prev_bn_vnd;
	sector *other_sectors;
	size_t n_other_sectors;
	bool has_target;
	double target_growth_pct;
	unsigned estimates;              /* bit ECON_EST_*: key `estimates`, a list of key names */
} economy_input;

typedef enum { SHOCK_COLD_SPELL, SHOCK_WARMING, SHOCK_RAIN, SHOCK_DROUGHT, SHOCK_PRICE } shock_kind;

typedef struct {
	shock_kind kind;
	bool enabled;                    /* key `enabled`, default true; the interface toggles it */
	vd_date from;                    /* cold_spell, drought */
	int days;                        /* cold_spell, drought */
	double tmin_c, tmax_c;           /* cold_spell: the spell's temperatures */
	double delta_c;                  /* warming */
	double factor;                   /* rain, price */
	int crop;                        /* price: index into crops, -1 = every crop */
	src_mark mark;
} shock;

typedef struct {
	char name[SCN_NAME_MAX];
	double latitude_deg, longitude_deg, elevation_m;
} site_info;

typedef struct scenario {
	char *path;                      /* file it was loaded from ("<built-in>" for the built-in); owned */
	char **files;                    /* every file read (the scenario and what it extends); owned */
	size_t n_files;
	char format[32];                 /* "vudong/1" */
	char name[SCN_NAME_MAX];
	char *notes;                     /* owned, may be NULL */
	site_info site;
	vd_date season_start, season_end;
	weather_input weather;
	soil *soils;
	size_t n_soils;
	crop *crops;
	size_t n_crops;
	commune *communes;
	size_t n_communes;
	economy_input economy;
	shock *shocks;
	size_t n_shocks;
	int ensemble_seasons;            /* 0 = not given, else 1..ENSEMBLE_SEASONS_MAX */
} scenario;

/* The most seasons one ensemble runs: the schema's bound on `ensemble: {seasons}`, the
 * bound of `vudong ensemble --seasons` and of the risk screen. */
#define ENSEMBLE_SEASONS_MAX 100000

void scenario_init(scenario *s);
void scenario_fini(scenario *s);               /* frees everything; safe on an init'ed scenario */
/* Deep copy: dst must be uninitialised or fini'd. Returns false on out of memory (dst is then fini'd). */
bool scenario_copy(scenario *dst, const scenario *src);

/* Lookups by id; -1 when absent. */
int scenario_find_crop(const scenario *s, const char *id);
int scenario_find_soil(const scenario *s, const char *id);
/* The plan items of every commune together. */
size_t scenario_plan_item_count(const scenario *s);
int scenario_find_commune(const scenario *s, const char *id);
int commune_find_land(const commune *c, const char *id);
/* Every soil, crop, commune and land unit takes its id as its src_id: the scenario now
 * matches the text it was loaded from or saved to. */
void scenario_settle_ids(scenario *s);

/* The file name behind a mark, or the scenario's own path when unknown. */
const char *scenario_mark_file(const scenario *s, src_mark m);

const char *land_kind_name(land_kind k);       /* "paddy", "upland" */
const char *shock_kind_name(shock_kind k);     /* "cold_spell", ... */
const char *irrigation_mode_name(irrigation_mode m);

#endif
