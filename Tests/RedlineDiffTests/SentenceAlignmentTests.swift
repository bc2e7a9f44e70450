import Testing
@testable import RedlineDiff

@Suite("Sentence alignment")
struct SentenceAlignmentTests {
    @Test func rewordedSentenceIsEditedNotAddedAndDeleted() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
        let edited = TestSupport.sentences(diff).filter { $0.status == .edited }
        #expect(edited.count == 1)
        let change = try #require(edited.first)
        #expect(change.old?.text.hasPrefix("Basecamp won’t hand your data over") == true)
        #expect(change.words.contains(WordChange(.insert, "or a subpoena ")))
        #expect(!TestSupport.sentences(diff).contains { $0.status == .added || $0.status == .deleted })
    }

    @Test func sentenceMovedToAnotherSectionIsMoved() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
        let moved = TestSupport.sentences(diff).filter { $0.status == .moved }
        #expect(moved.count == 1)
        #expect(moved.first?.new?.section == "encryption")
        #expect(moved.first?.movedFrom == "identity-access")
        #expect(moved.first?.old?.line == 11)
    }

    @Test func noiseOnlyChangesAreUnchanged() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
        let noise = TestSupport.sentences(diff).filter { $0.new?.text.hasPrefix("Last updated") == true || $0.new?.text.contains("thirty (30)") == true }
        #expect(noise.count == 2)
        #expect(noise.allSatisfy { $0.status == .unchanged })
    }

    @Test func realGitHubEditsAreWordLevel() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("github-old.md"), try TestSupport.fixture("github-new.md"))
        let edited = TestSupport.sentences(diff).filter { $0.status == .edited }
        #expect(edited.count == 2)
        #expect(edited.contains { $0.words.contains(WordChange(.insert, " and in your git commit settings")) })
        #expect(TestSupport.sentences(diff).filter { $0.status == .unchanged }.count > 5)
    }

    @Test func reorderedSentencesWithinASectionAreMoved() {
        let old = "## Use\n\nWe use data to run the service. We use data to bill you. We use data to keep the service secure.\n"
        let new = "## Use\n\nWe use data to keep the service secure. We use data to run the service. We use data to bill you.\n"
        let statuses = TestSupport.sentences(TestSupport.diff(old, new)).map(\.status)
        #expect(statuses.filter { $0 == .moved }.count == 1)
        #expect(!statuses.contains(.added))
    }

    @Test func duplicatesPairWithinTheirSection() {
        let old = "## A\n\nContact us.\n\n## B\n\nContact us.\n"
        let new = "## A\n\nContact us.\n\n## B\n\nContact us.\n\n## C\n\nContact us.\n"
        let diff = TestSupport.diff(old, new)
        #expect(diff.sections.map(\.status) == [.unchanged, .unchanged, .added])
        #expect(diff.sections[2].sentences.map(\.status) == [.added])
    }

    @Test func deletedSentenceStaysWhereItStood() {
        let old = "## A\n\nFirst sentence here. Second sentence goes. Third sentence stays.\n"
        let new = "## A\n\nFirst sentence here. Third sentence stays.\n"
        let sentences = TestSupport.sentences(TestSupport.diff(old, new))
        #expect(sentences.map(\.status) == [.unchanged, .deleted, .unchanged])
    }

    @Test func outputIsDeterministic() throws {
        let old = TestSupport.document(try TestSupport.fixture("basecamp-old.md"))
        let new = TestSupport.document(try TestSupport.fixture("basecamp-new.md"))
        #expect(Differ.diff(old, new) == Differ.diff(old, new))
    }
}
