/* i18n.h - the one translation function for every user-visible string. Message ids are the
 * English text; catalogues map them to Vietnamese (sim/base/i18n_report.c for the reports,
 * sim/base/i18n_ui.c for the interface). */
#ifndef VUDONG_I18N_H
#define VUDONG_I18N_H

typedef enum { LANG_VI, LANG_EN } lang;

typedef struct {
	const char *en;
	const char *vi;
} tr_entry;

/* The text of `en` in language l: the Vietnamese entry when one exists, else `en` itself. */
const char *tr(lang l, const char *en);
/* True when a Vietnamese entry exists for en (the catalogue test uses it). */
int tr_has(const char *en);
/* "vi" or "en" (and "vi_VN.UTF-8"-style locale names) -> lang; returns -1 when unknown. */
int lang_parse(const char *s);

/* The catalogues, each ended by {NULL, NULL}. */
extern const tr_entry tr_catalogue_report[];
extern const tr_entry tr_catalogue_ui[];
/* The loader's and checker's diagnostics: their printf formats and the phrases they quote
 * unquoted (sim/base/i18n_diag.c; diag.h). */
extern const tr_entry tr_catalogue_diag[];

#endif
