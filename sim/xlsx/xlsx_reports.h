/* xlsx_reports.h - the reports as Excel workbooks (`--format xlsx -o FILE.xlsx`, the
 * interface's export to a .xlsx name): the tables of the CSV report, one sheet each, with the
 * same values, plus the outlook and a sheet of provenance and assumptions in words. Each
 * writes path as xlsx_book_write does (atomic; an existing file only when overwrite) and
 * returns false with the errors in dl. */
#ifndef VUDONG_XLSX_REPORTS_H
#define VUDONG_XLSX_REPORTS_H

#include <stdbool.h>

#include "diag.h"
#include "report.h"
#include "report_study.h"

/* district, communes, crops, items (o->table is ignored), the outlook when o->outlook. */
bool xlsx_write_season(const char *path, const scenario *s, const weather_series *w,
		       const season_result *r, const report_options *o, bool overwrite,
		       diag_list *dl);
/* district, communes, crops, items: the ensemble's statistics by level. */
bool xlsx_write_ensemble(const char *path, const scenario *s, const ensemble_result *er,
			 const study_options *o, bool overwrite, diag_list *dl);
bool xlsx_write_sensitivity(const char *path, const scenario *s, const sensitivity_result *sr,
			    const study_options *o, bool overwrite, diag_list *dl);
/* district, communes, crops: B against A. */
bool xlsx_write_compare(const char *path, const scenario *a, const scenario *b,
			const compare_result *c, const study_options *o, bool overwrite,
			diag_list *dl);

#endif
