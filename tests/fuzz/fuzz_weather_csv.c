/* fuzz_weather_csv.c - libFuzzer target for the daily weather CSV reader (DESIGN §4, §8): any
 * bytes are parsed as a weather file; a parse either fails with errors and no days, or
 * succeeds with no errors and days whose values lie in the schema's ranges. Built and run by
 * `make fuzz`. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "schema.h"
#include "weather_csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list dl;
	diag_list_init(&dl);
	weather_obs *days = (weather_obs *)1;
	size_t n = 1;
	bool ok = weather_csv_parse("fuzz.csv", 0, (const char *)data, size, &days, &n, &dl);
	if (ok != (dl.errors == 0) || (!ok && (days || n)))
		abort();
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < schema_n_fields; k++) {
			const schema_field *f = &schema_fields[k];
			if (f->type != SF_NUMBER || strcmp(f->object, "daily") != 0)
				continue;
			double v = *(const double *)((const char *)&days[i] + f->offset);
			char msg[128];
			if (!isnan(v) && !schema_check_number(f, v, msg, sizeof msg)) {
				fprintf(stderr, "day %zu: '%s' = %g %s\n", i, f->key, v, msg);
				abort();
			}
		}
		if (days[i].mark.line < 1)
			abort();
	}
	free(days);
	diag_list_fini(&dl);
	return 0;
}
