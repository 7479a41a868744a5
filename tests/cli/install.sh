#!/bin/sh
# install.sh - `make install PREFIX=...` gives a program that works away from the source tree:
# the shipped scenarios are under PREFIX/share/vudong/scenarios (with their weather and
# station files), a relative scenario path that does not exist from the working directory is
# found there (the command line and the interface's compare prompt, whose example names
# scenarios/more-potato-on-paddy.yaml), a file in the working directory still comes first,
# the drawing library is found in PREFIX/lib/vudong, and the installed man page names
# PREFIX/share/vudong. The program is built for the test in
# build/install-test (so the tree's own build keeps its PREFIX), then run from an empty
# folder. Usage: sh tests/cli/install.sh PROGRAM (PROGRAM is not used: the installed one is).
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en
root=$(cd "$(dirname "$0")/../.." && pwd)

p=$tmp/p
data=$p/share/vudong
# A make started by `make test` must not take the parent's jobserver flags.
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$root" -s -j2 BUILD=build/install-test \
	PROGRAM=build/install-test/vudong PREFIX="$p" install >"$tmp/make.log" 2>&1; then
	fail "make install PREFIX=$p failed:"
	tail -n 15 "$tmp/make.log" | sed 's/^/  | /'
	finish install.sh "-"
fi
vudong=$p/bin/vudong

# What is installed: the program, every shipped scenario and data file, the man page, the
# licence texts.
[ -x "$vudong" ] || fail "no $vudong"
for f in "$root"/scenarios/*.yaml "$root"/scenarios/weather/*.csv "$root"/scenarios/stations/*.csv \
	"$root"/scenarios/stations/README.md; do
	[ -e "$f" ] || continue
	rel=${f#"$root"/}
	cmp -s "$f" "$data/$rel" || fail "$rel not installed as $data/$rel"
done
for f in LICENSE NOTICE README.md reference.md; do
	[ -f "$p/share/doc/vudong/$f" ] || fail "no $p/share/doc/vudong/$f"
done

# The man page's FILES names the real data folder, not the default one.
man=$p/share/man/man1/vudong.1
if [ -f "$man" ]; then
	grep -qF "$data/scenarios/" "$man" || fail "the installed man page does not name $data/scenarios/"
	grep -v '^\.\\"' "$man" | grep -q '/usr/local/share/vudong' && fail "the installed man page still names /usr/local/share/vudong"
	grep -qF "$p/lib/vudong/vudong\\-draw.so" "$man" || fail "the installed man page does not name $p/lib/vudong/vudong-draw.so"
else
	fail "no man page $man"
fi
# The Vietnamese man page (man -L vi vudong), with the real data folder too.
man_vi=$p/share/man/vi/man1/vudong.1
if [ -f "$man_vi" ]; then
	grep -q '^\.SH TÓM TẮT' "$man_vi" || fail "the Vietnamese man page has no TÓM TẮT"
	grep -qF "$data/scenarios/" "$man_vi" || fail "the Vietnamese man page does not name $data/scenarios/"
else
	fail "no Vietnamese man page $man_vi"
fi

# From an empty folder: `compare` with the shipped names relative to the data folder, as the
# interface's example gives them. The variant extends the built-in scenario (found beside it)
# and doubles the potato on paddy, so B - A of potato's area is positive.
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere" || exit 1
expect_status 0 "installed compare from another folder" "$vudong" compare --format csv --table crops \
	scenarios/binh-lieu-2020.yaml scenarios/more-potato-on-paddy.yaml
grep -qF "# scenario_b: $data/scenarios/more-potato-on-paddy.yaml" "$tmp/out" ||
	fail "compare does not name the installed file: $(grep scenario_b: "$tmp/out")"
grep -v '^#' "$tmp/out" > "$tmp/cmp.csv"
potato=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
	$col["id"] == "potato" && $col["figure"] == "area_ha" { print $col["diff"] }' "$tmp/cmp.csv")
awk -v d="$potato" 'BEGIN { exit !(d > 0) }' || fail "potato area B - A is '$potato', expected > 0"
# The same figures as the tree's program on the tree's files.
(cd "$root" && "$prog" compare --format csv --table crops scenarios/binh-lieu-2020.yaml \
	scenarios/more-potato-on-paddy.yaml) | grep -v '^#' > "$tmp/cmp-tree.csv"
cmp -s "$tmp/cmp.csv" "$tmp/cmp-tree.csv" || fail "the installed compare differs from the tree's"
for f in "$root"/scenarios/*.yaml; do
	expect_status 0 "installed check scenarios/${f##*/}" "$vudong" check "scenarios/${f##*/}"
done
# The drawing library is found in PREFIX/lib/vudong: the handout is drawn.
[ -f "$p/lib/vudong/vudong-draw.so" ] || fail "no $p/lib/vudong/vudong-draw.so"
expect_status 0 "installed handout" "$vudong" run --format pdf -o "$tmp/elsewhere/handout.pdf"
[ "$(head -c 5 "$tmp/elsewhere/handout.pdf" 2>/dev/null)" = "%PDF-" ] || fail "the installed handout is not a PDF"

# A file in the working folder comes first; a name found nowhere is named as typed.
mkdir scenarios
printf 'format: vudong/1\nsite: [\n' > scenarios/more-potato-on-paddy.yaml
expect_status 2 "a local file comes first" "$vudong" check scenarios/more-potato-on-paddy.yaml
grep -q '^scenarios/more-potato-on-paddy.yaml:' "$tmp/err" ||
	fail "the local broken file is not the one read: $(head -2 "$tmp/err")"
expect_status 2 "a name found nowhere" "$vudong" check scenarios/nowhere.yaml
grep -q '^scenarios/nowhere.yaml: error: cannot read the file' "$tmp/err" ||
	fail "missing file: $(head -2 "$tmp/err")"
rm -r scenarios

# The interface's compare prompt, typed as its example says (when tmux is there).
if command -v tmux >/dev/null 2>&1; then
	sock=$tmp/tmux.sock
	T() { LANG=C.UTF-8 tmux -S "$sock" -f /dev/null "$@"; }
	T new-session -d -x 100 -y 30 "env LANG=C.UTF-8 XDG_STATE_HOME='$tmp/state' '$vudong' --lang en" ||
		fail "tmux did not start"
	wait_screen() {
		i=0
		while [ $i -lt 100 ]; do
			T capture-pane -p -t 0 2>/dev/null | grep -qF -- "$1" && return 0
			sleep 0.1
			i=$((i + 1))
		done
		fail "the interface never showed \"$1\":"
		T capture-pane -p -t 0 2>/dev/null | sed 's/^/  | /'
		return 1
	}
	if wait_screen "Overview"; then
		T send-keys -t 0 0
		wait_screen "for example scenarios/more-potato-on-paddy.yaml" &&
			T send-keys -t 0 Enter && wait_screen "Compare with the scenario file:" &&
			T send-keys -t 0 -l scenarios/more-potato-on-paddy.yaml && T send-keys -t 0 Enter &&
			wait_screen "Comparing with $data/scenarios/more-potato-on-paddy.yaml"
	fi
	T kill-server >/dev/null 2>&1
fi

finish install.sh "make install PREFIX=... works from another folder; man page names $data"
