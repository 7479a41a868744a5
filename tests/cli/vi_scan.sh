#!/bin/sh
# vi_scan.sh - nothing a person reads in Vietnamese holds an untranslated catalogue key or an
# English id: every screen of the interface captured in tmux at 80x24 (and its help screen),
# and the Vietnamese text reports of run, ensemble, sensitivity and compare, hold none of
# `paddy`, `upland`, `seed`, `<built-in>` and no English message id of the catalogue shown
# as such (a key whose Vietnamese text differs). Diagnostics on stderr are left out: they may
# quote the file's own keys and ids. Usage: sh tests/cli/vi_scan.sh [PROGRAM]
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v tmux >/dev/null 2>&1 || { echo "vi_scan.sh: tmux is needed" >&2; exit 1; }
. "$root/tests/e2e/lib.inc"
lang=vi
nocolor=1

# Every catalogue key (an English message whose Vietnamese differs) of at least 3 words or
# 12 characters, without its printf conversions: the pieces to look for, one a line.
keys=$tmp/keys
grep -h '^	{ "' "$root/sim/base/i18n_ui.c" "$root/sim/base/i18n_report.c" |
	sed -n 's/^	{ "\(\([^"\\]\|\\.\)*\)", "\(\([^"\\]\|\\.\)*\)" },$/\1	\3/p' |
	awk -F'\t' '$1 != $2 { print $1 }' |
	sed 's/\\n/\n/g; s/%[-+ #0-9.*]*[a-z]/\n/g' | sed 's/^ *//; s/ *$//' |
	awk 'length($0) >= 12 && split($0, w, " ") >= 3' | sort -u >"$keys"
[ -s "$keys" ] || { echo "vi_scan.sh: no catalogue keys read; the scan is broken" >&2; exit 1; }

# scan WHAT FILE: the forbidden words and the English keys in FILE.
scan() {
	# a word, not part of a file name or id ("more-potato-on-paddy.yaml" is the file's name)
	for word in paddy upland seed '<built-in>'; do
		if grep -nE -- "(^|[^-/_.a-z])$word([^-/_.a-z]|\$)" "$2" >"$tmp/hit"; then
			fail "$1 shows '$word': $(head -n 2 "$tmp/hit")"
		fi
	done
	if grep -F -f "$keys" "$2" >"$tmp/hit"; then
		fail "$1 shows an English message: $(head -n 2 "$tmp/hit")"
	fi
}

# The reports.
a=$root/scenarios/binh-lieu-2020.yaml
b=$root/scenarios/cabbage-price-crash.yaml
"$prog" run --lang vi >"$tmp/run.txt" 2>/dev/null
"$prog" ensemble --lang vi --seasons 20 >"$tmp/ensemble.txt" 2>/dev/null
"$prog" sensitivity --lang vi >"$tmp/sensitivity.txt" 2>/dev/null
"$prog" compare --lang vi "$a" "$b" >"$tmp/compare.txt" 2>/dev/null
for r in run ensemble sensitivity compare; do
	[ -s "$tmp/$r.txt" ] || fail "no Vietnamese $r report"
	scan "the $r report" "$tmp/$r.txt"
done
grep -q '3\.[0-9][0-9][0-9],[0-9] tấn' "$tmp/run.txt" || fail "run: no output written as 3.xxx,x tấn"
grep -q '[0-9],[0-9][0-9] tỷ đồng' "$tmp/run.txt" || fail "run: no value written as xx,xx tỷ đồng"
grep -q 'Thời vụ: *01/09/2020 đến 30/04/2021' "$tmp/run.txt" || fail "run: the season not as 01/09/2020"
grep -q 'Đất 2 vụ lúa' "$tmp/run.txt" || fail "run: no land unit by name"

# Every screen at 80x24, then the help screen (?).
start 80x24 "$a" || { finish vi_scan.sh ""; exit 1; }
wait_for "$(msg "Outlook: %d generated seasons" cut)" || true
for k in 1 2 3 4 5 6 7 8 9 0; do
	keys "$k"
	sleep 0.3
	screen >"$tmp/screen-$k"
	scan "screen $k" "$tmp/screen-$k"
done
keys '?'
sleep 0.3
screen >"$tmp/screen-help"
scan "the help screen" "$tmp/screen-help"
keys q

if [ "$fails" -ne 0 ]; then
	echo "vi_scan.sh: $fails failure(s)"
	exit 1
fi
echo "vi_scan.sh: 4 Vietnamese reports and 11 screens at 80x24 hold no English id or untranslated message"
