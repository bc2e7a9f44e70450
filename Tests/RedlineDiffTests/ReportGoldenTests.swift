import Foundation
import RedlineRender
import RedlineReview
import Testing
@testable import RedlineDiff

/// Golden files of every report format over the Basecamp fixtures.
/// Regenerate after an intended change with:
///   REDLINE_UPDATE_GOLDEN=1 swift test --filter RedlineDiffTests.ReportGoldenTests
/// (writes into Tests/RedlineDiffTests/Fixtures/golden/ in the source tree; review the diff, then commit).
@Suite("Report golden files")
struct ReportGoldenTests {
    static func report() throws -> DiffReport {
        let diff = TestSupport.diff(try TestSupport.fixture("basecamp-old.md"), try TestSupport.fixture("basecamp-new.md"))
        // A fixed review, so the goldens test the reports and not the rules (which have their own tests).
        let finding = Finding(rule: "sharing.prohibition-lifted", severity: .material, section: "requests-from-law-enforcement",
                              old: .init(text: "Basecamp won’t hand your data over to law enforcement unless a court order says we have to.", line: 21),
                              new: .init(text: "Basecamp won’t hand your data over to law enforcement unless a court order or a subpoena says we have to.", line: 23),
                              explanation: "A subpoena now suffices where a court order was required <before>.")
        let old = DiffReport.Side(label: "basecamp-old.md", file: "basecamp-old.md")
        let new = DiffReport.Side(label: "basecamp-new.md", file: "basecamp-new.md", locale: "en")
        return DiffReport(old: old, new: new, diff: diff, review: Review(findings: [finding]))
    }

    static func check(_ output: String, golden name: String) throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["REDLINE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
            try output.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let expected = try TestSupport.fixture("golden/\(name)")
        #expect(output == expected, "\(name) differs from its golden file; if intended, regenerate with REDLINE_UPDATE_GOLDEN=1")
    }

    @Test func text() throws { try Self.check(TextReport.render(try Self.report(), color: false), golden: "basecamp.txt") }
    @Test func markdown() throws { try Self.check(MarkdownReport.render(try Self.report()), golden: "basecamp.md") }
    @Test func json() throws { try Self.check(JSONReport.render(try Self.report()), golden: "basecamp.json") }
    @Test func html() throws { try Self.check(HTMLReport.render(try Self.report()), golden: "basecamp.html") }

    @Test func colourOnlyWhenAsked() throws {
        let report = try Self.report()
        #expect(!TextReport.render(report, color: false).contains("\u{1B}["))
        #expect(TextReport.render(report, color: true).contains("\u{1B}[32m"))
    }

    @Test func htmlEscapesPolicyText() throws {
        let html = HTMLReport.render(try Self.report())
        #expect(html.contains("&lt;before&gt;"))
        #expect(!html.contains("<before>"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let data = Data(JSONReport.render(try Self.report()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "old", "new", "summary", "sections", "findings", "expansions"])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["id", "rule", "category", "severity", "direction", "section", "old", "new", "explanation", "evidence",
                                      "confidence", "legal_refs"])
        #expect(finding["confidence"] as? String == "ontology")
        #expect((finding["legal_refs"] as? [String])?.contains("FTC, Gateway Learning (2004)") == true)
    }
}
