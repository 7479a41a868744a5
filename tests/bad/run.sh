#!/bin/sh
# run.sh - the bad-input corpus (DESIGN §8): for every tests/bad/NAME.yaml (except the
# *.base.yaml files others extend or copy), `PROGRAM --lang en check tests/bad/NAME.yaml` must
# exit 2, print nothing on stdout and exactly NAME.expected on stderr, and with `--lang vi`
# exactly NAME.vi.expected where that file exists (the common mistakes in Vietnamese); so must the same file saved
# with CRLF line ends and with a UTF-8 byte-order mark (a Windows editor). Also generates the
# inputs too big or too odd to keep in the repository (files of 4 MiB and 4 MiB + 1 byte,
# 10,000 nested lists, lists of a million items, 1 MB strings, NUL bytes, a directory, a
# dangling link, /dev/zero, a 40-file extends chain, CSV files with a 1 MB line, 100,000 and
# a million rows, over 16 MiB) and checks each the same way; the valid ones (exactly 4 MiB,
# 1 MB of notes, CRLF and byte-order-mark copies of a scenario and its weather CSV) must load
# and give the report of the plain file.
#
# Every case runs under limits: at most 256 MiB of address space (`ulimit -v`) and 2 s of
# processor time (a 20 s `timeout` ends a hang). The processor time, not the wall clock, is
# held to the limit because on a shared machine the wall clock also counts the neighbours'
# work; both are printed. Times and peak resident memory of each case come from
# tests/bad/measure.c, built here with the C compiler ($CC, else cc; without one only the
# wall time is taken, and held to the limit); the summary names the slowest case and the one
# that held the most memory, VERBOSE=1 lists every case. A PROGRAM that is not a binary
# (tests/valgrind-wrap.sh) or does not start under the memory limit (AddressSanitizer) runs
# without the limits and with 300 s per case: only the answers are checked.
# Run from the repository root: tests/bad/run.sh ./vudong
set -u
prog=${1:?usage: tests/bad/run.sh PROGRAM}
dir=$(dirname "$0")
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
pass=0
fail=0

