#!/bin/sh
# ensemble.sh - `vudong ensemble`, `vudong sensitivity` and `vudong compare` from the command
# line (DESIGN §5, §6): every format exits 0 with its binding CSV header and provenance, text
# within 80 columns in both languages, --seasons/--seed/--step honoured, the same seed gives
# byte-identical ensemble reports run after run and on 1, 2 or 3 threads (--threads), profit
# and contribution rows, the shocks listed, every season of a multi-year weather file, a
# scenario compared with itself differs nowhere, the cabbage price crash halves the cabbage
# value and leaves its output alone, -o is refused without --force, bad usage exits 2, and
# every label the three reports translate has a Vietnamese entry.
# Usage: sh tests/cli/ensemble.sh PROGRAM      (run from the top of the source tree)
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en

ens_header='level,id,name,metric,mean,sd,p10,p50,p90,min,max'
sens_header='rank,parameter,low,high,unit,output_low_t,output_high_t,value_low_mvnd,value_high_mvnd,value_low_change_pct,value_high_change_pct,contribution_low_pp,contribution_high_pp,contribution_low_diff_pp,contribution_high_diff_pp,district_growth_low_pct,district_growth_high_pct,warnings_low,warnings_high'
cmp_header='level,id,name,figure,a,b,diff,change_pct'
base=scenarios/binh-lieu-2020.yaml
crash=scenarios/cabbage-price-crash.yaml

# --- text in both languages, within 80 columns
for lang in vi en; do
	expect_status 0 "ensemble --lang $lang" "$prog" ensemble --lang "$lang"
	[ "$(too_wide "$tmp/out")" = 0 ] || fail "ensemble --lang $lang: lines wider than 80 columns"
	grep -q '^  [^ ].*: *[0-9a-f]\{16\}$' "$tmp/out" || fail "ensemble --lang $lang: no scenario hash"
	expect_status 0 "sensitivity --lang $lang" "$prog" sensitivity --lang "$lang"
	[ "$(too_wide "$tmp/out")" = 0 ] || fail "sensitivity --lang $lang: lines wider than 80 columns"
	expect_status 0 "compare --lang $lang" "$prog" compare "$base" "$crash" --lang "$lang"
	[ "$(too_wide "$tmp/out")" = 0 ] || fail "compare --lang $lang: lines wider than 80 columns"
done
"$prog" ensemble --lang en 2>/dev/null | grep -q '^Ensemble of 200 seasons, vudong ' ||
	fail "ensemble: not 200 seasons by default (the scenario's ensemble: {seasons: 200})"
"$prog" ensemble --lang en --seasons 12 --seed 77 2>/dev/null |
	grep -q 'seeds 77 to 88' || fail "ensemble --seasons 12 --seed 77: seeds not 77 to 88"
"$prog" ensemble --lang vi 2>/dev/null | grep -q 'TOÀN HUYỆN' || fail "ensemble --lang vi: no Vietnamese heading"
"$prog" sensitivity --lang en --step 5 2>/dev/null | grep -q '^Price  *±5 %' ||
	fail "sensitivity --step 5: no ±5 % price row"
"$prog" sensitivity --lang vi 2>/dev/null | grep -q 'BẢNG TORNADO' || fail "sensitivity --lang vi: no tornado table"
if "$prog" sensitivity --lang vi 2>/dev/null | grep -q 'Potential yield\|Kc mid-season'; then
	fail "sensitivity --lang vi: English parameter labels"
fi

