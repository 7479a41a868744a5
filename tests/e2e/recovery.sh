#!/bin/sh
# recovery.sh - the interface never loses an officer's edits, end to end in tmux at
# 80x24, in Vietnamese and English, with a private XDG_STATE_HOME: an area is edited, then
# the program is stopped by SIGTERM, SIGHUP or a crash (SIGSEGV); it must give the terminal
# back (the modes `stty -g` shows before and after are the same, the alternate screen is
# left) and exit with 128 + the signal; the next start on the same file offers the edits,
# "y" brings back the edited figures marked unsaved, "n" discards them and leaves the file's
# figures. The offer says when the file changed since. A saved session, a clean quit and a
# "don't save" quit leave no recovery file. Waits poll the screen (lib.inc); no fixed sleeps.
# Usage: tests/e2e/recovery.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"

state=$tmp/state                  # XDG_STATE_HOME: recovery files go to $state/vudong
rdir=$state/vudong

# The pane runs this: the terminal modes before and after the program, the program's pid
# (the inner shell writes its own and becomes the program), its status; "exit" comes last.
cat >"$tmp/pane.sh" <<'EOF'
#!/bin/sh
# pane.sh DIR STATE PROGRAM LANG FILE
d=$1
stty -g >"$d/stty-before"
sh -c 'echo $$ >"$0"; exec "$@"' "$d/pid" env LANG=C.UTF-8 XDG_STATE_HOME="$2" XDG_CONFIG_HOME="$2/config" "$3" --lang "$4" "$5" 2>"$d/stderr"
echo $? >"$d/exit.tmp"
stty -g >"$d/stty-after"
mv "$d/exit.tmp" "$d/exit"
EOF
chmod +x "$tmp/pane.sh"

# start_watched FILE: the program at 80x24 in $lang through pane.sh; the pane stays after
# the program ends so its screen modes can be read.
start_watched() {
	T kill-server >/dev/null 2>&1
	starts=$((starts + 1))
	sock=$tmp/tmux-$starts.sock
	rm -f "$tmp/exit" "$tmp/exit.tmp" "$tmp/stderr" "$tmp/pid" "$tmp/stty-before" "$tmp/stty-after"
	T new-session -d -x 80 -y 24 "'$tmp/pane.sh' '$tmp' '$state' '$prog' '$lang' '$1'" ||
		{ fail "tmux did not start"; return 1; }
	T set-option -g status off >/dev/null 2>&1
	T set-option -g remain-on-exit on >/dev/null 2>&1
	i=0
	while [ ! -s "$tmp/pid" ] && [ $i -lt $((TIMEOUT * 10)) ]; do sleep 0.1; i=$((i + 1)); done
	[ -s "$tmp/pid" ] || { fail "the program did not start"; return 1; }
}

recovery_files() { ls "$rdir" 2>/dev/null | grep "^$base-"; }

# wait_recovery VALUE: until the recovery file of $file holds the first item's area VALUE.
wait_recovery() {
	i=0
	while [ $i -lt $((TIMEOUT * 10)) ]; do
		for f in "$rdir"/"$base"-*.yaml; do
			[ -e "$f" ] && grep -q "id: town-potato, .*area_ha: $1," "$f" && return 0
		done
		sleep 0.1
		i=$((i + 1))
	done
	fail "no recovery file with area $1 in $rdir: $(ls "$rdir" 2>/dev/null)"
}

