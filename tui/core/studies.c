/* studies.c - the study screens' state: create, destroy (a running ensemble is stopped and
 * its thread joined), and whether a background job still needs the loop's attention. */
#include "studies.h"

#include <stdlib.h>

#include "app.h"

studies *studies_create(void)
{
	studies *st = calloc(1, sizeof *st);
	if (!st)
		return NULL;
	outlook_live_init(&st->outlook);
	ensemble_result_init(&st->risk.result);
	diag_list_init(&st->risk.diags);
	st->risk.show_value = true;
	st->sens.step_pct = SENS_DEFAULT_STEP;
	diag_list_init(&st->sens.diags);
	scenario_init(&st->cmp.scn);
	weather_series_init(&st->cmp.weather);
	season_result_init(&st->cmp.result);
	compare_result_init(&st->cmp.cmp);
	return st;
}

void studies_compare_clear(compare_study *c)
{
	compare_result_fini(&c->cmp);
	compare_result_init(&c->cmp);
	season_result_fini(&c->result);
	season_result_init(&c->result);
	weather_series_fini(&c->weather);
	weather_series_init(&c->weather);
	scenario_fini(&c->scn);
	scenario_init(&c->scn);
	c->ran = c->built = false;
	c->path[0] = 0;
}

void studies_destroy(studies *st)
{
	if (!st)
		return;
	outlook_live_fini(&st->outlook);
	ensemble_job_destroy(st->risk.job);
	for (int i = 0; i < RISK_STOPPING_MAX; i++)
		ensemble_job_destroy(st->risk.stopping[i]);
	ensemble_result_fini(&st->risk.result);
	diag_list_fini(&st->risk.diags);
	diag_list_fini(&st->sens.diags);
	studies_compare_clear(&st->cmp);
	free(st);
}

bool studies_busy(const struct app *a)
{
	const studies *st = a->studies;
	if (!st)
		return false;
	if (st->risk.job || outlook_live_busy(&st->outlook))
		return true;
	for (int i = 0; i < RISK_STOPPING_MAX; i++)
		if (st->risk.stopping[i])
			return true;
	return false;
}

bool studies_outlook_busy(const struct app *a)
{
	return a->studies && outlook_live_busy(&a->studies->outlook);
}
