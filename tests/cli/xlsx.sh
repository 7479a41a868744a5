#!/bin/sh
# xlsx.sh - `--format xlsx -o FILE.xlsx` writes a real workbook for run, ensemble, sensitivity
# and compare, read back with openpyxl (python3-openpyxl): the sheets, headers in the
# report's language with units, every value of every table against the CSV report of the
# same table (numbers as numbers, ISO dates as dates), the frozen header row, the provenance
# and assumptions sheet; and xlsx to a terminal, to stdout or without -o is refused (exit 2),
# an existing file is kept without --force. Usage: sh tests/cli/xlsx.sh [PROGRAM]
set -u
. "$(dirname "$0")/lib.inc"
root=$(cd "$(dirname "$0")/../.." && pwd)

py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import openpyxl' >/dev/null 2>&1; then py=$p; break; fi
done
if [ -z "$py" ]; then
	echo "xlsx.sh: needs python3 with openpyxl (apt-get install python3-openpyxl)" >&2
	exit 1
fi

# check.py BOOK SHEET CSV [ID_COLUMNS]: the sheet holds the CSV's rows value for value (numbers
# within 1e-9, dates as the same day); prints the header row, one cell a line, to stdout.
cat >"$tmp/check.py" <<'PY'
import csv, datetime, sys
import openpyxl
book, sheet, path = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(book)
if sheet not in wb.sheetnames:
    sys.exit("no sheet %r in %s (sheets: %s)" % (sheet, book, wb.sheetnames))
ws = wb[sheet]
if ws.freeze_panes != "A2":
    sys.exit("%s: header row not frozen (%s)" % (sheet, ws.freeze_panes))
rows = [r for r in csv.reader(l for l in open(path, encoding="utf-8") if not l.startswith("#"))]
cols = rows[0]
cells = list(ws.iter_rows(values_only=True))
if len(cells) != len(rows):
    sys.exit("%s: %d rows, the CSV has %d" % (sheet, len(cells), len(rows)))
metric = [i for i, c in enumerate(cols) if c in ("metric", "figure")]
n = 0
for r, (want, got) in enumerate(zip(rows[1:], cells[1:]), start=2):
    for c, (w, g) in enumerate(zip(want, got)):
        if c in metric:
            continue            # the figure's id is shown in words
        n += 1
        if w == "":
            ok = g is None
        elif isinstance(g, datetime.datetime):
            ok = g.date().isoformat() == w
        elif isinstance(g, (int, float)):
            ok = abs(g - float(w)) <= 1e-9 * max(1.0, abs(float(w)))
        else:
            ok = g == w
        if not ok:
            sys.exit("%s row %d column %s: %r, the CSV has %r" % (sheet, r, cols[c], g, w))
for col in range(1, len(cols) + 1):
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width
    if not width or width < 6:
        sys.exit("%s: column %d has no width set" % (sheet, col))
for h in cells[0]:
    print(h)
print("checked %d cells" % n, file=sys.stderr)
if n < len(cols):
    sys.exit("%s: only %d cells checked" % (sheet, n))
PY

# sheet_ok BOOK SHEET CSV: check.py, counting a failure with its message.
sheet_ok() {
	"$py" "$tmp/check.py" "$1" "$2" "$3" >"$tmp/head" 2>"$tmp/pyerr" ||
		fail "$2: $(cat "$tmp/pyerr")"
}

# run, in English and in Vietnamese: four tables and the outlook.
expect_status 0 "run --format xlsx" "$prog" run --lang en --format xlsx -o "$tmp/run.xlsx"
for t in district communes crops items; do
	"$prog" run --lang en --format csv --table "$t" >"$tmp/$t.csv" 2>/dev/null
done
sheet_ok "$tmp/run.xlsx" District "$tmp/district.csv"
grep -qx 'Output (tonnes)' "$tmp/head" || fail "run: no header 'Output (tonnes)' on District"
sheet_ok "$tmp/run.xlsx" Communes "$tmp/communes.csv"
sheet_ok "$tmp/run.xlsx" Crops "$tmp/crops.csv"
sheet_ok "$tmp/run.xlsx" Items "$tmp/items.csv"
grep -qx 'Area (ha)' "$tmp/head" || fail "run: no header 'Area (ha)' on Items"

expect_status 0 "run --lang vi --format xlsx" "$prog" run --lang vi --format xlsx -o "$tmp/vi.xlsx"
sheet_ok "$tmp/vi.xlsx" "Hạng mục" "$tmp/items.csv"
grep -qx 'Diện tích (ha)' "$tmp/head" || fail "run vi: no header 'Diện tích (ha)'"
grep -qx 'Sản lượng (tấn)' "$tmp/head" || fail "run vi: no header 'Sản lượng (tấn)'"

