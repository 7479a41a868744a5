/* test_recovery.c - the recovery file of unsaved edits: where it lives and its name, the
 * hash (FNV-1a 64 reference vectors), writing and reading it back (mode 0600, header, the
 * edited scenario, weather files found from the original's folder), missing and corrupt
 * files as diagnostics, removal; and the session: the file follows edits, undo, redo and
 * save, is offered at start (restore, decline, later), says when the original changed, and
 * sets a corrupt file aside. */
#include "testing.h"
#include "builtin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app.h"
#include "date.h"
#include "hash.h"
#include "recovery.h"
#include "recovery_session.h"
#include "safe_dir.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "text_file.h"
#include "tmpdir.h"
#include "weather.h"

static char dir[64];

static int make_dir(void)
{
	return tmpdir_make(dir, sizeof dir, "recovery") ? 0 : 1;
}

static int remove_dir(void)
{
	return tmpdir_remove(dir) ? 0 : 1;
}

static void write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(text, f);
	fclose(f);
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	static char buf[1 << 20];
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = 0;
	char *s = malloc(n + 1);
	if (s)
		memcpy(s, buf, n + 1);
	return s;
}

static plan_item *first_item(scenario *s)
{
	for (size_t c = 0; c < s->n_communes; c++)
		if (s->communes[c].n_plan)
			return &s->communes[c].plan[0];
	CU_FAIL_FATAL("the built-in scenario has no plan item");
	return NULL;
}

/* The built-in scenario's text as a file in the test folder; returns its path. */
static const char *builtin_file(const char *name)
{
	static char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	size_t len;
	const char *text = scenario_builtin_text(&len);
	FILE *f = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fwrite(text, 1, len, f);
	fclose(f);
	return path;
}

static app *open_file(const char *path)
{
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &s, &dl));
	diag_list_fini(&dl);
	app *a = app_create(&s, path, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	return a;
}

static void set_first_area(app *a, double ha)
{
	CU_ASSERT_TRUE_FATAL(app_begin_edit(a));
	first_item(&a->cur.scn)->area_ha = ha;
	app_end_edit(a);
}

/* The test folder, opened as a state folder (it is made 0700 by mkdtemp). */
static int dir_fd(void)
{
	diag_list dl;
	diag_list_init(&dl);
	int fd = safe_dir_open(dir, false, &dl);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE_FATAL(fd >= 0);
	return fd;
}

/* 1 when another process cannot take the lock `name` (it is held), 0 when it can. The
 * child answers through a pipe, not its exit status: under valgrind a child's exit status
 * is valgrind's own when memory the parent's other threads (a background run, pango's font
 * thread) point to shows up as lost in the child, where those threads do not exist. */
static int fork_locks(int dfd, const char *name)
{
	int p[2];
	CU_ASSERT_EQUAL_FATAL(pipe(p), 0);
	pid_t pid = fork();
	if (pid == 0) {
		close(p[0]);
		int fd = safe_dir_lock(dfd, name);
		char held = fd < 0 && errno == EWOULDBLOCK ? 1 : 0;
		_exit(write(p[1], &held, 1) == 1 ? 0 : 2);
	}
	close(p[1]);
	char held = -1;
	ssize_t n = read(p[0], &held, 1);
	close(p[0]);
	waitpid(pid, NULL, 0);
	return n == 1 ? held : -1;
}

/* The first plan item's area as the recovery file `name` in the session's folder holds it. */
static double area_of(const recovery_session *r, const char *name, const char *original)
{
	recovery_header h;
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	recovery_status st = recovery_read(r->dfd, r->dir, name, original, NULL, &h, &s, &dl);
	diag_list_fini(&dl);
	CU_ASSERT_EQUAL_FATAL(st, RECOVERY_FOUND);
	double ha = first_item(&s)->area_ha;
	scenario_fini(&s);
	recovery_header_fini(&h);
	return ha;
}

/* The same for the session's own file. */
static double area_in(const recovery_session *r)
{
	return area_of(r, r->name, r->original);
}

/* The recovery files of r's scenario in its folder (every instance's). */
static size_t files_left(const recovery_session *r)
{
	char *prefix = recovery_prefix_for(r->original), dot[200];
	snprintf(dot, sizeof dot, "%s.", prefix);
	free(prefix);
	diag_list dl;
	diag_list_init(&dl);
	int fd = safe_dir_open(r->dir, false, &dl);
	diag_list_fini(&dl);
	if (fd < 0)
		return 0;
	size_t n = 0;
	char **names = safe_dir_names(fd, dot, RECOVERY_EXT, &n);
	safe_dir_names_free(names, n);
	close(fd);
	return n;
}

/* Writes `s` as a recovery file left by another instance (pid 1, start `start`, not running:
 * its lock is free), of r's scenario, made at `time`. Returns its name (static). */
static const char *leave_file(recovery_session *r, const scenario *s, long long start,
			      long long time)
{
	static char name[300];
	char *prefix = recovery_prefix_for(r->original);
	char *n = recovery_instance_name(prefix, 1, start, RECOVERY_EXT);
	snprintf(name, sizeof name, "%s", n);
	free(n);
	free(prefix);
	diag_list dl;
	diag_list_init(&dl);
	int fd = safe_dir_open(r->dir, true, &dl);
	CU_ASSERT_TRUE_FATAL(fd >= 0);
	recovery_header h = { r->original, time, r->original_hash };
	CU_ASSERT_TRUE_FATAL(recovery_write(fd, r->dir, name, &h, s, &dl));
	diag_list_fini(&dl);
	close(fd);
	return name;
}

static char *state_dir(void)
{
	char buf[128];
	snprintf(buf, sizeof buf, "%s/state/vudong", dir);
	return strdup(buf);
}