# --- CSV and JSON
expect_status 0 "ensemble --format csv" "$prog" ensemble --format csv --seasons 10 --seed 5
cp "$tmp/out" "$tmp/ens.csv"
[ "$(header_of "$tmp/ens.csv")" = "$ens_header" ] || fail "ensemble csv header: $(header_of "$tmp/ens.csv")"
head -n 1 "$tmp/ens.csv" | grep -q '^# vudong ' || fail "ensemble csv: no provenance line first"
grep -q '^# scenario_hash: [0-9a-f]\{16\}$' "$tmp/ens.csv" || fail "ensemble csv: no hash"
grep -q '^# seasons: 10$' "$tmp/ens.csv" || fail "ensemble csv: no '# seasons: 10'"
grep -q '^# seeds: 5 to 14$' "$tmp/ens.csv" || fail "ensemble csv: no '# seeds: 5 to 14'"
grep -q '^district,,,output_t,[0-9]' "$tmp/ens.csv" || fail "ensemble csv: no district output row"
grep -q '^district,,,p_target_missed,' "$tmp/ens.csv" || fail "ensemble csv: no target row"
grep -q '^item,binh-lieu-town/' "$tmp/ens.csv" || fail "ensemble csv: no item rows"
if grep -v '^#' "$tmp/ens.csv" | grep -qi 'nan\|inf'; then fail "ensemble csv: nan or inf written"; fi
# the p10 <= p50 <= p90 and min <= mean <= max of every row
bad=$(grep -v '^#' "$tmp/ens.csv" | tail -n +2 |
	awk -F, '$7 > $8 + 1e-9 || $8 > $9 + 1e-9 || $10 > $5 + 1e-9 || $5 > $11 + 1e-9 { n++ } END { print n + 0 }')
[ "$bad" = 0 ] || fail "ensemble csv: $bad rows with quantiles out of order"
expect_status 0 "ensemble --table crops" "$prog" ensemble --format csv --table crops --seasons 3
if grep -v '^#' "$tmp/out" | tail -n +2 | grep -qv '^crop,'; then fail "ensemble --table crops: other levels"; fi
expect_status 0 "ensemble --format json" "$prog" ensemble --format json --seasons 4
grep -q '"meta": {' "$tmp/out" || fail "ensemble json: no meta"
grep -q '"seasons": 4' "$tmp/out" || fail "ensemble json: no seasons"
if command -v python3 >/dev/null 2>&1; then
	python3 -m json.tool "$tmp/out" >/dev/null 2>&1 || fail "ensemble json does not parse"
fi

grep -q '^district,,,profit_mvnd,[0-9-]' "$tmp/ens.csv" || fail "ensemble csv: no district profit row"
grep -q '^commune,hoanh-mo,[^,]*,profit_mvnd,' "$tmp/ens.csv" || fail "ensemble csv: no commune profit row"
grep -q '^commune,hoanh-mo,[^,]*,contribution_pp,' "$tmp/ens.csv" || fail "ensemble csv: no commune contribution row"
grep -q '^crop,potato,[^,]*,contribution_pp,' "$tmp/ens.csv" || fail "ensemble csv: no crop contribution row"
# the communes' mean contributions add up to the district's (to the 4 decimals written)
awk -F, '$4 == "contribution_pp" && $1 == "district" { d = $5 } $4 == "contribution_pp" && $1 == "commune" { c += $5 }
	END { x = c - d; if (x < 0) x = -x; exit x < 0.0006 ? 0 : 1 }' "$tmp/ens.csv" ||
	fail "ensemble csv: the communes' contributions do not add up to the district's"

# --- the same seed: the same bytes, run after run and on any number of threads
for fmt in text csv json; do
	n=100
	[ "$fmt" = csv ] && n=300      # above the sample cap: the passes
	for t in 1 2 3; do
		expect_status 0 "ensemble --threads $t --format $fmt" \
			"$prog" ensemble --seasons $n --seed 9 --threads $t --format $fmt --lang en
		cp "$tmp/out" "$tmp/threads-$t.$fmt"
	done
	"$prog" ensemble --seasons $n --seed 9 --format $fmt --lang en >"$tmp/again.$fmt" 2>/dev/null
	cmp -s "$tmp/threads-1.$fmt" "$tmp/threads-2.$fmt" || fail "ensemble $fmt: --threads 2 differs from 1"
	cmp -s "$tmp/threads-1.$fmt" "$tmp/threads-3.$fmt" || fail "ensemble $fmt: --threads 3 differs from 1"
	cmp -s "$tmp/threads-1.$fmt" "$tmp/again.$fmt" || fail "ensemble $fmt: a second run differs"
	[ -s "$tmp/threads-1.$fmt" ] || fail "ensemble $fmt: empty report"
