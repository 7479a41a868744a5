#!/bin/sh
# endtoend.sh - the end-to-end benchmark of DESIGN §9: runs the benchmark program (which
# times `PROGRAM run` 50 times and the season core) on the given program.
# Usage: tests/bench/endtoend.sh [PROGRAM] [BENCH]   (defaults ./vudong build/bench)
set -eu
PROGRAM=${1:-./vudong}
BENCH=${2:-build/bench}
exec "$BENCH" "$PROGRAM"
