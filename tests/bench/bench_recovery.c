/* bench_recovery.c - what keeping the recovery file adds to an edit (issue 6, DESIGN §9):
 * on the built-in scenario, each step is one edit (app_begin_edit, an area changed,
 * app_end_edit = weather + season recomputed) followed by recovery_session_sync (the
 * scenario as YAML with its header, written by atomic_write_file: temporary file, fsync,
 * rename, folder fsync) into a private state folder under $TMPDIR (default /tmp). Prints
 * the median and maximum of the edit, of the whole recovery write and of its YAML part. The
 * interface writes when input pauses (a tick without a key), so the write never delays a
 * key; its fsync time is the disk's, not ours. Exits 1 when the work of ours, the median
 * edit plus the YAML text, misses the 16 ms edit-to-redraw budget.
 * Usage: bench_recovery [PROGRAM]   (the program's path is only printed) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_util.h"
#include "app.h"
#include "recovery_session.h"
#include "scenario_load.h"

#define EDITS     200
#define TARGET_MS 16.0

static plan_item *first_item(app *a)
{
	for (size_t c = 0; c < a->cur.scn.n_communes; c++)
		if (a->cur.scn.communes[c].n_plan)
			return &a->cur.scn.communes[c].plan[0];
	return NULL;
}

int main(int argc, char **argv)
{
	const char *tmpdir = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char base[256];
	snprintf(base, sizeof base, "%s/vudong-bench-recovery-XXXXXX", tmpdir);
	if (!mkdtemp(base)) {
		fprintf(stderr, "bench_recovery: cannot make a folder in %s\n", tmpdir);
		return 1;
	}
	scenario scn;
	diag_list dl;
	diag_list_init(&dl);
	bool ok = scenario_load_builtin(&scn, &dl);
	diag_list_fini(&dl);
	app *a = ok ? app_create(&scn, NULL, LANG_VI) : NULL;
	if (!a || !first_item(a)) {
		fprintf(stderr, "bench_recovery: cannot set up\n");
		return 1;
	}
	recovery_session r;
	recovery_session_init(&r, recovery_dir_for(base, NULL), a);

	static double edit[EDITS], wr[EDITS], yaml[EDITS], total[EDITS];
	size_t bytes = 0;
	for (int i = 0; i < EDITS; i++) {
		double t0 = bench_now_ms();
		if (!app_begin_edit(a))
			return 1;
		first_item(a)->area_ha += (i % 2) ? -1.0 : 2.0;   /* never back to the file's */
		app_end_edit(a);
		double t1 = bench_now_ms();
		if (!recovery_session_sync(&r, a)) {
			fprintf(stderr, "bench_recovery: %s\n", r.error);
			return 1;
		}
		double t2 = bench_now_ms();
		/* The YAML part alone, for the split. */
		diag_list_init(&dl);
		recovery_header h = { NULL, 0, 0 };
		char *text = recovery_text(&h, &a->cur.scn, &bytes, &dl);
		double t3 = bench_now_ms();
		free(text);
		diag_list_fini(&dl);
		edit[i] = t1 - t0;
		wr[i] = t2 - t1;
		yaml[i] = t3 - t2;
		total[i] = t2 - t0;
	}
	double med_edit = bench_median(edit, EDITS), med_yaml = bench_median(yaml, EDITS);
	bool pass = med_edit + med_yaml < TARGET_MS;
	printf("bench_recovery (%s): an edit then the recovery file rewritten, built-in scenario,\n"
	       "%d edits, state folder under %s (%zu bytes a file); written when input pauses.\n"
	       "Target: median edit + YAML text under %.0f ms (the rest of the write is the disk's\n"
	       "fsync)\n\n", argc > 1 ? argv[1] : "vudong", EDITS, tmpdir, bytes, TARGET_MS);
	printf("              median ms    max ms\n");
	printf("edit           %8.3f  %8.3f\n", med_edit, bench_max(edit, EDITS));
	printf("recovery write %8.3f  %8.3f\n", bench_median(wr, EDITS), bench_max(wr, EDITS));
	printf("  of it YAML   %8.3f  %8.3f  %s\n", med_yaml, bench_max(yaml, EDITS),
	       pass ? "PASS" : "FAIL");
	printf("edit + write   %8.3f  %8.3f\n", bench_median(total, EDITS), bench_max(total, EDITS));
	recovery_session_discard(&r);
	recovery_session_fini(&r);
	app_destroy(a);
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", base);
	if (system(cmd) != 0)
		fprintf(stderr, "bench_recovery: could not remove %s\n", base);
	return pass ? 0 : 1;
}
