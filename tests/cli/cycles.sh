#!/bin/sh
# cycles.sh - tools/check-cycles.sh on a made-up tree of three files: a sim/ cycle (a calls b,
# b calls back into a) fails and is named with the symbol of each call; the same cycle in
# tui/ fails too; a chain without a cycle passes; an object whose source is gone is left out. Usage: sh tests/cli/cycles.sh [PROGRAM] (unused)
set -u
. "$(dirname "$0")/lib.inc"
root=$(cd "$(dirname "$0")/../.." && pwd)
cc=${CC:-cc}

# tree DIR A_BODY B_BODY: DIR/a.c and DIR/b.c (the sources) and their objects in build/; the
# functions a_work and b_work are renamed after DIR so that two trees do not share a symbol.
tree() {
	mkdir -p "$tmp/t/$1" "$tmp/t/build/$1"
	p=$(echo "$1" | tr / _)
	printf '%s\n' "int b_work(int); int a_work(int);" "$2" | sed "s/[ab]_work/${p}_&/g" > "$tmp/t/$1/a.c"
	printf '%s\n' "int a_work(int); int b_work(int);" "$3" | sed "s/[ab]_work/${p}_&/g" > "$tmp/t/$1/b.c"
	for f in a b; do
		"$cc" -c -o "$tmp/t/build/$1/$f.o" "$tmp/t/$1/$f.c" || fail "cannot compile $1/$f.c"
	done
}
check() {
	(cd "$tmp/t" && "$root/tools/check-cycles.sh" build) >"$tmp/out" 2>"$tmp/err"
}

cyclic_a='int a_work(int n) { return n ? b_work(n - 1) : 0; }'
cyclic_b='int b_work(int n) { return n ? a_work(n - 1) : 1; }'
plain_b='int b_work(int n) { return n + 1; }'

tree sim/x "$cyclic_a" "$cyclic_b"
check
[ $? = 1 ] || fail "a sim/ cycle passed"
grep -qx 'cycle: sim/x/a sim/x/b' "$tmp/out" || fail "the sim/ cycle is not named: $(cat "$tmp/out")"
grep -q 'sim/x/b -> sim/x/a (sim_x_a_work)' "$tmp/out" || fail "the call back is not named"

rm -rf "$tmp/t"
tree tui/x "$cyclic_a" "$cyclic_b"
check
[ $? = 1 ] || fail "a tui/ cycle passed"
grep -qx 'cycle: tui/x/a tui/x/b' "$tmp/out" || fail "the tui/ cycle is not named"
rm -rf "$tmp/t"
tree sim/y "$cyclic_a" "$plain_b"
check || fail "a chain without a cycle failed the check"
if grep -q 'sim/y' "$tmp/out"; then fail "a chain without a cycle is listed"; fi

# The sim/ cycle's object left behind after its source was removed: not a file of the tree.
tree sim/x "$cyclic_a" "$cyclic_b"
rm "$tmp/t/sim/x/b.c"
check || fail "a stale object made a cycle: $(cat "$tmp/out")"

finish cycles.sh "a cycle in sim/ or tui/ fails, a chain passes"
