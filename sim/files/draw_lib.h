/* draw_lib.h - the drawing library, vudong-draw.so: the PDF handout, the chart pictures
 * (cairo, pango) and the Excel workbooks (libxlsxwriter), loaded the first time one of them
 * is asked for. Those libraries bring some forty shared objects whose loading cost every
 * command about 15 ms before it did anything; now only a drawing command pays it. The
 * library lies next to the program (the build folder, `make install`'s lib/vudong beside
 * bin) and must come from the same build (its version is checked). */
#ifndef VUDONG_DRAW_LIB_H
#define VUDONG_DRAW_LIB_H

#include "diag.h"

#define DRAW_LIB_FILE "vudong-draw.so"
/* The library's version, VUDONG_VERSION of its build (defined in the library). */
extern const char *const vudong_draw_version;

/* The library's symbol `name` (an operations table), loading the library once (thread
 * safe); NULL with the reason in dl (with the places looked in) when it cannot be loaded. */
const void *draw_lib_symbol(const char *name, diag_list *dl);
/* Whether the library was loaded in this process (nothing to give back otherwise). */
bool draw_lib_loaded(void);

#endif
