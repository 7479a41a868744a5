#!/bin/sh
# outlook.sh - `vudong run --format json` leads with the outlook, whose numbers are byte for
# byte those of `vudong ensemble --format json --table district` on the same seasons, seed
# and threads (the built-in: its 200 seasons, seed 2020), with p_target_met = 1 −
# p_target_missed; and the single season is labelled as one example season in every format
# (text, CSV, JSON) and both languages, never as "hạt giống". Usage: sh tests/cli/outlook.sh PROGRAM
set -u
prog=${1:-./vudong}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

"$prog" run --format json >"$tmp/run.json" 2>"$tmp/err" || fail "run --format json failed: $(cat "$tmp/err")"
"$prog" ensemble --format json --table district --threads 1 >"$tmp/ens.json" 2>/dev/null ||
	fail "ensemble --format json failed"

# The ensemble's district row of a metric, as "p10 p50 p90 mean" (the JSON text of each).
ens_row() {
	grep "\"metric\": \"$1\"" "$tmp/ens.json" |
		sed 's/.*"mean": \([^,]*\), "sd": [^,]*, "p10": \([^,]*\), "p50": \([^,]*\), "p90": \([^,]*\),.*/\2 \3 \4 \1/'
}
# The outlook's object of a metric, the same way.
run_row() {
	grep "^    \"$1\": {" "$tmp/run.json" |
		sed 's/.*"p10": \([^,]*\), "p50": \([^,]*\), "p90": \([^,]*\), "mean": \([^}]*\)}.*/\1 \2 \3 \4/'
}
grep -q '"outlook": {"seasons": 200, "method": "generated", "seed_first": 2020, "seed_last": 2219' "$tmp/run.json" ||
	fail "run json: no outlook of 200 generated seasons from seed 2020"
for m in output_t value_mvnd value_const_mvnd contribution_pp district_growth_pct; do
	a=$(run_row "$m")
	b=$(ens_row "$m")
	[ -n "$a" ] && [ "$a" = "$b" ] || fail "outlook $m is '$a', ensemble '$b'"
done
missed=$(grep '"metric": "p_target_missed"' "$tmp/ens.json" | sed 's/.*"mean": \([^,]*\),.*/\1/')
met=$(sed -n 's/.*"p_target_met": \([^}]*\)}.*/\1/p' "$tmp/run.json")
awk -v a="$met" -v b="$missed" 'BEGIN { d = a + b - 1; exit !(d < 0.00005 && d > -0.00005) }' ||
	fail "p_target_met $met is not 1 - p_target_missed $missed"

# The example season, in every format and both languages.
for l in en vi; do
	if [ $l = en ]; then label='one example season: generated weather, sample no. 2020'; else
		label='một vụ ví dụ: thời tiết mô phỏng, mẫu số 2020'; fi
	"$prog" run --lang $l --format csv | grep -qF "# example_season: $label" ||
		fail "csv $l: no example-season line"
	"$prog" run --lang $l --format json | grep -qF "\"description\": \"$label" ||
		fail "json $l: no example_season"
	"$prog" run --lang $l | tr '\n' ' ' | grep -qF "$(echo "$label" | cut -c1-30)" ||
		fail "text $l: no example-season note"
	"$prog" run --lang $l --format csv | grep -q outlook && fail "csv $l: CSV must stay single-season"
done
"$prog" run --lang vi | grep -q 'hạt giống' && fail "text vi: 'hạt giống' for the weather sample"
"$prog" run --lang vi | head -20 | grep -q 'Trong 200 vụ mô phỏng: sản lượng trung vị' ||
	fail "text vi: the outlook does not come first"

if [ "$fails" -ne 0 ]; then
	echo "outlook.sh: $fails failure(s)" >&2
	exit 1
fi
echo "outlook.sh: the run's outlook equals the ensemble's numbers; the example season is labelled in text, CSV and JSON, vi and en"
