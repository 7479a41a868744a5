#!/bin/sh
# next.sh - `vudong scenario --next FILE` (DESIGN §5; issue 15) on every shipped scenario:
# the file it writes loads, its season and every sowing date are a year on, its economy
# baseline (economy.winter_crop_prev_bn_vnd) is this season's output value at constant
# prices as the outlook's median (`vudong run --format json`, outlook value_const_mvnd p50,
# in million VND: / 1000), said in a comment; FILE's own comments are kept; -o refuses to
# replace a file without --force; --next with another command is refused.
# Usage: sh tests/cli/next.sh PROGRAM      (run from the top of the source tree)
set -u
. "$(dirname "$0")/lib.inc"

year_on() { # YYYY-MM-DD -> the same day a year on
	y=${1%%-*}; rest=${1#*-}; echo "$((y + 1))-$rest"
}

for f in scenarios/*.yaml; do
	b=$(basename "$f" .yaml)
	out=$tmp/$b-next.yaml
	expect_status 0 "scenario --next $b" "$prog" scenario --next "$f" -o "$out"
	expect_status 0 "check the next season of $b" "$prog" check "$out"
	expect_status 0 "run $b" "$prog" run "$f" --format json
	start=$(grep -o '"season_start": "[0-9-]*"' "$tmp/out" | head -n 1 | cut -d'"' -f4)
	p50=$(tr -d '\n' < "$tmp/out" | sed 's/.*"outlook": {//' | grep -o '"value_const_mvnd": {"p10": [0-9.]*, "p50": [0-9.]*' |
		sed 's/.*"p50": //')
	[ -n "$start" ] && [ -n "$p50" ] || { fail "$b: no season start or outlook median in the JSON"; continue; }
	expect_status 0 "run the next season of $b" "$prog" run "$out" --format json
	next_start=$(grep -o '"season_start": "[0-9-]*"' "$tmp/out" | head -n 1 | cut -d'"' -f4)
	[ "$next_start" = "$(year_on "$start")" ] || fail "$b: next season starts $next_start, not a year after $start"
	expect_status 0 "items of $b" "$prog" run "$f" --format csv
	grep -v '^#' "$tmp/out" | tail -n +2 | cut -d, -f6 > "$tmp/sow"
	expect_status 0 "items of the next season of $b" "$prog" run "$out" --format csv
	grep -v '^#' "$tmp/out" | tail -n +2 | cut -d, -f6 > "$tmp/sow-next"
	while read -r d; do year_on "$d"; done < "$tmp/sow" > "$tmp/sow-want"
	cmp -s "$tmp/sow-want" "$tmp/sow-next" || fail "$b: sowing dates not a year on"
	want=$(awk -v v="$p50" 'BEGIN { printf "%.3f", v / 1000 }')
	got=$(grep -E '^ *winter_crop_prev_bn_vnd:' "$out" | head -n 1 | sed 's/.*: *//; s/ .*//')
	got=$(awk -v v="$got" 'BEGIN { printf "%.3f", v }')
	[ "$got" = "$want" ] || fail "$b: winter_crop_prev_bn_vnd $got, the outlook's median is $want"
	grep -q "^# economy.winter_crop_prev_bn_vnd: $want .*output" "$out" || fail "$b: no comment on the baseline"
	grep -q '^# To check before use' "$out" || fail "$b: no note of what to check"
done
# The shipped file's own text is kept: its first comment line is still there.
grep -qF "$(sed -n 1p scenarios/binh-lieu-2020.yaml)" "$tmp/binh-lieu-2020-next.yaml" || fail "next: the file's comments are lost"
grep -q 'name: "Bình Liêu — vụ đông 2021–2022"' "$tmp/binh-lieu-2020-next.yaml" || fail "next: the name's years not moved"
expect_status 2 "scenario --next without --force" "$prog" scenario --next scenarios/binh-lieu-2020.yaml -o "$tmp/binh-lieu-2020-next.yaml"
expect_status 2 "run --next" "$prog" run --next scenarios/binh-lieu-2020.yaml
expect_status 2 "scenario --next missing" "$prog" scenario --next "$tmp/nothing.yaml"

finish next "scenario --next on every shipped scenario: loads, a year on, baseline the outlook's median"
