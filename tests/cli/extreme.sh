#!/bin/sh
# extreme.sh - extreme but valid inputs, the scenarios of tests/extreme/ (each says
# at its top what it tests and the figures worked by hand): 0 ha plan items, a 100,000 ha
# item, a one-day season, a season of a full year (366 and 365 days), Tmin = Tmax all season
# (observed days and normals). Each is accepted by `vudong check`; `run` in every format and
# table, `weather`, `ensemble` and `sensitivity` in every format give finite numbers (the
# scanner of finite.inc) and no sanitizer report; and the figures below match the hand
# calculations written in the scenario files.
# Usage: sh tests/cli/extreme.sh PROGRAM      (run from the top of the source tree)
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en
. "$(dirname "$0")/finite.inc"
dir=tests/extreme

# csv_col FILE COLUMN: that column of every data row of a CSV report, one a line.
csv_col() {
	grep -v '^#' "$1" | awk -F, -v want="$2" '
		NR == 1 { for (i = 1; i <= NF; i++) if ($i == want) c = i; next }
		c { print $c }
		END { if (!c) print "no column " want }'
}
# expect_col WHAT FILE COLUMN VALUES: the column, joined by spaces, must be VALUES.
expect_col() {
	got=$(csv_col "$2" "$3" | tr '\n' ' ' | sed 's/ $//')
	[ "$got" = "$4" ] || fail "$1: $3 is '$got', expected '$4'"
}
# run_csv NAME TABLE [STATUS]: `run` of tests/extreme/NAME.yaml as CSV into $tmp/NAME-TABLE.csv.
run_csv() {
	expect_status "${3:-0}" "run $1 --table $2" "$prog" run "$dir/$1.yaml" --format csv --table "$2"
	cp "$tmp/out" "$tmp/$1-$2.csv"
}

