import Foundation
import RedlineDiff
import RedlineParse
import RedlineReview

// redline-stagebench SITE — stage throughput inside one process, after loading the site:
//   parse:  DocumentParser over every body (the same bytes the C loop feeds libcmark), one thread
//   pairs:  diff + review over every consecutive pair of one policy and locale, through
//           PairComparison as `redline build` runs them (each version prepared once, timelines in
//           order on one thread, then on every core)
// Prints `key value` lines for Benchmarks/bench-site.sh.

// `--dump FILE` also writes every pair's diff and review as JSON lines (nothing timed), so an
// optimisation can be checked to change no output.
// `--parse-dump OUT PATH…` writes what the parser makes of every Markdown file under the paths.
let arguments = Array(CommandLine.arguments.dropFirst())
// `--build SITE DATE` runs one full or incremental build in this process (for callgrind).
if arguments.count == 3, arguments[0] == "--build" {
    exit(buildOnce(site: arguments[1], date: arguments[2]))
}
if arguments.count >= 3, arguments[0] == "--parse-dump" {
    exit(parseDump(output: arguments[1], paths: Array(arguments.dropFirst(2))))
}
// `--parse-only` times the one-thread parse and stops (for callgrind and quick comparisons).
let parseOnly = arguments.count == 2 && arguments[1] == "--parse-only"
guard arguments.count == 1 || parseOnly || (arguments.count == 3 && arguments[1] == "--dump") else {
    FileHandle.standardError.write(Data("usage: redline-stagebench SITE [--dump FILE | --parse-only] | --parse-dump OUT PATH... | --build SITE DATE\n".utf8))
    exit(64)
}
let site = URL(fileURLWithPath: arguments[0])
/// The site loaded as `redline build` loads it: with `retainsDocuments` off, each file is read
/// for its warnings only, so the timed parse runs on the heap a build has (every body, no
/// documents) rather than beside 10,000 parsed documents, whose freed and live small strings
/// made each allocation slower than it is in a build.
func loadSite(retainsDocuments: Bool) -> SiteSource {
    var loader = SiteLoader(siteDirectory: site)
    loader.retainsDocuments = retainsDocuments
    do {
        return try loader.load()
    } catch {
        FileHandle.standardError.write(Data("redline-stagebench: \(error)\n".utf8))
        exit(65)
    }
}
// REDLINE_BENCH_RETAIN_DOCUMENTS=1 times the parse beside every document as the bench did
// before round 3 of issue 9 (to tell the two effects apart).
var source = loadSite(retainsDocuments: ProcessInfo.processInfo.environment["REDLINE_BENCH_RETAIN_DOCUMENTS"] == "1")

/// CPU seconds of this process (user + system): on a machine shared with other work, the
/// one-thread figures are compared by CPU time, which other processes do not inflate.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

var cpu: [String: Double] = [:]

/// Wall seconds of `body`; its CPU seconds go to `cpu[name]`.
@MainActor
func seconds(_ name: String, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    let before = cpuSeconds()
    let elapsed = clock.measure(body)
    cpu[name] = cpuSeconds() - before
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

// Whole files, as the C loop reads them (front matter included: libcmark reads it as text too).
let texts: [String] = source.versions.map { version in
    (try? String(contentsOf: site.appendingPathComponent(version.path), encoding: .utf8)) ?? version.body
}
let bytes = texts.reduce(0) { $0 + $1.utf8.count }
var sections = 0
let parseSeconds = seconds("parse") {
    for text in texts { sections += DocumentParser.parse(text).document.sections.count }
}
if parseOnly {
    // REDLINE_PARSE_REPEAT=N parses N more times, so that a profiler sees mostly parsing.
    let repeats = Int(ProcessInfo.processInfo.environment["REDLINE_PARSE_REPEAT"] ?? "") ?? 0
    for _ in 0..<repeats { for text in texts { sections += DocumentParser.parse(text).document.sections.count } }
    print("files \(texts.count)\nbytes \(bytes)\nsections \(sections)\nparse_seconds \(parseSeconds)")
    print("parse_cpu_seconds \(cpu["parse"] ?? 0)\nparse_mb_per_cpu_second \(Double(bytes) / 1e6 / (cpu["parse"] ?? 1))")
    exit(0)
}
let parseAllSeconds = seconds("parse_all_cores") {
    _ = texts.concurrentMap { DocumentParser.parse($0).document.sections.count }
}
// The pairs need every document: loaded again, untimed, as before.
source = loadSite(retainsDocuments: true)

struct Pair: Sendable {
    var old: PolicyVersion
    var new: PolicyVersion
}
var pairs: [Pair] = []
let ordered = source.versions.sorted { ($0.policy, $0.locale, $0.date) < ($1.policy, $1.locale, $1.date) }
for (old, new) in zip(ordered, ordered.dropFirst()) where old.policy == new.policy && old.locale == new.locale {
    pairs.append(Pair(old: old, new: new))
}
var chains: [[PolicyVersion]] = []
for (index, pair) in pairs.enumerated() {
    if index > 0, pairs[index - 1].new == pair.old { chains[chains.count - 1].append(pair.new) } else { chains.append([pair.old, pair.new]) }
}
var findings = 0
let pairSeconds = seconds("pair") {
    // One timeline after another, as PairComparison.run walks them (each version prepared once).
    for chain in chains { findings += PairComparison.chain(chain).reduce(0) { $0 + $1.review.findings.count } }
}
let pairAllSeconds = seconds("pair_all_cores") {
    _ = PairComparison.run(pairs.map { ($0.old, $0.new) }).count
}
if arguments.count == 3 {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var lines = Data()
    for (pair, (diff, review)) in zip(pairs, PairComparison.run(pairs.map { ($0.old, $0.new) })) {
        lines.append(Data("\(pair.new.path)\n".utf8))
        lines.append((try? encoder.encode(diff)) ?? Data())
        lines.append(Data("\n".utf8))
        lines.append((try? encoder.encode(review)) ?? Data())
        lines.append(Data("\n".utf8))
    }
    FileManager.default.createFile(atPath: arguments[2], contents: lines)
}
print("""
    files \(texts.count)
    bytes \(bytes)
    sections \(sections)
    parse_seconds \(parseSeconds)
    parse_all_cores_seconds \(parseAllSeconds)
    pairs \(pairs.count)
    findings \(findings)
    pair_seconds \(pairSeconds)
    pair_all_cores_seconds \(pairAllSeconds)
    """)
for (name, value) in cpu.sorted(by: { $0.key < $1.key }) { print("\(name)_cpu_seconds \(value)") }
