"""Medians of Benchmarks/bench-site.sh's rounds, and the ratios issue 9 asks for."""
import glob
import os
import statistics
import sys

work, policies, locales, versions = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rows = {}
for line in open(os.path.join(work, "results.tsv")):
    name, wall, cpu, rss = line.split("\t")
    rows.setdefault(name, []).append((float(wall), float(cpu), int(rss)))
inner = {}
inner_rounds = {}  # round number -> {(tool, key): value}
for path in glob.glob(os.path.join(work, "inner-*.txt")):
    number = int(os.path.basename(path)[len("inner-"):-len(".txt")])
    for line in open(path):
        tool, key, value = line.split()
        inner.setdefault((tool, key), []).append(float(value))
        inner_rounds.setdefault(number, {})[(tool, key)] = float(value)


def median(name, column):
    return statistics.median(row[column] for row in rows[name])


def inner_median(tool, key, fallback=None):
    if (tool, key) not in inner and fallback:
        return statistics.median(inner[(tool, fallback)])
    return statistics.median(inner[(tool, key)])


def field(tool, key):
    for line in open(os.path.join(work, f"out-{tool}.txt")):
        parts = line.split()
        if len(parts) == 2 and parts[0] == key:
            return float(parts[1])
    raise KeyError(key)


files = [line.strip() for line in open(os.path.join(work, "files.txt")) if line.strip()]
megabytes = sum(os.path.getsize(path) for path in files) / 1048576
pages = policies * locales * versions
rounds = len(rows["redline-full"])
print(f"\nsite: {policies} policies x {locales} locales x {versions} versions = {pages} version pages, "
      f"{megabytes:.1f} MB of Markdown; medians of {rounds} rounds")
print(f"{'command':30} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9} {'pages/s':>9} {'MB/s':>8}")
for name in ["redline-full", "redline-nochange", "redline-onefile-translation", "redline-onefile-canonical", "cmark", "hugo",
             "c-loop", "stagebench", "git-word-diff"]:
    if name not in rows:
        continue
    wall, cpu, rss = median(name, 0), median(name, 1), median(name, 2)
    print(f"{name:30} {wall:8.2f} {cpu:8.2f} {rss / 1024:9.0f} {pages / wall:9.0f} {megabytes / wall:8.1f}")
full = median("redline-full", 0)
print(f"\nfull build: Redline/cmark {full / median('cmark', 0):.2f}x time, Redline/Hugo {full / median('hugo', 0):.2f}x time "
      f"(goal < 0.5x Hugo); peak memory {median('redline-full', 2) / 1024:.0f} MiB (goal < 1024)")
for name in ["redline-nochange", "redline-onefile-translation", "redline-onefile-canonical"]:
    print(f"{name}: {100 * median(name, 0) / full:.1f} % of the full build (goal < 5 % for one file)")
for name in ["redline-nochange", "redline-onefile-translation", "redline-onefile-canonical"]:
    print(f"{name}: {100 * median(name, 1) / median('redline-full', 1):.1f} % of the full build's CPU seconds")
pairs = int(field("stagebench", "pairs")) if "stagebench" in rows else 0


def ratio(numerator, denominator):
    """numerator / denominator; NaN when the denominator is below the clock's resolution (a tiny site)."""
    return numerator / denominator if denominator > 0 else float("nan")


def per_round():
    """Each round's ratios, computed within the round: Hugo's and git's times move with the host's
    load from minute to minute, so a ratio of medians taken from different rounds can mislead."""
    header = f"{'round':>6} {'Redline/Hugo wall':>18} {'CPU':>6} {'Redline/cmark wall':>19} {'CPU':>6}"
    if pairs:
        header += f" {'parse/C loop CPU':>17} {'pairs/CPU s Redline/git':>24}"
    print("\nper round (ratios within each round):\n" + header)
    ratios = []
    for index in range(rounds):
        full_wall, full_cpu = rows["redline-full"][index][0], rows["redline-full"][index][1]
        row = [ratio(full_wall, rows["hugo"][index][0]), ratio(full_cpu, rows["hugo"][index][1]),
               ratio(full_wall, rows["cmark"][index][0]), ratio(full_cpu, rows["cmark"][index][1])]
        values = inner_rounds.get(index + 1, {})
        if pairs and ("stagebench", "pair_cpu_seconds") in values and index < len(rows.get("git-word-diff", [])):
            parse_cpu = values[("stagebench", "parse_cpu_seconds")]
            c_cpu = values.get(("c-loop", "cpu_seconds"), values.get(("c-loop", "seconds")))
            row += [ratio(parse_cpu, c_cpu), ratio(rows["git-word-diff"][index][1], values[("stagebench", "pair_cpu_seconds")])]
        ratios.append(row)
        print(f"{index + 1:6} " + " ".join(f"{value:{width}.2f}" for value, width in zip(row, [18, 6, 19, 6, 17, 24])))
    columns = min(len(row) for row in ratios)
    print(f"{'median':>6} " + " ".join(f"{statistics.median(row[c] for row in ratios):{width}.2f}"
                                        for c, width in zip(range(columns), [18, 6, 19, 6, 17, 24])))


per_round()
if "stagebench" not in rows:
    sys.exit(0)
c_cpu = inner_median("c-loop", "cpu_seconds", "seconds")
parse_cpu = inner_median("stagebench", "parse_cpu_seconds", "parse_seconds")
parse_all = inner_median("stagebench", "parse_all_cores_seconds")
print(f"parse, one thread, CPU seconds: Redline {megabytes / parse_cpu:.1f} MB/s, C loop over libcmark {megabytes / c_cpu:.1f} MB/s: "
      f"{parse_cpu / c_cpu:.2f}x the C loop's time (goal <= 1.5x); Redline on every core {megabytes / parse_all:.1f} MB/s wall")
pair_cpu = inner_median("stagebench", "pair_cpu_seconds", "pair_seconds")
pair_all = inner_median("stagebench", "pair_all_cores_seconds")
git_cpu = median("git-word-diff", 1)
git_wall = median("git-word-diff", 0)
print(f"diff + review: Redline {pairs / pair_cpu:.0f} pairs per CPU second (one thread), {pairs / pair_all:.0f} pairs/s wall on every core; "
      f"git diff --word-diff (one process) {pairs / git_cpu:.0f} pairs per CPU second, {pairs / git_wall:.0f} pairs/s wall; "
      f"ratio {pair_cpu and (pairs / pair_cpu) / (pairs / git_cpu):.2f}x per CPU second (goal >= 1)")
