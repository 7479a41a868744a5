#!/bin/sh
# handout.sh - `vudong run --format pdf -o FILE`: refused without -o, for other commands and
# over an existing file; the PDF is two A4 pages whose text (pdftotext) holds the figures of
# the text report (the outlook's median output and value, every commune's output in the
# example season) and the P10/P90 of `vudong ensemble` on the same seasons, in Vietnamese and
# English; pdftoppm renders it.
# Needs poppler-utils (tools/deps.sh installs it with make test).
# Usage: sh tests/cli/handout.sh [PROGRAM]
. "$(dirname "$0")/lib.inc"
command -v pdftotext >/dev/null 2>&1 || { echo "handout.sh: pdftotext (poppler-utils) is needed" >&2; exit 1; }

expect_status 2 "run --format pdf without -o" "$prog" run --format pdf
grep -q 'give -o FILE.pdf' "$tmp/err" || fail "no hint to give -o"
[ -s "$tmp/out" ] && fail "run --format pdf wrote to stdout"
expect_status 2 "ensemble --format pdf" "$prog" ensemble --format pdf -o "$tmp/e.pdf"
[ -e "$tmp/e.pdf" ] && fail "ensemble --format pdf wrote a file"

for lang in vi en; do
	pdf=$tmp/h-$lang.pdf
	expect_status 0 "run --format pdf ($lang)" "$prog" run --lang $lang --format pdf -o "$pdf"
	[ "$(head -c 5 "$pdf")" = "%PDF-" ] || { fail "$lang: not a PDF"; continue; }
	pdfinfo "$pdf" >"$tmp/info"
	grep -q '^Pages: *2$' "$tmp/info" || fail "$lang: not two pages"
	grep -q 'Page size: *595.28 x 841.89 pts (A4)' "$tmp/info" || fail "$lang: not A4"
	pdftotext -layout "$pdf" "$tmp/pdf.txt" || fail "$lang: pdftotext failed"
	"$prog" run --lang $lang >"$tmp/report.txt" 2>/dev/null
	"$prog" ensemble --lang $lang >"$tmp/ens.txt" 2>/dev/null
	# The outlook's median output (tonnes) and value (billion VND) as the text report's
	# outlook table writes them (its first lines), in the report's marks: 3.310,9 and 19,85
	# in Vietnamese, 3310.9 and 19.85 in English; the handout must write them the same way.
	out=$(grep -m1 -E '^  (Sản lượng|Output) ' "$tmp/report.txt" | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9][0-9.]*[.,][0-9]$/) { print $i; exit } }')
	val=$(grep -m1 -E '(Giá trị hiện hành \(tỷ đồng\)|Value, current \(bn VND\))' "$tmp/report.txt" | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9][0-9.]*[.,][0-9][0-9]$/) { print $i; exit } }')
	[ -n "$out" ] && [ -n "$val" ] || fail "$lang: figures not found in the text report"
	grep -qF "$out" "$tmp/pdf.txt" || fail "$lang: district output $out not in the handout"
	grep -qF "$val" "$tmp/pdf.txt" || fail "$lang: value $val not in the handout"
	# Each commune's output from the text report's commune table is on page 2.
	n=0
	for c in "Thị trấn Bình Liêu" "Xã Hoành Mô" "Xã Húc Động"; do
		want=$(grep -m1 "^$c " "$tmp/report.txt" | awk '{ print $(NF-2) }')
		got=$(grep "$c" "$tmp/pdf.txt" | awk -v w="$want" '{ for (i = 1; i <= NF; i++) if ($i == w) f = 1 } END { print f ? w : "" }')
		[ "$got" = "$want" ] && n=$((n + 1)) || fail "$lang: $c output $want not in the handout"
	done
	# The district's P10 and P90 of output from `vudong ensemble` on the same seasons.
	p10=$(grep -m1 -E '^(Output|Sản lượng) \((tonnes|tấn)\)' "$tmp/ens.txt" | awk '{ print $(NF-2) }')
	p90=$(grep -m1 -E '^(Output|Sản lượng) \((tonnes|tấn)\)' "$tmp/ens.txt" | awk '{ print $NF }')
	[ -n "$p10" ] || fail "$lang: no P10 in the ensemble report"
	grep -qF "P10–P90: $p10 – $p90" "$tmp/pdf.txt" || fail "$lang: P10–P90 $p10 to $p90 not in the handout"
	# Headings in the report's language.
	if [ $lang = vi ]; then
		grep -q 'Sản lượng theo cây trồng' "$tmp/pdf.txt" || fail "vi: chart title not in Vietnamese"
		grep -qF '01/09/2020' "$tmp/pdf.txt" || fail "vi: the season's dates not as 01/09/2020"
		grep -qF '<built-in>' "$tmp/pdf.txt" && fail "vi: the handout says <built-in>"
	else
		grep -q 'Output by crop' "$tmp/pdf.txt" || fail "en: chart title not in English"
	fi
	pdftoppm -png -r 60 "$pdf" "$tmp/page" || fail "$lang: pdftoppm failed"
	[ -s "$tmp/page-1.png" ] && [ -s "$tmp/page-2.png" ] || fail "$lang: pages not rendered"
done

# An existing file is not replaced without --force.
echo keep >"$tmp/keep.pdf"
expect_status 2 "run --format pdf over a file" "$prog" run --format pdf -o "$tmp/keep.pdf"
[ "$(cat "$tmp/keep.pdf")" = keep ] || fail "the existing file was changed"
expect_status 0 "run --format pdf --force" "$prog" run --format pdf -o "$tmp/keep.pdf" --force

finish handout.sh "the A4 handout holds the text report's and the ensemble's figures in vi and en"
