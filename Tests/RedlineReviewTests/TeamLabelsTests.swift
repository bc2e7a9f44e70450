import Foundation
import RedlineReview
import Testing

/// `Fixtures/labels-team.json`: pairs judged by the team, blind to the detector, outside
/// labels-dev (an untuned measure: `redline eval --labels Tests/RedlineReviewTests/Fixtures/labels-team.json`).
/// These tests check the file, never the detector's score on it.
@Suite struct TeamLabelsTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/labels-team.json")

    @Test func decodesWithItsNoteAndShortQuotes() throws {
        let pairs = try CorpusEvaluation.loadPairs(labels: Self.file)
        #expect(pairs.count == 14)
        #expect(pairs.contains { $0.reduction } && pairs.contains { !$0.reduction })
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(text.contains("blind to the detector"))
        for pair in pairs {
            #expect(pair.reduction == !pair.findings.isEmpty, "\(pair.name)")
            for judged in pair.findings { #expect(judged.new_quote.count + judged.old_quote.count < 400, "\(pair.name)") }
        }
    }

    @Test func pairsAreConsecutiveAndOutsideLabelsDev() throws {
        let corpus = CorpusTests.shared.appendingPathComponent("real")
        let dev = CorpusTests.shared.appendingPathComponent("labels-dev.json")
        guard FileManager.default.fileExists(atPath: dev.path) else {
            print("TeamLabelsTests: \(CorpusTests.shared.path) is absent; skipping the check against the corpus")
            return
        }
        let consecutive = Set(try CorpusEvaluation.consecutivePairs(corpus: corpus).map { "\($0.old)|\($0.new)" })
        let judged = Set(try CorpusEvaluation.loadPairs(labels: dev).map(\.name))
        for pair in try CorpusEvaluation.loadPairs(labels: Self.file) {
            #expect(consecutive.contains(pair.name), "\(pair.name)")
            #expect(!judged.contains(pair.name), "\(pair.name)")
        }
    }
}
