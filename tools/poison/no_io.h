/* tools/poison/no_io.h - forced into every file of sim/base, sim/model and sim/study: the
 * model takes and returns plain structs and does no I/O (DESIGN §2). After the standard
 * headers are in, the names that open, read or write files, print, exit or read the
 * environment are poisoned, so using one there is a compile error. */
#ifndef VUDONG_NO_IO_H
#define VUDONG_NO_IO_H
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <fcntl.h>
#pragma GCC poison fopen freopen fdopen fclose fread fwrite fgets fputs puts putchar printf
#pragma GCC poison fprintf vprintf vfprintf perror getchar scanf fscanf
#pragma GCC poison open openat creat unlink rename mkdir rmdir
#pragma GCC poison exit _Exit quick_exit abort getenv setenv system
#endif
