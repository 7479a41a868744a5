#!/bin/sh
# files.sh - `-o FILE` never loses a file (DESIGN §5, §8), for every command that writes one
# (run, weather, ensemble, sensitivity, compare, scenario): an existing FILE is refused
# without --force (exit 2, untouched); a missing folder is named (exit 1, nothing created);
# a device (/dev/full, /dev/null) is refused as not a regular file (exit 2); a write that fails in a
# read-only folder or on a full file system leaves the old FILE byte for byte and no
# temporary file (exit 1); --force replaces FILE keeping its permissions. Root ignores
# folder permissions, so the read-only case runs as nobody (setpriv), else on an immutable
# folder (chattr +i); the full file system is a small tmpfs mounted in a private mount
# namespace (unshare -m). A case the machine cannot set up is skipped with a message.
# Usage: sh tests/cli/files.sh PROGRAM
set -u
. "$(dirname "$0")/lib.inc"
# The diagnostics checked below are the English ones (the default language is Vietnamese).
export LANGUAGE=en

# The cases run in folders under $tmp that nobody may have to reach.
chmod 755 "$tmp"
"$prog" scenario >"$tmp/a.yaml" && cp "$tmp/a.yaml" "$tmp/b.yaml" && chmod 644 "$tmp/a.yaml" "$tmp/b.yaml" ||
	fail "cannot write the scenarios compare reads"
commands="run weather ensemble sensitivity compare scenario"
old='an earlier report, not to be lost
second line without an end'

# args_of COMMAND: the command and its arguments before -o.
args_of() {
	case $1 in
	ensemble) echo "ensemble --seasons 2" ;;
	compare) echo "compare $tmp/a.yaml $tmp/b.yaml" ;;
	*) echo "$1" ;;
	esac
}

# keep FILE: writes the old report to FILE and a copy to FILE.orig-copy elsewhere.
keep() {
	printf '%s' "$old" >"$1"
	printf '%s' "$old" >"$tmp/orig-copy"
}

# intact WHAT FILE: FILE still holds the old report, byte for byte.
intact() {
	cmp -s "$2" "$tmp/orig-copy" || fail "$1: the old file was changed"
}

# only WHAT DIR NAMES: DIR holds exactly NAMES (sorted, space-separated): no temporary file.
only() {
	got=$(ls -A "$2" | tr '\n' ' ')
	[ "$got" = "$3 " ] || fail "$1: the folder holds '$got', expected '$3 '"
}

# says WHAT TEXT: stderr has TEXT.
says() {
	grep -qF -- "$2" "$tmp/err" || { fail "$1: no '$2' on stderr"; sed 's/^/  | /' "$tmp/err" | head -3; }
}

for c in $commands; do
	# shellcheck disable=SC2046
	set -- $(args_of "$c")

	# An existing file without --force: refused before anything is written, exit 2.
	mkdir "$tmp/$c"
	keep "$tmp/$c/report.txt"
	expect_status 2 "$c -o existing" "$prog" "$@" -o "$tmp/$c/report.txt"
	says "$c -o existing" "$tmp/$c/report.txt: error: file exists (use --force to replace it)"
	intact "$c -o existing" "$tmp/$c/report.txt"
	only "$c -o existing" "$tmp/$c" "report.txt"
	[ -s "$tmp/out" ] && fail "$c -o existing: wrote to stdout"

	# --force replaces it, keeping its permissions; a new file gets the umask's.
	chmod 600 "$tmp/$c/report.txt"
	expect_status 0 "$c -o existing --force" "$prog" "$@" -o "$tmp/$c/report.txt" --force
	cmp -s "$tmp/$c/report.txt" "$tmp/orig-copy" && fail "$c --force: the file was not replaced"
	[ "$(ls -l "$tmp/$c/report.txt" | cut -c1-10)" = "-rw-------" ] ||
		fail "$c --force: permissions became $(ls -l "$tmp/$c/report.txt" | cut -c1-10), not -rw-------"
	(umask 022 && exec "$prog" "$@" -o "$tmp/$c/new.txt") 2>/dev/null
	[ "$(ls -l "$tmp/$c/new.txt" | cut -c1-10)" = "-rw-r--r--" ] ||
		fail "$c -o new: permissions $(ls -l "$tmp/$c/new.txt" 2>&1 | cut -c1-10), not -rw-r--r--"
	only "$c --force" "$tmp/$c" "new.txt report.txt"

	# A folder that does not exist is named; nothing is created.
	expect_status 1 "$c -o nodir/x.txt" "$prog" "$@" -o "$tmp/nodir/x.txt"
	says "$c -o nodir/x.txt" "$tmp/nodir/x.txt: error: cannot write: the folder '$tmp/nodir' does not exist"
	[ -e "$tmp/nodir" ] && fail "$c -o nodir/x.txt: created $tmp/nodir"
	# A file where a folder should be.
	expect_status 1 "$c -o file/x.txt" "$prog" "$@" -o "$tmp/$c/new.txt/x.txt"
	says "$c -o file/x.txt" "cannot write: '$tmp/$c/new.txt' is not a folder"

	# Only regular files are written: a device is refused at once, with or without --force.
	expect_status 2 "$c -o /dev/full --force" "$prog" "$@" -o /dev/full --force
	says "$c -o /dev/full --force" "/dev/full: error: not a regular file"
	expect_status 2 "$c -o /dev/null" "$prog" "$@" -o /dev/null
