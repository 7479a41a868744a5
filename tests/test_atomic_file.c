/* test_atomic_file.c - whole-file writes: refuse to replace without overwrite, replace with
 * it keeping the file's permissions, write through a symbolic link, never turn a device such
 * as /dev/null into a file, name a missing folder; and a write that fails part way (a file
 * size limit, which binds root too; /dev/full) leaves the old file byte for byte and no
 * temporary file, for atomic_write_file, scenario_save and the interface's app_save_to,
 * which keeps the edits unsaved. */
#include "testing.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "atomic_file.h"
#include "scenario_load.h"
#include "scenario_save.h"
#include "tmpdir.h"

static char dir[64];

static int make_dir(void)
{
	return tmpdir_make(dir, sizeof dir, "atomic") ? 0 : 1;
}

static int remove_dir(void)
{
	return tmpdir_remove(dir) ? 0 : 1;
}

static void read_file(const char *path, char *buf, size_t size)
{
	buf[0] = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return;
	size_t n = fread(buf, 1, size - 1, f);
	buf[n] = 0;
	fclose(f);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* The names in a folder, sorted, space-separated (static buffer). */
static const char *folder_names(const char *path)
{
	static char out[16 * 257];
	char names[16][256];
	int n = 0;
	DIR *d = opendir(path);
	CU_ASSERT_PTR_NOT_NULL_FATAL(d);
	for (struct dirent *e; (e = readdir(d)) != NULL && n < 16;)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			snprintf(names[n++], sizeof names[0], "%.255s", e->d_name);
	closedir(d);
	qsort(names, (size_t)n, sizeof names[0], compare_names);
	out[0] = 0;
	for (int i = 0; i < n; i++) {
		strcat(out, i ? " " : "");
		strcat(out, names[i]);
	}
	return out;
}

static void test_atomic_file_refuses_to_replace_without_overwrite(void)
{
	char path[128], buf[64];
	snprintf(path, sizeof path, "%s/a.txt", dir);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(atomic_write_file(path, "one", 3, false, &dl));
	CU_ASSERT_FALSE(atomic_write_file(path, "two", 3, false, &dl));
	CU_ASSERT_EQUAL(dl.errors, 1);
	CU_ASSERT_STRING_EQUAL(dl.items[0].message, "file exists (use --force to replace it)");
	read_file(path, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "one");
	CU_ASSERT_TRUE(atomic_write_file(path, "three", 5, true, &dl));
	read_file(path, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "three");
	diag_list_fini(&dl);
}

static void test_atomic_file_writes_through_a_symbolic_link(void)
{
	char target[128], link[128], buf[64];
	snprintf(target, sizeof target, "%s/target.txt", dir);
	snprintf(link, sizeof link, "%s/link.txt", dir);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(atomic_write_file(target, "old", 3, false, &dl));
	CU_ASSERT_EQUAL_FATAL(symlink(target, link), 0);
	CU_ASSERT_TRUE(atomic_write_file(link, "new", 3, true, &dl));
	struct stat st;
	CU_ASSERT_EQUAL(lstat(link, &st), 0);
	CU_ASSERT_TRUE(S_ISLNK(st.st_mode));
	read_file(target, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "new");
	diag_list_fini(&dl);
}

static void test_atomic_file_keeps_dev_null_a_device(void)
{
	diag_list dl;
	diag_list_init(&dl);
	/* Refused (issue 13 case 7: save-as /dev/null said "Saved"), and still a device. */
	CU_ASSERT_FALSE(atomic_write_file("/dev/null", "x", 1, true, &dl));
	CU_ASSERT_EQUAL_FATAL(dl.errors, 1);
	CU_ASSERT_STRING_EQUAL(dl.items[0].message, "not a regular file");
	struct stat st;
	CU_ASSERT_EQUAL(stat("/dev/null", &st), 0);
	CU_ASSERT_TRUE(S_ISCHR(st.st_mode));
	diag_list_fini(&dl);
}

static void test_atomic_file_reports_a_directory_target(void)
{
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(atomic_write_file(dir, "x", 1, true, &dl));
	CU_ASSERT_EQUAL(dl.errors, 1);
	CU_ASSERT_STRING_EQUAL(dl.items[0].message, "cannot write: Is a directory");
	diag_list_fini(&dl);
}

static void test_atomic_file_names_a_missing_folder(void)
{
	char path[160], want[200];
	snprintf(path, sizeof path, "%s/nodir/x.txt", dir);
	snprintf(want, sizeof want, "cannot write: the folder '%s/nodir' does not exist", dir);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(atomic_write_file(path, "x", 1, false, &dl));
	CU_ASSERT_EQUAL_FATAL(dl.errors, 1);
	CU_ASSERT_STRING_EQUAL(dl.items[0].file, path);
	CU_ASSERT_STRING_EQUAL(dl.items[0].message, want);
	CU_ASSERT_FALSE(file_exists(path));
	diag_list_fini(&dl);
}

static void test_atomic_file_writes_a_file_with_a_name_of_250_bytes(void)
{
	/* FILE.tmp.XXXXXX would be 261 bytes, over the 255 a file name may have: the
	 * temporary file takes a short name instead, and is gone afterwards. */
	char sub[96], path[512], buf[64];
	snprintf(sub, sizeof sub, "%s/long", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(sub, 0755), 0);
	int n = snprintf(path, sizeof path, "%s/", sub);
	memset(path + n, 'v', 250);
	path[n + 250] = 0;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(atomic_write_file(path, "long", 4, false, &dl));
	CU_ASSERT_EQUAL(dl.count, 0);
	read_file(path, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "long");
	CU_ASSERT_STRING_EQUAL(folder_names(sub), path + n);
	diag_list_fini(&dl);
}

static void test_atomic_file_keeps_the_permissions_of_a_replaced_file(void)
{
	char path[128];
	snprintf(path, sizeof path, "%s/private.txt", dir);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(atomic_write_file(path, "one", 3, false, &dl));
	CU_ASSERT_EQUAL_FATAL(chmod(path, 0600), 0);
	CU_ASSERT_TRUE(atomic_write_file(path, "two", 3, true, &dl));
	struct stat st;
	CU_ASSERT_EQUAL_FATAL(stat(path, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);
	diag_list_fini(&dl);
}

static void test_atomic_file_private_file_is_0600_whatever_the_umask(void)
{
	/* umask 0 would let atomic_write_file create 0666; the private writer creates 0600 and
	 * leaves the umask as it found it. */
	char path[128];
	snprintf(path, sizeof path, "%s/recovery.yaml", dir);
	diag_list dl;
	diag_list_init(&dl);
	mode_t old = umask(0);
	CU_ASSERT_TRUE(atomic_write_private_file(path, "edits", 5, &dl));
	CU_ASSERT_EQUAL(umask(old), 0);
	struct stat st;
	CU_ASSERT_EQUAL_FATAL(stat(path, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 0777, 0600);
	CU_ASSERT_EQUAL(st.st_size, 5);
	diag_list_fini(&dl);
}

/* Only regular files are written: a device is refused before anything is written. */
static void test_atomic_file_reports_dev_full(void)
{
	if (!file_exists("/dev/full"))
		return; /* not Linux */
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_FALSE(atomic_write_file("/dev/full", "x", 1, true, &dl));
	CU_ASSERT_EQUAL_FATAL(dl.errors, 1);
	CU_ASSERT_STRING_EQUAL(dl.items[0].message, "not a regular file");
	diag_list_fini(&dl);
}

/* A file size limit makes every write past `bytes` fail with EFBIG, even for root: the
 * failure part way through a save that a full disk would cause. The limit is in force only
 * between fail_writes_after and writes_back, where nothing else writes. */
static struct rlimit saved_limit;
static void (*saved_xfsz)(int);

static void fail_writes_after(rlim_t bytes)
{
	CU_ASSERT_EQUAL_FATAL(getrlimit(RLIMIT_FSIZE, &saved_limit), 0);
	saved_xfsz = signal(SIGXFSZ, SIG_IGN);
	struct rlimit l = { bytes, saved_limit.rlim_max };
	CU_ASSERT_EQUAL_FATAL(setrlimit(RLIMIT_FSIZE, &l), 0);
}

static void writes_back(void)
{
	setrlimit(RLIMIT_FSIZE, &saved_limit);
	signal(SIGXFSZ, saved_xfsz);
}

static void test_atomic_file_failed_write_keeps_the_old_file(void)
{
	char sub[96], path[128], buf[64];
	snprintf(sub, sizeof sub, "%s/fsize", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(sub, 0755), 0);
	snprintf(path, sizeof path, "%s/report.txt", sub);
	static char big[10000];
	memset(big, 'x', sizeof big);
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE(atomic_write_file(path, "old report", 10, false, &dl));
	fail_writes_after(4096);
	bool ok = atomic_write_file(path, big, sizeof big, true, &dl);
	writes_back();
	CU_ASSERT_FALSE(ok);
	CU_ASSERT_EQUAL_FATAL(dl.errors, 1);
	CU_ASSERT_STRING_EQUAL(dl.items[0].file, path);
	CU_ASSERT_STRING_EQUAL(dl.items[0].message, "cannot write: File too large");
	read_file(path, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "old report");
	CU_ASSERT_STRING_EQUAL(folder_names(sub), "report.txt");
	diag_list_fini(&dl);
}

/* The whole text of a file, malloc'd (NULL when it cannot be read). */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = malloc(1 << 20);
	*len = buf ? fread(buf, 1, 1 << 20, f) : 0;
	fclose(f);
	return buf;
}

static void test_atomic_file_failed_scenario_save_keeps_the_old_file(void)
{
	char sub[96], path[128];
	snprintf(sub, sizeof sub, "%s/save", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(sub, 0755), 0);
	snprintf(path, sizeof path, "%s/plan.yaml", sub);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(&s, &dl));
	CU_ASSERT_TRUE_FATAL(scenario_save(&s, path, false, &dl));
	size_t n0, n1;
	char *before = slurp(path, &n0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(before);
	/* The saved YAML is some kilobytes: a limit of 1 KiB stops it part way. */
	CU_ASSERT_TRUE(n0 > 1024);
	snprintf(s.name, sizeof s.name, "%s", "edited");
	fail_writes_after(1024);
	bool ok = scenario_save(&s, path, true, &dl);
	writes_back();
	CU_ASSERT_FALSE(ok);
	CU_ASSERT_EQUAL(dl.errors, 1);
	char *after = slurp(path, &n1);
	CU_ASSERT_PTR_NOT_NULL_FATAL(after);
	CU_ASSERT_TRUE(n0 == n1 && memcmp(before, after, n0) == 0);
	CU_ASSERT_STRING_EQUAL(folder_names(sub), "plan.yaml");
	free(before);
	free(after);
	scenario_fini(&s);
	diag_list_fini(&dl);
}

/* The interface's save (the `s` key) goes through scenario_save: a failed save leaves the
 * file as it was, says so on the status line and keeps the edits marked unsaved. */
static void test_atomic_file_failed_interface_save_keeps_file_and_edits(void)
{
	char sub[96], path[128];
	snprintf(sub, sizeof sub, "%s/app", dir);
	CU_ASSERT_EQUAL_FATAL(mkdir(sub, 0755), 0);
	snprintf(path, sizeof path, "%s/plan.yaml", sub);
	scenario s;
	diag_list dl;
	diag_list_init(&dl);
	CU_ASSERT_TRUE_FATAL(scenario_load_builtin(&s, &dl));
	diag_list_fini(&dl);
	app *a = app_create(&s, NULL, LANG_EN);
	CU_ASSERT_PTR_NOT_NULL_FATAL(a);
	CU_ASSERT_TRUE_FATAL(app_save_to(a, path, false));
	size_t n0, n1;
	char *before = slurp(path, &n0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(before);
	CU_ASSERT_TRUE_FATAL(app_begin_edit(a));
	snprintf(a->cur.scn.name, sizeof a->cur.scn.name, "%s", "edited");
	app_end_edit(a);
	CU_ASSERT_TRUE(a->dirty);
	fail_writes_after(1024);
	bool ok = app_save_to(a, path, true);
	writes_back();
	CU_ASSERT_FALSE(ok);
	CU_ASSERT_TRUE(a->dirty);
	CU_ASSERT_TRUE(a->status_is_error);
	CU_ASSERT_PTR_NOT_NULL(strstr(a->status, "Not saved"));
	CU_ASSERT_STRING_EQUAL(a->cur.scn.name, "edited");
	char *after = slurp(path, &n1);
	CU_ASSERT_PTR_NOT_NULL_FATAL(after);
	CU_ASSERT_TRUE(n0 == n1 && memcmp(before, after, n0) == 0);
	CU_ASSERT_STRING_EQUAL(folder_names(sub), "plan.yaml");
	free(before);
	free(after);
	app_destroy(a);
}

VUDONG_SUITE(atomic_file)
{
	CU_pSuite s = CU_add_suite("atomic_file", make_dir, remove_dir);
	if (!s)
		return 1;
	TEST_ADD(s, test_atomic_file_refuses_to_replace_without_overwrite);
	TEST_ADD(s, test_atomic_file_writes_through_a_symbolic_link);
	TEST_ADD(s, test_atomic_file_keeps_dev_null_a_device);
	TEST_ADD(s, test_atomic_file_reports_a_directory_target);
	TEST_ADD(s, test_atomic_file_names_a_missing_folder);
	TEST_ADD(s, test_atomic_file_writes_a_file_with_a_name_of_250_bytes);
	TEST_ADD(s, test_atomic_file_keeps_the_permissions_of_a_replaced_file);
	TEST_ADD(s, test_atomic_file_private_file_is_0600_whatever_the_umask);
	TEST_ADD(s, test_atomic_file_reports_dev_full);
	TEST_ADD(s, test_atomic_file_failed_write_keeps_the_old_file);
	TEST_ADD(s, test_atomic_file_failed_scenario_save_keeps_the_old_file);
	TEST_ADD(s, test_atomic_file_failed_interface_save_keeps_file_and_edits);
	return 0;
}
