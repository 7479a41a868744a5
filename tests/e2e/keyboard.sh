#!/bin/sh
# keyboard.sh - issue 15 in the interface, in tmux at 80x24: the calendar's labour panel on
# the hand-computed case of tests/e2e/labour.yaml (its comment has the arithmetic: need 100,
# 68, 32, 0 against 80 a half-month, 20 days and 0.4 ha short in 1-15 Oct, the rice harvest
# in 1-15 Oct and transplanting in 16-30 Nov), Enter there typing the commune's labour (and
# u undoing it); "new season from this one" (Y) writing a file that loads a year on; the
# terminal conventions: Ctrl-L repaints, Esc and q close help, TERM=dumb is refused.
# Waits poll the screen every 0.1 s up to a timeout; there are no fixed sleeps.
# Usage: tests/e2e/keyboard.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"

labour_panel() {
	lang=en
	nocolor=1
	config="80x24 labour panel"
	cp "$root/tests/e2e/labour.yaml" "$tmp/labour.yaml"
	start 80x24 "$tmp/labour.yaml" || return 1
	keys 6
	wait_for "$(msg "Commune")" || return 1
	keys Space
	wait_for "200 labour days, 20 short" || return 1
	wait_match '^01/10-15 +100 +80 +20 +0\.4 .*harvest paddy' || return 1
	wait_match '^16/10-31 +68 +80 +0 +0\.0 ' || return 1
	wait_match '^01/11-15 +32 +80 +0 +0\.0 ' || return 1
	wait_match '^16/11-30 +0 +80 +0 +0\.0 .*transplant paddy' || return 1
	# Enter types the commune's labour: 400 days, 100 a half-month, no shortfall.
	keys Enter
	wait_for "$(msg "Labour days available for the season:")" || return 1
	keys C-u
	type_text 400
	keys Enter
	wait_for "200 labour days, 0 short" || return 1
	wait_match '^01/10-15 +100 +100 +0 +0\.0 ' || return 1
	keys u
	wait_for "200 labour days, 20 short" || return 1
	# Ctrl-L repaints everything: scribble on the pane's terminal behind the program's
	# back, then the scribble is gone and the table is whole again.
	pty=$(T display-message -p -t 0 '#{pane_tty}')
	printf '\033[5;1HSCRIBBLED-OVER-THE-TABLE' > "$pty"
	wait_for "SCRIBBLED-OVER-THE-TABLE" || return 1
	T send-keys -t 0 C-l
	wait_gone "SCRIBBLED-OVER-THE-TABLE" || return 1
	wait_match '^01/10-15 +100 +80 +20 +0\.4 ' || return 1
	keys Space
	wait_for "$(msg "Commune")" || return 1

	# New season from this one.
	keys Y
	wait_for "$(msg "New season from this one, write to:")" || return 1
	keys C-u
	type_text "$tmp/next.yaml"
	keys Enter
	wait_for "$(msg "Next season written to %s" cut)" || return 1
	[ -f "$tmp/next.yaml" ] || fail "no next season file"
	"$prog" check "$tmp/next.yaml" || fail "the next season does not load"
	grep -q 'season: {start: 2021-10-01, end: 2021-11-30}' "$tmp/next.yaml" || fail "the next season is not a year on"
	grep -q 'sow: 2021-10-06' "$tmp/next.yaml" || fail "the sowing date is not a year on"

	# Help: Esc closes it, and so does q.
	keys '?'
	wait_for "$(msg "Go to the first row")" || return 1
	keys Escape
	wait_gone "$(msg "Go to the first row")" || return 1
	keys '?'
	wait_for "$(msg "Go to the first row")" || return 1
	keys q
	wait_gone "$(msg "Go to the first row")" || return 1
	[ -e "$tmp/exit" ] && { fail "q on the help screen quit the program"; return 1; }
	keys q
	wait_exit 0
}

labour_panel
# TERM=dumb needs a terminal on stdin and stdout: run it in tmux too.
T kill-server >/dev/null 2>&1
starts=$((starts + 1)); sock=$tmp/tmux-$starts.sock
T new-session -d -x 80 -y 24 "env TERM=dumb '$prog' '$root/tests/e2e/labour.yaml' 2>'$tmp/dumb.out'; echo \$? >'$tmp/dumb.exit'"
i=0; while [ ! -s "$tmp/dumb.exit" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
config="TERM=dumb"
[ "$(cat "$tmp/dumb.exit" 2>/dev/null)" = 1 ] || fail "TERM=dumb: exit $(cat "$tmp/dumb.exit" 2>/dev/null), expected 1"
[ "$(wc -l < "$tmp/dumb.out")" = 1 ] || fail "TERM=dumb: not one line: $(cat "$tmp/dumb.out")"
grep -q 'cannot move the cursor' "$tmp/dumb.out" || fail "TERM=dumb: says $(cat "$tmp/dumb.out")"

if [ "$fails" -ne 0 ]; then
	echo "e2e keyboard: $fails failure(s)" >&2
	exit 1
fi
echo "e2e keyboard: labour panel on the hand case, Enter and undo there, Ctrl-L, new season (Y), Esc and q close help, TERM=dumb refused"
