#!/bin/sh
# valgrind-wrap.sh - runs the program under valgrind's memcheck so the bad-input corpus and
# the command-line tests can check memory errors and leaks: any error exits 3, which the
# tests see as a wrong exit status. Usage: VUDONG=./vudong tests/valgrind-wrap.sh ARGS...
exec valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	--show-leak-kinds=definite,indirect --suppressions="$(cd "$(dirname "$0")" && pwd)/valgrind.supp" \
	"${VUDONG:-./vudong}" "$@"