/* Fowler/Noll/Vo reference test vectors for FNV-1a 64 (test_fnv.c: "", "a", "foobar"). */
static void test_recovery_hash_is_fnv1a64_by_the_reference_vectors(void)
{
	CU_ASSERT_EQUAL(hash_fnv1a64("", 0), 0xcbf29ce484222325ull);
	CU_ASSERT_EQUAL(hash_fnv1a64("a", 1), 0xaf63dc4c8601ec8cull);
	CU_ASSERT_EQUAL(hash_fnv1a64("foobar", 6), 0x85944171f73967e8ull);
}

static void test_recovery_dir_follows_xdg_state_home_then_home(void)
{
	char *d = recovery_dir_for("/x/state", "/home/u");
	CU_ASSERT_STRING_EQUAL(d, "/x/state/vudong");
	free(d);
	/* The XDG rule: a relative XDG_STATE_HOME is ignored. */
	d = recovery_dir_for("state", "/home/u");
	CU_ASSERT_STRING_EQUAL(d, "/home/u/.local/state/vudong");
	free(d);
	d = recovery_dir_for(NULL, "/home/u/");
	CU_ASSERT_STRING_EQUAL(d, "/home/u/.local/state/vudong");
	free(d);
	CU_ASSERT_PTR_NULL(recovery_dir_for(NULL, NULL));
	CU_ASSERT_PTR_NULL(recovery_dir_for("", "home"));
}

static void test_recovery_name_is_a_readable_part_and_the_path_hash(void)
{
	const char *p = "/srv/plans/Bình Liêu.yaml";
	char want[128];
	snprintf(want, sizeof want, "Bình_Liêu-%016llx",
		 (unsigned long long)hash_fnv1a64(p, strlen(p)));
	char *n = recovery_prefix_for(p);
	CU_ASSERT_STRING_EQUAL(n, want);
	free(n);
	/* The same base name in two folders: two prefixes. */
	char *x = recovery_prefix_for("/a/x.yaml"), *y = recovery_prefix_for("/b/x.yaml");
	CU_ASSERT_EQUAL(strncmp(x, "x-", 2), 0);
	CU_ASSERT_EQUAL(strncmp(y, "x-", 2), 0);
	CU_ASSERT_STRING_NOT_EQUAL(x, y);
	free(x);
	free(y);
	/* Never hidden; .YML is dropped like .yaml. */
	n = recovery_prefix_for("/a/.hidden.YML");
	CU_ASSERT_EQUAL(strncmp(n, "_hidden-", 8), 0);
	CU_ASSERT_EQUAL(strlen(n), strlen("_hidden-") + 16);
	free(n);
	/* "a" and 30 × "é" (2 bytes): 40 bytes would end inside the 20th é, so 39 are kept. */
	char longp[128] = "/d/a";
	for (int i = 0; i < 30; i++)
		strcat(longp, "é");
	n = recovery_prefix_for(longp);
	CU_ASSERT_EQUAL(strchr(n, '-') - n, 39);
	CU_ASSERT_EQUAL(strncmp(n + 1, "éééééééééééééééééééé", 38), 0);
	free(n);
	n = recovery_prefix_for(NULL);
	CU_ASSERT_STRING_EQUAL(n, RECOVERY_BUILTIN_PREFIX);
	free(n);
	CU_ASSERT_PTR_NULL(recovery_prefix_for("plans/x.yaml"));
	CU_ASSERT_PTR_NULL(recovery_prefix_for("/a/two\nlines.yaml"));
	/* One running instance: its pid and start time; its lock beside it. */
	n = recovery_instance_name("x-00ff", 4242, 1700000000123456LL, RECOVERY_EXT);
	CU_ASSERT_STRING_EQUAL(n, "x-00ff.4242-1700000000123456.yaml");
	char *l = recovery_lock_name(n);
	CU_ASSERT_STRING_EQUAL(l, "x-00ff.4242-1700000000123456.lock");
	free(l);
	free(n);
}

