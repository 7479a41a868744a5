#!/bin/sh
# draw_lib.sh - the drawing library vudong-draw.so (sim/files/draw_lib.h) is loaded only
# when something is drawn: the program itself does not link cairo, pango or libxlsxwriter;
# without the library the commands that draw nothing still work and those that draw say in
# one line which library is missing and where it was looked for (exit 1, no file left); a
# file of that name that is not the library is named; with the library beside the program
# the handout is a PDF. Usage: sh tests/cli/draw_lib.sh PROGRAM
set -u
. "$(dirname "$0")/lib.inc"
export LANGUAGE=en
# Under the valgrind wrapper (a script) the program itself is $VUDONG.
real=$prog
head -c 2 "$prog" | grep -q '#!' && real=${VUDONG:-./vudong}
lib=$(dirname "$real")/vudong-draw.so
[ -f "$lib" ] || fail "no drawing library beside $real ($lib)"

# The program does not load the drawing libraries at start.
if command -v ldd >/dev/null 2>&1; then
	ldd "$real" | grep -E 'libcairo|libpango|libxlsxwriter|libfontconfig' > "$tmp/ldd" &&
		fail "the program links the drawing libraries: $(tr '\n' ' ' < "$tmp/ldd")"
fi

# The program alone in a folder.
mkdir "$tmp/alone"
cp "$real" "$tmp/alone/vudong"
alone=$tmp/alone/vudong
expect_status 0 "--version without the library" "$alone" --version
expect_status 0 "run --format csv without the library" "$alone" run --format csv
for fmt in pdf xlsx; do
	expect_status 1 "run --format $fmt without the library" "$alone" run --format $fmt -o "$tmp/alone/out.$fmt"
	grep -qF "error: cannot load the drawing library vudong-draw.so (PDF, pictures, Excel): it is neither in $tmp/alone nor in $tmp/alone/../lib/vudong" "$tmp/err" ||
		fail "$fmt without the library: $(grep error "$tmp/err")"
	[ -e "$tmp/alone/out.$fmt" ] && fail "$fmt without the library left out.$fmt"
done
expect_status 1 "Vietnamese, without the library" "$alone" --lang vi run --format pdf -o "$tmp/alone/out.pdf"
grep -qF "lỗi: không nạp được thư viện vẽ vudong-draw.so (PDF, hình, Excel): không có trong $tmp/alone" "$tmp/err" ||
	fail "the Vietnamese message: $(grep lỗi "$tmp/err")"

# A file by that name that is not the library.
echo "not a library" > "$tmp/alone/vudong-draw.so"
expect_status 1 "a broken library" "$alone" run --format pdf -o "$tmp/alone/out.pdf"
grep -qF "cannot load the drawing library vudong-draw.so (PDF, pictures, Excel): $tmp/alone/vudong-draw.so:" "$tmp/err" ||
	fail "a broken library is not named: $(grep error "$tmp/err")"

# The library beside the program: the handout is drawn.
cp "$lib" "$tmp/alone/vudong-draw.so"
expect_status 0 "run --format pdf with the library" "$alone" run --format pdf -o "$tmp/alone/out.pdf"
[ "$(head -c 5 "$tmp/alone/out.pdf" 2>/dev/null)" = "%PDF-" ] || fail "the handout is not a PDF"

finish draw_lib.sh "the drawing library loads on demand; without it the program says so"
