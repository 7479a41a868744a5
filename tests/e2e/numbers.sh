#!/bin/sh
# numbers.sh - numbers typed the Vietnamese way (issue 14), in tmux at 80x24 in Vietnamese:
#  1. on the crops screen, typing `2.500` as the first crop's price stores 2500 (saved to the
#     file as `price_vnd_kg: 2500`), never 2.5;
#  2. typing `2.5` is refused with the message that shows both readings (2,5 or 25) and the
#     price stays 2500;
#  3. on the plan screen, typing `12 sào` as the first item's area gives 0,43 ha
#     (12 × 360 m² = 4 320 m² = 0.432 ha), saved as `area_ha: 0.432`.
# Usage: tests/e2e/numbers.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"
lang=vi
nocolor=1
config="numbers 80x24 vi"
marker=$(msg "[modified]")
file=$tmp/s.yaml
"$prog" scenario >"$file" || { echo "e2e: cannot write the built-in scenario" >&2; exit 1; }

start 80x24 "$file" || exit 1
wait_for "$(msg "Output (tonnes)")" || exit 1

# ---- 1. 2.500 is two thousand five hundred
keys 3
wait_for "$(plain "Kc")" || exit 1
i=0
while [ $i -lt 10 ]; do keys Right; i=$((i + 1)); done
wait_for "$(msg "Farm-gate price at current prices" | cut -c1-20)" || exit 1
keys Enter
wait_for "$(msg "Price") (đ/kg):" || exit 1
keys C-u
type_text "2.500"
keys Enter
wait_dirty 1 || exit 1
wait_for "2.500" || exit 1

# ---- 2. 2.5 could be 2,5 or 25: refused, with both readings
keys Enter
wait_for "$(msg "Price") (đ/kg):" || exit 1
keys C-u
type_text "2.5"
keys Enter
wait_for "có thể là 2,5 hoặc 25" || exit 1

# ---- 3. 12 sào as an area is 0,43 ha
keys 2
wait_for "$(msg "Sown")" || exit 1
keys Enter
wait_for "$(msg "Area (ha):")" || exit 1
keys C-u
type_text "12 sào"
keys Enter
wait_match " 0,43 " || exit 1

keys s
wait_for "$(msg "Saved to %s" cut)" || exit 1
grep -q "price_vnd_kg: 2500$" "$file" || fail "the saved price is not 2500: $(grep -m1 price_vnd_kg "$file")"
grep -q "area_ha: 0.432[,}]" "$file" || fail "the saved area is not 0.432: $(grep -m1 'crop: .*area_ha' "$file")"
keys q
wait_exit 0 || true

if [ "$fails" -ne 0 ]; then
	echo "e2e numbers: $fails failure(s)" >&2
	exit 1
fi
echo "e2e numbers: 2.500 -> 2500, 2.5 refused with both readings, 12 sào -> 0,43 ha (80x24, vi)"
