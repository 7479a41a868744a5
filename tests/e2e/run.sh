#!/bin/sh
# run.sh - the interface end to end: the real program in a detached tmux session (tmux gives
# it a terminal, so this runs without one, as in CI) on a copy of the built-in scenario.
# For each of 80x24 and 132x43, Vietnamese and English, with and without NO_COLOR: visit
# every screen, change an area on the plan screen and see the district output and its
# difference to the baseline change on the overview, undo, pin a baseline, save, quit and
# reload and compare the figures, export a text and a CSV report, and quit through the
# unsaved-edits question. Then the study screens: the risk screen runs its seasons to the
# end, a long run shows a moving progress bar and Esc stops it, an edit stops a run and the
# figures are marked old until they are run again; the sensitivity screen shows the price
# row at ±10 % and ±15 %; the compare screen refuses a bad file with its file:line:col and
# shows the extra potato of scenarios/more-potato-on-paddy.yaml. With --ascii the bars use
# ASCII. Also: a terminal below 80x24 waits with a message until resized.
# Waits poll the screen every 0.1 s up to a timeout; there are no fixed sleeps.
# Usage: tests/e2e/run.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"

run_config() { # SIZE LANG NOCOLOR
	size=$1
	lang=$2
	nocolor=$3
	config="$size $lang"
	[ "$nocolor" = 1 ] && config="$config NO_COLOR=1"
	file=$tmp/s-$lang-$size.yaml
	cp "$tmp/builtin.yaml" "$file"
	out=$(msg "Output (tonnes)")
	marker=$(msg "[modified]")

	start "$size" "$file" || return 1
	wait_for "$out" || return 1

	# Every screen, then back to the overview.
	for n in 2 3 4 5 6 7 8 9 0 1; do
		keys "$n"
		wait_for "$(screen_marker $n)" || return 1
	done
	base_line=$(line_with "$out")
	base_diff=$(last_field "$base_line")

	# Change the first plan item's area: the output and its difference change.
	keys 2
	wait_for "$(screen_marker 2)" || return 1
	keys Enter
	wait_for "$(msg "Area (ha):")" || return 1
	keys C-u
	type_text 40
	keys Enter
	wait_dirty 1 || return 1
	keys 1
	wait_line "$out" "!=" "$base_line" || return 1
	wait_last "$out" "!=" "$base_diff" || return 1
	edited_line=$(line_with "$out")

	# Undo restores the figures exactly and the state is clean again.
	keys u
	wait_line "$out" "=" "$base_line" || return 1
	wait_dirty 0 || return 1
	# Redo (Ctrl-R) brings the edit back.
	keys C-r
	wait_line "$out" "=" "$edited_line" || return 1

	# Pin the baseline: the difference is zero again, the figures stay edited.
	keys b
	wait_last "$out" "=" "$base_diff" || return 1
	pinned_line=$(line_with "$out")
	[ "$pinned_line" != "$base_line" ] || { fail "the pinned figures are the old ones"; return 1; }

	# Save to the file it came from, quit (no question: nothing unsaved), reload.
	keys s
	wait_for "$(msg "Saved to %s" cut)" || return 1
	wait_dirty 0 || return 1
	keys q
	wait_exit 0 || return 1
	start "$size" "$file" || return 1
	wait_for "$out" || return 1
	wait_line "$out" "=" "$pinned_line" || return 1

	# Export a text report and a CSV table.
	for ext in txt csv; do
		report=$tmp/report-$lang-$size.$ext
		keys x
		wait_for "$(msg "Export report to (.csv for a table, .xlsx for Excel):")" || return 1
		keys C-u
		type_text "$report"
		keys Enter
		wait_for "$(msg "Report written to %s" cut)" || return 1
		[ -s "$report" ] || { fail "no report at $report"; return 1; }
	done
	grep -qF "vudong $version" "$tmp/report-$lang-$size.txt" ||
		{ fail "the text report has no provenance header"; return 1; }
	grep -qF "$name" "$tmp/report-$lang-$size.txt" ||
		{ fail "the text report has no title"; return 1; }
	grep -qF "$(msg "OUTLOOK OVER MANY SEASONS")" "$tmp/report-$lang-$size.txt" ||
		{ fail "the exported text report does not lead with the outlook"; return 1; }
	grep -q '^# example_season: ' "$tmp/report-$lang-$size.csv" ||
		{ fail "the exported CSV does not say it is one example season"; return 1; }
	head -n 1 "$tmp/report-$lang-$size.csv" | grep -q '^#' ||
		{ fail "the CSV report has no provenance lines"; return 1; }
	grep -q '^commune,land,crop,area_ha,' "$tmp/report-$lang-$size.csv" ||
		{ fail "the CSV report has no items header"; return 1; }

	# Quit with an unsaved edit: the question; cancel stays, "n" leaves the file alone.
	saved=$(cksum <"$file")
	keys 2
	wait_for "$(screen_marker 2)" || return 1
	keys +
	wait_dirty 1 || return 1
	keys q
	question=$(msg "Save changes? (y)es (n)o (c)ancel")
	wait_for "$question" || return 1
	keys c
	wait_gone "$question" || return 1
	keys q
	wait_for "$question" || return 1
	keys n
	wait_exit 0 || return 1
	[ "$(cksum <"$file")" = "$saved" ] || { fail "quitting without saving changed the file"; return 1; }

	# And "y" saves before quitting.
	start "$size" "$file" || return 1
	wait_for "$out" || return 1
	keys 2
	wait_for "$(screen_marker 2)" || return 1
	keys +
	wait_dirty 1 || return 1
	keys q
	wait_for "$question" || return 1
	keys y
	wait_exit 0 || return 1
	[ "$(cksum <"$file")" != "$saved" ] || { fail "\"y\" did not save"; return 1; }
	return 0
}

