import Foundation
import RedlineParse
import RedlinePublish
import Testing
import ArgumentParser
@testable import redline

/// Each case: a broken site, the message the user must see, and `public/` left as it was.
@Suite("Bad input: file:line:column, exit 65, public/ untouched")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String?]
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "bad YAML", files: ["content/privacy/2021-03-01/en.md": "---\ntitle: [oops\neffective: 2021-03-01\n---\nText.\n"],
             expected: "content/privacy/2021-03-01/en.md:3:10: error: invalid YAML"),
        Case(name: "missing effective", files: ["content/privacy/2021-03-01/en.md": "---\ntitle: P\n---\nText.\n"],
             expected: "content/privacy/2021-03-01/en.md:2:1: error: missing required key `effective`"),
        Case(name: "mismatched date", files: ["content/privacy/2021-03-01/en.md": "---\ntitle: P\neffective: 2021-03-02\n---\nText.\n"],
             expected: "content/privacy/2021-03-01/en.md:3:12: error: `effective` is 2021-03-02 but the folder is 2021-03-01"),
        Case(name: "unknown locale", files: ["content/privacy/2021-03-01/xx.md": TemporarySite.second],
             expected: "content/privacy/2021-03-01/xx.md:1:1: error: unknown locale `xx`"),
        Case(name: "empty body", files: ["content/privacy/2021-03-01/en.md": "---\ntitle: P\neffective: 2021-03-01\n---\n\n"],
             expected: "content/privacy/2021-03-01/en.md:5:1: error: the policy text is empty"),
        Case(name: "duplicate version", files: ["content/privacy/2021-03-01/en.md": TemporarySite.first.replacingOccurrences(of: "2020-01-01", with: "2021-03-01")],
             expected: "content/privacy/2021-03-01/en.md:3:1: error: duplicate version: the text is the same as content/privacy/2020-01-01/en.md"),
        Case(name: "folder not a date", files: ["content/privacy/2021-3-1/en.md": TemporarySite.second],
             expected: "content/privacy/2021-3-1:1:1: error: version folder `2021-3-1` is not a date"),
        Case(name: "missing template", files: [:], expected: "templates/history.mustache:1:1: error: missing template `history`"),
        Case(name: "missing UI string", files: [:], expected: "templates/i18n/en.yml:1:1: error: missing UI string `newer_in_canonical`"),
    ]

    @Test(arguments: cases)
    func reportsAndLeavesPublicUntouched(_ badCase: Case) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try BuildCommand.parse(["--site", site.root.path, "--date", "2022-01-01", "--quiet"]).run()
        let before = site.publicTree()
        #expect(!before.isEmpty)
        for (path, text) in badCase.files {
            if let text { try site.write(text, to: path) } else { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        }
        if badCase.name == "missing template" {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/history.mustache"))
        }
        if badCase.name == "missing UI string" {
            let strings = site.root.appendingPathComponent("templates/i18n/en.yml")
            let text = try String(contentsOf: strings, encoding: .utf8)
            try site.write(text.split(separator: "\n").filter { !$0.hasPrefix("newer_in_canonical:") }.joined(separator: "\n"), to: "templates/i18n/en.yml")
        }
        do {
            _ = try SiteBuild(siteDirectory: site.root, buildDate: PolicyDate("2022-01-01")!).run()
            Issue.record("expected a content error")
        } catch let error as ContentError {
            #expect(error.description.contains(badCase.expected), "got: \(error.description)")
            #expect(error.diagnostics.allSatisfy { $0.severity == .warning || $0.hint != nil }, "every error has a hint")
        }
        do {
            try BuildCommand.parse(["--site", site.root.path, "--date", "2022-01-01"]).run()
            Issue.record("expected exit 65")
        } catch let exit as ExitCode {
            #expect(exit.rawValue == 65)
        }
        #expect(site.publicTree() == before, "public/ must be unchanged")
    }

    @Test func invalidUTF8IsLocatedOnDisk() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write(Data("---\ntitle: P\neffective: 2021-03-01\n---\nca".utf8) + Data([0xFF]), to: "content/privacy/2021-03-01/en.md")
        #expect {
            _ = try SiteBuild(siteDirectory: site.root, buildDate: PolicyDate("2022-01-01")!).run()
        } throws: { error in
            (error as? ContentError)?.description.contains("content/privacy/2021-03-01/en.md:5:3: error: invalid UTF-8 (byte 0xFF)") == true
        }
    }

    @Test func badDateOptionIsAUsageError() {
        #expect(throws: (any Error).self) { try BuildCommand.parse(["--date", "2021-02-30"]).run() }
    }
}
