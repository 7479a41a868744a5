#!/bin/sh
# workshop.sh - the trainer's interface in tmux: (1) in the light, contrast and dark themes
# every screen and the presentation view at 80x24 are captured with their colours
# (capture-pane -e) and no visible character is below 4.5 : 1 on the xterm, Tango and
# Campbell palettes (sgr_contrast.awk; the mono screen, in the terminal's own colours, is
# refused by the same check, so it can fail); (2) T changes the theme and it is remembered
# in $XDG_CONFIG_HOME/vudong/config, a bad line in that file is a warning with file:line and
# the program still starts; (3) the presentation view (P, --present) at 60x18 and 80x24 in
# Vietnamese and English shows the overview's output figure in block digits, whole, and a
# screen key leaves it; (4) R asks, n keeps the edit, y reverts to the file (clean, the
# overview's output back to the file's) and u brings the edit back; (5) X writes the
# overview's chart as PNG, the risk screen's spread as SVG, and refuses another suffix;
# (6) p plays the season as a film, pauses, → steps a day, Esc goes back to the calendar.
# Usage: tests/e2e/workshop.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || { echo "e2e: tmux is needed" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"

# contrast_ok NAME: the screen's colours pass the check.
contrast_ok() {
	T capture-pane -e -p -t 0 >"$tmp/cap-$1.txt"
	LC_ALL=C awk -f "$root/tests/e2e/sgr_contrast.awk" "$root/tui/core/palette.c" "$tmp/cap-$1.txt" \
		>"$tmp/contrast.out" 2>&1 || { fail "$1: $(cat "$tmp/contrast.out")"; return 1; }
}

run_contrast() { # THEME
	lang=vi
	nocolor=0
	config="contrast $1"
	opts="--theme $1"
	start 80x24 "$tmp/builtin.yaml" || return 1
	wait_for "$(screen_marker 1)" || return 1
	for n in 1 2 3 4 5 6 7 8 9 0 P; do
		keys "$n"
		wait_for "$(screen_marker $n)" || return 1
		[ "$n" = 8 ] && { wait_gone "$(msg "Running %s seasons" cut)" || return 1; }
		contrast_ok "$1-$n" || return 1
	done
	keys P
	wait_gone "$(msg "Presentation")" || return 1
	keys q
	wait_exit 0
	# --theme is remembered.
	grep -qx "theme = $1" "$tmp/config/vudong/config" || fail "theme $1 not remembered"
}

run_mono_refused() {
	lang=en
	nocolor=1
	config="mono is refused by the contrast check"
	opts=""
	start 80x24 "$tmp/builtin.yaml" || return 1
	wait_for "$(screen_marker 1)" || return 1
	T capture-pane -e -p -t 0 >"$tmp/cap-mono.txt"
	LC_ALL=C awk -f "$root/tests/e2e/sgr_contrast.awk" "$root/tui/core/palette.c" "$tmp/cap-mono.txt" \
		>/dev/null 2>&1 && fail "the check passed a screen in the terminal's default colours"
	keys q
	wait_exit 0
}

run_config_file() {
	lang=en
	nocolor=0
	config="config file"
	opts=""
	mkdir -p "$tmp/config/vudong"
	printf 'theme = contrast\nshade = grey\nlang = klingon\n' >"$tmp/config/vudong/config"
	start 80x24 "$tmp/builtin.yaml" || return 1
	wait_for "$(screen_marker 1)" || return 1
	# The contrast theme from the file: the top bar in reverse video (black ground).
	T capture-pane -e -p -t 0 | head -n 1 | grep -q "$(printf '\033')\[\([0-9]*;\)*7m" ||
		fail "the remembered contrast theme is not in use"
	keys T      # contrast -> mono
	wait_for "Theme: mono" || return 1
	keys T      # mono -> dark
	wait_for "Theme: dark" || return 1
	keys q
	wait_exit 0
	grep -q "config:2: warning: unknown key 'shade'" "$tmp/stderr" || fail "no file:line warning for line 2"
	grep -q "config:3: warning: lang must be vi or en, not 'klingon'" "$tmp/stderr" ||
		fail "no file:line warning for line 3"
	grep -qx "theme = dark" "$tmp/config/vudong/config" || fail "T was not remembered"
	rm -rf "$tmp/config"
}

run_present() { # SIZE LANG
	lang=$2
	nocolor=0
	config="present $1 $2"
	opts=""
	start 80x24 "$tmp/builtin.yaml" || return 1
	wait_for "$(screen_marker 1)" || return 1
	keys P
	wait_for "$(msg "Presentation")" || return 1
	T resize-window -t 0 -x "${1%x*}" -y "${1#*x}" || { fail "tmux cannot resize"; return 1; }
	wait_gone "$(msg "vudong needs at least %d%s%d. Enlarge the window." cut)" || return 1
	wait_for "$(msg "Output (tonnes)")" || return 1
	wait_for "$(msg "Chance of reaching %s%%" cut)" || return 1
	# Five rows of blocks under the label; every block row ends inside the window (a row
	# cut at the edge would have a block in the last column).
	blocks=$(screen | grep -c '█')
	[ "$blocks" -ge 10 ] || fail "block digits: $blocks rows with blocks, expected two rows of figures"
	screen | awk -v w="${1%x*}" '{ if (length($0) > 0 && substr($0, w, 1) == "█") bad = 1 } END { exit bad }' ||
		fail "a block digit touches the right edge"
	# Screen keys still work: 2 leaves the view for the plan (at 80x24: below it the other
	# screens only ask for a larger window).
	keys 2
	T resize-window -t 0 -x 80 -y 24 || { fail "tmux cannot resize"; return 1; }
	wait_for "$(screen_marker 2)" || return 1
	keys q
	wait_exit 0
}

