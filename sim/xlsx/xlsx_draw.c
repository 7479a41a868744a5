/* xlsx_draw.c - xlsx_book_write as the program calls it (xlsx_book.h): it goes to
 * vudong-draw.so, loaded on the first call (draw_lib.h), so a command that writes no
 * workbook never loads libxlsxwriter. */
#include "xlsx_book.h"

#include "draw_lib.h"

bool xlsx_book_write(const char *path, const xlsx_book *b, bool overwrite, diag_list *dl)
{
	const xlsx_book_ops *o = draw_lib_symbol(XLSX_BOOK_OPS, dl);
	return o && o->write(path, b, overwrite, dl);
}
