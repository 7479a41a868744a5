#!/bin/sh
# i18n.sh - every string the interface passes to tr() in tui/*/*.c has a Vietnamese entry in
# the catalogues (sim/base/i18n_ui.c, sim/base/i18n_report.c). Strings kept in tables (the key table)
# are checked by the unit tests through tr_has(). Also every diagnostic format in sim/ has an
# entry in sim/base/i18n_diag.c. Usage: sh tests/cli/i18n.sh [PROGRAM]
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT INT TERM

# tr(anything without parentheses, "literal") on one line; the literal may hold \" escapes.
grep -ho 'tr([^()]*, "\([^"\\]\|\\.\)*")' tui/*/*.c |
	sed 's/^tr([^()]*, \(".*"\))$/\1/' | sort -u > "$tmp"

n=0
missing=0
while IFS= read -r lit; do
	n=$((n + 1))
	if ! grep -qF "{ $lit, \"" sim/base/i18n_ui.c sim/base/i18n_report.c; then
		echo "i18n.sh: no Vietnamese entry for $lit" >&2
		missing=$((missing + 1))
	fi
done < "$tmp"

if [ "$n" -eq 0 ]; then
	echo "i18n.sh: found no tr() calls in tui/*/*.c; the scan is broken" >&2
	exit 1
fi
if [ "$missing" -ne 0 ]; then
	echo "i18n.sh: $missing of $n interface strings have no Vietnamese entry" >&2
	exit 1
fi
echo "i18n.sh: all $n interface strings have a Vietnamese entry"

# Every diagnostic format in sim/ (tests/cli/diag_formats.py finds them) has a Vietnamese entry
# in sim/base/i18n_diag.c; the unit tests check each entry keeps its conversions.
python3 tests/cli/diag_formats.py . > "$tmp" || exit 1
n=0
missing=0
while IFS= read -r lit; do
	n=$((n + 1))
	if ! grep -qF "{ $lit, \"" sim/base/i18n_diag.c; then
		echo "i18n.sh: no Vietnamese entry for the diagnostic $lit" >&2
		missing=$((missing + 1))
	fi
done < "$tmp"
if [ "$n" -lt 100 ]; then
	echo "i18n.sh: found only $n diagnostic formats in sim/; the scan is broken" >&2
	exit 1
fi
if [ "$missing" -ne 0 ]; then
	echo "i18n.sh: $missing of $n diagnostic formats have no Vietnamese entry" >&2
	exit 1
fi
echo "i18n.sh: all $n diagnostic formats have a Vietnamese entry"