static void test_recovery_round_trip_keeps_the_edited_scenario(void)
{
	scenario s;
	load_builtin(&s);
	uint64_t before = scenario_hash(&s);
	first_item(&s)->area_ha = 123.5;
	char file[128];
	snprintf(file, sizeof file, "%s/r.yaml", dir);
	int dfd = dir_fd();
	diag_list dl;
	diag_list_init(&dl);
	/* 1,700,000,000 s after the epoch is 2023-11-14 22:13:20 UTC. */
	recovery_header h = { NULL, 1700000000LL, 0x0123456789abcdefull };
	CU_ASSERT_TRUE_FATAL(recovery_write(dfd, dir, "r.yaml", &h, &s, &dl));
	struct stat st;
	CU_ASSERT_EQUAL_FATAL(stat(file, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);
	char *text = read_all(file);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_EQUAL(strncmp(text, RECOVERY_MAGIC, strlen(RECOVERY_MAGIC)), 0);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\n# original: <built-in>\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\n# time: 1700000000 2023-11-14T22:13:20Z\n"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\n# original-hash: 0123456789abcdef\n"));
	/* Self-contained: no extends; the compiled-in record keeps its name. */
	CU_ASSERT_PTR_NULL(strstr(text, "extends:"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "record: \"stations/langson.csv\""));
	free(text);

	recovery_header r;
	scenario back;
	CU_ASSERT_EQUAL_FATAL(recovery_read(dfd, dir, "r.yaml", NULL, NULL, &r, &back, &dl),
			      RECOVERY_FOUND);
	CU_ASSERT_EQUAL(dl.errors, 0);
	CU_ASSERT_PTR_NULL(r.original);
	CU_ASSERT_EQUAL(r.time, 1700000000LL);
	CU_ASSERT_EQUAL(r.original_hash, 0x0123456789abcdefull);
	CU_ASSERT_DOUBLE_EQUAL(first_item(&back)->area_ha, 123.5, 0);
	CU_ASSERT_EQUAL(scenario_hash(&back), scenario_hash(&s));
	CU_ASSERT_NOT_EQUAL(scenario_hash(&back), before);
	CU_ASSERT_STRING_EQUAL(back.path, "<built-in>");
	scenario_fini(&back);
	recovery_header_fini(&r);
	scenario_fini(&s);
	diag_list_fini(&dl);
	close(dfd);
	unlink(file);
}

/* A scenario whose weather file sits beside it in folder A; its recovery file lives in
 * folder B (the state folder), names the weather file by its absolute path, and reading it
 * back with the loaded scenario gives the name as the scenario wrote it. */
static void test_recovery_read_finds_weather_files_from_the_original_folder(void)
{
	char a_dir[128], b_dir[128], csv[160], orig[160];
	snprintf(a_dir, sizeof a_dir, "%s/a", dir);
	snprintf(b_dir, sizeof b_dir, "%s/b", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(a_dir, 0700), 0);
	CU_ASSERT_EQUAL_FATAL(mkdir(b_dir, 0700), 0);
	snprintf(csv, sizeof csv, "%s/w.csv", a_dir);
	snprintf(orig, sizeof orig, "%s/s.yaml", a_dir);

	/* The weather file: the built-in's generated season, days of Tmax, Tmin and rain. */
	scenario s;
	load_builtin(&s);
	weather_series w;
	weather_series_init(&w);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(weather_build(&s, 0, &w, &dl));
	FILE *f = fopen(csv, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs("date,tmax_c,tmin_c,rain_mm\n", f);
	for (size_t i = 0; i < w.n; i++) {
		char d[16];
		fprintf(f, "%s,%.1f,%.1f,%.1f\n", date_format(w.first + (vd_date)i, d),
			w.days[i].tmax_c, w.days[i].tmin_c, w.days[i].rain_mm);
	}
	fclose(f);
	size_t n_days = w.n;
	weather_series_fini(&w);
	scenario_fini(&s);

	/* The built-in's text with its weather block replaced by the file. */
	size_t len;
	const char *text = scenario_builtin_text(&len);
	const char *wb = strstr(text, "\nweather:\n"), *we = strstr(text, "\n# Soil water limits");
	CU_ASSERT_TRUE_FATAL(wb && we && wb < we);
	f = fopen(orig, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fwrite(text, 1, (size_t)(wb - text), f);
	fputs("\nweather:\n  file: w.csv\n", f);
	fputs(we, f);
	fclose(f);
	scenario loaded;
	CU_ASSERT_TRUE_FATAL(scenario_load_file(orig, &loaded, &dl));
	CU_ASSERT_TRUE_FATAL(scenario_load_file(orig, &s, &dl));
	first_item(&s)->area_ha = 7.25;
	recovery_header h = { orig, 1700000000LL, 1 };
	diag_list_init(&dl);
	int bfd = safe_dir_open(b_dir, false, &dl);
	CU_ASSERT_TRUE_FATAL(bfd >= 0);
	CU_ASSERT_TRUE_FATAL(recovery_write(bfd, b_dir, "r.yaml", &h, &s, &dl));
	scenario_fini(&s);
	char rfile[200];
	snprintf(rfile, sizeof rfile, "%s/r.yaml", b_dir);
	char *saved = read_all(rfile);
	char want[200];
	snprintf(want, sizeof want, "file: \"%s\"", csv);
	CU_ASSERT_PTR_NOT_NULL(saved && strstr(saved, want));
	free(saved);

	recovery_header r;
	scenario back;
	recovery_status st = recovery_read(bfd, b_dir, "r.yaml", orig, &loaded, &r, &back, &dl);
	for (size_t i = 0; i < dl.count; i++) {
		char buf[300];
		fprintf(stderr, "%s\n", diag_format(&dl.items[i], buf, sizeof buf));
	}
	CU_ASSERT_EQUAL_FATAL(st, RECOVERY_FOUND);
	CU_ASSERT_STRING_EQUAL(r.original, orig);
	CU_ASSERT_EQUAL(back.weather.source, WEATHER_FILE);
	CU_ASSERT_STRING_EQUAL(back.weather.file, "w.csv");       /* as the scenario wrote it */
	CU_ASSERT_STRING_EQUAL(back.weather.file_resolved, csv);
	CU_ASSERT_EQUAL(back.weather.n_daily, n_days);
	CU_ASSERT_DOUBLE_EQUAL(first_item(&back)->area_ha, 7.25, 0);
	CU_ASSERT_STRING_EQUAL(back.path, orig);
	scenario_fini(&back);
	scenario_fini(&loaded);
	recovery_header_fini(&r);
	diag_list_fini(&dl);
	close(bfd);
	unlink(rfile);
	unlink(orig);
	unlink(csv);
	rmdir(a_dir);
	rmdir(b_dir);
}

static void test_recovery_missing_file_is_none_without_a_diagnostic(void)
{
	int dfd = dir_fd();
	recovery_header h;
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_EQUAL(recovery_read(dfd, dir, "none.yaml", NULL, NULL, &h, &s, &dl), RECOVERY_NONE);
	CU_ASSERT_EQUAL(dl.count, 0);
	CU_ASSERT_EQUAL(s.n_communes, 0);
	CU_ASSERT_PTR_NULL(h.original);
	scenario_fini(&s);
	diag_list_fini(&dl);
	close(dfd);
}

/* The first diagnostic of reading `text` as a recovery file of the built-in. */
static void expect_bad(const char *text, int line, const char *words)
{
	char file[128];
	snprintf(file, sizeof file, "%s/bad.yaml", dir);
	write_text(file, text);
	int dfd = dir_fd();
	recovery_header h;
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_EQUAL(recovery_read(dfd, dir, "bad.yaml", NULL, NULL, &h, &s, &dl), RECOVERY_BAD);
	CU_ASSERT_TRUE_FATAL(dl.count >= 1);
	CU_ASSERT_STRING_EQUAL(dl.items[0].file, file);
	if (line)
		CU_ASSERT_EQUAL(dl.items[0].line, line);
	if (!strstr(dl.items[0].message, words))
		fprintf(stderr, "\nunexpected: %s\n", dl.items[0].message);
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[0].message, words));
	CU_ASSERT_EQUAL(s.n_communes, 0);
	CU_ASSERT_PTR_NULL(h.original);
	scenario_fini(&s);
	diag_list_fini(&dl);
	close(dfd);
	unlink(file);
}

#define HEADER RECOVERY_MAGIC "\n# original: <built-in>\n# time: 5\n# original-hash: 0000000000000001\n"

static void test_recovery_corrupt_files_are_diagnosed_with_their_line(void)
{
	expect_bad("", 1, "a recovery file starts with");
	expect_bad("format: vudong/1\n", 1, "a recovery file starts with");
	expect_bad(RECOVERY_MAGIC "\n# original: <built-in>\n# time: soon\n", 3,
		   "expected `# time: SECONDS`");
	expect_bad(RECOVERY_MAGIC "\n# original: <built-in>\n# time: 5\n# original-hash: 12xz\n",
		   4, "expected `# original-hash");
	expect_bad(RECOVERY_MAGIC "\n# original: /elsewhere/x.yaml\n# time: 5\n"
		   "# original-hash: 0000000000000001\nformat: vudong/1\n", 2,
		   "the recovery file is of /elsewhere/x.yaml, not of <built-in>");
	/* Cut off in the middle of the YAML: the parser's diagnostic, at the recovery file's
	 * own lines (four header lines, `format` on 5, the unclosed quote opens on line 6 and
	 * the stream ends at the start of line 7). */
	expect_bad(HEADER "format: vudong/1\nsite: {name: \"x\n", 7,
		   "while scanning a quoted scalar (line 6)");
	/* A folder where the file should be. */
	char file[128];
	snprintf(file, sizeof file, "%s/folder.yaml", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(file, 0700), 0);
	int dfd = dir_fd();
	recovery_header h;
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_EQUAL(recovery_read(dfd, dir, "folder.yaml", NULL, NULL, &h, &s, &dl), RECOVERY_BAD);
	CU_ASSERT_TRUE_FATAL(dl.count == 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[0].message, "unreadable: Is a directory"));
	scenario_fini(&s);
	diag_list_fini(&dl);
	close(dfd);
	rmdir(file);
}

