#!/bin/sh
# outlook.sh - the overview's outlook live in the interface (issue 12), in tmux at 80x24 in
# Vietnamese and English: the outlook first shows the "updating…" mark, then its final
# figures and the verdict line (the chance of meeting the growth target and the median
# growth) whole on one line of at most 80 columns; an edit on the plan brings the mark back
# over the old figures, then the final outlook of the edited plan. The scenario is the
# built-in with 3,000 seasons, so each run lasts long enough to see the mark.
# Waits poll the screen every 0.1 s up to a timeout; there are no fixed sleeps.
# Usage: tests/e2e/outlook.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"
TIMEOUT=${E2E_TIMEOUT:-30}

# The verdict line: whole (it ends with its "%"), within 80 columns.
check_verdict() {
	v=$(line_with "$verdict")
	case $v in *%) ;; *) fail "the verdict line is cut: '$v'"; return 1 ;; esac
	n=$(printf '%s' "$v" | sed 's/ *$//' | wc -m)
	[ "$n" -le 80 ] || { fail "the verdict line has $n columns"; return 1; }
}

run_outlook() { # LANG
	lang=$1
	nocolor=0
	config="80x24 $lang outlook"
	file=$tmp/outlook-$lang.yaml
	sed 's/^ensemble: {seasons: 200}/ensemble: {seasons: 3000}/' "$tmp/builtin.yaml" >"$file"
	grep -q 'seasons: 3000' "$file" || { fail "no ensemble line to change"; return 1; }
	mark="$(msg "updating")…"
	title=$(msg "Outlook: %d generated seasons" cut)
	verdict=$(msg "Target %s %%: met in %s; median growth %s %%" cut)
	start 80x24 "$file" || return 1
	wait_for "$mark $title" || return 1
	wait_gone "$mark" || return 1
	wait_for "$verdict" || return 1
	check_verdict || return 1
	first=$(line_with "$(msg "Output, tonnes")")

	# An edit: the single season at once, the outlook provisional, then final and new.
	keys 2
	wait_for "$(msg "Sown")" || return 1
	keys Enter
	wait_for "$(msg "Area (ha):")" || return 1
	keys C-u
	type_text 60
	keys Enter
	keys 1
	wait_for "$mark $title" || return 1
	wait_gone "$mark" || return 1
	wait_line "$(msg "Output, tonnes")" "!=" "$first" || return 1
	check_verdict || return 1
	keys q
	wait_for "$(msg "Save changes? (y)es (n)o (c)ancel")" || return 1
	keys n
	wait_exit 0
}

"$prog" scenario >"$tmp/builtin.yaml" || { echo "e2e: \`vudong scenario\` failed" >&2; exit 1; }
run_outlook vi
run_outlook en

if [ "$fails" -ne 0 ]; then
	echo "e2e outlook: $fails failure(s)" >&2
	exit 1
fi
echo "e2e outlook: the mark, then the final outlook, after start and after an edit; the verdict fits 80 columns (vi, en)"
