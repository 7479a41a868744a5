#!/bin/sh
# regular_files.sh - only regular files are read or written as scenarios, weather and reports
# (issue 13, cases 5, 6, 7 and 9): a FIFO named by `check`, `run`, `extends:` or
# `weather.file` is refused at once with "not a regular file" (each run under `timeout`, so a
# hang fails instead of blocking the suite); `-o /dev/null` is refused, `-o -` and
# `-o /dev/stdout` write to standard output; a read-only report is not replaced even with
# --force and the message says why; a replaced file keeps its group (root only: a group the
# file has and the program does not); writing to /proc/self/mem says what failed, not that
# the folder is missing.
# Usage: sh tests/cli/regular_files.sh PROGRAM
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en

# says WHAT TEXT: TEXT is on the stderr of the last expect_status.
says() {
	grep -qF -- "$2" "$tmp/err" || { fail "$1: no '$2' on stderr"; sed 's/^/  | /' "$tmp/err" | head -3; }
}

mkfifo "$tmp/fifo" || { echo "regular_files.sh: skipped: mkfifo does not work here"; exit 0; }

# ---- reading: check, run, extends, weather.file
expect_status 2 "check FIFO" timeout 5 "$prog" check "$tmp/fifo"
says "check FIFO" "$tmp/fifo: error: not a regular file"
expect_status 2 "run FIFO" timeout 5 "$prog" run "$tmp/fifo"
says "run FIFO" "$tmp/fifo: error: not a regular file"
printf 'format: vudong/1\nextends: fifo\n' >"$tmp/ext.yaml"
expect_status 2 "extends: FIFO" timeout 5 "$prog" check "$tmp/ext.yaml"
says "extends: FIFO" "cannot read 'fifo' ($tmp/fifo): not a regular file"
# A weather file: the built-in's normals replaced by `file: fifo`.
printf 'format: vudong/1\nextends: base.yaml\nweather:\n  file: fifo\n' >"$tmp/wfile.yaml"
"$prog" scenario -o "$tmp/base.yaml" 2>/dev/null || fail "cannot write the base scenario"
expect_status 2 "weather.file FIFO" timeout 5 "$prog" check "$tmp/wfile.yaml"
says "weather.file FIFO" "cannot read weather file 'fifo' ($tmp/fifo): not a regular file"
expect_status 2 "check /dev/zero" timeout 5 "$prog" check /dev/zero
says "check /dev/zero" "/dev/zero: error: not a regular file"

# ---- writing: devices refused, standard output allowed
expect_status 2 "run -o /dev/null" timeout 10 "$prog" run -o /dev/null
says "run -o /dev/null" "/dev/null: error: not a regular file"
expect_status 2 "run -o FIFO --force" timeout 10 "$prog" run -o "$tmp/fifo" --force
says "run -o FIFO --force" "not a regular file"
expect_status 0 "run -o /dev/stdout" timeout 10 "$prog" run -o /dev/stdout
grep -q 'Bình Liêu' "$tmp/out" || fail "run -o /dev/stdout: no report on standard output"
expect_status 0 "run -o -" timeout 10 "$prog" run -o -
grep -q 'Bình Liêu' "$tmp/out" || fail "run -o -: no report on standard output"

# ---- a read-only report is not replaced, even with --force
printf 'keep me\n' >"$tmp/ro.txt"
chmod 444 "$tmp/ro.txt"
expect_status 2 "run -o read-only --force" timeout 10 "$prog" run -o "$tmp/ro.txt" --force
says "run -o read-only --force" "$tmp/ro.txt: error: the file is read-only and was not replaced"
[ "$(cat "$tmp/ro.txt")" = "keep me" ] || fail "run -o read-only --force: the file was replaced"

# ---- /proc/self/mem: what failed, not a missing folder
if [ -e /proc/self/mem ]; then
	expect_status 1 "run -o /proc/self/mem --force" timeout 10 "$prog" run -o /proc/self/mem --force
	if grep -q "does not exist" "$tmp/err"; then
		fail "run -o /proc/self/mem: says the folder does not exist"
	fi
	says "run -o /proc/self/mem --force" "/proc/self/mem: error: cannot write: no new file can be made in the folder '/proc/self'"
fi

# ---- the group of a replaced file is kept (as root, with a group the program is not in)
if [ "$(id -u)" = 0 ] && grep -q '^nogroup:' /etc/group; then
	printf 'old\n' >"$tmp/grp.txt"
	chgrp nogroup "$tmp/grp.txt" && chmod 664 "$tmp/grp.txt"
	expect_status 0 "run -o group file --force" timeout 10 "$prog" run -o "$tmp/grp.txt" --force
	[ "$(stat -c %G "$tmp/grp.txt")" = nogroup ] || fail "run -o --force: the group changed to $(stat -c %G "$tmp/grp.txt")"
	[ "$(stat -c %a "$tmp/grp.txt")" = 664 ] || fail "run -o --force: the permissions changed"
fi

finish regular_files.sh "FIFOs, devices and read-only files refused at once; stdout, groups kept"
