import Foundation
import RedlineParse
import RedlinePublish
import Testing

@Suite("Incremental builds: the cache never changes the output")
struct IncrementalBuildTests {
    let date = PolicyDate("2022-01-01")!

    /// Two locales and two policies, so an edit leaves some units untouched.
    func makeSite() throws -> TemporarySite {
        try TemporarySite.withGerman([
            "content/cookies/2020-01-01/en.md": TemporarySite.first.replacingOccurrences(of: "Privacy Policy", with: "Cookie Policy"),
            "content/cookies/2020-01-01/de.md": TemporarySite.first.replacingOccurrences(of: "Privacy Policy", with: "Cookie-Richtlinie"),
        ])
    }

    /// An incremental build. These tests edit published versions on purpose, so the lock only
    /// warns (as in `redline serve`); what is asserted is the output.
    @discardableResult
    func build(_ site: TemporarySite, on day: PolicyDate? = nil) throws -> SiteBuild.Summary {
        var build = SiteBuild(siteDirectory: site.root, buildDate: day ?? date)
        build.recordsLock = false
        // Every build here takes longer than a clock tick, so files written before it can be trusted at once.
        build.settledAge = .zero
        return try build.run()
    }

    /// The same site built from scratch, without a cache, into another folder.
    func cleanBuild(_ site: TemporarySite) throws -> [String: Data] { try site.cleanBuild(on: date) }

    /// Path → (inode, modification time) of every file in public/, and of public/ itself.
    func stamps(_ site: TemporarySite) throws -> [String: [String]] {
        var stamps: [String: [String]] = [:]
        let fileManager = FileManager.default
        for path in [""] + (fileManager.subpaths(atPath: site.publicURL.path) ?? []) {
            let attributes = try fileManager.attributesOfItem(atPath: site.publicURL.appendingPathComponent(path).path)
            stamps[path] = ["\(attributes[.systemFileNumber] ?? "")", "\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"]
        }
        return stamps
    }

    func inode(_ site: TemporarySite, _ path: String) throws -> String {
        "\(try FileManager.default.attributesOfItem(atPath: site.publicURL.appendingPathComponent(path).path)[.systemFileNumber] ?? "")"
    }

    /// A file edited just before a build is too fresh to trust by its stamp, so that build reads
    /// it and does not record it; the next build, with nothing to write, records it settled, so
    /// the builds after that trust it instead of reading and diffing it again.
    @Test func aFileTooFreshToTrustIsRecordedByTheNextBuildThatWritesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        let edited = "content/privacy/2021-03-01/de.md"
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen nie"), to: edited)
        func records() throws -> String {
            try String(contentsOf: site.root.appendingPathComponent(".redline-cache/build.records"), encoding: .utf8)
        }
        func recorded(_ path: String) throws -> Bool { try records().contains("\nfile\t\(path)\t") }
        var fresh = SiteBuild(siteDirectory: site.root, buildDate: date)
        fresh.recordsLock = false
        fresh.settledAge = .seconds(3_600)  // every file counts as just written
        _ = try fresh.run()
        #expect(try !recorded(edited), "too fresh to trust")
        #expect(try recorded("content/privacy/2020-01-01/de.md"), "an unchanged file keeps its record")
        let published = try stamps(site)
        let tree = site.publicTree()

