/* screen_cols.h - the column numbers of the table screens, shared by the screen files and
 * the tests that drive them without a terminal (a->view[s].col holds one of these). */
#ifndef VUDONG_SCREEN_COLS_H
#define VUDONG_SCREEN_COLS_H

/* screen_plan.c */
enum { PC_COMMUNE, PC_LAND, PC_CROP, PC_AREA, PC_SAO, PC_SOW, PC_IRR, PC_MGMT, PC_HARVEST,
       PC_STATUS, PC_COUNT };

/* screen_crops.c: the parameters after the crop's name */
enum { P_KC_INI, P_KC_MID, P_KC_END, P_L1, P_L2, P_L3, P_L4, P_P, P_KY, P_YM, P_PRICE,
       P_PRICE_CONST, P_COST, P_LABOUR, P_COUNT };

/* screen_weather.c: the shocks table */
enum { SC_ON, SC_KIND, SC_FROM, SC_DAYS, SC_TMIN, SC_TMAX, SC_CHANGE, SC_CROP, SC_COUNT };

/* screen_results.c; view.sort is +(col + 1) ascending, -(col + 1) descending, 0 = scenario order */
enum { RC_CROP, RC_COMMUNE, RC_LAND, RC_AREA, RC_SOW, RC_HARVEST, RC_YIELD, RC_FW, RC_FC,
       RC_FM, RC_OUTPUT, RC_VALUE, RC_PROFIT, RC_STATUS, RC_COUNT };

#endif
