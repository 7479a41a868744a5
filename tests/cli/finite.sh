#!/bin/sh
# finite.sh - no NaN or infinity in any report of any shipped scenario: for every
# scenarios/*.yaml, `run` in every format and table and both languages, `weather` in every
# format, `ensemble` (5 seasons) in every format and table, `sensitivity` in every format,
# and `compare` of each what-if against the built-in scenario in every format; each exits 0
# and every line of its output is scanned (tests/cli/finite.inc says what counts), its stderr
# too, also for sanitizer reports.
# Usage: sh tests/cli/finite.sh PROGRAM      (run from the top of the source tree)
set -u
. "$(dirname "$0")/lib.inc"
. "$(dirname "$0")/finite.inc"

# check WHAT COMMAND...: exit 0, then scan stdout (csv/json as data, text as text).
check() {
	what=$1; shift
	expect_status 0 "$what" "$@"
	case "$what" in
	*--format\ csv* | *--format\ json*) scan_finite "$tmp/out" data "$what" ;;
	*) scan_finite "$tmp/out" text "$what" ;;
	esac
	scan_finite "$tmp/err" text "$what (stderr)"
	no_sanitizer "$what"
}

base=scenarios/binh-lieu-2020.yaml
n=0
for f in scenarios/*.yaml; do
	for fmt in text csv json; do
		for table in items communes crops district daily; do
			for lang in vi en; do
				[ "$fmt" != text ] && [ "$lang" = en ] && continue
				check "run $f --format $fmt --table $table --lang $lang" \
					"$prog" run "$f" --format "$fmt" --table "$table" --lang "$lang"
				n=$((n + 1))
			done
		done
		check "weather $f --format $fmt" "$prog" weather "$f" --format "$fmt"
		for table in items communes crops district; do
			check "ensemble $f --format $fmt --table $table" \
				"$prog" ensemble "$f" --format "$fmt" --table "$table" --seasons 5
		done
		check "ensemble $f --format $fmt" "$prog" ensemble "$f" --format "$fmt" --seasons 5
		check "sensitivity $f --format $fmt" "$prog" sensitivity "$f" --format "$fmt"
		n=$((n + 7))
		if [ "$f" != "$base" ]; then
			check "compare $base $f --format $fmt" "$prog" compare "$base" "$f" --format "$fmt"
			n=$((n + 1))
		fi
	done
done

finish finite.sh "ok ($n reports of $(ls scenarios/*.yaml | wc -l) scenarios, no NaN or infinity)"
