#!/bin/sh
# Checks the synthetic site's promises (`make bench-sitegen-check`): the same arguments write a
# byte-identical site; every version file's text (without front matter) is distinct from every
# other's — no locale copies another, no policy copies another; and `redline check` finds no
# translation whose structure differs from its English original, while the review still finds
# changes to flag in the English versions.
# Usage: Benchmarks/check-sitegen.sh [POLICIES LOCALES VERSIONS]   (from the repository root,
# after `make release` and `cd Benchmarks && swift build -c release`; default 3 40 4).
set -eu
POLICIES=${1:-3} LOCALES=${2:-40} VERSIONS=${3:-4}
ROOT=$(pwd)
REDLINE=${REDLINE:-$ROOT/.build/release/redline}
BIN=${BENCH_BIN:-$ROOT/Benchmarks/.build/release}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$BIN/redline-sitegen" "$POLICIES" "$LOCALES" "$VERSIONS" "$ROOT" "$WORK/a"
"$BIN/redline-sitegen" "$POLICIES" "$LOCALES" "$VERSIONS" "$ROOT" "$WORK/b" > /dev/null
# files.txt names the output folder; everything else must match byte for byte.
sed "s|^$WORK/b/|$WORK/a/|" "$WORK/b/files.txt" | cmp -s - "$WORK/a/files.txt" || { echo "check-sitegen: files.txt differs" >&2; exit 1; }
diff -r -x files.txt "$WORK/a" "$WORK/b" > /dev/null || { echo "check-sitegen: two runs wrote different sites" >&2; exit 1; }
echo "deterministic: two runs wrote byte-identical sites"

# The check's build date: after the newest version, so every version is reviewed.
"$REDLINE" check --site "$WORK/a/site" --date 2030-01-01 --format json > "$WORK/check.json" || true
python3 - "$WORK/a" "$WORK/check.json" <<'EOF'
import collections, json, os, sys
out, check = sys.argv[1], json.load(open(sys.argv[2]))
files = [line.strip() for line in open(os.path.join(out, "files.txt")) if line.strip()]
bodies = collections.defaultdict(list)
for path in files:
    text = open(path, encoding="utf-8").read()
    bodies[text.split("\n---\n", 1)[1]].append(os.path.relpath(path, out))
copies = [paths for paths in bodies.values() if len(paths) > 1]
for paths in copies[:5]:
    print("same text:", " ".join(paths[:4]), file=sys.stderr)
ascii_only = sum(1 for path in files if open(path, "rb").read().isascii())
issues = check["translations"]
for issue in issues[:5]:
    print(issue["kind"], issue["path"], issue["message"], file=sys.stderr)
findings = sum(len(version["findings"]) for version in check["versions"])
print(f"distinct: {len(bodies)} texts in {len(files)} version files ({ascii_only} pure ASCII); "
      f"translation warnings: {len(issues)}; review findings in English versions: {findings}")
sys.exit(1 if copies or issues or findings == 0 else 0)
EOF
