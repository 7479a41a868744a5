#!/bin/sh
# forms.sh - issue 15 in the interface, in tmux at 80x24 on scenarios/binh-lieu-2020.yaml:
# find and order (/ finds "dong tam" in "Xã Đồng Tâm", n goes on; o sorts the plan by commune
# in Vietnamese order, Đồng Tâm first where byte order would put it last, O turns it round);
# the forms (Enter on the overview: the growth target typed, then undone; e on the plan: a
# commune added as a copy and a land unit added, each undone); a crop added by copy on the
# crops screen and undone; the potato's form (e): its id renamed and its stage lengths
# switched from degree days to days, both undone; a price shock made on the weather screen
# and undone; and a terminal whose locale is not UTF-8 (LANG=C): ASCII only, Vietnamese
# without marks, the status line saying so, and Vietnamese typed into the find prompt
# arriving whole. Waits poll the screen every 0.1 s up to a timeout; no fixed sleeps.
# Usage: tests/e2e/forms.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"
file=$root/scenarios/binh-lieu-2020.yaml

# The first row of the plan's table (line 3 of the screen: the tab bar, the header).
first_row() { screen | sed -n 3p; }

find_and_order() {
	lang=vi
	nocolor=1
	config="80x24 find and order"
	start 80x24 "$file" || return 1
	keys 2
	wait_for "$(msg "Sown")" || return 1
	# o: by commune, A to Z in the Vietnamese alphabet (D, Đ, ... H ... T, V).
	keys o
	wait_for "$(msg "Sorted by %s, ascending" cut)" || return 1
	wait_match '^Xã Đồng Tâm ' || return 1
	case $(first_row) in "Xã Đồng Tâm "*) ;; *) fail "first row after o: $(first_row)" ;; esac
	screen | grep -n '^Xã Hoành Mô ' | head -n 1 > "$tmp/hm"
	screen | grep -n '^Xã Đồng Văn ' | head -n 1 > "$tmp/dv"
	[ "$(cut -d: -f1 "$tmp/dv")" -lt "$(cut -d: -f1 "$tmp/hm")" ] ||
		fail "Đồng Văn is not above Hoành Mô"
	# O: Z to A: Vô Ngại first.
	keys O
	wait_for "$(msg "Sorted by %s, descending" cut)" || return 1
	case $(first_row) in "Xã Vô Ngại "*) ;; *) fail "first row after O: $(first_row)" ;; esac
	# / dong tam: found without the marks, whatever the case.
	keys /
	wait_for "$(msg "Find:")" || return 1
	type_text "DONG TAM"
	keys Enter
	wait_for '"DONG TAM": Xã Đồng Tâm, ' || return 1
	line1=$(line_with '"DONG TAM": ')
	keys n
	wait_line '"DONG TAM": Xã Đồng Tâm, ' != "$line1" || return 1
	# Results: o sorts by the crop; a second o by the commune.
	keys 5
	keys o
	wait_for "$(msg "Sorted by %s, ascending" cut)$(msg "Crop")" || return 1
	# Nothing found: the status says so.
	keys 2 /
	wait_for "$(msg "Find:")" || return 1
	keys C-u
	type_text "khong co xa nay"
	keys Enter
	wait_for "$(msg "Not found: %s" cut)khong co xa nay" || return 1
	keys q
	wait_exit 0
}

