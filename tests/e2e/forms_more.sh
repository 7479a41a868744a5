#!/bin/sh
# forms_more.sh - the soil form and the settings form (issue 15) in tmux at 80x24 on
# scenarios/binh-lieu-2020.yaml, in English and in Vietnamese: e on the plan, Down to the first
# land unit's soil row, whose key line offers e; e opens that soil's form (paddy-loam, 1 of 3);
# its field capacity typed (0.35, in Vietnamese 0,35), then undone; Right steps to the next
# soil; Esc returns to the commune form on the soil row. On the overview w opens the site,
# season and weather settings with the footer that sends the weather source to the file; the
# site's elevation typed (450 m), then undone; q closes the form, and with every edit undone q
# quits without asking. Waits poll the screen every 0.1 s up to a timeout; no fixed sleeps.
# Usage: tests/e2e/forms_more.sh PROGRAM
set -u
prog=${1:-./vudong}
case $prog in /*) ;; *) prog=$(pwd)/$prog ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$prog" ] || { echo "e2e: no program at $prog" >&2; exit 1; }
command -v tmux >/dev/null 2>&1 || {
	echo "e2e: tmux is needed (make test installs it through tools/deps.sh)" >&2; exit 1; }

. "$root/tests/e2e/lib.inc"
file=$root/scenarios/binh-lieu-2020.yaml

more_forms() { # LANG FIELD-CAPACITY-TYPED SHOWN
	lang=$1
	nocolor=1
	config="80x24 $lang soil and settings forms"
	marker=$(msg "[modified]")
	start 80x24 "$file" || return 1
	wait_for "$(msg "Output (tonnes)")" || return 1

	# e on the plan: the first row's commune, the cursor on its land unit's heading; three
	# Down: id, kind, soil.
	keys 2 e
	wait_for "$(msg "Commune %s and its land units" cut)" || return 1
	keys Down Down Down
	wait_for "land.soil" || return 1
	wait_for "e $(msg "soil form")" || return 1
	keys e
	wait_for "$(msg "Soil %s (%d of %zu): every key" cut)paddy-loam" || return 1
	wait_for "$(msg "back")" || return 1
	keys Down Down
	wait_for "soil.theta_fc" || return 1
	fc=$(msg "water content at field capacity")
	keys Enter
	wait_for "$fc (m³/m³):" || return 1
	keys C-u
	type_text "$2"
	keys Enter
	wait_for "$fc = $3" || return 1
	wait_match "^ $fc +$3 m³/m³ " || return 1
	wait_dirty 1 || return 1
	keys u
	wait_match "^ $fc +0[.,]32 m³/m³ " || return 1
	# Right: the next soil; Esc: back to the commune form, on the soil row.
	keys Right
	wait_for "$(msg "Soil %s (%d of %zu): every key" cut)upland-clay-loam" || return 1
	keys Escape
	wait_for "$(msg "Commune %s and its land units" cut)" || return 1
	wait_for "land.soil" || return 1
	keys Escape
	wait_gone "land.soil" || return 1

	# w on the overview: the settings; the site's elevation typed, then undone.
	keys 1 w
	wait_for "$(msg "Site, season and weather")" || return 1
	wait_for "$(msg "The weather source itself (file, station record) is changed in the file")" || return 1
	keys Down Down Down Down
	wait_for "site.elevation_m" || return 1
	keys Enter
	elev=$(msg "elevation above sea level (air pressure, FAO-56 eq. 7)")
	wait_match "^${elev%% (*} .* 320\$" || return 1   # the prompt, with the value to edit
	keys C-u
	type_text "450"
	keys Enter
	wait_match ' 450 m +-500–9[.,]000$' || return 1
	keys u
	wait_match ' 320 m +-500–9[.,]000$' || return 1
	wait_dirty 0 || return 1
	keys q
	wait_gone "site.elevation_m" || return 1
	keys q
	wait_exit 0
}

more_forms en 0.35 0.35
more_forms vi 0,35 0,35
[ "$fails" -eq 0 ] || { echo "e2e forms_more: $fails failures" >&2; exit 1; }
echo "e2e forms_more: the soil form from a land unit, the settings form, in English and Vietnamese: all passed"