# The text of a message up to its first ';' (a long status line cut where it reads whole).
msg_lead() { t=$(msg "$1"); printf '%s\n' "${t%%;*}"; }

# type_prompt LABEL TEXT: waits for the prompt LABEL, replaces its text with TEXT, confirms.
type_prompt() {
	wait_for "$1" || return 1
	keys C-u
	type_text "$2"
	keys Enter
}

run_studies() { # SIZE LANG NOCOLOR
	size=$1
	lang=$2
	nocolor=$3
	config="$size $lang studies"
	[ "$nocolor" = 1 ] && config="$config NO_COLOR=1"
	file=$tmp/st-$lang-$size.yaml
	cp "$tmp/builtin.yaml" "$file"
	marker=$(msg "[modified]")
	seasons_prompt=$(msg "Seasons to run (1 to %d):" cut)
	running=$(msg "Running %s seasons: %s" cut)
	up_to_date=$(msg "Up to date: run in %s s." cut)
	start "$size" "$file" || return 1
	wait_for "$(msg "Output (tonnes)")" || return 1

	# Risk: the first visit runs the scenario's 30 seasons to the end: the district's
	# distribution and the crops'.
	keys 8
	wait_for "$up_to_date" || return 1
	wait_for "$(plain "P(fail)")" || return 1
	wait_match "^$(msg "Whole district") .*[0-9]" || return 1
	wait_for "$(msg "By crop")" || return 1

	# A long run: the progress (a percentage above 0, a moving line), then Esc stops it
	# and the figures before stay.
	keys Enter
	type_prompt "$seasons_prompt" 100000 || return 1
	wait_for "$running" || return 1
	first=$(line_with "$running")
	wait_line "$running" "!=" "$first" || return 1
	wait_match "$running.*: [1-9][0-9]?%" || return 1
	keys Escape
	wait_for "$(msg_lead "Stopped before the end; the figures are those of the run before. r runs again.")" || return 1
	wait_gone "$running" || return 1
	wait_for "$(plain "P(fail)")" || return 1

	# r runs again; an edit on the plan while it runs stops it, and the risk screen says
	# the figures below are old.
	keys r
	wait_for "$running" || return 1
	keys 2
	wait_for "$(screen_marker 2)" || return 1
	keys +
	wait_dirty 1 || return 1
	keys 8
	wait_for "$(msg_lead "Stopped: the scenario was edited. The figures below are OLD; r runs again.")" || return 1
	# Back to 30 seasons: run on the edited scenario, up to date again.
	keys Enter
	type_prompt "$seasons_prompt" 30 || return 1
	wait_for "$up_to_date" || return 1

	# Sensitivity: the price row at the default ±10 %, then + makes it ±15 %.
	keys 9
	price=$(msg "Price")
	wait_match "^$price +±10 %" || return 1
	keys +
	wait_match "^$price +±15 %" || return 1

	# Compare: a file that does not load says where; the variant shows more potato.
	keys 0
	wait_for "$(msg "B: none yet.")" || return 1
	keys Enter
	type_prompt "$(msg "Compare with the scenario file:")" "$root/tests/bad/duplicate-key.yaml" || return 1
	wait_for "duplicate-key.yaml:17:5" || return 1
	keys Enter
	type_prompt "$(msg "Compare with the scenario file:")" "$root/scenarios/more-potato-on-paddy.yaml" || return 1
	wait_for "$(msg "Comparing with %s" cut)" || return 1
	wait_match "Khoai tây .*\+[1-9][0-9]*[.,][0-9]" || return 1

	keys q
	wait_for "$(msg "Save changes? (y)es (n)o (c)ancel")" || return 1
	keys n
	wait_exit 0
}

