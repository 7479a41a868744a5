/* i18n_ui.c - Vietnamese catalogue for the interface (screens, keys, prompts, help). */
#include <stddef.h>

#include "i18n.h"

const tr_entry tr_catalogue_ui[] = {
	{ "Overview", "Tổng quan" },
	{ NULL, NULL },
};