done
expect_status 2 "ensemble --threads 0" "$prog" ensemble --threads 0
expect_status 2 "ensemble --threads x" "$prog" ensemble --threads x
expect_status 2 "run --threads" "$prog" run --threads 2
"$prog" --help | grep -q -- '--threads N' || fail "--help does not list --threads"

# --- the shocks applied in every season are listed
expect_status 0 "ensemble cold spell csv" "$prog" ensemble scenarios/cold-spell-jan-2021.yaml --seasons 3 --format csv
grep -q '^# shock: cold spell from 2021-01-07 for 8 days: Tmin -1.0 °C, Tmax 6.0 °C$' "$tmp/out" ||
	fail "ensemble csv: the cold spell is not listed"
expect_status 0 "ensemble cold spell json" "$prog" ensemble scenarios/cold-spell-jan-2021.yaml --seasons 3 --format json
grep -q '"shocks": \[{"kind": "cold_spell", "from": "2021-01-07", "days": 8' "$tmp/out" ||
	fail "ensemble json: the cold spell is not listed"
"$prog" ensemble scenarios/cold-spell-jan-2021.yaml --seasons 3 --lang en 2>/dev/null |
	grep -q '^- cold spell from 2021-01-07 for 8 days' || fail "ensemble text: the cold spell is not listed"
"$prog" ensemble --seasons 3 --lang en 2>/dev/null | grep -q '^None: the seasons differ by their weather only' ||
	fail "ensemble text: no 'None' under the shocks of the built-in scenario"

# --- a weather file of several years: every season it covers wholly
awk 'function dim(y, m) { if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
		return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31 }
	BEGIN { print "date,tmax_c,tmin_c,rain_mm,rh_pct,wind_m_s,sunshine_h"
		for (y = 2018; y <= 2021; y++) for (m = 1; m <= 12; m++) for (d = 1; d <= dim(y, m); d++) {
			if ((y == 2018 && m < 9) || (y == 2021 && m > 4)) continue
			n++; c = cos(2 * 3.14159265 * ((m - 1) * 30.4 + d - 196) / 365)
			tmax = 24 + 7 * c + 1.5 * sin(0.37 * n + y)
			printf "%04d-%02d-%02d,%.1f,%.1f,%.1f,82,1.4,%.1f\n", y, m, d, tmax, tmax - 8,
				(n % 6 == 0) ? 5 + (n * 7) % 11 : 0, 4 + 2 * sin(0.11 * n) } }' > "$tmp/multi.csv"
"$prog" scenario | awk '/^weather:/ { print "weather:\n  file: multi.csv"; skip = 1; next }
	skip && /^[a-z]/ { skip = 0 } !skip' > "$tmp/multi.yaml"
expect_status 0 "check multi-year" "$prog" check "$tmp/multi.yaml"
expect_status 0 "ensemble multi-year csv" "$prog" ensemble "$tmp/multi.yaml" --format csv --seasons 50
grep -q '^# seasons: 3$' "$tmp/out" || fail "ensemble multi-year: not 3 seasons"
grep -q '^# years: 2018 to 2020$' "$tmp/out" || fail "ensemble multi-year: no '# years: 2018 to 2020'"
[ -s "$tmp/err" ] && fail "ensemble multi-year: something on stderr: $(head -1 "$tmp/err")"
expect_status 0 "ensemble multi-year json" "$prog" ensemble "$tmp/multi.yaml" --format json
grep -q '"year_first": 2018, "year_last": 2020, "years_skipped": 0' "$tmp/out" ||
	fail "ensemble multi-year json: no years"
"$prog" ensemble "$tmp/multi.yaml" --lang en 2>/dev/null | grep -q 'the seasons starting in 2018 to 2020' ||
	fail "ensemble multi-year text: no years"
