#!/bin/sh
# seasons.sh - several seasons from the command line (DESIGN §5, §6; issue 11): `vudong weather
# --seed S | --seasons N | --record [--years A-B]` with a `season` column first in CSV (the
# seed, or the year the winter starts), `vudong ensemble --record` (one season per winter of
# the station record) and `--table seasons` (binding columns), the replayed months against the
# record's own values, the same output run after run, and the option rules (exit 2).
# Usage: sh tests/cli/seasons.sh PROGRAM      (run from the top of the source tree)
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en

weather_header='season,date,tmax_c,tmin_c,rain_mm,ea_kpa,u2_m_s,ra_mj_m2,rs_mj_m2,rso_mj_m2,rn_mj_m2,et0_mm'
seasons_header='season,year,output_t,value_const_mvnd,cold_loss_pct,water_loss_pct'

# --- weather: one season with a seed, N seasons, the record's winters
expect_status 0 "weather --seed 7" "$prog" weather --seed 7 --format csv
[ "$(header_of "$tmp/out")" = "$weather_header" ] || fail "weather --seed: header $(header_of "$tmp/out")"
[ "$(grep -v '^#' "$tmp/out" | tail -n +2 | cut -d, -f1 | sort -u)" = 7 ] || fail "weather --seed 7: season not 7"
cp "$tmp/out" "$tmp/seed7.csv"
expect_status 0 "weather --seasons 3 --seed 7" "$prog" weather --seasons 3 --seed 7 --format csv
[ "$(grep -v '^#' "$tmp/out" | tail -n +2 | cut -d, -f1 | uniq | tr '\n' ' ')" = "7 8 9 " ] ||
	fail "weather --seasons 3 --seed 7: seasons not 7 8 9"
# Season 7 of the three is the one season of --seed 7, day for day.
grep '^7,' "$tmp/out" > "$tmp/a"
grep '^7,' "$tmp/seed7.csv" > "$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || fail "weather: season 7 differs between --seed 7 and --seasons 3 --seed 7"
expect_status 0 "weather --seasons 2 json" "$prog" weather --seasons 2 --format json
grep -q '"season": 2021' "$tmp/out" || fail "weather --seasons 2 json: no season 2021"
expect_status 0 "weather --seasons 2 text" "$prog" weather --seasons 2 --lang en
[ "$(too_wide "$tmp/out")" = 0 ] || fail "weather --seasons text: lines wider than 80 columns"

expect_status 0 "weather --record --years 2007-2010" "$prog" weather --record --years 2007-2010 --format csv
[ "$(grep -v '^#' "$tmp/out" | tail -n +2 | cut -d, -f1 | uniq | tr '\n' ' ')" = "2007 2008 2009 2010 " ] ||
	fail "weather --record --years 2007-2010: seasons not 2007..2010"
# January 2008 (the 38-day cold spell) as replayed against the Lạng Sơn record's own month:
# Tmax, Tmin within 0.1 °C, rain within 2 %.
rec=$(grep '^2008,1,' scenarios/stations/langson.csv)
grep '^2007,2008-01-' "$tmp/out" | awk -F, -v rec="$rec" '
	{ x += $3; n += $4; r += $5; d++ }
	END {
		split(rec, m, ",")
		if (d != 31) { print "days " d; exit 1 }
		if (x / d - m[4] > 0.1 || m[4] - x / d > 0.1) { print "tmax " x / d " vs " m[4]; exit 1 }
		if (n / d - m[5] > 0.1 || m[5] - n / d > 0.1) { print "tmin " n / d " vs " m[5]; exit 1 }
		if (m[6] > 0 && (r / m[6] > 1.02 || r / m[6] < 0.98)) { print "rain " r " vs " m[6]; exit 1 }
	}' > "$tmp/jan" || fail "weather --record: January 2008 is not the record's: $(cat "$tmp/jan")"
expect_status 0 "weather --record again" "$prog" weather --record --years 2007-2010 --format csv
grep -v '^#' "$tmp/out" > "$tmp/a"
"$prog" weather --record --years 2007-2010 --format csv 2>/dev/null | grep -v '^#' > "$tmp/b"
cmp -s "$tmp/a" "$tmp/b" || fail "weather --record: not the same run after run"

# --- ensemble --record and --table seasons
expect_status 0 "ensemble --record --table seasons" "$prog" ensemble --record --table seasons --format csv
[ "$(header_of "$tmp/out")" = "$seasons_header" ] || fail "ensemble --table seasons: header $(header_of "$tmp/out")"
rows=$(grep -v '^#' "$tmp/out" | tail -n +2 | wc -l)
# The built-in season (1 September - 30 April) in every winter of 1961-2015 the record holds
# whole: 1961-62 … 2014-15, 54 winters.
[ "$rows" -eq 54 ] || fail "ensemble --record: $rows seasons, not 54"
grep -v '^#' "$tmp/out" | tail -n +2 | awk -F, '$1 != $2 || $5 < 0 || $5 > 100 || $6 < 0 || $6 > 100 { bad++ } END { exit bad > 0 }' ||
	fail "ensemble --record --table seasons: a season not its year, or a loss outside 0..100 %"
expect_status 0 "ensemble --record --years" "$prog" ensemble --record --years 2000-2004 --format csv
grep -q '^# years: 2000 to 2004$' "$tmp/out" || fail "ensemble --record --years 2000-2004: $(grep '^# years' "$tmp/out")"
expect_status 0 "ensemble --table seasons generated" "$prog" ensemble --seasons 5 --seed 3 --table seasons --format json
grep -q '"season": 7' "$tmp/out" || fail "ensemble --table seasons json: no season 7 (seeds 3..7)"
[ "$(grep -c '"cold_loss_pct"' "$tmp/out")" -eq 5 ] || fail "ensemble --table seasons json: not 5 rows"

# --- option rules
expect_status 2 "--years without --record" "$prog" weather --lang en --years 2000-2001
grep -q -- "--years needs --record" "$tmp/err" || fail "--years without --record: $(cat "$tmp/err")"
expect_status 2 "--record with --seasons" "$prog" ensemble --record --seasons 5
expect_status 2 "--record with --seed" "$prog" weather --record --seed 5
expect_status 2 "--record for run" "$prog" run --record
expect_status 2 "--seed for run" "$prog" run --seed 3
expect_status 2 "--table seasons for run" "$prog" run --table seasons
expect_status 2 "bad --years" "$prog" weather --record --years 2010-2000
expect_status 2 "--record without a station" "$prog" ensemble tests/extreme/flat-temperature.yaml --record
grep -q "needs a station record" "$tmp/err" || fail "--record without a station: $(cat "$tmp/err")"
expect_status 2 "--record, no winter in the years" "$prog" weather --record --years 1900-1950
grep -q "no whole season" "$tmp/err" || fail "--record 1900-1950: $(cat "$tmp/err")"

finish seasons.sh "seasons, record replay and --table seasons OK"
