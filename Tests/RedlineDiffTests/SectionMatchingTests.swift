import Testing
@testable import RedlineDiff

@Suite("Section matching")
struct SectionMatchingTests {
    func section(_ diff: PolicyDiff, new slug: String) -> SectionChange? { diff.sections.first { $0.newSlug == slug } }

    @Test func renamedSectionIsRecognised() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
        let renamed = try #require(section(diff, new: "requests-from-law-enforcement"))
        #expect(renamed.status == .renamed)
        #expect(renamed.oldSlug == "law-enforcement")
        #expect(!diff.sections.contains { $0.status == .deleted && $0.oldSlug == "law-enforcement" })
    }

    @Test func movedSectionIsAMoveNotDeleteAndAdd() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
        let moved = diff.sections.filter(\.moved)
        #expect(moved.count == 1)
        // Either section may be the one that moved; both orders are one move.
        #expect(["deleted-data", "encryption"].contains(moved.first?.newSlug ?? ""))
        #expect(!diff.sections.contains { $0.status == .added || $0.status == .deleted })
    }

    @Test func splitSectionIsRecognised() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
        let split = try #require(section(diff, new: "when-we-share-your-info"))
        #expect(split.status == .split)
        #expect(split.oldSlug == "identity-access")
        #expect(split.sentences.allSatisfy { $0.status != .added })
        #expect(section(diff, new: "identity-access")?.status == .split)
    }

    @Test func mergedSectionsAreRecognised() throws {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-merged.md"))
        let merged = try #require(section(diff, new: "encryption-and-deleted-data"))
        #expect(merged.status == .merged)
        #expect(Set([merged.oldSlug ?? ""] + merged.related) == ["encryption", "deleted-data"])
        #expect(!diff.sections.contains { $0.status == .deleted })
        #expect(merged.sentences.allSatisfy { $0.status == .unchanged || $0.status == .moved })
    }

    @Test func addedAndDeletedSections() {
        let old = "# P\n\n## Cookies\n\nWe use cookies to remember you.\n\n## Children\n\nWe do not knowingly collect data from children under 13.\n"
        let new = "# P\n\n## Cookies\n\nWe use cookies to remember you.\n\n## Arbitration\n\nDisputes are settled by binding arbitration in Delaware.\n"
        let diff = TestSupport.diff(old, new)
        #expect(diff.sections.map(\.status) == [.unchanged, .unchanged, .deleted, .added])
        #expect(diff.sections[2].sentences.map(\.status) == [.deleted])
        #expect(diff.sections[3].sentences.map(\.status) == [.added])
    }

    @Test func identicalDocumentsAreEmpty() throws {
        let text = try TestSupport.fixture("basecamp-old.md")
        #expect(TestSupport.diff(text, text).isEmpty)
    }

    @Test func longestIncreasingSubsequence() {
        #expect(Increasing.longest([0, 2, 3, 1]) == [0, 1, 2])
        #expect(Increasing.longest([]) == [])
    }
}
