import Testing
import RedlineRender
import RedlineReview
@testable import RedlineDiff

@Suite("Split and merged sentences")
struct SentenceJoinTests {
    static let long = "## Data\n\nWe collect your name and email address when you sign up, and we use them to send you receipts and account notices. Nothing else changes here.\n"
    static let split = "## Data\n\nWe collect your name and email address when you sign up. We use them to send you receipts and account notices. Nothing else changes here.\n"

    @Test func oneSentenceSplitInTwoIsOneEdit() throws {
        let sentences = TestSupport.sentences(TestSupport.diff(Self.long, Self.split))
        #expect(sentences.map(\.status) == [.edited, .unchanged])
        let change = try #require(sentences.first)
        #expect(change.join?.kind == .split)
        #expect(change.join?.parts.map(\.text) == [
            "We collect your name and email address when you sign up.", "We use them to send you receipts and account notices.",
        ])
        #expect(change.join?.parts.map(\.line) == [3, 3])
        #expect(change.old?.text == "We collect your name and email address when you sign up, and we use them to send you receipts and account notices.")
        #expect(change.new?.text == change.join?.parts.map(\.text).joined(separator: " "))
        // The word diff is against the joined text: only the joint changed.
        #expect(change.words.filter { $0.operation != .equal }.map(\.text) == [", and we", ". We"])
    }

    @Test func twoSentencesMergedIntoOneIsOneEdit() throws {
        let sentences = TestSupport.sentences(TestSupport.diff(Self.split, Self.long))
        #expect(sentences.map(\.status) == [.edited, .unchanged])
        let change = try #require(sentences.first)
        #expect(change.join?.kind == .merged)
        #expect(change.join?.parts.count == 2)
        #expect(change.old?.text == change.join?.parts.map(\.text).joined(separator: " "))
        #expect(!sentences.contains { $0.status == .added || $0.status == .deleted })
    }

    @Test func splitIntoThreeAcrossLines() throws {
        let old = "## Keep\n\nWe keep server logs for ninety days, we keep billing records for seven years, and we keep support emails until you close the account.\n"
        let new = "## Keep\n\nWe keep server logs for ninety days.\nWe keep billing records for seven years.\nWe keep support emails until you close the account.\n"
        let sentences = TestSupport.sentences(TestSupport.diff(old, new))
        #expect(sentences.count == 1)
        #expect(sentences.first?.join?.kind == .split)
        #expect(sentences.first?.join?.parts.map(\.line) == [3, 4, 5])
    }

    @Test func anAddedSentenceNextToAnEditIsNotASplit() {
        let old = "## Share\n\nWe share usage data with our advertising partners.\n"
        let new = "## Share\n\nWe share usage data with our trusted advertising partners. Partners must protect your usage data.\n"
        let sentences = TestSupport.sentences(TestSupport.diff(old, new))
        #expect(sentences.map(\.status) == [.edited, .added])
        #expect(sentences.allSatisfy { $0.join == nil })
    }

    @Test func unrelatedNeighboursStayAddedAndDeleted() {
        let old = "## A\n\nWe collect your name.\n"
        let new = "## A\n\nWe collect your name and address. Cookies help us remember you.\n"
        let sentences = TestSupport.sentences(TestSupport.diff(old, new))
        #expect(sentences.allSatisfy { $0.join == nil })
    }

    @Test func reportsSayWhatWasSplit() {
        let report = DiffReport(old: .init(label: "old.md"), new: .init(label: "new.md"), diff: TestSupport.diff(Self.long, Self.split), review: Review())
        let json = JSONReport.render(report)
        #expect(json.contains("\"kind\" : \"split\""))
        #expect(json.contains("\"text\" : \"We use them to send you receipts and account notices.\""))
        #expect(TextReport.render(report, color: false).contains("  ~ line 3, split into 2 sentences: "))
        #expect(MarkdownReport.render(report).contains("- **Edited** (line 3, split into 2 sentences): "))
    }
}
