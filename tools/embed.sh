#!/bin/sh
# embed.sh - turns a file into a C source defining `const char NAME[]` and `NAME_len`,
# so the built-in scenario is compiled into the program. Usage: embed.sh NAME IN > OUT.c
set -eu
name=$1; in=$2
printf '/* Generated from %s by tools/embed.sh; do not edit. */\n#include <stddef.h>\n' "$in"
printf 'const char %s[] = {\n' "$name"
od -An -v -tx1 "$in" | sed -e 's/ *\([0-9a-f][0-9a-f]\)/(char)0x\1,/g' -e 's/^/\t/'
printf '\t0x00\n};\nconst size_t %s_len = sizeof %s - 1;\n' "$name" "$name"