done

# ---- a read-only folder: as root, as nobody (a copy of the program when nobody cannot
# reach it); else an immutable folder; else skipped.
ro_as=
ro_prog=$prog
as_nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
}
if [ "$(id -u)" != 0 ]; then
	ro_as=self
elif command -v setpriv >/dev/null 2>&1 && {
	as_nobody "$prog" --version >/dev/null 2>&1 ||
		{ cp "$prog" "$tmp/vudong" && ro_prog=$tmp/vudong && as_nobody "$ro_prog" --version >/dev/null 2>&1; }
}; then
	ro_as=nobody
else
	mkdir "$tmp/probe"
	if chattr +i "$tmp/probe" 2>/dev/null; then
		ro_as=immutable
		chattr -i "$tmp/probe"
	fi
fi
# as_writer COMMAND...: COMMAND as the user the read-only folder refuses.
as_writer() {
	if [ "$ro_as" = nobody ]; then
		as_nobody "$@"
	else
		"$@"
	fi
}
if [ -z "$ro_as" ]; then
	echo "files.sh: skipped the read-only folder: root here, and neither setpriv as nobody nor chattr +i works"
else
	for c in $commands; do
		# shellcheck disable=SC2046
		set -- $(args_of "$c")
		ro=$tmp/ro-$c
		mkdir "$ro"
		keep "$ro/report.txt"
		# The file itself is writable: only the folder refuses (a read-only file is refused
		# before any write, see read_only_file below).
		chmod 666 "$ro/report.txt"
		case $ro_as in
		immutable) chattr +i "$ro" ;;
		*) chmod 555 "$ro" ;;
		esac
		expect_status 1 "$c -o read-only/report.txt --force ($ro_as)" \
			as_writer "$ro_prog" "$@" -o "$ro/report.txt" --force
		says "$c -o read-only --force" "$ro/report.txt: error: cannot write in the folder '$ro': "
		[ "$ro_as" = immutable ] && chattr -i "$ro"
		chmod 755 "$ro"
		intact "$c -o read-only --force" "$ro/report.txt"
		only "$c -o read-only --force" "$ro" "report.txt"
	done
fi

# ---- a full file system: a 64 KiB tmpfs, filled, in a mount namespace of its own.
full=$tmp/full
mkdir "$full"
printf '%s' "$old" >"$tmp/orig-copy"
cat >"$tmp/full.sh" <<'EOF'
# In a private mount namespace: mount a small tmpfs on $1, put the old report in it, fill it,
# then try every command ($3...) with -o report.txt --force. Prints one line per command:
# COMMAND STATUS FILES-LEFT, and "intact" or "changed".
full=$1 prog=$2 tmp=$3
shift 3
mount -t tmpfs -o size=64k vudong-full "$full" 2>/dev/null || exit 77
cp "$tmp/orig-copy" "$full/report.txt"
cat /dev/zero >"$full/fill" 2>/dev/null
for c in "$@"; do
	case $c in
	ensemble) set -- ensemble --seasons 2 ;;
	compare) set -- compare "$tmp/a.yaml" "$tmp/b.yaml" ;;
	*) set -- "$c" ;;
	esac
	"$prog" "$@" -o "$full/report.txt" --force >/dev/null 2>"$tmp/full-$c.err"
	status=$?
	cmp -s "$full/report.txt" "$tmp/orig-copy" && state=intact || state=changed
	echo "$c $status $state $(ls -A "$full" | tr '\n' ' ')"
done
umount "$full"
EOF
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1; then
	# shellcheck disable=SC2086
	unshare -m sh "$tmp/full.sh" "$full" "$prog" "$tmp" $commands >"$tmp/full.out" 2>&1
	got=$?
	if [ "$got" = 0 ]; then
		for c in $commands; do
			line=$(grep "^$c " "$tmp/full.out")
			[ "$line" = "$c 1 intact fill report.txt " ] ||
				fail "$c -o on a full file system: got '$line', expected '$c 1 intact fill report.txt '"
			grep -qF "$full/report.txt: error: cannot write: No space left on device" "$tmp/full-$c.err" ||
				fail "$c -o on a full file system: $(cat "$tmp/full-$c.err")"
		done
	else
		echo "files.sh: skipped the full file system: cannot mount a tmpfs here (status $got)"
	fi
else
	echo "files.sh: skipped the full file system: mounting a tmpfs needs root and unshare"
fi

finish files.sh "-o never loses a file (read-only folder: ${ro_as:-skipped})"