/* A recovery file is self-contained: `extends:` and outside files are refused before the
 * loader opens them (issue 13 point 4: `extends: /etc/shadow` put that file's first line on
 * the status line). */
static void test_recovery_refuses_extends_and_files_it_should_not_name(void)
{
	expect_bad(HEADER "extends: /etc/shadow\n", 5,
		   "`extends:` refused (a recovery file stands alone)");
	expect_bad(HEADER "weather: {file: w.csv}\n", 5,
		   "weather.file 'w.csv' not an absolute path");
	expect_bad(HEADER "weather: {file: /dev/zero}\n", 5,
		   "weather.file '/dev/zero' not a regular file");
	expect_bad(HEADER "weather: {observed_to_date: /nonexistent/x.csv}\n", 5,
		   "weather.observed_to_date '/nonexistent/x.csv' not a regular file");
	/* A file inside the state folder itself. */
	char inner[160], text[400];
	snprintf(inner, sizeof inner, "%s/days.csv", dir);
	write_text(inner, "date,tmax_c,tmin_c,rain_mm\n");
	snprintf(text, sizeof text, HEADER "weather: {station: {record: %s}}\n", inner);
	expect_bad(text, 5, "inside the state folder");
	unlink(inner);
}

/* The state folder: made 0700 with private parents; refused when it is a symbolic link,
 * writable by group or others or another user's; nothing in it is followed. */
static void test_recovery_state_folder_cannot_be_turned_against_the_user(void)
{
	char d[128], mid[128], link[128], open_d[128];
	snprintf(mid, sizeof mid, "%s/x", dir);
	snprintf(d, sizeof d, "%s/x/y/vudong", dir);
	diag_list dl;
	diag_list_init(&dl);
	int fd = safe_dir_open(d, true, &dl);
	CU_ASSERT_TRUE_FATAL(fd >= 0);
	close(fd);
	struct stat st;
	CU_ASSERT_EQUAL_FATAL(stat(d, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0700);
	CU_ASSERT_EQUAL_FATAL(stat(mid, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0700);
	/* A link to a good folder: refused. */
	snprintf(link, sizeof link, "%s/link", dir);
	CU_ASSERT_EQUAL_FATAL(symlink(d, link), 0);
	CU_ASSERT_EQUAL(safe_dir_open(link, true, &dl), -1);
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[dl.count - 1].message, "state folder is a symbolic link"));
	/* Mode 0777: refused, saying the mode. */
	snprintf(open_d, sizeof open_d, "%s/open", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(open_d, 0700), 0);
	CU_ASSERT_EQUAL_FATAL(chmod(open_d, 0777), 0);
	CU_ASSERT_EQUAL(safe_dir_open(open_d, false, &dl), -1);
	CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[dl.count - 1].message,
				      "writable by group or others (mode 0777)"));
	/* Another user's (only root can give a folder away). */
	if (geteuid() == 0) {
		CU_ASSERT_EQUAL_FATAL(chmod(open_d, 0700), 0);
		CU_ASSERT_EQUAL_FATAL(chown(open_d, 65534, 65534), 0);
		CU_ASSERT_EQUAL(safe_dir_open(open_d, false, &dl), -1);
		CU_ASSERT_PTR_NOT_NULL(strstr(dl.items[dl.count - 1].message,
					      "owned by another user (uid 65534)"));
	}
	/* A file in the way: a diagnostic, not a crash. */
	char in_way[160], below[200];
	snprintf(in_way, sizeof in_way, "%s/file", d);
	write_text(in_way, "x");
	snprintf(below, sizeof below, "%s/sub", in_way);
	size_t errors = dl.errors;
	CU_ASSERT_EQUAL(safe_dir_open(below, true, &dl), -1);
	CU_ASSERT_EQUAL(dl.errors, errors + 1);
	diag_list_fini(&dl);
	unlink(link);
	rmdir(open_d);
	tmpdir_remove(mid);
}

