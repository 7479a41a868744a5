/* collate.c - Vietnamese alphabetical order and accent-free folding (collate.h). Each
 * character is read as (letter rank, tone, upper case): the tables list every vowel with its
 * six tones, lower and upper case, as written in NFC. */
#include "collate.h"

#include <stdint.h>
#include <string.h>

/* The alphabet in order; f, j, w, z (foreign words) where Latin puts them. */
static const char *const alphabet[] = {
	"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
	"n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
};
#define N_LETTERS (sizeof alphabet / sizeof alphabet[0])
/* The ASCII letter of each, for folding. */
static const char ascii_of[] = "aaabcddeefghijklmnooopqrstuuvwxyz";

/* Each vowel's six forms (ngang, huyền, hỏi, ngã, sắc, nặng), lower then upper case, with
 * the index of its letter in alphabet[]. */
static const struct { int letter; const char *lower, *upper; } vowels[] = {
	{ 0, "aàảãáạ", "AÀẢÃÁẠ" }, { 1, "ăằẳẵắặ", "ĂẰẲẴẮẶ" }, { 2, "âầẩẫấậ", "ÂẦẨẪẤẬ" },
	{ 7, "eèẻẽéẹ", "EÈẺẼÉẸ" }, { 8, "êềểễếệ", "ÊỀỂỄẾỆ" }, { 12, "iìỉĩíị", "IÌỈĨÍỊ" },
	{ 18, "oòỏõóọ", "OÒỎÕÓỌ" }, { 19, "ôồổỗốộ", "ÔỒỔỖỐỘ" }, { 20, "ơờởỡớợ", "ƠỜỞỠỚỢ" },
	{ 26, "uùủũúụ", "UÙỦŨÚỤ" }, { 27, "ưừửữứự", "ƯỪỬỮỨỰ" }, { 31, "yỳỷỹýỵ", "YỲỶỸÝỴ" },
};

/* One code point from *p (advanced); 0xFFFD for a bad byte. */
static uint32_t next_cp(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;
	uint32_t c = s[0];
	int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
	if (n < 0) {
		(*p)++;
		return 0xFFFD;
	}
	c = n == 0 ? c : n == 1 ? c & 0x1F : n == 2 ? c & 0x0F : c & 0x07;
	for (int i = 1; i <= n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*p += i;
			return 0xFFFD;
		}
		c = c << 6 | (s[i] & 0x3F);
	}
	*p += n + 1;
	return c;
}

/* A character as the order sees it. */
typedef struct {
	int rank;      /* 0..9 digits, 10 + letter index, 100 + code point for the rest */
	int tone;      /* 0..5 */
	int upper;
	char ascii;    /* its ASCII letter, or 0 */
} vchar;

static vchar classify(uint32_t c)
{
	vchar v = { 100 + (int)c, 0, 0, 0 };
	if (c >= '0' && c <= '9')
		return (vchar){ (int)(c - '0'), 0, 0, (char)c };
	if (c < 0x80) {
		uint32_t lower = c >= 'A' && c <= 'Z' ? c + 32 : c;
		if (lower >= 'a' && lower <= 'z')
			for (size_t i = 0; i < N_LETTERS; i++)
				if (alphabet[i][0] == (char)lower && alphabet[i][1] == 0)
					return (vchar){ 10 + (int)i, 0, lower != c, (char)lower };
		return v;
	}
	if (c == 0x0111 || c == 0x0110)   /* đ Đ */
		return (vchar){ 10 + 6, 0, c == 0x0110, 'd' };
	for (size_t k = 0; k < sizeof vowels / sizeof vowels[0]; k++)
		for (int up = 0; up < 2; up++) {
			const char *p = up ? vowels[k].upper : vowels[k].lower;
			for (int t = 0; *p; t++)
				if (next_cp(&p) == c)
					return (vchar){ 10 + vowels[k].letter, t, up, ascii_of[vowels[k].letter] };
		}
	return v;
}

int collate_vi(const char *a, const char *b)
{
	int tone_diff = 0, case_diff = 0;
	const char *p = a, *q = b;
	while (*p && *q) {
		vchar x = classify(next_cp(&p)), y = classify(next_cp(&q));
		if (x.rank != y.rank)
			return x.rank < y.rank ? -1 : 1;
		if (!tone_diff && x.tone != y.tone)
			tone_diff = x.tone < y.tone ? -1 : 1;
		if (!case_diff && x.upper != y.upper)
			case_diff = x.upper > y.upper ? -1 : 1;   /* upper case first */
	}
	if (*p || *q)
		return *p ? 1 : -1;
	return tone_diff ? tone_diff : case_diff;
}

static char *fold(const char *s, char *out, size_t size, bool keep_case)
{
	size_t k = 0;
	if (size == 0)
		return out;
	while (*s && k + 1 < size) {
		uint32_t c = next_cp(&s);
		vchar v = classify(c);
		char ch = c < 0x80 ? (char)c : v.ascii ? v.ascii : '?';
		if (v.ascii && (keep_case ? v.upper : false))
			ch = (char)(v.ascii - 32);
		else if (v.ascii && !keep_case)
			ch = v.ascii;
		out[k++] = ch;
	}
	out[k] = 0;
	return out;
}

char *collate_fold(const char *s, char *out, size_t size)
{
	return fold(s, out, size, false);
}

char *collate_ascii(const char *s, char *out, size_t size)
{
	return fold(s, out, size, true);
}

bool collate_contains(const char *hay, const char *needle)
{
	char h[512], n[256];
	collate_fold(hay, h, sizeof h);
	collate_fold(needle, n, sizeof n);
	return strstr(h, n) != NULL;
}
