#!/bin/sh
# usage.sh - the command line's contract (DESIGN §5): help, version, exit statuses, `check`
# silent and successful on every shipped scenario, `scenario` prints the built-in file.
# Usage: sh tests/cli/usage.sh PROGRAM
set -u
. "$(dirname "$0")/lib.inc"

# --help and the usage errors speak the language (Vietnamese without LANG naming one).
expect_status 0 "--help --lang vi" "$prog" --help --lang vi
grep -q '^Cách dùng: vudong' "$tmp/out" || fail "--help --lang vi prints no Vietnamese usage"
grep -q 'Tuỳ chọn:' "$tmp/out" || fail "--help --lang vi: no 'Tuỳ chọn:'"
expect_status 0 "--help" "$prog" --lang en --help
grep -q '^Usage: vudong' "$tmp/out" || fail "--help prints no usage"
for opt in --record --years '--table items|communes|crops|district|daily|labour|seasons' '--next FILE'; do
	grep -q -- "$opt" "$tmp/out" || fail "--help does not explain $opt"
done
# Several seasons (tests/cli/seasons.sh has the rest): --years only with --record, --record
# neither with --seasons nor --seed, and only for `weather` and `ensemble`.
expect_status 2 "--years without --record" "$prog" ensemble --years 1990-2000
expect_status 2 "--record --seasons" "$prog" weather --record --seasons 3
expect_status 2 "run --record" "$prog" run --record
expect_status 2 "sensitivity --seed" "$prog" sensitivity --seed 4
expect_status 0 "--version" "$prog" --version
grep -Eq '^vudong [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" || fail "--version: $(cat "$tmp/out")"
expect_status 2 "unknown option" "$prog" --frobnicate --lang en
grep -q "unknown option '--frobnicate'" "$tmp/err" || fail "unknown option message"
expect_status 2 "unknown option (vi)" "$prog" --lang vi --frobnicate
grep -q "^vudong: lỗi: không có tuỳ chọn '--frobnicate'" "$tmp/err" || fail "unknown option message in Vietnamese: $(cat "$tmp/err")"
grep -q "^Xem 'vudong --help'." "$tmp/err" || fail "usage error in Vietnamese: no 'Xem vudong --help'"
expect_status 2 "bad --format" "$prog" run --format xml
expect_status 2 "check without a file" "$prog" check
expect_status 2 "missing file" "$prog" check "$tmp/nope.yaml"
grep -q "nope.yaml" "$tmp/err" || fail "missing file not named"
# -o and --force only where a report is written: never silently ignored.
expect_status 2 "check -o" "$prog" check --lang en scenarios/binh-lieu-2020.yaml -o "$tmp/check.out"
grep -q -- "-o applies to the commands that write a report, not to \`check\`" "$tmp/err" ||
	fail "check -o message: $(cat "$tmp/err")"
[ -e "$tmp/check.out" ] && fail "check -o wrote a file"
expect_status 2 "interface -o" "$prog" -o "$tmp/ui.out"
expect_status 2 "interface --force" "$prog" --force

for f in scenarios/*.yaml; do
	expect_status 0 "check $f" "$prog" check "$f"
	# check runs the season: the one plan warning a shipped scenario may give is the cold
	# spell's late potato harvest (scenarios/cold-spell-jan-2021.yaml), as `run` gives it.
	if [ -s "$tmp/out" ] || grep -v '\[late-harvest\]$' "$tmp/err" | grep -q .; then
		fail "check $f printed something:"; cat "$tmp/out" "$tmp/err" | head -5 | sed 's/^/  | /'
	fi
done

expect_status 0 "scenario" "$prog" scenario
cmp -s "$tmp/out" scenarios/binh-lieu-2020.yaml || fail "scenario differs from scenarios/binh-lieu-2020.yaml"
cp "$tmp/out" "$tmp/copy.yaml"
expect_status 0 "check the printed scenario" "$prog" check "$tmp/copy.yaml"

finish usage.sh "command-line contract OK"
