import ArgumentParser
import Foundation
import RedlineParse
import RedlineScaffold
import Testing
@testable import redline

@Suite("redline new")
struct NewCommandTests {
    /// A site made by `init` on 2026-03-01.
    func makeSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        #expect(exitCode { try InitCommand.parse([folder.path, "--date", "2026-03-01", "--quiet"]).run() } == 0)
        return folder
    }

    @Test("new copies every locale with new dates (announced today, effective after notice_days); twice refuses")
    func newTwice() throws {
        let site = try makeSite()
        defer { site.remove() }
        let new = ["privacy", "--site", site.path, "--today", "2026-04-10", "--quiet"]
        #expect(exitCode { try NewCommand.parse(new).run() } == 0)
        for locale in ["en", "de"] {
            let copy = try site.read("content/privacy/2026-05-10/\(locale).md")
            let original = try site.read("content/privacy/2026-03-01/\(locale).md")
            #expect(copy.contains("\neffective: 2026-05-10\n") && copy.contains("\nannounced: 2026-04-10\n"))
            #expect(!copy.contains("\nsummary:") && !copy.contains("2026-03-01"))
            #expect(FrontMatter.split(copy).body == FrontMatter.split(original).body, "the text is copied unchanged")
        }
        let before = site.tree()
        #expect(exitCode { try NewCommand.parse(new).run() } == 64, "the same version again is refused")
        #expect(site.tree() == before)
        #expect(exitCode { try NewCommand.parse(new + ["--effective", "2026-06-01"]).run() } == 0, "a later date makes the next version")
        #expect(site.exists("content/privacy/2026-06-01/en.md"))
    }

    @Test("the copy's front matter loses summary and acknowledges with their nested lines, and keeps the rest")
    func rewrite() throws {
        let site = try makeSite()
        defer { site.remove() }
        let text = """
        ---
        # reviewed by counsel
        title: Privacy Policy
        effective: 2026-03-01
        announced: 2026-02-01
        summary: >
          Old summary,

          over lines.
        acknowledges:  # accepted reductions
          - sharing.new-recipient@sharing
          - retention.period-lengthened@retention
        x-owner: legal
        ---
        # Privacy Policy

        We keep your data.

        """
        try site.write(text, to: "content/privacy/2026-03-01/en.md")
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", site.path, "--effective", "2026-07-01", "--announced", "2026-05-01", "--quiet"]).run() } == 0)
        let copy = try site.read("content/privacy/2026-07-01/en.md")
        let yaml = try #require(FrontMatter.split(copy).yaml)
        #expect(yaml.split(separator: "\n").filter { !$0.hasPrefix("# summary") } == [
            "# reviewed by counsel", "title: Privacy Policy", "effective: 2026-07-01", "announced: 2026-05-01", "x-owner: legal",
        ])
        #expect(FrontMatter.split(copy).body == "# Privacy Policy\n\nWe keep your data.\n")
    }

    @Test("each locale is copied from its own newest version")
    func newestPerLocale() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write(try site.read("content/privacy/2026-03-01/en.md")
            .replacingOccurrences(of: "2026-03-01", with: "2026-04-01")
            .replacingOccurrences(of: "Write to us", with: "Please write to us"), to: "content/privacy/2026-04-01/en.md")
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", site.path, "--effective", "2026-05-01", "--quiet"]).run() } == 0)
        #expect(try site.read("content/privacy/2026-05-01/en.md").contains("Please write to us"))
        #expect(try site.read("content/privacy/2026-05-01/de.md").contains("Schreiben Sie uns"))
    }

    @Test("usage errors exit 64: unknown policy, a date not after the newest version, announced after effective, a bad date")
    func usageErrors() throws {
        let site = try makeSite()
        defer { site.remove() }
        let before = site.tree()
        #expect(exitCode { try NewCommand.parse(["cookies", "--site", site.path]).run() } == 64)
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", site.path, "--effective", "2026-02-01"]).run() } == 64)
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", site.path, "--effective", "2026-03-01"]).run() } == 64)
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", site.path, "--effective", "2026-05-01", "--announced", "2026-06-01"]).run() } == 64)
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", site.path, "--effective", "2026-02-30"]).run() } == 64)
        #expect(site.tree() == before)
    }

    @Test("bad content exits 65: no site, or a newest version that does not parse")
    func contentErrors() throws {
        let empty = try TemporaryFolder()
        defer { empty.remove() }
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", empty.path]).run() } == 65)
        let site = try makeSite()
        defer { site.remove() }
        try site.write("---\ntitle: [oops\neffective: 2026-03-01\n---\nText.\n", to: "content/privacy/2026-03-01/en.md")
        let before = site.tree()
        #expect(exitCode { try NewCommand.parse(["privacy", "--site", site.path, "--effective", "2026-05-01"]).run() } == 65)
        #expect(site.tree() == before)
    }
}
