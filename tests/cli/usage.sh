#!/bin/sh
# usage.sh - the command line's contract (DESIGN §5): help, version, exit statuses, `check`
# silent and successful on every shipped scenario, `scenario` prints the built-in file.
# Usage: sh tests/cli/usage.sh PROGRAM
set -u
prog=${1:-./vudong}
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect_status() { # expected-status description command...
	want=$1; what=$2; shift 2
	"$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	got=$?
	if [ "$got" != "$want" ]; then
		echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  | /' "$tmp/err" | head -5
		fails=$((fails + 1))
	fi
}

expect_status 0 "--help" "$prog" --help
grep -q '^Usage: vudong' "$tmp/out" || { echo "FAIL: --help prints no usage"; fails=$((fails + 1)); }
expect_status 0 "--version" "$prog" --version
grep -Eq '^vudong [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" || { echo "FAIL: --version: $(cat "$tmp/out")"; fails=$((fails + 1)); }
expect_status 2 "unknown option" "$prog" --frobnicate
grep -q "unknown option '--frobnicate'" "$tmp/err" || { echo "FAIL: unknown option message"; fails=$((fails + 1)); }
expect_status 2 "bad --format" "$prog" run --format xml
expect_status 2 "check without a file" "$prog" check
expect_status 2 "missing file" "$prog" check "$tmp/nope.yaml"
grep -q "nope.yaml" "$tmp/err" || { echo "FAIL: missing file not named"; fails=$((fails + 1)); }

for f in scenarios/*.yaml; do
	expect_status 0 "check $f" "$prog" check "$f"
	if [ -s "$tmp/out" ] || [ -s "$tmp/err" ]; then
		echo "FAIL: check $f printed something:"; cat "$tmp/out" "$tmp/err" | head -5 | sed 's/^/  | /'
		fails=$((fails + 1))
	fi
done

expect_status 0 "scenario" "$prog" scenario
cmp -s "$tmp/out" scenarios/binh-lieu-2020.yaml || { echo "FAIL: scenario differs from scenarios/binh-lieu-2020.yaml"; fails=$((fails + 1)); }
cp "$tmp/out" "$tmp/copy.yaml"
expect_status 0 "check the printed scenario" "$prog" check "$tmp/copy.yaml"

if [ "$fails" -ne 0 ]; then
	echo "usage.sh: $fails failure(s)"
	exit 1
fi
echo "usage.sh: command-line contract OK"
