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
}
