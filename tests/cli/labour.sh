#!/bin/sh
# labour.sh - `vudong run --table labour` (DESIGN §6; issue 15): the binding columns, the
# hand-computed case of tests/e2e/labour.yaml (its comment has the arithmetic), the
# half-months of the built-in adding up to the district's labour, JSON and text, and the
# table refused by other commands.
# Usage: sh tests/cli/labour.sh PROGRAM      (run from the top of the source tree)
set -u
. "$(dirname "$0")/lib.inc"

header='commune,period_start,period_end,need_days,available_days,shortfall_days'
case_file=tests/e2e/labour.yaml

expect_status 0 "run --table labour csv" "$prog" run "$case_file" --table labour --format csv
[ "$(header_of "$tmp/out")" = "$header" ] || fail "labour: header $(header_of "$tmp/out")"
grep -v '^#' "$tmp/out" | tail -n +2 > "$tmp/rows"
cat > "$tmp/want" <<'ROWS'
town,2020-10-01,2020-10-15,100.0,80.0,20.0
town,2020-10-16,2020-10-31,68.0,80.0,0.0
town,2020-11-01,2020-11-15,32.0,80.0,0.0
town,2020-11-16,2020-11-30,0.0,80.0,0.0
ROWS
cmp -s "$tmp/rows" "$tmp/want" || { fail "labour: rows differ from the hand calculation"; diff "$tmp/want" "$tmp/rows"; }

# The built-in: sixteen half-months a commune, and need_days add up to the district's labour.
expect_status 0 "run --table labour (built-in)" "$prog" run --table labour --format csv
grep -v '^#' "$tmp/out" | tail -n +2 > "$tmp/rows"
n_communes=$(grep -v '^#' "$tmp/rows" | cut -d, -f1 | sort -u | wc -l)
[ "$(wc -l < "$tmp/rows")" -eq $((16 * n_communes)) ] || fail "labour: not 16 half-months per commune"
need=$(awk -F, '{ s += $4 } END { printf "%.0f", s }' "$tmp/rows")
expect_status 0 "run --table district" "$prog" run --table district --format csv
district=$(grep -v '^#' "$tmp/out" | tail -n 1 | awk -F, '{ printf "%.0f", $6 }')
[ "$need" = "$district" ] || fail "labour: need_days add up to $need, the district's labour is $district"

expect_status 0 "run --table labour json" "$prog" run "$case_file" --table labour --format json
grep -q '"table": "labour"' "$tmp/out" || fail "labour json: no table name"
grep -q '"shortfall_days": 20.0' "$tmp/out" || fail "labour json: no 20-day shortfall"

expect_status 0 "run --table labour text" "$prog" run "$case_file" --table labour --lang en
grep -q 'not modelled' "$tmp/out" || fail "labour text: does not say the shortfall is not modelled"
grep -q 'rice harvested by 05/10, spring rice transplanted from 20/11' "$tmp/out" ||
	fail "labour text: no land window"
grep -Eq '^01/10-15/10 +100 +80 +20 +0\.4!' "$tmp/out" || fail "labour text: the short half-month"
[ "$(too_wide "$tmp/out")" = 0 ] || fail "labour text: lines wider than 80 columns"

expect_status 2 "ensemble --table labour" "$prog" ensemble --table labour
grep -q 'applies to `run` only' "$tmp/err" || fail "ensemble --table labour: wrong message"

finish labour "run --table labour: columns, hand case, totals, formats"
