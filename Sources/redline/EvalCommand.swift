import ArgumentParser
import Foundation
import RedlineReview

/// `redline eval`: detector quality over judged pairs of real policy versions.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the rights review against judged pairs (precision, recall, F1, finding recall).",
        discussion: """
        Examples:
          redline eval --labels ../shared/corpus/labels-dev.json --corpus ../shared/corpus/real
          redline eval --labels labels.json --corpus corpus --split holdout --verbose
          redline eval --corpus ../shared/corpus/real --consecutive --verbose
          redline eval --corpus ../shared/corpus/real --consecutive --verbose --exclude ../shared/corpus/labels-dev.json
        """)

    @Option(help: ArgumentHelp("The judged pairs (labels-dev.json); not needed with --consecutive.", valueName: "file"))
    var labels: String?
    @Option(help: ArgumentHelp("The folder the pairs' paths are relative to.", valueName: "dir"))
    var corpus: String
    @Option(help: "Which pairs: tune, holdout or all (all prints tune and holdout too).")
    var split: String = "all"
    @Flag(help: "Print every pair of the split with its material findings.")
    var verbose = false
    @Flag(help: "Review every consecutive pair of versions in the corpus (judged or not) and count findings per rule.")
    var consecutive = false
    @Option(help: ArgumentHelp("With --consecutive: skip the pairs judged in this labels file (repeatable), so judged pairs stay unseen.", valueName: "file"))
    var exclude: [String] = []

    func run() throws {
        if consecutive { return try sweep() }
        guard let labels else {
            Terminal.printError("redline: --labels is required unless --consecutive is given")
            throw ExitStatus.usage
        }
        guard let chosen = CorpusEvaluation.Split(rawValue: split) else {
            Terminal.printError("redline: --split must be tune, holdout or all")
            throw ExitStatus.usage
        }
        let pairs: [CorpusEvaluation.Pair]
        do {
            pairs = try CorpusEvaluation.loadPairs(labels: URL(fileURLWithPath: labels))
        } catch {
            Terminal.printError("redline: cannot read \(labels): \(error)")
            throw ExitStatus.ioError
        }
        let corpusURL = URL(fileURLWithPath: corpus, isDirectory: true)
        var outcomes: [CorpusEvaluation.Outcome] = []
        for pair in pairs where chosen.contains(pair) {
            do {
                outcomes.append(try CorpusEvaluation.evaluate(pair, corpus: corpusURL))
            } catch {
                Terminal.printError("redline: cannot read \(pair.old) or \(pair.new): \(error)")
                throw ExitStatus.ioError
            }
        }
        if verbose { for outcome in outcomes { printOutcome(outcome) } }
        let splits: [CorpusEvaluation.Split] = chosen == .all ? [.tune, .holdout, .all] : [chosen]
        print("split    pairs  precision  recall     F1  finding-recall")
        for split in splits {
            let score = CorpusEvaluation.Score(outcomes.filter { split.contains($0.pair) })
            let name = split.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(name)  \(pad(score.pairs, 5))  \(fixed(score.precision, 9))  \(fixed(score.recall, 6))  \(fixed(score.f1, 5))"
                + "  \(fixed(score.findingRecall, 4)) (\(score.foundFindings)/\(score.judgedFindings))")
        }
    }

    /// Every consecutive pair: findings per rule, and with --verbose every finding, for eyeballing
    /// false positives on pairs nobody judged.
    private func sweep() throws {
        let corpusURL = URL(fileURLWithPath: corpus, isDirectory: true)
        var judged: Set<String> = []
        for file in exclude {
            do {
                judged.formUnion(try CorpusEvaluation.loadPairs(labels: URL(fileURLWithPath: file)).map(\.name))
            } catch {
                Terminal.printError("redline: cannot read \(file): \(error)")
                throw ExitStatus.ioError
            }
        }
        var counts: [String: (reductions: Int, expansions: Int)] = [:]
        var pairs = 0, flagged = 0, reductions = 0, material = 0, expansions = 0
        do {
            for pair in try CorpusEvaluation.consecutivePairs(corpus: corpusURL) where !judged.contains("\(pair.old)|\(pair.new)") {
                let review = try CorpusEvaluation.review(old: pair.old, new: pair.new, corpus: corpusURL)
                pairs += 1
                flagged += review.material.isEmpty ? 0 : 1
                reductions += review.findings.count
                material += review.material.count
                expansions += review.expansions.count
                for finding in review.findings { counts[finding.rule, default: (0, 0)].reductions += 1 }
                for finding in review.expansions { counts[finding.rule, default: (0, 0)].expansions += 1 }
                guard verbose, !review.findings.isEmpty else { continue }
                print("\(pair.old) → \(pair.new)")
                for finding in review.findings {
                    print("    \(finding.severity.rawValue) \(finding.id): \(finding.explanation.prefix(300))")
                }
            }
        } catch {
            Terminal.printError("redline: cannot read the corpus \(corpus): \(error)")
            throw ExitStatus.ioError
        }
        print("rule                                          reductions  expansions")
        for rule in counts.keys.sorted() {
            let (r, e) = counts[rule] ?? (0, 0)
            print("\(rule.padding(toLength: 44, withPad: " ", startingAt: 0))  \(pad(r, 10))  \(pad(e, 10))")
        }
        print("\(pairs) consecutive pairs, \(flagged) with a material finding; \(reductions) reductions (\(material) material), \(expansions) expansions")
    }

    private func fixed(_ value: Double, _ width: Int) -> String {
        let text = String(format: "%.2f", value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private func printOutcome(_ outcome: CorpusEvaluation.Outcome) {
        let verdict = outcome.predicted == outcome.pair.reduction ? "ok" : (outcome.predicted ? "FP" : "FN")
        print("\(verdict) \(outcome.pair.old) → \(outcome.pair.new)  judged \(outcome.pair.reduction)  found \(outcome.found)/\(outcome.pair.findings.count)")
        for finding in outcome.review.material {
            print("    \(finding.id): \(finding.explanation.prefix(240))")
            for excerpt in finding.evidence {
                print("      + \((excerpt.new ?? excerpt.old)?.text.prefix(160) ?? "")")
            }
        }
        // Judged findings no reported finding quotes: what finding-level recall misses.
        let reported = outcome.review.findings
        for judged in outcome.pair.findings where !reported.contains(where: { CorpusEvaluation.quotesOverlap(judged, $0) }) {
            print("    missed \(judged.category): \(judged.old_quote.prefix(160)) ⇒ \(judged.new_quote.prefix(160))")
        }
    }
}
