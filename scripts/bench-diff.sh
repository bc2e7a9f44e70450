#!/bin/sh
# Diff throughput over a corpus of policy histories (DIR/<service>/<YYYY-MM-DD>.md):
# Redline's parse + align + word diff over every consecutive pair, beside
# `git diff --no-index --word-diff` over the same pairs, in the same run.
# Each pair is timed RUNS times (median kept) so that a busy machine does not fake a slow pair.
# Usage: scripts/bench-diff.sh [DIR]   (REDLINE=path/to/redline to pick the binary, RUNS=5)
set -eu
CORPUS=${1:-../shared/corpus/real}
REDLINE=${REDLINE:-.build/release/redline}
RUNS=${RUNS:-5}
if [ ! -d "$CORPUS" ]; then echo "bench-diff: no corpus at $CORPUS (skipped)"; exit 0; fi
if [ ! -x "$REDLINE" ]; then echo "bench-diff: build first: swift build -c release --product redline" >&2; exit 74; fi

now() { date +%s.%N; }

out=$("$REDLINE" diff --bench-corpus "$CORPUS" --bench-runs "$RUNS")
field() { printf '%s\n' "$out" | awk -v k="$1" '$1 == k { print $2 }'; }
pairs=$(field pairs); bytes=$(field bytes); seconds=$(field seconds)

# git diff over the same consecutive pairs (same order: services, then files, sorted).
git_pairs=0
start=$(now)
for service in $(ls "$CORPUS" | LC_ALL=C sort); do
  [ -d "$CORPUS/$service" ] || continue
  previous=""
  for file in $(ls "$CORPUS/$service" | grep '\.md$' | LC_ALL=C sort); do
    if [ -n "$previous" ]; then
      git diff --no-index --word-diff "$CORPUS/$service/$previous" "$CORPUS/$service/$file" >/dev/null 2>&1 || true
      git_pairs=$((git_pairs + 1))
    fi
    previous=$file
  done
done
git_seconds=$(echo "$(now) - $start" | bc -l)

awk -v p="$pairs" -v b="$bytes" -v s="$seconds" -v gp="$git_pairs" -v gs="$git_seconds" \
    -v max="$(field max_ms)" -v maxd="$(field max_diff_ms)" -v slow="$(field slowest)" \
    -v over="$(field over_50ms)" -v runs="$(field runs)" \
    -v maxc="$(field max_cpu_ms)" -v slowc="$(field slowest_cpu)" \
    -v ps="$(field parse_seconds)" -v ds="$(field diff_seconds)" -v cs="$(field chain_cpu_seconds)" 'BEGIN {
  mb = b / 1048576
  printf "corpus pairs: %d (%.1f MB read per tool; redline: median of %d runs per pair)\n", p, mb, runs
  printf "redline diff:        %8.1f pairs/s  %7.2f MB/s  (%.3f s: parse %.3f s, align+diff %.3f s)\n", p / s, mb / s, s, ps, ds
  printf "                     slowest pair %.2f ms (%s), slowest align+diff %.2f ms\n", max, slow, maxd
  printf "                     slowest pair in CPU time %.2f ms (%s)\n", maxc, slowc
  printf "                     pairs over 50 ms: %d\n", over
  printf "redline chains:      %8.1f pairs per CPU s (diff + review, each version prepared once, as the build runs them; %.3f s)\n", p / cs, cs
  printf "git diff --word-diff:%8.1f pairs/s  %7.2f MB/s  (%.3f s, %d pairs, includes process start)\n", gp / gs, mb / gs, gs, gp
  printf "ratio redline/git:   %8.2fx throughput\n", (p / s) / (gp / gs)
}'
printf '%s\n' "$out" | awk '$1 == "over" { print "  over 50 ms: " $2 }'
