import Foundation
import RedlineParse
import Testing
@testable import RedlineDiff

@Suite("Word diff")
struct WordDiffTests {
    /// The old text (equal + delete) and the new one (equal + insert) rebuilt from the changes.
    func sides(_ changes: [WordChange]) -> (String, String) {
        (changes.filter { $0.operation != .insert }.map(\.text).joined(), changes.filter { $0.operation != .delete }.map(\.text).joined())
    }

    @Test func insertedAndDeletedWordsRebuildBothSentences() {
        let old = "We will not sell your personal information to third parties."
        let new = "We may sell your personal information to our advertising partners."
        let changes = WordDiff.diff(old, new)
        #expect(sides(changes) == (old, new))
        #expect(changes.contains(WordChange(.delete, "will not ")))
        #expect(changes.contains(WordChange(.insert, "may ")))
    }

    @Test func appendedClause() {
        let changes = WordDiff.diff("We notify affected users.", "We notify affected users without undue delay.")
        #expect(changes == [WordChange(.equal, "We notify affected users"), WordChange(.insert, " without undue delay"), WordChange(.equal, ".")])
    }

    @Test func unrelatedSentencesAreReplacedWhole() {
        let changes = WordDiff.diff("Cookies help us remember you.", "Arbitration is binding on both parties.")
        #expect(changes.map(\.operation) == [.delete, .insert])
    }

    @Test func curlyAndStraightQuotesAreEqual() {
        #expect(WordDiff.diff("We don’t sell data.", "We don't sell data.").allSatisfy { $0.operation == .equal })
    }

    @Test func longUnrelatedTextsStayFast() {
        let old = (0..<3000).map { "old\($0)" }.joined(separator: " ")
        let new = (0..<3000).map { "new\($0)" }.joined(separator: " ")
        let start = ContinuousClock.now
        let changes = WordDiff.diff(old, new)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(sides(changes) == (old, new))
    }

    @Test func myersFindsAShortestScript() {
        let script = Myers.script([1, 2, 3, 4, 5], [1, 3, 4, 6, 5], maxEdits: 10)
        #expect(script?.count(where: { if case .equal = $0 { true } else { false } }) == 4)
        #expect(Myers.script(Array(0..<100), Array(100..<200), maxEdits: 10) == nil)
    }

    /// The byte-range diff gives the changes the `String`-token one gave, byte for byte.
    @Test func matchesTheStringTokenDiff() {
        let pairs: [(String, String)] = [
            ("We don’t sell data.", "We don't sell data — ever."),
            ("Caf\u{E9} au lait, s’il vous plaît.", "Cafe\u{301} au miel, s'il vous plaît !"),
            ("Wir speichern Ihre Daten 30 Tage.", "Wir speichern Ihre Daten 90\u{A0}Tage lang."),
            ("نحن لا نبيع بياناتك.", "نحن لا نبيع بياناتك الشخصية أبدًا."),
            ("我们不会出售您的数据。", "我们可能会出售您的数据。"),
            ("«Données» – collectées", "“Données” — collectées et partagées"),
            ("a  b\tc", "a b  c"), ("x", "y"), ("", "new"), ("old", ""), ("Same.", "Same."),
            ("We keep logs for thirty (30) days.", "We keep logs for ninety (90) days, then delete them."),
        ]
        for (old, new) in pairs {
            #expect(WordDiff.diff(old, new) == ReferenceWordDiff.diff(old, new), "\(old) → \(new)")
        }
    }

    /// The same on every edited sentence of the real corpus's consecutive pairs.
    @Test func matchesTheStringTokenDiffOnTheCorpus() throws {
        guard let corpus = TestSupport.corpus else { return }
        var checked = 0
        for service in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let folder = corpus.appendingPathComponent(service)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            var previous: Document?
            for name in files.filter({ $0.hasSuffix(".md") }).sorted() {
                let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
                let document = TestSupport.document(text)
                if let previous {
                    for section in Differ.diff(previous, document).sections {
                        for change in section.sentences where change.status == .edited {
                            guard let old = change.old?.text, let new = change.new?.text else { continue }
                            #expect(WordDiff.diff(old, new) == ReferenceWordDiff.diff(old, new), "\(service) \(name)")
                            checked += 1
                        }
                    }
                }
                previous = document
            }
        }
        #expect(checked > 100)
    }
}