/* A symbolic link at a recovery file's name is replaced, its target untouched; one at a name
 * read is refused; a FIFO is refused at once; another user's file is not read. */
static void test_recovery_files_in_the_folder_are_never_followed(void)
{
	char target[128], link[128], fifo[128];
	snprintf(target, sizeof target, "%s/target", dir);
	snprintf(link, sizeof link, "%s/l.yaml", dir);
	snprintf(fifo, sizeof fifo, "%s/f.yaml", dir);
	write_text(target, "precious\n");
	CU_ASSERT_EQUAL_FATAL(chmod(target, 0600), 0);
	CU_ASSERT_EQUAL_FATAL(symlink(target, link), 0);
	int dfd = dir_fd();
	char *text = NULL;
	size_t len = 0;
	CU_ASSERT_EQUAL(safe_dir_read(dfd, "l.yaml", 100, &text, &len, NULL), ELOOP);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(safe_dir_write(dfd, dir, "l.yaml", "new\n", 4, &dl));
	char *t = read_all(target);
	CU_ASSERT_STRING_EQUAL(t, "precious\n");
	free(t);
	struct stat st;
	CU_ASSERT_EQUAL_FATAL(lstat(link, &st), 0);
	CU_ASSERT_TRUE(S_ISREG(st.st_mode));
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);
	CU_ASSERT_EQUAL_FATAL(mkfifo(fifo, 0600), 0);
	CU_ASSERT_EQUAL(safe_dir_read(dfd, "f.yaml", 100, &text, &len, NULL), TEXT_FILE_NOT_REGULAR);
	if (geteuid() == 0) {
		CU_ASSERT_EQUAL_FATAL(chown(link, 65534, 65534), 0);
		CU_ASSERT_EQUAL(safe_dir_read(dfd, "l.yaml", 100, &text, &len, NULL), SAFE_DIR_NOT_OWNED);
	}
	CU_ASSERT_PTR_NULL(text);
	/* A lock: a second one on the same file is refused while the first is held. */
	int l1 = safe_dir_lock(dfd, "x.lock");
	CU_ASSERT_TRUE_FATAL(l1 >= 0);
	CU_ASSERT_EQUAL(fork_locks(dfd, "x.lock"), 1);
	safe_dir_unlock(dfd, "x.lock", l1);
	CU_ASSERT_EQUAL(fork_locks(dfd, "x.lock"), 0);
	safe_dir_remove(dfd, "x.lock");
	diag_list_fini(&dl);
	close(dfd);
	unlink(link);
	unlink(fifo);
	unlink(target);
}

/* ---- the session ---- */

