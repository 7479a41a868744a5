/* text_fold.c - folding Vietnamese text to plain lower-case ASCII for matching. */
#include "text_fold.h"

#include <string.h>

#include "textwidth.h"

/* Each base letter and the precomposed letters that fold to it (both cases). */
static const struct {
	char base;
	const char *letters;
} folds[] = {
	{ 'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ" },
	{ 'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ" },
	{ 'i', "ìíỉĩịÌÍỈĨỊ" },
	{ 'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ" },
	{ 'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ" },
	{ 'y', "ỳýỷỹỵỲÝỶỸỴ" },
	{ 'd', "đĐ" },
	{ '2', "²" },
	{ '3', "³" },
};

/* The ASCII letter cp folds to, 0 when it is not one of the letters above. */
static char fold_cp(uint32_t cp)
{
	for (size_t i = 0; i < sizeof folds / sizeof folds[0]; i++) {
		const char *p = folds[i].letters;
		size_t n = strlen(p);
		while (n) {
			uint32_t c;
			size_t k = text_decode(p, n, &c);
			if (c == cp)
				return folds[i].base;
			p += k;
			n -= k;
		}
	}
	return 0;
}

static bool is_combining(uint32_t cp)
{
	return cp >= 0x300 && cp <= 0x36F;
}

char *text_fold_n(const char *s, size_t len, char *buf, size_t size)
{
	size_t o = 0;
	if (size == 0)
		return buf;
	while (len) {
		uint32_t cp;
		size_t k = text_decode(s, len, &cp);
		char f = cp < 0x80 ? (char)cp : fold_cp(cp);
		if (f >= 'A' && f <= 'Z')
			f = (char)(f - 'A' + 'a');
		if (f) {
			if (o + 1 >= size)
				break;
			buf[o++] = f;
		} else if (!is_combining(cp)) {
			if (o + k >= size)
				break;
			memcpy(buf + o, s, k);
			o += k;
		}
		s += k;
		len -= k;
	}
	buf[o] = 0;
	return buf;
}

char *text_fold(const char *s, char *buf, size_t size)
{
	return text_fold_n(s, strlen(s), buf, size);
}

static size_t trim(const char **s)
{
	size_t n = strlen(*s);
	while (n && **s == ' ')
		(*s)++, n--;
	while (n && (*s)[n - 1] == ' ')
		n--;
	return n;
}

bool text_fold_equal(const char *a, const char *b)
{
	char fa[256], fb[256];
	size_t na = trim(&a), nb = trim(&b);
	text_fold_n(a, na, fa, sizeof fa);
	text_fold_n(b, nb, fb, sizeof fb);
	return strcmp(fa, fb) == 0;
}
