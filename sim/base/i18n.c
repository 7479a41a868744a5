/* i18n.c - looks message ids up in the Vietnamese catalogues. */
#include "i18n.h"

#include <string.h>

static const tr_entry *find(const tr_entry *table, const char *en)
{
	for (const tr_entry *e = table; e->en; e++)
		if (e->en == en || strcmp(e->en, en) == 0)
			return e;
	return NULL;
}

static const tr_entry *lookup(const char *en)
{
	const tr_entry *e = find(tr_catalogue_report, en);
	if (!e)
		e = find(tr_catalogue_ui, en);
	return e ? e : find(tr_catalogue_diag, en);
}

const char *tr(lang l, const char *en)
{
	if (l == LANG_EN || !en)
		return en;
	const tr_entry *e = lookup(en);
	return e && e->vi ? e->vi : en;
}

int tr_has(const char *en)
{
	return lookup(en) != NULL;
}

int lang_parse(const char *s)
{
	if (!s || !*s)
		return -1;
	if (strncmp(s, "vi", 2) == 0 && (s[2] == 0 || s[2] == '_' || s[2] == '-' || s[2] == '.' || s[2] == ':'))
		return LANG_VI;
	if (strncmp(s, "en", 2) == 0 && (s[2] == 0 || s[2] == '_' || s[2] == '-' || s[2] == '.' || s[2] == ':'))
		return LANG_EN;
	return -1;
}
