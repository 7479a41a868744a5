/* report.c - the season report's entry point: the writer of the chosen format
 * (report_season.h) run through the format dispatch. */
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
	return report_dispatch(sb, o->format, &writers, &job);
}
