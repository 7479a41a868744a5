#!/bin/sh
# weather_only.sh - `vudong weather` runs on a file holding only format, site, season and
# weather (the FAO-56 examples of tests/fao56/, as written), with the ET0 and radiation terms
# FAO prints (docs/reference.md §4); `check` and `run` still ask for soils, crops and communes.
# Usage: sh tests/cli/weather_only.sh PROGRAM
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en

# near FILE COLUMN EXPECTED TOLERANCE WHAT: the first data row's COLUMN (weather CSV).
near() {
	got=$(grep -v '^#' "$1" | awk -F, -v col="$2" '
		NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next }
		NR == 2 && c { print $c }')
	if [ -z "$got" ]; then
		fail "$5: no $2 column"
	elif ! awk -v g="$got" -v e="$3" -v t="$4" 'BEGIN { d = g - e; if (d < 0) d = -d; exit !(d <= t) }'; then
		fail "$5: $2 = $got, expected $3 ± $4"
	fi
}

# FAO-56 Example 18, Uccle, 6 July (daily data, G = 0). FAO prints ET0 3.9 (its intermediate
# values give 3.88), Ra 41.09, Rs 22.07, Rso 30.90, Rn 13.28, u2 2.078, ea 1.409.
ex18=tests/fao56/example-18-uccle.yaml
expect_status 0 "weather $ex18" "$prog" weather --format csv "$ex18"
cp "$tmp/out" "$tmp/ex18.csv"
[ -s "$tmp/err" ] && fail "weather $ex18 printed diagnostics: $(head -3 "$tmp/err")"
near "$tmp/ex18.csv" et0_mm 3.9 0.05 "Example 18"
near "$tmp/ex18.csv" et0_mm 3.88 0.005 "Example 18"
near "$tmp/ex18.csv" ra_mj_m2 41.09 0.005 "Example 18"
near "$tmp/ex18.csv" rs_mj_m2 22.07 0.005 "Example 18"
near "$tmp/ex18.csv" rso_mj_m2 30.90 0.005 "Example 18"
near "$tmp/ex18.csv" rn_mj_m2 13.28 0.005 "Example 18"
near "$tmp/ex18.csv" u2_m_s 2.078 0.0005 "Example 18"
near "$tmp/ex18.csv" ea_kpa 1.409 0.0005 "Example 18"

# FAO-56 Example 17, Bangkok in April, as one day. Ra 38.06, Rs 22.65, Rso 28.54 and Rn 14.33
# do not depend on G. FAO's ET0 5.72 takes the monthly G = 0.14 (eq. 43: 0.14 × (30.2 − 29.2));
# the daily form (G = 0) adds 0.408 Δ G / (Δ + γ (1 + 0.34 u2)) = 0.408 × 0.246 × 0.14 /
# (0.246 + 0.0674 × 1.68) = 0.039 (hand calculation), so 5.72 + 0.039 = 5.759 ± 0.01.
ex17=tests/fao56/example-17-bangkok.yaml
expect_status 0 "weather $ex17" "$prog" weather --format csv "$ex17"
cp "$tmp/out" "$tmp/ex17.csv"
near "$tmp/ex17.csv" ra_mj_m2 38.06 0.005 "Example 17"
near "$tmp/ex17.csv" rs_mj_m2 22.65 0.005 "Example 17"
near "$tmp/ex17.csv" rso_mj_m2 28.54 0.01 "Example 17"
near "$tmp/ex17.csv" rn_mj_m2 14.33 0.01 "Example 17"
near "$tmp/ex17.csv" et0_mm 5.759 0.01 "Example 17"

# The text report works too, and says 3.9 mm for the season.
expect_status 0 "weather text $ex18" "$prog" weather --lang en "$ex18"
grep -q "ET0 3.9 mm" "$tmp/out" || fail "weather text: no 'ET0 3.9 mm' in the season line"

# A season run still needs the rest: check and run name each missing section, exit 2.
for cmd in check run; do
	expect_status 2 "$cmd $ex18" "$prog" "$cmd" "$ex18"
	for key in soils crops communes; do
		grep -q "the scenario is missing required key '$key'" "$tmp/err" ||
			fail "$cmd $ex18 does not ask for '$key': $(head -3 "$tmp/err")"
	done
done

# Weather-only still needs the weather (and site and season).
grep -v -e '^weather:' -e '^  ' "$ex18" > "$tmp/no-weather.yaml"
expect_status 2 "weather without weather" "$prog" weather "$tmp/no-weather.yaml"
grep -q "missing required key 'weather'" "$tmp/err" || fail "no weather: $(head -3 "$tmp/err")"
grep -v '^site:' "$ex18" > "$tmp/no-site.yaml"
expect_status 2 "weather without site" "$prog" weather "$tmp/no-site.yaml"
grep -q "missing required key 'site'" "$tmp/err" || fail "no site: $(head -3 "$tmp/err")"
# Sections that are given are still checked.
{ cat "$ex18"; echo "soils: [{id: s, theta_fc: 0.1, theta_wp: 0.2}]"; } > "$tmp/bad-soil.yaml"
expect_status 2 "weather with a bad soil" "$prog" weather "$tmp/bad-soil.yaml"

# Several seasons too: the built-in's format, site, season and weather alone (its generator
# on the Lạng Sơn record), two generated seasons and one winter of the record replayed.
"$prog" scenario | awk '/^soils:/ { exit } { print }' > "$tmp/gen-only.yaml"
expect_status 0 "weather --seasons 2 on a weather-only file" "$prog" weather --format csv \
	--seasons 2 "$tmp/gen-only.yaml"
[ "$(grep -v '^#' "$tmp/out" | cut -d, -f1 | sort -u | grep -c '^20')" = 2 ] ||
	fail "weather --seasons 2: not two seasons: $(grep -v '^#' "$tmp/out" | cut -d, -f1 | sort -u | head -3)"
expect_status 0 "weather --record on a weather-only file" "$prog" weather --format csv \
	--record --years 2000-2000 "$tmp/gen-only.yaml"

finish weather_only.sh "weather-only files OK (FAO-56 Examples 17 and 18)"
