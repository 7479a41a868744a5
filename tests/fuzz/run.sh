#!/bin/sh
# run.sh - runs the libFuzzer targets `make fuzz` built, each SECONDS long, one after the other.
# Seeds are copied at run time into DIR/seed/NAME (nothing is committed twice): the committed
# tests/fuzz/corpus/NAME, and for `scenario` the shipped scenarios and tests/bad/*.yaml, for
# `weather_csv` the *.csv files of scenarios/weather/ and tests/bad/. New inputs collect in
# DIR/corpus/NAME (kept between runs). Leak detection is on and an input running over 10 s is
# a hang. Any crash, leak, hang, out-of-memory or sanitizer report fails the run (exit 1) and
# the input that caused it is named: DIR/artifacts/NAME-{crash,leak,timeout,oom}-HASH.
# Run from the repository root: tests/fuzz/run.sh DIR SECONDS NAME...
set -u
dir=${1:?usage: tests/fuzz/run.sh DIR SECONDS NAME...}
seconds=${2:?usage: tests/fuzz/run.sh DIR SECONDS NAME...}
shift 2

# seeds NAME: the files, besides tests/fuzz/corpus/NAME, that start NAME's corpus.
seeds() {
	case $1 in
	scenario) set -- scenarios/*.yaml tests/bad/*.yaml ;;
	weather_csv) set -- scenarios/weather/*.csv tests/bad/*.csv ;;
	*) set -- ;;
	esac
	for f in "$@"; do
		[ -f "$f" ] && printf '%s\n' "$f"
	done
}

failed=""
for name in "$@"; do
	seed=$dir/seed/$name
	rm -rf "$seed"
	mkdir -p "$seed" "$dir/corpus/$name" "$dir/artifacts" || exit 1
	# Seeds keep their origin in the name: tests/bad/tag.yaml becomes tests-bad-tag.yaml.
	{ seeds "$name"; [ -d "tests/fuzz/corpus/$name" ] && ls "tests/fuzz/corpus/$name"/* 2>/dev/null; } |
		while read -r f; do cp "$f" "$seed/$(printf '%s' "$f" | tr / -)"; done
	dict=""
	[ -e "tests/fuzz/$name.dict" ] && dict=-dict=tests/fuzz/$name.dict
	stamp=$dir/artifacts/.start-$name
	: >"$stamp"
	echo "fuzz: $name for $seconds s on $(ls "$seed" | wc -l) seeds and $(ls "$dir/corpus/$name" | wc -l) corpus inputs"
	# shellcheck disable=SC2086 # $dict is empty or one word
	"$dir/fuzz_$name" -max_total_time="$seconds" -timeout=10 -detect_leaks=1 -print_final_stats=1 \
		$dict -artifact_prefix="$dir/artifacts/$name-" "$dir/corpus/$name" "$seed" </dev/null
	status=$?
	found=$(find "$dir/artifacts" -name "$name-*" -newer "$stamp" -type f 2>/dev/null)
	rm -f "$stamp"
	if [ "$status" -ne 0 ] || [ -n "$found" ]; then
		echo "fuzz: $name FAILED (exit $status); the input that shows it:" >&2
		if [ -n "$found" ]; then
			# shellcheck disable=SC2086 # one file name a line, none with spaces
			printf '  %s\n' $found >&2
		else
			echo "  (none written: see the report above)" >&2
		fi
		echo "  reproduce: $dir/fuzz_$name FILE" >&2
		failed="$failed $name"
	fi
done
if [ -n "$failed" ]; then
	echo "fuzz: findings in:$failed" >&2
	exit 1
fi
echo "fuzz: $* ran $seconds s each with no crash, leak, hang or sanitizer report"
