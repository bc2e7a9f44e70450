import Foundation
import RedlineParse
import Testing
@testable import RedlineDiff

/// Every consecutive pair of every service in `../shared/corpus/real` (skipped, with a note, when absent).
@Suite("Real corpus")
struct CorpusTests {
    @Test func everyConsecutivePairDiffsAndNeverShowsMovedTextAsAdded() throws {
        guard let corpus = TestSupport.corpus else {
            print("RedlineDiffTests: skipped the corpus run: ../shared/corpus/real not found beside the package")
            return
        }
        let manager = FileManager.default
        var pairs = 0
        var problems: [String] = []
        for service in try manager.contentsOfDirectory(atPath: corpus.path).sorted() {
            let folder = corpus.appendingPathComponent(service)
            guard let files = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
            var previous: (name: String, text: String)?
            for name in files.filter({ $0.hasSuffix(".md") }).sorted() {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
                if let before = previous {
                    let diff = TestSupport.diff(before.text, text)
                    pairs += 1
                    problems += Self.addedButPresent(diff, old: TestSupport.document(before.text), new: TestSupport.document(text))
                        .map { "\(service) \(before.name)..\(name): \($0)" }
                    problems += Self.lostSentences(diff, old: TestSupport.document(before.text), new: TestSupport.document(text))
                        .map { "\(service) \(before.name)..\(name): \($0)" }
                }
                previous = (name, text)
            }
        }
        print("RedlineDiffTests: diffed \(pairs) consecutive pairs of the real corpus")
        #expect(pairs > 0)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    /// Sentences shown as added although the old version had the same normalised text to spare.
    static func addedButPresent(_ diff: PolicyDiff, old: Document, new: Document) -> [String] {
        var oldCount: [String: Int] = [:], newCount: [String: Int] = [:], added: [String: Int] = [:]
        for sentence in old.sentences { oldCount[MatchText(sentence.text).key, default: 0] += 1 }
        for sentence in new.sentences { newCount[MatchText(sentence.text).key, default: 0] += 1 }
        for change in diff.sections.flatMap(\.sentences) where change.status == .added {
            if let text = change.new?.text { added[MatchText(text).key, default: 0] += 1 }
        }
        return added.keys.sorted().compactMap { key in
            guard !key.isEmpty else { return nil }
            let allowed = max(0, (newCount[key] ?? 0) - (oldCount[key] ?? 0))
            return (added[key] ?? 0) > allowed ? "shown as added but present in the old version: \(key.prefix(80))" : nil
        }
    }

    /// Every old and new sentence appears exactly once in the diff (a split or merge stands for its parts).
    static func lostSentences(_ diff: PolicyDiff, old: Document, new: Document) -> [String] {
        let changes = diff.sections.flatMap(\.sentences)
        func count(_ change: SentenceChange, _ side: SentenceChange.Join.Kind, _ sentence: Sentence?) -> Int {
            guard sentence != nil else { return 0 }
            return change.join?.kind == side ? change.join?.parts.count ?? 1 : 1
        }
        let olds = changes.reduce(0) { $0 + count($1, .merged, $1.old) }
        let news = changes.reduce(0) { $0 + count($1, .split, $1.new) }
        var problems: [String] = []
        if olds != old.sentences.count { problems.append("\(olds) old sentences in the diff, \(old.sentences.count) in the file") }
        if news != new.sentences.count { problems.append("\(news) new sentences in the diff, \(new.sentences.count) in the file") }
        return problems
    }
}
