/* key_input.c - one key from the terminal in any locale (key_input.h). */
#include "key_input.h"

#include <stdint.h>

#include <curses.h>
#include "utf8.h"

static bool locale_utf8 = true;
static utf8_decoder pending;

void key_input_init(bool utf8)
{
	locale_utf8 = utf8;
	utf8_decoder_reset(&pending);
}

int key_input_read(wint_t *ch)
{
	if (locale_utf8)
		return get_wch(ch);
	for (;;) {
		int c = getch();
		if (c == ERR) {
			utf8_decoder_reset(&pending);   /* half a character, then nothing */
			return ERR;
		}
		if (c > 0xFF) {
			utf8_decoder_reset(&pending);
			*ch = (wint_t)c;
			return KEY_CODE_YES;
		}
		uint32_t cp;
		if (utf8_decoder_feed(&pending, (unsigned char)c, &cp) == UTF8_DONE) {
			*ch = (wint_t)cp;
			return OK;
		}
		/* More bytes of the same key are already waiting; a byte that is not UTF-8
		 * is dropped and the next one read. */
	}
}
