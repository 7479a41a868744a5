#!/bin/sh
# check-cycles.sh - no file calls back into its caller (STYLE "No file calls back into its
# caller"). Builds the file call graph from the object files of sim/ and tui/ (`nm`: each
# undefined symbol of an object is an edge to the object that defines it) and lists every
# cycle: a strongly connected component of more than one file. Fails on any cycle, in sim/
# and in tui/ alike.
# Usage: tools/check-cycles.sh [BUILD]      (BUILD: the build folder, default build; run from
# the top of the source tree)
set -u
build=${1:-build}
# Only objects whose source is still there: a stale one (its .c removed) would add a file that
# is no longer built. Run from the top of the source tree.
objs=$(find "$build/sim" "$build/tui" -name '*.o' 2>/dev/null | sort | while read -r o; do
	src=${o#"$build"/}
	[ -e "${src%.o}.c" ] && echo "$o"
done)
[ -n "$objs" ] || { echo "check-cycles: no object files under $build/sim or $build/tui" >&2; exit 2; }

# `nm -A`: "FILE.o:ADDRESS T symbol" for a definition, "FILE.o:  U symbol" for a use.
# shellcheck disable=SC2086
nm -A $objs | awk -v build="$build/" '
{
	i = index($0, ":"); f = substr($0, 1, i - 1); n = split(substr($0, i + 1), w, " ")
	if (substr(f, 1, length(build)) == build) f = substr(f, length(build) + 1)
	sub(/\.o$/, "", f)
	if (n == 2 && w[1] == "U") use[++nuse] = f SUBSEP w[2]
	else if (n == 3 && w[2] ~ /^[A-Z]$/) def[w[3]] = f
}
END {
	for (i = 1; i <= nuse; i++) {
		split(use[i], p, SUBSEP)
		if (!(p[2] in def) || def[p[2]] == p[1]) continue
		if (!((p[1], def[p[2]]) in edge)) {
			edge[p[1], def[p[2]]] = p[2]
			out[p[1]] = out[p[1]] " " def[p[2]]
		}
		node[p[1]]; node[def[p[2]]]
	}
	n = 0
	for (v in node) order[++n] = v
	sort_names(order, n)
	for (i = 1; i <= n; i++) if (!(order[i] in index_of)) connect(order[i])
	failed = 0
	for (c = 1; c <= ncomp; c++) {
		print "cycle:" comp[c]
		k = split(comp[c], members, " ")
		for (i = 1; i <= k; i++)
			for (j = 1; j <= k; j++)
				if ((members[i], members[j]) in edge)
					print "    " members[i] " -> " members[j] " (" edge[members[i], members[j]] ")"
		failed++
	}
	exit failed ? 1 : 0
}
function sort_names(a, k,    i, j, t) {
	for (i = 2; i <= k; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
}
# Tarjan: v gets an index; a component is complete when v is its own lowest reachable index.
function connect(v,    k, ws, w, names, members, m) {
	index_of[v] = low[v] = ++counter
	stack[++top] = v; on_stack[v] = 1
	k = split(out[v], ws, " ")
	for (w = 1; w <= k; w++) {
		if (!(ws[w] in index_of)) {
			connect(ws[w])
			if (low[ws[w]] < low[v]) low[v] = low[ws[w]]
		} else if (on_stack[ws[w]] && index_of[ws[w]] < low[v]) {
			low[v] = index_of[ws[w]]
		}
	}
	if (low[v] != index_of[v]) return
	m = 0
	do { w = stack[top--]; on_stack[w] = 0; members[++m] = w } while (w != v)
	if (m < 2) return
	sort_names(members, m)
	names = ""
	for (k = 1; k <= m; k++) names = names " " members[k]
	comp[++ncomp] = names
}'
status=$?
if [ "$status" -ne 0 ]; then
	echo "check-cycles: files call back into their callers (above); see STYLE.md" >&2
fi
exit "$status"
