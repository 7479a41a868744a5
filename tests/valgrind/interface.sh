#!/bin/sh
# interface.sh - the scripted interface session under valgrind memcheck, on every shipped
# scenario (copies, in a scratch folder): the program runs under valgrind in a detached tmux
# session (tests/e2e/lib.inc), visits every screen (the keys 1-9 and 0, Tab and Shift-Tab,
# each followed by Escape; a key with no screen changes nothing and is passed over), compares
# with another shipped scenario on the compare screen, edits an area on the plan screen,
# undoes it, makes another edit, exports a text and a CSV report, and quits through the
# unsaved-edits question (cancel, then save). The memcheck log must then show no errors and
# nothing definitely or indirectly lost; one line per scenario with the counts. Valgrind
# makes the program some 30 times slower, so waits are long (E2E_TIMEOUT, default 120 s).
# Not part of `make test`; `make valgrind` runs it.
# Usage (from the repository root): tests/valgrind/interface.sh PROGRAM
set -u
real=${1:?usage: tests/valgrind/interface.sh PROGRAM}
case $real in /*) ;; *) real=$(pwd)/$real ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$real" ] || { echo "valgrind interface: no program at $real" >&2; exit 1; }
for tool in tmux valgrind; do
	command -v $tool >/dev/null 2>&1 || { echo "valgrind interface: $tool is needed" >&2; exit 1; }
done

E2E_TIMEOUT=${E2E_TIMEOUT:-120}
# shellcheck source=tests/e2e/lib.inc
. "$root/tests/e2e/lib.inc"
# shellcheck source=tests/valgrind/lib.inc
. "$root/tests/valgrind/lib.inc"
prog=$tmp/vudong-under-valgrind

# settle KEY: presses KEY, waits until the screen changes, then until it stays the same for
# half a second. A key with nothing to show changes nothing in 5 s: status 2.
settle() {
	before=$(screen)
	keys "$1"
	i=0
	while [ "$(screen)" = "$before" ]; do
		[ -e "$tmp/exit" ] && { fail "the program exited after key $1"; return 1; }
		[ $i -ge 50 ] && return 2
		sleep 0.1
		i=$((i + 1))
	done
	steady "$1"
}

# steady WHAT: until the screen stays the same for half a second.
steady() {
	prev=""
	i=0
	while [ $i -lt $((TIMEOUT * 2)) ]; do
		cur=$(screen)
		[ "$cur" = "$prev" ] && return 0
		prev=$cur
		sleep 0.5
		i=$((i + 1))
	done
	fail "the screen kept changing after $1"
}

# session SCENARIO: the whole session on one scenario; its memcheck log is $tmp/vg-NAME.log.
session() {
	file=$1
	out=$(msg "Output (tonnes)")
	marker=$(msg "[modified]")
	start 80x24 "$file" || return 1
	wait_for "$out" || return 1

	# Escape after each screen closes whatever question a screen may open (and stops a
	# seasons run still going, which is one more path for memcheck to see).
	for k in 1 2 3 4 5 6 7 8 9 0 Tab BTab 1; do
		settle "$k"
		case $? in
		0) keys Escape; steady Escape || return 1 ;;
		1) return 1 ;;
		esac
	done
	wait_for "$out" || return 1

	# The compare screen with another shipped scenario as B.
	other=$tmp/scenarios/binh-lieu-2020.yaml
	[ "$file" = "$other" ] && other=$tmp/scenarios/more-potato-on-paddy.yaml
	keys 0
	keys Enter
	wait_for "$(msg "Compare with the scenario file:")" || return 1
	keys C-u
	type_text "$other"
	keys Enter
	wait_for "$(msg "Comparing with %s" cut)" || return 1
	steady "the comparison" || return 1
	keys 1
	wait_for "$out" || return 1

	# Edit the first plan item's area, undo it, then leave an unsaved edit.
	keys 2
	wait_for "$(msg "Sown")" || return 1
	keys Enter
	wait_for "$(msg "Area (ha):")" || return 1
	keys C-u
	type_text 40
	keys Enter
	wait_dirty 1 || return 1
	keys u
	wait_dirty 0 || return 1
	keys +
	wait_dirty 1 || return 1

	for ext in txt csv; do
		report=$tmp/report-$name.$ext
		keys x
		wait_for "$(msg "Export report to (.csv for a table, .xlsx for Excel):")" || return 1
		keys C-u
		type_text "$report"
		keys Enter
		wait_for "$(msg "Report written to %s" cut)" || return 1
		[ -s "$report" ] || { fail "no report at $report"; return 1; }
	done

	question=$(msg "Save changes? (y)es (n)o (c)ancel")
	keys q
	wait_for "$question" || return 1
	keys c
	wait_gone "$question" || return 1
	keys q
	wait_for "$question" || return 1
	keys y
	wait_exit 0
}

mkdir "$tmp/scenarios" && cp "$root"/scenarios/*.yaml "$tmp/scenarios/" || exit 1
[ -d "$root/scenarios/weather" ] && cp -R "$root/scenarios/weather" "$tmp/scenarios/"
n=0
results=""
for f in "$tmp"/scenarios/*.yaml; do
	name=$(basename "$f" .yaml)
	log=$tmp/vg-$name.log
	# Alternate the language so both catalogues are drawn.
	if [ $((n % 2)) = 0 ]; then lang="vi"; else lang="en"; fi
	n=$((n + 1))
	nocolor=0
	config="valgrind $name $lang"
	printf '#!/bin/sh\nexec valgrind --log-file=%s %s %s "$@"\n' "'$log'" "$VG_OPTS" "'$real'" >"$prog"
	chmod +x "$prog"
	session "$f"
	summary=$(vg_summary "$log")
	if [ $? -ne 0 ]; then
		fails=$((fails + 1))
		echo "valgrind interface FAIL [$config]: $summary" >&2
		[ -s "$log" ] && sed 's/^/  | /' "$log" >&2
	fi
	results="$results
valgrind: interface session on scenarios/$name.yaml ($lang): $summary"
done
printf '%s\n' "$results" | sed '1d'
if [ "$fails" -ne 0 ]; then
	echo "valgrind interface: $fails failure(s)" >&2
	exit 1
fi
echo "valgrind: the interface session on $n shipped scenarios: no errors, nothing lost"
