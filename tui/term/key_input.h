/* key_input.h - reads one key from the terminal the way get_wch does (OK with a character,
 * KEY_CODE_YES with a curses key code, ERR on a timeout), in any locale: in a UTF-8 locale
 * curses decodes the bytes; in another (LANG=C, POSIX) curses would swallow a byte above
 * 0x7F and every key after it, so the bytes are read one at a time and put together as
 * UTF-8 here (utf8.h): Vietnamese typed into a prompt arrives whole. */
#ifndef VUDONG_KEY_INPUT_H
#define VUDONG_KEY_INPUT_H

#include <stdbool.h>
#include <wchar.h>

/* utf8: the locale's character set is UTF-8 (curses decodes). */
void key_input_init(bool utf8);
/* One key within the curses timeout (timeout()). */
int key_input_read(wint_t *ch);

#endif
