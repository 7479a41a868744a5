#!/usr/bin/env python3
"""diag_formats.py - prints every diagnostic format string used in sim/ (one C literal a line,
as written in the source, escapes kept): the format argument of diag_add, diag_vadd's callers
(load_error_at, csv_row_error, csv_row_warning, csv_err, the checker's report) and both
branches of a `cond ? "..." : "..."` format. Used by tests/cli/i18n.sh."""
import glob
import re
import sys

CALLS = {  # function: index of the format among its arguments
    "diag_add": 5, "load_error_at": 2, "csv_row_error": 2, "csv_row_warning": 2,
    "csv_err": 3, "report": 3,
}
LIT = r'"(?:[^"\\\n]|\\.)*"'


def args_of(text, start):
    """The top-level arguments of the call whose '(' is at start, as source text."""
    depth, args, cur, i = 0, [], [], start
    while i < len(text):
        ch = text[i]
        if ch == '"':
            m = re.compile(LIT).match(text, i)
            cur.append(m.group(0))
            i = m.end()
            continue
        if ch == "'":
            m = re.compile(r"'(?:[^'\\]|\\.)*'").match(text, i)
            cur.append(m.group(0))
            i = m.end()
            continue
        if ch in "([{":
            depth += 1
            if depth == 1:
                i += 1
                continue
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                args.append("".join(cur))
                return args
        elif ch == "," and depth == 1:
            args.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    return args


def literals(arg):
    """The format literals of one argument: adjacent literals joined; both branches of ?:."""
    out, lits, other = [], [], ""
    for m in re.finditer(LIT + r"|.", arg, re.S):
        tok = m.group(0)
        if tok.startswith('"') and len(tok) > 1:
            lits.append(tok[1:-1])
        elif tok in "?:":
            if lits and not other.strip():
                out.append('"' + "".join(lits) + '"')
            lits, other = [], ""
        else:
            other += tok if lits or tok.strip() else ""
    if lits and not other.strip():
        out.append('"' + "".join(lits) + '"')
    return out


def main(root):
    found = set()
    for path in sorted(glob.glob(root + "/sim/*/*.c")):
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
        for m in re.finditer(r"\b(%s)\s*\(" % "|".join(CALLS), text):
            name = m.group(1)
            # definitions and declarations name a type before the function
            before = text[max(0, m.start() - 40):m.start()]
            if re.search(r"(void|bool|int)\s+\**$", before):
                continue
            args = args_of(text, m.end() - 1)
            idx = CALLS[name]
            if len(args) <= idx:
                continue
            for lit in literals(args[idx]):
                if re.search(r"[A-Za-z]", re.sub(r"%[-+ #0-9.*]*[hlLzjt]*[a-zA-Z]", "", lit)):
                    found.add(lit)
    for lit in sorted(found):
        print(lit)


main(sys.argv[1] if len(sys.argv) > 1 else ".")
