import Foundation
import RedlineDiff
import RedlineParse

/// Scores the detector against judged pairs (`labels-dev.json`): pair-level precision, recall
/// and F1 (a pair is predicted positive when it has a material finding) and finding-level recall
/// (a judged finding is found when a reported finding quotes overlapping text).
public enum CorpusEvaluation {
    /// One judged pair of versions.
    public struct Pair: Sendable, Equatable, Codable {
        public struct Judged: Sendable, Equatable, Codable {
            public var category: String
            public var old_quote: String
            public var new_quote: String
        }
        public var service: String
        public var old: String
        public var new: String
        public var reduction: Bool
        public var findings: [Judged]

        /// Stable name used for the split.
        public var name: String { "\(old)|\(new)" }
    }

    public enum Split: String, Sendable, CaseIterable {
        /// Pairs the rules may be tuned on.
        case tune
        /// About a third of the pairs, chosen by hash, kept out of sight while writing rules.
        case holdout
        case all

        public func contains(_ pair: Pair) -> Bool {
            switch self {
            case .all: true
            case .holdout: CorpusEvaluation.isHoldout(pair.name)
            case .tune: !CorpusEvaluation.isHoldout(pair.name)
            }
        }
    }

    /// FNV-1a 64 of the pair name, so the split never depends on file order or platform hashing.
    public static func isHoldout(_ name: String) -> Bool {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash % 3 == 0
    }

    /// The outcome for one pair.
    public struct Outcome: Sendable, Equatable {
        public var pair: Pair
        public var review: Review
        public var predicted: Bool { !review.material.isEmpty }
        /// Judged findings that a reported finding quotes.
        public var found: Int
    }

    /// The figures for a set of outcomes.
    public struct Score: Sendable, Equatable {
        public var pairs: Int
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
        public var judgedFindings: Int
        public var foundFindings: Int

        public init(_ outcomes: [Outcome]) {
            pairs = outcomes.count
            truePositives = outcomes.filter { $0.predicted && $0.pair.reduction }.count
            falsePositives = outcomes.filter { $0.predicted && !$0.pair.reduction }.count
            falseNegatives = outcomes.filter { !$0.predicted && $0.pair.reduction }.count
            judgedFindings = outcomes.reduce(0) { $0 + $1.pair.findings.count }
            foundFindings = outcomes.reduce(0) { $0 + $1.found }
        }

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var findingRecall: Double { ratio(foundFindings, judgedFindings) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    /// A labels file with a note on who judged the pairs and how they were chosen.
    struct Annotated: Decodable {
        var about: String
        var pairs: [Pair]
    }

    /// Reads judged pairs: either a bare array (`labels-dev.json`) or `{"about": …, "pairs": […]}`
    /// (`labels-team.json`, whose note says how the pairs were chosen and judged).
    public static func loadPairs(labels: URL) throws -> [Pair] {
        let data = try Data(contentsOf: labels)
        if let pairs = try? JSONDecoder().decode([Pair].self, from: data) { return pairs }
        return try JSONDecoder().decode(Annotated.self, from: data).pairs
    }

    /// Reviews one pair read from `corpus` (files with optional front matter).
    public static func evaluate(_ pair: Pair, corpus: URL) throws -> Outcome {
        let old = try document(corpus.appendingPathComponent(pair.old))
        let new = try document(corpus.appendingPathComponent(pair.new))
        let review = Reviewer.review(old: old, new: new, diff: Differ.diff(old, new))
        let reported = review.findings + review.expansions.filter { _ in false }
        let found = pair.findings.filter { judged in
            reported.contains { quotesOverlap(judged, $0) }
        }.count
        return Outcome(pair: pair, review: review, found: found)
    }

    /// Every consecutive pair of versions in `corpus` (`<service>/<date>.md`), sorted by service
    /// then date, as paths relative to `corpus`: the unjudged sweep for false positives.
    public static func consecutivePairs(corpus: URL) throws -> [(old: String, new: String)] {
        let manager = FileManager.default
        var result: [(old: String, new: String)] = []
        for service in try manager.contentsOfDirectory(atPath: corpus.path).sorted() {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: corpus.appendingPathComponent(service).path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            let files = try manager.contentsOfDirectory(atPath: corpus.appendingPathComponent(service).path)
                .filter { $0.hasSuffix(".md") }.sorted()
            for (old, new) in zip(files, files.dropFirst()) { result.append(("\(service)/\(old)", "\(service)/\(new)")) }
        }
        return result
    }

    /// Reviews the change between two files of `corpus`.
    public static func review(old: String, new: String, corpus: URL) throws -> Review {
        let before = try document(corpus.appendingPathComponent(old))
        let after = try document(corpus.appendingPathComponent(new))
        return Reviewer.review(old: before, new: after, diff: Differ.diff(before, after))
    }

    static func document(_ url: URL) throws -> Document {
        let text = try String(contentsOf: url, encoding: .utf8)
        let (_, body, firstLine) = FrontMatter.split(text)
        return DocumentParser.parse(body, path: url.path, firstLine: firstLine).document
    }

    /// Whether a reported finding quotes text overlapping a judged quote (in its main quotes or its
    /// further evidence): a shared run of five
    /// words, or containment for shorter quotes. Judged quotes come from PDF extractions, so
    /// both sides are reduced to lower-case words first.
    public static func quotesOverlap(_ judged: Pair.Judged, _ finding: Finding) -> Bool {
        let pairs: [(String, String?)] = finding.excerpts.flatMap { [(judged.new_quote, $0.new?.text), (judged.old_quote, $0.old?.text)] }
        return pairs.contains { quote, reported in
            guard let reported, !quote.isEmpty else { return false }
            return overlaps(words(quote), words(reported))
        }
    }

    /// Lower-case letter and number runs. `bytePath: false` forces the general path (tests compare).
    static func words(_ text: String, bytePath: Bool = true) -> [String] {
        if bytePath, let fast = asciiWords(text) { return fast }
        let cleaned = text.lowercased().replacingOccurrences(of: "&apos", with: "'").replacingOccurrences(of: "ﬁ", with: "fi")
        return cleaned.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// `words` for ASCII text, on bytes (it runs for every retention fact of every review): a
    /// letter or number is `[a-z0-9]` once lower-cased, and "&apos" (an apostrophe in the general
    /// path) separates like any other punctuation. Nil for other text.
    static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        var skip = 0
        let utf8 = Array(text.utf8)
        for (index, byte) in utf8.enumerated() {
            guard byte < 0x80 else { return nil }
            if skip > 0 { skip -= 1; continue }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                word.append(lower)
                continue
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            // "&apos" in any case (the general path lower-cases first): its letters are no word.
            if lower == 0x26, index + 4 < utf8.count, utf8[(index + 1)...(index + 4)].elementsEqual("apos".utf8, by: { $0 | 0x20 == $1 }) {
                skip = 4
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Whether `a` and `b` share a run of `run` words (all of the shorter one when it is shorter).
    static func overlaps(_ a: [String], _ b: [String], run: Int = 5) -> Bool {
        let n = min(run, a.count, b.count)
        guard n > 0 else { return false }
        let grams = Set((0...(a.count - n)).map { a[$0..<($0 + n)].joined(separator: " ") })
        return (0...(b.count - n)).contains { grams.contains(b[$0..<($0 + n)].joined(separator: " ")) }
    }
}
