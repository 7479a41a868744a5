/* report_headers.c - the binding column names of the CSV tables (DESIGN §6) as headers a person
 * reads, in the report's language and with their units ("area_ha" -> "Diện tích (ha)"), for
 * the workbook (sim/xlsx) and anything else that shows a table with headers in words. */
#include "report.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	const char *column;
	const char *header;     /* English, translated by tr() */
} column_header;

static const column_header headers[] = {
	{ "commune", "Commune" }, { "land", "Land" }, { "crop", "Crop" }, { "name", "Name" },
	{ "area_ha", "Area (ha)" }, { "irrigated_ha", "Irrigated area (ha)" },
	{ "sow", "Sown" }, { "harvest", "Harvest" }, { "days", "Days" },
	{ "yield_potential_t_ha", "Potential yield (t/ha)" },
	{ "f_water", "Yield kept after water stress (0-1)" },
	{ "f_cold", "Yield kept after cold (0-1)" },
	{ "f_mgmt", "Yield kept after management (0-1)" },
	{ "yield_t_ha", "Yield (t/ha)" }, { "output_t", "Output (tonnes)" },
	{ "et0_mm", "Reference water use ET0 (mm)" }, { "etc_mm", "Crop water need ETc (mm)" },
	{ "eta_mm", "Crop water use ETa (mm)" }, { "rain_mm", "Rain (mm)" },
	{ "irrigation_mm", "Irrigation (mm)" }, { "value_mvnd", "Value, current prices (mln VND)" },
	{ "value_const_mvnd", "Value, constant prices (mln VND)" },
	{ "cost_mvnd", "Production cost (mln VND)" }, { "profit_mvnd", "Profit (mln VND)" },
	{ "labour_days", "Labour (labour days)" }, { "status", "Status" },
	{ "items", "Plan items" }, { "labour_days_available", "Labour available (labour days)" },
	{ "land_use_coefficient", "Land-use coefficient of paddy land" },
	{ "winter_growth_pct", "Winter crop growth (%)" },
	{ "contribution_pp", "Contribution to growth (pp)" },
	{ "district_growth_pct", "District growth (%)" },
	{ "date", "Date" }, { "das", "Days after sowing" }, { "gdd", "Growing degree-days (°C·d)" },
	{ "stage", "Stage" }, { "kc", "Crop coefficient Kc" }, { "zr_m", "Root depth (m)" },
	{ "dr_mm", "Root-zone depletion (mm)" }, { "taw_mm", "Water the soil holds TAW (mm)" },
	{ "raw_mm", "Readily available water RAW (mm)" }, { "ks", "Water stress factor Ks (0-1)" },
	{ "tmin_c", "Lowest temperature (°C)" }, { "tmax_c", "Highest temperature (°C)" },
	{ "level", "Level" }, { "id", "Id" }, { "metric", "Figure" }, { "mean", "Mean" },
	{ "sd", "SD" }, { "p10", "Low (P10)" }, { "p50", "Median (P50)" }, { "p90", "High (P90)" },
	{ "min", "Lowest" }, { "max", "Highest" },
	{ "p_failure", "Chance of a failed item (0-1)" },
	{ "p_target_missed", "Chance of missing the target (0-1)" },
	{ "rank", "Rank" }, { "parameter", "Parameter" }, { "low", "Low" }, { "high", "High" },
	{ "unit", "Unit" }, { "output_low_t", "Output, low (tonnes)" },
	{ "output_high_t", "Output, high (tonnes)" },
	{ "value_low_mvnd", "Value, low (mln VND)" }, { "value_high_mvnd", "Value, high (mln VND)" },
	{ "value_low_change_pct", "Value change, low (%)" },
	{ "value_high_change_pct", "Value change, high (%)" },
	{ "contribution_low_pp", "Contribution, low (pp)" },
	{ "contribution_high_pp", "Contribution, high (pp)" },
	{ "contribution_low_diff_pp", "Contribution change, low (pp)" },
	{ "contribution_high_diff_pp", "Contribution change, high (pp)" },
	{ "district_growth_low_pct", "District growth, low (%)" },
	{ "district_growth_high_pct", "District growth, high (%)" },
	{ "warnings_low", "Warnings, low" }, { "warnings_high", "Warnings, high" },
	{ "figure", "Figure" }, { "a", "A" }, { "b", "B" }, { "diff", "B − A" },
	{ "change_pct", "Change (%)" },
	{ "season", "Season" }, { "year", "Year" }, { "cold_loss_pct", "Lost to cold (%)" },
	{ "water_loss_pct", "Lost to water shortage (%)" },
	{ "ea_kpa", "Vapour pressure (kPa)" }, { "u2_m_s", "Wind at 2 m (m/s)" },
	{ "ra_mj_m2", "Extraterrestrial radiation (MJ/m²)" },
	{ "rs_mj_m2", "Solar radiation (MJ/m²)" }, { "rso_mj_m2", "Clear-sky radiation (MJ/m²)" },
	{ "rn_mj_m2", "Net radiation (MJ/m²)" },
	{ "seasons", "Seasons" },
};

const char *report_column_header(const char *column, lang l)
{
	for (size_t i = 0; i < sizeof headers / sizeof headers[0]; i++)
		if (strcmp(headers[i].column, column) == 0)
			return tr(l, headers[i].header);
	return NULL;
}
