#!/bin/sh
# run.sh - the bad-input corpus (DESIGN §8): for every tests/bad/NAME.yaml (except the
# *.base.yaml files others extend), `PROGRAM check tests/bad/NAME.yaml` must exit 2, print
# nothing on stdout and exactly NAME.expected on stderr. Also generates the inputs too big or
# too odd to keep in the repository (a file over 4 MiB, 10,000 nested lists, a directory, a
# dangling link, /dev/zero, a 40-file extends chain, CSV files with a 1 MB line and 100,000
# rows) and checks each the same way.
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

# 10,000 nested flow lists stop at the depth limit, not at the end of the stack.
deep=$tmp/nested-10000.yaml
{
	echo "format: vudong/1"
	printf 'name: '
	head -c 10000 /dev/zero | tr '\0' '['
	head -c 10000 /dev/zero | tr '\0' ']'
	echo
} >"$deep"
echo "$deep:2:38: error: nesting deeper than 32 levels" >"$tmp/deep.expected"
check nested-10000 "$deep" "$tmp/deep.expected"

# A directory, a dangling symbolic link (what an unreadable file looks like to root) and a
# device without end given as the scenario.
mkdir "$tmp/dir.yaml"
echo "$tmp/dir.yaml: error: cannot read the file: Is a directory" >"$tmp/dir.expected"
check directory "$tmp/dir.yaml" "$tmp/dir.expected"
ln -s "$tmp/nowhere.yaml" "$tmp/dangling.yaml"
echo "$tmp/dangling.yaml: error: cannot read the file: No such file or directory" >"$tmp/dangling.expected"
check dangling-link "$tmp/dangling.yaml" "$tmp/dangling.expected"
echo "/dev/zero: error: file is larger than 4 MiB; scenario files are limited to 4 MiB" >"$tmp/zero.expected"
check dev-zero /dev/zero "$tmp/zero.expected"

# An extends chain 40 files deep stops at the 16th.
i=0
while [ $i -lt 40 ]; do
	printf 'format: vudong/1\nextends: chain%d.yaml\n' $((i + 1)) >"$tmp/chain$i.yaml"
	i=$((i + 1))
done
echo "$tmp/chain15.yaml:2:10: error: 'extends' goes deeper than 16 files" >"$tmp/chain.expected"
check extends-40-deep "$tmp/chain0.yaml" "$tmp/chain.expected"

# Weather CSV files: one with a 1 MB cell, one with 100,000 good rows and a bad last one.
sed "s/csv-bad-row.csv/long-line.csv/" "$dir/csv-bad-row.yaml" >"$tmp/csv-long-line.yaml"
{
	echo "date,tmax_c,tmin_c"
	printf '2020-10-01,'
	head -c 1000000 /dev/zero | tr '\0' '1'
	echo ",10"
} >"$tmp/long-line.csv"
echo "$tmp/long-line.csv:2:12: error: 'tmax_c' must be a number, not '$(head -c 63 /dev/zero | tr '\0' '1')'" \
	>"$tmp/long-line.expected"
check csv-1mb-line "$tmp/csv-long-line.yaml" "$tmp/long-line.expected"
sed "s/csv-bad-row.csv/rows-100000.csv/" "$dir/csv-bad-row.yaml" >"$tmp/csv-100000-rows.yaml"
awk 'BEGIN {
	print "date,tmax_c,tmin_c"
	# 100,000 days from 1800-01-01, in order (the proleptic Gregorian calendar).
	y = 1800; m = 1; d = 1
	split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ")
	for (i = 0; i < 100000; i++) {
		printf "%04d-%02d-%02d,20,10\n", y, m, d
		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
		if (++d > len[m] + (m == 2 && leap)) { d = 1; if (++m > 12) { m = 1; y++ } }
	}
	printf "%04d-%02d-%02d,warm,10\n", y, m, d
}' >"$tmp/rows-100000.csv"
echo "$tmp/rows-100000.csv:100002:12: error: 'tmax_c' must be a number, not 'warm'" >"$tmp/rows.expected"
check csv-100000-rows "$tmp/csv-100000-rows.yaml" "$tmp/rows.expected"

echo "bad inputs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