        try build(site)
        #expect(try recorded(edited), "settled now, and recorded though nothing was written")
        #expect(try stamps(site) == published, "public/ untouched")
        let again = try records()
        try build(site)
        #expect(try records() == again, "a build that reads nothing and writes nothing leaves the cache as it was")
        #expect(site.publicTree() == tree)
    }

    @Test func editingOneTranslationMatchesACleanBuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let cookiesPage = try inode(site, "de/cookies/index.html")
        let before = site.publicTree()
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen, vermieten oder teilen nicht"),
                       to: "content/privacy/2021-03-01/de.md")
        _ = try build(site)
        let after = site.publicTree()
        #expect(after == (try cleanBuild(site)))
        #expect(after["de/privacy/changes/2021-03-01/index.html"] != before["de/privacy/changes/2021-03-01/index.html"])
        // The cookie policy's unit was not re-rendered: its files are the same files (hard links).
        #expect(try inode(site, "de/cookies/index.html") == cookiesPage)
    }

    @Test func editingTheCanonicalTextUpdatesEveryLocalesFindings() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let before = site.publicTree()
        // A new recipient of personal data: a finding the German changes page shows too.
        try site.write(TemporarySite.second.replacingOccurrences(
            of: "We will not sell or rent your personal information.",
            with: "We will not sell your personal information. We share your personal information with our advertising partners."),
                       to: "content/privacy/2021-03-01/en.md")
        _ = try build(site)
        let after = site.publicTree()
        #expect(after == (try cleanBuild(site)))
        #expect(after["de/privacy/changes/2021-03-01/index.html"] != before["de/privacy/changes/2021-03-01/index.html"])
    }

    @Test func sharedFilesAreMadeAgainOnlyWhenWhatTheyReadChanged() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let kept = ["sitemap.xml", "en/feed.xml", "en/index.html", "404.html", "robots.txt"]
        let before = try kept.map { try inode(site, $0) }
        // The German text only: the sitemap, the English feed and home, the 404 page stay the same files.
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen, vermieten oder teilen nicht"),
                       to: "content/privacy/2021-03-01/de.md")
        _ = try build(site)
        #expect(try kept.map { try inode(site, $0) } == before)
        #expect(site.publicTree() == (try cleanBuild(site)))
        // A German title and announcement date: the feeds' and the sitemap's inputs, made again.
        try site.write(TemporarySite.second.replacingOccurrences(of: "title: Privacy Policy", with: "title: Datenschutzerklärung")
            .replacingOccurrences(of: "announced: 2021-01-29", with: "announced: 2021-01-15"), to: "content/privacy/2021-03-01/de.md")
        _ = try build(site)
        let tree = site.publicTree()
        #expect(tree == (try cleanBuild(site)))
        #expect(String(decoding: tree["de/feed.xml"] ?? Data(), as: UTF8.self).contains("2021-01-15"))
        #expect(try inode(site, "sitemap.xml") != before[0])
    }

    @Test func aBuildWithNothingChangedWritesNothing() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let first = try stamps(site)
        let summary = try build(site)
        #expect(try stamps(site) == first)
        #expect(summary.files == site.publicTree().keys.filter { $0 != ".redline-manifest" }.count)
    }

    @Test func aFileTouchedInPublicIsWrittenAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        let good = site.publicTree()
        try site.write("tampered", to: "public/en/privacy/index.html")
        try site.write("tampered", to: "public/en/feed.xml")
        _ = try build(site)
        #expect(site.publicTree() == good)
    }

    /// With every input file trusted, `SiteBuild` starts no tree listing up front (such a build
    /// most likely writes nothing); when there is work after all (a template edit), the
    /// incremental build lists the trees itself: the foreign file is kept, the rest is a clean build.
    @Test func workFoundWithEveryFileTrustedStillListsTheTrees() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        try site.write("example.org\n", to: "public/CNAME")
        _ = try build(site)  // every content file trusted from here on
        let layout = site.root.appendingPathComponent("templates/layout.mustache")
        try (try String(contentsOf: layout, encoding: .utf8) + "\n<!-- edited -->\n").write(to: layout, atomically: true, encoding: .utf8)
        _ = try build(site)
        var built = site.publicTree()
        #expect(built.removeValue(forKey: "CNAME") == Data("example.org\n".utf8))
        #expect(built == (try cleanBuild(site)))
        #expect(built["en/privacy/index.html"].map { String(decoding: $0, as: UTF8.self).contains("<!-- edited -->") } == true)
    }

    @Test func theSummaryCountsEachLocalesVersionsAndPages() throws {
        let site = try makeSite()
        defer { site.remove() }
        let summary = try build(site)
        let pages = site.publicTree().keys.filter { $0.hasSuffix(".html") }
        #expect(!summary.locales.isEmpty)
        for count in summary.locales {
            #expect(count.pages == pages.filter { $0.hasPrefix(count.locale + "/") }.count)
            #expect(count.pages > 0 && count.versions > 0)
        }
        #expect(summary.locales.map(\.pages).reduce(0, +) == pages.filter { $0.contains("/") }.count)
    }

    @Test func aBuildThatReusedNothingLeavesAPreviousSiteThatSharesTheOutputsFiles() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        // A cache another binary wrote: nothing is reused, every page is written anew.
        try site.write("", to: ".redline-cache/build.records")
        _ = try build(site)
        let previous = site.root.appendingPathComponent(".public.redline-previous/en/privacy/index.html").path
        let output = site.root.appendingPathComponent("public/en/privacy/index.html").path
        let inodes = try [previous, output].map { try #require(FileManager.default.attributesOfItem(atPath: $0)[.systemFileNumber] as? UInt64) }
        #expect(inodes[0] == inodes[1], "the next edit would otherwise replace every file of the previous site")
    }

    @Test(arguments: ["{not json", #"{"format": 0}"#, ""])
    func aCorruptOrOldCacheIsIgnored(_ cache: String) throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site)
        try site.write(cache, to: ".redline-cache/build.records")
        try site.write(TemporarySite.second.replacingOccurrences(of: "Write to us.", with: "Write to us by post."),
                       to: "content/privacy/2021-03-01/en.md")
        _ = try build(site)
        #expect(site.publicTree() == (try cleanBuild(site)))
    }

    @Test func removingAVersionPairsItsNeighbours() throws {
        let site = try makeSite()
        defer { site.remove() }
        let third = TemporarySite.second.replacingOccurrences(of: "2021-03-01", with: "2021-09-01")
            .replacingOccurrences(of: "Write to us.", with: "Write to us at privacy@test.example.")
        try site.write(third, to: "content/privacy/2021-09-01/en.md")
        try site.write(third.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen nicht"), to: "content/privacy/2021-09-01/de.md")
        _ = try build(site)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/privacy/2021-03-01"))
        _ = try build(site)
        let after = site.publicTree()
        #expect(after == (try cleanBuild(site)))
        #expect(after["en/privacy/2021-03-01/index.html"] == nil)
        #expect(after["en/privacy/changes/2021-09-01/index.html"] != nil)
    }

    @Test func anotherBuildDateRendersAgain() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try build(site, on: PolicyDate("2020-06-01")!)
        _ = try build(site)
        #expect(site.publicTree() == (try cleanBuild(site)))
    }

    /// Every folder under `folder` that holds nothing.
    func emptyFolders(_ folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
                && ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).isEmpty
        }.sorted()
    }

    @Test func aSeriesOfEditsReusingThePreviousSiteMatchesCleanBuilds() throws {
        let site = try makeSite()
        defer { site.remove() }
        let previous = site.root.appendingPathComponent(".public.redline-previous")
        _ = try build(site)
        // The first build links its output into the previous-site folder, ready for the next one to reuse.
        let seeded = try FileManager.default.attributesOfItem(atPath: previous.appendingPathComponent("en/privacy/index.html").path)
        #expect("\(seeded[.systemFileNumber] ?? "")" == (try inode(site, "en/privacy/index.html")))
        // 1: a translation edited (the second build keeps the first site as the previous one).
        try site.write(TemporarySite.second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen niemals"),
                       to: "content/privacy/2021-03-01/de.md")
        _ = try build(site)
        #expect(FileManager.default.fileExists(atPath: previous.path))
        #expect(site.publicTree() == (try cleanBuild(site)))
        // 2: a new version (new folders), built from the reused previous site.
        let third = TemporarySite.second.replacingOccurrences(of: "2021-03-01", with: "2021-09-01")
            .replacingOccurrences(of: "Write to us.", with: "Write to us by post.")
        try site.write(third, to: "content/privacy/2021-09-01/en.md")
        _ = try build(site)
        #expect(site.publicTree() == (try cleanBuild(site)))
        // 3: a version removed (its pages must not survive in the reused folder), a file of our own added.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/cookies/2020-01-01/de.md"))
        try site.write("example.com\n", to: "public/CNAME")
        _ = try build(site)
        var expected = try cleanBuild(site)
        expected["CNAME"] = Data("example.com\n".utf8)
        #expect(site.publicTree() == expected)
        #expect(site.publicTree()["de/cookies/2020-01-01/index.html"] == nil)
        #expect(emptyFolders(site.publicURL).isEmpty)
        // 4: nothing changed, then one more edit: still exactly a clean build.
        _ = try build(site)
        try site.write(third.replacingOccurrences(of: "by post", with: "by letter"), to: "content/privacy/2021-09-01/en.md")
        _ = try build(site)
        expected = try cleanBuild(site)
        expected["CNAME"] = Data("example.com\n".utf8)
        #expect(site.publicTree() == expected)
        #expect(emptyFolders(site.publicURL).isEmpty)
    }
}
