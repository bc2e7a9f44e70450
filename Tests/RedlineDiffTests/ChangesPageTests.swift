import Foundation
import Testing
@testable import RedlineDiff
@testable import RedlineRender

/// The redline on the site's changes page (RedlineHTML) over the Basecamp fixtures.
@Suite("Changes page redline")
struct ChangesPageTests {
    static let strings = UIStrings([
        "contents": "Contents", "moved_from": "Moved from “{section}”", "section_added": "Added", "section_removed": "Removed",
        "section_moved": "Moved", "section_renamed": "Renamed", "section_changed": "Changed",
    ])

    static func render(_ diff: PolicyDiff) -> [[String: Any]] {
        RedlineHTML(strings: strings, previousVersionLink: "../../2018-05-14/").render(diff).changed.map(\.templateValues)
    }

    static func basecamp() throws -> PolicyDiff {
        TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
    }

    @Test func movedSentenceLinksToItsOldSectionAndIsNotInserted() throws {
        let diff = try Self.basecamp()
        let moved = try #require(TestSupport.sentences(diff).first { $0.status == .moved })
        let text = HTMLText.escape(try #require(moved.new?.text))
        let section = try #require(Self.render(diff).first { $0["slug"] as? String == "change-encryption" })
        let body = try #require(section["body"] as? String)
        #expect(body.contains("<p class=\"moved\">\(text) <a class=\"moved-from\" href=\"../../2018-05-14/#identity-access\">Moved from “Identity &amp; access”</a></p>"))
        #expect(!body.contains("<ins>\(text)"))
    }

    /// Over GitHub's real history: every sentence that moved is marked as moved with a link to
    /// its old section, and only the words of an edited one can be inserted.
    @Test func movedSentencesAreNeverInsertedInTheCorpus() throws {
        guard let corpus = TestSupport.corpus else {
            print("ChangesPageTests: ../shared/corpus/real absent, corpus check skipped")
            return
        }
        let service = corpus.appendingPathComponent("github-privacy-statement")
        let files = try FileManager.default.contentsOfDirectory(atPath: service.path).filter { $0.hasSuffix(".md") }.sorted()
        var moved = 0
        for (old, new) in zip(files, files.dropFirst()) {
            let diff = TestSupport.diff(try String(contentsOf: service.appendingPathComponent(old), encoding: .utf8),
                                        try String(contentsOf: service.appendingPathComponent(new), encoding: .utf8))
            let redline = RedlineHTML(strings: Self.strings, previousVersionLink: "../")
            for section in diff.sections {
                // One paragraph per sentence, in order.
                let paragraphs = redline.body(of: section).split(separator: "\n").map(String.init)
                #expect(paragraphs.count == section.sentences.count)
                for (sentence, paragraph) in zip(section.sentences, paragraphs) where sentence.movedFrom != nil {
                    moved += 1
                    #expect(!paragraph.contains("<ins>") || sentence.status == .edited, "\(new): \(paragraph)")
                    #expect(paragraph.contains("<a class=\"moved-from\" href=\"../#\(sentence.movedFrom ?? "")\">"), "\(new): \(paragraph)")
                    if sentence.status == .moved {
                        #expect(paragraph.hasPrefix("<p class=\"moved\">\(HTMLText.escape(sentence.new?.text ?? "")) <a"), "\(new): \(paragraph)")
                    }
                }
            }
        }
        #expect(moved > 0)
    }

    @Test func golden() throws {
        let html = Self.render(try Self.basecamp()).map { section in
            "<h3 id=\"\(section["slug"] ?? "")\">\(section["heading"] ?? "") [\(section["statusLabel"] ?? "")] \(section["summary"] ?? "")</h3>\n"
                + (section["movedFrom"].map { "<p>\($0) → \(section["movedFromLink"] ?? "")</p>\n" } ?? "")
                + (section["body"] as? String ?? "")
        }.joined()
        try ReportGoldenTests.check(html, golden: "basecamp-changes.html")
    }
}