# no_recovery: until no recovery file of $file is left (the interface catches up when input
# pauses).
no_recovery() {
	i=0
	while [ $i -lt $((TIMEOUT * 10)) ]; do
		left=$(recovery_files)
		[ -z "$left" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "recovery files left behind: $left"
}

alternate_on() { T display-message -p -t 0 '#{alternate_on}'; }

# The terminal as the program found it: the same modes, the alternate screen left.
terminal_restored() {
	[ -s "$tmp/stty-after" ] || { fail "no terminal modes after the program"; return 1; }
	[ "$(cat "$tmp/stty-before")" = "$(cat "$tmp/stty-after")" ] ||
		{ fail "terminal modes changed: $(cat "$tmp/stty-before") -> $(cat "$tmp/stty-after")"; return 1; }
	[ "$(alternate_on)" = 0 ] || { fail "the alternate screen is still on after exit"; return 1; }
}

# Overview figures of the file, then the first plan item's area set to VALUE (written with
# '.', typed with the language's decimal mark: "37,5" in Vietnamese, where "37.5" could be
# 37,5 or 375 and is refused); leaves the overview's output line before (base_line) and after
# (edited_line) in those variables.
edit_area() {
	keys 1
	wait_for "$out" || return 1
	base_line=$(line_with "$out")
	keys 2
	wait_for "$(msg "Sown")" || return 1
	keys Enter
	wait_for "$(msg "Area (ha):")" || return 1
	keys C-u
	if [ "$lang" = vi ]; then type_text "$(printf '%s' "$1" | tr . ,)"; else type_text "$1"; fi
	keys Enter
	wait_dirty 1 || return 1
	keys 1
	wait_line "$out" "!=" "$base_line" || return 1
	edited_line=$(line_with "$out")
	wait_recovery "$1"
}

# stop_with SIGNAL STATUS: kill the program, see it exit with STATUS, the terminal restored.
stop_with() {
	[ "$(alternate_on)" = 1 ] || { fail "the interface is not on the alternate screen"; return 1; }
	kill -"$1" "$(cat "$tmp/pid")" || { fail "kill -$1 failed"; return 1; }
	wait_exit "$2" || return 1
	terminal_restored
}

# The next start offers the edits (saying the file changed when $2 = changed); y restores.
accept_offer() {
	start_watched "$file" || return 1
	asked=$offer
	[ "${1:-}" = changed ] && asked=$changed
	wait_for "$asked" || return 1
	# The question is over the file's own figures until it is answered.
	wait_line "$out" "=" "$base_line" || return 1
	wait_dirty 0 || return 1
	keys y
	wait_gone "$asked" || return 1
	wait_line "$out" "=" "$edited_line" || return 1
	wait_dirty 1
}

run_lang() {
	lang=$1
	nocolor=0
	config="80x24 $lang"
	base=s-$lang
	file=$tmp/$base.yaml
	cp "$tmp/builtin.yaml" "$file"
	out=$(msg "Output (tonnes)")
	marker=$(msg "[modified]")
	offer=$(msg "Restore unsaved edits from %s? (y/n)" cut)
	changed=$(msg "File changed since. Restore unsaved edits from %s? (y/n)" cut)
	question=$(msg "Save changes? (y)es (n)o (c)ancel")

	# A clean session leaves nothing.
	start_watched "$file" || return 1
	wait_for "$out" || return 1
	keys q
	wait_exit 0 || return 1
	terminal_restored || return 1
	no_recovery || return 1

	# SIGTERM: the edits are kept and offered; "don't save" on quitting removes them.
	config="80x24 $lang SIGTERM"
	start_watched "$file" || return 1
	edit_area 37.5 || return 1
	stop_with TERM 143 || return 1
	grep -qF "$rdir/$base-" "$tmp/stderr" || { fail "stderr does not name the recovery file"; return 1; }
	accept_offer || return 1
	keys q
	wait_for "$question" || return 1
	keys n
	wait_exit 0 || return 1
	no_recovery || return 1

	# SIGHUP (the terminal went away): the same; saving removes the recovery file.
	config="80x24 $lang SIGHUP"
	start_watched "$file" || return 1
	edit_area 41.5 || return 1
	stop_with HUP 129 || return 1
	accept_offer || return 1
	keys s
	wait_for "$(msg "Saved to %s" cut)" || return 1
	wait_dirty 0 || return 1
	no_recovery || return 1
	keys q
	wait_exit 0 || return 1
	no_recovery || return 1
	grep -q "id: town-potato, .*area_ha: 41.5," "$file" || { fail "the save lost the area"; return 1; }

	# A crash: the handler gives the terminal back; the file written at the edit is offered,
	# saying the file changed when it did.
	config="80x24 $lang SIGSEGV"
	start_watched "$file" || return 1
	edit_area 42.5 || return 1
	stop_with SEGV 139 || return 1
	echo "# changed after the crash" >>"$file"
	accept_offer changed || return 1
	keys q
	wait_for "$question" || return 1
	keys n
	wait_exit 0 || return 1
	no_recovery || return 1

	# Declining: the file's figures, nothing unsaved, the recovery file gone.
	config="80x24 $lang decline"
	start_watched "$file" || return 1
	edit_area 43.5 || return 1
	stop_with TERM 143 || return 1
	start_watched "$file" || return 1
	wait_for "$offer" || return 1
	keys n
	wait_for "$(msg "Unsaved edits discarded")" || return 1
	wait_line "$out" "=" "$base_line" || return 1
	wait_dirty 0 || return 1
	no_recovery || return 1
	keys q
	wait_exit 0 || return 1

	# A session that edits and saves leaves nothing; nor does quitting after an undo.
	config="80x24 $lang save"
	start_watched "$file" || return 1
	edit_area 44.5 || return 1
	keys s
	wait_for "$(msg "Saved to %s" cut)" || return 1
	keys q
	wait_exit 0 || return 1
	no_recovery || return 1
	start_watched "$file" || return 1
	edit_area 45.5 || return 1
	keys u
	wait_dirty 0 || return 1
	keys q
	wait_exit 0 || return 1
	no_recovery
}

"$prog" scenario >"$tmp/builtin.yaml" || { echo "e2e: \`vudong scenario\` failed" >&2; exit 1; }

run_lang vi
run_lang en

if [ "$fails" -ne 0 ]; then
	echo "e2e: recovery: $fails failure(s)" >&2
	exit 1
fi
echo "e2e: recovery: edits survive SIGTERM, SIGHUP and a crash, in vi and en at 80x24"