# its 2020 season alone is the plain run: the ensemble's P50 output is the run's
sed '/^weather:/,/^[a-z]/ s/multi.csv/one.csv/' "$tmp/multi.yaml" > "$tmp/one.yaml"
awk -F, 'NR == 1 || $1 >= "2020-09-01"' "$tmp/multi.csv" > "$tmp/one.csv"
expect_status 0 "ensemble one covered season" "$prog" ensemble "$tmp/one.yaml" --format csv --table district
grep -q 'covers one season' "$tmp/err" || fail "ensemble one season: no warning"
ens=$(awk -F, '$4 == "output_t" { print $8 }' "$tmp/out")
run=$("$prog" run "$tmp/one.yaml" --format csv --table district 2>/dev/null | grep -v '^#' | tail -1 | cut -d, -f2)
[ -n "$ens" ] && [ "$ens" = "$run" ] || fail "ensemble one season: output $ens, run $run"

expect_status 0 "sensitivity --format csv" "$prog" sensitivity --format csv
cp "$tmp/out" "$tmp/sens.csv"
[ "$(header_of "$tmp/sens.csv")" = "$sens_header" ] || fail "sensitivity csv header: $(header_of "$tmp/sens.csv")"
grep -q '^# step_pct: 10$' "$tmp/sens.csv" || fail "sensitivity csv: no step"
[ "$(grep -v '^#' "$tmp/sens.csv" | tail -n +2 | wc -l)" -eq 9 ] || fail "sensitivity csv: not base + 8 rows"
grep -q '^0,base,' "$tmp/sens.csv" || fail "sensitivity csv: no base row"
grep -q ',price,-10.00,10.00,pct,.*,-10.0000,10.0000,' "$tmp/sens.csv" || fail "sensitivity csv: price not ±10 % of value"
expect_status 0 "sensitivity --format json" "$prog" sensitivity --format json --step 2.5
grep -q '"step_pct": 2.5' "$tmp/out" || fail "sensitivity json: no step 2.5"
if command -v python3 >/dev/null 2>&1; then
	python3 -m json.tool "$tmp/out" >/dev/null 2>&1 || fail "sensitivity json does not parse"
fi

# --- compare: a scenario with itself, and the cabbage price crash
expect_status 0 "compare self" "$prog" compare "$base" "$base" --format csv
cp "$tmp/out" "$tmp/self.csv"
[ "$(header_of "$tmp/self.csv")" = "$cmp_header" ] || fail "compare csv header: $(header_of "$tmp/self.csv")"
grep -q '^# scenario_b: ' "$tmp/self.csv" || fail "compare csv: no scenario_b provenance"
nonzero=$(grep -v '^#' "$tmp/self.csv" | tail -n +2 | awk -F, '$7 + 0 != 0 { n++ } END { print n + 0 }')
rows=$(grep -v '^#' "$tmp/self.csv" | tail -n +2 | wc -l)
[ "$rows" -gt 30 ] || fail "compare self: only $rows rows"
[ "$nonzero" = 0 ] || fail "compare self: $nonzero rows with a difference"
"$prog" compare "$base" "$base" --lang en 2>/dev/null | grep -q 'The two scenarios give the same figures' ||
	fail "compare self: the text does not say the figures are the same"

expect_status 0 "compare crash" "$prog" compare "$base" "$crash" --format csv --table crops
cp "$tmp/out" "$tmp/crash.csv"
# cabbage value: b = a / 2 (to the 3 decimals written), change -50 %; cabbage output unchanged
awk -F, '$1 == "crop" && $2 == "cabbage" && $4 == "value_mvnd" {
	d = $5 / 2 - $6; if (d < 0) d = -d; ok = (d < 0.002 && $8 == "-50.0000") }
	END { exit ok ? 0 : 1 }' "$tmp/crash.csv" || fail "compare crash: cabbage value not halved"
awk -F, '$1 == "crop" && $2 == "cabbage" && $4 == "output_t" { ok = ($5 == $6 && $7 + 0 == 0) }
	END { exit ok ? 0 : 1 }' "$tmp/crash.csv" || fail "compare crash: cabbage output changed"
awk -F, '$1 == "crop" && $2 == "potato" && $4 == "value_mvnd" { ok = ($7 + 0 == 0) }
	END { exit ok ? 0 : 1 }' "$tmp/crash.csv" || fail "compare crash: potato value changed"
