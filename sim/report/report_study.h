/* report_study.h - the reports of the commands that run a scenario many times (DESIGN §5,
 * §6): `vudong ensemble` (distributions over N seasons), `vudong sensitivity` (the tornado
 * table) and `vudong compare` (two scenarios side by side), as text, CSV or JSON, with the
 * same provenance, number and missing-value conventions as the season report (report.h).
 * Writers append to a strbuf and return false on out of memory. */
#ifndef VUDONG_REPORT_STUDY_H
#define VUDONG_REPORT_STUDY_H

#include <stdbool.h>

#include "compare.h"
#include "ensemble.h"
#include "report.h"
#include "scenario.h"
#include "sensitivity.h"
#include "strbuf.h"

typedef struct {
	report_format format;
	lang lang;
	/* CSV and JSON: only the rows of this level when has_level (REPORT_DISTRICT,
	 * REPORT_COMMUNES, REPORT_CROPS, and REPORT_ITEMS for the ensemble); every level
	 * otherwise. The text report always has them all. */
	bool has_level;
	report_table level;
	bool has_prepared;              /* as report_options */
	vd_date prepared;
} study_options;

/* CSV columns (binding): level,id,name,metric,mean,sd,p10,p50,p90,min,max. */
bool report_write_ensemble(strbuf *sb, const scenario *s, const ensemble_result *er,
			   const study_options *o);
/* CSV columns (binding): rank,parameter,low,high,unit,output_low_t,output_high_t,
 * value_low_mvnd,value_high_mvnd,value_low_change_pct,value_high_change_pct,
 * contribution_low_pp,contribution_high_pp,contribution_low_diff_pp,
 * contribution_high_diff_pp,district_growth_low_pct,district_growth_high_pct,
 * warnings_low,warnings_high. */
/* The English label of a sensitivity parameter ("Price", ...), a catalogue key for tr(). */
const char *report_sensitivity_label(sens_param p);
bool report_write_sensitivity(strbuf *sb, const scenario *s, const sensitivity_result *sr,
			      const study_options *o);
/* CSV columns (binding): level,id,name,figure,a,b,diff,change_pct. */
bool report_write_compare(strbuf *sb, const scenario *a, const scenario *b,
			  const compare_result *c, const study_options *o);

#endif
