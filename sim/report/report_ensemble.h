/* report_ensemble.h - the ensemble report's text writer (report_ensemble_text.c), which
 * report_write_ensemble (report_ensemble.c, with the CSV and JSON) chooses for text. */
#ifndef VUDONG_REPORT_ENSEMBLE_H
#define VUDONG_REPORT_ENSEMBLE_H

#include <stdbool.h>
#include <stddef.h>

#include "ensemble.h"
#include "report_study.h"
#include "report_util.h"
#include "scenario.h"
#include "strbuf.h"

/* What the report is written from: the arguments of report_write_ensemble, and where the
 * scenario comes from. */
typedef struct {
	const scenario *s;
	const ensemble_result *er;
	const study_options *o;
	report_provenance p;
} report_ensemble_job;

/* A report_writer (report_util.h); `job` is a const report_ensemble_job *. */
bool report_ensemble_text(strbuf *sb, const void *job);

#endif
