import Foundation
import RedlineReview
import Testing

/// `Fixtures/labels-team.json` to `labels-team10.json`: pairs judged by the team, blind to
/// the detector, outside labels-dev (untuned measures: `redline eval --labels Tests/RedlineReviewTests/Fixtures/labels-team2.json`).
/// The files are checked, and the detector's figures on them are kept as floors at what was
/// measured, so a change that loses ground on pairs nobody tuned on fails here.
@Suite struct TeamLabelsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A labels file, how many pairs it holds, and the figures measured on it (the floors).
    struct Measured: Sendable, CustomTestStringConvertible {
        var name: String
        var pairs: Int
        var precision: Double
        var recall: Double
        var findingRecall: Double
        var url: URL { TeamLabelsTests.fixtures.appendingPathComponent(name) }
        var testDescription: String { name }
    }

    /// labels-team: measured once in round 3 (P 1.00, R 0.80, finding recall 2/8); in round 4
    /// 1.00 / 0.60 / 1/8 — the Firefox Tiles pair had been flagged for a spurious "service
    /// providers" recipient, which reading list items with their lead-in removed. Round 13 (a
    /// reduction quoted from every section that shows it): finding recall 2/8.
    /// labels-team2: measured once, at the end of round 4: P 0.33 (1/3), R 0.20 (1/5), 1/8; after
    /// round 5 (no longer blind: its misses were read while modelling) 1.00 / 0.80 / 5/8.
    /// labels-team3: measured once, at the end of round 5: P 1.00 (3/3), R 0.27 (3/11), 1/15; after
    /// round 6 (no longer blind: its misses were modelled as families) 1.00 (5/5) / 0.45 (5/11) / 3/15.
    /// labels-team4: measured once, at the end of round 6: no pair flagged (precision counts as
    /// 1.00), R 0.00 (0/8), finding recall 2/15 (quotes matched by minor findings only); after
    /// round 7 (no longer blind: its misses were modelled as families) 1.00 (5/5) / 0.62 (5/8) / 6/15.
    /// labels-team5 (25 pairs, judged by someone who never saw the detector's output or source):
    /// measured once, after round 7 merged: P 0.86 (6/7), R 0.67 (6/9), finding recall 3/19; after
    /// round 8 (no longer blind: its misses and false alarm were modelled as families) 1.00 (8/8) /
    /// 0.89 (8/9) / 7/19. Round 8 also moved labels-team3 to R 0.36 (4/11): one pair had been
    /// flagged only by an opt-out added beside an old one (an expansion read as opt-in → opt-out),
    /// which round 8 stopped reporting; its judged finding (a campaigns feature) is still missed.
    /// labels-team4 after round 8: 1.00 (7/7) / 0.88 (7/8) / 8/15 (face matching, a named source).
    /// labels-team6 (25 pairs, drawn by `draw-labels.py --team 6`, judged by a separate reviewer who
    /// never saw the detector): measured once, after round 8 merged: P 0.75 (6/8), R 0.60 (6/10),
    /// finding recall 11/17 — the same figures as round 7's binary, so round 8 did not generalise;
    /// after round 9 (no longer blind: its misses and false alarms were modelled as families)
    /// 1.00 (9/9) / 0.90 (9/10) / 14/17 — the follower's email shared with a site owner, a new
    /// example of a flow the old version stated (domain.md §B.6 trap 6), is still missed.
    /// labels-team7 (25 pairs, `draw-labels.py --team 7`, judged blind by a separate reviewer):
    /// measured once, after round 9 merged: P 0.50 (1/2), R 0.12 (1/8), finding recall 1/10; after
    /// round 10 (no longer blind: its misses — items added to existing lists — and its false alarm
    /// were modelled as families) 1.00 (7/7) / 0.88 (7/8) / 7/10 — Thunderbird's widened telemetry
    /// purpose and Google Play's crash reports are still missed. Round 13: finding recall 8/10 (the
    /// crash reports quoted as further evidence of a minor finding; the pair is still missed).
    /// labels-team8 (25 pairs, `draw-labels.py --team 8`, judged blind by a separate reviewer):
    /// measured once after round 9 and once after round 10, both blind and both P 0.57 (4/7),
    /// R 0.40 (4/10), finding recall 3/17; after round 11 (no longer blind: its misses and false
    /// alarms were read and the general defects behind them fixed — tuned figures) P 0.71 (5/7),
    /// R 0.50 (5/10), finding recall 5/17; after round 12 (general defects again: a list item's
    /// denial read with its own sentence's data, a purpose word inside a recipient's name) P 0.83
    /// (5/6), R 0.50 (5/10), finding recall 6/17.
    /// labels-team9 (25 pairs, `draw-labels.py --team 9`: the 9 pairs left under the old rule and 16
    /// medium rewrites, judged blind by a separate reviewer; 20 reductions): measured once with
    /// round 11's build, before any rule saw it, and again after round 12: P 1.00 (13/13), R 0.65 (13/20),
    /// finding recall 25/100 (the blind figures); after round 13 no longer blind (its misses were read
    /// and grouped into families — tuned figures): P 1.00 (16/16), R 0.80 (16/20), finding recall 32/100.
    /// labels-team10 (25 pairs, `draw-labels.py --team 10`: the 20 medium rewrites left and 5 of the 19
    /// rewrites of 401–800 changed runs, judged blind by three separate reviewers; 22 reductions,
    /// 118 judged findings): measured blind with round 12's build, P 0.94 (16/17), R 0.73 (16/22),
    /// finding recall 30/118, and again after round 13 (written without access to it): 0.94 / 0.73 / 32/118
    /// (the blind figures); after round 14 no longer blind (its misses were read and grouped into
    /// families — tuned figures): P 0.95 (19/20), R 0.86 (19/22), finding recall 35/118.
    /// labels-team11 (23 pairs, `draw-labels.py --team 11`: every rewrite left with 401–1,500 changed
    /// runs, the last blind draw the corpus allows; judged blind by four reviewers; 21 reductions,
    /// 256 judged findings): measured blind with round 13's build, P 0.95 (21/22), R 1.00 (21/21),
    /// finding recall 66/256, and the same after round 14 (written without access to it) — the blind
    /// figures; after round 15 no longer blind (its misses were read and grouped into families — tuned
    /// figures): P 1.00 (20/20), R 0.95 (20/21), finding recall 71/256. The recall floor is 0.95, not the
    /// blind 1.00: Facebook 2006-03 → 2006-05 was found only through a PDF re-wrap artefact, which
    /// round 15's `PDFFragments` fix removes (the floor would otherwise reward the artefact).
    static let measured = [
        Measured(name: "labels-team.json", pairs: 14, precision: 1.0, recall: 0.6, findingRecall: 0.25),
        Measured(name: "labels-team2.json", pairs: 15, precision: 1.0, recall: 0.8, findingRecall: 0.62),
        Measured(name: "labels-team3.json", pairs: 15, precision: 1.0, recall: 0.36, findingRecall: 0.19),
        Measured(name: "labels-team4.json", pairs: 15, precision: 1.0, recall: 0.87, findingRecall: 0.53),
        Measured(name: "labels-team5.json", pairs: 25, precision: 1.0, recall: 0.88, findingRecall: 0.36),
        Measured(name: "labels-team6.json", pairs: 25, precision: 1.0, recall: 0.9, findingRecall: 0.82),
        Measured(name: "labels-team7.json", pairs: 25, precision: 1.0, recall: 0.87, findingRecall: 0.8),
        Measured(name: "labels-team8.json", pairs: 25, precision: 0.83, recall: 0.5, findingRecall: 0.35),
        Measured(name: "labels-team9.json", pairs: 25, precision: 1.0, recall: 0.8, findingRecall: 0.34),
        Measured(name: "labels-team10.json", pairs: 25, precision: 0.95, recall: 0.86, findingRecall: 0.29),
        Measured(name: "labels-team11.json", pairs: 23, precision: 1.0, recall: 0.95, findingRecall: 0.27),
    ]

    @Test(arguments: measured)
    func decodesWithItsNoteAndShortQuotes(_ labels: Measured) throws {
        let pairs = try CorpusEvaluation.loadPairs(labels: labels.url)
        #expect(pairs.count == labels.pairs)
        #expect(pairs.contains { $0.reduction } && pairs.contains { !$0.reduction })
        let text = try String(contentsOf: labels.url, encoding: .utf8)
        #expect(text.contains("blind to the detector"))
        for pair in pairs {
            #expect(pair.reduction == !pair.findings.isEmpty, "\(pair.name)")
            for judged in pair.findings { #expect(judged.new_quote.count + judged.old_quote.count < 400, "\(pair.name)") }
        }
    }

    @Test func theTeamFilesShareNoPair() throws {
        var earlier = Set<String>()
        for labels in Self.measured {
            let names = Set(try CorpusEvaluation.loadPairs(labels: labels.url).map(\.name))
            #expect(names.isDisjoint(with: earlier), "\(labels.name) repeats a pair of an earlier file")
            earlier.formUnion(names)
        }
        #expect(earlier.count == Self.measured.map(\.pairs).reduce(0, +))
    }

    @Test(arguments: measured)
    func pairsAreConsecutiveAndOutsideLabelsDev(_ labels: Measured) throws {
        let corpus = CorpusTests.shared.appendingPathComponent("real")
        let dev = CorpusTests.shared.appendingPathComponent("labels-dev.json")
        guard FileManager.default.fileExists(atPath: dev.path) else {
            print("TeamLabelsTests: \(CorpusTests.shared.path) is absent; skipping the check of \(labels.name) against the corpus")
            return
        }
        let consecutive = Set(try CorpusEvaluation.consecutivePairs(corpus: corpus).map { "\($0.old)|\($0.new)" })
        let judged = Set(try CorpusEvaluation.loadPairs(labels: dev).map(\.name))
        for pair in try CorpusEvaluation.loadPairs(labels: labels.url) {
            #expect(consecutive.contains(pair.name), "\(pair.name)")
            #expect(!judged.contains(pair.name), "\(pair.name)")
        }
    }

    @Test(arguments: measured)
    func detectorKeepsItsMeasuredFigures(_ labels: Measured) throws {
        let corpus = CorpusTests.shared.appendingPathComponent("real")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("TeamLabelsTests: \(corpus.path) is absent; skipping the detector's figures on \(labels.name)")
            return
        }
        let outcomes = try CorpusEvaluation.loadPairs(labels: labels.url).map { try CorpusEvaluation.evaluate($0, corpus: corpus) }
        let score = CorpusEvaluation.Score(outcomes)
        print("EVAL \(labels.name): pairs \(score.pairs) precision \(score.precision) recall \(score.recall) finding-recall \(score.findingRecall) (\(score.foundFindings)/\(score.judgedFindings))")
        #expect(score.precision >= labels.precision)
        #expect(score.recall >= labels.recall)
        #expect(score.findingRecall >= labels.findingRecall)
    }
}
