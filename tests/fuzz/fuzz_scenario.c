/* fuzz_scenario.c - libFuzzer target for the scenario loader (DESIGN §2, §8): any bytes are
 * loaded as a scenario file. What loads must pass the checks the interface runs
 * (scenario_check), and save to YAML that loads again and saves to the same text (and so the
 * same hash). Relative paths resolve in a temporary directory holding the built-in scenario
 * (binh-lieu-2020.yaml, for `extends:`), a base that extends itself (self.yaml), a chain of
 * 17 files deep00.yaml -> ... -> deep16.yaml -> binh-lieu-2020.yaml (over the limit of 16
 * files from deep00 to deep02, within it from deep03 on), a daily weather file covering the
 * built-in season (weather.csv) and one with a bad row (bad.csv), so the merge, the cycle and
 * depth checks and the CSV reader are reached too. What loads is also saved into its own
 * text (scenario_patch.h): unedited, the text must come back byte for byte; with the first
 * plan item's area changed, a patched text, when one is made, must load (the patcher checks
 * that it loads to the edited scenario) and hold the new area. Built and run by `make fuzz`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "diag.h"
#include "scenario_check.h"
#include "scenario_load.h"
#include "scenario_patch.h"
#include "scenario_save.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char base_dir[] = "/tmp/vudong-fuzz-XXXXXX";
static const char *const file_names[] = { "binh-lieu-2020.yaml", "self.yaml", "weather.csv",
					   "bad.csv" };
#define N_NAMED (sizeof file_names / sizeof file_names[0])
#define N_DEEP 17
#define N_FILES (N_NAMED + N_DEEP)
static char paths[N_FILES][sizeof base_dir + 32];

static void remove_base_dir(void)
{
	for (size_t i = 0; i < N_FILES; i++)
		unlink(paths[i]);
	rmdir(base_dir);
}

static void write_file(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0) {
		perror(path);
		abort();
	}
}

/* One row a day over the built-in season, 2020-09-01 to 2021-04-30, with every column kind. */
static void write_weather(const char *path)
{
	FILE *f = fopen(path, "wb");
	if (!f) {
		perror(path);
		abort();
	}
	fputs("date,tmax_c,tmin_c,rain_mm,rh_pct,wind_m_s,sunshine_h\n", f);
	vd_date from, to;
	char d[16];
	if (!date_parse("2020-09-01", &from) || !date_parse("2021-04-30", &to))
		abort();
	for (vd_date t = from; t <= to; t++)
		fprintf(f, "%s,%d,%d,%d,%d,1.%d,%d\n", date_format(t, d), 20 + (int)(t % 9),
			10 + (int)(t % 5), (int)(t % 7) * 3, 75 + (int)(t % 11), (int)(t % 10),
			(int)(t % 8));
	if (fclose(f) != 0) {
		perror(path);
		abort();
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (!mkdtemp(base_dir)) {
		perror(base_dir);
		abort();
	}
	for (size_t i = 0; i < N_NAMED; i++)
		snprintf(paths[i], sizeof paths[i], "%s/%s", base_dir, file_names[i]);
	for (size_t i = 0; i < N_DEEP; i++)
		snprintf(paths[N_NAMED + i], sizeof paths[i], "%s/deep%02zu.yaml", base_dir, i);
	atexit(remove_base_dir);
	size_t len;
	const char *text = scenario_builtin_text(&len);
	write_file(paths[0], text, len);
	static const char self[] = "format: vudong/1\nextends: self.yaml\n";
	write_file(paths[1], self, sizeof self - 1);
	write_weather(paths[2]);
	static const char bad[] = "date,tmax_c,tmin_c\n2020-10-01,20,10\n2020-10-02,x,10\n";
	write_file(paths[3], bad, sizeof bad - 1);
	for (size_t i = 0; i < N_DEEP; i++) {
		char link[64];
		if (i + 1 < N_DEEP)
			snprintf(link, sizeof link, "format: vudong/1\nextends: deep%02zu.yaml\n", i + 1);
		else
			snprintf(link, sizeof link, "format: vudong/1\nextends: binh-lieu-2020.yaml\n");
		write_file(paths[N_NAMED + i], link, strlen(link));
	}
	return 0;
}

static void print_diags(const char *what, const diag_list *dl)
{
	char buf[1200];
	fprintf(stderr, "%s:\n", what);
	for (size_t i = 0; i < dl->count; i++)
		fprintf(stderr, "  %s\n", diag_format(&dl->items[i], buf, sizeof buf));
}

/* Loads text; on success returns its YAML (malloc'd) and hash, and fini's the scenario. */
static char *load_and_save(const char *name, const char *text, size_t len, size_t *out_len,
			   uint64_t *hash, bool must_load)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	bool loaded = scenario_load_text(name, text, len, base_dir, &s, &dl);
	if (loaded != (dl.errors == 0)) {
		print_diags("load result disagrees with its error count", &dl);
		abort();
	}
	if (!loaded) {
		if (must_load) {
			fprintf(stderr, "--- saved YAML ---\n%.*s\n", (int)len, text);
			print_diags("the saved scenario does not load again", &dl);
			abort();
		}
		diag_list_fini(&dl);
		return NULL;
	}
	/* The interface checks edited scenarios without marks: a loaded one must pass. */
	if (!scenario_check(&s, &dl)) {
		print_diags("a loaded scenario fails scenario_check", &dl);
		abort();
	}
	char *yaml = scenario_to_yaml(&s, out_len, &dl);
	if (!yaml) {
		print_diags("a loaded scenario cannot be saved", &dl);
		abort();
	}
	*hash = scenario_hash(&s);
	scenario_fini(&s);
	diag_list_fini(&dl);
	return yaml;
}

