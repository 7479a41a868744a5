#!/bin/sh
# story.sh - the guided story (vudong --demo, D) in tmux at 80x24, Vietnamese and English:
# every step reaches its documented figures (docs/workshop.md, the example season: output
# 3,503 t; 4,336 t, +833 against the plan; 3,981 t, +478 with the rét hại; the spread over
# the risk screen's 200 seasons with the chance of missing the target, 4 of 200; 4,269 t,
# +288 against the cold spell with the earlier sowing), ← restores the previous step's screen lines exactly,
# R returns to the start, Esc leaves the trainer in control (Space is the program's again),
# D starts the story from the interface, and a wrong story file (--story) gets file:line:col
# diagnostics and exit 2 before the interface starts.
# Usage: tests/e2e/story.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || { echo "e2e: tmux is needed" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"

# A figure in the language: 3503 -> "3.503" (vi) or "3,503" (en).
big() { if [ "$lang" = vi ]; then echo "$1" | sed 's/,/./'; else echo "$1"; fi; }

# The output line of the overview: "<now> <base> <difference>" as its last three fields.
output_is() { # NOW BASE DIFF
	wait_match "$(msg "Output (tonnes)" | sed 's/[()]/\\&/g') +$(big "$1") +$(big "$2") +$3\$"
}

step_is() { # N
	wait_for "$(msg "Story %zu/%zu" cut)$1/5" || return 1
}

run_story() { # LANG
	lang=$1
	nocolor=0
	config="story $1"
	opts="--demo"
	start 80x24 "$tmp/builtin.yaml" || return 1
	step_is 1 || return 1
	output_is 3,503 3,503 "= 0" || return 1
	keys Space
	step_is 2 || return 1
	output_is 4,336 3,503 "▲ \+833" || return 1
	keys Space
	step_is 3 || return 1
	output_is 3,981 3,503 "▲ \+478" || return 1
	step3=$(line_with "$(msg "Output (tonnes)")")
	keys Space
	step_is 4 || return 1
	wait_for "$(msg "Next run: %s seasons" cut)" || return 1
	wait_gone "$(msg "Running %s seasons" cut)" || return 1
	missing=$(msg "Chance of missing the growth target of %s: %s (%zu of %d seasons)" cut)
	wait_for "$missing" || return 1
	step4=$(line_with "$missing")
	district4=$(line_with "$(msg "Whole district")")
	case $step4 in *"(4 "*"200"*) ;; *) fail "step 4: \"$step4\" is not the documented 4 of 200 seasons" ;; esac
	keys Space
	step_is 5 || return 1
	output_is 4,269 3,981 "▲ \+288" || return 1
	# The last step stays the last.
	keys Space
	step_is 5 || return 1
	# Back: step 4's spread exactly, then step 3's figures exactly.
	keys Left
	step_is 4 || return 1
	wait_line "$missing" "=" "$step4" || return 1
	wait_line "$(msg "Whole district")" "=" "$district4" || return 1
	keys Left
	step_is 3 || return 1
	wait_line "$(msg "Output (tonnes)")" "=" "$step3" || return 1
	# Reset: the start again.
	keys R
	step_is 1 || return 1
	output_is 3,503 3,503 "= 0" || return 1
	# Esc hands over at step 2: the caption goes, the figures stay, the keys are the program's.
	keys Space
	step_is 2 || return 1
	output_is 4,336 3,503 "▲ \+833" || return 1
	keys Escape
	wait_gone "$(msg "Story %zu/%zu" cut)" || return 1
	output_is 4,336 3,503 "▲ \+833" || return 1
	keys u
	wait_for "$(msg "Undone (%zu more to undo)" cut)" || return 1
	# D tells it again from here.
	keys D
	step_is 1 || return 1
	keys Escape
	wait_gone "$(msg "Story %zu/%zu" cut)" || return 1
	keys q
	wait_for "$(msg "Save changes? (y)es (n)o (c)ancel" cut)" || return 1
	keys n
	wait_exit 0
}

run_bad_story() {
	cat >"$tmp/bad-story.yaml" <<'YAML'
format: vudong-story/1
title: {vi: "x", en: "x"}
steps:
  - caption: {vi: "a", en: "a"}
    do:
      - keys: "1<Jump>"
      - set: {item: no-such-item, area_ha: 3}
      - set: {item: town-potato, sow: 2021-02-30}
  - caption: {vi: "b"}
    do: []
    colour: red
YAML
	"$prog" --lang en --story "$tmp/bad-story.yaml" "$tmp/builtin.yaml" >/dev/null 2>"$tmp/story.err" </dev/null
	st=$?
	config="bad story"
	[ "$st" = 2 ] || fail "a bad story: exit $st, expected 2"
	for want in "bad-story.yaml:6:15: error: unknown key name \`<Jump>\`" \
		    "bad-story.yaml:8:39: error: sow must be a date YYYY-MM-DD that exists, not '2021-02-30'" \
		    "bad-story.yaml:9:14: error: caption needs \`en\`" \
		    "bad-story.yaml:11:5: error: unknown key \`colour\` in a step"; do
		grep -qF "$want" "$tmp/story.err" || fail "no diagnostic \"$want\" in: $(cat "$tmp/story.err")"
	done
	# A story that loads but names a plan item the scenario lacks.
	sed -e 's/1<Jump>/1/' -e 's/2021-02-30/2021-02-03/' -e 's/{vi: "b"}/{vi: "b", en: "b"}/' \
	    -e '/colour: red/d' "$tmp/bad-story.yaml" >"$tmp/bad2.yaml"
	"$prog" --lang en --story "$tmp/bad2.yaml" "$tmp/builtin.yaml" >/dev/null 2>"$tmp/story.err" </dev/null
	st=$?
	[ "$st" = 2 ] || fail "a story naming a missing item: exit $st, expected 2"
	grep -qF "bad2.yaml:7:9: error: no plan item \`no-such-item\` in the scenario" "$tmp/story.err" ||
		fail "no diagnostic for the missing item: $(cat "$tmp/story.err")"
}

"$prog" scenario >"$tmp/builtin.yaml" || { echo "e2e: \`vudong scenario\` failed" >&2; exit 1; }
run_bad_story
run_story vi
run_story en

if [ "$fails" -ne 0 ]; then
	echo "e2e story: $fails failure(s)" >&2
	exit 1
fi
echo "e2e story: every step's figures in vi and en, back exact, reset, Esc hands over, D, bad story files diagnosed"
