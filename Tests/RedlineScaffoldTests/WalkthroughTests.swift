import ArgumentParser
import Foundation
import RedlineParse
import RedlineReview
import Testing
@testable import redline

/// The README's "From init to a published change", step by step, with the exit codes it promises.
@Suite("From init to a published change")
struct WalkthroughTests {
    @Test func walkthrough() throws {
        let site = try TemporaryFolder()
        defer { site.remove() }
        let at = ["--site", site.path]
        #expect(exitCode { try InitCommand.parse([site.path, "--date", "2026-03-01", "--quiet"]).run() } == 0)
        #expect(exitCode { try NewCommand.parse(["privacy", "--today", "2026-04-01", "--quiet"] + at).run() } == 0)
        // An unedited copy is refused by the build: it would publish an empty redline.
        #expect(exitCode { try BuildCommand.parse(["--date", "2026-04-01", "--quiet"] + at).run() } == 65)

        let path = "content/privacy/2026-05-01/en.md"
        try site.write(try site.read(path)
            .replacingOccurrences(of: "We will not sell your personal information.", with: "We may share your personal information with advertising partners.")
            .replacingOccurrences(of: "# summary: what changed, in one or two sentences (shown in the history and the feeds)",
                                  with: "summary: We now share your information with advertising partners."), to: path)
        let german = "content/privacy/2026-05-01/de.md"
        try site.write(try site.read(german).replacingOccurrences(of: "Wir verkaufen Ihre personenbezogenen Daten nicht.",
                                                                  with: "Wir geben Ihre personenbezogenen Daten an Werbepartner weiter."), to: german)
        #expect(exitCode { try DiffCommand.parse(["privacy/2026-03-01", "privacy/2026-05-01", "--format", "markdown"] + at).run() } == 0)
        // The change takes rights away and nobody has acknowledged it yet.
        #expect(exitCode { try CheckCommand.parse(["--date", "2026-04-01"] + at).run() } == 1)
        let source = try SiteLoader(siteDirectory: site.url).load()
        let ids = PublicationGate.evaluate(source: source, buildDate: PolicyDate("2026-04-01")!).problems.compactMap { $0.finding?.id }
        #expect(ids.contains { $0.hasPrefix("sharing.") }, "found: \(ids)")
        try site.write(try site.read(path).replacingOccurrences(of: "\n---\n# Privacy Policy",
            with: "\nacknowledges:\n" + ids.map { "  - \($0)\n" }.joined() + "---\n# Privacy Policy"), to: path)
        #expect(exitCode { try CheckCommand.parse(["--date", "2026-04-01"] + at).run() } == 0)
        #expect(exitCode { try BuildCommand.parse(["--date", "2026-04-01", "--quiet"] + at).run() } == 0)
        let page = try site.read("public/en/privacy/index.html")
        #expect(page.contains("2026-05-01"), "the current page announces the upcoming version")
        #expect(site.exists("public/en/privacy/changes/2026-05-01/index.html"))
    }
}
