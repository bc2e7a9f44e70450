import Foundation
import RedlineParse
import RedlinePublish
import Testing

@Suite("Building on disk: atomic, deterministic, and nothing written on bad input")
struct SiteBuildTests {
    let date = PolicyDate("2022-01-01")!

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
        let first = site.publicTree()
        _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
        #expect(site.publicTree() == first)
        #expect(first["en/privacy/changes/2021-03-01/index.html"] != nil)
        #expect(first.count > 8)
    }

    @Test func foreignFilesAreKeptUnlessClean() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
        try site.write("example.com", to: "public/CNAME")
        _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
        #expect(site.publicTree()["CNAME"] != nil)
        _ = try SiteBuild(siteDirectory: site.root, buildDate: date, clean: true).run()
        #expect(site.publicTree()["CNAME"] == nil)
    }

    @Test func staleStagingFoldersAreRemoved() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.write("half", to: ".public.redline-staging-99999/en/index.html")
        _ = try SiteBuild(siteDirectory: site.root, buildDate: date).run()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func pathsOutsideTheOutputAreRefused() {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("redline-unsafe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(throws: WriteError.self) {
            try SiteWriter(output: output).write([.init(path: "../escape.html", text: "x")])
        }
        #expect(!FileManager.default.fileExists(atPath: output.deletingLastPathComponent().appendingPathComponent("escape.html").path))
    }
}
