/* report_pdf.h - the printable handout and the charts as pictures, drawn with cairo and
 * pango (DejaVu Sans for the Vietnamese diacritics): `vudong run --format pdf -o FILE`
 * writes a two-page A4 handout (the headline figures with their range over many winters, a
 * chart of output by crop, a chart of the risk spread P10-P90 by crop; then the plan by
 * commune and crop and the commune table), in the report's language, with the same numbers
 * as the text report. The interface's `X` writes one chart as PNG, SVG or PDF. Writers
 * append the file's bytes to a strbuf; they never touch files. The drawing is done in
 * vudong-draw.so, loaded on the first call (draw_lib.h; report_draw.c forwards). */
#ifndef VUDONG_REPORT_PDF_H
#define VUDONG_REPORT_PDF_H

#include <stdbool.h>

#include "diag.h"
#include "ensemble.h"
#include "sensitivity.h"
#include "i18n.h"
#include "scenario.h"
#include "season.h"
#include "strbuf.h"
#include "weather.h"

/* The handout. er: the ensemble over the scenario's seasons (the ranges and the chance of
 * the target), NULL to leave them out. False, with the reason in dl, when the drawing
 * library cannot be loaded or on out of memory or a cairo error. */
bool report_write_pdf(strbuf *sb, const scenario *s, const weather_series *w,
		      const season_result *r, const ensemble_result *er, lang l, diag_list *dl);

/* Gives back what pango, cairo and fontconfig keep between drawings (font maps, caches,
 * fontconfig's configuration), so a program that drew leaves no memory behind. Only when
 * nothing will be drawn again and no cairo or pango object is alive, on one thread: the
 * command line calls it before it ends; the interface never does. Nothing when the library
 * was never loaded. */
void report_pdf_release_fonts(void);

typedef enum { CHART_OUTPUT_BY_CROP, CHART_RISK_SPREAD, CHART_TORNADO } chart_kind;
typedef enum { PICTURE_PNG, PICTURE_SVG, PICTURE_PDF } picture_format;

/* One chart on its own (800x500 px for PNG; the same in points for SVG and PDF), with its
 * title. CHART_RISK_SPREAD needs er, CHART_TORNADO sr (the sensitivity's tornado of the
 * district's value). False, with the reason in dl, as report_write_pdf. */
bool report_write_chart(strbuf *sb, chart_kind k, picture_format f, const scenario *s,
			const season_result *r, const ensemble_result *er,
			const sensitivity_result *sr, lang l, diag_list *dl);

/* The drawing library's side (sim/report/report_pdf.c in vudong-draw.so): the same writers
 * without the diagnostics, and the font release. */
typedef struct {
	bool (*write_pdf)(strbuf *sb, const scenario *s, const weather_series *w,
			  const season_result *r, const ensemble_result *er, lang l);
	bool (*write_chart)(strbuf *sb, chart_kind k, picture_format f, const scenario *s,
			    const season_result *r, const ensemble_result *er,
			    const sensitivity_result *sr, lang l);
	void (*release_fonts)(void);
} report_pdf_ops;
#define REPORT_PDF_OPS "vudong_report_pdf_ops"
extern const report_pdf_ops vudong_report_pdf_ops;

#endif
