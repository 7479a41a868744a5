/* report_draw.c - the handout and chart writers as the program calls them (report_pdf.h):
 * each call goes to vudong-draw.so, loaded on the first one (draw_lib.h), so a command that
 * draws nothing never loads cairo and pango. */
#include "report_pdf.h"

#include "draw_lib.h"

static const report_pdf_ops *ops(diag_list *dl)
{
	return draw_lib_symbol(REPORT_PDF_OPS, dl);
}

static bool drawn(bool ok, diag_list *dl)
{
	if (!ok)
		diag_add(dl, DIAG_ERROR, NULL, 0, 0, "the drawing failed (out of memory or a cairo error)");
	return ok;
}

bool report_write_pdf(strbuf *sb, const scenario *s, const weather_series *w,
		      const season_result *r, const ensemble_result *er, lang l, diag_list *dl)
{
	const report_pdf_ops *o = ops(dl);
	return o && drawn(o->write_pdf(sb, s, w, r, er, l), dl);
}

bool report_write_chart(strbuf *sb, chart_kind k, picture_format f, const scenario *s,
			const season_result *r, const ensemble_result *er,
			const sensitivity_result *sr, lang l, diag_list *dl)
{
	if ((k == CHART_RISK_SPREAD && !er) || (k == CHART_TORNADO && !sr)) {
		diag_add(dl, DIAG_ERROR, NULL, 0, 0, "nothing to draw: the chart needs its study's result");
		return false;
	}
	const report_pdf_ops *o = ops(dl);
	return o && drawn(o->write_chart(sb, k, f, s, r, er, sr, l), dl);
}

void report_pdf_release_fonts(void)
{
	if (!draw_lib_loaded())
		return;
	diag_list dl;
	diag_list_init(&dl);
	const report_pdf_ops *o = ops(&dl);
	diag_list_fini(&dl);
	if (o)
		o->release_fonts();
}
