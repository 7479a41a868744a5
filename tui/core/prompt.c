/* prompt.c - the status-line prompt's line editor (UTF-8, byte offsets on code points). */
#include "prompt.h"

#include <string.h>

#include "textwidth.h"
#include "utf8.h"

/* Copies at most size-1 bytes of src without splitting a code point. */
static void copy_whole(char *dst, size_t size, const char *src)
{
	size_t len = strlen(src), n = 0;
	while (n < len) {
		size_t next = utf8_next(src, len, n);
		if (next >= size)
			break;
		n = next;
	}
	memcpy(dst, src, n);
	dst[n] = 0;
}

void prompt_open(prompt_state *p, prompt_kind kind, const char *label, const char *initial)
{
	memset(p, 0, sizeof *p);
	p->kind = kind;
	copy_whole(p->label, sizeof p->label, label ? label : "");
	copy_whole(p->text, sizeof p->text, initial ? initial : "");
	p->len = p->cursor = strlen(p->text);
}

void prompt_close(prompt_state *p)
{
	memset(p, 0, sizeof *p);
	p->kind = PROMPT_NONE;
}

bool prompt_insert(prompt_state *p, uint32_t cp)
{
	char enc[4];
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return false;
	size_t n = utf8_encode(cp, enc);
	if (n == 0)
		return false;
	if (p->len + n >= sizeof p->text) {
		p->full = true;           /* said on the status line: nothing is cut silently */
		return false;
	}
	memmove(p->text + p->cursor + n, p->text + p->cursor, p->len - p->cursor + 1);
	memcpy(p->text + p->cursor, enc, n);
	p->len += n;
	p->cursor += n;
	return true;
}

/* Removes text[from, to). */
static void cut(prompt_state *p, size_t from, size_t to)
{
	p->full = false;
	memmove(p->text + from, p->text + to, p->len - to + 1);
	p->len -= to - from;
	p->cursor = from;
}

void prompt_backspace(prompt_state *p)
{
	if (p->cursor > 0)
		cut(p, utf8_prev(p->text, p->cursor), p->cursor);
}

void prompt_delete(prompt_state *p)
{
	if (p->cursor < p->len)
		cut(p, p->cursor, utf8_next(p->text, p->len, p->cursor));
}

void prompt_left(prompt_state *p)
{
	p->cursor = utf8_prev(p->text, p->cursor);
}

void prompt_right(prompt_state *p)
{
	p->cursor = utf8_next(p->text, p->len, p->cursor);
}

void prompt_home(prompt_state *p)
{
	p->cursor = 0;
}

void prompt_end(prompt_state *p)
{
	p->cursor = p->len;
}

void prompt_kill(prompt_state *p)
{
	p->text[0] = 0;
	p->len = p->cursor = 0;
	p->full = false;
}

prompt_result prompt_edit(prompt_state *p, prompt_key key, uint32_t cp)
{
	switch (key) {
	case PKEY_ENTER:     return PROMPT_ACCEPT;
	case PKEY_ESCAPE:    return PROMPT_CANCEL;
	case PKEY_CHAR:      prompt_insert(p, cp); break;
	case PKEY_BACKSPACE: prompt_backspace(p); break;
	case PKEY_DELETE:    prompt_delete(p); break;
	case PKEY_LEFT:      prompt_left(p); break;
	case PKEY_RIGHT:     prompt_right(p); break;
	case PKEY_HOME:      prompt_home(p); break;
	case PKEY_END:       prompt_end(p); break;
	case PKEY_KILL:      prompt_kill(p); break;
	}
	return PROMPT_CONTINUE;
}

void prompt_view(const prompt_state *p, int cols, size_t *start, int *cursor_col)
{
	if (cols < 1)
		cols = 1;
	/* Scroll so the cursor sits in the last column when the text before it is too wide. */
	size_t s = 0;
	int w = text_width_n(p->text, p->cursor);
	while (w > cols - 1 && s < p->cursor) {
		size_t next = utf8_next(p->text, p->len, s);
		w -= text_width_n(p->text + s, next - s);
		s = next;
	}
	*start = s;
	*cursor_col = w;
}

prompt_answer prompt_answer_of(prompt_key key, unsigned long cp, bool c_cancels)
{
	if (key == PKEY_ESCAPE)
		return ANSWER_CANCEL;
	if (key != PKEY_CHAR)
		return ANSWER_NONE;
	if (cp == 'y' || cp == 'Y')
		return ANSWER_YES;
	if (cp == 'n' || cp == 'N')
		return ANSWER_NO;
	if (c_cancels && (cp == 'c' || cp == 'C'))
		return ANSWER_CANCEL;
	return ANSWER_NONE;
}
