/* report.c - the season report's entry point: the writer of the chosen format
 * (report_season.h) run through the format dispatch;
 * for `--table labour` it first builds labour by half-month (labour.h). */
#include "report_season.h"

bool report_write(strbuf *sb, const scenario *s, const weather_series *w,
		  const season_result *r, const report_options *o, const report_daily *daily)
{
	static const report_writers writers = {
		.text = report_write_text, .csv = report_write_csv, .json = report_write_json,
	};
	report_season job = { .s = s, .w = w, .r = r, .o = o, .daily = daily };
	report_provenance_init(&job.p, s, w);
	if (o->has_prepared)
		job.p.prepared = o->prepared;
	labour_plan lp;
	labour_plan_init(&lp);
	if (o->table == REPORT_LABOUR) {
		if (!labour_plan_build(s, r, &lp))
			return false;
		job.labour = &lp;
	}
	bool ok = report_dispatch(sb, o->format, &writers, &job);
	labour_plan_fini(&lp);
	return ok;
}