expect_status 0 "compare json" "$prog" compare "$base" "$crash" --format json
grep -q '"meta_b": {' "$tmp/out" || fail "compare json: no meta_b"
if command -v python3 >/dev/null 2>&1; then
	python3 -m json.tool "$tmp/out" >/dev/null 2>&1 || fail "compare json does not parse"
fi

# --- -o: written atomically, not replaced without --force
expect_status 0 "ensemble -o" "$prog" ensemble --seasons 2 --format csv -o "$tmp/e.csv"
[ -s "$tmp/e.csv" ] || fail "ensemble -o wrote nothing"
[ -s "$tmp/out" ] && fail "ensemble -o also wrote to stdout"
expect_status 2 "sensitivity -o existing" "$prog" sensitivity -o "$tmp/e.csv"
grep -q 'file exists' "$tmp/err" || fail "sensitivity -o existing: no 'file exists'"
expect_status 0 "compare -o --force" "$prog" compare "$base" "$crash" -o "$tmp/e.csv" --force
grep -q 'Comparison of two scenarios\|So sánh hai kịch bản' "$tmp/e.csv" || fail "compare -o --force did not replace"

# --- bad usage: exit 2
expect_status 2 "compare one file" "$prog" compare "$base"
expect_status 2 "compare no file" "$prog" compare
expect_status 2 "compare three files" "$prog" compare "$base" "$base" "$base"
expect_status 2 "ensemble two files" "$prog" ensemble "$base" "$base"
expect_status 2 "ensemble --seasons 0" "$prog" ensemble --seasons 0
expect_status 2 "ensemble --seasons x" "$prog" ensemble --seasons x
expect_status 2 "ensemble --seed -1" "$prog" ensemble --seed -1
expect_status 2 "ensemble --table daily" "$prog" ensemble --table daily
expect_status 2 "sensitivity --step 0" "$prog" sensitivity --step 0
expect_status 2 "sensitivity --step 100" "$prog" sensitivity --step 100
expect_status 2 "sensitivity --step abc" "$prog" sensitivity --step abc
expect_status 2 "sensitivity --table crops" "$prog" sensitivity --table crops
expect_status 2 "compare --table items" "$prog" compare "$base" "$base" --table items
expect_status 2 "run --step" "$prog" run --step 5
expect_status 2 "sensitivity --seasons" "$prog" sensitivity --seasons 5
expect_status 2 "ensemble missing file" "$prog" ensemble "$tmp/nope.yaml"
expect_status 2 "compare missing second file" "$prog" compare "$base" "$tmp/nope.yaml"
grep -q 'nope.yaml' "$tmp/err" || fail "compare missing second file: not named"
expect_status 0 "--help" "$prog" --help
grep -q 'vudong ensemble' "$tmp/out" || fail "--help does not list ensemble"
grep -q 'vudong compare A.yaml B.yaml' "$tmp/out" || fail "--help does not list compare"
grep -q -- '--step PCT' "$tmp/out" || fail "--help does not list --step"

# --- every label the three reports translate has a Vietnamese entry
root=$(cd "$(dirname "$0")/../.." && pwd)
grep -ho 'tr(l, "\([^"\\]\|\\.\)*")' "$root/sim/report/report_ensemble.c" "$root/sim/report/report_ensemble_text.c" \
	"$root/sim/report/report_shock.c" "$root/sim/report/report_sensitivity.c" "$root/sim/report/report_compare.c" "$root/sim/report/report_util_text.c" |
	sed 's/^tr(l, \(".*"\))$/\1/' | sort -u > "$tmp/labels"
[ -s "$tmp/labels" ] || fail "found no tr() labels in the study reports; the scan is broken"
while IFS= read -r lit; do
	grep -qF "{ $lit, \"" "$root/sim/base/i18n_report.c" "$root/sim/base/i18n_ui.c" ||
		fail "no Vietnamese entry for $lit"
done < "$tmp/labels"

finish ensemble.sh "ensemble, sensitivity and compare OK"