# --- every extreme scenario: check loads it without an error (values outside the usual
# ranges are warnings; check runs the season, so the one-day season's immature crop is the
# error `run` reports too); every report is finite
for f in "$dir"/*.yaml; do
	name=$(basename "$f" .yaml)
	status=0
	[ "$name" = one-day ] && status=2   # an immature crop is an error (DESIGN §3.5)
	expect_status $status "check $f" "$prog" --lang en check "$f"
	grep -v ': warning: ' "$tmp/err" | grep -v '\[immature\]' | grep -q . &&
		fail "check $f: diagnostics: $(grep -v ': warning: ' "$tmp/err" | head -1)"
	for fmt in text csv json; do
		mode=data
		[ "$fmt" = text ] && mode=text
		for table in items communes crops district daily; do
			expect_status $status "run $f --format $fmt --table $table" \
				"$prog" run "$f" --format "$fmt" --table "$table" --lang en
			scan_finite "$tmp/out" $mode "run $f --format $fmt --table $table"
			no_sanitizer "run $f --format $fmt --table $table"
		done
		expect_status 0 "weather $f --format $fmt" "$prog" weather "$f" --format "$fmt"
		scan_finite "$tmp/out" $mode "weather $f --format $fmt"
		no_sanitizer "weather $f --format $fmt"
		expect_status 0 "ensemble $f --format $fmt" "$prog" ensemble "$f" --format "$fmt" --seasons 5
		scan_finite "$tmp/out" $mode "ensemble $f --format $fmt"
		no_sanitizer "ensemble $f --format $fmt"
		expect_status 0 "sensitivity $f --format $fmt" "$prog" sensitivity "$f" --format "$fmt"
		scan_finite "$tmp/out" $mode "sensitivity $f --format $fmt"
		no_sanitizer "sensitivity $f --format $fmt"
		expect_status 0 "compare $f base --format $fmt" "$prog" compare "$f" "$dir/base.yaml" --format "$fmt"
		scan_finite "$tmp/out" $mode "compare $f base --format $fmt"
		no_sanitizer "compare $f base --format $fmt"
	done
done

# --- base (the hand calculation in base.yaml)
run_csv base district
[ "$(grep -v '^#' "$tmp/base-district.csv" | sed -n 2p)" = \
  "10.000,180.000,1260.000,900.000,610.000,3000.0,-95.5000,-0.9550,8.9450" ] ||
	fail "base: district row $(grep -v '^#' "$tmp/base-district.csv" | sed -n 2p)"

# --- 0 ha: output 0, yields per ha of the items 18, group yields blank / null, growth −100 %
run_csv zero-area items
expect_col "0 ha items" "$tmp/zero-area-items.csv" area_ha "0.000 0.000"
expect_col "0 ha items" "$tmp/zero-area-items.csv" yield_t_ha "18.000 18.000"
expect_col "0 ha items" "$tmp/zero-area-items.csv" output_t "0.000 0.000"
expect_col "0 ha items" "$tmp/zero-area-items.csv" value_mvnd "0.000 0.000"
expect_col "0 ha items" "$tmp/zero-area-items.csv" cost_mvnd "0.000 0.000"
expect_col "0 ha items" "$tmp/zero-area-items.csv" labour_days "0.0 0.0"
expect_col "0 ha items" "$tmp/zero-area-items.csv" status "ok ok"
run_csv zero-area communes
expect_col "0 ha communes" "$tmp/zero-area-communes.csv" yield_t_ha ""
expect_col "0 ha communes" "$tmp/zero-area-communes.csv" land_use_coefficient "2.0000"
run_csv zero-area crops
expect_col "0 ha crops" "$tmp/zero-area-crops.csv" yield_t_ha ""
run_csv zero-area district
expect_col "0 ha district" "$tmp/zero-area-district.csv" output_t "0.000"
expect_col "0 ha district" "$tmp/zero-area-district.csv" winter_growth_pct "-100.0000"
expect_col "0 ha district" "$tmp/zero-area-district.csv" contribution_pp "-1.0000"
expect_col "0 ha district" "$tmp/zero-area-district.csv" district_growth_pct "8.9000"
expect_status 0 "run zero-area json crops" "$prog" run "$dir/zero-area.yaml" --format json --table crops
grep -q '"yield_t_ha": null' "$tmp/out" || fail "0 ha json: the crop's yield is not null"
expect_status 0 "run zero-area text" "$prog" run "$dir/zero-area.yaml" --lang en
grep -q '^District total  *0\.0  *-  *0\.0' "$tmp/out" || fail "0 ha text: district yield not shown as '-'"
expect_status 0 "ensemble zero-area" "$prog" ensemble "$dir/zero-area.yaml" --format csv --seasons 5
# a crop of 0 ha has no yield: its row is left out or left blank, never a number
if grep '^crop,potato,[^,]*,yield_t_ha,' "$tmp/out" | grep -qv ',yield_t_ha,,,,,,,$'; then
	fail "0 ha ensemble: crop yield given: $(grep '^crop,potato,[^,]*,yield_t_ha,' "$tmp/out")"
fi
grep -q '^district,,,output_t,0.000,0.000,' "$tmp/out" || fail "0 ha ensemble: district output not 0"
expect_status 0 "sensitivity zero-area" "$prog" sensitivity "$dir/zero-area.yaml" --format csv
cp "$tmp/out" "$tmp/zero-sens.csv"
expect_col "0 ha sensitivity" "$tmp/zero-sens.csv" value_high_change_pct "        "
# Nothing grown: every run's contribution is (0 − prev) / district = −1 pp, but the run with
# the previous winter's output × 1.1, −1.1 pp (its swing of 0.2 pp ranks it first).
expect_col "0 ha sensitivity" "$tmp/zero-sens.csv" contribution_high_pp \
	"-1.0000 -1.1000 -1.0000 -1.0000 -1.0000 -1.0000 -1.0000 -1.0000 -1.0000"
expect_status 0 "compare zero-area base" "$prog" compare "$dir/zero-area.yaml" "$dir/base.yaml" --format csv
grep -q '^district,,,output_t,0.000,180.000,180.000,$' "$tmp/out" || fail "0 ha compare: output row not 0 → 180 with no change %"

# --- 100,000 ha: exact figures, no land or labour warning
run_csv huge-area district
expect_col "100,000 ha" "$tmp/huge-area-district.csv" area_ha "100000.000"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" output_t "1800000.000"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" value_mvnd "12600000.000"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" value_const_mvnd "9000000.000"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" profit_mvnd "6100000.000"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" labour_days "30000000.0"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" winter_growth_pct "44900.0000"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" contribution_pp "449.0000"
expect_col "100,000 ha" "$tmp/huge-area-district.csv" district_growth_pct "458.9000"
grep -q '^# warning' "$tmp/huge-area-district.csv" && fail "100,000 ha: a warning: $(grep '^# warning' "$tmp/huge-area-district.csv")"
run_csv huge-area communes
expect_col "100,000 ha" "$tmp/huge-area-communes.csv" land_use_coefficient "3.0000"

# --- one day: the potato is immature (error, exit 2, report written), the flash crop matures
run_csv one-day items 2
grep -q 'one-day.yaml:[0-9]*:[0-9]*: error: .*\[immature\]' "$tmp/err" || fail "one day: no immature error on stderr"
expect_col "one day" "$tmp/one-day-items.csv" crop "potato flash"
expect_col "one day" "$tmp/one-day-items.csv" harvest " 2020-10-25"
expect_col "one day" "$tmp/one-day-items.csv" days " 1"
expect_col "one day" "$tmp/one-day-items.csv" yield_t_ha "0.000 20.000"
expect_col "one day" "$tmp/one-day-items.csv" output_t "0.000 40.000"
expect_col "one day" "$tmp/one-day-items.csv" status "immature ok"
expect_status 0 "weather one-day" "$prog" weather "$dir/one-day.yaml" --format csv
[ "$(grep -v '^#' "$tmp/out" | tail -n +2 | cut -d, -f1)" = 2020-10-25 ] || fail "one day: weather is not the one day"
expect_status 0 "ensemble one-day" "$prog" ensemble "$dir/one-day.yaml" --format csv --seasons 5
grep -q '^crop,potato,[^,]*,p_failure,1.0000,' "$tmp/out" || fail "one day ensemble: the potato does not fail in every season"
grep -q 'does not mature' "$tmp/err" || fail "one day ensemble: no warning that a crop does not mature"

# --- a full year: 366 days (leap 2020), every crop matures; 365 days (2021); 367 refused
expect_status 0 "weather full-year" "$prog" weather "$dir/full-year.yaml" --format csv
[ "$(grep -v '^#' "$tmp/out" | tail -n +2 | wc -l)" -eq 366 ] || fail "full year: not 366 weather days"
run_csv full-year items
expect_col "full year" "$tmp/full-year-items.csv" harvest "2020-05-03 2020-12-24 2020-12-26"
expect_col "full year" "$tmp/full-year-items.csv" days "115 115 360"
expect_col "full year" "$tmp/full-year-items.csv" yield_t_ha "18.000 18.000 18.000"
expect_col "full year" "$tmp/full-year-items.csv" status "ok ok ok"
grep -q '^# warning' "$tmp/full-year-items.csv" && fail "full year: a warning: $(grep '^# warning' "$tmp/full-year-items.csv")"
run_csv full-year district
expect_col "full year" "$tmp/full-year-district.csv" output_t "198.000"
cat > "$tmp/year-365.yaml" <<EOT
format: vudong/1
extends: $PWD/$dir/full-year.yaml
season: {start: 2021-01-01, end: 2021-12-31}
communes:
  - id: c1
    land:
      - {id: paddy, free_from: 2021-01-01, free_until: 2021-12-31}
    plan:
      - {crop: year, land: paddy, area_ha: 1, sow: 2021-01-02, irrigation: none}
EOT
expect_status 0 "check a 365-day season" "$prog" check "$tmp/year-365.yaml"
expect_status 0 "run a 365-day season" "$prog" run "$tmp/year-365.yaml" --format csv
expect_col "365 days" "$tmp/out" harvest "2021-12-27"
scan_finite "$tmp/out" data "run a 365-day season"
sed 's/end: 2021-12-31}/end: 2022-01-02}/' "$tmp/year-365.yaml" > "$tmp/year-367.yaml"
expect_status 2 "check a 367-day season" "$prog" check "$tmp/year-367.yaml"
grep -q 'at most 366' "$tmp/err" || fail "367 days: no 'at most 366' diagnostic"

# --- Tmin = Tmax, observed: Rs 0 (eq. 50), Rn = −Rnl = −0.292 MJ/m² (eq. 39 with Rs/Rso held
# at 0.3: 4.903e-9 × 288.16⁴ × (0.34 − 0.14 √1.7054) × (1.35 × 0.3 − 0.35) = 0.2922), ET0 0
expect_status 0 "weather flat-temperature" "$prog" weather "$dir/flat-temperature.yaml" --format csv
cp "$tmp/out" "$tmp/flat-weather.csv"
expect_col "Tmin = Tmax" "$tmp/flat-weather.csv" rs_mj_m2 "$(printf '0.000 %.0s' 1 2 3 4 5 6 7 8 9 10 | sed 's/ $//')"
expect_col "Tmin = Tmax" "$tmp/flat-weather.csv" rn_mj_m2 "$(printf -- '-0.292 %.0s' 1 2 3 4 5 6 7 8 9 10 | sed 's/ $//')"
expect_col "Tmin = Tmax" "$tmp/flat-weather.csv" et0_mm "$(printf '0.000 %.0s' 1 2 3 4 5 6 7 8 9 10 | sed 's/ $//')"
run_csv flat-temperature items
expect_col "Tmin = Tmax" "$tmp/flat-temperature-items.csv" harvest "2020-10-10"
expect_col "Tmin = Tmax" "$tmp/flat-temperature-items.csv" etc_mm "0.00"
expect_col "Tmin = Tmax" "$tmp/flat-temperature-items.csv" f_water "1.0000"
expect_col "Tmin = Tmax" "$tmp/flat-temperature-items.csv" output_t "60.000"
expect_col "Tmin = Tmax" "$tmp/flat-temperature-items.csv" status "ok"

# --- Tmin = Tmax in the normals: every generated day keeps Tmax − Tmin ≥ 1 °C
expect_status 0 "weather flat-normals" "$prog" weather "$dir/flat-normals.yaml" --format csv
narrow=$(grep -v '^#' "$tmp/out" | tail -n +2 | awk -F, '$2 - $3 < 0.99 { n++ } END { print n + 0 }')
[ "$narrow" = 0 ] || fail "Tmin = Tmax normals: $narrow generated days with a range below 1 °C"
run_csv flat-normals district
expect_col "Tmin = Tmax normals" "$tmp/flat-normals-district.csv" output_t "180.000"

finish extreme.sh "ok ($(ls "$dir"/*.yaml | wc -l) extreme scenarios)"