static void test_recovery_session_follows_edits_undo_redo_and_save(void)
{
	const char *path = builtin_file("s.yaml");
	app *a = open_file(path);
	double area0 = first_item(&a->cur.scn)->area_ha;
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	CU_ASSERT_PTR_NOT_NULL_FATAL(r.file);
	/* PREFIX.PID-START.yaml */
	char *prefix = recovery_prefix_for(r.original), want[300];
	snprintf(want, sizeof want, "%s.%ld-%lld.yaml", prefix, (long)getpid(), r.start);
	CU_ASSERT_STRING_EQUAL(r.name, want);
	free(prefix);

	/* Clean: nothing written, not even the folder. */
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_NOT_EQUAL(access(r.dir, F_OK), 0);

	set_first_area(a, 11);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&r), 11, 0);
	CU_ASSERT_TRUE(recovery_session_holds(&r, a));
	struct stat st;
	CU_ASSERT_EQUAL_FATAL(stat(r.dir, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0700);
	CU_ASSERT_EQUAL_FATAL(stat(r.file, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);
	set_first_area(a, 22);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&r), 22, 0);

	/* Undo to a state with edits: rewritten; undo to the file's state: removed. */
	app_undo(a);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&r), 11, 0);
	app_undo(a);
	CU_ASSERT_FALSE(a->dirty);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_NOT_EQUAL(access(r.file, F_OK), 0);
	/* Redo brings the edit and the file back. */
	app_redo(a);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&r), 11, 0);

	/* A save removes it; the next edit writes one recording the saved file's bytes. */
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, true));
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_NOT_EQUAL(access(r.file, F_OK), 0);
	set_first_area(a, 33);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	char *saved = read_all(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(saved);
	recovery_header h;
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_EQUAL_FATAL(recovery_read(r.dfd, r.dir, r.name, r.original, NULL, &h, &s, &dl), RECOVERY_FOUND);
	CU_ASSERT_EQUAL(h.original_hash, hash_fnv1a64(saved, strlen(saved)));
	CU_ASSERT_NOT_EQUAL(first_item(&s)->area_ha, area0);
	free(saved);
	scenario_fini(&s);
	recovery_header_fini(&h);
	diag_list_fini(&dl);

	/* Quitting with "don't save": removed. */
	recovery_session_discard(&r);
	CU_ASSERT_NOT_EQUAL(access(r.file, F_OK), 0);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

/* A session that edits the first area to `ha` and stops without saving (as on SIGTERM). */
static void leave_edits(const char *path, double ha)
{
	app *a = open_file(path);
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	set_first_area(a, ha);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	recovery_session_fini(&r);
	app_destroy(a);
}

static void test_recovery_session_offers_and_restores_the_edits(void)
{
	const char *path = builtin_file("t.yaml");
	leave_edits(path, 44);
	app *a = open_file(path);
	double area0 = first_item(&a->cur.scn)->area_ha;
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	CU_ASSERT_EQUAL(recovery_session_offer(&r, a), CHANGED_VIEW);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_RESTORE);
	CU_ASSERT_EQUAL(strncmp(a->prompt.label, "Restore unsaved edits from ", 27), 0);
	/* Other keys and the app's own prompt handling do nothing to the question. */
	CU_ASSERT_EQUAL(recovery_session_answer(&r, a, PKEY_CHAR, 'x'), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(app_prompt_input(a, PKEY_CHAR, 'y'), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_CONFIRM_RESTORE);
	/* While the question is open nothing is written or removed. */
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_EQUAL(files_left(&r), 1);
	CU_ASSERT_NOT_EQUAL(access(r.file, F_OK), 0);

	recovery_session_answer(&r, a, PKEY_CHAR, 'y');
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_TRUE(a->dirty);
	CU_ASSERT_DOUBLE_EQUAL(first_item(&a->cur.scn)->area_ha, 44, 0);
	CU_ASSERT_DOUBLE_EQUAL(first_item(&a->base.scn)->area_ha, area0, 0);   /* the file's */
	CU_ASSERT_TRUE(a->cur.ok);
	CU_ASSERT_STRING_EQUAL(a->cur.scn.path, r.original);
	CU_ASSERT_TRUE(recovery_session_holds(&r, a));
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&r), 44, 0);
	/* Undo goes back to the file on disk: clean, no recovery file. */
	app_undo(a);
	CU_ASSERT_FALSE(a->dirty);
	CU_ASSERT_DOUBLE_EQUAL(first_item(&a->cur.scn)->area_ha, area0, 0);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_NOT_EQUAL(access(r.file, F_OK), 0);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

static void test_recovery_session_decline_removes_and_escape_keeps(void)
{
	const char *path = builtin_file("u.yaml");
	leave_edits(path, 55);
	app *a = open_file(path);
	double area0 = first_item(&a->cur.scn)->area_ha;
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	recovery_session_offer(&r, a);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_RESTORE);
	recovery_session_answer(&r, a, PKEY_CHAR, 'n');
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_FALSE(a->dirty);
	CU_ASSERT_DOUBLE_EQUAL(first_item(&a->cur.scn)->area_ha, area0, 0);
	CU_ASSERT_EQUAL(files_left(&r), 0);
	CU_ASSERT_STRING_EQUAL(a->status, "Unsaved edits discarded");
	recovery_session_fini(&r);
	app_destroy(a);

	/* Esc: the file stays for a later start; this session's edits go to its own file, and
	 * its quit removes only that. */
	leave_edits(path, 66);
	a = open_file(path);
	recovery_session_init(&r, state_dir(), a);
	recovery_session_offer(&r, a);
	recovery_session_answer(&r, a, PKEY_ESCAPE, 27);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_STRING_EQUAL(a->status, "Unsaved edits kept for the next start");
	CU_ASSERT_FALSE(a->dirty);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_EQUAL(files_left(&r), 1);
	recovery_session_discard(&r);
	CU_ASSERT_EQUAL(files_left(&r), 1);
	set_first_area(a, 77);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&r), 77, 0);
	CU_ASSERT_EQUAL(files_left(&r), 2);
	recovery_session_discard(&r);
	CU_ASSERT_NOT_EQUAL(access(r.file, F_OK), 0);
	CU_ASSERT_EQUAL(files_left(&r), 1);
	recovery_session_fini(&r);
	app_destroy(a);
	/* It is offered again at the next start. */
	a = open_file(path);
	recovery_session_init(&r, state_dir(), a);
	recovery_session_offer(&r, a);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_CONFIRM_RESTORE);
	recovery_session_answer(&r, a, PKEY_CHAR, 'n');
	CU_ASSERT_EQUAL(files_left(&r), 0);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

static void test_recovery_session_says_when_the_original_changed(void)
{
	const char *path = builtin_file("v.yaml");
	leave_edits(path, 88);
	FILE *f = fopen(path, "a");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs("# changed by someone else\n", f);
	fclose(f);
	app *a = open_file(path);
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	recovery_session_offer(&r, a);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_RESTORE);
	CU_ASSERT_EQUAL(strncmp(a->prompt.label, "File changed since. Restore unsaved edits from ", 47), 0);
	recovery_session_answer(&r, a, PKEY_CHAR, 'y');
	CU_ASSERT_DOUBLE_EQUAL(first_item(&a->cur.scn)->area_ha, 88, 0);
	recovery_session_discard(&r);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

