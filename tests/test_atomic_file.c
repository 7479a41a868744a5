/* test_atomic_file.c - whole-file writes: refuse to replace without overwrite, replace with
 * it, write through a symbolic link, and never turn a device such as /dev/null into a file. */
#include "testing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic_file.h"
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
	CU_ASSERT_TRUE(atomic_write_file("/dev/null", "x", 1, true, &dl));
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

VUDONG_SUITE(atomic_file)
{
	CU_pSuite s = CU_add_suite("atomic_file", make_dir, remove_dir);
	if (!s)
		return 1;
	TEST_ADD(s, test_atomic_file_refuses_to_replace_without_overwrite);
	TEST_ADD(s, test_atomic_file_writes_through_a_symbolic_link);
	TEST_ADD(s, test_atomic_file_keeps_dev_null_a_device);
	TEST_ADD(s, test_atomic_file_reports_a_directory_target);
	return 0;
}
