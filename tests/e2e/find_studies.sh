#!/bin/sh
# find_studies.sh - issue 15 on the study screens, in tmux at 80x24 on
# scenarios/binh-lieu-2020.yaml in Vietnamese: on the sensitivity screen / finds a parameter
# without its marks ("do nhay": "Độ nhạy với hạn") and o sorts the parameters by name in the
# Vietnamese alphabet (Giá above Mưa), O the other way round; on the risk screen (fewer
# seasons with -, the run let finish) o sorts by the median and the communes, read from the
# screen under their heading, go largest first, O smallest first, with the crops still
# above; on the compare screen (the shipped variant as B) / finds a commune typed without
# its marks ("dong van": Xã Đồng Văn), the row shown. Waits poll the screen every 0.1 s up
# to a timeout; no fixed sleeps. Usage: tests/e2e/find_studies.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"
file=$root/scenarios/binh-lieu-2020.yaml

# The screen line number of the first line starting with TEXT (0 when none).
line_no() { screen | grep -n -- "^$1" | head -n 1 | cut -d: -f1 | grep . || echo 0; }

# below A B: the row starting with A is on the screen above the row starting with B.
below() {
	la=$(line_no "$1")
	lb=$(line_no "$2")
	[ "$la" -gt 0 ] && [ "$lb" -gt 0 ] && [ "$la" -lt "$lb" ] ||
		fail "\"$1\" (line $la) is not above \"$2\" (line $lb)"
}

sensitivity() {
	keys 9
	wait_for "$(msg "Parameter")" || return 1
	# / without the marks, in any case: the parameter in the user's language.
	keys /
	wait_for "$(msg "Find:")" || return 1
	type_text "DO NHAY"
	keys Enter
	wait_for "\"DO NHAY\": $(msg "Ky (yield response)")" || return 1
	# o: by the name, A to Z in the Vietnamese alphabet; O: Z to A.
	keys o
	wait_for "$(msg "Sorted by %s, ascending" cut)$(msg "Parameter")" || return 1
	below "$(msg "Price") " "$(msg "Rain") "
	below "$(msg "Area") " "$(msg "Warming") "     # D before N (Diện tích, Nhiệt độ)
	keys O
	wait_for "$(msg "Sorted by %s, descending" cut)$(msg "Parameter")" || return 1
	below "$(msg "Rain") " "$(msg "Price") "
	below "$(msg "Warming") " "$(msg "Area") "
}

# The medians (P50, the fourth field from the end) of the commune rows: the rows under the
# "By commune" heading with a chance of failure ("4,0%") before the last field, as numbers
# ("2,60" read as 2.60, "1.234,5" as 1234.5).
commune_medians() {
	screen | awk -v head="$(msg "By commune")" '
		$0 == head || $0 ~ "^" head " " { on = 1; next }
		on && $(NF - 1) ~ /%$/ { v = $(NF - 3); gsub(/\./, "", v); sub(/,/, ".", v); print v }'
}

# The heading of the communes stays where it was (line $1) with no commune row above it.
heading_kept() {
	[ "$(line_no "$(msg "By commune")")" = "$1" ] ||
		fail "the communes' heading moved from line $1 to $(line_no "$(msg "By commune")")"
	[ "$(screen | head -n "$1" | grep -c '^\(Xã\|TT\|Thị trấn\) ')" = 0 ] ||
		fail "a commune row is above the communes' heading"
}

# sorted_by ORDER: the commune medians are in ORDER (-r: largest first), not all equal.
sorted_by() {
	commune_medians > "$tmp/medians"
	n=$(wc -l < "$tmp/medians")
	[ "$n" -ge 5 ] || { fail "found $n commune rows"; return 1; }
	sort -g ${1:-} "$tmp/medians" | cmp -s - "$tmp/medians" ||
		fail "commune medians not in order ${1:-ascending}: $(tr '\n' ' ' < "$tmp/medians")"
	[ "$(sort -u "$tmp/medians" | wc -l)" -gt 1 ] || fail "the commune medians are all equal"
}

risk() {
	keys 8
	wait_for "$(msg "Next run: %s seasons" cut)" || return 1
	keys - -    # fewer seasons: 200 to 50
	wait_for "$(msg "Next run: %s seasons" cut)50 " || return 1
	wait_for "$(msg "Up to date: run in %s s." cut)" || return 1
	wait_match "^$(msg "Value") .* 50 " || return 1
	# o: the name, then P10, then the median (largest first).
	keys o o o
	wait_for "$(msg "Sorted by %s, descending" cut)$(msg "P50")" || return 1
	keys End
	wait_for "$(msg "By commune")" || return 1
	sorted_by -r || return 1
	first_desc=$(head -n 1 "$tmp/medians")
	heading=$(line_no "$(msg "By commune")")
	heading_kept "$heading"
	keys O
	wait_for "$(msg "Sorted by %s, ascending" cut)$(msg "P50")" || return 1
	sorted_by || return 1
	heading_kept "$heading"
	[ "$(tail -n 1 "$tmp/medians")" = "$first_desc" ] ||
		fail "the largest median $first_desc is not last after O"
}

compare() {
	keys 0 Enter
	wait_for "$(msg "Compare with the scenario file:")" || return 1
	keys C-u
	type_text "$root/scenarios/more-potato-on-paddy.yaml"
	keys Enter
	wait_for "B: " || return 1
	keys /
	wait_for "$(msg "Find:")" || return 1
	keys C-u
	type_text "dong van"
	keys Enter
	wait_for "\"dong van\": " || return 1
	case $(line_with "\"dong van\": ") in
	*"Xã Đồng Văn"*) ;;
	*) fail "the status does not name Xã Đồng Văn: $(line_with "\"dong van\": ")" ;;
	esac
	wait_match '^ Xã Đồng Văn +[0-9]' || return 1
	# n: the next section's row of the same commune (output, then value).
	status1=$(line_with "\"dong van\": ")
	keys n
	wait_line "\"dong van\": " != "$status1" || return 1
}

lang=vi
nocolor=1
config="80x24 find and order on the study screens"
if start 80x24 "$file"; then
	sensitivity
	risk
	compare
	keys q
	wait_exit 0
fi

[ "$fails" -eq 0 ] || exit 1
echo "e2e: find and order on the study screens: passed"
