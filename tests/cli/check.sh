#!/bin/sh
# check.sh - `vudong check` warns of values outside their plausible range (exit 0) with the
# thousands-separator hint, and reports the plan's land and calendar warnings that `run`
# reports (the season run inside check), so an over-allocated plot is caught before a run.
# Usage: sh tests/cli/check.sh PROGRAM
set -u
. "$(dirname "$0")/lib.inc"
root=$(cd "$(dirname "$0")/../.." && pwd)
cp -r "$root/scenarios/." "$tmp/"

# The shipped scenario checks clean: no plausibility warning, no plan warning.
expect_status 0 "check the shipped scenario" "$prog" --lang en check "$tmp/binh-lieu-2020.yaml"
[ -s "$tmp/err" ] && fail "check of the shipped scenario printed: $(head -2 "$tmp/err")"

# price_vnd_kg: 8.000 is YAML's 8: a warning that asks for 8000 (the issue's carrot price).
cat >"$tmp/price.yaml" <<'Y'
format: vudong/1
extends: binh-lieu-2020.yaml
crops:
  - id: cabbage
    price_vnd_kg: 8.000
Y
expect_status 0 "check a price of 8.000" "$prog" --lang en check "$tmp/price.yaml"
grep -qF "price.yaml:5:19: warning: 'price_vnd_kg' 8 is outside the usual range 500 to 100000 VND/kg; did you mean 8000" "$tmp/err" ||
	fail "no thousands hint for 8.000: $(cat "$tmp/err")"

# The town cabbage on 200 ha of the 180 ha of town paddy, beside the potato: over-allocated.
cat >"$tmp/over.yaml" <<'Y'
format: vudong/1
extends: binh-lieu-2020.yaml
communes:
  - id: binh-lieu-town
    plan:
      - {id: town-cabbage, crop: cabbage, land: paddy, area_ha: 200, sow: 2020-10-10, irrigation: auto}
Y
expect_status 0 "check an over-allocated plot" "$prog" --lang en check "$tmp/over.yaml"
grep -q "warning: .*\[over-allocated\]" "$tmp/err" || fail "check did not report the over-allocation: $(head -3 "$tmp/err")"
# ... the same warning `run` gives.
"$prog" --lang en run --format csv "$tmp/over.yaml" >/dev/null 2>"$tmp/run.err"
grep "\[over-allocated\]" "$tmp/run.err" >"$tmp/a"
grep "\[over-allocated\]" "$tmp/err" >"$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || fail "check and run differ on the over-allocation"

finish check "plausibility warnings with the thousands hint; the plan's warnings before a run"
