import ArgumentParser
import Foundation
import RedlineParse
import RedlinePublish
import Testing
@testable import redline

/// `content/redline.lock` through real builds on disk: written, enforced (exit 65 with the diff),
/// amended with `--amend`, and left alone by past build dates and other output folders.
@Suite("Lock file: published versions are immutable")
struct LockBuildTests {
    let date = PolicyDate("2022-01-01")!

    func lockText(_ site: TemporarySite) throws -> String {
        try String(contentsOf: site.root.appendingPathComponent("content/redline.lock"), encoding: .utf8)
    }

    /// Runs git in the site; false when git is missing or fails.
    @discardableResult
    func git(_ site: TemporarySite, _ arguments: [String]) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", site.root.path, "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Runs `redline build`, returning the exit code (0 on success).
    func build(_ site: TemporarySite, _ extra: [String] = []) throws -> Int32 {
        do {
            try BuildCommand.parse(["--site", site.root.path, "--date", "2022-01-01", "--quiet"] + extra).run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    @Test func aBuildLocksTheVersionsInEffectAndIsStable() throws {
        let site = try TemporarySite(["content/privacy/2023-01-01/en.md": TemporarySite.second.replacingOccurrences(of: "2021-03-01", with: "2023-01-01")
            .replacingOccurrences(of: "Write to us.", with: "Call us.")])
        defer { site.remove() }
        #expect(try build(site) == 0)
        let lock = try LockFile.parse(try lockText(site))
        #expect(lock.entries.map(\.path) == ["privacy/2020-01-01/en.md", "privacy/2021-03-01/en.md"], "the 2023 version is not in effect yet")
        let source = try SiteLoader(siteDirectory: site.root).load()
        #expect(lock.entry("privacy/2020-01-01/en.md")?.hash == source.versions.first?.contentHash)
        let text = try lockText(site)
        #expect(try build(site) == 0)
        #expect(try lockText(site) == text, "an unchanged site leaves the lock byte-identical")
        // A build on an earlier day neither drops nor flags the later versions.
        #expect(try build(site, ["--date", "2020-06-01"]) == 0)
        #expect(try lockText(site) == text)
    }

    @Test func aChangedPublishedVersionFailsWithTheDiffAndLeavesPublicAlone() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        guard try git(site, ["init", "-q"]) else {
            print("LockBuildTests: git is not installed; skipped the diff-from-history test (withoutGitTheErrorSaysWhyThereIsNoDiff covers the rest)")
            return
        }
        try git(site, ["add", "content"])
        try git(site, ["commit", "-q", "-m", "first"])
        #expect(try build(site) == 0)
        let before = site.publicTree()
        let lock = try lockText(site)
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell or rent", with: "We may sell or rent"), to: "content/privacy/2021-03-01/en.md")
        // Committing the edit must not hide the old text: the diff comes from the file's history.
        try git(site, ["commit", "-q", "-am", "quiet edit"])
        do {
            _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
            Issue.record("expected a content error")
        } catch let error as ContentError {
            let text = error.description
            // Located at the first changed sentence (line 10 of TemporarySite.second).
            #expect(text.hasPrefix("content/privacy/2021-03-01/en.md:10:1: error: published version changed since it was locked"))
            #expect(text.contains("We will not sell or rent") && text.contains("We may sell or rent"), "shows the diff: \(text)")
            #expect(text.contains("--amend privacy/2021-03-01/en --reason"))
        }
        // A front-matter-only change is named, since the redline shows only the body.
        try site.write(TemporarySite.second.replacingOccurrences(of: "announced: 2021-01-29", with: "announced: 2021-01-30"), to: "content/privacy/2021-03-01/en.md")
        do {
            _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
            Issue.record("expected a content error")
        } catch let error as ContentError {
            #expect(error.description.contains("front matter `announced`: 2021-01-29 → 2021-01-30"), "\(error.description)")
        }
        #expect(try build(site) == 65)
        #expect(site.publicTree() == before)
        #expect(try lockText(site) == lock)
        // The CI gate stops on it too, before anyone tries to publish.
        #expect(try check(site) == 65)
        try site.write(TemporarySite.second, to: "content/privacy/2021-03-01/en.md")
        #expect(try check(site) == 0)
    }

    /// Runs `redline check`, returning the exit code (0 when the gate passes).
    func check(_ site: TemporarySite) throws -> Int32 {
        do {
            try CheckCommand.parse(["--site", site.root.path, "--date", "2022-01-01"]).run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    /// The lock is checked straight after the load: with the cache's load (documents left out),
    /// only the changed version is read and parsed for its redline, and the build stops with
    /// exit 65 before anything is rendered or written.
    @Test func aLockFailureCompletesOnlyTheChangedVersionAndWritesNothing() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(try build(site) == 0)
        let before = site.publicTree()
        let lock = try lockText(site)
        try site.write(TemporarySite.first + "\nMore.\n", to: "content/privacy/2020-01-01/en.md")
        var loader = SiteLoader(siteDirectory: site.root)
        loader.retainsDocuments = false
        let loaded = try loader.load(deferring: [:])
        var completed: [String] = []
        #expect(throws: ContentError.self) {
            _ = try LockCheck(siteDirectory: site.root, buildDate: date).verify(loaded.source) { version in
                completed.append(version.path)
                return loaded.completed(version)
            }
        }
        #expect(completed == ["content/privacy/2020-01-01/en.md"])
        do {
            _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
            Issue.record("expected a content error")
        } catch let error as ContentError {
            #expect(error.description.hasPrefix("content/privacy/2020-01-01/en.md:1:1: error: published version changed since it was locked"))
            #expect(error.description.contains("--amend privacy/2020-01-01/en --reason"))
        }
        #expect(try build(site) == 65)
        #expect(site.publicTree() == before)
        #expect(try lockText(site) == lock)
    }

    @Test func withoutGitTheErrorSaysWhyThereIsNoDiff() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(try build(site) == 0)
        try site.write(TemporarySite.first + "\nMore.\n", to: "content/privacy/2020-01-01/en.md")
        #expect { _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run() } throws: { error in
            (error as? ContentError)?.description.contains("no revision with sha256:") == true
        }
    }

    @Test func aDisappearedVersionFailsUnlessAmended() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(try build(site) == 0)
        let before = site.publicTree()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/privacy/2020-01-01/en.md"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/privacy/2020-01-01"))
        #expect { _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run() } throws: { error in
            (error as? ContentError)?.description.hasPrefix("content/privacy/2020-01-01/en.md:1:1: error: published version disappeared") == true
        }
        #expect(try build(site) == 65)
        #expect(site.publicTree() == before)
        #expect(try build(site, ["--amend", "privacy/2020-01-01", "--reason", "Published by mistake."]) == 0)
        #expect(try lockText(site).contains("privacy/2020-01-01/en.md removed\n  amended 2022-01-01 sha256:"))
        #expect(try build(site) == 0, "the removal is recorded")
    }

    @Test func amendRecordsTheReasonAndShowsItOnThePage() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(try build(site) == 0)
        try site.write(TemporarySite.second.replacingOccurrences(of: "Write to us.", with: "Write to us at privacy@test.example."),
                       to: "content/privacy/2021-03-01/en.md")
        #expect(try build(site) == 65)
        #expect(throws: (any Error).self) { try BuildCommand.parse(["--site", site.root.path, "--amend", "privacy/2021-03-01/en"]).run() }
        #expect(throws: (any Error).self) { try BuildCommand.parse(["--site", site.root.path, "--amend", "privacy", "--reason", "x"]).run() }
        #expect(try build(site, ["--amend", "privacy/2021-03-01/en", "--reason", "Added the <contact> address."]) == 0)
        let lock = try LockFile.parse(try lockText(site))
        let amendment = try #require(lock.entry("privacy/2021-03-01/en.md")?.amendments.first)
        #expect(amendment.reason == "Added the <contact> address." && amendment.date == date && amendment.old != amendment.new)
        let page = try #require(site.publicTree()["en/privacy/2021-03-01/index.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(page.contains("Amended on January 1, 2022: Added the &lt;contact&gt; address."))
        #expect(try build(site) == 0, "the amended text is now the locked one")
    }

    @Test func anotherOutputFolderUsesTheSameLock() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("redline-out-\(UUID().uuidString)")
        // The writer keeps the last output beside it, as `.<name>.redline-previous`, for the next build's hard links.
        let previous = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).redline-previous")
        defer { for folder in [output, previous] { try? FileManager.default.removeItem(at: folder) } }
        #expect(try build(site, ["--output", output.path]) == 0)
        #expect(try lockText(site).contains("privacy/2021-03-01/en.md sha256:"))
        try site.write(TemporarySite.first + "\nMore.\n", to: "content/privacy/2020-01-01/en.md")
        #expect(try build(site) == 65, "the lock belongs to the content, whatever the output folder")
    }

    @Test func previewsCheckButNeverRecord() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        var preview = SiteBuild(siteDirectory: site.root, buildDate: PolicyDate("2030-01-01")!)
        preview.recordsLock = false
        _ = try preview.run()
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/redline.lock").path), "a preview locks nothing")
        #expect(try build(site) == 0)
        let lock = try lockText(site)
        try site.write(TemporarySite.first + "\nMore.\n", to: "content/privacy/2020-01-01/en.md")
        let summary = try preview.run()
        #expect(summary.warnings.contains { $0.description.hasPrefix("content/privacy/2020-01-01/en.md:") && $0.description.contains("warning: published version changed") })
        #expect(try lockText(site) == lock)
        #expect(try build(site) == 65, "the real build still refuses")
    }

    @Test func theExampleSiteBuildsWithItsCommittedLock() throws {
        let repository = TemporarySite.repository
        let committed = repository.appendingPathComponent("content/redline.lock")
        let text = try #require(try? String(contentsOf: committed, encoding: .utf8), "content/redline.lock is committed")
        let lock = try LockFile.parse(text)
        let source = try SiteLoader(siteDirectory: repository).load()
        for day in ["2026-11-24", "2026-12-16", "2021-01-01"] {
            let result = lock.verify(source.versions.map(LockFile.Version.init), buildDate: PolicyDate(day)!)
            #expect(result.problems.isEmpty, "\(day): \(result.problems)")
        }
        #expect(lock.verify(source.versions.map(LockFile.Version.init), buildDate: PolicyDate("2026-11-24")!).lock == lock,
                "the committed lock is what `redline build --date 2026-11-24` writes")
    }
}