/* Save -> load -> compare through the patched save. */
static void patch_round_trip(const char *text, size_t len)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	if (!scenario_load_text("fuzz.yaml", text, len, base_dir, &s, &dl)) {
		diag_list_fini(&dl);
		return;
	}
	char to[sizeof base_dir + 32];
	snprintf(to, sizeof to, "%s/patched.yaml", base_dir);
	scenario_source src = { text, len, "fuzz.yaml", base_dir };
	size_t plen;
	char *same = scenario_patch_text(&s, &src, to, &plen, &dl);
	if (!same || plen != len || memcmp(same, text, len) != 0) {
		print_diags("an unedited scenario does not patch to its own text", &dl);
		abort();
	}
	free(same);
	if (s.n_communes && s.communes[0].n_plan) {
		double area = s.communes[0].plan[0].area_ha + 1;
		s.communes[0].plan[0].area_ha = area;
		char *edited = scenario_patch_text(&s, &src, to, &plen, &dl);
		if (edited) {
			scenario back;
			diag_list dl2;
			diag_list_init(&dl2);
			if (!scenario_load_text("patched.yaml", edited, plen, base_dir, &back, &dl2)) {
				print_diags("a patched scenario does not load", &dl2);
				abort();
			}
			if (!back.n_communes || !back.communes[0].n_plan) {
				fprintf(stderr, "a patched scenario lost its plan\n");
				abort();
			}
			scenario_fini(&back);
			diag_list_fini(&dl2);
			free(edited);
		}
	}
	scenario_fini(&s);
	diag_list_fini(&dl);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	patch_round_trip((const char *)data, size);
	size_t len1, len2;
	uint64_t hash1, hash2;
	char *first = load_and_save("fuzz.yaml", (const char *)data, size, &len1, &hash1, false);
	if (!first)
		return 0;
	char *second = load_and_save("saved.yaml", first, len1, &len2, &hash2, true);
	if (len1 != len2 || memcmp(first, second, len1) != 0 || hash1 != hash2) {
		fprintf(stderr, "--- first save ---\n%s\n--- second save ---\n%s\n", first, second);
		fprintf(stderr, "saving a reloaded scenario gives different YAML\n");
		abort();
	}
	free(first);
	free(second);
	return 0;
}
