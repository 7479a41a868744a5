#!/bin/sh
# files.sh - the interface keeps the user's files (issue 13), in tmux at 100x30 in English:
#  1. saving an edit to a file that `extends:` another keeps its comments and `extends:` and
#     changes only the edited line (diff against the original: one line out, one in);
#  2. a file changed on disk since it was read is not replaced by `s`: the interface asks
#     (save as / reload / overwrite) and Esc leaves the outside change in place; `r` reloads
#     the file and the edits come back with `u`;
#  6. a read-only file is not replaced by `s`: the interface asks;
#  7. save-as /dev/null is refused ("not a regular file"), the edits stay unsaved, and `q`
#     still asks before quitting.
# Usage: tests/e2e/files.sh PROGRAM
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
config="files"
marker=$(msg "[modified]")
w=$tmp/w
mkdir -p "$w"
cp "$root/scenarios/binh-lieu-2020.yaml" "$root/scenarios/more-potato-on-paddy.yaml" "$w/"
file=$w/more-potato-on-paddy.yaml
cp "$file" "$tmp/orig.yaml"

# edit_area N: the first plan item's area becomes N.
edit_area() {
	keys 2
	keys Enter
	wait_for "$(msg "Area (ha):")" || return 1
	keys C-u
	type_text "$1"
	keys Enter
	wait_dirty 1
}

start 100x30 "$file" || exit 1
wait_for "$(msg "Output (tonnes)")" || exit 1

# ---- 1. the saved file is the user's file with the edited line changed
edit_area 41 || exit 1
keys s
wait_for "Saved to" || exit 1
wait_dirty 0
changed=$(diff "$tmp/orig.yaml" "$file" | grep -c '^[<>]')
[ "$changed" = 2 ] || { fail "saving changed $changed lines, not 1 out and 1 in"; diff "$tmp/orig.yaml" "$file" >&2; }
grep -q '^extends: binh-lieu-2020.yaml$' "$file" || fail "extends: is gone"
[ "$(grep -c '^#' "$file")" = "$(grep -c '^#' "$tmp/orig.yaml")" ] || fail "comments are gone"
grep -q 'area_ha: 41' "$file" || fail "the edited area is not in the file"

# ---- 2. changed on disk: asked, Esc keeps the outside change, r reloads, u brings the edit back
echo "# changed by a colleague" >>"$file"
edit_area 43 || exit 1
keys s
wait_for "changed on disk" || exit 1
keys Escape
wait_for "Not saved; nothing was written" || exit 1
grep -q 'changed by a colleague' "$file" || fail "the outside change was overwritten"
grep -q 'area_ha: 43' "$file" && fail "the edit was written over the outside change"
keys s
wait_for "changed on disk" || exit 1
keys r
wait_for "Reloaded" || exit 1
wait_dirty 0
keys u
wait_dirty 1
keys s
wait_for "Saved to" || exit 1
grep -q 'changed by a colleague' "$file" || fail "saving after reload lost the colleague's line"
grep -q 'area_ha: 43' "$file" || fail "the edit brought back by undo was not saved"

# ---- 6. read-only: asked, Esc writes nothing
chmod 444 "$file"
cp "$file" "$tmp/ro-before.yaml"
edit_area 44 || exit 1
keys s
wait_for "is read-only" || exit 1
keys Escape
wait_for "Not saved; nothing was written" || exit 1
cmp -s "$file" "$tmp/ro-before.yaml" || fail "the read-only file was replaced"
chmod 644 "$file"

# ---- 7. save-as /dev/null: refused, still unsaved, q asks
keys S
wait_for "$(msg "Save as:")" || exit 1
keys C-u
type_text /dev/null
keys Enter
wait_for "not a regular file" || exit 1
wait_dirty 1
keys q
wait_for "$(msg "Save changes? (y)es (n)o (c)ancel")" || exit 1
keys n
wait_exit 0

if [ "$fails" -ne 0 ]; then
	echo "e2e files.sh: $fails failure(s)" >&2
	exit 1
fi
echo "e2e files.sh: extends and comments kept, outside changes, read-only and devices asked or refused"
