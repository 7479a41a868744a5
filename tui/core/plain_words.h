/* plain_words.h - what a person reads on the main screens for the model's symbols. The
 * message ids of those headers are the symbols themselves (Kc, Ky, Ym, Fw, Fc, P10, ...):
 * Vietnamese reads its catalogue's plain word through tr() (Nước, Nhạy, Tối đa, Đủ, Thấp),
 * English reads the plain English word kept here (Water, Drought, Max, Cold, Low). The
 * help screen's glossary keeps the symbols beside their plain names, and the reports keep
 * the symbols (their readers cite FAO). No curses. */
#ifndef VUDONG_PLAIN_WORDS_H
#define VUDONG_PLAIN_WORDS_H

#include "i18n.h"

/* The plain word for message id `id` in language l: tr() for Vietnamese; for English the
 * plain English word when id is a symbol, else id itself. */
const char *plain_word(lang l, const char *id);

#endif
