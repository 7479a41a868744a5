#!/bin/sh
# check-house.sh - the house's dependency rules (README "Layout"), checked two ways:
#  1. by grep: every #include "..." in sim/ and tui/ must be found in a folder that the file's
#     folder may use, and curses (the headers under tools/poison/curses/) only where the
#     build lets it (tui/term, tui/screens). The rules are not written here: they come from
#     the Makefile (`make -s print-house`: each folder, the folders it may include from, and
#     its flags). A breach is printed as FILE:LINE: error: ... naming the include.
#  2. by the compiler: small files compiled with a folder's own flags (as the Makefile
#     compiles that folder) must fail where the rules forbid (sim/model including report.h,
#     scenario_load.h or <curses.h>, or calling fopen; sim/study including scenario_load.h;
#     tui/core including <curses.h>) and compile where they allow, so the enforcement itself
#     is tested.
# Run from anywhere (it works in the source tree); exit 0 when the house holds, 1 otherwise,
# 2 when it cannot run. Part of `make test`.
set -u
cd "$(dirname "$0")/.." || exit 2

# A make started from `make test` must not take the parent's jobserver flags.
house=$(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s --no-print-directory print-house) ||
	{ echo "check-house: make print-house failed" >&2; exit 2; }
[ -n "$house" ] || { echo "check-house: make print-house printed nothing" >&2; exit 2; }
tab=$(printf '\t')
fails=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# field FOLDER N: the Nth tab-separated field of FOLDER's line (1 folder, 2 allowed, 3 flags).
field() {
	printf '%s\n' "$house" | awk -F "$tab" -v f="$1" -v n="$2" '$1 == f { print $n; found = 1 }
		END { exit !found }'
}

# ---- 1. every include, by grep ----
printf '%s\n' "$house" >"$tmp/house"
ls sim/*/* tui/*/* >"$tmp/present" 2>/dev/null
(cd tools/poison/curses && find . -type f | sed 's|^\./||') >"$tmp/curses"
# shellcheck disable=SC2046 # every source file of the two trees
awk -v tab="$tab" '
	FILENAME == ARGV[1] {            # FOLDER <tab> ALLOWED <tab> FLAGS
		split($0, f, tab)
		allowed[f[1]] = f[2]
		nocurses[f[1]] = index(" " f[3] " ", " -Itools/poison/curses ") > 0
		next
	}
	FILENAME == ARGV[2] { present[$0] = 1; n = split($0, p, "/"); if (!(p[n] in owner)) owner[p[n]] = p[1] "/" p[2]; next }
	FILENAME == ARGV[3] { curses[$0] = 1; next }
	FNR == 1 { folder = FILENAME; sub(/\/[^\/]*$/, "", folder) }
	!(folder in allowed) { next }
	/^[ \t]*#[ \t]*include[ \t]*</ {
		name = $0; sub(/^[^<]*</, "", name); sub(/>.*$/, "", name)
		if (nocurses[folder] && (name in curses)) {
			print FILENAME ":" FNR ": error: #include <" name ">: " folder " must not use curses (only tui/term and tui/screens draw)"
		}
		next
	}
	/^[ \t]*#[ \t]*include[ \t]*"/ {
		name = $0; sub(/^[^"]*"/, "", name); sub(/".*$/, "", name)
		n = split(allowed[folder], dirs, " ")
		for (i = 1; i <= n; i++)
			if ((dirs[i] "/" name) in present)
				next
		if (name in owner)
			print FILENAME ":" FNR ": error: #include \"" name "\": it is in " owner[name] ", which " folder " may not use (it may use: " allowed[folder] ")"
		else
			print FILENAME ":" FNR ": error: #include \"" name "\": not found in the folders " folder " may use (" allowed[folder] ")"
	}
' "$tmp/house" "$tmp/present" "$tmp/curses" $(ls sim/*/*.[ch] tui/*/*.[ch]) >"$tmp/breaches"
# A folder of sources the Makefile does not know has no rules: that is a breach too.
for dir in sim/* tui/*; do
	ls "$dir"/*.[ch] >/dev/null 2>&1 || continue
	grep -q "^$dir$tab" "$tmp/house" ||
		echo "$dir: error: the folder is not in the Makefile's house (HOUSE and its variables)" >>"$tmp/breaches"
done
cat "$tmp/breaches"
fails=$(wc -l <"$tmp/breaches")

# ---- 2. the compiler refuses what the rules forbid ----
cc=${CC:-cc}
pkg=$(pkg-config --cflags ncursesw 2>/dev/null)
# probe FOLDER ok|fail WHAT TEXT-IN-THE-ERROR C-LINES...: compiles the lines with FOLDER's flags.
probe() {
	folder=$1 want=$2 what=$3 expect=$4
	shift 4
	printf '%s\n' "$@" 'int house_probe(void);' 'int house_probe(void) { return 0; }' >"$tmp/probe.c"
	# shellcheck disable=SC2046 # the flags are words
	if $cc -std=c11 -D_POSIX_C_SOURCE=200809L $(field "$folder" 3) $pkg -fsyntax-only \
		"$tmp/probe.c" >"$tmp/probe.err" 2>&1; then
		got=ok
	else
		got=fail
	fi
	if [ "$got" != "$want" ]; then
		echo "check-house: $what in $folder: the compiler says $got, the house says $want"
		sed 's/^/  | /' "$tmp/probe.err" | head -n 5
		fails=$((fails + 1))
	elif [ "$got" = fail ] && ! grep -qF -- "$expect" "$tmp/probe.err"; then
		echo "check-house: $what in $folder failed, but not with \"$expect\":"
		sed 's/^/  | /' "$tmp/probe.err" | head -n 5
		fails=$((fails + 1))
	fi
}
probe sim/model ok   'its own and sim/base headers' - '#include "et0.h"' '#include "date.h"'
probe sim/model fail 'a report header' 'report.h' '#include "report.h"'
probe sim/model fail 'scenario I/O' 'scenario_load.h' '#include "scenario_load.h"
#include "scenario_save.h"'
probe sim/model fail 'curses' 'must not include curses' '#include <curses.h>'
probe sim/model fail 'fopen' 'poisoned' '#include <stdio.h>' 'FILE *house_open(void);' \
	'FILE *house_open(void) { return fopen("x", "r"); }'
probe sim/study fail 'scenario I/O' 'scenario_load.h' '#include "scenario_load.h"
#include "scenario_save.h"'
probe tui/core  fail 'curses' 'must not include curses' '#include <curses.h>'
probe tui/cli   ok   'a report header' - '#include "report.h"'
probe tui/screens ok 'curses and the drawing helpers' - '#include <curses.h>' '#include "draw.h"'

if [ "$fails" -ne 0 ]; then
	echo "check-house: $fails breach(es) of the house (README, Layout)"
	exit 1
fi
echo "check-house: every include of sim/ and tui/ keeps to the Makefile's folders; the compiler refuses the forbidden ones"