run_present_start() {
	lang=en
	nocolor=0
	config="--present at 60x18"
	opts="--present"
	start 60x18 "$tmp/builtin.yaml" || return 1
	wait_for "$(msg "Presentation")" || return 1
	wait_for "Output (tonnes)" || return 1
	keys P      # back to the screens: 60x18 is too small for them, the message says so
	wait_for "vudong needs at least 80" || return 1
	keys q
	wait_exit 0
}

run_revert() { # LANG
	lang=$1
	nocolor=0
	config="revert $1"
	opts=""
	file=$tmp/rev-$1.yaml
	cp "$tmp/builtin.yaml" "$file"
	start 80x24 "$file" || return 1
	out=$(msg "Output (tonnes)")
	marker=$(msg "[modified]")
	wait_for "$out" || return 1
	base_line=$(line_with "$out")
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
	edited=$(line_with "$out")
	keys R
	wait_for "$(msg "Revert to %s, dropping the edits and the pinned baseline? (y/n)" cut)" || return 1
	keys n
	wait_for "$(msg "Not reverted; the edits stay")" || return 1
	wait_line "$out" "=" "$edited" || return 1
	keys R
	wait_for "$(msg "Revert to %s, dropping the edits and the pinned baseline? (y/n)" cut)" || return 1
	keys y
	wait_for "$(msg "Reverted to %s (u brings the edits back)" cut)" || return 1
	wait_dirty 0 || return 1
	wait_line "$out" "=" "$base_line" || return 1
	keys u
	wait_dirty 1 || return 1
	cur=$(line_with "$out" | awk '{ print $(NF-2) }')
	want=$(printf '%s\n' "$edited" | awk '{ print $(NF-2) }')
	[ "$cur" = "$want" ] || fail "undo after revert: output $cur, expected $want"
	keys q
	wait_for "$(msg "Save changes? (y)es (n)o (c)ancel" cut)" || return 1
	keys n
	wait_exit 0
	cmp -s "$file" "$tmp/builtin.yaml" || fail "revert changed the file"
}

run_chart() { # LANG
	lang=$1
	nocolor=0
	config="X chart $1"
	opts=""
	file=$tmp/chart-$1.yaml
	cp "$tmp/builtin.yaml" "$file"
	start 80x24 "$file" || return 1
	wait_for "$(screen_marker 1)" || return 1
	keys X
	wait_for "$(msg "Export the chart to (.png, .svg or .pdf):")" || return 1
	keys Enter
	wait_for "$(msg "Chart written to %s" cut)" || return 1
	[ "$(head -c 4 "$tmp/chart-$1-chart.png" | tail -c 3)" = "PNG" ] || fail "no PNG written"
	# The risk screen's chart is the spread of its seasons, here as SVG.
	keys 8
	wait_for "$(screen_marker 8)" || return 1
	wait_gone "$(msg "Running %s seasons" cut)" || return 1
	keys X
	wait_for "$(msg "Export the chart to (.png, .svg or .pdf):")" || return 1
	keys C-u
	type_text "$tmp/spread-$1.svg"
	keys Enter
	wait_for "$(msg "Chart written to %s" cut)" || return 1
	grep -q "<svg" "$tmp/spread-$1.svg" || fail "no SVG written"
	# A name without a picture suffix is refused.
	keys X
	wait_for "$(msg "Export the chart to (.png, .svg or .pdf):")" || return 1
	keys C-u
	type_text "$tmp/chart.txt"
	keys Enter
	wait_for "$(msg "Not exported: the name must end in .png, .svg or .pdf")" || return 1
	[ -e "$tmp/chart.txt" ] && fail "a .txt chart was written"
	keys q
	wait_exit 0
}

run_film() { # LANG
	lang=$1
	nocolor=0
	config="film $1"
	opts=""
	start 80x24 "$tmp/builtin.yaml" || return 1
	wait_for "$(screen_marker 1)" || return 1
	keys p
	wait_for "$(msg "Season film, %d days/s: %s" cut)" || return 1
	keys p      # pause
	wait_for "$(msg "paused; p play, ←/→ a day, Esc calendar")" || return 1
	day=$(screen | sed -n "s/.*$(msg "Day %d of %d: %s" cut)\([0-9]*\).*/\1/p" | head -n 1)
	[ -n "$day" ] || { fail "no day shown"; return 1; }
	keys Right
	wait_for "$(msg "Day %d of %d: %s" cut)$((day + 1))" || return 1
	keys Escape
	wait_for "$(screen_marker 6)" || return 1
	keys q
	wait_exit 0
}

"$prog" scenario >"$tmp/builtin.yaml" || { echo "e2e: \`vudong scenario\` failed" >&2; exit 1; }

run_contrast light
run_contrast contrast
run_contrast dark
rm -rf "$tmp/config"
run_mono_refused
run_config_file
run_present 60x18 vi
run_present 60x18 en
run_present 80x24 vi
run_present 80x24 en
run_present_start
run_revert vi
run_revert en
run_chart vi
run_chart en
run_film vi
run_film en

if [ "$fails" -ne 0 ]; then
	echo "e2e workshop: $fails failure(s)" >&2
	exit 1
fi
echo "e2e workshop: light, contrast and dark at 4.5:1 on every screen; config remembered and checked; presentation at 60x18 and 80x24 in vi and en; revert asks and undoes"
