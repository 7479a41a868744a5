/* text_fold.h - text folded for matching what people type against names and words: ASCII
 * lower case, Vietnamese letters without their tone and vowel marks (ắ -> a, Đ -> d),
 * combining marks dropped, '²' -> '2'. For finding "sao" as "sào" and "bac cai" as
 * "Bắp cải"; not for sorting (that is the alphabetical order's job). */
#ifndef VUDONG_TEXT_FOLD_H
#define VUDONG_TEXT_FOLD_H

#include <stdbool.h>
#include <stddef.h>

/* Writes the folded s[0..len) into buf (always NUL-terminated, cut to fit) and returns buf.
 * Other characters outside ASCII are kept as they are. */
char *text_fold_n(const char *s, size_t len, char *buf, size_t size);
char *text_fold(const char *s, char *buf, size_t size);
/* Whether a and b are the same once folded and with spaces at both ends ignored. */
bool text_fold_equal(const char *a, const char *b);

#endif
