#!/bin/sh
# instances.sh - recovery files that instances and other users cannot turn against the
# user (issue 13 points 3, 4 and 9), in tmux at 80x24 in English with a private state folder:
#  3. two instances on one scenario: each keeps its own file; the second is not offered the
#     first's (it is alive); its "don't save" quit leaves the first's file; once the first is
#     killed, the next start offers its edits and `y` brings them back;
#  9. the restore question is a dialog over a dimmed screen (SGR 2 behind it) that takes only
#     y / n / Esc: keys typed before it showed ("n", "s") neither discard the recovery nor
#     open Save-as; another key leaves it open; a Save-as prompt given 5,000 "ệ" says it is
#     full at 4,095 bytes instead of cutting silently;
#  4. the state folder: mode 0777, a symbolic link or another user's (as root) turns recovery
#     off with a message and nothing is written through it; in it, a FIFO at a recovery
#     file's name does not hang the start, a symbolic link to a private file is not followed
#     (the file is unchanged, its text never shown), and a recovery file with `extends:` of a
#     private file is refused without showing that file's text.
# Usage: tests/e2e/instances.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"
lang=en
nocolor=1
config="instances"
marker=$(msg "[modified]")
out=$(msg "Output (tonnes)")
rdir=$tmp/state/vudong
file=$tmp/s.yaml
"$prog" scenario >"$file" || { echo "e2e: \`vudong scenario\` failed" >&2; exit 1; }
secret=$tmp/secret
printf 'SECRET-LINE-42\n' >"$secret"
chmod 600 "$secret"

# The second instance: window 1 of the same tmux server.
screen1() { T capture-pane -p -t :1 2>/dev/null; }
keys1() { T send-keys -t :1 "$@"; }
wait_for1() {
	i=0
	while [ $i -lt $((TIMEOUT * 10)) ]; do
		screen1 | grep -qF -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "window 1 waited for \"$1\""
}

