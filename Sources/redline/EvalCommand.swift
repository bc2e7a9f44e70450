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
        """)

    @Option(help: ArgumentHelp("The judged pairs (labels-dev.json).", valueName: "file"))
    var labels: String
    @Option(help: ArgumentHelp("The folder the pairs' paths are relative to.", valueName: "dir"))
    var corpus: String
    @Option(help: "Which pairs: tune, holdout or all (all prints tune and holdout too).")
    var split: String = "all"
    @Flag(help: "Print every pair of the split with its material findings.")
    var verbose = false

    func run() throws {
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
        }
    }
}
