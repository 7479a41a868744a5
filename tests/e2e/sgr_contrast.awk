# sgr_contrast.awk - reads `tmux capture-pane -e -p` output and reports every visible
# character whose foreground and background are below 4.5 : 1 (WCAG) on any palette of
# tui/core/palette.c (read first, as the first file: its PAL(0x......) lines, in order), or
# that has the terminal's default colours (unknown against the theme's ground). Bold in
# colours 0-7 is checked both as is and as the bright colour (xterm's boldColors).
# Usage: awk -f sgr_contrast.awk tui/core/palette.c capture.txt ; exit 1 when any cell fails.
function lin(v) { v = v / 255; return v <= 0.04045 ? v / 12.92 : exp(2.4 * log((v + 0.055) / 1.055)) }
function lum(p, i) { return 0.2126 * lin(R[p, i]) + 0.7152 * lin(G[p, i]) + 0.0722 * lin(B[p, i]) }
function ratio(p, f, b,   x, y) { x = lum(p, f); y = lum(p, b); return x > y ? (x + 0.05) / (y + 0.05) : (y + 0.05) / (x + 0.05) }
function reset() { fg = -1; bg = -1; bold = 0; rev = 0 }
function sgr(params,   n, a, i, c) {
	n = split(params, a, ";")
	if (params == "") { reset(); return }
	for (i = 1; i <= n; i++) {
		c = a[i] + 0
		if (c == 0) reset()
		else if (c == 1) bold = 1
		else if (c == 22) bold = 0
		else if (c == 7) rev = 1
		else if (c == 27) rev = 0
		else if (c >= 30 && c <= 37) fg = c - 30
		else if (c == 39) fg = -1
		else if (c >= 40 && c <= 47) bg = c - 40
		else if (c == 49) bg = -1
		else if (c >= 90 && c <= 97) fg = c - 90 + 8
		else if (c >= 100 && c <= 107) bg = c - 100 + 8
		else if ((c == 38 || c == 48) && a[i + 1] == 5) { if (c == 38) fg = a[i + 2] + 0; else bg = a[i + 2] + 0; i += 2 }
		else if ((c == 38 || c == 48) && a[i + 1] == 2) { if (c == 38) fg = 99; else bg = 99; i += 4 }
	}
}
function check(ch,   f, b, t, p, bright, worst, r) {
	if (ch == " ") return
	checked++
	if (fg < 0 || bg < 0 || fg > 15 || bg > 15) { bad++; if (bad <= 5) printf "line %d: '%s' in default or non-palette colours (fg %d bg %d)\n", FNR, ch, fg, bg; return }
	worst = 21
	for (bright = 0; bright < 2; bright++) {
		f = fg; b = bg
		if (bright && bold && f < 8) f += 8
		if (rev) { t = f; f = b; b = t }
		for (p = 1; p <= np; p++) { r = ratio(p, f, b); if (r < worst) worst = r }
	}
	if (worst < 4.5) { bad++; if (bad <= 5) printf "line %d: '%s' fg %d bg %d bold %d reverse %d: %.2f : 1\n", FNR, ch, fg, bg, bold, rev, worst }
}
FNR == NR {
	if ($0 ~ /\{ "[a-z]+", \{/) { np++; k = 0 }
	while (match($0, /PAL\(0x[0-9a-f]+\)/)) {
		hex = substr($0, RSTART + 6, 6)
		R[np, k] = hexv(substr(hex, 1, 2)); G[np, k] = hexv(substr(hex, 3, 2)); B[np, k] = hexv(substr(hex, 5, 2))
		k++
		$0 = substr($0, RSTART + RLENGTH)
	}
	next
}
function hexv(s,   i, v) { v = 0; for (i = 1; i <= 2; i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
FNR == 1 { reset() }
{
	line = $0
	while (length(line)) {
		if (substr(line, 1, 2) == "\033[") {
			if (match(line, /^\033\[[0-9;]*m/)) { sgr(substr(line, 3, RLENGTH - 3)); line = substr(line, RLENGTH + 1); continue }
			if (match(line, /^\033\[[0-9;]*[A-Za-z]/)) { line = substr(line, RLENGTH + 1); continue }
		}
		check(substr(line, 1, 1))
		line = substr(line, 2)
	}
}
END {
	if (np != 3) { print "sgr_contrast: read " np " palettes from palette.c, expected 3"; exit 1 }
	if (checked == 0) { print "sgr_contrast: no characters checked"; exit 1 }
	if (bad) { printf "sgr_contrast: %d of %d characters below 4.5 : 1 or in default colours\n", bad, checked; exit 1 }
}