static void test_recovery_session_drops_a_copy_equal_to_the_file(void)
{
	const char *path = builtin_file("w.yaml");
	app *a = open_file(path);
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	leave_file(&r, &a->cur.scn, 5, 1700000000LL);
	CU_ASSERT_EQUAL(files_left(&r), 1);
	CU_ASSERT_EQUAL(recovery_session_offer(&r, a), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_EQUAL(files_left(&r), 0);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

static void test_recovery_session_sets_a_corrupt_file_aside(void)
{
	const char *path = builtin_file("x.yaml");
	app *a = open_file(path);
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	const char *left = leave_file(&r, &a->cur.scn, 6, 1700000000LL);
	char file[300];
	snprintf(file, sizeof file, "%s/%s", r.dir, left);
	write_text(file, "garbage\n");
	CU_ASSERT_EQUAL(recovery_session_offer(&r, a), CHANGED_VIEW);
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_TRUE(a->status_is_error);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "Recovery file not usable ("));
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "a recovery file starts with"));
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "; moved to "));
	char bad[310];
	snprintf(bad, sizeof bad, "%s.bad", file);
	char *text = read_all(bad);
	CU_ASSERT_PTR_NOT_NULL(text);
	if (text)
		CU_ASSERT_STRING_EQUAL(text, "garbage\n");
	free(text);
	CU_ASSERT_NOT_EQUAL(access(file, F_OK), 0);
	unlink(bad);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

static void test_recovery_session_of_the_builtin_uses_its_prefix(void)
{
	scenario s;
	load_builtin(&s);
	app *a = app_create(&s, NULL, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	char want[160];
	snprintf(want, sizeof want, "%s/state/vudong/" RECOVERY_BUILTIN_PREFIX ".%ld-%lld.yaml", dir,
		 (long)getpid(), r.start);
	CU_ASSERT_STRING_EQUAL(r.file, want);
	set_first_area(a, 9);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&r), 9, 0);
	recovery_session_discard(&r);
	CU_ASSERT_NOT_EQUAL(access(r.file, F_OK), 0);
	recovery_session_fini(&r);
	app_destroy(a);
}

/* Issue 13 point 3: two instances on one scenario each keep their own file; neither offers,
 * overwrites or removes the other's while it runs; once one is gone its file is offered. */
static void test_recovery_two_live_sessions_keep_their_own_files(void)
{
	const char *path = builtin_file("two.yaml");
	app *a = open_file(path), *b = open_file(path);
	recovery_session ra, rb;
	recovery_session_init(&ra, state_dir(), a);
	recovery_session_init(&rb, state_dir(), b);
	CU_ASSERT_STRING_NOT_EQUAL(ra.name, rb.name);
	set_first_area(a, 101);
	CU_ASSERT_TRUE(recovery_session_sync(&ra, a));
	/* b starts while a runs: a's file is not offered (its lock is held). */
	CU_ASSERT_EQUAL(recovery_session_offer(&rb, b), CHANGED_NOTHING);
	CU_ASSERT_EQUAL(b->prompt.kind, PROMPT_NONE);
	CU_ASSERT_EQUAL(fork_locks(ra.dfd, ra.lock_name), 1);
	set_first_area(b, 202);
	CU_ASSERT_TRUE(recovery_session_sync(&rb, b));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&ra), 101, 0);
	CU_ASSERT_DOUBLE_EQUAL(area_in(&rb), 202, 0);
	/* b saves: only b's file goes. */
	CU_ASSERT_TRUE_FATAL(app_save_to(b, path, true));
	CU_ASSERT_TRUE(recovery_session_sync(&rb, b));
	CU_ASSERT_EQUAL(files_left(&ra), 1);
	CU_ASSERT_DOUBLE_EQUAL(area_in(&ra), 101, 0);
	/* b quits with "don't save" after another edit: a's file stays. */
	set_first_area(b, 303);
	CU_ASSERT_TRUE(recovery_session_sync(&rb, b));
	CU_ASSERT_EQUAL(files_left(&ra), 2);
	recovery_session_discard(&rb);
	recovery_session_fini(&rb);
	app_destroy(b);
	CU_ASSERT_EQUAL(files_left(&ra), 1);
	CU_ASSERT_DOUBLE_EQUAL(area_in(&ra), 101, 0);
	/* a is stopped (as by SIGTERM): its lock goes, its file stays and is offered. */
	recovery_session_fini(&ra);
	app_destroy(a);
	a = open_file(path);
	recovery_session_init(&ra, state_dir(), a);
	CU_ASSERT_EQUAL(recovery_session_offer(&ra, a), CHANGED_VIEW);
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_RESTORE);
	/* The file changed since (b saved it). */
	CU_ASSERT_EQUAL(strncmp(a->prompt.label, "File changed since.", 19), 0);
	recovery_session_answer(&ra, a, PKEY_CHAR, 'y');
	CU_ASSERT_DOUBLE_EQUAL(first_item(&a->cur.scn)->area_ha, 101, 0);
	/* The restored file is now this instance's (renamed to its name, still kept). */
	CU_ASSERT_TRUE(recovery_session_holds(&ra, a));
	CU_ASSERT_DOUBLE_EQUAL(area_in(&ra), 101, 0);
	CU_ASSERT_EQUAL(files_left(&ra), 1);
	recovery_session_discard(&ra);
	CU_ASSERT_EQUAL(files_left(&ra), 0);
	recovery_session_fini(&ra);
	app_destroy(a);
	unlink(path);
}

