/* export_screen.c - the screen-dependent export of `x`: which report, its default name,
 * and writing it with the command line's writers. */
#include "export_screen.h"

#include <stdio.h>

#include "clock.h"
#include "outlook.h"
#include "outlook_live.h"
#include "report.h"
#include "report_study.h"
#include "studies.h"
#include "xlsx_reports.h"

export_kind export_kind_for(const app *a)
{
	switch (a->screen) {
	case SCREEN_RISK:        return EXPORT_RISK;
	case SCREEN_SENSITIVITY: return EXPORT_SENSITIVITY;
	case SCREEN_COMPARE:     return EXPORT_COMPARE;
	default:                 return EXPORT_SEASON;
	}
}

const char *export_suffix(export_kind k)
{
	switch (k) {
	case EXPORT_RISK:        return "-risk.txt";
	case EXPORT_SENSITIVITY: return "-sensitivity.txt";
	case EXPORT_COMPARE:     return "-compare.txt";
	default:                 return "-report.txt";
	}
}

static bool nothing(const app *a, const char *msg, char *why, size_t why_size)
{
	snprintf(why, why_size, "%s", tr(a->lang, msg));
	return false;
}

/* The report options of the season's report: the language, the date prepared and the
 * outlook (the one on show when it is final, else computed into *ol now: a fraction of a
 * second), which the text report and the workbook lead with. */
static report_options season_options(const app *a, report_format f, bool with_outlook,
				     outlook *ol)
{
	report_options o = { .format = f, .table = REPORT_ITEMS, .lang = a->lang,
			     .prepared = clock_today() };
	o.has_prepared = o.prepared != DATE_NONE;
	if (!with_outlook)
		return o;
	const outlook *known = a->studies ? outlook_live_get(&a->studies->outlook, a->version) : NULL;
	diag_list odl;
	diag_list_init(&odl);
	if (known)
		o.outlook = known;
	else if (outlook_run(&a->cur.scn, 0, ol, &odl))
		o.outlook = ol;
	diag_list_fini(&odl);
	return o;
}

bool export_write_xlsx(const app *a, const char *path, bool overwrite, diag_list *dl)
{
	const studies *st = a->studies;
	study_options so = { .format = REPORT_TEXT, .lang = a->lang, .prepared = clock_today() };
	so.has_prepared = so.prepared != DATE_NONE;
	const char *none = NULL;
	switch (export_kind_for(a)) {
	case EXPORT_RISK:
		if (st->risk.have_result)
			return xlsx_write_ensemble(path, &a->cur.scn, &st->risk.result, &so, overwrite, dl);
		none = "Nothing to export: run the seasons first (r)";
		break;
	case EXPORT_SENSITIVITY:
		if (st->sens.have_result)
			return xlsx_write_sensitivity(path, &a->cur.scn, &st->sens.result, &so, overwrite, dl);
		none = "Nothing to export: the sensitivity has not been computed";
		break;
	case EXPORT_COMPARE:
		if (st->cmp.built)
			return xlsx_write_compare(path, &a->cur.scn, &st->cmp.scn, &st->cmp.cmp, &so,
						  overwrite, dl);
		none = "Nothing to export: choose the file to compare with first";
		break;
	default:
		if (a->cur.ok) {
			outlook ol;
			report_options o = season_options(a, REPORT_TEXT, true, &ol);
			return xlsx_write_season(path, &a->cur.scn, &a->cur.weather, &a->cur.result, &o,
						 overwrite, dl);
		}
		none = "Nothing to export: the season could not be computed";
		break;
	}
	diag_add(dl, DIAG_ERROR, NULL, 0, 0, "%s", tr(a->lang, none));
	return false;
}

bool export_write(const app *a, export_kind k, bool csv, strbuf *sb, char *why, size_t why_size)
{
	const studies *st = a->studies;
	study_options so = { .format = csv ? REPORT_CSV : REPORT_TEXT, .lang = a->lang };
	bool ok;
	switch (k) {
	case EXPORT_RISK:
		if (!st->risk.have_result)
			return nothing(a, "Nothing to export: run the seasons first (r)", why, why_size);
		ok = report_write_ensemble(sb, &a->cur.scn, &st->risk.result, &so);
		break;
	case EXPORT_SENSITIVITY:
		if (!st->sens.have_result)
			return nothing(a, "Nothing to export: the sensitivity has not been computed", why, why_size);
		ok = report_write_sensitivity(sb, &a->cur.scn, &st->sens.result, &so);
		break;
	case EXPORT_COMPARE:
		if (!st->cmp.built)
			return nothing(a, "Nothing to export: choose the file to compare with first", why, why_size);
		ok = report_write_compare(sb, &a->cur.scn, &st->cmp.scn, &st->cmp.cmp, &so);
		break;
	default: {
		if (!a->cur.ok)
			return nothing(a, "Nothing to export: the season could not be computed", why, why_size);
		outlook ol;
		report_options o = season_options(a, csv ? REPORT_CSV : REPORT_TEXT, !csv, &ol);
		ok = report_write(sb, &a->cur.scn, &a->cur.weather, &a->cur.result, &o, NULL);
		break;
	}
	}
	if (!ok || sb->oom)
		return nothing(a, "out of memory", why, why_size);
	return true;
}
