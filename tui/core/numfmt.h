/* numfmt.h - numbers as the users read them, per language (pure; no curses): digit grouping
 * and decimal mark (Vietnamese 1.234,5; English 1,234.5), signed differences, and the units
 * officers think in: ha and sao, t/ha and tạ/ha, tấn, triệu and tỷ đồng, percentage points.
 * Every function writes into the caller's buffer and returns it; output is UTF-8. */
#ifndef VUDONG_NUMFMT_H
#define VUDONG_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "i18n.h"

#define NUMFMT_MAX 64            /* a buffer this big holds any result below */

#define SAO_M2          360.0    /* 1 sao (Bắc Bộ) = 360 m² */
#define SAO_PER_HA      (10000.0 / SAO_M2)   /* 27.78 */
#define TA_HA_PER_T_HA  10.0     /* 1 t/ha = 10 tạ/ha (1 tạ = 100 kg) */

/* The decimal mark and the thousands separator of a language. */
char numfmt_decimal_mark(lang l);
char numfmt_group_mark(lang l);

/* v with `decimals` digits after the mark (0..9), grouped by thousands; a value that rounds
 * to zero prints without a sign; NaN and infinities print numfmt_na(). */
char *numfmt_number(double v, int decimals, lang l, char *buf, size_t size);
/* A difference with its sign always shown: "+12,3", "−4,0" (U+2212 MINUS; '-' when ascii),
 * "0,0" when it rounds to zero. */
char *numfmt_signed(double v, int decimals, lang l, bool ascii, char *buf, size_t size);
/* The text shown where a value is not available: "--". */
const char *numfmt_na(void);

/* Unit conversions. */
double numfmt_ha_to_sao(double ha);
double numfmt_t_ha_to_ta_ha(double t_ha);

/* Money in million VND, with the unit chosen for its size: below 1,000 million "850,5 triệu"
 * ("850.5 million"), from 1,000 million "1,23 tỷ" ("1.23 billion"); `decimals` applies to the
 * chosen unit. The unit word comes after a space; `long_unit` adds "đồng"/"VND". */
char *numfmt_money(double mvnd, int decimals, lang l, bool long_unit, char *buf, size_t size);
/* The same for a difference (always signed). */
char *numfmt_money_signed(double mvnd, int decimals, lang l, bool long_unit, bool ascii,
			  char *buf, size_t size);
/* True when numfmt_money shows this value in tỷ (billions). */
bool numfmt_money_uses_billions(double mvnd);

/* Percentage points: "+0,35 điểm %" / "+0.35 pp" (signed). */
char *numfmt_pp(double pp, int decimals, lang l, bool ascii, char *buf, size_t size);
/* A percentage: "13,58%" / "13.58%". */
char *numfmt_pct(double pct, int decimals, lang l, char *buf, size_t size);

/* A difference with an arrow in text, so it reads without colour: "▲ +12,3", "▼ −4,0" (ASCII:
 * "+12.3", "-4.0"), "= 0,0" when it rounds to zero. */
char *numfmt_delta(double v, int decimals, lang l, bool ascii, char *buf, size_t size);

/* Dates as users write them: short "25/10" (vi) / "25 Oct" (en); long "25/10/2020" (vi) /
 * "2020-10-25" (en); numfmt_na() for DATE_NONE. */
char *numfmt_date_short(vd_date t, lang l, char *buf, size_t size);
char *numfmt_date_long(vd_date t, lang l, char *buf, size_t size);
/* The month's short name for a calendar axis: "T10" (tháng 10) / "Oct". */
const char *numfmt_month_short(int month, lang l);

#endif
