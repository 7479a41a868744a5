/* i18n_report.c - Vietnamese catalogue for the reports (text report labels, warnings). */
#include <stddef.h>

#include "i18n.h"

const tr_entry tr_catalogue_report[] = {
	{ "District", "Huyện" },
	{ NULL, NULL },
};