forms() {
	lang=en
	nocolor=1
	config="80x24 forms"
	marker=$(msg "[modified]")
	start 80x24 "$file" || return 1
	wait_for "Target 13.5 %" || return 1
	# Enter on the overview: the economy and the growth target.
	keys Enter
	wait_for "$(msg "Economy and growth target")" || return 1
	keys Down Down Down
	wait_for "economy.target_growth_pct" || return 1
	keys Enter
	wait_for "planned district growth (optional) (%):" || return 1
	keys C-u
	type_text "9.5"   # English marks: "9,5" is refused there as ambiguous
	keys Enter
	wait_for "planned district growth (optional) = 9.5 (u undoes)" || return 1
	keys Escape
	wait_for "Target 9.5 %" || return 1
	keys u
	wait_for "Target 13.5 %" || return 1

	# e on the plan: the commune of the first row, the cursor at the row's land unit; Home
	# (g) to the commune's own keys, where a copies the commune.
	keys 2 e
	wait_for "Commune Thị trấn Bình Liêu and its land units" || return 1
	wait_match '^Land unit paddy: *$' || return 1
	keys g
	wait_for "commune.id" || return 1
	keys a
	wait_for "Commune Thị trấn Bình Liêu (2) added" || return 1
	wait_for "Commune Thị trấn Bình Liêu (2) and its land units" || return 1
	keys u
	wait_for "Undone" || return 1
	wait_for "Commune Thị trấn Bình Liêu and its land units" || return 1
	# A land unit: a on the first land unit's keys copies it after it.
	keys Down Down Down Down Down Down
	wait_for "land.kind" || return 1
	keys a
	wait_for "Land unit paddy-2 added, a copy of paddy" || return 1
	wait_for "Land unit paddy-2:" || return 1
	keys u
	wait_gone "Land unit paddy-2:" || return 1
	keys Escape
	wait_for "$(msg "Sown")" || return 1

	# A crop by copy on the crops screen.
	keys 3
	wait_for "Kc ini (from" || return 1
	keys a
	wait_for "Crop Khoai tây (2) added, a copy of potato" || return 1
	wait_match '^Khoai tây… +0\.50 +1\.15 ' || return 1   # the new last row
	wait_for "Khoai tây (2), Kc ini" || return 1
	keys u
	wait_gone "Khoai tây (2)" || return 1

	# The potato's form: its id renamed, its stages switched from degree days to days, both
	# undone.
	keys g e
	wait_for "Crop Khoai tây: every key" || return 1
	wait_for "crop.id" || return 1
	keys Enter
	wait_for "name the plan uses:" || return 1
	keys C-u
	type_text "khoai-tay"
	keys Enter
	wait_for "Renamed potato to khoai-tay" || return 1
	wait_match '^ name the plan uses +khoai-tay$' || return 1
	keys Down Down Down Down Down
	wait_match '^ Stage lengths in \(Enter switches\) +degree days$' || return 1
	keys Enter
	wait_for "Days 14 20 31 39: this season's, sown 25 Oct" || return 1
	wait_match '^ Stage lengths in \(Enter switches\) +days$' || return 1
	wait_match ' 14 20 31 39 d +1–366$' || return 1
	keys u
	wait_match ' 255 306 409 306 °C·d +1–20[.,]000$' || return 1
	keys u
	wait_match '^ name the plan uses +potato$' || return 1
	keys Escape
	wait_for "Kc ini (from" || return 1

	# A price shock: a adds a shock, Enter on its kind types "price".
	keys 4
	wait_for "$(msg "Shock")" || return 1
	keys a
	wait_for "cold days in the season" || return 1
	keys Enter
	wait_for "Kind of shock" || return 1
	keys C-u
	type_text "price"
	keys Enter
	wait_match 'price change +x 0\.80 +all crops' || return 1
	keys u
	wait_gone "price change" || return 1
	keys u
	wait_for "Undone (0 more to undo)" || return 1
	wait_dirty 0 || return 1   # every edit undone: q quits without asking
	keys q
	wait_exit 0
}

# A terminal in the C locale: no byte outside ASCII on the screen.
not_utf8() {
	lang=vi
	config="80x24 LANG=C"
	T kill-server >/dev/null 2>&1
	starts=$((starts + 1))
	sock=$tmp/tmux-$starts.sock
	rm -f "$tmp/exit" "$tmp/stderr"
	T new-session -d -x 80 -y 24 \
		"env -u LC_ALL -u LC_CTYPE LANG=C XDG_STATE_HOME='$tmp/state-c' XDG_CONFIG_HOME='$tmp/config-c' NO_COLOR=1 '$prog' '$file' 2>'$tmp/stderr'; echo \$? >'$tmp/exit'" ||
		{ fail "tmux did not start"; return 1; }
	T set-option -g status off >/dev/null 2>&1
	wait_for "Terminal khong dung UTF-8 (LANG): tieng Viet khong dau; --lang en: tieng Anh" || return 1
	keys 2
	wait_match '^TT Binh Lieu +Lua +Khoai tay ' || return 1
	n=$(screen | LC_ALL=C grep -c '[^ -~]')
	[ "$n" = 0 ] || fail "$n lines hold bytes outside ASCII"
	# Vietnamese typed into a prompt arrives whole (the terminal sends UTF-8 bytes that
	# curses cannot decode in this locale): / finds the commune by its marked name, the
	# keys after it are not swallowed, and the answer is shown without marks.
	keys /
	type_text "Đồng Tâm"
	keys Enter
	wait_for 'Tim thay "Dong Tam": Xa Dong Tam, Dat 2 vu lua, Khoai tay' || return 1
	keys 4
	wait_for "Thoi tiet" || return 1
	n=$(screen | LC_ALL=C grep -c '[^ -~]')
	[ "$n" = 0 ] || fail "$n lines of the weather screen hold bytes outside ASCII"
	keys q
	wait_exit 0
}

find_and_order
forms
not_utf8
[ "$fails" -eq 0 ] || { echo "e2e forms: $fails failures" >&2; exit 1; }
echo "e2e forms: find and order, the forms, LANG=C: all passed"
