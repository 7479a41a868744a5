#!/bin/sh
# run.sh - the bad-input corpus (DESIGN §8): for every tests/bad/NAME.yaml (except the
# *.base.yaml files others extend), `PROGRAM check tests/bad/NAME.yaml` must exit 2, print
# nothing on stdout and exactly NAME.expected on stderr. Also generates a file over 4 MiB.
# Run from the repository root: tests/bad/run.sh ./vudong
set -u
prog=${1:?usage: tests/bad/run.sh PROGRAM}
dir=$(dirname "$0")
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0

# check NAME FILE EXPECTED_FILE
check() {
	"$prog" check "$2" >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ "$status" -eq 2 ] && [ ! -s "$tmp/out" ] && cmp -s "$tmp/err" "$3"; then
		pass=$((pass + 1))
		return
	fi
	fail=$((fail + 1))
	echo "FAIL $1: exit $status (want 2)" >&2
	[ -s "$tmp/out" ] && echo "  unexpected stdout:" >&2 && sed 's/^/  /' "$tmp/out" >&2
	diff -u "$3" "$tmp/err" | sed 's/^/  /' >&2
}

for y in "$dir"/*.yaml; do
	case $y in *.base.yaml) continue ;; esac
	name=$(basename "$y" .yaml)
	if [ ! -e "$dir/$name.expected" ]; then
		fail=$((fail + 1))
		echo "FAIL $name: no $dir/$name.expected" >&2
		continue
	fi
	check "$name" "$y" "$dir/$name.expected"
done

# A file one byte over 4 MiB is refused before it is parsed.
big=$tmp/over-4-mib.yaml
{
	echo "format: vudong/1"
	head -c 4194304 /dev/zero | tr '\0' '#'
} >"$big"
echo "$big: error: file is larger than 4 MiB; scenario files are limited to 4 MiB" >"$tmp/big.expected"
check over-4-mib "$big" "$tmp/big.expected"

echo "bad inputs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
