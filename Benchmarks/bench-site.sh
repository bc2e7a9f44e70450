#!/bin/sh
# Redline's build of a synthetic site beside raw cmark, Hugo, a plain C loop over libcmark and
# `git diff --word-diff`, alternating the commands, ROUNDS times, in one run (issue 9).
# Usage: Benchmarks/bench-site.sh POLICIES LOCALES VERSIONS [ROUNDS]   (from the repository root;
# `make bench-site` builds the binaries first). BENCH_DIR (default /tmp/redline-bench) holds the sites.
# STAGES=0 skips the in-process stage figures (parse, diff + review, C loop, git) — they are
# per-file and per-pair rates, the same at every size, and take long on big sites.
# SITEGEN_FLAGS=--duplicated-locales measures the earlier sessions' site (40 locales that are 10
# copies of 4 texts), in its own folder (…-duplicated), to compare with figures before 7 Dec 2026.
set -eu
POLICIES=$1 LOCALES=$2 VERSIONS=$3 ROUNDS=${4:-3}
ROOT=$(pwd)
REDLINE=${REDLINE:-$ROOT/.build/release/redline}
BIN=${BENCH_BIN:-$ROOT/Benchmarks/.build/release}
SITEGEN_FLAGS=${SITEGEN_FLAGS:-}
WORK=${BENCH_DIR:-/tmp/redline-bench}/$POLICIES-$LOCALES-$VERSIONS${SITEGEN_FLAGS:+-duplicated}

# A previous run's folder is set aside too (see TRASH below) and deleted at the end.
[ -e "$WORK" ] && mv "$WORK" "$WORK.old.$$"
"$BIN/redline-sitegen" $SITEGEN_FLAGS "$POLICIES" "$LOCALES" "$VERSIONS" "$ROOT" "$WORK"
# The build date is the day before each policy's newest version takes effect: every other
# version is published (and locked in content/redline.lock), the newest is the upcoming draft
# an author edits before publication — the one-file builds below edit it.
NEWEST=$(ls "$WORK/site/content/policy-01" | tail -1)
DATE=$(date -u -d "$NEWEST -1 day" +%Y-%m-%d)
cc -O2 -o "$WORK/cmark-loop" Benchmarks/cloop/cmark_loop.c $(pkg-config --cflags --libs libcmark)
RESULTS=$WORK/results.tsv
: > "$RESULTS"

# measure NAME COMMAND...: one row of wall seconds, CPU seconds and peak RSS (KiB) from /usr/bin/time -v.
measure() {
  name=$1; shift
  if ! /usr/bin/time -v -o "$WORK/time.txt" "$@" > "$WORK/out-$name.txt" 2>&1; then
    echo "bench-site: $name failed:" >&2; tail -20 "$WORK/out-$name.txt" >&2; exit 1
  fi
  awk -v name="$name" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + t[i] }
    /User time \(seconds\)/ { cpu += $2 }
    /System time \(seconds\)/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%s\t%.3f\t%.3f\t%d\n", name, wall, cpu, rss }' "$WORK/time.txt" >> "$RESULTS"
}
# Appends a sentence to the upcoming version in one locale, so the next build has exactly one
# changed input. (Editing a published version stops the build until it is amended: the lock.)
touch_version() {
  printf '\nRound %s adds this sentence to one version.\n' "$2" >> "$WORK/site/content/policy-01/$NEWEST/$1.md"
}

# Earlier outputs are moved aside and deleted only after the last round: on ext4 without a journal
# (this machine's disk) the kernel skips every inode freed in the last minutes on each file creation,
# so deleting a site just before timing a build charges the deletion to that build (about 30 % of a
# 1,000-page build's samples; it hit Redline and Hugo alike, Redline more, as it creates 3 x the inodes).
TRASH="$WORK/trash.$$"
mkdir -p "$TRASH"
set_aside() { for d in "$@"; do [ -e "$d" ] && mv "$d" "$TRASH/$(date +%s%N)-$(basename "$d")"; done; return 0; }

for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS"
  set_aside "$WORK/site/public" "$WORK/site/.redline-cache" "$WORK/site/.public.redline-"*
  measure redline-full "$REDLINE" build --site "$WORK/site" --date $DATE --quiet
  measure redline-nochange "$REDLINE" build --site "$WORK/site" --date $DATE --quiet
  touch_version de "$round"
  measure redline-onefile-translation "$REDLINE" build --site "$WORK/site" --date $DATE --quiet
  touch_version en "$round"
  measure redline-onefile-canonical "$REDLINE" build --site "$WORK/site" --date $DATE --quiet
  # Raw cmark, one process per file (as a shell loop would run it), on both cores.
  measure cmark sh -c 'xargs -P 2 -n 64 sh -c "for f; do cmark \"\$f\" > /dev/null; done" _ < "$1"' _ "$WORK/files.txt"
  set_aside "$WORK/hugo/public" "$WORK/hugo/resources"
  measure hugo hugo -s "$WORK/hugo" --quiet
  [ "${STAGES:-1}" = 0 ] && continue
  measure c-loop sh -c '"$1" < "$2"' _ "$WORK/cmark-loop" "$WORK/files.txt"
  measure stagebench "$BIN/redline-stagebench" "$WORK/site"
  measure git-word-diff sh -c 'git diff --no-index --word-diff "$1/old" "$1/new" > /dev/null || true' _ "$WORK/pairs"
  grep -E '^(parse_seconds|parse_all_cores_seconds|pair_seconds|pair_all_cores_seconds|seconds|[a-z_]*cpu_seconds) ' "$WORK/out-stagebench.txt" "$WORK/out-c-loop.txt" \
    | sed "s|^$WORK/out-||; s|\.txt:| |" >> "$WORK/inner-$round.txt"
done

python3 "$ROOT/Benchmarks/summarize.py" "$WORK" "$POLICIES" "$LOCALES" "$VERSIONS"
rm -rf "$WORK"/trash.* "$WORK".old.*
