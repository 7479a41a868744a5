/* bigfont.c - the glyphs of the presentation view's block digits and their rows. */
#include "bigfont.h"

#include <string.h>

typedef struct {
	char ch;                          /* '-' also stands for U+2212 */
	int w;                            /* columns of the glyph (blocks) */
	const char *rows[BIGFONT_ROWS];   /* '#' filled, ' ' empty */
} glyph;

static const glyph glyphs[] = {
	{ '0', 3, { "###", "# #", "# #", "# #", "###" } },
	{ '1', 3, { " # ", "## ", " # ", " # ", "###" } },
	{ '2', 3, { "###", "  #", "###", "#  ", "###" } },
	{ '3', 3, { "###", "  #", " ##", "  #", "###" } },
	{ '4', 3, { "# #", "# #", "###", "  #", "  #" } },
	{ '5', 3, { "###", "#  ", "###", "  #", "###" } },
	{ '6', 3, { "###", "#  ", "###", "# #", "###" } },
	{ '7', 3, { "###", "  #", "  #", "  #", "  #" } },
	{ '8', 3, { "###", "# #", "###", "# #", "###" } },
	{ '9', 3, { "###", "# #", "###", "  #", "###" } },
	{ '.', 1, { " ", " ", " ", " ", "#" } },
	{ ',', 2, { "  ", "  ", "  ", " #", "# " } },
	{ '%', 3, { "# #", "  #", " # ", "#  ", "# #" } },
	{ '+', 3, { "   ", " # ", "###", " # ", "   " } },
	{ '-', 3, { "   ", "   ", "###", "   ", "   " } },
	{ '/', 3, { "  #", "  #", " # ", "#  ", "#  " } },
	{ ' ', 1, { " ", " ", " ", " ", " " } },
};

/* The glyph at s (advancing *len bytes), NULL when there is none. */
static const glyph *glyph_at(const char *s, size_t *len)
{
	*len = 1;
	char ch = *s;
	if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x88 && (unsigned char)s[2] == 0x92) {
		*len = 3;
		ch = '-';
	}
	for (size_t i = 0; i < sizeof glyphs / sizeof glyphs[0]; i++)
		if (glyphs[i].ch == ch)
			return &glyphs[i];
	return NULL;
}

bool bigfont_can_draw(const char *s)
{
	size_t len;
	for (; *s; s += len)
		if (!glyph_at(s, &len))
			return false;
	return true;
}

int bigfont_width(const char *s, int hx)
{
	int w = 0;
	size_t len;
	for (; *s; s += len) {
		const glyph *g = glyph_at(s, &len);
		if (g)
			w += (w ? 1 : 0) + g->w;
	}
	return w * hx;
}

/* Appends n copies of piece to buf at *used. */
static bool put(char *buf, size_t size, size_t *used, const char *piece, int n)
{
	size_t pl = strlen(piece);
	for (int i = 0; i < n; i++) {
		if (*used + pl >= size)
			return false;
		memcpy(buf + *used, piece, pl);
		*used += pl;
	}
	buf[*used] = 0;
	return true;
}

bool bigfont_row(const char *s, int row, int hx, int vy, bool ascii, char *buf, size_t size)
{
	if (size == 0)
		return false;
	buf[0] = 0;
	int r = vy > 0 ? row / vy : row;
	if (r < 0 || r >= BIGFONT_ROWS)
		return false;
	const char *block = ascii ? "#" : "█";
	size_t used = 0, len;
	bool first = true;
	for (; *s; s += len) {
		const glyph *g = glyph_at(s, &len);
		if (!g)
			continue;
		if (!first && !put(buf, size, &used, " ", hx))
			return false;
		first = false;
		for (int c = 0; c < g->w; c++)
			if (!put(buf, size, &used, g->rows[r][c] == '#' ? block : " ", hx))
				return false;
	}
	return true;
}
