#!/bin/sh
# report.sh - `vudong run` and `vudong weather` from the command line (DESIGN §5, §6): every
# format and table, the binding CSV headers, item rows that add up to the commune, crop and
# district rows, text within 80 columns, -o written atomically and never replaced without
# --force, the immature-crop error (report written, exit 2), bad usage exits 2.
# Usage: sh tests/cli/report.sh PROGRAM      (run from the top of the source tree)
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en

items_header='commune,land,crop,area_ha,irrigated_ha,sow,harvest,days,yield_potential_t_ha,f_water,f_cold,f_mgmt,yield_t_ha,output_t,et0_mm,etc_mm,eta_mm,rain_mm,irrigation_mm,value_mvnd,value_const_mvnd,cost_mvnd,profit_mvnd,labour_days,status'
district_header='area_ha,output_t,value_mvnd,value_const_mvnd,profit_mvnd,labour_days,winter_growth_pct,contribution_pp,district_growth_pct'
daily_header='date,commune,land,crop,das,gdd,stage,kc,zr_m,et0_mm,etc_mm,eta_mm,rain_mm,irrigation_mm,dr_mm,taw_mm,raw_mm,ks,tmin_c,tmax_c'
weather_header='date,tmax_c,tmin_c,rain_mm,ea_kpa,u2_m_s,ra_mj_m2,rs_mj_m2,rso_mj_m2,rn_mj_m2,et0_mm'

# --- run: the default text report on the built-in scenario, both languages, 80 columns
for lang in vi en; do
	expect_status 0 "run --lang $lang" "$prog" run --lang "$lang"
	[ -s "$tmp/out" ] || fail "run --lang $lang wrote nothing"
	grep -q 'Bình Liêu' "$tmp/out" || fail "run --lang $lang: no title"
	grep -q '^  [^ ].*: *[0-9a-f]\{16\}$' "$tmp/out" || fail "run --lang $lang: no scenario hash"
	wide=$(too_wide "$tmp/out")
	[ "$wide" = 0 ] || fail "run --lang $lang: $wide lines wider than 80 columns"
done
"$prog" run --lang vi 2>/dev/null | grep -q 'TỔNG HỢP TOÀN HUYỆN' || fail "run --lang vi: no district summary"
"$prog" run --lang vi 2>/dev/null | grep -q 'tạ/ha' || fail "run --lang vi: yields not in tạ/ha"
"$prog" run --lang en 2>/dev/null | grep -q 'DISTRICT SUMMARY' || fail "run --lang en: no district summary"

# --- every format and table
for table in items communes crops district daily; do
	expect_status 0 "run --format csv --table $table" "$prog" run --format csv --table "$table"
	cp "$tmp/out" "$tmp/$table.csv"
	head -n 1 "$tmp/$table.csv" | grep -q '^# vudong ' || fail "csv $table: no provenance line first"
	grep -q '^# scenario_hash: [0-9a-f]\{16\}$' "$tmp/$table.csv" || fail "csv $table: no hash"
	grep -q '^# weather: ' "$tmp/$table.csv" || fail "csv $table: no weather source"
	expect_status 0 "run --format json --table $table" "$prog" run --format json --table "$table"
	head -c 1 "$tmp/out" | grep -q '{' || fail "json $table: not an object"
	grep -q '"meta": {' "$tmp/out" || fail "json $table: no meta"
	grep -q "\"table\": \"$table\"" "$tmp/out" || fail "json $table: no table name"
	grep -q '"warnings": \[' "$tmp/out" || fail "json $table: no warnings array"
	if grep -qi 'nan\|inf[^o]' "$tmp/out"; then fail "json $table: NaN or infinity written"; fi
done
[ "$(header_of "$tmp/items.csv")" = "$items_header" ] || fail "items header: $(header_of "$tmp/items.csv")"
[ "$(header_of "$tmp/district.csv")" = "$district_header" ] || fail "district header: $(header_of "$tmp/district.csv")"
[ "$(header_of "$tmp/daily.csv")" = "$daily_header" ] || fail "daily header: $(header_of "$tmp/daily.csv")"
header_of "$tmp/communes.csv" | grep -q '^commune,area_ha,' || fail "communes header"
header_of "$tmp/crops.csv" | grep -q '^crop,area_ha,' || fail "crops header"
expect_status 0 "run --table daily (text)" "$prog" run --table daily --lang en
grep -q 'DAILY WATER BALANCE' "$tmp/out" || fail "text daily: no daily section"
expect_status 0 "run --format csv (items by default)" "$prog" run --format csv
[ "$(header_of "$tmp/out")" = "$items_header" ] || fail "csv without --table is not the items table"

