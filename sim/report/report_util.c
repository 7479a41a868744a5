/* report_util.c - what every report shares: its provenance, numbers and dates as text, and
 * the one format dispatch, which runs the chosen writer with LC_NUMERIC "C". */
#include "report_util.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "scenario_save.h"

#ifndef VUDONG_VERSION
#define VUDONG_VERSION "unknown"
#endif

void report_provenance_init(report_provenance *p, const scenario *s, const weather_series *w)
{
	memset(p, 0, sizeof *p);
	p->version = VUDONG_VERSION;
	p->scenario_path = s->path ? s->path : "<built-in>";
	p->builtin = !s->path || strcmp(s->path, "<built-in>") == 0;
	p->district = s->site.name;
	p->prepared = DATE_NONE;
	p->scenario_name = s->name;
	snprintf(p->hash, sizeof p->hash, "%016" PRIx64, scenario_hash(s));
	p->source = s->weather.source;
	p->weather_file = s->weather.source == WEATHER_STATION ?
		(s->weather.station.record ? s->weather.station.record : "") :
		s->weather.file ? s->weather.file : "";
	p->seed = w && weather_source_generated(w->source) ? w->seed : s->weather.seed;
	p->season_start = s->season_start;
	p->season_end = s->season_end;
	p->weather_first = p->weather_last = DATE_NONE;
	if (w && w->n) {
		p->weather_first = w->first;
		p->weather_last = w->first + (vd_date)(w->n - 1);
	}
}

char *report_weather_description(const report_provenance *p, lang l, char *buf, size_t size)
{
	switch (p->source) {
	case WEATHER_FILE:
		snprintf(buf, size, tr(l, "file %s"), p->weather_file);
		break;
	case WEATHER_DAILY:
		snprintf(buf, size, "%s", tr(l, "inline daily"));
		break;
	case WEATHER_NORMALS:
		snprintf(buf, size, tr(l, "generated from monthly normals, seed %lu"), p->seed);
		break;
	case WEATHER_STATION:
		snprintf(buf, size, tr(l, "generated from %s, seed %lu"),
			 p->weather_file, p->seed);
		break;
	default:
		snprintf(buf, size, "%s", tr(l, "none"));
		break;
	}
	return buf;
}

const char *report_weather_source_name(weather_source src)
{
	switch (src) {
	case WEATHER_FILE: return "file";
	case WEATHER_DAILY: return "daily";
	case WEATHER_NORMALS: return "normals";
	case WEATHER_STATION: return "station";
	default: return "none";
	}
}

char *report_fmt_num(double v, int dec, char *buf, size_t size)
{
	if (!isfinite(v)) {
		buf[0] = 0;
		return buf;
	}
	snprintf(buf, size, "%.*f", dec, v);
	/* A value that rounds to zero prints without its sign. */
	if (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
		memmove(buf, buf + 1, strlen(buf));
	return buf;
}

char *report_fmt_signed(double v, int dec, char *buf, size_t size)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "-");
		return buf;
	}
	report_fmt_num(v, dec, buf, size);
	if (buf[0] != '-' && strspn(buf, "0.") != strlen(buf) && strlen(buf) + 2 <= size) {
		memmove(buf + 1, buf, strlen(buf) + 1);
		buf[0] = '+';
	}
	return buf;
}

char *report_fmt_date(vd_date t, char *buf)
{
	if (t == DATE_NONE) {
		buf[0] = 0;
		return buf;
	}
	return date_format(t, buf);
}

bool report_numeric_c_begin(report_numeric_c *g)
{
	g->c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	if (g->c == (locale_t)0)
		return false;
	g->old = uselocale(g->c);
	return true;
}

void report_numeric_c_end(report_numeric_c *g)
{
	uselocale(g->old);
	freelocale(g->c);
}

bool report_dispatch(strbuf *sb, report_format format, const report_writers *w,
		     const void *job)
{
	report_numeric_c g;
	if (!report_numeric_c_begin(&g)) {
		sb->oom = true;
		return false;
	}
	bool ok;
	switch (format) {
	case REPORT_CSV:
		ok = w->csv(sb, job);
		break;
	case REPORT_JSON:
		ok = w->json(sb, job);
		break;
	case REPORT_TEXT:
	default:
		ok = w->text(sb, job);
		break;
	}
	report_numeric_c_end(&g);
	return ok && !sb->oom;
}