# Some cases run in another folder: the program (and the binary tests/valgrind-wrap.sh runs,
# named by $VUDONG) by absolute path.
case $prog in
*/*) prog=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog") ;;
esac
if [ -n "${VUDONG:-}" ]; then
	case $VUDONG in /*) ;; *) VUDONG=$PWD/$VUDONG ;; esac
	export VUDONG
fi

limit_kib=262144
limit_ms=2000
hang_s=20
measure=$tmp/measure
${CC:-cc} -O2 -o "$measure" "$dir/measure.c" 2>/dev/null || measure=
relaxed=0
# (The probe's shell waits for the program, so an abort is not announced here.)
if [ "$(head -c 4 "$prog" 2>/dev/null)" != "$(printf '\177ELF')" ] ||
	! sh -c 'ulimit -v "$1" && "$2" --version; exit $?' sh "$limit_kib" "$prog" >/dev/null 2>&1; then
	relaxed=1
	hang_s=300
	echo "bad inputs: $prog is instrumented (not a plain binary, or needs more than" \
		"$((limit_kib / 1024)) MiB of address space): no time or memory limits" >&2
fi
slow_ms=-1
slow_cpu=?
slow_name=
big_kib=-1
big_name=

# run NAME ARGS...: PROGRAM ARGS under the limits, in the folder $in_dir (default: here);
# stdout to $tmp/out, stderr to $tmp/err, the exit status in $status. A case that takes more
# than the time limit fails here; the caller checks the answer.
run() {
	name=$1
	shift
	rm -f "$tmp/m"
	start=
	[ -n "$measure" ] || start=$(date +%s%N)
	(
		cd "${in_dir:-.}" || exit 125
		[ "$relaxed" = 1 ] || ulimit -v "$limit_kib" || exit 125
		exec timeout "$hang_s" ${measure:+"$measure" "$tmp/m"} "$prog" "$@"
	) >"$tmp/out" 2>"$tmp/err" </dev/null
	status=$?
	ms=? cpu=? kib=?
	if [ -s "$tmp/m" ]; then
		read -r ms cpu kib <"$tmp/m"
	elif [ -n "$start" ]; then
		end=$(date +%s%N)
		case $start$end in *[!0-9]*) ;; *) ms=$(((end - start) / 1000000)) ;; esac
	fi
	[ "${VERBOSE:-0}" = 1 ] &&
		printf '  %-40s %6s ms %6s ms CPU %8s KiB\n' "$name" "$ms" "$cpu" "$kib" >&2
	if [ "$status" -eq 124 ]; then
		fail=$((fail + 1))
		echo "FAIL $name: no answer within $hang_s s" >&2
		return
	fi
	[ "$ms" != "?" ] && [ "$ms" -gt "$slow_ms" ] && slow_ms=$ms slow_cpu=$cpu slow_name=$name
	held=$cpu
	[ "$held" = "?" ] && held=$ms
	if [ "$relaxed" = 0 ] && [ "$held" != "?" ] && [ "$held" -gt "$limit_ms" ]; then
		fail=$((fail + 1))
		echo "FAIL $name: took $ms ms, $cpu ms of processor time (limit $limit_ms ms)" >&2
	fi
	[ "$kib" != "?" ] && [ "$kib" -gt "$big_kib" ] && big_kib=$kib big_name=$name
	return 0
}

# check NAME FILE EXPECTED_FILE [LANG]: `--lang LANG check FILE` (LANG en unless given) exits
# 2, prints EXPECTED_FILE on stderr only.
check() {
	run "$1" --lang "${4:-en}" check "$2"
	if [ "$status" -eq 2 ] && [ ! -s "$tmp/out" ] && cmp -s "$tmp/err" "$3"; then
		pass=$((pass + 1))
		return
	fi
	fail=$((fail + 1))
	echo "FAIL $1: exit $status (want 2); stderr against $(basename "$3"):" >&2
	[ -s "$tmp/out" ] && echo "  unexpected stdout:" >&2 && sed 's/^/  /' "$tmp/out" | head -5 >&2
	diff -u "$3" "$tmp/err" | cut -c1-200 | head -20 | sed 's/^/  /' >&2
}

# check_ok NAME FILE: a valid file; `check FILE` exits 0 and prints nothing.
check_ok() {
	run "$1" --lang en check "$2"
	if [ "$status" -eq 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then
		pass=$((pass + 1))
		return
	fi
	fail=$((fail + 1))
	echo "FAIL $1: exit $status (want 0, silent)" >&2
	cat "$tmp/out" "$tmp/err" | cut -c1-200 | head -5 | sed 's/^/  /' >&2
}

# dos FILE: the file with CRLF line ends, on stdout.
dos() {
	awk '{ printf "%s\r\n", $0 }' "$1"
}

# bom FILE: the file after a UTF-8 byte-order mark, on stdout.
bom() {
	printf '\357\273\277'
	cat "$1"
}

# ---- the committed corpus, as written and as a Windows editor saves it
for variant in plain crlf bom; do
	if [ "$variant" = plain ]; then
		from=$dir
	else
		from=$tmp/$variant
		mkdir "$from"
		for f in "$dir"/*.yaml "$dir"/*.csv; do
			if [ "$variant" = crlf ]; then dos "$f"; else bom "$f"; fi >"$from/$(basename "$f")"
		done
	fi
	for y in "$dir"/*.yaml; do
		case $y in *.base.yaml) continue ;; esac
		name=$(basename "$y" .yaml)
		if [ ! -e "$dir/$name.expected" ]; then
			fail=$((fail + 1))
			echo "FAIL $name: no $dir/$name.expected" >&2
			continue
		fi
		if [ "$variant" = plain ]; then
			check "$name" "$y" "$dir/$name.expected"
			# NAME.vi.expected: the same problems in Vietnamese (`--lang vi`)
			[ -e "$dir/$name.vi.expected" ] &&
				check "vi:$name" "$y" "$dir/$name.vi.expected" vi
		else
			sed "s|$dir/|$from/|g" "$dir/$name.expected" >"$from/$name.expected"
			check "$variant:$name" "$from/$name.yaml" "$from/$name.expected"
		fi
	done
done

# ---- size: a file one byte over 4 MiB is refused before it is parsed; one of exactly 4 MiB
# (a valid scenario and comments) loads.
cp "$dir/weather-ok.csv" "$tmp/weather-ok.csv"
base=$dir/valid.base.yaml
big=$tmp/over-4-mib.yaml
{
	echo "format: vudong/1"
	head -c 4194304 /dev/zero | tr '\0' '#'
} >"$big"
echo "$big: error: file is larger than 4 MiB; scenario files are limited to 4 MiB" >"$tmp/big.expected"
check over-4-mib "$big" "$tmp/big.expected"
# pad_to BYTES: valid.base.yaml and comment lines, exactly BYTES long, on stdout.
pad_to() {
	size=$(wc -c <"$base")
	cat "$base"
	yes '# padding to the size limit ----------------------------------------------' |
		head -c $(($1 - size - 1))
	echo
}
pad_to 4194304 >"$tmp/exactly-4-mib.yaml"
check_ok exactly-4-mib "$tmp/exactly-4-mib.yaml"
pad_to 4194305 >"$tmp/4-mib-and-1.yaml"
echo "$tmp/4-mib-and-1.yaml: error: file is larger than 4 MiB; scenario files are limited to 4 MiB" \
	>"$tmp/4-mib-and-1.expected"
check 4-mib-and-1-byte "$tmp/4-mib-and-1.yaml" "$tmp/4-mib-and-1.expected"

# ---- structure: 10,000 nested flow lists stop at the depth limit, not at the end of the
# stack; lists of a million items at the limit of 1,000,000 values (the 1,000,001st value:
# the root mapping, two keys and the list come first).
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
{
	echo "format: vudong/1"
	printf 'notes: ['
	yes 1, | head -n 999999 | tr -d '\n'
	echo '1]'
} >"$tmp/million-flow.yaml"
# "notes: [" is 8 columns; item k (from 1) starts at column 9 + 2 (k - 1); k = 999,996.
echo "$tmp/million-flow.yaml:2:$((9 + 2 * 999995)): error: too many values (more than 1000000 in one file)" \
	>"$tmp/million-flow.expected"
check million-item-flow-list "$tmp/million-flow.yaml" "$tmp/million-flow.expected"
{
	echo "format: vudong/1"
	echo "notes:"
	awk 'BEGIN { for (i = 0; i < 1000000; i++) print "- 1" }'
} >"$tmp/million-block.yaml"
# Item k is on line 2 + k; k = 999,996.
echo "$tmp/million-block.yaml:$((2 + 999996)):3: error: too many values (more than 1000000 in one file)" \
	>"$tmp/million-block.expected"
check million-item-block-list "$tmp/million-block.yaml" "$tmp/million-block.expected"

# ---- 1 MB strings: as the name (too long), as notes (free text: it loads), as a key
# (longer than libyaml's 1024-character simple keys).
mb() {
	head -c 1000000 /dev/zero | tr '\0' "$1"
}
{
	sed -n 1,4p "$base"
	printf 'name: "'
	mb x
	echo '"'
	sed 1,5d "$base"
} >"$tmp/mb-name.yaml"
echo "$tmp/mb-name.yaml:5:7: error: 'name' is longer than 159 bytes" >"$tmp/mb-name.expected"
check 1mb-name "$tmp/mb-name.yaml" "$tmp/mb-name.expected"
{
	sed -n 1,5p "$base"
	printf 'notes: "'
	mb x
	echo '"'
	sed 1,5d "$base"
} >"$tmp/mb-notes.yaml"
check_ok 1mb-notes "$tmp/mb-notes.yaml"
{
	sed -n 1,5p "$base"
	mb k
	echo ': 1'
	sed 1,5d "$base"
} >"$tmp/mb-key.yaml"
echo "$tmp/mb-key.yaml:6:1000001: error: syntax error: could not find expected ':' while scanning a simple key (line 6)" \
	>"$tmp/mb-key.expected"
check 1mb-key "$tmp/mb-key.yaml" "$tmp/mb-key.expected"

# ---- NUL bytes: one in a quoted name (the 12th character of 'name: "Bình'), a file of
# nothing else, one in a weather CSV row.
{
	sed -n 1,4p "$base"
	printf 'name: "B\303\254nh\000Li\303\252u"\n'
	sed 1,5d "$base"
} >"$tmp/nul.yaml"
echo "$tmp/nul.yaml:5:12: error: control character U+0000 is not allowed" >"$tmp/nul.expected"
check nul-byte "$tmp/nul.yaml" "$tmp/nul.expected"
head -c 4096 /dev/zero >"$tmp/nul-4096.yaml"
echo "$tmp/nul-4096.yaml:1:1: error: control character U+0000 is not allowed" >"$tmp/nul-4096.expected"
check nul-bytes-only "$tmp/nul-4096.yaml" "$tmp/nul-4096.expected"
sed "s/weather-ok.csv/nul.csv/" "$base" >"$tmp/csv-nul.yaml"
{
	sed -n 1,2p "$dir/weather-ok.csv"
	printf '2020-10-02,25,\00015,7\n'
	sed 1,3d "$dir/weather-ok.csv"
} >"$tmp/nul.csv"
echo "$tmp/nul.csv:3:1: error: a NUL byte in the line; is this a text file?" >"$tmp/csv-nul.expected"
check csv-nul-byte "$tmp/csv-nul.yaml" "$tmp/csv-nul.expected"

# ---- not a file: a directory, a dangling symbolic link (what an unreadable file looks like
# to root) and a device without end given as the scenario.
mkdir "$tmp/dir.yaml"
echo "$tmp/dir.yaml: error: cannot read the file: Is a directory" >"$tmp/dir.expected"
check directory "$tmp/dir.yaml" "$tmp/dir.expected"
ln -s "$tmp/nowhere.yaml" "$tmp/dangling.yaml"
echo "$tmp/dangling.yaml: error: cannot read the file: No such file or directory" >"$tmp/dangling.expected"
check dangling-link "$tmp/dangling.yaml" "$tmp/dangling.expected"
echo "/dev/zero: error: not a regular file" >"$tmp/zero.expected"
check dev-zero /dev/zero "$tmp/zero.expected"

# An extends chain 40 files deep stops at the 16th.
i=0
while [ $i -lt 40 ]; do
	printf 'format: vudong/1\nextends: chain%d.yaml\n' $((i + 1)) >"$tmp/chain$i.yaml"
	i=$((i + 1))
done
echo "$tmp/chain15.yaml:2:10: error: 'extends' goes deeper than 16 files" >"$tmp/chain.expected"
check extends-40-deep "$tmp/chain0.yaml" "$tmp/chain.expected"

# ---- weather CSV files: one with a 1 MB cell, one with 100,000 good rows and a bad last
# one, a million rows (stopped at 200,000), one over 16 MiB.
sed "s/csv-bad-row.csv/long-line.csv/" "$dir/csv-bad-row.yaml" >"$tmp/csv-long-line.yaml"
{
	echo "date,tmax_c,tmin_c"
	printf '2020-10-01,'
	mb 1
	echo ",10"
} >"$tmp/long-line.csv"
echo "$tmp/long-line.csv:2:12: error: 'tmax_c' must be a number, not '$(head -c 63 /dev/zero | tr '\0' '1')'" \
	>"$tmp/long-line.expected"
check csv-1mb-line "$tmp/csv-long-line.yaml" "$tmp/long-line.expected"
# days N LAST: N days from 1800-01-01 in order (the proleptic Gregorian calendar) as rows
# "DATE,20,10", or "DATE,1,0" when N is a million (15 bytes a row, so the file stays under
# 16 MiB), then the row LAST on the next day when LAST is not empty.
days() {
	awk -v n="$1" -v last="$2" 'BEGIN {
		print "date,tmax_c,tmin_c"
		t = n >= 1000000 ? "1,0" : "20,10"
		y = 1800; m = 1; d = 1
		split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ")
		for (i = 0; i < n; i++) {
			printf "%04d-%02d-%02d,%s\n", y, m, d, t
			leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
			if (++d > len[m] + (m == 2 && leap)) { d = 1; if (++m > 12) { m = 1; y++ } }
		}
		if (last != "")
			printf "%04d-%02d-%02d,%s\n", y, m, d, last
	}'
}
sed "s/csv-bad-row.csv/rows-100000.csv/" "$dir/csv-bad-row.yaml" >"$tmp/csv-100000-rows.yaml"
days 100000 warm,10 >"$tmp/rows-100000.csv"
echo "$tmp/rows-100000.csv:100002:12: error: 'tmax_c' must be a number, not 'warm'" >"$tmp/rows.expected"
check csv-100000-rows "$tmp/csv-100000-rows.yaml" "$tmp/rows.expected"
sed "s/weather-ok.csv/rows-1000000.csv/" "$base" >"$tmp/csv-million-rows.yaml"
days 1000000 "" >"$tmp/rows-1000000.csv"
echo "$tmp/rows-1000000.csv:200002:1: error: more than 200000 rows; a weather file holds at most 200000 days (over 500 years)" \
	>"$tmp/million.expected"
check csv-1000000-rows "$tmp/csv-million-rows.yaml" "$tmp/million.expected"
sed "s/weather-ok.csv/over-16-mib.csv/" "$base" >"$tmp/csv-over-16-mib.yaml"
{
	cat "$dir/weather-ok.csv"
	head -c 16777216 /dev/zero | tr '\0' '#'
	echo
} >"$tmp/over-16-mib.csv"
echo "$tmp/csv-over-16-mib.yaml:9:9: error: cannot read weather file 'over-16-mib.csv' ($tmp/over-16-mib.csv): larger than 16 MiB" \
	>"$tmp/over-16-mib.expected"
check csv-over-16-mib "$tmp/csv-over-16-mib.yaml" "$tmp/over-16-mib.expected"

# ---- a station record that is a FIFO nobody writes to: refused at once, not waited on.
mkfifo "$tmp/record.csv"
sed "s|record: station-too-few-years.csv|record: record.csv|" "$dir/station-years-outside.yaml" >"$tmp/station-fifo.yaml"
echo "$tmp/station-fifo.yaml:6:21: error: cannot read station record 'record.csv' ($tmp/record.csv): not a regular file" \
	>"$tmp/station-fifo.expected"
check station-record-fifo "$tmp/station-fifo.yaml" "$tmp/station-fifo.expected"

# ---- a valid scenario and its weather CSV saved with CRLF line ends, a byte-order mark or
# both (Notepad, Excel's "CSV UTF-8"): they load and every report is the plain file's.
for enc in plain crlf bom bom-crlf; do
	mkdir "$tmp/enc-$enc"
	for f in "$base" "$dir/weather-ok.csv"; do
		case $enc in
		plain) cat "$f" ;;
		crlf) dos "$f" ;;
		bom) bom "$f" ;;
		bom-crlf) dos "$f" >"$tmp/dos" && bom "$tmp/dos" ;;
		esac >"$tmp/enc-$enc/$(basename "$f")"
	done
done
for args in "run --format csv" "run" "run --format json --table daily" "weather --format csv"; do
	for enc in plain crlf bom bom-crlf; do
		in_dir=$tmp/enc-$enc
		# shellcheck disable=SC2086
		run "$enc: $args" $args valid.base.yaml
		in_dir=
		if [ "$status" -ne 0 ] || [ -s "$tmp/err" ]; then
			fail=$((fail + 1))
			echo "FAIL $enc: $args: exit $status (want 0, no diagnostics)" >&2
			head -5 "$tmp/err" | sed 's/^/  /' >&2
			continue
		fi
		if [ "$enc" = plain ]; then
			cp "$tmp/out" "$tmp/plain.out"
		elif ! cmp -s "$tmp/plain.out" "$tmp/out"; then
			fail=$((fail + 1))
			echo "FAIL $enc: $args: not the plain file's report" >&2
			diff "$tmp/plain.out" "$tmp/out" | head -10 | sed 's/^/  /' >&2
			continue
		fi
		pass=$((pass + 1))
	done
done

# ---- the same weather saved by a Vietnamese Excel (tests/bad/weather-vi-excel.csv: ';'
# between cells, decimal commas, dd/mm/yyyy dates, column names such as "Nhiệt độ tối cao
# (°C)", CRLF line ends), with and without a byte-order mark: the rows of every report are the
# plain file's (the items table of `run`: one row; the weather: 92 days).
for enc in plain bom; do
	mkdir "$tmp/vi-excel-$enc"
	sed "s/weather-ok.csv/weather-vi-excel.csv/" "$base" >"$tmp/vi-excel-$enc/valid.base.yaml"
	if [ "$enc" = bom ]; then bom "$dir/weather-vi-excel.csv"; else cat "$dir/weather-vi-excel.csv"; fi \
		>"$tmp/vi-excel-$enc/weather-vi-excel.csv"
done
for args in "run --format csv" "weather --format csv"; do
	in_dir=$tmp/enc-plain
	# shellcheck disable=SC2086
	run "plain: $args" $args valid.base.yaml
	# the `#` lines name the file and the scenario's hash, which differ; the rows must not
	grep -v '^#' "$tmp/out" >"$tmp/plain.out"
	for enc in plain bom; do
		in_dir=$tmp/vi-excel-$enc
		# shellcheck disable=SC2086
		run "vi-excel-$enc: $args" $args valid.base.yaml
		in_dir=
		grep -v '^#' "$tmp/out" >"$tmp/vi.out"
		if [ "$status" -ne 0 ] || [ -s "$tmp/err" ] || [ "$(wc -l <"$tmp/vi.out")" -lt 2 ] ||
			! cmp -s "$tmp/plain.out" "$tmp/vi.out"; then
			fail=$((fail + 1))
			echo "FAIL vi-excel-$enc: $args: exit $status, not the plain file's report" >&2
			head -5 "$tmp/err" | sed 's/^/  /' >&2
			diff "$tmp/plain.out" "$tmp/vi.out" | head -5 | sed 's/^/  /' >&2
			continue
		fi
		pass=$((pass + 1))
	done
done

if [ "$big_kib" -ge 0 ]; then
	memory="most memory: $big_name $((big_kib / 1024)) MiB peak RSS"
else
	memory="peak memory not measured (no C compiler)"
fi
if [ "$relaxed" = 1 ]; then
	limits="not held to the limits"
else
	limits="limits $limit_ms ms of processor time, $((limit_kib / 1024)) MiB of address space"
fi
echo "bad inputs: $pass passed, $fail failed; slowest: $slow_name $slow_ms ms ($slow_cpu ms CPU);" \
	"$memory ($limits)"
[ "$fail" -eq 0 ]
