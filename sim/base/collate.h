/* collate.h - Vietnamese alphabetical order and accent-free matching of UTF-8 names (issue
 * 15: sorting tables, `/` search, text for a terminal that cannot show Vietnamese).
 * Letters in the Vietnamese alphabet's order, a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ
 * p q r s t u ư v (w) x y (z); tones after letters: two names are compared by their letters
 * first, and only when those are equal by their tones (ngang, huyền, hỏi, ngã, sắc, nặng),
 * then by case. Digits come before letters, other characters after, by code point. */
#ifndef VUDONG_COLLATE_H
#define VUDONG_COLLATE_H

#include <stdbool.h>
#include <stddef.h>

/* <0, 0 or >0 as a sorts before, with or after b. */
int collate_vi(const char *a, const char *b);
/* s without tones and marks, lower case, in ASCII: "Đồng Tâm" -> "dong tam" (other
 * characters beyond ASCII become '?'). Writes at most size bytes with the NUL; returns out. */
char *collate_fold(const char *s, char *out, size_t size);
/* The same keeping the case: "Đồng Tâm" -> "Dong Tam" (for a terminal that cannot show
 * Vietnamese). */
char *collate_ascii(const char *s, char *out, size_t size);
/* Whether `needle` occurs in `hay`, ignoring case, tones and marks ("dong tam" finds
 * "Xã Đồng Tâm"). An empty needle is found everywhere. */
bool collate_contains(const char *hay, const char *needle);

#endif
