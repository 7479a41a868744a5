/* cmd_weather.c - `vudong weather [FILE]`: the daily weather the run uses (observed or
 * generated, after shocks) with the FAO-56 radiation terms and ET0, as text, CSV or JSON. A
 * file needs only `format`, `site`, `season` and `weather` for this..
 * With --seed, --seasons or --record: cmd_weather_seasons.c (a `season` column first). */
#include <stdio.h>

#include "cli.h"
#include "cmd_report.h"
#include "report.h"

int cmd_weather(const cli_options *o)
{
	if (o->seed >= 0 || o->seasons > 0 || o->record)
		return cmd_weather_seasons(o);
	scenario s;
	weather_series w;
	int status = cmd_report_prepare(o, SCENARIO_LOAD_WEATHER_ONLY, &s, &w);
	if (status != EXIT_OK)
		return status;
	report_options ro = cmd_report_options(o);
	strbuf sb;
	strbuf_init(&sb);
	bool ok = report_write_weather(&sb, &s, &w, &ro);
	status = cmd_report_emit(o, &sb, ok);
	strbuf_fini(&sb);
	weather_series_fini(&w);
	scenario_fini(&s);
	return status;
}