recovery_files() { ls "$rdir" 2>/dev/null | grep '^s-.*\.yaml$'; }
count_files() { recovery_files | wc -l | tr -d ' '; }
wait_count() {
	i=0
	while [ $i -lt $((TIMEOUT * 10)) ]; do
		[ "$(count_files)" = "$1" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "$(count_files) recovery files, wanted $1: $(recovery_files)"
}
# holds VALUE: some recovery file holds the first item's area VALUE.
holds() { grep -l "id: town-potato, .*area_ha: $1," "$rdir"/s-*.yaml >/dev/null 2>&1; }
wait_holds() {
	i=0
	while [ $i -lt $((TIMEOUT * 10)) ]; do
		holds "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "no recovery file holds area $1: $(recovery_files)"
}

# edit_area KEYSFN VALUE: the first plan item's area set through keys function KEYSFN.
edit_area() {
	$1 2
	sleep 0.3
	$1 Enter
	sleep 0.3
	$1 C-u
	$1 -l "$2"
	$1 Enter
	$1 1
}

# The program's pid in window W (the pane's shell runs it as its child).
prog_pid() {
	ppid=$(T display-message -p -t ":$1" '#{pane_pid}')
	ps -o pid= --ppid "$ppid" | tr -d ' ' | head -n 1
}

# ---- 3: two instances on one scenario ----
start 80x24 "$file" || exit 1
wait_for "$out" || exit 1
edit_area keys 37.5
wait_holds 37.5 || exit 1
T new-window -d "env LANG=C.UTF-8 XDG_STATE_HOME='$tmp/state' NO_COLOR=1 '$prog' --lang en '$file' 2>'$tmp/stderr1'; echo \$? >'$tmp/exit1'"
wait_for1 "$out" || exit 1
screen1 | grep -qF "$(msg "Restore unsaved edits")" && fail "the second instance was offered a live instance's edits"
edit_area keys1 41.5
wait_holds 41.5 || exit 1
wait_count 2 || exit 1
keys1 q
wait_for1 "$(msg "Save changes? (y)es (n)o (c)ancel")" || exit 1
keys1 n
i=0; while [ ! -s "$tmp/exit1" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
wait_count 1 || exit 1
holds 37.5 || fail "the second instance's quit removed the first's file"
pid=$(prog_pid 0)
[ -n "$pid" ] && kill -TERM "$pid"
wait_exit 143 || exit 1
wait_count 1 || exit 1

# ---- 9: the dialog; keys typed before it showed ----
# The program starts a second after the pane, so "n s" are typed before it runs.
T kill-server >/dev/null 2>&1
starts=$((starts + 1))
sock=$tmp/tmux-$starts.sock
rm -f "$tmp/exit"
T new-session -d -x 80 -y 24 \
	"sleep 1; env LANG=C.UTF-8 XDG_STATE_HOME='$tmp/state' NO_COLOR=1 '$prog' --lang en '$file' 2>'$tmp/stderr'; echo \$? >'$tmp/exit'" ||
	fail "tmux did not start"
T set-option -g status off >/dev/null 2>&1
keys n s
wait_for "$(msg "Restore unsaved edits")" || exit 1
wait_for "$(msg "y restore   n discard   Esc later")" || exit 1
[ "$(count_files)" = 1 ] || fail "a key typed before the dialog showed discarded the recovery"
screen | grep -qF "$(msg "Save as:")" && fail "a key typed before the dialog opened Save-as"
T capture-pane -e -p -t 0 | grep -q "$(printf '\033')\[[0-9;]*2m" ||
	fail "the screen behind the dialog is not dimmed"
keys x
sleep 0.3
screen | grep -qF "$(msg "Restore unsaved edits")" || fail "another key closed the dialog"
keys y
wait_for "$(msg "Unsaved edits restored (not saved yet; u undoes them)")" || exit 1
wait_dirty 1 || exit 1
# The save-as prompt given 5,000 "ệ": 1,365 fit (4,095 bytes), and it says so.
keys S
wait_for "$(msg "Save as:")" || exit 1
long=$(awk 'BEGIN { for (i = 0; i < 5000; i++) printf "ệ" }')
type_text "$long"
wait_for "$(msg "full: at most %d bytes" cut)4095" || exit 1
keys Escape
keys q
wait_for "$(msg "Save changes? (y)es (n)o (c)ancel")" || exit 1
keys n
wait_exit 0 || exit 1
wait_count 0 || exit 1

# ---- 4: the state folder ----
refused() { # WORDS: recovery is off, saying WORDS; an edit writes nothing
	start 80x24 "$file" || return 1
	wait_for "$(msg "Recovery is off: %s" cut)" || return 1
	wait_for "$1" || return 1
	edit_area keys 55.5
	wait_dirty 1 || return 1
	sleep 0.5
	keys q
	wait_for "$(msg "Save changes? (y)es (n)o (c)ancel")" || return 1
	keys n
	wait_exit 0
}
mkdir -p "$rdir"
chmod 777 "$rdir"
config="instances: state folder 0777"
refused "(mode 0777)"
[ -z "$(ls "$rdir")" ] || fail "a file was written in a 0777 state folder: $(ls "$rdir")"
chmod 700 "$rdir"
config="instances: state folder a link"
mv "$rdir" "$tmp/real"
ln -s "$tmp/real" "$rdir"
refused "symbolic link"
[ -z "$(ls "$tmp/real")" ] || fail "a file was written through a linked state folder"
rm "$rdir"
mv "$tmp/real" "$rdir"
if [ "$(id -u)" = 0 ]; then
	config="instances: another user's state folder"
	chown 65534:65534 "$rdir"
	refused "owned by another user (uid 65534)"
	chown 0:0 "$rdir"
fi

# Files in the folder: learn the scenario's prefix from a real recovery file.
config="instances: files in the folder"
start 80x24 "$file" || exit 1
wait_for "$out" || exit 1
edit_area keys 61.5
wait_holds 61.5 || exit 1
name=$(recovery_files | head -n 1)
prefix=${name%%.*}
keys q
wait_for "$(msg "Save changes? (y)es (n)o (c)ancel")" || exit 1
keys n
wait_exit 0 || exit 1
wait_count 0 || exit 1

mkfifo "$rdir/$prefix.999-1.yaml"
start 80x24 "$file" || exit 1
wait_for "$out" || exit 1
wait_for "not a regular file" || exit 1
keys q
wait_exit 0 || exit 1
[ -p "$rdir/$prefix.999-1.yaml.bad" ] || fail "the FIFO was not set aside"

ln -s "$secret" "$rdir/$prefix.999-2.yaml"
start 80x24 "$file" || exit 1
wait_for "$out" || exit 1
wait_for "a symbolic link" || exit 1
keys q
wait_exit 0 || exit 1
[ "$(cat "$secret")" = SECRET-LINE-42 ] || fail "the link's target was changed"

real=$(cd "$tmp" && pwd -P)/s.yaml
printf '# vudong recovery file\n# original: %s\n# time: 5\n# original-hash: 0000000000000001\nextends: %s\n' \
	"$real" "$secret" >"$rdir/$prefix.999-3.yaml"
chmod 600 "$rdir/$prefix.999-3.yaml"
start 80x24 "$file" || exit 1
wait_for "$out" || exit 1
wait_for "\`extends:\` refused" || exit 1
screen | grep -qF SECRET-LINE && fail "the private file's text is on the screen"
keys q
wait_exit 0 || exit 1
[ "$(count_files)" = 0 ] || fail "unusable recovery files left in place: $(recovery_files)"

if [ "$fails" -ne 0 ]; then
	echo "e2e: instances: $fails failure(s)" >&2
	exit 1
fi
echo "e2e: instances: two instances keep their own recovery files; the restore dialog takes only y/n/Esc; a full prompt says so; an untrusted state folder or file is refused"