# The outlook sheet and the provenance sheet, and the number formats, read back.
"$py" - "$tmp/run.xlsx" "$tmp/vi.xlsx" >"$tmp/meta" 2>&1 <<'PY' || fail "workbook meta: $(cat "$tmp/meta")"
import sys, openpyxl
en = openpyxl.load_workbook(sys.argv[1])
vi = openpyxl.load_workbook(sys.argv[2])
assert en.sheetnames == ["District", "Communes", "Crops", "Items", "Outlook",
                         "Provenance and assumptions"], en.sheetnames
assert vi.sheetnames == ["Huyện", "Các xã", "Cây trồng", "Hạng mục", "Triển vọng",
                         "Nguồn và giả định"], vi.sheetnames
o = [r for r in en["Outlook"].iter_rows(values_only=True)]
assert o[0] == ("Figure", "Low (P10)", "Median (P50)", "High (P90)", "Mean"), o[0]
assert o[1][0] == "Output (tonnes)" and o[1][1] < o[1][2] < o[1][3], o[1]
p = {r[0]: r[1] for r in vi["Nguồn và giả định"].iter_rows(values_only=True) if r[0]}
assert p["Huyện"] == "Bình Liêu", p
assert p["Kịch bản"] == "kịch bản có sẵn Bình Liêu", p
assert p["Thời vụ"] == "01/09/2020 đến 30/04/2021", p
assert "mẫu thời tiết số 2020" in p["Thời tiết"], p
assert "Tình huống giả định" in p and "Số liệu ước tính" in p, p
items = en["Items"]
assert items["D2"].number_format == "#,##0.00", items["D2"].number_format   # area_ha
assert items["F2"].number_format == "yyyy-mm-dd", items["F2"].number_format  # sow
assert vi["Hạng mục"]["F2"].number_format == "dd/mm/yyyy"
PY

# ensemble (by level), sensitivity and compare.
expect_status 0 "ensemble --format xlsx" "$prog" ensemble --lang en --seasons 20 --format xlsx -o "$tmp/ens.xlsx"
for t in district communes crops items; do
	"$prog" ensemble --lang en --seasons 20 --format csv --table "$t" >"$tmp/e-$t.csv" 2>/dev/null
done
sheet_ok "$tmp/ens.xlsx" District "$tmp/e-district.csv"
sheet_ok "$tmp/ens.xlsx" Items "$tmp/e-items.csv"
grep -qx 'Median (P50)' "$tmp/head" || fail "ensemble: no header 'Median (P50)'"
expect_status 0 "sensitivity --format xlsx" "$prog" sensitivity --lang en --format xlsx -o "$tmp/sens.xlsx"
"$prog" sensitivity --lang en --format csv >"$tmp/sens.csv" 2>/dev/null
sheet_ok "$tmp/sens.xlsx" Sensitivity "$tmp/sens.csv"
a="$root/scenarios/binh-lieu-2020.yaml"; b="$root/scenarios/cabbage-price-crash.yaml"
expect_status 0 "compare --format xlsx" "$prog" compare --lang en "$a" "$b" --format xlsx -o "$tmp/cmp.xlsx"
"$prog" compare --lang en "$a" "$b" --format csv --table crops >"$tmp/cmp.csv" 2>/dev/null
sheet_ok "$tmp/cmp.xlsx" Crops "$tmp/cmp.csv"

# Refused: no -o, stdout, a command without tables, --table; an existing file without --force.
expect_status 2 "xlsx without -o" "$prog" run --lang en --format xlsx
grep -q 'give -o FILE.xlsx' "$tmp/err" || fail "xlsx without -o: no hint to give -o"
expect_status 2 "xlsx without -o (vi)" "$prog" run --lang vi --format xlsx
grep -q 'hãy cho -o TỆP.xlsx' "$tmp/err" || fail "xlsx without -o: no Vietnamese hint"
expect_status 2 "xlsx to stdout" "$prog" run --format xlsx -o -
expect_status 2 "xlsx for weather" "$prog" weather --format xlsx -o "$tmp/w.xlsx"
expect_status 2 "xlsx with --table" "$prog" run --format xlsx --table items -o "$tmp/t.xlsx"
[ -e "$tmp/w.xlsx" ] || [ -e "$tmp/t.xlsx" ] && fail "a refused xlsx left a file"
cp "$tmp/run.xlsx" "$tmp/keep.xlsx"
expect_status 2 "xlsx over an existing file" "$prog" run --format xlsx -o "$tmp/keep.xlsx"
cmp -s "$tmp/run.xlsx" "$tmp/keep.xlsx" || fail "the existing workbook was changed without --force"
expect_status 0 "xlsx --force" "$prog" run --lang vi --format xlsx --force -o "$tmp/keep.xlsx"
"$py" -c "import openpyxl,sys; assert 'Huyện' in openpyxl.load_workbook(sys.argv[1]).sheetnames" \
	"$tmp/keep.xlsx" || fail "--force did not replace the workbook"
ls "$tmp" | grep -q 'tmp-xlsx' && fail "a temporary workbook was left behind"

finish xlsx.sh "run, ensemble, sensitivity and compare workbooks match their CSV; xlsx without a file is refused"
