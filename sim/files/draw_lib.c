/* draw_lib.c - finds and loads vudong-draw.so once (draw_lib.h): next to the program, then
 * in ../lib/vudong from it (the installed layout). The handle lives as long as the process
 * (the library keeps font caches; unloading it would strand them). */
#include "draw_lib.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef VUDONG_VERSION
#define VUDONG_VERSION "dev"
#endif

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static void *handle;               /* set once under load_once, then only read */
/* Why it was not loaded, set under load_once: */
static enum { FOUND, NO_DIR, NOT_FOUND, NOT_OPENED, OTHER_VERSION } failure;
static char dir[PATH_MAX];         /* the program's folder */
static char detail[PATH_MAX + 256]; /* dlerror's words, or the other version's path */
static char other_version[64];

/* The program's own folder (from /proc/self/exe) into dir; false when unknown. */
static bool find_program_dir(void)
{
	ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
	if (n <= 0 || (size_t)n >= sizeof dir - 1)
		return false;
	dir[n] = 0;
	char *slash = strrchr(dir, '/');
	if (!slash)
		return false;
	*slash = 0;
	return true;
}

/* Opens path and checks it is this build's; on failure says why. */
static void *open_checked(const char *path)
{
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		const char *e = dlerror();
		failure = NOT_OPENED;
		snprintf(detail, sizeof detail, "%s", e ? e : path);
		return NULL;
	}
	const char *const *version = dlsym(h, "vudong_draw_version");
	if (!version || strcmp(*version, VUDONG_VERSION) != 0) {
		failure = OTHER_VERSION;
		snprintf(detail, sizeof detail, "%s", path);
		snprintf(other_version, sizeof other_version, "%s", version ? *version : "?");
		dlclose(h);
		return NULL;
	}
	return h;
}

static void load(void)
{
	char path[PATH_MAX + 64];
	if (!find_program_dir()) {
		failure = NO_DIR;
		return;
	}
	failure = NOT_FOUND;
	static const char *const places[] = { "%s/" DRAW_LIB_FILE, "%s/../lib/vudong/" DRAW_LIB_FILE };
	for (size_t i = 0; i < sizeof places / sizeof places[0] && !handle; i++) {
		snprintf(path, sizeof path, places[i], dir);
		if (access(path, F_OK) == 0)
			handle = open_checked(path);
	}
	if (handle)
		failure = FOUND;
}

/* Why the library is not there, in dl. */
static void say_why(diag_list *dl)
{
	switch (failure) {
	case NO_DIR:
		diag_add(dl, DIAG_ERROR, NULL, 0, 0,
			 "cannot load the drawing library %s (PDF, pictures, Excel): the program's folder is unknown (/proc/self/exe)",
			 DRAW_LIB_FILE);
		break;
	case NOT_FOUND:
		diag_add(dl, DIAG_ERROR, NULL, 0, 0,
			 "cannot load the drawing library %s (PDF, pictures, Excel): it is neither in %s nor in %s/../lib/vudong",
			 DRAW_LIB_FILE, dir, dir);
		break;
	case OTHER_VERSION:
		diag_add(dl, DIAG_ERROR, NULL, 0, 0,
			 "cannot load the drawing library %s (PDF, pictures, Excel): %s is from vudong %s, this is %s",
			 DRAW_LIB_FILE, detail, other_version, VUDONG_VERSION);
		break;
	default:
		diag_add(dl, DIAG_ERROR, NULL, 0, 0,
			 "cannot load the drawing library %s (PDF, pictures, Excel): %s", DRAW_LIB_FILE, detail);
		break;
	}
}

const void *draw_lib_symbol(const char *name, diag_list *dl)
{
	pthread_once(&load_once, load);
	if (!handle) {
		say_why(dl);
		return NULL;
	}
	const void *sym = dlsym(handle, name);
	if (!sym)
		diag_add(dl, DIAG_ERROR, NULL, 0, 0,
			 "cannot load the drawing library %s (PDF, pictures, Excel): %s", DRAW_LIB_FILE, name);
	return sym;
}

bool draw_lib_loaded(void)
{
	return handle != NULL;
}
