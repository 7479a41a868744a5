/* textwidth.c - display width of UTF-8 text (see textwidth.h): the decoder, the width of a
 * code point by Unicode range, and the width and fitting of strings. */
#include "textwidth.h"

#include <string.h>

size_t text_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (len == 0)
		return 0;
	unsigned char c = s[0];
	size_t n;
	uint32_t v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		n = 2; v = c & 0x1F; min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		n = 3; v = c & 0x0F; min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		n = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = 0xFFFD;
		return 1;
	}
	if (len < n) {
		*cp = 0xFFFD;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = 0xFFFD;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = v;
	return n;
}

/* A range of code points, both ends included. */
typedef struct {
	uint32_t lo, hi;
} cp_range;

/* No column: combining marks (U+0300..036F holds the Vietnamese tone marks of decomposed
 * text), zero-width space, joiners and direction marks, the word joiner, variation
 * selectors, the zero-width no-break space. */
static const cp_range zero_width[] = {
	{ 0x0300, 0x036F }, { 0x1AB0, 0x1AFF }, { 0x1DC0, 0x1DFF }, { 0x200B, 0x200F },
	{ 0x2060, 0x2064 }, { 0x20D0, 0x20FF }, { 0xFE00, 0xFE0F }, { 0xFE20, 0xFE2F },
	{ 0xFEFF, 0xFEFF }, { 0xE0100, 0xE01EF },
};

/* Two columns: East Asian Wide and Fullwidth (Hangul Jamo, CJK, Hangul syllables,
 * compatibility ideographs, vertical and small forms, fullwidth forms, the supplementary
 * ideographic planes) and the emoji blocks shown wide (pictographs, emoticons, transport
 * and map symbols, coloured circles and squares, supplemental pictographs, symbols and
 * pictographs extended-A). U+303F (half-fill space) is narrow. */
static const cp_range wide[] = {
	{ 0x1100, 0x115F }, { 0x2E80, 0x303E }, { 0x3040, 0xA4CF }, { 0xAC00, 0xD7A3 },
	{ 0xF900, 0xFAFF }, { 0xFE30, 0xFE4F }, { 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 },
	{ 0x1F300, 0x1F64F }, { 0x1F680, 0x1F6FF }, { 0x1F7E0, 0x1F7EB }, { 0x1F900, 0x1F9FF },
	{ 0x1FA70, 0x1FAFF }, { 0x20000, 0x3FFFD },
};

static int in_ranges(uint32_t cp, const cp_range *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (cp >= r[i].lo && cp <= r[i].hi)
			return 1;
	return 0;
}

int text_cp_width(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if (cp < 0x0300)
		return 1;      /* Latin, Vietnamese precomposed letters among them: the common case */
	if (in_ranges(cp, zero_width, sizeof zero_width / sizeof zero_width[0]))
		return 0;
	if (in_ranges(cp, wide, sizeof wide / sizeof wide[0]))
		return 2;
	return 1;
}

int text_width_n(const char *s, size_t len)
{
	int w = 0;
	size_t i = 0;
	while (i < len) {
		uint32_t cp;
		i += text_decode(s + i, len - i, &cp);
		w += text_cp_width(cp);
	}
	return w;
}

int text_width(const char *s)
{
	return text_width_n(s, strlen(s));
}

size_t text_fit(const char *s, int cols, int *width)
{
	size_t len = strlen(s), i = 0;
	int w = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = text_decode(s + i, len - i, &cp);
		int cw = text_cp_width(cp);
		if (w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	if (width)
		*width = w;
	return i;
}
