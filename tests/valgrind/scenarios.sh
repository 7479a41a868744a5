#!/bin/sh
# scenarios.sh - valgrind memcheck of `vudong check`, `vudong run` (text report) and
# `vudong run --format csv` on every shipped scenario (scenarios/*.yaml): each must exit 0
# with no memory error and nothing definitely or indirectly lost. One line per run with the
# counts; the memcheck log of a failing run is printed.
# Run from the repository root: tests/valgrind/scenarios.sh PROGRAM
set -u
prog=${1:?usage: tests/valgrind/scenarios.sh PROGRAM}
# shellcheck source=tests/valgrind/lib.inc
. "$(dirname "$0")/lib.inc"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
runs=0

for f in scenarios/*.yaml; do
	for cmd in "check" "run" "run --format csv"; do
		# shellcheck disable=SC2086
		valgrind --log-file="$tmp/vg.log" $VG_OPTS "$prog" $cmd "$f" >"$tmp/out" 2>"$tmp/err" </dev/null
		status=$?
		runs=$((runs + 1))
		summary=$(vg_summary "$tmp/vg.log")
		ok=$?
		echo "valgrind: vudong $cmd $f: $summary"
		if [ "$status" -ne 0 ] || [ "$ok" -ne 0 ]; then
			fails=$((fails + 1))
			echo "FAIL: exit $status" >&2
			sed 's/^/  | /' "$tmp/err" "$tmp/vg.log" >&2
		fi
	done
done
if [ "$fails" -ne 0 ]; then
	echo "valgrind: $fails of $runs scenario runs failed" >&2
	exit 1
fi
echo "valgrind: $runs check and run commands on the shipped scenarios: no errors, nothing lost"