# --ascii: the risk bars and the tornado in ASCII.
run_ascii() {
	lang=en
	nocolor=1
	opts=--ascii
	config="80x24 en --ascii"
	file=$tmp/ascii.yaml
	cp "$tmp/builtin.yaml" "$file"
	start 80x24 "$file" || { opts=; return 1; }
	opts=
	wait_for "$(msg "Output (tonnes)")" || return 1
	keys 8
	wait_for "Bars against the median: +- worst season === low-high | median -+ best season" || return 1
	wait_match "^Whole district +[-+=| ]*=+[-+=| ]* " || return 1
	keys 9
	wait_match "^Price .*[-]+[|][+]+" || return 1
	keys q
	wait_exit 0
}

# A terminal below 80x24 says so and waits; growing it brings the interface.
run_too_small() {
	lang=en
	nocolor=0
	config="too small"
	file=$tmp/small.yaml
	cp "$tmp/builtin.yaml" "$file"
	start 70x20 "$file" || return 1
	wait_for "$(msg "Terminal too small: %d%s%d" cut)" || return 1
	T resize-window -t 0 -x 80 -y 24 || { fail "tmux cannot resize"; return 1; }
	wait_for "$(msg "Output (tonnes)")" || return 1
	keys q
	wait_exit 0
}

"$prog" scenario >"$tmp/builtin.yaml" || { echo "e2e: \`vudong scenario\` failed" >&2; exit 1; }
version=$("$prog" --version | awk '{ print $2 }')
name=$(sed -n 's/^name: *"\(.*\)".*$/\1/p' "$tmp/builtin.yaml" | head -n 1)
[ -n "$name" ] || name="vudong"

run_config 80x24 vi 0
run_config 80x24 en 1
run_config 132x43 en 0
run_config 132x43 vi 1
run_studies 80x24 vi 0
run_studies 80x24 en 1
run_studies 132x43 en 0
run_studies 132x43 vi 1
run_ascii
run_too_small

if [ "$fails" -ne 0 ]; then
	echo "e2e: $fails failure(s)" >&2
	exit 1
fi
echo "e2e: the interface passed at 80x24 and 132x43, in vi and en, with and without NO_COLOR (the risk, sensitivity and compare screens too; --ascii bars)"
