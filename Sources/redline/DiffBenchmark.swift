import Foundation
import RedlineDiff
import RedlineParse
import RedlineReview

/// `redline diff --bench-corpus DIR [--bench-runs N]` (hidden): parses and diffs every
/// consecutive pair of `DIR/<service>/<YYYY-MM-DD>.md` N times and prints machine-readable
/// timings for scripts/bench-diff.sh. Each pair's time is the median of its runs, so one
/// preempted run on a shared machine does not make a pair look slow; the slowest pair in
/// thread CPU time is reported too, as the figure least disturbed by other processes.
enum DiffBenchmark {
    /// The quality bar: no pair slower than this, parse included (release build).
    static let budget = 0.050

    struct Pair {
        var service: String
        var name: String
        var old: String
        var new: String
    }

    static func run(corpus: URL, runs: Int) throws {
        let pairs = try load(corpus)
        let clock = ContinuousClock()
        var total = 0.0, parsing = 0.0, diffing = 0.0
        var slowest = (seconds: 0.0, name: ""), slowestDiff = 0.0
        var slowestCPU = (seconds: 0.0, name: "")
        var overBudget: [String] = []
        var bytes = 0
        for pair in pairs {
            var times: [(total: Double, parse: Double, diff: Double)] = []
            var cpuTimes: [Double] = []
            for _ in 0..<runs {
                let cpuStart = threadCPUTime()
                let start = clock.now
                let old = DocumentParser.parse(FrontMatter.split(pair.old).body).document
                let new = DocumentParser.parse(FrontMatter.split(pair.new).body).document
                let parsed = clock.now
                _ = Differ.diff(old, new)
                let end = clock.now
                times.append((seconds(end - start), seconds(parsed - start), seconds(end - parsed)))
                cpuTimes.append(threadCPUTime() - cpuStart)
            }
            let cpu = cpuTimes.sorted()[runs / 2]
            if cpu > slowestCPU.seconds { slowestCPU = (cpu, pair.name) }
            let median = times.sorted { $0.total < $1.total }[runs / 2]
            total += median.total
            parsing += median.parse
            diffing += median.diff
            slowestDiff = max(slowestDiff, times.map(\.diff).sorted()[runs / 2])
            if median.total > slowest.seconds { slowest = (median.total, pair.name) }
            if median.total > budget { overBudget.append(pair.name) }
            bytes += pair.old.utf8.count + pair.new.utf8.count
        }
        print("pairs \(pairs.count)")
        print("runs \(runs)")
        print("bytes \(bytes)")
        print("seconds \(String(format: "%.4f", total))")
        print("max_ms \(String(format: "%.2f", slowest.seconds * 1000))")
        print("slowest \(slowest.name)")
        print("max_cpu_ms \(String(format: "%.2f", slowestCPU.seconds * 1000))")
        print("slowest_cpu \(slowestCPU.name)")
        print("over_50ms \(overBudget.count)")
        for name in overBudget { print("over \(name)") }
        print("parse_seconds \(String(format: "%.4f", parsing))")
        print("diff_seconds \(String(format: "%.4f", diffing))")
        print("max_diff_ms \(String(format: "%.2f", slowestDiff * 1000))")
        // As the build runs them: each service's versions parsed once and walked as one chain
        // (`PairComparison`: each version prepared once, diff and review), on one thread.
        var chains: [[PolicyVersion]] = []
        for (index, pair) in pairs.enumerated() {
            if index == 0 || pairs[index - 1].service != pair.service {
                chains.append([version(pair.old, pair.service)])
            }
            chains[chains.count - 1].append(version(pair.new, pair.service))
        }
        var chainTimes: [Double] = []
        for _ in 0..<runs {
            let start = threadCPUTime()
            for chain in chains { _ = PairComparison.chain(chain) }
            chainTimes.append(threadCPUTime() - start)
        }
        print("chain_cpu_seconds \(String(format: "%.4f", chainTimes.sorted()[runs / 2]))")
    }

    /// Every consecutive pair, services and files in sorted order, read before any timing.
    static func load(_ corpus: URL) throws -> [Pair] {
        let manager = FileManager.default
        guard let services = try? manager.contentsOfDirectory(atPath: corpus.path) else {
            Terminal.printError("redline: cannot read \(corpus.path)")
            throw ExitStatus.ioError
        }
        var pairs: [Pair] = []
        for service in services.sorted() {
            let folder = corpus.appendingPathComponent(service)
            guard let files = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
            var previous: (name: String, text: String)?
            for name in files.filter({ $0.hasSuffix(".md") }).sorted() {
                guard let data = manager.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
                let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
                if let before = previous { pairs.append(Pair(service: service, name: "\(service)/\(before.name)..\(name)", old: before.text, new: text)) }
                previous = (name, text)
            }
        }
        return pairs
    }

    /// A version of the corpus in English (the corpus's language), parsed as the build parses it.
    static func version(_ text: String, _ service: String) -> PolicyVersion {
        let body = FrontMatter.split(text).body
        let date = PolicyDate(year: 2000, month: 1, day: 1)!
        return PolicyVersion(policy: service, locale: "en", path: service, frontMatter: FrontMatter(title: service, effective: date),
                             body: body, document: DocumentParser.parse(body).document)
    }

    /// CPU time of this thread: on a shared machine, what a pair costs without the waits for a core.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
