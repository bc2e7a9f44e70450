import Foundation
import RedlineParse
import Testing

/// The loader trusts an unchanged file's stamp (size, times, inode) instead of reading it,
/// as `git status` does; anything else about the file is read again.
@Suite("Loading: unchanged files are trusted, changed files are read")
struct TrustedFilesTests {
    func loader(_ site: TemporarySite) -> SiteLoader {
        var loader = SiteLoader(siteDirectory: site.root)
        loader.retainsDocuments = false
        loader.settledAge = .zero  // the files were just written; a test takes longer than a clock tick
        return loader
    }

    func makeSite() throws -> TemporarySite {
        try TemporarySite([
            "content/privacy/2020-01-01/en.md": TemporarySite.first,
            "content/privacy/2021-03-01/en.md": TemporarySite.second,
        ])
    }

    @Test func aSecondLoadReadsNoUnchangedFileAndStillParsesTheirDocuments() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = try loader(site).load(deferring: [:])
        #expect(first.unread.isEmpty)
        #expect(Set(first.files.keys) == ["content/privacy/2020-01-01/en.md", "content/privacy/2021-03-01/en.md"])
        #expect(first.files["content/privacy/2021-03-01/en.md"]?.previous == "content/privacy/2020-01-01/en.md")

        let second = try loader(site).load(deferring: first.parseDiagnostics, trusting: first.files)
        #expect(second.unread == Set(first.files.keys))
        #expect(second.source.versions.map(\.contentHash) == first.source.versions.map(\.contentHash))
        #expect(second.source.versions.map(\.frontMatter) == first.source.versions.map(\.frontMatter))
        let full = try SiteLoader(siteDirectory: site.root).load()
        for (trusted, parsed) in zip(second.source.versions, full.versions) {
            #expect(trusted.body.isEmpty)
            #expect(second.body(of: trusted) == parsed.body)
            #expect(second.document(of: trusted) == parsed.document)
        }
    }

    @Test func aFileChangedToTheSameSizeAndModificationTimeIsReadAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = try loader(site).load(deferring: [:])
        let path = "content/privacy/2021-03-01/en.md"
        let url = site.root.appendingPathComponent(path)
        let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        // Same length, other words, and the old modification time put back (as `cp -p` or `touch -d` would):
        // only the change time, which no tool can set back, tells.
        try site.write(TemporarySite.second.replacingOccurrences(of: "not sell or rent", with: "now sell or rent"), to: path)
        try FileManager.default.setAttributes([.modificationDate: modified as Any], ofItemAtPath: url.path)
        let second = try loader(site).load(deferring: first.parseDiagnostics, trusting: first.files)
        #expect(second.unread == ["content/privacy/2020-01-01/en.md"])
        let changed = try #require(second.source.versions.first { $0.path == path })
        #expect(changed.contentHash != first.source.versions.first { $0.path == path }?.contentHash)
        #expect(changed.body.contains("now sell or rent"))
    }

    @Test func unchangedFilesThatBecomeNeighboursAreStillCheckedForDuplicates() throws {
        let site = try makeSite()
        defer { site.remove() }
        // A third version repeating the first word for word, kept apart by the second.
        let copy = TemporarySite.first.replacingOccurrences(of: "2020-01-01", with: "2022-01-01")
        try site.write(copy, to: "content/privacy/2022-01-01/en.md")
        let first = try loader(site).load(deferring: [:])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/privacy/2021-03-01"))
        #expect(throws: ContentError.self) {
            _ = try loader(site).load(deferring: first.parseDiagnostics, trusting: first.files)
        }
        do {
            _ = try loader(site).load(deferring: first.parseDiagnostics, trusting: first.files)
        } catch {
            #expect(error.description.contains("content/privacy/2022-01-01/en.md:"))
            #expect(error.description.contains("duplicate version"))
        }
    }
}