/* Every left-behind file is offered, newest first, one question at a time. */
static void test_recovery_session_offers_every_file_left_newest_first(void)
{
	const char *path = builtin_file("many.yaml");
	app *a = open_file(path);
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_file(path, &s, &dl));
	diag_list_fini(&dl);
	first_item(&s)->area_ha = 1;
	leave_file(&r, &s, 11, 1000);
	first_item(&s)->area_ha = 3;
	leave_file(&r, &s, 12, 3000);
	first_item(&s)->area_ha = 2;
	leave_file(&r, &s, 13, 2000);
	scenario_fini(&s);
	CU_ASSERT_EQUAL(recovery_session_offer(&r, a), CHANGED_VIEW);
	CU_ASSERT_EQUAL_FATAL(r.n_offers, 3);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->prompt.label, "[1/3]"));
	CU_ASSERT_EQUAL(r.offers[0].header.time, 3000);
	/* n discards the newest and asks about the next. */
	recovery_session_answer(&r, a, PKEY_CHAR, 'n');
	CU_ASSERT_EQUAL_FATAL(a->prompt.kind, PROMPT_CONFIRM_RESTORE);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->prompt.label, "[2/3]"));
	CU_ASSERT_EQUAL(files_left(&r), 2);
	/* y restores the one made at 2000 s; the oldest stays for the next start. */
	recovery_session_answer(&r, a, PKEY_CHAR, 'y');
	CU_ASSERT_EQUAL(a->prompt.kind, PROMPT_NONE);
	CU_ASSERT_DOUBLE_EQUAL(first_item(&a->cur.scn)->area_ha, 2, 0);
	CU_ASSERT_STRING_EQUAL(a->status, "Unsaved edits restored (not saved yet; u undoes them); "
			       "1 more kept for the next start");
	CU_ASSERT_EQUAL(files_left(&r), 2);          /* the restored one (now ours) and the oldest */
	recovery_session_discard(&r);
	CU_ASSERT_EQUAL(files_left(&r), 1);
	recovery_session_fini(&r);
	app_destroy(a);
	a = open_file(path);
	recovery_session_init(&r, state_dir(), a);
	recovery_session_offer(&r, a);
	CU_ASSERT_EQUAL_FATAL(r.n_offers, 1);
	CU_ASSERT_EQUAL(r.offers[0].header.time, 1000);
	CU_ASSERT_PTR_NULL(strstr(a->prompt.label, "[1/1]"));
	recovery_session_answer(&r, a, PKEY_CHAR, 'n');
	CU_ASSERT_EQUAL(files_left(&r), 0);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

/* A state folder that cannot be trusted: recovery off, said on the status line. */
static void test_recovery_session_refuses_an_open_state_folder(void)
{
	const char *path = builtin_file("open.yaml");
	app *a = open_file(path);
	recovery_session r;
	recovery_session_init(&r, state_dir(), a);
	diag_list dl;
	diag_list_init(&dl);
	int fd = safe_dir_open(r.dir, true, &dl);
	diag_list_fini(&dl);
	CU_ASSERT_TRUE_FATAL(fd >= 0);
	close(fd);
	CU_ASSERT_EQUAL_FATAL(chmod(r.dir, 0777), 0);
	CU_ASSERT_EQUAL(recovery_session_offer(&r, a), CHANGED_VIEW);
	CU_ASSERT_TRUE(a->status_is_error);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "Recovery is off: "));
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "(mode 0777)"));
	set_first_area(a, 5);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_FALSE(recovery_session_holds(&r, a));
	CU_ASSERT_EQUAL(files_left(&r), 0);
	chmod(r.dir, 0700);
	recovery_session_fini(&r);
	app_destroy(a);
	unlink(path);
}

/* No state folder (neither variable set): recovery is off and nothing fails. */
static void test_recovery_session_without_a_state_folder_is_off(void)
{
	scenario s;
	load_builtin(&s);
	app *a = app_create(&s, NULL, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	recovery_session r;
	recovery_session_init(&r, recovery_dir_for(NULL, NULL), a);
	CU_ASSERT_PTR_NULL(r.file);
	set_first_area(a, 9);
	CU_ASSERT_TRUE(recovery_session_sync(&r, a));
	CU_ASSERT_FALSE(recovery_session_holds(&r, a));
	CU_ASSERT_EQUAL(recovery_session_offer(&r, a), CHANGED_NOTHING);
	recovery_session_fini(&r);
	app_destroy(a);
}

VUDONG_SUITE(recovery)
{
	CU_pSuite s = CU_add_suite("recovery", make_dir, remove_dir);
	if (!s)
		return 1;
	TEST_ADD(s, test_recovery_hash_is_fnv1a64_by_the_reference_vectors);
	TEST_ADD(s, test_recovery_dir_follows_xdg_state_home_then_home);
	TEST_ADD(s, test_recovery_name_is_a_readable_part_and_the_path_hash);
	TEST_ADD(s, test_recovery_round_trip_keeps_the_edited_scenario);
	TEST_ADD(s, test_recovery_read_finds_weather_files_from_the_original_folder);
	TEST_ADD(s, test_recovery_missing_file_is_none_without_a_diagnostic);
	TEST_ADD(s, test_recovery_corrupt_files_are_diagnosed_with_their_line);
	TEST_ADD(s, test_recovery_refuses_extends_and_files_it_should_not_name);
	TEST_ADD(s, test_recovery_state_folder_cannot_be_turned_against_the_user);
	TEST_ADD(s, test_recovery_files_in_the_folder_are_never_followed);
	TEST_ADD(s, test_recovery_session_follows_edits_undo_redo_and_save);
	TEST_ADD(s, test_recovery_session_offers_and_restores_the_edits);
	TEST_ADD(s, test_recovery_session_decline_removes_and_escape_keeps);
	TEST_ADD(s, test_recovery_session_says_when_the_original_changed);
	TEST_ADD(s, test_recovery_session_drops_a_copy_equal_to_the_file);
	TEST_ADD(s, test_recovery_session_sets_a_corrupt_file_aside);
	TEST_ADD(s, test_recovery_session_of_the_builtin_uses_its_prefix);
	TEST_ADD(s, test_recovery_session_without_a_state_folder_is_off);
	TEST_ADD(s, test_recovery_two_live_sessions_keep_their_own_files);
	TEST_ADD(s, test_recovery_session_offers_every_file_left_newest_first);
	TEST_ADD(s, test_recovery_session_refuses_an_open_state_folder);
	return 0;
}
