/* report_ensemble.h - what the two files of the ensemble report share (inside sim/): the
 * seasons in words, statistics scaled by a constant, and the text writer that
 * report_write_ensemble calls (report_ensemble_text.c). */
#ifndef VUDONG_REPORT_ENSEMBLE_H
#define VUDONG_REPORT_ENSEMBLE_H

#include <stdbool.h>
#include <stddef.h>

#include "ensemble.h"
#include "i18n.h"
#include "scenario.h"
#include "strbuf.h"

/* "type 7 (linear interpolation between the sorted seasons)" */
extern const char *const report_ensemble_quantile_note;

/* The statistics of a figure times f > 0: the sorted order, and so every quantile, scale
 * with it. */
ensemble_stats report_ensemble_scaled(const ensemble_stats *in, double f);
/* Generated: "2020 to 3019" (the seeds); observed: "2016 to 2020" (the years the seasons
 * start in), with ", 1 year not covered left out" when some were. English: for CSV. */
char *report_ensemble_seasons_en(const ensemble_result *er, char *buf, size_t size);
/* The shocks applied (enabled ones), in every season. */
size_t report_ensemble_shock_count(const scenario *s);

bool report_ensemble_text(strbuf *sb, const scenario *s, const ensemble_result *er, lang l);

#endif