# --- the item rows add up to the commune, crop and district rows (sum of rounded cells:
# tolerance 0.05 per item on labour days, 0.0005 on the others)
sums_agree() { # table key-column
	grep -v '^#' "$tmp/items.csv" > "$tmp/i.csv"
	grep -v '^#' "$tmp/$1.csv" > "$tmp/g.csv"
	awk -F, -v key="$2" '
		FNR == 1 { for (i = 1; i <= NF; i++) col[FILENAME, $i] = i; next }
		FILENAME ~ /i\.csv$/ {
			k = key == "" ? "all" : $(col[FILENAME, key]); n[k]++
			for (c in want) sum[k, want[c]] += $(col[FILENAME, want[c]])
			next
		}
		{
			k = key == "" ? "all" : $(col[FILENAME, key]); seen++
			for (c in want) {
				d = $(col[FILENAME, want[c]]) - sum[k, want[c]]
				if (d < 0) d = -d
				if (d > 0.06 * n[k] + 1e-6) { printf "%s %s: %s vs items %s\n", k, want[c], $(col[FILENAME, want[c]]), sum[k, want[c]]; bad++ }
			}
		}
		BEGIN { split("area_ha output_t value_mvnd value_const_mvnd profit_mvnd labour_days", want, " ") }
		END { if (!seen) { print "no rows"; bad++ } exit bad > 0 }
	' "$tmp/i.csv" "$tmp/g.csv" || fail "$1 rows do not add up to the item rows"
}
sums_agree communes commune
sums_agree crops crop
sums_agree district ""

# --- -o: atomic, refuses to replace without --force
out="$tmp/report.csv"
expect_status 0 "run -o" "$prog" run --format csv -o "$out"
[ -s "$out" ] || fail "-o wrote nothing"
[ -s "$tmp/out" ] && fail "-o also wrote to stdout"
[ "$(header_of "$out")" = "$items_header" ] || fail "-o file has the wrong header"
echo "keep me" > "$out"
expect_status 2 "run -o existing file without --force" "$prog" run --format csv -o "$out"
[ "$(cat "$out")" = "keep me" ] || fail "-o replaced a file without --force"
grep -q 'force' "$tmp/err" || fail "-o refusal does not mention --force"
expect_status 0 "run -o existing file with --force" "$prog" run --format csv -o "$out" --force
[ "$(header_of "$out")" = "$items_header" ] || fail "--force did not replace the file"
ls "$tmp" | grep -q '\.tmp' && fail "a temporary file was left behind"
expect_status 1 "run -o into a missing directory" "$prog" run -o "$tmp/no/such/dir/r.txt"

# --- the weather ends before a crop matures: the report is written, the status is 2
cat > "$tmp/short.yaml" <<EOF
format: vudong/1
extends: $PWD/scenarios/binh-lieu-2020.yaml
season: {start: 2020-09-01, end: 2020-12-31}
EOF
expect_status 2 "run with immature crops" "$prog" run "$tmp/short.yaml" --format csv
grep -q '^# error: immature: ' "$tmp/out" || fail "immature: no error line in the report"
[ "$(header_of "$tmp/out")" = "$items_header" ] || fail "immature: report not written"
grep -q 'binh-lieu-2020.yaml:[0-9]*:[0-9]*: error: .*\[immature\]' "$tmp/err" || fail "immature: no FILE:LINE:COL error on stderr"

# --- weather
expect_status 0 "weather --format csv" "$prog" weather --format csv
[ "$(header_of "$tmp/out")" = "$weather_header" ] || fail "weather header: $(header_of "$tmp/out")"
grep -v '^#' "$tmp/out" | sed -n 2p | grep -q '^[0-9-]*,.*,[0-9]*\.[0-9][0-9][0-9]$' || fail "weather: et0 not with three decimals"
rows=$(grep -v '^#' "$tmp/out" | wc -l)
[ "$rows" -gt 100 ] || fail "weather: only $rows lines"
expect_status 0 "weather (text)" "$prog" weather
grep -q 'ET0' "$tmp/out" || fail "weather text: no ET0 column"
expect_status 0 "weather --format json" "$prog" weather --format json
grep -q '"et0_mm": ' "$tmp/out" || fail "weather json: no et0_mm"
for f in scenarios/*.yaml; do
	expect_status 0 "run $f" "$prog" run "$f" --format csv
	expect_status 0 "weather $f" "$prog" weather "$f" --format csv
done

# --- bad usage and bad input
expect_status 2 "run --table bogus" "$prog" run --table bogus
expect_status 2 "run --format xml" "$prog" run --format xml
expect_status 2 "weather --table items" "$prog" weather --table items
expect_status 2 "run a missing file" "$prog" run "$tmp/nope.yaml"
grep -q 'nope.yaml' "$tmp/err" || fail "missing file not named"
expect_status 2 "run two files" "$prog" run scenarios/binh-lieu-2020.yaml scenarios/binh-lieu-2020.yaml

finish report.sh "ok"
