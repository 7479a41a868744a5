/* unit_words.c - unit words after a number: the table of area and yield units and the
 * grammar of money ([nghìn|triệu|tỷ] [đồng] [/kg|/ha|/sào]). */
#include "unit_words.h"

#include <stdbool.h>
#include <string.h>

#include "text_fold.h"

typedef struct {
	const char *word;   /* folded, without spaces */
	unit_dim dim;
	double factor;      /* to the dimension's base unit */
} unit_word;

static const unit_word words[] = {
	{ "ha", UNIT_DIM_AREA, 1.0 },
	{ "hecta", UNIT_DIM_AREA, 1.0 },
	{ "hec-ta", UNIT_DIM_AREA, 1.0 },
	{ "sao", UNIT_DIM_AREA, UNIT_SAO_HA },
	{ "m2", UNIT_DIM_AREA, 1e-4 },
	{ "mau", UNIT_DIM_AREA, UNIT_MAU_HA },
	{ "t/ha", UNIT_DIM_YIELD, 1.0 },
	{ "tan/ha", UNIT_DIM_YIELD, 1.0 },
	{ "ta/ha", UNIT_DIM_YIELD, 0.1 },
	{ "kg/ha", UNIT_DIM_YIELD, 0.001 },
	{ "kg/sao", UNIT_DIM_YIELD, 0.001 / UNIT_SAO_HA },
	{ "ta/sao", UNIT_DIM_YIELD, 0.1 / UNIT_SAO_HA },
};

static const struct {
	const char *word;
	double factor;
} multipliers[] = {
	{ "nghin", 1e3 }, { "ngan", 1e3 }, { "k", 1e3 },
	{ "trieu", 1e6 }, { "tr", 1e6 },
	{ "ty", 1e9 }, { "ti", 1e9 },
};

static const char *const currencies[] = { "dong", "vnd", "d" };

unit_dim unit_dim_of(const char *u)
{
	if (!u)
		return UNIT_DIM_NONE;
	if (strcmp(u, "ha") == 0)
		return UNIT_DIM_AREA;
	if (strcmp(u, "t/ha") == 0)
		return UNIT_DIM_YIELD;
	if (strcmp(u, "VND/kg") == 0)
		return UNIT_DIM_PRICE;
	if (strcmp(u, "VND/ha") == 0)
		return UNIT_DIM_COST;
	if (strcmp(u, "bn VND") == 0)
		return UNIT_DIM_BN_VND;
	if (strcmp(u, "d") == 0 || strcmp(u, "d/ha") == 0)
		return UNIT_DIM_COUNT;
	return UNIT_DIM_NONE;
}

static bool ends_with(const char *s, size_t n, const char *tail, size_t *rest)
{
	size_t t = strlen(tail);
	if (n < t || memcmp(s + n - t, tail, t) != 0)
		return false;
	*rest = n - t;
	return true;
}

/* money := [multiplier] [currency] ; the head before '/'. *mult the multiplier, *cur whether
 * a currency word was given. */
static bool read_money_head(const char *s, size_t n, double *mult, bool *cur)
{
	*cur = false;
	for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++) {
		size_t rest;
		if (ends_with(s, n, currencies[i], &rest)) {
			n = rest;
			*cur = true;
			break;
		}
	}
	*mult = 1.0;
	if (n == 0)
		return true;
	for (size_t i = 0; i < sizeof multipliers / sizeof multipliers[0]; i++)
		if (strlen(multipliers[i].word) == n && memcmp(s, multipliers[i].word, n) == 0) {
			*mult = multipliers[i].factor;
			return true;
		}
	return false;
}

/* The money units: the dimension their "per" part gives (none: a sum or a multiplier). */
static unit_status read_money(const char *s, unit_dim dim, double *factor, unit_dim *found)
{
	const char *slash = strchr(s, '/');
	size_t head = slash ? (size_t)(slash - s) : strlen(s);
	const char *per = slash ? slash + 1 : "";
	double mult;
	bool cur;
	if ((head == 0 && !*per) || !read_money_head(s, head, &mult, &cur))
		return UNIT_UNKNOWN;
	double per_factor = 1.0;
	unit_dim d;
	if (strcmp(per, "kg") == 0) {
		d = UNIT_DIM_PRICE;
	} else if (strcmp(per, "ha") == 0) {
		d = UNIT_DIM_COST;
	} else if (strcmp(per, "sao") == 0) {
		d = UNIT_DIM_COST;
		per_factor = 1.0 / UNIT_SAO_HA;
	} else if (*per) {
		return UNIT_UNKNOWN;
	} else if (!cur && dim == UNIT_DIM_COUNT) {
		d = UNIT_DIM_COUNT;         /* "60 nghìn" labour days */
	} else {
		d = dim == UNIT_DIM_PRICE || dim == UNIT_DIM_COST || dim == UNIT_DIM_BN_VND ?
			    dim : UNIT_DIM_PRICE;
	}
	if (d != dim) {
		if (found)
			*found = d;
		return UNIT_OTHER_DIM;
	}
	*factor = mult * per_factor / (dim == UNIT_DIM_BN_VND ? 1e9 : 1.0);
	return UNIT_OK;
}

unit_status unit_words_read(const char *text, unit_dim dim, double *factor, unit_dim *found)
{
	char folded[64], s[64];
	text_fold(text, folded, sizeof folded);
	size_t o = 0;
	for (const char *p = folded; *p && o + 1 < sizeof s; p++)
		if (*p != ' ')
			s[o++] = *p;
	s[o] = 0;
	if (!*s)
		return UNIT_UNKNOWN;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strcmp(words[i].word, s) != 0)
			continue;
		if (words[i].dim != dim) {
			if (found)
				*found = words[i].dim;
			return UNIT_OTHER_DIM;
		}
		*factor = words[i].factor;
		return UNIT_OK;
	}
	return read_money(s, dim, factor, found);
}

const char *unit_dim_words(unit_dim dim)
{
	switch (dim) {
	case UNIT_DIM_AREA: return "ha, sào, m², mẫu";
	case UNIT_DIM_YIELD: return "t/ha, tạ/ha, kg/ha, kg/sào";
	case UNIT_DIM_PRICE: return "đ/kg, nghìn, triệu";
	case UNIT_DIM_COST: return "đ/ha, nghìn, triệu, tỷ, triệu/sào";
	case UNIT_DIM_BN_VND: return "tỷ, triệu";
	case UNIT_DIM_COUNT: return "nghìn, triệu";
	default: return "";
	}
}
